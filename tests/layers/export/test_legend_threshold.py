"""Exports' legends name the service level a stop layer's coverage is drawn with: "service radius 500 m,
≥ 4 departures/h" where the layer has a threshold and departures per hour, the radius alone otherwise."""

from __future__ import annotations

import geopandas as gpd
import shapely

from layers.export.legend import legend_entries
from layers.model import Layer, LayerKind


def _stops(per_hour: bool, threshold: float | None) -> Layer:
    columns = {"per_hour": [6.0]} if per_hour else {}
    data = gpd.GeoDataFrame(columns, geometry=[shapely.Point(385_000, 6_672_000)], crs=3067)
    return Layer(data, "Stops", kind=LayerKind.TRANSPORT, radius_m=500, service_threshold=threshold)


def test_a_threshold_is_named_beside_the_radius() -> None:
    (entry,) = legend_entries([_stops(True, 4.0)])
    assert entry.extra == "service radius 500 m, ≥ 4 departures/h"
    (entry,) = legend_entries([_stops(True, 2.5)])
    assert entry.extra == "service radius 500 m, ≥ 2.5 departures/h"


def test_without_a_threshold_or_per_hour_the_radius_stands_alone() -> None:
    assert legend_entries([_stops(True, None)])[0].extra == "service radius 500 m"
    assert legend_entries([_stops(False, 4.0)])[0].extra == "service radius 500 m"  # it does not apply
    other = _stops(True, 4.0)
    other.kind = LayerKind.OTHER
    assert legend_entries([other])[0].extra == ""
