"""What is drawn over a map: the scale bar and the north arrow (one painting for the canvas and for the printed
page) and the canvas's distance measurement.

The canvas works in screen pixels and the page in the device pixels of a PNG, PDF or SVG (``mm * dpi / 25.4``);
both used to carry their own copy of the drawing.  Here the drawing is written once and every size comes in a
*look* (:class:`ScaleBarLook`, :class:`NorthArrowLook`) in the units of the painter's device: the canvas passes
fixed pixel sizes, the page derives its sizes from millimetres and its font metrics.  The round length, its label
and the segment count come from :mod:`layers.scale`.  The measurement is drawn only on screen, from points the
canvas has already put in widget pixels.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPainter, QPainterPath, QPen, QPolygonF

from app.qt_compat import protect_none_refcount

protect_none_refcount()  # PySide6 6.12 on Python 3.11: see app/qt_compat.py


@dataclass(frozen=True)
class ScaleBarLook:
    """Sizes (in device units) and colours of a scale bar in its white box.

    From the top the box holds: ``pad_top``, the label line, ``label_gap``, the bar, then (with a scale text)
    ``scale_gap`` and the scale line, and ``pad_bottom``.  ``end_labels`` puts "0" above the left end and the
    length above the right end (as on printed maps); otherwise the length is centred above the bar."""

    pad_x: float
    pad_top: float
    pad_bottom: float
    label_gap: float
    scale_gap: float
    bar_height: float
    outline: float  # pen width of the segments
    corner: float  # radius of the box's corners
    box_alpha: int  # 0-255: how much of the map shows through the box
    ink: str = "#222222"
    muted: str = "#555b63"  # the scale line ("Scale 1:N")
    end_labels: bool = False


@dataclass(frozen=True)
class NorthArrowLook:
    """Sizes (in device units, offsets from the box's top) and colours of a north arrow in its white box.

    The arrow is two triangles from ``tip`` down to ``base``, ``half_width`` to each side, meeting ``notch`` above
    the base; "N" sits on ``letter_baseline``.  ``letter_as_path`` draws the letter as an outline (crisp at any
    screen scale); otherwise as text, so that a PDF or SVG keeps real, searchable text."""

    width: float
    height: float
    letter_baseline: float
    tip: float
    base: float
    notch: float
    half_width: float
    outline: float
    corner: float
    box_alpha: int
    ink: str = "#222222"
    letter_as_path: bool = False


def paint_scale_bar(painter: QPainter, bottom_left: QPointF, length: float, segments: int, label: str,
                    font: QFont, metrics: QFontMetricsF, look: ScaleBarLook, scale_text: str = "") -> QRectF:
    """Draw a scale bar ``length`` device units long in ``segments`` alternating black and white parts, in a box
    whose bottom-left corner is ``bottom_left``; return the box.  ``metrics`` must be those of ``font`` on the
    painter's device (a PDF's metrics differ from the screen's)."""
    label_w = metrics.horizontalAdvance(label)
    zero_w = metrics.horizontalAdvance("0") if look.end_labels else 0.0
    if look.end_labels:
        box_w = length + 2 * look.pad_x + label_w / 2 + zero_w / 2
    else:
        box_w = max(length, label_w) + 2 * look.pad_x
    scale_h = look.scale_gap + metrics.height() if scale_text else 0.0
    box_h = look.pad_top + metrics.height() + look.label_gap + look.bar_height + scale_h + look.pad_bottom
    box = QRectF(bottom_left.x(), bottom_left.y() - box_h, box_w, box_h)
    bar_x = box.x() + look.pad_x + zero_w / 2
    bar_top = box.y() + look.pad_top + metrics.height() + look.label_gap
    ink = QColor(look.ink)
    painter.save()
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(255, 255, 255, look.box_alpha))
    painter.drawRoundedRect(box, look.corner, look.corner)
    segment = length / segments
    painter.setPen(QPen(ink, look.outline))
    for i in range(segments):  # alternating black and white segments, like a printed map
        painter.setBrush(ink if i % 2 == 0 else QColor("#ffffff"))
        painter.drawRect(QRectF(bar_x + i * segment, bar_top, segment, look.bar_height))
    painter.setFont(font)
    painter.setPen(ink)
    baseline = bar_top - look.label_gap - metrics.descent()
    if look.end_labels:
        painter.drawText(QPointF(bar_x - zero_w / 2, baseline), "0")
        painter.drawText(QPointF(bar_x + length - label_w / 2, baseline), label)
    else:
        painter.drawText(QPointF(bar_x + length / 2 - label_w / 2, baseline), label)
    if scale_text:
        painter.setPen(QColor(look.muted))
        painter.drawText(QPointF(bar_x, bar_top + look.bar_height + look.scale_gap + metrics.ascent()), scale_text)
    painter.restore()
    return box


