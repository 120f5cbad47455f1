"""Legend swatches: a filled square for polygons, a line for lines, a dot for points (QGIS's legend symbols).

Also the qualitative palette used for categorised styles and a cached geometry-family lookup per layer.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPen, QPixmap

from layers.model import Layer, Style, geometry_family

SWATCH_SIZE = 16

# Tableau 10 followed by ColorBrewer Set3 minus its palest entries: distinct hues, readable on a light map.
QUALITATIVE_PALETTE: tuple[str, ...] = (
    "#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f", "#edc948", "#b07aa1", "#ff9da7", "#9c755f",
    "#bab0ac", "#8dd3c7", "#bebada", "#fb8072", "#80b1d3", "#fdb462", "#b3de69", "#fccde5", "#bc80bd",
    "#ccebc5", "#ffed6f",
)
OTHER_COLOUR = "#b4b4b4"
# English: a category key stored in styles; shown as QCoreApplication.translate("swatches", OTHER_LABEL)
OTHER_LABEL = str(QT_TRANSLATE_NOOP("swatches", "(other values)"))

_family_cache: dict[int, tuple[int, str]] = {}


def layer_family(layer: Layer) -> str:
    """``point``/``line``/``polygon``/``mixed`` for the layer's current data (cached per data object)."""
    data = layer.data
    cached = _family_cache.get(layer.id)
    if cached is not None and cached[0] == id(data):
        return cached[1]
    family = geometry_family(data) if len(data) else "mixed"
    _family_cache[layer.id] = (id(data), family)
    return family


def _colour(hex_colour: str, alpha: float = 1.0) -> QColor:
    colour = QColor(hex_colour)
    if not colour.isValid():
        colour = QColor("#808080")
    colour.setAlphaF(min(max(alpha, 0.0), 1.0))
    return colour


def paint_symbol(painter: QPainter, rect: QRectF, style: Style, family: str, fill: str | None = None) -> None:
    """Draw the symbol of ``style`` for a geometry ``family`` into ``rect`` (``fill`` overrides the colour)."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setOpacity(max(style.opacity, 0.25))  # a hidden-looking swatch helps nobody; keep it legible
    fill_hex = fill or style.fill
    r = rect.adjusted(1.5, 1.5, -1.5, -1.5)
    if family == "line":
        pen = QPen(_colour(fill or style.stroke), max(1.5, min(style.width, r.height() / 3)))
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        painter.setPen(pen)
        y0, y1 = r.bottom() - r.height() * 0.25, r.top() + r.height() * 0.25
        painter.drawPolyline([QPointF(r.left(), y0), QPointF(r.center().x(), y1 + r.height() * 0.2),
                              QPointF(r.right(), y1)])
    elif family == "point":
        d = max(4.0, min(style.point_size, r.height()))
        painter.setBrush(_colour(fill_hex))
        painter.setPen(QPen(_colour(style.stroke), 1.0))
        painter.drawEllipse(r.center(), d / 2, d / 2)
    else:  # polygon, or mixed: a filled square says "area" best
        painter.setBrush(_colour(fill_hex, max(style.fill_opacity, 0.15)))
        width = style.width if style.width > 0 else 0.0
        if width > 0:
            painter.setPen(QPen(_colour(style.stroke), min(max(width, 1.0), 2.5)))
        else:
            painter.setPen(Qt.PenStyle.NoPen)
        painter.drawRect(r)
    painter.restore()


def swatch_pixmap(style: Style, family: str, size: int = SWATCH_SIZE, fill: str | None = None) -> QPixmap:
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    paint_symbol(painter, QRectF(0, 0, size, size), style, family, fill)
    painter.end()
    return pixmap


def swatch_icon(style: Style, family: str, fill: str | None = None) -> QIcon:
    return QIcon(swatch_pixmap(style, family, SWATCH_SIZE, fill))


def colour_button_icon(hex_colour: str, size: int = 14) -> QIcon:
    pixmap = QPixmap(size, size)
    pixmap.fill(_colour(hex_colour))
    return QIcon(pixmap)
