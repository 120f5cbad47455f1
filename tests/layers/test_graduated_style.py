"""Graduated styles as the layer model keeps them: per-feature colours (one rule for canvas, pages and HTML), legend
entries, the HTML map's class index, projects (saved, reopened, a tampered one repaired) and the QML export."""

from __future__ import annotations

import itertools
import json
import sqlite3
import xml.etree.ElementTree as ET

import geopandas as gpd
import numpy as np
import pytest
from shapely.geometry import Point, box

from layers.classify import RAMPS, class_colours, class_indices, classify, style_classes
from layers.model import Layer, LayerKind, Style

POPULATION = [12, 23, 213, 1_500, 4_000, 9_000, 40_000, 120_000]


@pytest.fixture()
def graduated_layer() -> Layer:
    gdf = gpd.GeoDataFrame({"name": [f"cell {i}" for i in range(len(POPULATION))], "asukkaat": POPULATION},
                           geometry=[box(380_000 + 1000 * i, 6_670_000, 380_900 + 1000 * i, 6_670_900)
                                     for i in range(len(POPULATION))], crs=3067)
    style = Style(graduated_field="asukkaat", classes=style_classes(gdf["asukkaat"], 4, "jenks", "greens"),
                  graduated_method="jenks", graduated_ramp="greens")
    return Layer(gdf, "Population", kind=LayerKind.POPULATION, style=style)


def test_class_colours_follow_the_bounds_upper_inclusive() -> None:
    classes = ((0.0, 10.0, "#000001"), (10.0, 100.0, "#000002"), (100.0, 1000.0, "#000003"))
    values = [0, 10, 10.5, 100, 1000, 1001, -1, None, "x", float("nan"), True]
    assert class_indices(values, classes).tolist() == [0, 0, 1, 1, 2, -1, -1, -1, -1, -1, -1]
    assert class_colours([5, 500, "x"], classes, "#ffffff").tolist() == ["#000001", "#000003", "#ffffff"]
    style = Style(graduated_field="v", classes=classes)
    assert style.graduated and style.colour_field == "v" and style.colour_for(50) == "#000002"
    assert style.legend_classes() == (("0 – 10", "#000001"), ("10 – 100", "#000002"), ("100 – 1\u202f000", "#000003"))
    assert Style(graduated_field="v").colour_field is None  # a field without classes is a single colour


def test_style_classes_use_the_method_and_the_ramp() -> None:
    classes = style_classes(POPULATION, 3, "equal_interval", "blues")
    bounds = classify(POPULATION, 3, "equal_interval")
    assert [(lo, hi) for lo, hi, _c in classes] == list(itertools.pairwise(bounds))
    assert classes[0][2] == RAMPS["blues"][0] and classes[-1][2] == RAMPS["blues"][-1]


def test_legend_lists_the_classes_under_the_layer(graduated_layer) -> None:
    from layers.export.legend import legend_entries

    (entry,) = legend_entries([graduated_layer])
    assert entry.categorised and entry.layer_name == "Population"
    assert [i.label for i in entry.items] == [label for label, _c in graduated_layer.style.legend_classes()]
    assert [i.fill for i in entry.items] == [c for _lo, _hi, c in graduated_layer.style.classes]
    assert len(entry.items) == 4


def test_html_map_colours_each_feature_by_its_class(document, graduated_layer) -> None:
    from layers.export.html_map import HtmlOptions, build_page

    document.layers.append(graduated_layer)
    parts, _ = build_page(document, HtmlOptions())
    spec = next(s for s in parts.data["layers"] if s["name"] == "Population")
    assert spec["colours"] == [c for _lo, _hi, c in graduated_layer.style.classes]
    ks = [f["properties"]["k"] for f in spec["features"]["features"]]
    assert ks == class_indices(POPULATION, graduated_layer.style.classes).tolist()
    assert ks[0] == 0 and ks[-1] == 3
    for label, _colour in graduated_layer.style.legend_classes():
        assert f"</span>{label}</div>" in parts.legend_html


