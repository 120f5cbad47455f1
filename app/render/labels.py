"""Map labels on a paint device: the Qt half of the label engine in :mod:`layers.labelling`.

:class:`MapLabels` asks :mod:`layers.labelling` what each visible layer labels (cached per layer until its data
change), measures each text on the painter's device, lets :func:`layers.labelling.place_labels` choose where the
labels go (priority, collisions, the frame) and draws them: a white halo as a path and the text itself with
``drawText``, so that PDF and SVG keep real, searchable text (``<text>`` in SVG), never glyph outlines.  On
raster devices (the canvas, PNG pages) the same drawing is cached as an image per text and device scale.

Size: a label is ``points * UNITS_PER_POINT`` painter units tall, whatever the device.  The painter's unit is a
screen pixel on the canvas and 1/96 inch on a page (the page draws the map through a ``dpi / 96`` scale), and Qt
turns a font's point size into device pixels with the device's own resolution, so the font's point size is
``points * 96 / logical dpi`` of the device: 8.5 pt on a 96-dpi screen, 2.72 pt on a 300-dpi page whose painter
scale brings it back to 8.5 pt on paper.  The canvas, the export preview and the PNG/PDF/SVG pages therefore show
a label at the same size (and place the same labels where their frames show the same scale).
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Sequence
from typing import TYPE_CHECKING

import numpy as np
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QImage, QPaintDevice, QPainter, QPainterPath, QPen, QTransform

from app.qt_compat import protect_none_refcount
from app.render.strokes import device_scale, is_raster, qt_colour
from layers.labelling import (
    MAX_POINT_LABELS,
    UNITS_PER_POINT,
    LabelKind,
    LabelRequest,
    LayerLabels,
    PlacedLabel,
    area_labels,
    inside_outline,
    place_labels,
    point_labels,
    point_size,
)

protect_none_refcount()  # PySide6 6.12 on Python 3.11: see app/qt_compat.py

if TYPE_CHECKING:
    from app.render.geometry_cache import LayerGeometry
    from app.render.view import ViewTransform
    from layers.model import Layer

__all__ = ["HALO_COLOUR", "LABEL_COLOUR", "MAX_POINT_LABELS", "MapLabels", "draw_label", "label_font"]

LABEL_COLOUR = "#3d3d3d"
LABEL_FAMILY = "DejaVu Sans"
HALO_COLOUR = "#ffffff"
HALO_WIDTH = 3.0  # painter units (screen pixels)
_PATH_PX = 64  # the halo's outline is made at this pixel size and scaled: pixel sizes know no device
_DPM_96 = round(96 / 0.0254)  # dots per metre of a 96-dpi image
_SPRITES: dict[tuple, QImage] = {}


class MapLabels:
    """What each layer labels (from :mod:`layers.labelling`), kept until :meth:`invalidate`."""

    def __init__(self) -> None:
        self._layers: dict[int, LayerLabels | None] = {}
        self.last: list[PlacedLabel] = []  # the labels of the last paint (tests, diagnostics)

    def invalidate(self, layer: Layer | None = None) -> None:
        """Forget the labels of ``layer`` (or of every layer): its data changed."""
        if layer is None:
            self._layers.clear()
        else:
            self._layers.pop(layer.id, None)

    def layer_labels(self, layer: Layer, geom: LayerGeometry) -> LayerLabels | None:
        if layer.id not in self._layers:
            self._layers[layer.id] = make_layer_labels(layer, geom)
        return self._layers[layer.id]

    def has(self, layer: Layer) -> bool:
        return layer.id in self._layers

    def known(self, layer: Layer) -> LayerLabels | None:
        """The labels of ``layer`` if they are made (None: not made, or it labels nothing)."""
        return self._layers.get(layer.id)

    def adopt(self, layer: Layer, labels: LayerLabels | None) -> None:
        """Keep ``labels`` made for ``layer``'s current data (in a worker) unless some are there already."""
        self._layers.setdefault(layer.id, labels)

    def paint(self, painter: QPainter, target: QRectF, view: ViewTransform, layers: Iterable[Layer],
              geometry: Callable[[Layer], LayerGeometry], outline: object = None,
              obstacles: Sequence[QRectF] = ()) -> list[PlacedLabel]:
        """Label ``layers`` (bottom first, as drawn): area labels first, then point layers top first; points
        outside ``outline`` (the region, prepared) are not labelled.  Returns what was placed."""
        layers = list(layers)
        requests: list[LabelRequest] = []
        for rank, layer in enumerate(reversed(layers)):
            geom = geometry(layer)
            labels = self.layer_labels(layer, geom)
            if labels is None or not labels.texts or layer.style.opacity <= 0:
                continue
            requests += _requests(labels, view, target, 1 + rank, layer.style.point_size / 2 + 2.0, outline)
        device = painter.device()
        fonts = {kind: label_font(kind, device) for kind in LabelKind}
        metrics = {kind: QFontMetricsF(fonts[kind], device) for kind in LabelKind}

        def measure(text: str, kind: LabelKind) -> tuple[float, float]:
            return metrics[kind].horizontalAdvance(text), metrics[kind].height()

        frame = (target.left(), target.top(), target.right(), target.bottom())
        boxes = [(r.left(), r.top(), r.right(), r.bottom()) for r in obstacles]
        placed = place_labels(requests, measure, frame, to_map=lambda xy: _to_world(view, xy), obstacles=boxes)
        painter.save()
        try:
            for label in placed:
                draw_label(painter, label, fonts[label.kind], metrics[label.kind])
        finally:
            painter.restore()
        self.last = placed
        return placed


