"""app.render.overlays: the scale bar and north arrow painting shared by the canvas and the printed page."""

from __future__ import annotations

import numpy as np
import pytest

pytestmark = pytest.mark.gui

WHITE = (255, 255, 255)


def _canvas_image(width: int = 400, height: int = 120):
    from PySide6.QtGui import QColor, QImage

    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor("#3070b0"))  # a blue "sea", so the white box shows
    return image


def _rgb(image) -> np.ndarray:
    from PySide6.QtGui import QImage

    rgba = image.convertToFormat(QImage.Format.Format_RGBA8888)
    arr = np.frombuffer(rgba.constBits(), np.uint8, count=rgba.height() * rgba.bytesPerLine())
    return arr.reshape(rgba.height(), rgba.bytesPerLine() // 4, 4)[: rgba.height(), : rgba.width(), :3].copy()


def _paint(image, fn, *args, **kwargs):
    from PySide6.QtGui import QPainter

    p = QPainter(image)
    try:
        return fn(p, *args, **kwargs)
    finally:
        p.end()


def _font(pt: float = 8.0, bold: bool = False):
    from PySide6.QtGui import QFont, QFontMetricsF

    font = QFont("DejaVu Sans")
    font.setPointSizeF(pt)
    font.setBold(bold)
    return font, QFontMetricsF(font)


def test_scale_bar_box_and_alternating_segments(qapp) -> None:
    from PySide6.QtCore import QPointF

    from app.map.canvas import SCALE_BAR_LOOK
    from app.render.overlays import paint_scale_bar

    image = _canvas_image()
    font, fm = _font()
    box = _paint(image, paint_scale_bar, QPointF(10, 110), 200.0, 4, "20 km", font, fm, SCALE_BAR_LOOK)
    look = SCALE_BAR_LOOK
    assert box.left() == 10 and box.bottom() == pytest.approx(110)
    assert box.width() == pytest.approx(200 + 2 * look.pad_x)
    assert box.height() == pytest.approx(look.pad_top + fm.height() + look.label_gap + look.bar_height
                                         + look.pad_bottom)
    px = _rgb(image)
    bar_y = round(110 - look.pad_bottom - look.bar_height / 2)
    bar_x = 10 + look.pad_x
    centres = [round(bar_x + 25 + 50 * i) for i in range(4)]
    dark = [px[bar_y, x].max() < 80 for x in centres]
    assert dark == [True, False, True, False]  # black, white, black, white
    assert tuple(px[bar_y, centres[1]]) == WHITE
    assert tuple(px[5, 5]) != WHITE  # outside the box the map shows


def test_end_labels_and_scale_line_grow_the_box(qapp) -> None:
    from PySide6.QtCore import QPointF

    from app.render.overlays import ScaleBarLook, paint_scale_bar

    font, fm = _font(7)
    centred = ScaleBarLook(pad_x=6, pad_top=4, pad_bottom=4, label_gap=2, scale_gap=3, bar_height=5, outline=1,
                           corner=2, box_alpha=225)
    ends = ScaleBarLook(**{**centred.__dict__, "end_labels": True})
    plain = _paint(_canvas_image(), paint_scale_bar, QPointF(10, 110), 150.0, 5, "50 km", font, fm, centred)
    labelled = _paint(_canvas_image(), paint_scale_bar, QPointF(10, 110), 150.0, 5, "50 km", font, fm, ends,
                      "Scale 1:1 200 000")
    assert labelled.width() == pytest.approx(150 + 12 + fm.horizontalAdvance("50 km") / 2
                                             + fm.horizontalAdvance("0") / 2)
    assert labelled.height() == pytest.approx(plain.height() + 3 + fm.height())


def test_north_arrow_is_dark_on_the_left_and_light_on_the_right(qapp) -> None:
    from PySide6.QtCore import QPointF

    from app.map.canvas import NORTH_ARROW_LOOK
    from app.render.overlays import paint_north_arrow

    image = _canvas_image(200, 120)
    font, fm = _font(9, bold=True)
    box = _paint(image, paint_north_arrow, QPointF(190, 10), font, fm, NORTH_ARROW_LOOK)
    assert (box.right(), box.top(), box.width(), box.height()) == (190, 10, 32, 50)
    px = _rgb(image)
    cx = round(box.center().x())
    y = round(box.top() + NORTH_ARROW_LOOK.base - NORTH_ARROW_LOOK.notch - 4)  # inside both triangles
    assert px[y, cx - 3].max() < 80  # the left half of the arrow is filled with ink
    assert px[y, cx + 3].min() > 200  # the right half is white
    letter = px[round(box.top() + 4):round(box.top() + NORTH_ARROW_LOOK.letter_baseline), cx - 5:cx + 6]
    assert letter.min() < 80  # the "N" is drawn above the arrow


@pytest.mark.parametrize("as_path", [True, False])
def test_north_arrow_letter_as_text_or_outline_looks_alike(qapp, as_path: bool) -> None:
    from PySide6.QtCore import QPointF

    from app.map.canvas import NORTH_ARROW_LOOK
    from app.render.overlays import NorthArrowLook, paint_north_arrow

    look = NorthArrowLook(**{**NORTH_ARROW_LOOK.__dict__, "letter_as_path": as_path})
    image = _canvas_image(200, 120)
    font, fm = _font(9, bold=True)
    box = _paint(image, paint_north_arrow, QPointF(190, 10), font, fm, look)
    px = _rgb(image)
    cx = round(box.center().x())
    ink = (px[round(box.top()) + 2:round(box.top() + look.letter_baseline) + 1, cx - 6:cx + 7].max(axis=2) < 100)
    assert 10 < ink.sum() < 150  # a letter's worth of ink either way


def _red(image) -> np.ndarray:
    rgb = _rgb(image).astype(int)
    return (rgb[..., 0] > 150) & (rgb[..., 1] < 90) & (rgb[..., 2] < 90)


def test_measurement_line_dots_and_label_stay_on_the_view(qapp) -> None:
    from PySide6.QtCore import QPointF

    from app.render.overlays import paint_measurement

    font, fm = _font(9, bold=True)
    image = _canvas_image(400, 120)
    # Two clicked points and a third that follows the cursor, ending near the right edge: the label goes left.
    points = [QPointF(20, 100), QPointF(200, 100), QPointF(390, 60)]
    _paint(image, paint_measurement, points, 2, "12.3 km", font, 400)
    red = _red(image)
    assert red[95:106, 15:26].any() and red[95:106, 195:206].any(), "no dot at a clicked point"
    assert red[:, 100:110].any(), "the dashed line between the clicked points is missing"
    label_w = fm.horizontalAdvance("12.3 km") + 10
    assert red[30:58, int(390 - 10 - label_w):380].any(), "the label belongs left of the last point"
    assert not red[:, 392:].any(), "nothing may be drawn right of the last point at the view's edge"
    near_top = _canvas_image(400, 120)
    _paint(near_top, paint_measurement, [QPointF(20, 5), QPointF(100, 5)], 2, "1 km", font, 400)
    assert _red(near_top)[11:40, 110:160].any(), "near the top the label moves below the point"


def test_measurement_without_points_draws_nothing_and_one_point_has_no_label(qapp) -> None:
    from PySide6.QtCore import QPointF

    from app.render.overlays import paint_measurement

    font, _fm = _font(9, bold=True)
    image = _canvas_image()
    before = _rgb(image)
    _paint(image, paint_measurement, [], 0, "", font, 400)
    assert (_rgb(image) == before).all()
    _paint(image, paint_measurement, [QPointF(50, 50)], 1, "ignored", font, 400)
    red = _red(image)
    assert red[45:56, 45:56].any() and not red[:, 60:].any(), "one point: a dot, no line and no label"
