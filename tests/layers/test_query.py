"""layers.query: which features are at a map point, what names them and how their attributes read (no Qt)."""

from __future__ import annotations

from types import SimpleNamespace

import geopandas as gpd
import pytest
import shapely

from layers.model import Layer, LayerKind
from layers.query import (
    MAX_HITS_PER_LAYER,
    feature_attributes,
    feature_label,
    features_at,
    format_value,
    label_field,
)


def _layer(geoms, layer_name, **columns) -> Layer:
    return Layer(gpd.GeoDataFrame(columns, geometry=list(geoms), crs=3067), layer_name, kind=LayerKind.OTHER)


def test_points_and_lines_win_over_the_area_under_them_and_top_layers_come_first() -> None:
    area = _layer([shapely.box(0, 0, 1000, 1000)], "area", name=["Espoo"])
    stops = _layer([shapely.Point(500, 500), shapely.Point(503, 500), shapely.Point(900, 900)], "stops",
                   stop_name=["A", "B", "far"])
    lines = _layer([shapely.LineString([(0, 498), (1000, 498)])], "lines")
    doc = SimpleNamespace(layers=[area, lines, stops])  # bottom to top, as in a MapDocument
    hits = features_at(doc, 501, 500, tolerance_m=5)
    assert [(h.layer.name, h.row) for h in hits] == [("stops", 0), ("stops", 1), ("lines", 0), ("area", 0)]
    assert hits[0].distance_m == pytest.approx(1) and hits[-1].distance_m == 0  # inside the polygon
    stops.visible = False
    assert [h.layer.name for h in features_at(doc, 501, 500, 5)] == ["lines", "area"]
    assert features_at(doc, 5000, 5000, 5) == []


def test_at_most_max_hits_per_layer_nearest_first() -> None:
    n = MAX_HITS_PER_LAYER + 5
    crowd = _layer([shapely.Point(i, 0) for i in range(n)][::-1], "crowd")
    hits = features_at(SimpleNamespace(layers=[crowd]), 0, 0, tolerance_m=100)
    assert len(hits) == MAX_HITS_PER_LAYER
    assert [h.distance_m for h in hits] == sorted(h.distance_m for h in hits)
    assert hits[0].row == n - 1  # the point at (0, 0) was added last


def test_label_field_prefers_names_then_ids() -> None:
    assert label_field(["stop_id", "stop_name", "geometry"]) == "stop_name"
    assert label_field(["NIMI", "kunta"]) == "NIMI"
    assert label_field(["id", "value"]) == "id"
    assert label_field(["kunta", "value"]) == "kunta"
    assert label_field(["value"]) is None


def test_feature_label_falls_back_to_the_feature_number() -> None:
    named = _layer([shapely.Point(0, 0), shapely.Point(1, 1)], "n", name=["Kerava", None])
    assert feature_label(named, 0) == "Kerava"
    assert feature_label(named, 1) == "feature 2"
    assert feature_label(_layer([shapely.Point(0, 0)], "plain", value=[3]), 0) == "feature 1"


def test_feature_attributes_summarise_the_geometry() -> None:
    layer = _layer([shapely.box(0, 0, 2000, 1000), shapely.LineString([(0, 0), (1500, 0)]), shapely.Point(3, 4)],
                   "mixed", name=["a", "b", "c"], people=[12345.0, float("nan"), 7.5])
    assert feature_attributes(layer, 0) == [("name", "a"), ("people", "12,345"), ("(geometry)", "Polygon"),
                                            ("(area)", "2.00 km²")]
    assert feature_attributes(layer, 1)[1:] == [("people", ""), ("(geometry)", "LineString"), ("(length)", "1.50 km")]
    assert feature_attributes(layer, 2)[-1] == ("(E, N)", "3, 4")


@pytest.mark.parametrize(("value", "text"), [(None, ""), (float("nan"), ""), (1234.0, "1,234"), (0.5, "0.5"),
                                             (1e16, "1e+16"), (12345.678, "1.235e+04"), ("Espoo", "Espoo"), (7, "7")])
def test_format_value(value, text: str) -> None:
    assert format_value(value) == text