def make_layer_labels(layer: Layer, geom: LayerGeometry) -> LayerLabels | None:
    """What ``layer`` labels: its areas' names, or its points' when it has only points (reads, never writes)."""
    labels = area_labels(layer)
    if labels is None and geom.has_points and not (geom.has_polygons or geom.has_lines):
        labels = point_labels(layer, geom.point_coords, geom.point_rows)
    return labels


def missing_sprites(labels: LayerLabels | None, extent: tuple[float, float, float, float], scale: float
                    ) -> list[tuple[str, LabelKind]]:
    """The texts of ``labels`` that a raster render of ``extent`` may draw and whose images are not made yet
    (points only when the frame holds no more than :data:`MAX_POINT_LABELS` of them, as :func:`_requests`)."""
    if labels is None or not labels.texts or not len(labels.anchors):
        return []
    x0, y0, x1, y1 = extent
    xy = labels.anchors
    inside = np.flatnonzero((xy[:, 0] >= x0) & (xy[:, 0] <= x1) & (xy[:, 1] >= y0) & (xy[:, 1] <= y1))
    if labels.kind == LabelKind.POINT and len(inside) > MAX_POINT_LABELS:
        return []
    key_scale = round(scale, 3)
    return [(labels.texts[i], labels.kind) for i in inside.tolist()
            if (labels.texts[i], labels.kind, key_scale) not in _SPRITES]


def _requests(labels: LayerLabels, view: ViewTransform, target: QRectF, group: int, offset: float,
              outline: object) -> list[LabelRequest]:
    xy = view.to_target_array(labels.anchors) if len(labels.anchors) else np.empty((0, 2))
    if labels.kind == LabelKind.AREA:  # the region's own areas all lie inside its outline
        geoms = labels.geometries if labels.geometries is not None else [None] * len(labels.texts)
        keep = inside_outline(outline, labels.anchors).tolist()
        return [LabelRequest(t, LabelKind.AREA, x, y, 0, float(w), geometry=g)
                for t, (x, y), w, g, k in zip(labels.texts, xy.tolist(), labels.weights.tolist(), geoms, keep,
                                               strict=True) if k]
    inside = np.flatnonzero((xy[:, 0] >= target.left()) & (xy[:, 0] <= target.right())
                            & (xy[:, 1] >= target.top()) & (xy[:, 1] <= target.bottom()))
    if len(inside) == 0 or len(inside) > MAX_POINT_LABELS:  # too many in the frame: labels would be clutter
        return []
    inside = inside[inside_outline(outline, labels.anchors[inside])]
    return [LabelRequest(labels.texts[i], LabelKind.POINT, float(xy[i, 0]), float(xy[i, 1]), group,
                         float(labels.weights[i]), offset) for i in inside.tolist()]


def _to_world(view: ViewTransform, xy: np.ndarray) -> np.ndarray:
    out = np.empty_like(xy, dtype=np.float64)
    out[:, 0] = view.extent[0] + (xy[:, 0] - view.left) / view.scale
    out[:, 1] = view.extent[3] - (xy[:, 1] - view.top) / view.scale
    return out


