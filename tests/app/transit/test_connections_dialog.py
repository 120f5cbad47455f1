"""Analysis > Hot spots by timetable…: computed off the GUI thread, listed in the dialog, drawn as a derived
layer of lines (kind other) that the next Compute replaces."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.layers.transit.gtfs_writer import write_feed
from tests.layers.transit.test_transit_connections import STOPS, TIMES, TRIPS, squares

pytestmark = pytest.mark.gui


@pytest.fixture()
def window(feature_window, tmp_path):
    from app.io import gtfs_open
    from app.transit import connections_dialog
    from layers.model import Layer, LayerKind
    from layers.transit import TransitInputs, run

    w = feature_window(gtfs_open, connections_dialog, size=(1200, 800))
    feed = write_feed(tmp_path / "feed.zip", {"stops.txt": STOPS, "trips.txt": TRIPS, "stop_times.txt": TIMES})
    for layer in gtfs_open.layers_of(run(TransitInputs(feed, day=dt.date(2024, 1, 2)))):
        w.document.layers.append(layer)
    hot = Layer(squares(), "Squares", kind=LayerKind.OTHER)
    w.document.layers.append(hot)
    w.document.use_hotspot_layer(hot)
    return w


def test_compute_lists_the_pairs_and_draws_a_derived_layer(window, qtbot, tmp_path):
    from app.transit.connections_dialog import LINKS_LAYER, TIMETABLE_LINKS
    from layers.model import LayerKind

    feature = window.features.require(TIMETABLE_LINKS)
    window.actions["timetable_links"].trigger()
    dialog = feature.dialog
    assert dialog is not None and dialog.feed.currentText() == "feed — stops"
    dialog.window_edit.setText("nine to five")
    dialog.compute()
    assert "is not an hour" in dialog.status.text() or "HH-HH" in dialog.status.text()
    dialog.window_edit.setText("07-09")
    dialog.walk.setValue(50.0)
    dialog.compute()
    qtbot.waitUntil(lambda: feature.result is not None, timeout=30_000)
    connected = feature.result.pairs[feature.result.pairs["connection"] != "none in window"]
    assert dialog.table.rowCount() == len(connected) >= 1
    assert "Isolated:" in dialog.status.text()
    links = [lay for lay in window.document.layers if lay.name == LINKS_LAYER]
    assert len(links) == 1 and links[0].derived and links[0].kind == LayerKind.OTHER
    assert links[0].note.startswith("derived: hot spots connected by feed.zip")
    assert len(links[0].data) == len(feature.result.lines)
    style = links[0].style  # coloured by connection: direct dark, one transfer light
    assert style.category_field == "connection" and {v for v, _ in style.categories} == {"direct", "one transfer"}
    assert style.colour_for("direct") != style.colour_for("one transfer")
    assert {style.colour_for(c) for c in links[0].data["connection"]} <= {c for _, c in style.categories}
    feature._done(dialog.inputs(), feature.result, dialog)  # a second answer replaces the layer, adds none
    assert sum(lay.name == LINKS_LAYER for lay in window.document.layers) == 1
    dialog.grab().save(str(tmp_path / "connections.png"))
