"""GTFS feeds in the window: opened or dropped zips and folders become a stops layer by service class and a
route layer by mode, read off the GUI thread; several load together; a bad feed leaves a message, nothing else."""

from __future__ import annotations

import pytest

from app.io import gtfs_open
from app.io import loader as io_actions
from layers.model import LayerKind
from tests.layers.transit.gtfs_writer import write_feed

pytestmark = pytest.mark.gui


@pytest.fixture()
def window(feature_window, monkeypatch):
    from app.layerlist import panel as layer_panel

    monkeypatch.setattr(io_actions, "ASK", False)
    # the loader installed first, asked second: it would take any zip for shapefiles
    return feature_window(layer_panel, io_actions, gtfs_open, size=(1000, 700))


def _names(window) -> list[str]:
    return [layer.name for layer in window.document.layers]


def test_a_zip_and_a_folder_load_together_as_stops_and_routes(window, tmp_path):
    calendar = ("service_id,monday,tuesday,wednesday,thursday,friday,saturday,sunday,start_date,end_date\n"
                "WK,1,1,1,1,1,0,0,20240102,20240102\n")  # one Tuesday: the default day, whatever today is
    zipped = write_feed(tmp_path / "north.zip", {"calendar.txt": calendar})
    folder = write_feed(tmp_path / "south", {"calendar.txt": calendar}, as_zip=False)
    before = len(window.document.layers)
    assert window.open_paths([zipped, folder]) == []
    assert len(window.task_runner.active()) == 2  # both read in the background at once
    assert window.task_runner.wait_idle(60)
    opener = window.features.require(gtfs_open.GTFS_OPENER)
    assert not opener.failures and not window.features.require(io_actions.LOADER).failures
    names = _names(window)
    assert {"north — stops", "north — routes", "south — stops", "south — routes"} <= set(names)
    assert len(names) == before + 4
    stops = next(layer for layer in window.document.layers if layer.name == "north — stops")
    assert stops.kind is LayerKind.TRANSPORT and stops.radius_m == 800
    assert stops.style.category_field == "service"
    assert [v for v, _c in stops.style.categories] == [">= 12/h", "6-12/h", "2-6/h", "< 2/h"]
    row = stops.data.set_index("stop_id").loc["S1"]
    assert (row["departures_window"], row["service"]) == (2, "< 2/h")
    assert "2024-01-02" in stops.note and "07:00-09:00" in stops.note
    routes = next(layer for layer in window.document.layers if layer.name == "north — routes")
    assert routes.style.category_field == "mode" and [v for v, _c in routes.style.categories] == ["bus", "tram"]
    assert set(routes.data.geom_type) == {"LineString"}
    assert routes.kind is LayerKind.OTHER  # drawn, not counted by the coverage check: only stops serve
    assert names.index("north — stops") > names.index("north — routes")  # stops drawn above their lines


def test_file_open_timetable_folder_reads_a_chosen_feed_folder(window, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    folder = write_feed(tmp_path / "west", as_zip=False)
    plain = tmp_path / "photos"
    plain.mkdir()
    chosen = iter([str(plain), str(folder), ""])
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(lambda *a, **k: next(chosen)))
    action = window.actions["open_timetable_folder"]
    assert action in window.menus["file"].actions()
    before = _names(window)
    action.trigger()  # a folder without a feed: one clear message, nothing read
    opener = window.features.require(gtfs_open.GTFS_OPENER)
    assert len(opener.failures) == 1 and "photos: not a GTFS timetable" in opener.failures[0]
    assert _names(window) == before
    action.trigger()
    assert window.task_runner.wait_idle(60)
    assert {"west — stops", "west — routes"} <= set(_names(window)) and len(opener.failures) == 1
    action.trigger()  # cancelled: nothing happens
    assert len(opener.failures) == 1


def test_a_feed_is_one_undo_step(window, tmp_path):
    before = _names(window)
    window.open_paths([write_feed(tmp_path / "f.zip")])
    assert window.task_runner.wait_idle(60)
    assert len(window.document.layers) == len(before) + 2
    window.session.undo_stack.undo()
    assert _names(window) == before


