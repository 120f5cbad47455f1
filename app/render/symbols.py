"""Legend swatches drawn by the map's own drawing code: the same fill, stroke, widths, opacity and point symbol.

A page's legend used to draw its own rectangles, lines and dots with its own rules (a fixed outline, no layer
opacity, a dot of another size), so a swatch could differ from what the map shows.  :func:`paint_swatch` draws
a :class:`~layers.export.legend.LegendItem` through :func:`app.render.strokes.draw_path` (areas and lines, as
the map strokes and fills them, translucent fills over the land colour as on the map) and
:func:`app.render.points.vector_points` (the map's point symbol), in the map's units (screen pixels).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np
from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QBrush, QPainter, QPainterPath

from app.qt_compat import protect_none_refcount
from app.render.points import vector_points
from app.render.strokes import area_brush, draw_path, line_width, qt_colour
from app.render.view import ViewTransform
from layers.model import Style

protect_none_refcount()  # PySide6 6.12 on Python 3.11: see app/qt_compat.py

if TYPE_CHECKING:
    from layers.export.legend import LegendItem

LAND_COLOUR = "#f7f5ef"  # the base map's land (app.render.painter): what translucent areas are seen over


def item_style(item: LegendItem) -> Style:
    """The style the map draws ``item`` with."""
    return Style(fill=item.fill, stroke=item.stroke, width=item.width, point_size=item.point_size,
                 opacity=item.opacity, fill_opacity=item.fill_opacity)


def paint_swatch(painter: QPainter, rect: QRectF, item: LegendItem, over: tuple[LegendItem, ...] = ()) -> None:
    """Draw ``item``'s symbol in ``rect`` (painter units = the map's screen pixels) as the map draws it; ``over``:
    translucent area items the map draws on top of this one (e.g. coverage gaps over a failing municipality),
    shown over the swatch's right half."""
    style = item_style(item)
    # the swatch's own frame: world y up, one world unit per painter unit, so the map's pens apply unchanged
    view = ViewTransform((0.0, 0.0, rect.width(), rect.height()), rect.left(), rect.top(), 1.0)
    w, h = rect.width(), rect.height()
    painter.save()
    try:
        if item.family == "line":
            painter.setOpacity(max(0.0, min(1.0, style.opacity)))
            path = QPainterPath(QPointF(1.0, h * 0.3))
            path.lineTo(w * 0.5, h * 0.6)
            path.lineTo(w - 1.0, h * 0.7)
            draw_path(painter, view, path, qt_colour(item.fill), line_width(style), QBrush())
        elif item.family == "point":
            painter.setOpacity(max(0.0, min(1.0, style.opacity)))
            size = min(style.point_size, h)
            vector_points(painter, np.array([[rect.center().x(), rect.center().y()]]), item.fill,
                          Style(fill=style.fill, stroke=style.stroke, width=style.width, point_size=size,
                                fill_opacity=style.fill_opacity))
        else:
            area = QPainterPath()
            area.addRect(QRectF(0.5, 0.5, w - 1.0, h - 1.0))
            painter.fillRect(rect, qt_colour(LAND_COLOUR))
            painter.setOpacity(max(0.0, min(1.0, style.opacity)))
            draw_path(painter, view, area, qt_colour(style.stroke), style.width, area_brush(item.fill, style))
            for top in over:
                half = QPainterPath()
                half.addRect(QRectF(w / 2, 0.5, w / 2 - 0.5, h - 1.0))
                top_style = item_style(top)
                painter.setOpacity(max(0.0, min(1.0, top_style.opacity)))
                draw_path(painter, view, half, qt_colour(top_style.stroke), 0.0, area_brush(top.fill, top_style))
    finally:
        painter.restore()
