"""Point symbols: stamped with numpy on raster devices, drawn as vector circles on PDF and SVG.

A point layer can hold 100,000 stops; one ``drawEllipse`` per point costs a frame budget several times over.  On
raster devices (with no rotation) an antialiased symbol is rendered once per style and copied into an image at
every point with numpy, and the image is drawn once.  Vector devices get real circles so that a printed page stays
sharp at any zoom.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

import numpy as np
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QImage, QPainter, QPainterPath, QPen, QTransform

from app.qt_compat import protect_none_refcount
from app.render.strokes import is_raster, qt_colour

protect_none_refcount()  # PySide6 6.12 on Python 3.11: see app/qt_compat.py

if TYPE_CHECKING:
    from app.render.geometry_cache import LayerGeometry
    from app.render.view import ViewTransform
    from layers.model import Style

_STAMPS: dict[tuple, np.ndarray] = {}


def paint_points(painter: QPainter, target: QRectF, view: ViewTransform, geom: LayerGeometry, style: Style) -> None:
    """Draw the points of ``geom`` that fall in ``target``, one colour group at a time (categories)."""
    xy = view.to_target_array(geom.point_coords)
    r = style.point_size / 2 + style.width
    inside = ((xy[:, 0] >= target.left() - r) & (xy[:, 0] <= target.right() + r)
              & (xy[:, 1] >= target.top() - r) & (xy[:, 1] <= target.bottom() + r))
    if not inside.any():
        return
    xy, rows = xy[inside], geom.point_rows[inside]
    if style.colour_field:
        colours = geom.row_colours(style, style.fill)
        row_colours = colours[rows] if len(colours) else np.empty(0, dtype=object)
        groups = [c for c in dict.fromkeys(colours.tolist()) if (row_colours == c).any()]
    else:
        row_colours, groups = np.empty(0, dtype=object), [style.fill]
    scale_only = painter.worldTransform().type().value <= QTransform.TransformationType.TxScale.value
    raster = is_raster(painter) and scale_only
    for colour in groups:
        pts = xy if len(groups) == 1 else xy[row_colours == colour]
        if raster:
            _stamp_points(painter, target, pts, colour, style)
        else:
            vector_points(painter, pts, colour, style)


def outline_width(style: Style) -> float:
    """The symbol's outline: the style's width, but never more than a quarter of the symbol or 1.5 px."""
    return max(0.0, min(style.width, style.point_size / 4, 1.5))


def vector_points(painter: QPainter, pts: np.ndarray, colour: str, style: Style) -> None:
    radius = style.point_size / 2
    path = QPainterPath()
    for x, y in pts.tolist():
        path.addEllipse(QPointF(x, y), radius, radius)
    outline = outline_width(style)
    painter.save()
    painter.setPen(QPen(qt_colour(style.stroke), outline) if outline > 0 else QPen(Qt.PenStyle.NoPen))
    painter.setBrush(QBrush(qt_colour(colour, style.fill_opacity if style.fill_opacity > 0 else 1.0)))
    painter.drawPath(path)
    painter.restore()


def _stamp_points(painter: QPainter, target: QRectF, pts: np.ndarray, colour: str, style: Style) -> None:
    """Stamp an antialiased symbol at each point into an image with numpy, then draw the image once."""
    world = painter.worldTransform()
    dpr = painter.device().devicePixelRatioF() if painter.device() is not None else 1.0
    box = world.mapRect(target)
    sx = world.m11() * dpr
    width, height = max(1, math.ceil(box.width() * dpr)), max(1, math.ceil(box.height() * dpr))
    px = np.rint((world.dx() + pts[:, 0] * world.m11() - box.left()) * dpr).astype(np.int64)
    py = np.rint((world.dy() + pts[:, 1] * world.m22() - box.top()) * dpr).astype(np.int64)
    stamp = symbol_stamp(style.point_size * abs(sx), outline_width(style) * abs(sx), colour, style.stroke,
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
    del img_arr


def symbol_stamp(size: float, outline: float, fill: str, stroke: str, fill_alpha: float) -> np.ndarray:
    """A premultiplied ARGB32 circle symbol as a square uint32 array of odd side (cached per look)."""
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
    p.setPen(QPen(qt_colour(stroke), outline) if outline > 0 else QPen(Qt.PenStyle.NoPen))
    p.setBrush(QBrush(qt_colour(fill, fill_alpha)))
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
