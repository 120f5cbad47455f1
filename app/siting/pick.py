"""Propose sites > Pick on map…: each click on the map adds a candidate site, shown at once as the temporary layer
"Picked candidates" (derived: never an undo step); Esc ends the mode and the Propose sites dialog comes back with
those points as its candidates.

While picking, a click (a press and release without dragging) adds a point and does not identify; dragging still
pans and the wheel still zooms.  The mode listens to the canvas through an event filter, so the map folder knows
nothing of it (:class:`app.window_api.MapView` gives ``to_map`` and ``identify_enabled``).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QObject, QPointF, Qt
from PySide6.QtGui import QKeyEvent, QMouseEvent

from app.window_api import WindowApi
from layers.model import Layer, LayerKind, Style, made_as

PICKED_LAYER_NAME = str(QT_TRANSLATE_NOOP("PickOnMap", "Picked candidates"))  # the key; named translated when made
PICKED_STYLE = Style(fill="#fab005", stroke="#212529", width=1.2, point_size=9.0)
CLICK_SLOP_PX = 4.0  # a press and release this close are a click, farther a drag (the canvas pans)


def _points(xy: list[tuple[float, float]]) -> Any:
    import geopandas as gpd

    from layers.crs import WORK_CRS

    xs, ys = [p[0] for p in xy], [p[1] for p in xy]
    return gpd.GeoDataFrame({"pick": list(range(1, len(xy) + 1))}, geometry=gpd.points_from_xy(xs, ys),
                            crs=WORK_CRS)


class PickOnMap(QObject):
    """The mode: :meth:`start`, clicks (:meth:`add`), Esc (:meth:`end`, which calls ``on_end`` with the layer)."""

    def __init__(self, window: WindowApi, on_end: Callable[[Layer], None]) -> None:
        super().__init__(window.qt_window)
        self.window = window
        self.on_end = on_end
        self.layer: Layer | None = None
        self.active = False
        self._press: QPointF | None = None
        self._identify = True

    def start(self) -> None:
        """Pick into the existing "Picked candidates" layer (so a second round adds to the first), else a new one."""
        layers = self.window.document.layers
        self.layer = next((lyr for lyr in layers if made_as(lyr, PICKED_LAYER_NAME)), None)
        if self.layer is None:
            self.layer = Layer(_points([]), QCoreApplication.translate("PickOnMap", PICKED_LAYER_NAME),
                               kind=LayerKind.OTHER, style=PICKED_STYLE, derived=True, key=PICKED_LAYER_NAME,
                               source="siting",
                               note=QCoreApplication.translate("PickOnMap", "temporary: candidate sites clicked on "
                                                               "the map"))
            layers.append(self.layer)
        canvas = self.window.canvas
        self._identify = canvas.identify_enabled
        canvas.identify_enabled = False
        widget: Any = canvas
        widget.installEventFilter(self)
        widget.setCursor(Qt.CursorShape.CrossCursor)
        widget.setFocus()
        self.active = True
        self.window.show_status(QCoreApplication.translate(
            "PickOnMap", "Click candidate sites on the map; Esc ends and goes back to Propose sites"), 0)

    def add(self, x: float, y: float) -> None:
        assert self.layer is not None
        xy = [(float(g.x), float(g.y)) for g in self.layer.data.geometry] + [(x, y)]
        self.layer.data = _points(xy)
        self.window.show_status(QCoreApplication.translate(
            "PickOnMap", "{n} candidate site(s) picked; Esc ends").format(n=len(xy)), 0)

    def end(self) -> None:
        if not self.active:
            return
        self.active = False
        canvas = self.window.canvas
        widget: Any = canvas
        widget.removeEventFilter(self)
        widget.setCursor(Qt.CursorShape.OpenHandCursor)
        canvas.identify_enabled = self._identify
        self.window.show_status("")
        assert self.layer is not None
        self.on_end(self.layer)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.MouseButtonPress and isinstance(event, QMouseEvent) \
                and event.button() == Qt.MouseButton.LeftButton:
            self._press = event.position()
        elif kind == QEvent.Type.MouseButtonRelease and isinstance(event, QMouseEvent) \
                and event.button() == Qt.MouseButton.LeftButton and self._press is not None:
            pos, press, self._press = event.position(), self._press, None
            if abs(pos.x() - press.x()) + abs(pos.y() - press.y()) <= CLICK_SLOP_PX:
                self.add(*self.window.canvas.to_map(pos.x(), pos.y()))
        elif kind == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) and event.key() == Qt.Key.Key_Escape:
            self.end()
            return True
        return False  # the canvas still pans, zooms and ends its drag
