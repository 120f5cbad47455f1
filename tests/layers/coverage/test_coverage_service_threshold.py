"""A layer's service threshold: only stops with at least that many departures an hour serve.  Coverage with a
threshold is at most coverage without, equals coverage of the stops filtered beforehand, is recorded on the
result; a threshold change is answered from the prepared steps (:mod:`layers.coverage.threshold_steps`)."""

from __future__ import annotations

import geopandas as gpd
import numpy as np
import pytest
import shapely

from layers.coverage.service_layers import layer_threshold, meeting_threshold, service_specs
from layers.model import Layer, LayerKind
from tests.layers.coverage.test_coverage_live import CRS, X0, Y0, compute, document, layer, live, stack

__all__ = ["document", "live", "stack"]  # fixtures used below


def timed_stops(per_hour=(1.0, 6.0, 0.5, 12.0)) -> gpd.GeoDataFrame:
    points = [shapely.Point(X0 + 2_500, Y0 + 2_500), shapely.Point(X0 + 15_000, Y0 + 5_000),
              shapely.Point(X0 + 24_000, Y0 + 7_000), shapely.Point(X0 + 5_000, Y0 + 5_000)]
    return gpd.GeoDataFrame({"stop_id": list("abcd"), "per_hour": list(per_hour)}, geometry=points, crs=CRS)


@pytest.fixture()
def timed(document):
    """The document's stops replaced by stops with departures per hour (the route stays)."""
    stops = layer(document, "Stops")
    stops.data = timed_stops()
    return stops


def all_share(result) -> float:
    return next(t["covered_share"] for t in result.totals if t["zone"] == "all")


def test_meeting_threshold_keeps_the_stops_at_or_above_it():
    data = timed_stops((1.0, 4.0, np.nan, 12.0))
    assert list(meeting_threshold(data, 4.0)["stop_id"]) == ["b", "d"]  # a missing count does not meet it
    assert meeting_threshold(data, None) is data
    assert meeting_threshold(data.drop(columns="per_hour"), 4.0).equals(data.drop(columns="per_hour"))


def test_only_layers_with_per_hour_apply_the_threshold(document, timed):
    route = layer(document, "Route")
    route.service_threshold, timed.service_threshold = 4.0, 4.0
    assert layer_threshold(route) is None and layer_threshold(timed) == 4.0
    specs = {spec.name: spec for _, spec in service_specs([timed, route])}
    assert list(specs["Stops"].data["stop_id"]) == ["b", "d"]
    assert specs["Route"].data is route.data


def test_a_threshold_covers_at_most_as_much_and_the_same_as_pre_filtered_stops(document, stack, timed):
    from layers.coverage.live import LiveCoverage

    live = compute(LiveCoverage(document, stack))
    without = all_share(live.result)
    assert live.result.thresholds == {} and "service_thresholds" not in live.result.to_dict()
    timed.service_threshold = 4.0
    assert live.stale == ""  # answered from the prepared steps (test_threshold_steps.py)
    compute(live)
    with_threshold = all_share(live.result)
    assert with_threshold < without  # the stops at 1 and 0.5 an hour no longer serve
    assert live.result.thresholds == {"Stops": 4.0}
    assert live.result.to_dict()["service_thresholds"] == {"Stops": 4.0}
    timed.radius_m = 2_000.0  # a radius move keeps the record on the current result
    assert live.current_result().thresholds == {"Stops": 4.0}
    timed.radius_m = 1_500.0
    timed.service_threshold = None
    timed.data = timed_stops()[timed_stops()["per_hour"] >= 4.0]
    compute(live)
    assert all_share(live.result) == pytest.approx(with_threshold, abs=1e-9)


def test_a_threshold_on_a_layer_without_per_hour_does_not_make_the_result_stale(live, document):
    layer(document, "Route").service_threshold = 4.0
    assert live.stale == ""


def test_a_threshold_change_is_one_undo_step(document, stack, timed):
    timed.service_threshold = 4.0
    assert "service threshold" in stack.undo_text
    stack.undo()
    assert timed.service_threshold is None
    stack.redo()
    assert timed.service_threshold == 4.0


@pytest.mark.parametrize("bad", [-1.0, float("nan"), 1e6])
def test_the_model_refuses_a_threshold_no_stop_can_have(bad):
    stops = Layer(timed_stops(), "S", kind=LayerKind.TRANSPORT)
    with pytest.raises(ValueError, match="service threshold"):
        stops.service_threshold = bad
    stops.service_threshold = 0  # 0 is "any"
    assert stops.service_threshold is None
