"""Counting a loaded feed's stops again for another window or day: the same layer, new service columns."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from layers.errors import UserError
from layers.model import Layer, LayerKind
from layers.transit import TransitInputs, run
from layers.transit.recount import (
    RecountInputs,
    apply_recount,
    counted_at,
    counted_note,
    feed_stop_layers,
    recount,
)
from tests.layers.transit.gtfs_writer import write_feed


@pytest.fixture()
def stops(tmp_path):
    """The base feed's stops as the window loads them (app.io.gtfs_open): 07-09 on a Tuesday."""
    feed = write_feed(tmp_path / "feed.zip")
    result = run(TransitInputs(feed, day=dt.date(2024, 1, 2), routes=False))
    return Layer(result.stops, "feed — stops", kind=LayerKind.TRANSPORT, source=str(feed), note=counted_note(result))


def per_hour(layer):
    return dict(zip(layer.data["stop_id"], layer.data["per_hour"], strict=True))


def test_a_loaded_feed_is_found_and_says_when_it_was_counted(stops, tmp_path):
    assert counted_at(stops) == (dt.date(2024, 1, 2), (7 * 3600, 9 * 3600))
    copy = Layer(stops.data, "copy", kind=LayerKind.TRANSPORT, source=str(tmp_path / "gone.zip"))
    plain = Layer(stops.data.drop(columns="per_hour"), "plain", kind=LayerKind.TRANSPORT, source=stops.source)
    assert feed_stop_layers([stops, copy, plain]) == [stops]  # the feed must exist and the stops be counted


def test_another_window_changes_the_counts_and_keeps_the_layer(stops):
    stops.radius_m, stops.service_threshold = 800.0, 1.0
    style = stops.style
    assert per_hour(stops)["S1"] == 1.0  # T1 07:10 and T2 08:10 in 07-09
    [result] = recount(RecountInputs((Path(stops.source),), dt.date(2024, 1, 3), (8 * 3600, 9 * 3600)))
    apply_recount(stops, result)
    assert per_hour(stops)["S1"] == 1.0 and per_hour(stops)["P1"] == 0.0  # 08-09: only T2, which skips P1
    assert counted_at(stops) == (dt.date(2024, 1, 3), (8 * 3600, 9 * 3600))
    assert (stops.radius_m, stops.service_threshold, stops.style) == (800.0, 1.0, style)


def test_a_day_without_service_says_so_and_names_the_feed(stops):
    with pytest.raises(UserError, match=r"feed.zip.*no service.*2024-01-06"):
        recount(RecountInputs((Path(stops.source),), dt.date(2024, 1, 6)))  # a Saturday
