"""``regionmap transit``: stops by service level (and routes) written, or one ``regionmap: ...`` line and exit 2."""

from __future__ import annotations

import subprocess
import sys

import pyogrio
import pytest

from app.cli import main
from tests.layers.transit.gtfs_writer import write_feed


def test_a_geopackage_gets_the_stops_and_the_routes(tmp_path, capsys):
    feed = write_feed(tmp_path / "f.zip")
    out = tmp_path / "stops.gpkg"
    assert main(["transit", str(feed), "--day", "2024-01-02", "--window", "07-09", "--out", str(out)]) == 0
    printed = capsys.readouterr().out
    assert "4 stops on 2024-01-02 (given)" in printed and "layer routes" in printed
    assert [name for name, _ in pyogrio.list_layers(out)] == ["stops", "routes"]
    stops = pyogrio.read_dataframe(out, layer="stops")
    assert stops.crs.to_epsg() == 3067
    row = stops.set_index("stop_id").loc["S1"]
    assert (row["departures_window"], row["per_hour"], row["service"]) == (2, 1.0, "< 2/h")
    assert (row["first_departure"], row["last_departure"], row["routes"], row["modes"]) == ("07:10", "08:10", "1",
                                                                                             "bus")
    routes = pyogrio.read_dataframe(out, layer="routes")
    assert set(routes["mode"]) == {"bus", "tram"}


def test_one_layer_formats_write_the_routes_to_their_own_file(tmp_path, capsys):
    feed = write_feed(tmp_path / "feed", as_zip=False)
    out, routes = tmp_path / "stops.geojson", tmp_path / "routes.fgb"
    assert main(["transit", str(feed), "--day", "2024-01-02", "--out", str(out), "--window", "08-09"]) == 0
    assert "routes not written" in capsys.readouterr().out
    assert pyogrio.read_dataframe(out).set_index("stop_id").loc["S1", "departures_window"] == 1
    assert main(["transit", str(feed), "--day", "2024-01-02", "--out", str(out), "--routes", str(routes),
                 "--platforms", "each", "--quiet"]) == 0
    assert capsys.readouterr().out == ""
    assert len(pyogrio.read_dataframe(routes)) == 3
    assert "P1a" in set(pyogrio.read_dataframe(out)["stop_id"])


@pytest.mark.parametrize(("args", "message"), [
    (["--day", "2024-13-01"], "--day: '2024-13-01' is not a date; give it as YYYY-MM-DD"),
    (["--window", "9-7"], "--window: window '9-7': the end must come after the start"),
    (["--window", "morning"], "--window: window 'morning': give it as HH-HH"),
    (["--day", "2024-01-06"], "f.zip: no service of calendar.txt or calendar_dates.txt runs on 2024-01-06"),
])
def test_bad_options_end_with_one_line_and_exit_2(tmp_path, capsys, args, message):
    feed = write_feed(tmp_path / "f.zip")
    assert main(["transit", str(feed), "--out", str(tmp_path / "s.gpkg"), *args]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert err[-1].startswith(f"regionmap: {message}"), err
    assert not (tmp_path / "s.gpkg").exists()


def test_bad_outputs_and_feeds(tmp_path, capsys):
    feed = write_feed(tmp_path / "f.zip")
    assert main(["transit", str(feed), "--out", str(tmp_path / "s.shp")]) == 2
    assert "s.shp: cannot write the stops as .shp; use .gpkg, .geojson or .fgb" in capsys.readouterr().err
    assert main(["transit", str(tmp_path / "none.zip"), "--out", str(tmp_path / "s.gpkg")]) == 2
    assert "none.zip: no such file or folder" in capsys.readouterr().err
    broken = write_feed(tmp_path / "broken.zip", {"stop_times.txt": None})
    assert main(["transit", str(broken), "--out", str(tmp_path / "s.gpkg")]) == 2
    assert "broken.zip: not a complete GTFS feed: stop_times.txt missing" in capsys.readouterr().err


def test_the_installed_command_never_prints_a_traceback(tmp_path):
    feed = write_feed(tmp_path / "f.zip", {"stops.txt": "stop_id,stop_name\nS1,A\n"})
    proc = subprocess.run([sys.executable, "-m", "app.cli", "transit", str(feed), "--out", str(tmp_path / "s.gpkg")],
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 2
    assert "Traceback" not in proc.stderr
    assert proc.stderr.strip().splitlines()[-1] == (
        "regionmap: f.zip: stops.txt (the stops table) lacks the columns stop_lat, stop_lon; found stop_id, stop_name")


def test_the_real_feed_on_the_command_line(shared_data, tmp_path, capsys):
    path = shared_data / "hsl_gtfs_2022_cropped.zip"
    if not path.is_file():
        pytest.skip(f"{path.name} not in {shared_data}")
    out = tmp_path / "hsl.gpkg"
    assert main(["transit", str(path), "--out", str(out), "--platforms", "each"]) == 0
    assert "1,388 stops on 2022-02-22" in capsys.readouterr().out
    stops = pyogrio.read_dataframe(out, layer="stops")
    assert int((stops["per_hour"] < 1).sum()) == 195 and int((stops["per_hour"] < 4).sum()) == 331
