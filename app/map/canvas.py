"""The map canvas: pan, zoom, hover, identify, highlights, scale bar and north arrow over a cached render.

The view is a centre (EPSG:3067) and a resolution (metres per pixel); the extent follows from the widget size.
A full render goes into a pixmap.  While panning the pixmap is only blitted shifted (a frame costs one
drawPixmap); while zooming it is drawn scaled as a preview.  A full re-render happens when the gesture ends or
after a short idle, and whenever the document's layers change.
"""

from __future__ import annotations

import contextlib
import math
import time
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QPointF, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QPixmap,
    QPolygonF,
    QResizeEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import QApplication, QMenu, QSizePolicy, QWidget

from app.qt_compat import protect_none_refcount
from app.render.overlays import NorthArrowLook, ScaleBarLook, paint_north_arrow, paint_scale_bar
from app.render.painter import SEA_COLOUR, MapPainter, fit_extent
from layers.crs import Extent
from layers.measure import Measurement, format_distance
from layers.model import LayerEvent, LayerListEvent
from layers.query import Hit, features_at
from layers.scale import MM_PER_INCH, format_length, nice_length, scale_denominator

protect_none_refcount()  # PySide6 6.12 on Python 3.11: see app/qt_compat.py

if TYPE_CHECKING:
    from layers.document import MapDocument
    from layers.events import Event
    from layers.model import Layer

MIN_MPP, MAX_MPP = 0.05, 5000.0
WHEEL_STEP = math.sqrt(2.0)  # zoom factor per wheel notch
KEY_ZOOM = 2.0
PAN_FRACTION = 0.25
CLICK_SLOP_PX = 4
RENDER_IDLE_MS = 120
DRAG_IDLE_MS = 200
HOVER_TOLERANCE_PX = 5
UNDRAWN = (LayerEvent.NAME, LayerEvent.NOTE, LayerEvent.RADIUS, LayerEvent.KIND)  # no pixel shows them
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


