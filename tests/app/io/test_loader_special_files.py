"""The window never reads on the GUI thread and never freezes on a special file (issue #20, findings 4 and 8):
a FIFO named like data, a folder named ``x.gpkg`` or a kernel file each end as a message naming the file, at
once; looking inside a GeoPackage or a CSV runs as a background task; odd names load."""

from __future__ import annotations

import json
import os
import threading
import time
from pathlib import Path

import pytest

from app.io import loader as io_actions

pytestmark = pytest.mark.gui
POINTS = {"type": "FeatureCollection", "features": [
    {"type": "Feature", "properties": {"name": "A"}, "geometry": {"type": "Point", "coordinates": [24.94, 60.17]}}]}


@pytest.fixture()
def window(feature_window, monkeypatch):
    monkeypatch.setattr(io_actions, "ASK", False)
    return feature_window(io_actions)


def _loader(window) -> io_actions.Loader:
    return window.features.require(io_actions.LOADER)


def _unblock_later(fifo: Path, after: float, done: threading.Event) -> threading.Thread:
    """Old code blocked the GUI thread in open() on the FIFO: open it for writing after ``after`` seconds (unless
    ``done`` is set first) so that such a test fails on the elapsed time instead of hanging."""
    def feed() -> None:
        if done.wait(after):
            return
        try:
            with open(fifo, "wb"):
                pass
        except OSError:
            pass

    t = threading.Thread(target=feed, daemon=True)
    t.start()
    return t


@pytest.mark.parametrize("suffix", [".gpkg", ".csv", ".zip", ".geojson"])
def test_a_fifo_named_like_data_is_refused_without_blocking_the_window(window, tmp_path, suffix):
    fifo = tmp_path / f"feed{suffix}"
    os.mkfifo(fifo)
    done = threading.Event()
    feeder = _unblock_later(fifo, 3.0, done)
    start = time.monotonic()
    _loader(window).load(fifo)
    assert time.monotonic() - start < 1.0, "the GUI thread was blocked"
    done.set()
    feeder.join(5)
    assert window.task_runner.wait_idle(10)
    failures = _loader(window).failures
    assert failures and "feed" in failures[-1] and "named pipe" in failures[-1]


def test_a_folder_named_like_a_geopackage_is_a_clear_message(window, tmp_path):
    folder = tmp_path / "plans.gpkg"
    folder.mkdir()
    _loader(window).load(folder)
    assert window.task_runner.wait_idle(10)
    text = _loader(window).failures[-1]
    assert "plans.gpkg" in text and "folder" in text and "unexpected" not in text.lower()


@pytest.mark.skipif(not Path("/proc/self/mem").exists(), reason="no /proc on this system")
def test_a_kernel_file_is_a_clear_message(window, tmp_path):
    link = tmp_path / "mem.gpkg"
    link.symlink_to("/proc/self/mem")
    _loader(window).load(link)
    assert window.task_runner.wait_idle(10)
    text = _loader(window).failures[-1]
    assert "mem.gpkg" in text and "special system file" in text and "unexpected" not in text.lower()


def test_looking_inside_a_file_runs_off_the_gui_thread(window, tmp_path, monkeypatch):
    import geopandas as gpd
    from shapely.geometry import Point

    from layers.io import csv_points, formats

    threads: list[str] = []
    real_layers, real_columns = formats.list_layers, csv_points.detect_csv_columns

    def spy_layers(path):
        threads.append(threading.current_thread().name)
        return real_layers(path)

    def spy_columns(path):
        threads.append(threading.current_thread().name)
        return real_columns(path)

    monkeypatch.setattr(formats, "list_layers", spy_layers)
    monkeypatch.setattr(csv_points, "detect_csv_columns", spy_columns)
    gpkg = tmp_path / "plans.gpkg"
    gpd.GeoDataFrame({"n": [1]}, geometry=[Point(385000, 6672000)], crs="EPSG:3067").to_file(gpkg, layer="a")
    gpd.GeoDataFrame({"n": [2]}, geometry=[Point(386000, 6673000)], crs="EPSG:3067").to_file(gpkg, layer="b")
    table = tmp_path / "stops.csv"
    table.write_text("name,lon,lat\nA,24.94,60.17\n")
    for path in (gpkg, table):
        _loader(window).load(path)
    assert window.task_runner.wait_idle(30)
    assert len(threads) >= 2 and threading.main_thread().name not in threads
    assert sorted(layer.name for layer in _loader(window).loaded_layers) == ["plans — a", "plans — b", "stops"]


@pytest.mark.parametrize("stem", ["roads; 2024", "GeoJSON:x", "a!b"])
def test_files_with_odd_names_load_in_the_window(window, tmp_path, stem):
    path = tmp_path / f"{stem}.geojson"
    path.write_text(json.dumps(POINTS))
    _loader(window).load(path)
    assert window.task_runner.wait_idle(30)
    assert [layer.name for layer in _loader(window).loaded_layers] == [stem]
    assert not _loader(window).failures


def test_a_newline_in_a_file_name_stays_on_one_line_in_the_message(window, tmp_path):
    path = tmp_path / "bad\nname.geojson"
    path.write_text("not json")
    _loader(window).load(path)
    assert window.task_runner.wait_idle(30)
    text = _loader(window).failures[-1]
    assert "\n" not in text and "bad\\nname.geojson" in text
