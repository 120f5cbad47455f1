"""The status bar under the map: what is under the cursor (or the measured distance), the cursor's position in
EPSG:3067 and WGS84, the scale, and the running tasks."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QLabel, QStatusBar

from app.tasks.status import TaskStatus

if TYPE_CHECKING:
    from app.map.canvas import MapCanvas
    from app.tasks.runner import TaskRunner

HOVER_HINT = str(QT_TRANSLATE_NOOP("StatusLine", "Drag or arrow keys to pan · wheel or +/- to zoom · Home: whole "
                                                 "region · click a feature to identify"))  # English; hover_hint() shows


def hover_hint() -> str:
    return QCoreApplication.translate("StatusLine", HOVER_HINT)


class StatusLine:
    """Fills ``bar`` and keeps it following ``canvas``."""

    def __init__(self, bar: QStatusBar, canvas: MapCanvas, task_runner: TaskRunner) -> None:
        self.canvas = canvas
        self.hover_label = QLabel(hover_hint())
        self.hover_label.setMinimumWidth(120)
        self.hover_label.setStyleSheet("color: #555;")
        self.coord_label = QLabel()
        self.coord_label.setToolTip(QCoreApplication.translate(
            "StatusLine", "Cursor position: ETRS-TM35FIN (EPSG:3067) east/north in metres, and WGS84"))
        self.coord_label.setMinimumWidth(380)
        self.scale_label = QLabel()
        self.scale_label.setToolTip(QCoreApplication.translate("StatusLine", "Map scale on this screen"))
        self.scale_label.setMinimumWidth(100)
        self.scale_label.setContentsMargins(12, 0, 6, 0)
        self.task_status = TaskStatus(task_runner, bar)
        bar.addWidget(self.hover_label, 1)
        bar.addPermanentWidget(self.task_status)
        bar.addPermanentWidget(self.coord_label)
        bar.addPermanentWidget(self.scale_label)
        canvas.cursor_moved.connect(self.show_cursor)
        canvas.cursor_left.connect(lambda: self.coord_label.setText(""))
        canvas.extent_changed.connect(lambda _extent: self.show_scale())
        canvas.hover_changed.connect(self.show_hover)
        self.show_scale()

    def show_cursor(self, x: float, y: float) -> None:
        self.coord_label.setText(format_coordinates(x, y))

    def show_scale(self) -> None:
        from layers.scale import format_scale

        self.scale_label.setText(format_scale(self.canvas.scale_denominator()))

    def show_hover(self, hit: object) -> None:
        from layers.query import Hit, feature_label

        if self.canvas.measuring:
            return
        if isinstance(hit, Hit):
            self.hover_label.setText(f"{hit.layer.name}: {feature_label(hit.layer, hit.row)}")
        else:
            self.hover_label.setText(hover_hint())

    def show_measure(self, text: str) -> None:
        self.hover_label.setText(text or hover_hint())


def format_coordinates(x: float, y: float) -> str:
    text = f"E {x:,.0f}  N {y:,.0f} m (EPSG:3067)".replace(",", " ")
    try:
        from layers.crs import transformer

        lon, lat = transformer("EPSG:3067", "EPSG:4326").transform(x, y)
    except Exception:
        return text
    ns, ew = ("N" if lat >= 0 else "S"), ("E" if lon >= 0 else "W")
    return f"{text}   {abs(lat):.5f}° {ns}  {abs(lon):.5f}° {ew}"
