"""Draw a :class:`~layers.document.MapDocument` onto any QPaintDevice (widget, QImage, QPdfWriter, QSvgGenerator).

``MapPainter(document).paint(painter, target, extent)`` fits ``extent`` (EPSG:3067 metres) into ``target`` keeping
the aspect ratio and draws the offline base map (sea + land from ``document.land``) and the visible layers bottom
(index 0) to top with their :class:`~layers.model.Style`.

Speed: geometry is cached per layer and per zoom level (see :mod:`app.render.geometry_cache`) as QPainterPaths in map
coordinates, drawn through one world->target transform; a layer's cache is dropped only on its ``data`` event.
On raster devices points are stamped into an image with numpy (100,000 points in a few milliseconds); on vector
devices (PDF, SVG) they are drawn as vector circles.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QImage,
    QPaintEngine,
    QPainter,
    QPainterPath,
    QPen,
    QTransform,
)

from app.qt_compat import protect_none_refcount
from app.render.geometry_cache import LayerGeometry, zoom_level
from layers.crs import Extent
from layers.model import LayerEvent, LayerListEvent, Style

protect_none_refcount()  # PySide6 6.12 on Python 3.11: see app/qt_compat.py

if TYPE_CHECKING:
    from layers.document import MapDocument
    from layers.events import Event
    from layers.model import Layer


SEA_COLOUR = "#c9dff0"
LAND_COLOUR = "#f7f5ef"
COAST_COLOUR = "#94b6cf"
LABEL_COLOUR = "#3d3d3d"
HALO_COLOUR = "#ffffff"
MAX_LABELLED_FEATURES = 400
MAX_POINT_LABELS = 120  # point layers with a name field are labelled when at most this many points are in view


def fit_extent(extent: Extent, width: float, height: float) -> Extent:
    """Grow ``extent`` around its centre so that its aspect ratio is ``width / height``."""
    x0, y0, x1, y1 = (float(v) for v in extent)
    if width <= 0 or height <= 0:
        return x0, y0, x1, y1
    w, h = max(x1 - x0, 1e-6), max(y1 - y0, 1e-6)
    ratio = width / height
    cx, cy = (x0 + x1) / 2, (y0 + y1) / 2
    if w / h < ratio:
        w = h * ratio
    else:
        h = w / ratio
    return cx - w / 2, cy - h / 2, cx + w / 2, cy + h / 2


@dataclass(frozen=True)
class ViewTransform:
    """World (EPSG:3067) <-> target coordinates for ``extent`` fitted into ``target``."""

    extent: Extent  # already fitted
    left: float
    top: float
    scale: float  # target units per metre

    @classmethod
    def fit(cls, extent: Extent, target: QRectF) -> ViewTransform:
        fitted = fit_extent(extent, target.width(), target.height())
        scale = target.width() / (fitted[2] - fitted[0]) if target.width() > 0 else 1.0
        return cls(fitted, target.left(), target.top(), scale)

    @property
    def metres_per_unit(self) -> float:
        return 1.0 / self.scale

    def to_target(self, x: float, y: float) -> tuple[float, float]:
        return self.left + (x - self.extent[0]) * self.scale, self.top + (self.extent[3] - y) * self.scale

    def to_world(self, px: float, py: float) -> tuple[float, float]:
        return self.extent[0] + (px - self.left) / self.scale, self.extent[3] - (py - self.top) / self.scale

    def to_target_array(self, xy: np.ndarray) -> np.ndarray:
        out = np.empty_like(xy, dtype=np.float64)
        out[:, 0] = self.left + (xy[:, 0] - self.extent[0]) * self.scale
        out[:, 1] = self.top + (self.extent[3] - xy[:, 1]) * self.scale
        return out

    def qtransform(self) -> QTransform:
        s = self.scale
        return QTransform(s, 0.0, 0.0, -s, self.left - self.extent[0] * s, self.top + self.extent[3] * s)


def _colour(value: str, alpha: float = 1.0) -> QColor:
    c = QColor(value)
    if not c.isValid():
        c = QColor("#888888")
    c.setAlphaF(max(0.0, min(1.0, alpha)))
    return c


def _in_view(bbox: tuple[float, float, float, float], view: ViewTransform, margin_px: float) -> bool:
    """Whether a chunk's bounding box (world) reaches into the view, with ``margin_px`` for strokes."""
    m = margin_px / view.scale
    x0, y0, x1, y1 = view.extent
    return not (bbox[2] < x0 - m or bbox[0] > x1 + m or bbox[3] < y0 - m or bbox[1] > y1 + m)


