"""The painter's parts on their own: view culling, pens and strokes per device, point stamps, label placement."""

from __future__ import annotations

import numpy as np
import pytest

pytestmark = pytest.mark.gui


def _image(w: int = 200, h: int = 100):
    from PySide6.QtGui import QImage

    image = QImage(w, h, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(0)
    return image


def test_in_view_culls_boxes_outside_the_margin():
    from PySide6.QtCore import QRectF

    from app.render.view import ViewTransform, in_view

    view = ViewTransform.fit((0.0, 0.0, 1000.0, 500.0), QRectF(0, 0, 200, 100))  # 5 m per unit
    assert in_view((100.0, 100.0, 200.0, 200.0), view, 0.0)
    assert not in_view((1010.0, 0.0, 1020.0, 10.0), view, 0.0)  # 10 m right of the view
    assert in_view((1010.0, 0.0, 1020.0, 10.0), view, 3.0)  # a 3-unit stroke margin reaches 15 m out


def test_pens_are_cosmetic_on_raster_and_in_world_units_on_vector_devices(qapp):
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QColor, QPainter, QPicture

    from app.render.strokes import device_scale, is_raster, pen_for
    from app.render.view import ViewTransform

    view = ViewTransform.fit((0.0, 0.0, 1000.0, 500.0), QRectF(0, 0, 200, 100))  # 0.2 units per metre
    image = _image()
    p = QPainter(image)
    p.scale(2.0, 2.0)
    assert is_raster(p) and device_scale(p) == pytest.approx(2.0)
    pen = pen_for(p, QColor("#ff0000"), 1.5, view)
    assert pen.isCosmetic() and pen.widthF() == pytest.approx(3.0)  # device pixels
    assert pen_for(p, QColor("#ff0000"), 0.0, view).style().name == "NoPen"
    p.end()
    picture = QPicture()
    p = QPainter(picture)
    assert not is_raster(p)
    pen = pen_for(p, QColor("#ff0000"), 1.5, view)
    assert not pen.isCosmetic() and pen.widthF() == pytest.approx(1.5 / 0.2)  # metres, drawn through the view
    p.end()


def test_hairline_offsets_only_for_opaque_mid_width_lines_on_raster(qapp):
    from PySide6.QtGui import QColor, QPainter, QPicture

    from app.render.strokes import hairline_offsets

    image = _image()
    p = QPainter(image)
    opaque = QColor("#123456")
    assert hairline_offsets(p, opaque, 1.0) is None  # a hairline already
    assert hairline_offsets(p, opaque, 5.0) is None  # too thick to fake
    assert len(hairline_offsets(p, opaque, 2.0) or []) == 4
    assert len(hairline_offsets(p, opaque, 3.0) or []) == 8
    assert len(hairline_offsets(p, opaque, 4.0) or []) == 12
    translucent = QColor(opaque)
    translucent.setAlpha(128)
    assert hairline_offsets(p, translucent, 2.0) is None  # overlapping passes would darken it
    p.setOpacity(0.5)
    assert hairline_offsets(p, opaque, 2.0) is None
    p.end()
    picture = QPicture()
    p = QPainter(picture)
    assert hairline_offsets(p, opaque, 2.0) is None  # vector devices get the exact stroke
    p.end()


def test_qt_colour_falls_back_to_grey_and_clamps_alpha():
    from app.render.strokes import qt_colour

    assert qt_colour("not a colour").name() == "#888888"
    assert qt_colour("#ff0000", 3.0).alphaF() == pytest.approx(1.0)
    assert qt_colour("#ff0000", -1.0).alpha() == 0


def test_symbol_stamp_is_odd_sized_cached_and_filled_in_the_middle(qapp):
    from app.render.points import symbol_stamp

    stamp = symbol_stamp(9.0, 1.0, "#ff0000", "#000000", 1.0)
    assert stamp.shape[0] == stamp.shape[1] and stamp.shape[0] % 2 == 1
    assert symbol_stamp(9.0, 1.0, "#ff0000", "#000000", 1.0) is stamp
    centre = int(stamp[stamp.shape[0] // 2, stamp.shape[1] // 2])
    assert centre == 0xFFFF0000, "the centre is the opaque fill"
    assert int(stamp[0, 0]) == 0, "the corners stay transparent"


def test_outline_width_never_swamps_the_symbol():
    from app.render.points import outline_width
    from layers.model import Style

    assert outline_width(Style(width=4.0, point_size=12.0)) == pytest.approx(1.5)
    assert outline_width(Style(width=4.0, point_size=2.0)) == pytest.approx(0.5)
    assert outline_width(Style(width=0.0, point_size=12.0)) == 0.0


def test_labels_are_drawn_where_they_are_placed(qapp, document):
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QPainter

    from app.render.labels import MapLabels
    from app.render.painter import MapPainter
    from app.render.view import ViewTransform

    painter = MapPainter(document)
    target = QRectF(0, 0, 800, 500)
    view = ViewTransform.fit(document.region_extent(), target)
    image = _image(800, 500)
    p = QPainter(image)
    placed = MapLabels().paint(p, target, view, [document.region_layer], painter.geometry)
    p.end()
    assert len(placed) == 26, "every municipality is named"
    px = np.frombuffer(image.constBits(), dtype=np.uint32, count=500 * image.bytesPerLine() // 4).reshape(500, -1)
    rgb = px[:, :800] & 0xFFFFFF
    dark = (((rgb >> 16) & 255) < 90) & (((rgb >> 8) & 255) < 90) & ((rgb & 255) < 90) & ((px[:, :800] >> 24) > 200)
    for label in placed:  # the text's ink lies inside its box
        x0, y0, x1, y1 = (round(v) for v in label.box)
        assert dark[max(y0, 0):y1, max(x0, 0):x1].sum() > 10, label.text
    assert dark.sum() < sum(lab.w * lab.h for lab in placed), "no ink outside the label boxes"


def test_layer_labels_are_cached_until_the_layer_is_invalidated(qapp, document, monkeypatch):
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QPainter

    import app.render.labels as labels_module
    from app.render.painter import MapPainter
    from app.render.view import ViewTransform

    calls: list[str] = []
    real = labels_module.area_labels

    def counting(layer):
        calls.append(layer.name)
        return real(layer)

    labels = labels_module.MapLabels()
    painter = MapPainter(document)
    region = document.region_layer
    target = QRectF(0, 0, 800, 500)
    view = ViewTransform.fit(document.region_extent(), target)
    image = _image(800, 500)
    monkeypatch.setattr(labels_module, "area_labels", counting)
    p = QPainter(image)
    for _ in range(2):
        placed = labels.paint(p, target, view, [region], painter.geometry)
        assert len(placed) > 5, "the municipalities are labelled"
    assert calls == [region.name], "anchors are computed once"
    labels.invalidate(region)
    labels.paint(p, target, view, [region], painter.geometry)
    p.end()
    assert calls == [region.name, region.name]
