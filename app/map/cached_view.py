"""The map as a widget: a view (centre and resolution) over the document, shown from a cached full render.

The view is a centre (EPSG:3067) and a resolution (metres per pixel); the extent follows from the widget size.
A full render goes into a pixmap.  While panning the pixmap is only blitted shifted (a frame costs one
drawPixmap); while zooming it is drawn scaled as a preview.  A full re-render happens when the gesture ends or
after a short idle, and whenever the document's layers change.

This is the part of the canvas that knows nothing of the mouse: :class:`app.map.canvas.MapCanvas` adds the
interaction (drag, wheel, keys, hover, identify, measuring) and what is drawn over the map.  A gesture in progress
sets ``_dragging``; full renders then wait for its end (or for a pause, which forces one).
"""

from __future__ import annotations

import contextlib
import math
import time
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPixmap, QResizeEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from app.qt_compat import protect_none_refcount
from app.render import prepare
from app.render.geometry_cache import zoom_level
from app.render.painter import SEA_COLOUR, MapPainter
from app.render.view import ViewTransform, fit_extent
from app.tasks.runner import TaskHandle, TaskRunner
from layers.crs import Extent
from layers.model import LayerEvent, LayerListEvent
from layers.scale import MM_PER_INCH, scale_denominator

protect_none_refcount()  # PySide6 6.12 on Python 3.11: see app/qt_compat.py

if TYPE_CHECKING:
    from layers.document import MapDocument
    from layers.events import Event
    from layers.model import Layer

MIN_MPP, MAX_MPP = 0.05, 5000.0
RENDER_IDLE_MS = 120
PREPARE_OFF_THREAD = True  # build new geometry in a worker before a render (False: in the render, as before)
SPRITE_SLICE_S = 0.02  # label images (text: GUI thread only) are made in slices this long before the render
SPRITES_AHEAD = 60  # at most this many (~0.3 s of slices); the render makes any others
UNDRAWN = (LayerEvent.NAME, LayerEvent.NOTE, LayerEvent.RADIUS, LayerEvent.THRESHOLD,
           LayerEvent.KIND)  # no pixel shows them