def test_project_keeps_the_graduated_style_and_qgis_gets_graduated_symbols(document, graduated_layer,
                                                                           tmp_path) -> None:
    from layers.project import load_project, save_project

    document.layers.append(graduated_layer)
    path = save_project(document, tmp_path / "g.gpkg")
    loaded = load_project(path).layers.by_name("Population")
    assert loaded is not None and loaded.style == graduated_layer.style
    con = sqlite3.connect(path)
    try:
        (qml,) = con.execute("SELECT styleQML FROM layer_styles WHERE styleName = 'Population'").fetchone()
    finally:
        con.close()
    renderer = ET.fromstring(qml.split("\n", 1)[1]).find("renderer-v2")
    assert renderer is not None and renderer.get("type") == "graduatedSymbol" and renderer.get("attr") == "asukkaat"
    ranges = renderer.findall("ranges/range")
    assert [(float(r.get("lower")), float(r.get("upper"))) for r in ranges] == [
        (lo, hi) for lo, hi, _c in graduated_layer.style.classes]


def test_a_tampered_project_style_is_repaired_not_trusted() -> None:
    from layers.project.schema import style_from_dict, style_to_dict

    good = Style(graduated_field="v", classes=((0.0, 1.0, "#112233"), (1.0, 2.0, "#445566")))
    raw = json.loads(json.dumps(style_to_dict(good)))
    assert style_from_dict(raw, Style()) == good
    problems: list[str] = []
    bad = {**raw, "classes": [[0, 1, "</script><b>"], [1, 2, "#445566"]], "graduated_method": "{{ 7*7 }}"}
    repaired = style_from_dict(bad, Style(), problems)
    assert repaired.classes[0][2] == Style().fill and repaired.graduated_method == "quantile"
    assert len(problems) == 2
    odd = style_from_dict({**raw, "graduated_ramp": [], "graduated_method": {"a": 1}, "graduated_field": 3}, Style())
    assert (odd.graduated_ramp, odd.graduated_method, odd.graduated_field) == ("yellow-red", "quantile", "3")
    for broken in ([[2, 1, "#000000"]], [[0, float("inf"), "#000000"]], [[0, 5, "#000000"], [1, 2, "#000000"]],
                   "nonsense", [[1, 2]]):
        found: list[str] = []
        assert style_from_dict({**raw, "classes": broken}, Style(), found).classes == ()
        assert found


def test_canvas_rows_are_coloured_by_class(graduated_layer) -> None:
    pytest.importorskip("PySide6")
    from app.render.geometry_cache import LayerGeometry

    geom = LayerGeometry(graduated_layer.data)
    colours = geom.row_colours(graduated_layer.style, graduated_layer.style.fill)
    expected = class_colours(POPULATION, graduated_layer.style.classes, graduated_layer.style.fill)
    assert np.array_equal(colours, expected) and len(set(colours.tolist())) == 4


def test_points_draw_in_their_class_colour(qapp) -> None:
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QColor, QImage, QPainter

    from app.render.geometry_cache import LayerGeometry
    from app.render.points import paint_points
    from app.render.view import ViewTransform

    gdf = gpd.GeoDataFrame({"v": [1, 100]}, geometry=[Point(0, 0), Point(100, 0)], crs=3067)
    style = Style(point_size=20, width=0, fill_opacity=1.0, graduated_field="v",
                  classes=((1.0, 50.0, "#ff0000"), (50.0, 100.0, "#0000ff")))
    image = QImage(200, 100, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    view = ViewTransform.fit((-50, -50, 150, 50), QRectF(0, 0, 200, 100))
    paint_points(painter, QRectF(0, 0, 200, 100), view, LayerGeometry(gdf), style)
    painter.end()
    left, right = image.pixelColor(50, 50).name(), image.pixelColor(150, 50).name()
    assert (left, right) == ("#ff0000", "#0000ff")