class MapCanvas(QWidget):
    """Signals: ``extent_changed(tuple)``, ``cursor_moved(float, float)`` (EPSG:3067), ``cursor_left()``,
    ``identified(list[Hit], float, float)``, ``rendered(float seconds)`` after each full render,
    ``first_frame()`` once after the first paint that showed a full render."""

    extent_changed = Signal(tuple)
    cursor_moved = Signal(float, float)
    cursor_left = Signal()
    identified = Signal(list, float, float)
    hover_changed = Signal(object)
    rendered = Signal(float)
    layer_failed = Signal(str)  # a layer could not be drawn (message names it); reported once per failure
    first_frame = Signal()
    measure_changed = Signal(str)  # summary text of the distance measurement ("" when the tool is off)

    def __init__(self, document: MapDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.map_painter = MapPainter(document)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(200, 150)
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent, True)
        self.setCursor(Qt.CursorShape.OpenHandCursor)
        x0, y0, x1, y1 = document.view or document.region_extent()
        self._centre = ((x0 + x1) / 2, (y0 + y1) / 2)
        self._mpp = max((x1 - x0) / 800, MIN_MPP)
        # The extent asked for by zoom_to_*/set_extent: kept fitted when the widget is resized, until the user
        # pans or zooms (then the scale is kept, as in QGIS).
        self._fit_request: Extent | None = document.view or document.region_extent()
        self._cache: QPixmap | None = None
        self._cache_centre = self._centre
        self._cache_mpp = self._mpp
        self._cache_valid = False
        self._drag_start: QPointF | None = None
        self._drag_button = Qt.MouseButton.LeftButton
        self._drag_centre = self._centre
        self._dragging = False
        self._hover: Hit | None = None
        self._highlight: tuple[Layer, list[int]] | None = None
        self._identified: Hit | None = None
        self.measurement: Measurement | None = None
        self._first_frame_sent = False
        self._reported_failures: dict[int, str] = {}
        self.last_render_s = 0.0
        self.show_scale_bar = True
        self.show_north_arrow = True
        self.identify_enabled = True
        self._render_timer = QTimer(self)
        self._render_timer.setSingleShot(True)
        self._render_timer.timeout.connect(self._render_now)
        # A drag that pauses gets a full render at once, so the blank strips do not wait for the release.
        self._drag_idle_timer = QTimer(self)
        self._drag_idle_timer.setSingleShot(True)
        self._drag_idle_timer.timeout.connect(lambda: self._render_now(force=True))
        on_layers = self._on_layers
        document.layers.events.connect(on_layers)
        painter = self.map_painter

        def detach(*_: object) -> None:  # a deleted canvas must not stay subscribed to a living document
            document.layers.events.disconnect(on_layers)
            painter.close()

        self.destroyed.connect(detach)

    # ---- view state -----------------------------------------------------------------------------------------
    def metres_per_pixel(self) -> float:
        return self._mpp

    def centre(self) -> tuple[float, float]:
        return self._centre

    def extent(self) -> Extent:
        w, h = max(self.width(), 1), max(self.height(), 1)
        cx, cy = self._centre
        return cx - w / 2 * self._mpp, cy - h / 2 * self._mpp, cx + w / 2 * self._mpp, cy + h / 2 * self._mpp

    def set_extent(self, extent: Extent) -> None:
        """Show ``extent`` (EPSG:3067), fitted to the widget keeping the aspect ratio."""
        x0, y0, x1, y1 = (float(v) for v in extent)
        if not all(math.isfinite(v) for v in (x0, y0, x1, y1)):
            return
        if x1 - x0 <= 0 and y1 - y0 <= 0:
            x0, y0, x1, y1 = x0 - 1000, y0 - 1000, x1 + 1000, y1 + 1000
        self._fit_request = (x0, y0, x1, y1)
        w, h = max(self.width(), 1), max(self.height(), 1)
        fx0, fy0, fx1, fy1 = fit_extent((x0, y0, x1, y1), w, h)
        self._set_view(((fx0 + fx1) / 2, (fy0 + fy1) / 2), (fx1 - fx0) / w)

    def _set_view(self, centre: tuple[float, float], mpp: float, *, render: str = "soon") -> None:
        mpp = min(max(mpp, MIN_MPP), MAX_MPP)
        if centre == self._centre and mpp == self._mpp:
            return
        self._centre, self._mpp = (float(centre[0]), float(centre[1])), float(mpp)
        self.document.view = self.extent()
        self.extent_changed.emit(self.extent())
        if render == "now":
            self._render_now()
        elif render == "soon":
            self._render_timer.start(RENDER_IDLE_MS)
        self.update()

    def zoom_to_extent(self, extent: Extent, margin: float = 0.04) -> None:
        x0, y0, x1, y1 = extent
        dx, dy = (x1 - x0) * margin, (y1 - y0) * margin
        if x1 - x0 < 1 and y1 - y0 < 1:  # a single point: show 2 km around it
            dx = dy = 1000.0
        self.set_extent((x0 - dx, y0 - dy, x1 + dx, y1 + dy))

    def zoom_to_layer(self, layer: Layer) -> None:
        if len(layer.data) == 0:
            return
        bounds = layer.bounds
        if all(math.isfinite(v) for v in bounds):
            self.zoom_to_extent(bounds)

    def zoom_to_region(self) -> None:
        self.zoom_to_extent(self.document.region_extent(), margin=0.03)

    def zoom_by(self, factor: float, anchor: QPointF | None = None) -> None:
        """Zoom in (factor > 1) or out keeping the map point under ``anchor`` (widget pixels) fixed."""
        self._fit_request = None
        if anchor is None:
            anchor = QPointF(self.width() / 2, self.height() / 2)
        wx, wy = self.to_map(anchor.x(), anchor.y())
        mpp = min(max(self._mpp / factor, MIN_MPP), MAX_MPP)
        cx = wx - (anchor.x() - self.width() / 2) * mpp
        cy = wy + (anchor.y() - self.height() / 2) * mpp
        self._set_view((cx, cy), mpp)

    def pan_pixels(self, dx: float, dy: float, render: str = "soon") -> None:
        """Move the map content by (dx, dy) pixels (positive: content moves right/down)."""
        self._fit_request = None
        cx, cy = self._centre
        self._set_view((cx - dx * self._mpp, cy + dy * self._mpp), self._mpp, render=render)

    def to_map(self, px: float, py: float) -> tuple[float, float]:
        cx, cy = self._centre
        return cx + (px - self.width() / 2) * self._mpp, cy - (py - self.height() / 2) * self._mpp

    def to_screen(self, x: float, y: float) -> tuple[float, float]:
        cx, cy = self._centre
        return self.width() / 2 + (x - cx) / self._mpp, self.height() / 2 - (y - cy) / self._mpp

    def scale_denominator(self) -> float:
        """The map scale 1:N on this screen: one pixel of ``metres_per_pixel`` ground is 1/dpi inch long."""
        dpi = self.logicalDpiX() or 96
        return scale_denominator(self._mpp, MM_PER_INCH / dpi)

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

    def highlight(self) -> tuple[Layer, list[int]] | None:
        return self._highlight

    def hovered(self) -> Hit | None:
        return self._hover

    def hits_at(self, px: float, py: float, tolerance_px: float = HOVER_TOLERANCE_PX) -> list[Hit]:
        x, y = self.to_map(px, py)
        return features_at(self.document, x, y, tolerance_px * self._mpp)

    # ---- document -------------------------------------------------------------------------------------------
    def _on_layers(self, event: Event) -> None:
        with contextlib.suppress(RuntimeError):  # the C++ widget is already gone (closing): nothing to repaint
            self._handle_layer_event(event)

    def _handle_layer_event(self, event: Event) -> None:
        if event.type == LayerListEvent.REMOVED:
            if self._hover is not None and self._hover.layer is event.layer:
                self._hover = None
            if self._highlight is not None and self._highlight[0] is event.layer:
                self._highlight = None
            if self._identified is not None and self._identified.layer is event.layer:
                self._identified = None
        if event.type == LayerListEvent.CHANGED and event.what in UNDRAWN:
            return  # nothing drawn depends on these
        if event.type == LayerListEvent.CHANGED and event.what == LayerEvent.DATA and self._hover \
                and self._hover.layer is event.layer:
            self._hover = None
        self.refresh()

    def refresh(self) -> None:
        """Re-render soon (coalesces bursts of changes into one render)."""
        self._cache_valid = False
        if not self._render_timer.isActive() or self._render_timer.remainingTime() > 0:
            self._render_timer.start(0)
        self.update()

    # ---- rendering ------------------------------------------------------------------------------------------
    def render_to_pixmap(self) -> QPixmap:
        dpr = self.devicePixelRatioF()
        w, h = max(self.width(), 1), max(self.height(), 1)
        pixmap = QPixmap(round(w * dpr), round(h * dpr))
        pixmap.setDevicePixelRatio(dpr)
        pixmap.fill(QColor(SEA_COLOUR))
        painter = QPainter(pixmap)
        try:
            self.map_painter.paint(painter, QRectF(0, 0, w, h), self.extent())
        finally:
            painter.end()
        return pixmap

    def _render_now(self, force: bool = False) -> None:
        self._render_timer.stop()
        if self._dragging and not force:
            return
        t0 = time.perf_counter()
        self._cache = self.render_to_pixmap()
        self._cache_centre, self._cache_mpp = self._centre, self._mpp
        self._cache_valid = True
        self.last_render_s = time.perf_counter() - t0
        self.rendered.emit(self.last_render_s)
        self._report_failures()
        self.update()

    def _report_failures(self) -> None:
        errors = self.map_painter.errors
        for layer_id, why in errors.items():
            if self._reported_failures.get(layer_id) != why:
                self._reported_failures[layer_id] = why
                name = next((lyr.name for lyr in self.document.layers if lyr.id == layer_id), "the base map")
                self.layer_failed.emit(f"layer '{name}' could not be drawn ({why}); details in the log file")
        for layer_id in list(self._reported_failures):
            if layer_id not in errors:
                del self._reported_failures[layer_id]

    def is_render_current(self) -> bool:
        return (self._cache_valid and self._cache is not None and self._cache_centre == self._centre
                and self._cache_mpp == self._mpp
                and self._cache.deviceIndependentSize().toSize() == self.size())

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        try:
            self._paint_map(painter)
            self._paint_overlays(painter)
        finally:
            painter.end()
        if not self._first_frame_sent and self.is_render_current():
            self._first_frame_sent = True
            QTimer.singleShot(0, self, self.first_frame.emit)

    def _paint_map(self, painter: QPainter) -> None:
        if not self._first_frame_sent and not self._dragging and self.isVisible() and not self.is_render_current():
            self._render_now_inline()  # the first frame shows the real map, not a preview
        if self._cache is None:
            if self.isVisible() and not self._dragging:
                self._render_now_inline()
            if self._cache is None:
                painter.fillRect(self.rect(), QColor(SEA_COLOUR))
                return
        cache = self._cache
        assert cache is not None
        if self._cache_mpp == self._mpp:
            # Pan: blit shifted; the uncovered strips get the sea colour until the next full render.
            sx, sy = self.to_screen(*self._cache_centre)
            ox, oy = sx - self.width() / 2, sy - self.height() / 2
            if ox or oy or cache.deviceIndependentSize().toSize() != self.size():
                painter.fillRect(self.rect(), QColor(SEA_COLOUR))
            painter.drawPixmap(QPointF(round(ox), round(oy)), cache)
        else:
            # Zoom preview: the old render scaled about the same map point.
            painter.fillRect(self.rect(), QColor(SEA_COLOUR))
            k = self._cache_mpp / self._mpp
            size = cache.deviceIndependentSize()
            sx, sy = self.to_screen(*self._cache_centre)
            target = QRectF(sx - size.width() * k / 2, sy - size.height() * k / 2, size.width() * k,
                            size.height() * k)
            painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, True)
            painter.drawPixmap(target, cache, QRectF(0, 0, cache.width(), cache.height()))

    def _render_now_inline(self) -> None:
        t0 = time.perf_counter()
        self._cache = self.render_to_pixmap()
        self._cache_centre, self._cache_mpp = self._centre, self._mpp
        self._cache_valid = True
        self.last_render_s = time.perf_counter() - t0
        QTimer.singleShot(0, self, lambda: self.rendered.emit(self.last_render_s))
        QTimer.singleShot(0, self, self._report_failures)

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
        pts = [QPointF(*self.to_screen(x, y)) for x, y in vertices]
        painter.save()
        line = QPolygonF(pts)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(QPen(QColor(255, 255, 255, 220), 5, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap,
                            Qt.PenJoinStyle.RoundJoin))
        painter.drawPolyline(line)
        painter.setPen(QPen(QColor("#c92a2a"), 2, Qt.PenStyle.DashLine, Qt.PenCapStyle.RoundCap,
                            Qt.PenJoinStyle.RoundJoin))
        painter.drawPolyline(line)
        painter.setPen(QPen(QColor("#c92a2a"), 1.5))
        painter.setBrush(QColor("#ffffff"))
        for p in pts[: len(measurement.points)]:
            painter.drawEllipse(p, 3.5, 3.5)
        if len(vertices) >= 2:
            text = format_distance(measurement.total())
            font = QFont(self.font())
            font.setBold(True)
            metrics = QFontMetricsF(font)
            end = pts[-1]
            box = QRectF(end.x() + 10, end.y() - metrics.height() - 6, metrics.horizontalAdvance(text) + 10,
                         metrics.height() + 4)
            if box.right() > self.width() - 4:  # keep the label on screen: put it left of the point
                box.moveRight(end.x() - 10)
            if box.top() < 4:
                box.moveTop(end.y() + 6)
            painter.setPen(QPen(QColor("#c92a2a"), 1))
            painter.setBrush(QColor(255, 255, 255, 230))
            painter.drawRoundedRect(box, 3, 3)
            painter.setFont(font)
            painter.setPen(QColor("#c92a2a"))
            painter.drawText(box, int(Qt.AlignmentFlag.AlignCenter), text)
        painter.restore()

    def _paint_scale_bar(self, painter: QPainter) -> None:
        _metres, pixels, label = self.scale_bar()
        if pixels <= 0:
            return
        font = QFont(self.font())
        font.setPointSizeF(8.5)
        paint_scale_bar(painter, QPointF(8.0, self.height() - 8.0), pixels, SCALE_BAR_SEGMENTS, label, font,
                        QFontMetricsF(font), SCALE_BAR_LOOK)

    def _paint_north_arrow(self, painter: QPainter) -> None:
        font = QFont(self.font())
        font.setPointSizeF(9)
        font.setBold(True)
        paint_north_arrow(painter, QPointF(self.width() - 14.0, 10.0), font, QFontMetricsF(font), NORTH_ARROW_LOOK)

    # ---- events ---------------------------------------------------------------------------------------------
    def showEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        super().showEvent(event)
        if self._fit_request is not None:
            self.set_extent(self._fit_request)

    def resizeEvent(self, event: QResizeEvent) -> None:
        old = event.oldSize()
        super().resizeEvent(event)
        if self._fit_request is not None:
            self.set_extent(self._fit_request)
        self._cache_valid = False
        self._render_timer.start(RENDER_IDLE_MS if old.width() > 0 else 0)
        self.extent_changed.emit(self.extent())

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
        menu.addAction("Zoom in here", lambda: self.zoom_by(2.0, anchor))
        menu.addAction("Zoom out here", lambda: self.zoom_by(0.5, anchor))
        menu.addAction("Zoom to region", self.zoom_to_region)
        menu.addSeparator()
        menu.addAction("Identify here", lambda: self.identify_at(px, py))
        menu.addSeparator()
        menu.addAction(f"Copy E, N (EPSG:3067): {x:.0f}, {y:.0f}", lambda: _copy(f"{x:.1f}, {y:.1f}"))
        lat_lon = _lat_lon(x, y)
        if lat_lon is not None:
            lat, lon = lat_lon
            menu.addAction(f"Copy lat, lon (WGS84): {lat:.5f}, {lon:.5f}", lambda: _copy(f"{lat:.6f}, {lon:.6f}"))
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
