"""Analysis > Timetable day and window…: the loaded feed's stops counted again in the background, kept as the
same layer, and the coverage check told its result no longer matches."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.layers.transit.gtfs_writer import write_feed

pytestmark = pytest.mark.gui


@pytest.fixture()
def window(feature_window, tmp_path):
    from app.io import gtfs_open
    from app.transit import day_dialog
    from layers.transit import TransitInputs, run

    w = feature_window(gtfs_open, day_dialog, size=(1200, 800))
    feed = write_feed(tmp_path / "feed.zip")
    result = run(TransitInputs(feed, day=dt.date(2024, 1, 2)))
    for layer in gtfs_open.layers_of(result):
        w.document.layers.append(layer)
    return w


def stops_of(window):
    return next(lay for lay in window.document.layers if lay.name == "feed — stops")


def test_the_dialog_offers_the_feed_and_counting_again_keeps_the_layer(window, qtbot, tmp_path):
    from app.transit.day_dialog import DayWindowDialog
    from layers.transit.recount import feed_stop_layers

    dialog = DayWindowDialog(feed_stop_layers(window.document.layers), window)
    assert dialog.feeds.count() == 1 and "now 2024-01-02, 07:00-09:00" in dialog.feeds.item(0).text()
    assert dialog.window_edit.text() == "07:00-09:00" and dialog.default_day.isChecked()
    dialog.window_edit.setText("9-7")
    dialog._accept()
    assert "the end must come after the start" in dialog.problem.text() and dialog.result() == 0
    dialog.window_edit.setText("08-09")
    dialog.default_day.setChecked(False)
    dialog.day.setDate(dialog.day.date().addDays(1))
    layers, inputs = dialog.choice()
    assert layers == [stops_of(window)] and inputs.day == dt.date(2024, 1, 3) and inputs.window == (8 * 3600, 9 * 3600)
    dialog.grab().save(str(tmp_path / "dialog.png"))

    # counting again (what OK starts) keeps the layer and tells the coverage check its result is out of date
    from app.transit.day_dialog import DAY_WINDOW
    from layers.coverage.staleness import layer_change_reason

    stops = stops_of(window)
    before = stops.data
    events = []
    window.document.layers.events.connect(events.append)
    feature = window.features.require(DAY_WINDOW)
    feature.start(layers, inputs)
    qtbot.waitUntil(lambda: bool(feature.applied), timeout=30_000)
    assert stops in window.document.layers and "departures 08:00-09:00" in stops.note
    reasons = {layer_change_reason(e, [stops], None) for e in events} - {None}
    assert reasons == {"the features of layer 'feed — stops' changed"}  # what the coverage dock then says
    assert dict(zip(stops.data["stop_id"], stops.data["per_hour"], strict=True))["P1"] == 0.0
    assert not stops.data.equals(before)
