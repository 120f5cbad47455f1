"""The interactive map canvas: drag to pan, wheel and keys to zoom, hover, identify, highlights, measuring.

The view and its cached render are :class:`app.map.cached_view.CachedMapView`'s; this class adds what the user
does with the map and what is drawn over it on every frame: the hover, identify and selection highlights, the
distance measurement, the scale bar and the north arrow (painted by :mod:`app.render.overlays`, which also
draws them on the exported page).
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QFontMetricsF, QKeyEvent, QMouseEvent, QPainter, QPicture, QWheelEvent
from PySide6.QtWidgets import QApplication, QMenu, QWidget

from app.map.cached_view import CachedMapView
from app.qt_compat import protect_none_refcount
from app.render.overlays import NorthArrowLook, ScaleBarLook, paint_measurement, paint_north_arrow, paint_scale_bar
from layers.measure import Measurement, format_distance
from layers.model import LayerEvent, LayerListEvent
from layers.query import Hit, features_at
from layers.scale import format_length, nice_length

protect_none_refcount()  # PySide6 6.12 on Python 3.11: see app/qt_compat.py

if TYPE_CHECKING:
    from layers.document import MapDocument
    from layers.events import Event
    from layers.model import Layer

WHEEL_STEP = math.sqrt(2.0)  # zoom factor per wheel notch
KEY_ZOOM = 2.0
PAN_FRACTION = 0.25
CLICK_SLOP_PX = 4
DRAG_IDLE_MS = 200
HOVER_TOLERANCE_PX = 5
SCALE_BAR_MAX_PX = 140
SCALE_BAR_SEGMENTS = 4  # the screen's bar is short: four segments whatever its length (the page uses 4 or 5)
# Screen pixels; the page draws the same overlays with sizes from millimetres (app/export/page_render.py).
SCALE_BAR_LOOK = ScaleBarLook(pad_x=8, pad_top=4, pad_bottom=6, label_gap=3, scale_gap=0, bar_height=5, outline=1,
                              corner=3, box_alpha=215)
NORTH_ARROW_LOOK = NorthArrowLook(width=32, height=50, letter_baseline=15, tip=18, base=46, notch=6, half_width=9,
                                  outline=1, corner=4, box_alpha=200, letter_as_path=True)


def _copy(text: str) -> None:
    QApplication.clipboard().setText(text)


def _lat_lon(x: float, y: float) -> tuple[float, float] | None:
    try:
        from layers.crs import transformer

        lon, lat = transformer("EPSG:3067", "EPSG:4326").transform(x, y)
    except Exception:
        return None
    return lat, lon


class MapCanvas(CachedMapView):
    """Signals (besides :class:`CachedMapView`'s ``extent_changed``, ``rendered``, ``layer_failed`` and
    ``first_frame``): ``cursor_moved(float, float)`` (EPSG:3067), ``cursor_left()``,
    ``identified(list[Hit], float, float)``, ``hover_changed(Hit | None)``, ``measure_changed(str)``."""

    cursor_moved = Signal(float, float)
    cursor_left = Signal()
    identified = Signal(list, float, float)
    hover_changed = Signal(object)
    measure_changed = Signal(str)  # summary text of the distance measurement ("" when the tool is off)

    def __init__(self, document: MapDocument, parent: QWidget | None = None) -> None:
        super().__init__(document, parent)
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.OpenHandCursor)
        self._drag_start: QPointF | None = None
        self._drag_button = Qt.MouseButton.LeftButton
        self._drag_centre = self._centre
        self._hover: Hit | None = None
        self._highlight: tuple[Layer, list[int]] | None = None
        self._identified: Hit | None = None
        self.measurement: Measurement | None = None
        self.show_scale_bar = True
        self.show_north_arrow = True
        self.identify_enabled = True
        # A drag that pauses gets a full render at once, so the blank strips do not wait for the release.
        self._drag_idle_timer = QTimer(self)
        self._drag_idle_timer.setSingleShot(True)
        self._drag_idle_timer.timeout.connect(lambda: self._render_now(force=True))

    def scale_bar(self) -> tuple[float, float, str]:
        """(length in metres, length in pixels, label) of the scale bar for the current view; (0, 0, "") when the
        view has no scale (a non-finite resolution), so that painting draws no bar instead of failing."""
        try:
            metres = nice_length(SCALE_BAR_MAX_PX * self._mpp)
        except ValueError:
            return 0.0, 0.0, ""
        return metres, metres / self._mpp, format_length(metres)

    # ---- highlights -----------------------------------------------------------------------------------------
    def set_highlight(self, layer: Layer | None, rows: list[int]) -> None:
        """Highlight ``rows`` of ``layer`` (selection from the attribute table); empty rows clear it."""
        self._highlight = (layer, [int(r) for r in rows]) if layer is not None and rows else None
        self.update()

    def set_identified(self, hit: Hit | None) -> None:
        """Mark the feature shown in the identify panel (drawn in red, apart from the selection)."""
        self._identified = hit
        self.update()

    def identified_hit(self) -> Hit | None:
        return self._identified

    def highlight(self) -> tuple[Layer, list[int]] | None:
        return self._highlight

    def hovered(self) -> Hit | None:
        return self._hover

    def hits_at(self, px: float, py: float, tolerance_px: float = HOVER_TOLERANCE_PX) -> list[Hit]:
        x, y = self.to_map(px, py)
        return features_at(self.document, x, y, tolerance_px * self._mpp)

    # ---- distance measuring ---------------------------------------------------------------------------------
    @property
    def measuring(self) -> bool:
        return self.measurement is not None

    def start_measure(self) -> None:
        self.measurement = Measurement()
        self._hover = None
        self.setCursor(Qt.CursorShape.CrossCursor)
        self.measure_changed.emit(self.measurement.summary())
        self.update()

    def stop_measure(self) -> None:
        if self.measurement is None:
            return
        self.measurement = None
        self.setCursor(Qt.CursorShape.OpenHandCursor)
        self.measure_changed.emit("")
        self.update()

    def _measure_event(self) -> None:
        if self.measurement is not None:
            self.measure_changed.emit(self.measurement.summary())
        self.update()

    # ---- document -------------------------------------------------------------------------------------------
    def _handle_layer_event(self, event: Event) -> None:
        """Forget the hover, selection and identified feature of a removed layer (the hover also on new data)."""
        if event.type == LayerListEvent.REMOVED:
            if self._hover is not None and self._hover.layer is event.layer:
                self._hover = None
            if self._highlight is not None and self._highlight[0] is event.layer:
                self._highlight = None
            if self._identified is not None and self._identified.layer is event.layer:
                self._identified = None
        if event.type == LayerListEvent.CHANGED and event.what == LayerEvent.DATA and self._hover \
                and self._hover.layer is event.layer:
            self._hover = None
        super()._handle_layer_event(event)

    # ---- painting over the map ------------------------------------------------------------------------------
    def _paint_overlays(self, painter: QPainter) -> None:
        rect = QRectF(0, 0, self.width(), self.height())
        extent = self.extent()
        if self._highlight is not None:
            layer, rows = self._highlight
            self.map_painter.paint_highlight(painter, rect, extent, layer, rows, colour="#00e5ff", width=3.0,
                                             fill_alpha=0.2)
        if self._identified is not None:
            self.map_painter.paint_highlight(painter, rect, extent, self._identified.layer, [self._identified.row],
                                             colour="#e03131", width=2.5, fill_alpha=0.12)
        if self._hover is not None and not self._dragging:
            self.map_painter.paint_highlight(painter, rect, extent, self._hover.layer, [self._hover.row],
                                             colour="#ffd43b", width=2.5, fill_alpha=0.18)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        if self.measurement is not None:
            self._paint_measurement(painter, self.measurement)
        if self.show_scale_bar:
            self._paint_scale_bar(painter)
        if self.show_north_arrow:
            self._paint_north_arrow(painter)

    def _paint_measurement(self, painter: QPainter, measurement: Measurement) -> None:
        vertices = measurement.vertices()
        if not vertices:
            return
        label = format_distance(measurement.total()) if len(vertices) >= 2 else ""
        font = QFont(self.font())
        font.setBold(True)
        paint_measurement(painter, [QPointF(*self.to_screen(x, y)) for x, y in vertices], len(measurement.points),
                          label, font, self.width())

    def label_obstacles(self) -> list[QRectF]:
        """The scale bar's and the north arrow's boxes: map labels keep out from under them."""
        picture = QPicture()
        painter = QPainter(picture)
        try:
            boxes = [self._paint_scale_bar(painter) if self.show_scale_bar else None,
                     self._paint_north_arrow(painter) if self.show_north_arrow else None]
        finally:
            painter.end()
        return [box for box in boxes if box is not None]

    def _paint_scale_bar(self, painter: QPainter) -> QRectF | None:
        _metres, pixels, label = self.scale_bar()
        if pixels <= 0:
            return None
        font = QFont(self.font())
        font.setPointSizeF(8.5)
        return paint_scale_bar(painter, QPointF(8.0, self.height() - 8.0), pixels, SCALE_BAR_SEGMENTS, label, font,
                        QFontMetricsF(font), SCALE_BAR_LOOK)

    def _paint_north_arrow(self, painter: QPainter) -> QRectF:
        font = QFont(self.font())
        font.setPointSizeF(9)
        font.setBold(True)
        return paint_north_arrow(painter, QPointF(self.width() - 14.0, 10.0), font, QFontMetricsF(font),
                                 NORTH_ARROW_LOOK)

    # ---- events ---------------------------------------------------------------------------------------------
    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() in (Qt.MouseButton.LeftButton, Qt.MouseButton.MiddleButton):
            self._drag_button = event.button()
            self._drag_start = event.position()
            self._drag_centre = self._centre
            self.setFocus(Qt.FocusReason.MouseFocusReason)
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        pos = event.position()
        x, y = self.to_map(pos.x(), pos.y())
        self.cursor_moved.emit(x, y)
        if self._drag_start is not None and event.buttons() & self._drag_button:
            delta = pos - self._drag_start
            if self._dragging or abs(delta.x()) + abs(delta.y()) > CLICK_SLOP_PX:
                if not self._dragging:
                    self._dragging = True
                    self._fit_request = None
                    self.setCursor(Qt.CursorShape.ClosedHandCursor)
                    self._hover = None
                cx, cy = self._drag_centre
                self._set_view((cx - delta.x() * self._mpp, cy + delta.y() * self._mpp), self._mpp, render="none")
                self._drag_idle_timer.start(DRAG_IDLE_MS)
            return
        if self.measurement is not None:
            if self.measurement.points and not self.measurement.finished:
                self.measurement.cursor = (x, y)
                self._measure_event()
            return
        self._update_hover(pos.x(), pos.y())

    def _update_hover(self, px: float, py: float) -> None:
        hits = self.hits_at(px, py)
        hit = hits[0] if hits else None
        old = self._hover
        if (old is None) != (hit is None) or (old and hit and (old.layer is not hit.layer or old.row != hit.row)):
            self._hover = hit
            self.hover_changed.emit(hit)
            self.update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == self._drag_button and self._drag_start is not None:
            was_dragging = self._dragging
            self._dragging = False
            self._drag_idle_timer.stop()
            self._drag_start = None
            self.setCursor(Qt.CursorShape.OpenHandCursor)
            if was_dragging:
                self._render_now()
            elif self.measurement is not None and event.button() == Qt.MouseButton.LeftButton:
                pos = event.position()
                self.measurement.add(*self.to_map(pos.x(), pos.y()))
                self._measure_event()
            elif self.identify_enabled and event.button() == Qt.MouseButton.LeftButton:
                pos = event.position()
                self.identify_at(pos.x(), pos.y())
        super().mouseReleaseEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        if self.measurement is not None and event.button() == Qt.MouseButton.LeftButton:
            self.measurement.finish()
            self._measure_event()
            return
        super().mouseDoubleClickEvent(event)

    def contextMenuEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        if self.measurement is not None and self.measurement.points and not self.measurement.finished:
            self.measurement.finish()  # right-click ends the line instead of opening the menu
            self._measure_event()
            return
        menu = self.context_menu(event.pos().x(), event.pos().y())
        menu.exec(event.globalPos())

    def context_menu(self, px: float, py: float) -> QMenu:
        """Zoom here, identify here and copy the coordinates of the clicked point."""
        x, y = self.to_map(px, py)
        anchor = QPointF(px, py)
        menu = QMenu(self)
        menu.addAction(QCoreApplication.translate("MapCanvas", "Zoom in here"), lambda: self.zoom_by(2.0, anchor))
        menu.addAction(QCoreApplication.translate("MapCanvas", "Zoom out here"), lambda: self.zoom_by(0.5, anchor))
        menu.addAction(QCoreApplication.translate("MapCanvas", "Zoom to region"), self.zoom_to_region)
        menu.addSeparator()
        menu.addAction(QCoreApplication.translate("MapCanvas", "Identify here"), lambda: self.identify_at(px, py))
        menu.addSeparator()
        # the numbers as they are copied (a point, no grouping), so that the label shows what the clipboard gets
        copy_en = QCoreApplication.translate("MapCanvas", "Copy E, N (EPSG:3067): {e}, {n}")
        menu.addAction(copy_en.format(e=f"{x:.0f}", n=f"{y:.0f}"), lambda: _copy(f"{x:.1f}, {y:.1f}"))
        lat_lon = _lat_lon(x, y)
        if lat_lon is not None:
            lat, lon = lat_lon
            copy_wgs84 = QCoreApplication.translate("MapCanvas", "Copy lat, lon (WGS84): {lat}, {lon}")
            menu.addAction(copy_wgs84.format(lat=f"{lat:.5f}", lon=f"{lon:.5f}"),
                           lambda: _copy(f"{lat:.6f}, {lon:.6f}"))
        return menu

    def identify_at(self, px: float, py: float) -> list[Hit]:
        hits = self.hits_at(px, py)
        x, y = self.to_map(px, py)
        self.set_identified(hits[0] if hits else None)
        self.identified.emit(hits, x, y)
        return hits

    def leaveEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        if self._hover is not None:
            self._hover = None
            self.hover_changed.emit(None)
            self.update()
        self.cursor_left.emit()
        super().leaveEvent(event)

    def wheelEvent(self, event: QWheelEvent) -> None:
        steps = event.angleDelta().y() / 120.0
        if not steps:
            event.ignore()
            return
        self.zoom_by(WHEEL_STEP**steps, event.position())
        event.accept()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        fraction = PAN_FRACTION / 5 if event.modifiers() & Qt.KeyboardModifier.ShiftModifier else PAN_FRACTION
        dx, dy = self.width() * fraction, self.height() * fraction
        moves: dict[Any, tuple[float, float]] = {
            Qt.Key.Key_Left: (dx, 0), Qt.Key.Key_Right: (-dx, 0), Qt.Key.Key_Up: (0, dy), Qt.Key.Key_Down: (0, -dy)}
        if key in moves:
            self.pan_pixels(*moves[key])
        elif key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.zoom_by(KEY_ZOOM)
        elif key in (Qt.Key.Key_Minus, Qt.Key.Key_Underscore):
            self.zoom_by(1 / KEY_ZOOM)
        elif key == Qt.Key.Key_Home:
            self.zoom_to_region()
        elif key == Qt.Key.Key_Escape and self.measurement is not None:
            if self.measurement.points:
                self.measurement = Measurement()
                self._measure_event()
            else:
                self.stop_measure()
        else:
            super().keyPressEvent(event)
            return
        event.accept()