def _is_raster(painter: QPainter) -> bool:
    engine = painter.paintEngine()
    return engine is not None and engine.type() == QPaintEngine.Type.Raster


def _device_scale(painter: QPainter) -> float:
    t = painter.deviceTransform()
    return math.sqrt(abs(t.determinant())) or 1.0


class MapPainter:
    """Renders the document; keeps geometry caches in step with the layers' ``data`` events."""

    def __init__(self, document: MapDocument) -> None:
        self.document = document
        self._geometry: dict[int, LayerGeometry] = {}
        self._land: LayerGeometry | None = None
        self._land_data = None
        self._labels: dict[int, tuple[np.ndarray, list[str]]] = {}
        self._point_labels: dict[int, list[str]] = {}
        self.background = True
        self.errors: dict[int, str] = {}  # layer id -> why it could not be drawn (logged once)
        document.layers.events.connect(self._on_layers)

    def close(self) -> None:
        """Stop following the document and drop the caches."""
        self.document.layers.events.disconnect(self._on_layers)
        self.invalidate()

    # ---- caches ---------------------------------------------------------------------------------------------
    def _on_layers(self, event: Event) -> None:
        if event.type == LayerListEvent.REMOVED or (event.type == LayerListEvent.CHANGED
                                                   and event.what == LayerEvent.DATA):
            self.invalidate(event.layer)

    def invalidate(self, layer: Layer | None = None) -> None:
        """Forget cached geometry of ``layer`` (or of everything)."""
        if layer is None:
            self._geometry.clear()
            self._labels.clear()
            self._point_labels.clear()
            self._land = None
        else:
            self._geometry.pop(layer.id, None)
            self._labels.pop(layer.id, None)
            self._point_labels.pop(layer.id, None)

    def geometry(self, layer: Layer) -> LayerGeometry:
        geom = self._geometry.get(layer.id)
        if geom is None:
            geom = self._geometry[layer.id] = LayerGeometry(layer.data)
        return geom

    def _land_geometry(self) -> LayerGeometry | None:
        land = self.document.land
        if land is None or len(land) == 0:
            return None
        if self._land is None or self._land_data is not land:
            self._land, self._land_data = LayerGeometry(land), land
        return self._land

    # ---- painting -------------------------------------------------------------------------------------------
    def paint(self, painter: QPainter, target: QRectF, extent: Extent, *, background: bool = True) -> None:
        """Draw the map for ``extent`` into ``target`` (painter coordinates)."""
        target = QRectF(target)
        if target.width() <= 0 or target.height() <= 0:
            return
        view = ViewTransform.fit(extent, target)
        painter.save()
        try:
            painter.setClipRect(target, Qt.ClipOperation.IntersectClip)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
            painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
            level = zoom_level(view.metres_per_unit / _device_scale(painter))
            if background:
                try:
                    self._paint_background(painter, target, view, level)
                except Exception as exc:  # keep drawing the layers on the plain sea colour
                    self._layer_failed(_BACKGROUND, exc)
            for layer in self.document.layers:
                if layer.visible and len(layer.data):
                    try:
                        self.paint_layer(painter, target, view, layer, level)
                    except Exception as exc:  # one broken layer must not blank the whole map
                        self._layer_failed(layer, exc)
            placed: list[QRectF] = []  # label boxes so far: labels of upper layers avoid those below
            for layer in self.document.layers:
                if layer.visible and len(layer.data) and layer.id not in self.errors:
                    try:
                        self._paint_labels(painter, target, view, layer, placed)
                    except Exception as exc:
                        self._layer_failed(layer, exc)
        finally:
            painter.restore()

    def _layer_failed(self, layer: Layer | _Background, exc: Exception) -> None:
        if layer.id not in self.errors:
            from layers.userdirs import log_exception

            log_exception(exc, f"drawing layer {layer.name!r}")
        self.errors[layer.id] = f"{type(exc).__name__}: {exc}"

    def _paint_background(self, painter: QPainter, target: QRectF, view: ViewTransform, level: int) -> None:
        painter.fillRect(target, _colour(SEA_COLOUR))
        land = self._land_geometry()
        if land is None:
            return
        level_geom = land.at_level(level)
        for _, path, bbox in land.grouped_paths(level_geom, "polygons", _LAND_STYLE, LAND_COLOUR):
            if _in_view(bbox, view, 2.0):
                self._draw_path(painter, view, path, _colour(COAST_COLOUR), 0.8, QBrush(_colour(LAND_COLOUR)))

    def paint_layer(self, painter: QPainter, target: QRectF, view: ViewTransform, layer: Layer, level: int) -> None:
        style = layer.style
        geom = self.geometry(layer)
        painter.save()
        try:
            self._paint_layer_body(painter, target, view, geom, style, level)
        finally:
            painter.restore()
        self.errors.pop(layer.id, None)

    def _paint_layer_body(self, painter: QPainter, target: QRectF, view: ViewTransform, geom: LayerGeometry,
                          style: Style, level: int) -> None:
        painter.setOpacity(max(0.0, min(1.0, style.opacity)))
        if geom.has_polygons or geom.has_lines:
            level_geom = geom.at_level(level)
            margin = style.width + 2
            for colour, path, bbox in geom.grouped_paths(level_geom, "polygons", style, style.fill):
                if not _in_view(bbox, view, margin):
                    continue
                brush = QBrush(_colour(colour, style.fill_opacity)) if style.fill_opacity > 0 else QBrush()
                self._draw_path(painter, view, path, _colour(style.stroke), style.width, brush)
            line_base = style.stroke
            for colour, path, bbox in geom.grouped_paths(level_geom, "lines", style, line_base):
                if not _in_view(bbox, view, margin):
                    continue
                self._draw_path(painter, view, path, _colour(colour), max(style.width, 0.5), QBrush())
        if geom.has_points:
            self._paint_points(painter, target, view, geom, style)

    def _pen(self, painter: QPainter, colour: QColor, width: float, view: ViewTransform) -> QPen:
        if width <= 0:
            return QPen(Qt.PenStyle.NoPen)
        pen = QPen(colour)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        if _is_raster(painter):
            pen.setCosmetic(True)  # fast cosmetic stroker; width in device pixels
            pen.setWidthF(width * _device_scale(painter))
        else:
            pen.setWidthF(width / view.scale)  # in world units: exact on vector devices
        return pen

    def _draw_path(self, painter: QPainter, view: ViewTransform, path: QPainterPath, stroke: QColor, width: float,
                   brush: QBrush) -> None:
        if path.isEmpty():
            return
        offsets = self._hairline_offsets(painter, stroke, width)
        if offsets is None:
            pen = self._pen(painter, stroke, width, view)
            painter.save()
            painter.setTransform(view.qtransform(), True)
            painter.setPen(pen)
            painter.setBrush(brush)
            painter.drawPath(path)
            painter.restore()
            return
        # A thick antialiased stroke of a busy path is slow in Qt's raster engine (the stroke outline overlaps
        # itself everywhere); the same line as a few hairlines shifted by sub-pixel offsets (a Minkowski sum with
        # a small disc) looks alike and is drawn by the fast cosmetic stroker.
        hairline = QPen(stroke)
        hairline.setCosmetic(True)
        hairline.setWidthF(1.0)
        world = view.qtransform()
        scale = _device_scale(painter)
        painter.save()
        if brush.style() != Qt.BrushStyle.NoBrush:
            painter.save()
            painter.setTransform(world, True)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(brush)
            painter.drawPath(path)
            painter.restore()
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(hairline)
        base = painter.transform()
        for dx, dy in offsets:
            painter.setTransform(base)
            painter.translate(dx / scale, dy / scale)
            painter.setTransform(world, True)
            painter.drawPath(path)
        painter.restore()

    @staticmethod
    def _hairline_offsets(painter: QPainter, stroke: QColor, width: float) -> list[tuple[float, float]] | None:
        """Device-pixel offsets that emulate a ``width`` stroke with hairlines, or None to stroke normally."""
        device_width = width * _device_scale(painter)
        if not (1.25 < device_width <= 4.5) or not _is_raster(painter):
            return None
        if stroke.alpha() < 255 or painter.opacity() < 0.999:
            return None  # overlapping passes would darken a translucent line
        r = (device_width - 1.0) / 2
        offsets = [(r, 0.0), (-r, 0.0), (0.0, r), (0.0, -r)]
        if r > 0.6:
            d = r * math.sqrt(0.5)
            offsets += [(d, d), (-d, d), (d, -d), (-d, -d)]
        if r > 1.2:
            offsets += [(r / 2, 0.0), (-r / 2, 0.0), (0.0, r / 2), (0.0, -r / 2)]
        return offsets

    def _paint_labels(self, painter: QPainter, target: QRectF, view: ViewTransform, layer: Layer,
                      placed: list[QRectF]) -> None:
        if _label_field(layer) is not None:
            cached = self._labels.get(layer.id)
            if cached is None:
                cached = self._labels[layer.id] = _label_anchors(layer)
            anchors, texts = cached
            if len(texts):
                _paint_labels_impl(painter, target, view, anchors, texts, placed)
            return
        geom = self.geometry(layer)
        if not geom.has_points or geom.has_polygons or geom.has_lines or layer.style.opacity <= 0:
            return
        point_texts = self._point_labels.get(layer.id)
        if point_texts is None:
            point_texts = self._point_labels[layer.id] = _point_label_texts(layer, geom)
        if not point_texts:
            return
        xy = view.to_target_array(geom.point_coords)
        inside = np.flatnonzero((xy[:, 0] >= target.left()) & (xy[:, 0] <= target.right())
                                & (xy[:, 1] >= target.top()) & (xy[:, 1] <= target.bottom()))
        if len(inside) == 0 or len(inside) > MAX_POINT_LABELS:
            return
        texts = [point_texts[i] for i in inside.tolist()]
        keep = [k for k, t in enumerate(texts) if t]
        _paint_labels_impl(painter, target, view, geom.point_coords[inside][keep], [texts[k] for k in keep], placed,
                           offset_x=layer.style.point_size / 2 + 3, bold=False)

    # ---- highlights -----------------------------------------------------------------------------------------
    def paint_highlight(self, painter: QPainter, target: QRectF, extent: Extent, layer: Layer,
                        rows: list[int], colour: str = "#ffd43b", width: float = 3.0, fill_alpha: float = 0.25) -> None:
        """Outline (and lightly fill) the features ``rows`` of ``layer``; used for hover and selection."""
        if not rows or layer not in self.document.layers:
            return
        target = QRectF(target)
        view = ViewTransform.fit(extent, target)
        geom = self.geometry(layer)
        painter.save()
        painter.setClipRect(target, Qt.ClipOperation.IntersectClip)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        level = zoom_level(view.metres_per_unit / _device_scale(painter))
        path = geom.rows_path(geom.at_level(level), rows)
        if not path.isEmpty():
            self._draw_path(painter, view, path, _colour("#1a1a1a", 0.6), width + 2, QBrush())
            self._draw_path(painter, view, path, _colour(colour), width, QBrush(_colour(colour, fill_alpha)))
        pts = geom.rows_points(rows)
        if len(pts):
            radius = layer.style.point_size / 2 + 3
            painter.setPen(QPen(_colour("#1a1a1a", 0.7), 1.5))
            painter.setBrush(QBrush(_colour(colour, 0.9)))
            for x, y in view.to_target_array(pts).tolist():
                painter.drawEllipse(QPointF(x, y), radius, radius)
        painter.restore()

    # ---- points ---------------------------------------------------------------------------------------------
    def _paint_points(self, painter: QPainter, target: QRectF, view: ViewTransform, geom: LayerGeometry,
                      style: Style) -> None:
        xy = view.to_target_array(geom.point_coords)
        r = style.point_size / 2 + style.width
        inside = ((xy[:, 0] >= target.left() - r) & (xy[:, 0] <= target.right() + r)
                  & (xy[:, 1] >= target.top() - r) & (xy[:, 1] <= target.bottom() + r))
        if not inside.any():
            return
        xy, rows = xy[inside], geom.point_rows[inside]
        if style.category_field and style.categories:
            colours = geom.row_colours(style, style.fill)
            row_colours = colours[rows] if len(colours) else np.empty(0, dtype=object)
            groups = [c for c in dict.fromkeys(colours.tolist()) if (row_colours == c).any()]
        else:
            row_colours, groups = np.empty(0, dtype=object), [style.fill]
        scale_only = painter.worldTransform().type().value <= QTransform.TransformationType.TxScale.value
        raster = _is_raster(painter) and scale_only
        for colour in groups:
            pts = xy if len(groups) == 1 else xy[row_colours == colour]
            if raster:
                self._stamp_points(painter, target, pts, colour, style)
            else:
                self._vector_points(painter, pts, colour, style)

    @staticmethod
    def _outline_width(style: Style) -> float:
        return max(0.0, min(style.width, style.point_size / 4, 1.5))

    def _vector_points(self, painter: QPainter, pts: np.ndarray, colour: str, style: Style) -> None:
        radius = style.point_size / 2
        path = QPainterPath()
        for x, y in pts.tolist():
            path.addEllipse(QPointF(x, y), radius, radius)
        outline = self._outline_width(style)
        painter.save()
        painter.setPen(QPen(_colour(style.stroke), outline) if outline > 0 else QPen(Qt.PenStyle.NoPen))
        painter.setBrush(QBrush(_colour(colour, style.fill_opacity if style.fill_opacity > 0 else 1.0)))
        painter.drawPath(path)
        painter.restore()

    def _stamp_points(self, painter: QPainter, target: QRectF, pts: np.ndarray, colour: str, style: Style) -> None:
        """Stamp an antialiased symbol at each point into an image with numpy, then draw the image once."""
        world = painter.worldTransform()
        dpr = painter.device().devicePixelRatioF() if painter.device() is not None else 1.0
        box = world.mapRect(target)
        sx, sy = world.m11() * dpr, world.m22() * dpr
        width, height = max(1, math.ceil(box.width() * dpr)), max(1, math.ceil(box.height() * dpr))
        px = np.rint((world.dx() + pts[:, 0] * world.m11() - box.left()) * dpr).astype(np.int64)
        py = np.rint((world.dy() + pts[:, 1] * world.m22() - box.top()) * dpr).astype(np.int64)
        stamp = _symbol_stamp(style.point_size * abs(sx), self._outline_width(style) * abs(sx), colour, style.stroke,
                              style.fill_opacity if style.fill_opacity > 0 else 1.0)
        half = stamp.shape[0] // 2
        pad = 2 * half + 1  # a stamp centred up to `half` outside the image still lands in the buffer
        stride = width + 2 * pad
        keep = (px >= -half) & (px < width + half) & (py >= -half) & (py < height + half)
        base = (py[keep] + pad) * stride + (px[keep] + pad)
        buf = np.zeros((height + 2 * pad) * stride, dtype=np.uint32)
        ys, xs = np.nonzero(stamp)
        vals = stamp[ys, xs]
        alpha = vals >> 24
        for i in np.argsort(alpha, kind="stable"):  # faint edge pixels first, opaque interiors win
            buf[base + ((ys[i] - half) * stride + (xs[i] - half))] = vals[i]
        img_arr = np.ascontiguousarray(buf.reshape(height + 2 * pad, stride)[pad:pad + height, pad:pad + width])
        image = QImage(img_arr.data, width, height, width * 4, QImage.Format.Format_ARGB32_Premultiplied)
        image.setDevicePixelRatio(dpr)
        painter.save()
        painter.resetTransform()
        painter.drawImage(box.topLeft(), image)
        painter.restore()
        del sy, img_arr


