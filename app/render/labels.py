"""Map labels: which layers are labelled, where each label sits, and drawing them with a halo without collisions.

Boundary layers (up to :data:`MAX_LABELLED_FEATURES` areas) are labelled with their "name" on the largest part of
each area; point layers with a name-like field are labelled beside their points when at most
:data:`MAX_POINT_LABELS` are in view.  Labels are placed after all layers are drawn, bottom layer first, and a
label that would overlap one already placed is skipped.  On raster devices each label is a cached sprite (text and
halo rendered once per text and device scale); on PDF and SVG it is a path, so that it stays vector.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import TYPE_CHECKING

import numpy as np
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QImage, QPainter, QPainterPath, QPen, QTransform

from app.qt_compat import protect_none_refcount
from app.render.strokes import device_scale, is_raster, qt_colour

protect_none_refcount()  # PySide6 6.12 on Python 3.11: see app/qt_compat.py

if TYPE_CHECKING:
    from app.render.geometry_cache import LayerGeometry
    from app.render.view import ViewTransform
    from layers.model import Layer

LABEL_COLOUR = "#3d3d3d"
HALO_COLOUR = "#ffffff"
MAX_LABELLED_FEATURES = 400
MAX_POINT_LABELS = 120  # point layers with a name field are labelled when at most this many points are in view

_LABEL_SPRITES: dict[tuple, QImage] = {}


class LayerLabels:
    """Label anchors and texts per layer, computed on first use and kept until :meth:`invalidate`."""

    def __init__(self) -> None:
        self._areas: dict[int, tuple[np.ndarray, list[str]]] = {}
        self._points: dict[int, list[str]] = {}

    def invalidate(self, layer: Layer | None = None) -> None:
        """Forget the labels of ``layer`` (or of every layer): its data changed."""
        if layer is None:
            self._areas.clear()
            self._points.clear()
        else:
            self._areas.pop(layer.id, None)
            self._points.pop(layer.id, None)

    def paint(self, painter: QPainter, target: QRectF, view: ViewTransform, layer: Layer,
              geometry: Callable[[Layer], LayerGeometry], placed: list[QRectF]) -> None:
        """Label ``layer`` (``geometry`` gives its drawn geometry), avoiding and extending ``placed``."""
        if label_field(layer) is not None:
            cached = self._areas.get(layer.id)
            if cached is None:
                cached = self._areas[layer.id] = label_anchors(layer)
            anchors, texts = cached
            if len(texts):
                place_labels(painter, target, view, anchors, texts, placed)
            return
        geom = geometry(layer)
        if not geom.has_points or geom.has_polygons or geom.has_lines or layer.style.opacity <= 0:
            return
        point_texts = self._points.get(layer.id)
        if point_texts is None:
            point_texts = self._points[layer.id] = point_label_texts(layer, geom)
        if not point_texts:
            return
        xy = view.to_target_array(geom.point_coords)
        inside = np.flatnonzero((xy[:, 0] >= target.left()) & (xy[:, 0] <= target.right())
                                & (xy[:, 1] >= target.top()) & (xy[:, 1] <= target.bottom()))
        if len(inside) == 0 or len(inside) > MAX_POINT_LABELS:
            return
        texts = [point_texts[i] for i in inside.tolist()]
        keep = [k for k, t in enumerate(texts) if t]
        place_labels(painter, target, view, geom.point_coords[inside][keep], [texts[k] for k in keep], placed,
                     offset_x=layer.style.point_size / 2 + 3, bold=False)


def label_field(layer: Layer) -> str | None:
    """The field an area layer is labelled with: "name" of a boundary layer that is not too big, else None."""
    from layers.model import LayerKind

    if layer.kind != LayerKind.BOUNDARY or len(layer.data) > MAX_LABELLED_FEATURES:
        return None
    return "name" if "name" in layer.data.columns else None


def label_font(base: QFont, bold: bool = True) -> QFont:
    font = QFont(base)
    font.setPointSizeF(8.5 if bold else 8.0)
    font.setWeight(QFont.Weight.DemiBold if bold else QFont.Weight.Normal)
    return font


def label_path(text: str, font: QFont) -> tuple[QPainterPath, QRectF]:
    """``text`` as an outline centred on (0, 0), and its box."""
    metrics = QFontMetricsF(font)
    w, h = metrics.horizontalAdvance(text), metrics.height()
    path = QPainterPath()
    path.addText(QPointF(-w / 2, -h / 2 + metrics.ascent()), font, text)
    return path, QRectF(-w / 2, -h / 2, w, h)


def label_sprite(text: str, font: QFont, scale: float) -> QImage:
    """The label with its white halo, rendered once per text and device scale (raster devices only)."""
    key = (text, font.key(), round(scale, 3))
    sprite = _LABEL_SPRITES.get(key)
    if sprite is None:
        path, rect = label_path(text, font)
        margin = 3
        image = QImage(math.ceil((rect.width() + 2 * margin) * scale), math.ceil((rect.height() + 2 * margin) * scale),
                       QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(0)
        p = QPainter(image)
        p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        p.scale(scale, scale)
        p.translate(rect.width() / 2 + margin, rect.height() / 2 + margin)
        draw_label_path(p, path)
        p.end()
        image.setDevicePixelRatio(scale)
        if len(_LABEL_SPRITES) > 2000:
            _LABEL_SPRITES.clear()
        sprite = _LABEL_SPRITES[key] = image
    return sprite


def draw_label_path(painter: QPainter, path: QPainterPath) -> None:
    halo = QPen(qt_colour(HALO_COLOUR, 0.85), 3.0)
    halo.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    painter.strokePath(path, halo)
    painter.fillPath(path, qt_colour(LABEL_COLOUR))


def place_labels(painter: QPainter, target: QRectF, view: ViewTransform, anchors: np.ndarray,
                 texts: list[str], placed: list[QRectF], offset_x: float = 0.0, bold: bool = True) -> None:
    """Labels centred on their anchors (or starting ``offset_x`` right of them), skipping any that would overlap
    one already ``placed``."""
    font = label_font(painter.font(), bold)
    metrics = QFontMetricsF(font)
    xy = view.to_target_array(anchors)
    scale_only = painter.worldTransform().type().value <= QTransform.TransformationType.TxScale.value
    sprites = is_raster(painter) and scale_only
    scale = device_scale(painter)
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
            sprite = label_sprite(text, font, scale)
            painter.drawImage(QPointF(cx - w / 2 - 3, y - h / 2 - 3), sprite)
        else:
            path, _ = label_path(text, font)
            painter.save()
            painter.translate(cx, y)
            draw_label_path(painter, path)
            painter.restore()
    painter.restore()


def label_anchors(layer: Layer) -> tuple[np.ndarray, list[str]]:
    """An anchor and a text per labelled area of ``layer`` (empty when it is not labelled)."""
    import shapely

    from layers.names import column_labels

    field_name = label_field(layer)
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
    texts = [str(t) for t in np.asarray(column_labels(layer.data, field_name), dtype=object)[ok]]  # fi/sv name
    return np.asarray(anchors, dtype=np.float64).reshape(-1, 2), texts


def point_label_texts(layer: Layer, geom: LayerGeometry) -> list[str]:
    """A label per drawn point (same order as ``geom.point_coords``), or [] when the layer has no name field."""
    from layers.query import label_field as name_field

    name = name_field([str(c) for c in layer.data.columns if c != layer.data.geometry.name])
    if name is None or name.lower() in ("id", "code", "ref", "kunta"):
        return []
    values = layer.data[name].astype(str).to_numpy()[geom.point_rows]
    return ["" if v in ("", "nan", "None", "<NA>") else v for v in values.tolist()]