class CachedMapView(QWidget):
    """Signals: ``extent_changed(tuple)``, ``rendered(float seconds)`` after each full render, ``layer_failed(str)``
    once per failure to draw a layer, ``first_frame()`` once after the first paint that showed a full render."""

    extent_changed = Signal(tuple)
    rendered = Signal(float)
    layer_failed = Signal(str)  # a layer could not be drawn (message names it); reported once per failure
    first_frame = Signal()

    def __init__(self, document: MapDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.map_painter = MapPainter(document)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(200, 150)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent, True)
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
        self._dragging = False
        self._first_frame_sent = False
        self._reported_failures: dict[int, str] = {}
        self.last_render_s = 0.0
        # What a render must build first (new layers' paths, a new zoom level, labels) is built by a worker of
        # the map's own (not the window's task list: drawing is not a task the planner waits for or cancels);
        # meanwhile the last render stays on screen.
        self._preparing: TaskHandle | None = None
        self._prepared: set[tuple[int, int, int]] | None = None  # what the preparation just done built
        self._skip_prepare = False
        self._sprites_todo: list[tuple[str, object]] = []  # label images to make, a slice per event-loop turn
        self._render_timer = QTimer(self)
        self._render_timer.setSingleShot(True)
        self._render_timer.timeout.connect(self._render_when_ready)
        on_layers = self._on_layers
        document.layers.events.connect(on_layers)
        preparer = self._preparer = TaskRunner(self, daemon=False)  # short; exit waits for it (C++ code inside)
        painter = self.map_painter

        def detach(*_: object) -> None:  # a deleted canvas must not stay subscribed to a living document
            document.layers.events.disconnect(on_layers)
            painter.close()
            preparer.cancel_all()  # nobody will draw what it builds (pure Python: safe on a deleted runner)

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

    # ---- document -------------------------------------------------------------------------------------------
    def _on_layers(self, event: Event) -> None:
        with contextlib.suppress(RuntimeError):  # the C++ widget is already gone (closing): nothing to repaint
            self._handle_layer_event(event)

    def _handle_layer_event(self, event: Event) -> None:
        if event.type == LayerListEvent.CHANGED and event.what in UNDRAWN:
            return  # nothing drawn depends on these
        self.refresh()

    def refresh(self) -> None:
        """Re-render soon (coalesces bursts of changes into one render)."""
        self._cache_valid = False
        if not self._render_timer.isActive() or self._render_timer.remainingTime() > 0:
            self._render_timer.start(0)
        self.update()

    # ---- rendering ------------------------------------------------------------------------------------------
    def label_obstacles(self) -> list[QRectF]:
        """Boxes (widget pixels) that overlays will cover, which map labels avoid; none here."""
        return []

    def render_to_pixmap(self) -> QPixmap:
        dpr = self.devicePixelRatioF()
        w, h = max(self.width(), 1), max(self.height(), 1)
        pixmap = QPixmap(round(w * dpr), round(h * dpr))
        pixmap.setDevicePixelRatio(dpr)
        pixmap.fill(QColor(SEA_COLOUR))
        painter = QPainter(pixmap)
        try:
            self.map_painter.paint(painter, QRectF(0, 0, w, h), self.extent(), label_obstacles=self.label_obstacles())
        finally:
            painter.end()
        return pixmap

    def zoom_level(self) -> int:
        """The geometry level a render of the current view draws (as :meth:`MapPainter.paint` computes it)."""
        w, h = max(self.width(), 1), max(self.height(), 1)
        view = ViewTransform.fit(self.extent(), QRectF(0, 0, w, h))
        return zoom_level(view.metres_per_unit / (self.devicePixelRatioF() or 1.0))

    def preparing(self) -> bool:
        """Whether what the next render needs is being made (the render follows when it is done)."""
        return self._preparing is not None or bool(self._sprites_todo)

    def _prepare_first(self) -> bool:
        """Start building off the GUI thread what a render would build itself; True: the render waits for it."""
        if self._preparing is not None or self._sprites_todo:
            return True  # its end renders
        skip, self._skip_prepare = self._skip_prepare, False
        if not PREPARE_OFF_THREAD or skip or not self.isVisible():
            return False
        wanted = self.map_painter.needs(self.zoom_level())
        if self._prepared is not None:  # right after a preparation: only what changed meanwhile is asked again
            wanted.needs = [need for need in wanted.needs if need.key not in self._prepared]
        self._prepared = None
        if not wanted.needs:
            return False  # the outline alone is quick: the render makes it
        self._preparing = self._preparer.start("map", prepare.run, wanted, on_done=self._take_prepared,
                                               on_error=self._prepare_failed, on_cancelled=self._prepare_failed)
        return True

    def _take_prepared(self, preparation: prepare.Preparation) -> None:
        with contextlib.suppress(RuntimeError):  # the widget went while the worker built
            self._preparing = None
            self.map_painter.adopt(preparation)
            self._prepared = preparation.keys()
            dpr = self.devicePixelRatioF() or 1.0
            self._sprites_todo = self.map_painter.missing_sprites(self.extent(), dpr)[:SPRITES_AHEAD]
            self._make_sprites()

    def _make_sprites(self) -> None:
        """Make a slice of the label images the next render draws; the render follows the last slice (text is
        drawn on the GUI thread only, so the window answers between slices instead of waiting for them all)."""
        from app.render.labels import label_sprite

        with contextlib.suppress(RuntimeError):
            dpr = self.devicePixelRatioF() or 1.0
            t0 = time.perf_counter()
            while self._sprites_todo and time.perf_counter() - t0 < SPRITE_SLICE_S:
                text, kind = self._sprites_todo.pop(0)
                label_sprite(text, kind, dpr)  # type: ignore[arg-type]
            if self._sprites_todo:
                QTimer.singleShot(0, self, self._make_sprites)
                return
            self._render_when_ready()

    def _prepare_failed(self, *_: object) -> None:
        with contextlib.suppress(RuntimeError):
            self._preparing = None
            self._skip_prepare = True  # the render builds (and reports) what failed
            self._render_when_ready()

    def _render_when_ready(self) -> None:
        """The render a change asked for (the timer's): first what it needs is built off the GUI thread."""
        self._render_timer.stop()
        if self._dragging or self._prepare_first():
            return
        self._render_now()

    def _render_now(self, force: bool = False) -> None:
        """Render at once (building here whatever is missing)."""
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
                name = next((lyr.name for lyr in self.document.layers if lyr.id == layer_id),
                            QCoreApplication.translate("MapCanvas", "the base map"))
                self.layer_failed.emit(QCoreApplication.translate(
                    "MapCanvas", "layer '{layer}' could not be drawn ({error}); details in the log file").format(
                        layer=name, error=why))
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

    def _paint_overlays(self, painter: QPainter) -> None:
        """What is drawn over the map on every frame (widget pixels); nothing here, the canvas adds its own."""

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