_STAMPS: dict[tuple, np.ndarray] = {}


def _symbol_stamp(size: float, outline: float, fill: str, stroke: str, fill_alpha: float) -> np.ndarray:
    """A premultiplied ARGB32 circle symbol as a square uint32 array of odd side."""
    key = (round(size, 2), round(outline, 2), fill, stroke, round(fill_alpha, 3))
    cached = _STAMPS.get(key)
    if cached is not None:
        return cached
    side = math.ceil(size + 2 * outline) + 2
    side += 1 - side % 2
    image = QImage(side, side, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(0)
    p = QPainter(image)
    p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    p.setPen(QPen(_colour(stroke), outline) if outline > 0 else QPen(Qt.PenStyle.NoPen))
    p.setBrush(QBrush(_colour(fill, fill_alpha)))
    c = side / 2
    p.drawEllipse(QPointF(c, c), size / 2, size / 2)
    p.end()
    ptr = image.constBits()
    arr = np.frombuffer(ptr, dtype=np.uint32, count=side * image.bytesPerLine() // 4)
    arr = arr.reshape(side, image.bytesPerLine() // 4)[:, :side].copy()
    if len(_STAMPS) > 256:
        _STAMPS.clear()
    _STAMPS[key] = arr
    return arr


class _Background:
    id = 0
    name = "base map (land)"


_BACKGROUND = _Background()


_LAND_STYLE = Style()  # land is drawn plain: no categories


# ---- labels -----------------------------------------------------------------------------------------------------
def _label_field(layer: Layer) -> str | None:
    from layers.model import LayerKind

    if layer.kind != LayerKind.BOUNDARY or len(layer.data) > MAX_LABELLED_FEATURES:
        return None
    return "name" if "name" in layer.data.columns else None


_LABEL_SPRITES: dict[tuple, QImage] = {}


def _label_font(base: QFont, bold: bool = True) -> QFont:
    font = QFont(base)
    font.setPointSizeF(8.5 if bold else 8.0)
    font.setWeight(QFont.Weight.DemiBold if bold else QFont.Weight.Normal)
    return font


def _label_path(text: str, font: QFont) -> tuple[QPainterPath, QRectF]:
    metrics = QFontMetricsF(font)
    w, h = metrics.horizontalAdvance(text), metrics.height()
    path = QPainterPath()
    path.addText(QPointF(-w / 2, -h / 2 + metrics.ascent()), font, text)
    return path, QRectF(-w / 2, -h / 2, w, h)


def _label_sprite(text: str, font: QFont, scale: float) -> QImage:
    """The label with its white halo, rendered once per text and device scale (raster devices only)."""
    key = (text, font.key(), round(scale, 3))
    sprite = _LABEL_SPRITES.get(key)
    if sprite is None:
        path, rect = _label_path(text, font)
        margin = 3
        image = QImage(math.ceil((rect.width() + 2 * margin) * scale), math.ceil((rect.height() + 2 * margin) * scale),
                       QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(0)
        p = QPainter(image)
        p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        p.scale(scale, scale)
        p.translate(rect.width() / 2 + margin, rect.height() / 2 + margin)
        _draw_label_path(p, path)
        p.end()
        image.setDevicePixelRatio(scale)
        if len(_LABEL_SPRITES) > 2000:
            _LABEL_SPRITES.clear()
        sprite = _LABEL_SPRITES[key] = image
    return sprite


def _draw_label_path(painter: QPainter, path: QPainterPath) -> None:
    halo = QPen(_colour(HALO_COLOUR, 0.85), 3.0)
    halo.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    painter.strokePath(path, halo)
    painter.fillPath(path, _colour(LABEL_COLOUR))


def _paint_labels_impl(painter: QPainter, target: QRectF, view: ViewTransform, anchors: np.ndarray,
                       texts: list[str], placed: list[QRectF], offset_x: float = 0.0, bold: bool = True) -> None:
    """Labels centred on their anchors (or starting ``offset_x`` right of them), skipping any that would overlap
    one already ``placed``."""
    font = _label_font(painter.font(), bold)
    metrics = QFontMetricsF(font)
    xy = view.to_target_array(anchors)
    scale_only = painter.worldTransform().type().value <= QTransform.TransformationType.TxScale.value
    sprites = _is_raster(painter) and scale_only
    scale = _device_scale(painter)
    painter.save()
    painter.setBrush(Qt.BrushStyle.NoBrush)
    for (x, y), text in zip(xy.tolist(), texts, strict=True):
        w, h = metrics.horizontalAdvance(text), metrics.height()
        cx = x + offset_x + w / 2 if offset_x else x  # centre of the label box
        rect = QRectF(cx - w / 2, y - h / 2, w, h)
        if not target.contains(rect) or any(rect.adjusted(-4, -2, 4, 2).intersects(r) for r in placed):
            continue
        placed.append(rect)
        if sprites:
            sprite = _label_sprite(text, font, scale)
            painter.drawImage(QPointF(cx - w / 2 - 3, y - h / 2 - 3), sprite)
        else:
            path, _ = _label_path(text, font)
            painter.save()
            painter.translate(cx, y)
            _draw_label_path(painter, path)
            painter.restore()
    painter.restore()


def _label_anchors(layer: Layer) -> tuple[np.ndarray, list[str]]:
    import shapely

    field_name = _label_field(layer)
    if field_name is None:
        return np.empty((0, 2)), []
    geoms = np.asarray(layer.data.geometry.values, dtype=object)
    ok = ~(shapely.is_missing(geoms) | shapely.is_empty(geoms))
    # Largest part's interior point: labels sit on the main body of a municipality, not on an island.
    anchors = []
    for g in geoms[ok]:
        parts = shapely.get_parts(g)
        main = parts[int(np.argmax(shapely.area(parts)))] if len(parts) > 1 else g
        anchors.append(shapely.get_coordinates(shapely.point_on_surface(main))[0])
    texts = [str(v) for v in layer.data[field_name].to_numpy()[ok]]
    return np.asarray(anchors, dtype=np.float64).reshape(-1, 2), texts


def _point_label_texts(layer: Layer, geom: LayerGeometry) -> list[str]:
    """A label per drawn point (same order as ``geom.point_coords``), or [] when the layer has no name field."""
    from layers.query import label_field

    name = label_field([str(c) for c in layer.data.columns if c != layer.data.geometry.name])
    if name is None or name.lower() in ("id", "code", "ref", "kunta"):
        return []
    values = layer.data[name].astype(str).to_numpy()[geom.point_rows]
    return ["" if v in ("", "nan", "None", "<NA>") else v for v in values.tolist()]