def label_font(kind: LabelKind, device: QPaintDevice | None) -> QFont:
    """The label font for ``device``: ``point_size(kind) * UNITS_PER_POINT`` painter units tall (module doc)."""
    dpi = float(device.logicalDpiY()) if device is not None and device.logicalDpiY() > 0 else 96.0
    font = QFont(LABEL_FAMILY)  # the page's family: the canvas and the pages measure the same glyphs
    font.setStyleHint(QFont.StyleHint.SansSerif)
    font.setPointSizeF(point_size(kind) * 96.0 / dpi)
    font.setWeight(QFont.Weight.DemiBold if kind == LabelKind.AREA else QFont.Weight.Normal)
    return font


def draw_label(painter: QPainter, label: PlacedLabel, font: QFont, metrics: QFontMetricsF) -> None:
    """The text of ``label`` centred in its box over a white halo: real text on vector devices (PDF, SVG); on
    raster devices a cached image of the same text and halo (stroking a halo costs ~5 ms a label each frame)."""
    scale_only = painter.worldTransform().type().value <= QTransform.TransformationType.TxScale.value
    if is_raster(painter) and scale_only:
        sprite = label_sprite(label.text, label.kind, device_scale(painter))
        size = sprite.deviceIndependentSize()
        painter.drawImage(QPointF(label.x - size.width() / 2, label.y - size.height() / 2), sprite)
        return
    _draw_text_with_halo(painter, label.text, label.kind, label.x, label.y, font, metrics)


def _draw_text_with_halo(painter: QPainter, text: str, kind: LabelKind, cx: float, cy: float, font: QFont,
                         metrics: QFontMetricsF) -> None:
    baseline = cy - metrics.height() / 2 + metrics.ascent()
    halo = _halo_path(text, font, kind)
    painter.save()
    painter.translate(cx, baseline)
    pen = QPen(qt_colour(HALO_COLOUR, 0.85), HALO_WIDTH)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    painter.strokePath(halo, pen)
    painter.restore()
    painter.setFont(font)
    painter.setPen(qt_colour(LABEL_COLOUR))
    painter.drawText(QPointF(cx - metrics.horizontalAdvance(text) / 2, baseline), text)


def label_sprite(text: str, kind: LabelKind, scale: float) -> QImage:
    """The label and its halo drawn once per text and device scale (raster devices), at the same size."""
    key = (text, kind, round(scale, 3))
    sprite = _SPRITES.get(key)
    if sprite is None:
        probe = QImage(1, 1, QImage.Format.Format_ARGB32_Premultiplied)
        probe.setDotsPerMeterX(_DPM_96)
        probe.setDotsPerMeterY(_DPM_96)
        font = label_font(kind, probe)
        metrics = QFontMetricsF(font, probe)
        w, h, m = metrics.horizontalAdvance(text), metrics.height(), HALO_WIDTH
        sprite = QImage(max(1, math.ceil((w + 2 * m) * scale)), max(1, math.ceil((h + 2 * m) * scale)),
                        QImage.Format.Format_ARGB32_Premultiplied)
        sprite.setDotsPerMeterX(_DPM_96)
        sprite.setDotsPerMeterY(_DPM_96)
        sprite.fill(0)
        p = QPainter(sprite)
        p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        p.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
        p.scale(scale, scale)
        _draw_text_with_halo(p, text, kind, w / 2 + m, h / 2 + m, font, metrics)
        p.end()
        sprite.setDevicePixelRatio(scale)
        if len(_SPRITES) > 2000:
            _SPRITES.clear()
        _SPRITES[key] = sprite
    return sprite


def _halo_path(text: str, font: QFont, kind: LabelKind) -> QPainterPath:
    """The text's outline, centred horizontally on (0, baseline 0), at the label's size in painter units."""
    big = QFont(font)
    big.setPixelSize(_PATH_PX)
    path = QPainterPath()
    path.addText(QPointF(-QFontMetricsF(big).horizontalAdvance(text) / 2, 0.0), big, text)
    k = point_size(kind) * UNITS_PER_POINT / _PATH_PX
    return QTransform.fromScale(k, k).map(path)


def label_rect(label: PlacedLabel) -> QRectF:
    return QRectF(label.x - label.w / 2, label.y - label.h / 2, label.w, label.h)