def paint_north_arrow(painter: QPainter, top_right: QPointF, font: QFont, metrics: QFontMetricsF,
                      look: NorthArrowLook) -> QRectF:
    """Draw "N" over a half-black, half-white arrow pointing up (the maps are in EPSG:3067, where grid north is
    up) in a box whose top-right corner is ``top_right``; return the box."""
    box = QRectF(top_right.x() - look.width, top_right.y(), look.width, look.height)
    cx, top = box.center().x(), box.y()
    ink = QColor(look.ink)
    painter.save()
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(255, 255, 255, look.box_alpha))
    painter.drawRoundedRect(box, look.corner, look.corner)
    tip = QPointF(cx, top + look.tip)
    base_y = top + look.base
    notch = QPointF(cx, base_y - look.notch)
    painter.setPen(QPen(ink, look.outline))
    painter.setBrush(ink)
    painter.drawPolygon(QPolygonF([tip, QPointF(cx - look.half_width, base_y), notch]))
    painter.setBrush(QColor("#ffffff"))
    painter.drawPolygon(QPolygonF([tip, QPointF(cx + look.half_width, base_y), notch]))
    letter = QPointF(cx - metrics.horizontalAdvance("N") / 2, top + look.letter_baseline)
    if look.letter_as_path:
        path = QPainterPath()
        path.addText(letter, font, "N")
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QBrush(ink))
        painter.drawPath(path)
    else:
        painter.setFont(font)
        painter.setPen(ink)
        painter.drawText(letter, "N")
    painter.restore()
    return box


MEASURE_INK = "#c92a2a"


def paint_measurement(painter: QPainter, points: list[QPointF], clicked: int, label: str, font: QFont,
                      view_width: float) -> None:
    """Draw a measured line through ``points`` (device units; after the ``clicked`` ones the last may follow the
    cursor) as a red dashed line on a white casing, a dot at each clicked point and, with two points or more,
    ``label`` in a box at the end, moved left of it or below it where it would leave a view ``view_width``
    wide."""
    if not points:
        return
    painter.save()
    line = QPolygonF(points)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.setPen(QPen(QColor(255, 255, 255, 220), 5, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap,
                        Qt.PenJoinStyle.RoundJoin))
    painter.drawPolyline(line)
    painter.setPen(QPen(QColor(MEASURE_INK), 2, Qt.PenStyle.DashLine, Qt.PenCapStyle.RoundCap,
                        Qt.PenJoinStyle.RoundJoin))
    painter.drawPolyline(line)
    painter.setPen(QPen(QColor(MEASURE_INK), 1.5))
    painter.setBrush(QColor("#ffffff"))
    for p in points[:clicked]:
        painter.drawEllipse(p, 3.5, 3.5)
    if len(points) >= 2 and label:
        metrics = QFontMetricsF(font)
        end = points[-1]
        box = QRectF(end.x() + 10, end.y() - metrics.height() - 6, metrics.horizontalAdvance(label) + 10,
                     metrics.height() + 4)
        if box.right() > view_width - 4:  # keep the label on screen: put it left of the point
            box.moveRight(end.x() - 10)
        if box.top() < 4:
            box.moveTop(end.y() + 6)
        painter.setPen(QPen(QColor(MEASURE_INK), 1))
        painter.setBrush(QColor(255, 255, 255, 230))
        painter.drawRoundedRect(box, 3, 3)
        painter.setFont(font)
        painter.setPen(QColor(MEASURE_INK))
        painter.drawText(box, int(Qt.AlignmentFlag.AlignCenter), label)
    painter.restore()
