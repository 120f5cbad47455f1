"""The service threshold answered from prepared steps: a threshold change after Compute gives exactly the
numbers of a fresh Compute at that threshold, without preparing anything again."""

from __future__ import annotations

import numpy as np
import pytest

from layers.coverage import threshold_steps as steps_mod
from layers.coverage.live import LiveCoverage
from layers.coverage.threshold_steps import ANY, nested_distances, step_key, steps_of
from tests.layers.coverage.test_coverage_live import compute, document, stack
from tests.layers.coverage.test_coverage_service_threshold import timed, timed_stops

__all__ = ["document", "stack", "timed"]  # fixtures used below


def numbers(live):
    """Everything the dock shows from the numbers: rows, verdicts, summary, curve, gaps and the links."""
    gaps = None if live.gaps is None else (len(live.gaps), round(float(live.gaps.geometry.area.sum()), 3))
    links = None if live.connections is None else live.connections.isolated
    return live.rows, live.summary, live.curve, gaps, links, live.current_result().thresholds


def exported_shares(live):
    """The exports' result (refined from the prepared engine, as after a radius move)."""
    return [r["covered_share"] for r in live.current_result().rows]


def test_a_threshold_falls_into_the_step_of_the_stops_it_keeps():
    levels = np.array([0.5, 1.0, 6.0, 12.0])
    assert step_key(levels, None) is ANY and step_key(levels, 0.5) is ANY and step_key(levels, 0.2) is ANY
    assert step_key(levels, 4.0) == 6.0 == step_key(levels, 6.0)  # nothing between 1 and 6: the same stops
    assert step_key(levels, 12.5) == float("inf")  # no stop meets it


def test_nested_distances_are_those_of_each_stop_set_queried_alone():
    from types import SimpleNamespace

    from scipy.spatial import cKDTree

    rng = np.random.default_rng(3)
    xy = rng.uniform(0, 10_000, (40, 2))
    per_hour = rng.choice([-1.0, 0.5, 2.0, 4.0, 12.0], 40)  # -1: a missing count, meets no threshold
    at = rng.uniform(-2_000, 12_000, (3_000, 2))
    samples = SimpleNamespace(x=at[:, 0], y=at[:, 1])
    keys = [ANY, 0.5, 2.0, 4.0, 12.0]
    got = dict(nested_distances(xy, per_hour, keys, samples, upper=1_500.0))
    for key in keys:
        kept = xy if key is ANY else xy[per_hour >= key]
        expected = cKDTree(kept).query(at, distance_upper_bound=1_500.0)[0].astype(np.float32)
        assert np.array_equal(got[key], expected), key
    assert np.isinf(got[12.0]).mean() > np.isinf(got[ANY]).mean()  # the sparse set leaves samples beyond reach


@pytest.fixture()
def counted(monkeypatch):
    """How often a layer is prepared (indexed and bounded) for a step."""
    calls = []
    real = steps_mod.build_service

    def counting(*args, **kwargs):
        calls.append(args[1].name)
        return real(*args, **kwargs)

    monkeypatch.setattr(steps_mod, "build_service", counting)
    return calls


def test_a_threshold_change_gives_the_numbers_of_a_fresh_compute_without_preparing(document, stack, timed, counted):
    timed.data = timed_stops((1.0, 6.0, 0.5, 12.0))
    live = compute(LiveCoverage(document, stack))
    at_any = numbers(live)
    prepared = len(counted)
    assert prepared >= 2 and set(steps_of(live.engine)) == {"Stops"}
    timed.service_threshold = 4.0  # the stops at 1 and 0.5 an hour no longer serve
    assert live.stale == ""  # answered, not out of date
    assert len(counted) == prepared  # picked from the prepared steps
    instant = numbers(live)
    assert instant[0] != at_any[0] and instant[-1] == {"Stops": 4.0}
    assert live.engine.services["Stops"].spec.data["stop_id"].tolist() == ["b", "d"]

    fresh = compute(LiveCoverage(document))  # a new Compute at 4 an hour
    assert numbers(fresh) == instant
    # the exports refine from every sample's distance, as after a radius move (a Compute's first result refines
    # from cell-centre bounds): the same to a few square metres in a km²
    assert exported_shares(live) == pytest.approx(exported_shares(fresh), abs=1e-4)
    prepared = len(counted)
    timed.service_threshold = None  # back to "any": the Compute's own numbers
    assert numbers(live) == at_any and len(counted) == prepared


def test_a_radius_after_a_threshold_change_is_a_compare_on_the_step(document, stack, timed):
    live = compute(LiveCoverage(document, stack))
    timed.service_threshold = 5.0
    timed.radius_m = 3_000.0
    fresh = compute(LiveCoverage(document))
    # the slider sums sorted cells where a Compute sums the mask: the same cells, summed in another order
    assert [r.covered_share for r in live.rows] == pytest.approx([r.covered_share for r in fresh.rows], abs=1e-12)
    assert numbers(live)[3:] == numbers(fresh)[3:]  # gaps, links, thresholds


def test_a_threshold_no_stop_meets_marks_the_result_out_of_date(document, stack, timed):
    live = compute(LiveCoverage(document, stack))
    timed.service_threshold = 50.0  # above every stop (a fresh Compute would leave the layer out)
    assert "service threshold of layer 'Stops'" in live.stale


def test_a_threshold_changed_while_computing_is_answered_when_taken_in(document, stack, timed):
    from layers.coverage import live as live_mod

    live = LiveCoverage(document, stack)
    inputs = live.inputs()
    inputs.target_samples = 6_000
    computed = live_mod.run(inputs)
    timed.service_threshold = 6.0  # while the task ran
    live.apply(computed)
    assert live.stale == "" and live.current_result().thresholds == {"Stops": 6.0}
    assert numbers(live) == numbers(compute(LiveCoverage(document)))