def test_a_broken_feed_names_the_file_and_changes_nothing(window, tmp_path):
    before = _names(window)
    bad = write_feed(tmp_path / "bad.zip", {"stops.txt": "stop_id,stop_name\nS1,A\n"})
    window.open_paths([bad])
    assert window.task_runner.wait_idle(60)
    opener = window.features.require(gtfs_open.GTFS_OPENER)
    assert opener.failures == ["bad.zip: stops.txt (the stops table) lacks the columns stop_lat, stop_lon; found "
                               "stop_id, stop_name"]
    assert _names(window) == before


def test_a_zip_without_stop_times_is_left_to_the_geodata_loader(window, tmp_path):
    not_gtfs = write_feed(tmp_path / "half.zip", {"stop_times.txt": None})
    window.open_paths([not_gtfs])
    window.task_runner.wait_idle(30)
    assert not window.features.require(gtfs_open.GTFS_OPENER).failures
    assert any("half.zip" in text for text in window.features.require(io_actions.LOADER).failures)


def test_partial_feeds_say_what_they_dropped(window, tmp_path):
    stops = ("stop_id,stop_name,stop_lat,stop_lon,location_type,parent_station\nS1,Alpha,60.17,24.94,,\n"
             "S2,Beta,,,0,\nS3,Gamma,60.19,24.96,,\nP1,Station,60.20,24.97,1,\nP1a,Platform,60.2,24.97,0,P1\n"
             "P1b,Platform,60.2,24.97,0,P1\n")
    window.open_paths([write_feed(tmp_path / "part.zip", {"stops.txt": stops})])
    assert window.task_runner.wait_idle(60)
    layer = next(layer for layer in window.document.layers if layer.name == "part — stops")
    assert "1 stops without coordinates were dropped" in layer.note
    assert any("Dropped: stops.txt: 1 stops without coordinates" in t for t in window.message_bar.texts())


def _colour_count(image, colour: str) -> int:
    from PySide6.QtGui import QColor

    target = QColor(colour).rgb()
    return sum(image.pixel(x, y) == target for x in range(0, image.width(), 1) for y in range(0, image.height(), 2))


def test_a_dropped_folder_is_drawn_in_its_service_colours(window, tmp_path, qtbot):
    from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
    from PySide6.QtGui import QDropEvent

    folder = write_feed(tmp_path / "feed", as_zip=False)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(folder))])
    window.dropEvent(QDropEvent(QPointF(200, 200), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                                Qt.KeyboardModifier.NoModifier))
    assert window.task_runner.wait_idle(60)
    stops = next(layer for layer in window.document.layers if layer.name == "feed — stops")
    window.canvas.zoom_to_layer(stops)
    red = gtfs_open.SERVICE_COLOURS["< 2/h"]  # every stop of the small feed has fewer than two an hour
    qtbot.waitUntil(lambda: _colour_count(window.canvas.grab().toImage(), red) > 20, timeout=10000)
    stops.visible = False
    qtbot.waitUntil(lambda: _colour_count(window.canvas.grab().toImage(), red) == 0, timeout=10000)


def test_the_full_window_takes_a_gtfs_zip_as_a_timetable(qtbot, document, settings, tmp_path, monkeypatch):
    """Registered in app.features: with every feature installed, the zip is a timetable, not a shapefile zip."""
    from app.main_window import MainWindow

    monkeypatch.setattr(io_actions, "ASK", False)
    w = MainWindow(document)
    qtbot.addWidget(w)
    try:
        assert "app.io.gtfs_open" in w.installed_features
        w.open_paths([write_feed(tmp_path / "full.zip")])
        assert w.task_runner.wait_idle(60)
        assert {"full — stops", "full — routes"} <= {layer.name for layer in w.document.layers}
        assert not w.features.require(io_actions.LOADER).failures
    finally:
        w.task_runner.cancel_all()
        w.task_runner.wait_idle(10)
        w.close_guards.clear()
