"""Colours and pens from style values, and the stroke of a world-coordinate path onto any paint device.

The one place that knows how a width in pixels becomes a QPen on each kind of device: a cosmetic pen in device
pixels on raster devices (Qt's fast stroker), a pen in world units on vector devices (PDF, SVG), and on raster
devices the hairline shortcut that draws a thick busy line as a few shifted hairlines.  The layer bodies, the
base map and the highlights all stroke through :func:`draw_path`.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QPaintEngine, QPainter, QPainterPath, QPen

from app.qt_compat import protect_none_refcount
from app.render.view import ViewTransform

if TYPE_CHECKING:
    from layers.model import Style

protect_none_refcount()  # PySide6 6.12 on Python 3.11: see app/qt_compat.py


def qt_colour(value: str, alpha: float = 1.0) -> QColor:
    """``value`` (a colour name or #hex) with ``alpha`` clamped to 0..1; grey when ``value`` is no colour."""
    c = QColor(value)
    if not c.isValid():
        c = QColor("#888888")
    c.setAlphaF(max(0.0, min(1.0, alpha)))
    return c


def area_brush(colour: str, style: Style) -> QBrush:
    """How an area of ``style`` is filled in ``colour`` (its own or its category's): none at fill opacity 0."""
    return QBrush(qt_colour(colour, style.fill_opacity)) if style.fill_opacity > 0 else QBrush()


def line_width(style: Style) -> float:
    """The width a line of ``style`` is drawn with (never thinner than half a pixel)."""
    return max(style.width, 0.5)


def is_raster(painter: QPainter) -> bool:
    engine = painter.paintEngine()
    return engine is not None and engine.type() == QPaintEngine.Type.Raster


def device_scale(painter: QPainter) -> float:
    """Device pixels per painter unit (2 on a hi-dpi pixmap, the page's dots per unit when exporting)."""
    t = painter.deviceTransform()
    return math.sqrt(abs(t.determinant())) or 1.0


def pen_for(painter: QPainter, stroke: QColor, width: float, view: ViewTransform) -> QPen:
    """A round-joined pen ``width`` painter units wide for a path drawn through ``view.qtransform()``."""
    if width <= 0:
        return QPen(Qt.PenStyle.NoPen)
    pen = QPen(stroke)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    if is_raster(painter):
        pen.setCosmetic(True)  # fast cosmetic stroker; width in device pixels
        pen.setWidthF(width * device_scale(painter))
    else:
        pen.setWidthF(width / view.scale)  # in world units: exact on vector devices
    return pen


def draw_path(painter: QPainter, view: ViewTransform, path: QPainterPath, stroke: QColor, width: float,
              brush: QBrush) -> None:
    """Fill ``path`` (world coordinates) with ``brush`` and outline it ``width`` painter units wide."""
    if path.isEmpty():
        return
    offsets = hairline_offsets(painter, stroke, width)
    if offsets is None:
        pen = pen_for(painter, stroke, width, view)
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
    scale = device_scale(painter)
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


def hairline_offsets(painter: QPainter, stroke: QColor, width: float) -> list[tuple[float, float]] | None:
    """Device-pixel offsets that emulate a ``width`` stroke with hairlines, or None to stroke normally."""
    device_width = width * device_scale(painter)
    if not (1.25 < device_width <= 4.5) or not is_raster(painter):
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
