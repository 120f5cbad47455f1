"""``regionmap transit FEED --connections``: the region's hot spots connected by the timetable, from the
command line (lines to --out, pairs to --pairs), and one clear line for bad options."""

from __future__ import annotations

import pandas as pd
import pyogrio
import pytest

from app.cli import main
from tests.layers.transit.gtfs_writer import write_feed
from tests.layers.transit.test_transit_connections import STOPS, TIMES, TRIPS, squares


@pytest.fixture()
def inputs(tmp_path):
    feed = write_feed(tmp_path / "feed.zip", {"stops.txt": STOPS, "trips.txt": TRIPS, "stop_times.txt": TIMES})
    hot = tmp_path / "hot.geojson"
    squares().to_file(hot, driver="GeoJSON")
    return feed, hot


def test_connections_are_written_and_listed(inputs, tmp_path, capsys):
    feed, hot = inputs
    out, pairs = tmp_path / "links.gpkg", tmp_path / "pairs.csv"
    assert main(["transit", str(feed), "--connections", "--hotspots", str(hot), "--day", "2024-01-02",
                 "--walk", "50", "--out", str(out), "--pairs", str(pairs)]) == 0
    text = capsys.readouterr().out
    # the hot spots are the region's, as in regionmap coverage: clipped to its land (B's square lies at sea in
    # the built-in region) and named by municipality
    assert "3 hot spots, 3 with stops within 50 m; 1 connected pairs on 2024-01-02 (given)" in text
    assert "-> Helsinki: hot spot 2: one transfer, 30 min, 1 a day" in text and "isolated: Vantaa" in text
    lines = pyogrio.read_dataframe(out, layer="connections")
    assert list(lines["connection"]) == ["one transfer"] and list(lines["best_min"]) == [30.0]
    table = pd.read_csv(pairs)
    assert {"from", "to", "connection", "best_min", "direct_per_day", "any_per_day"} <= set(table.columns)


@pytest.mark.parametrize(("args", "said"), [
    (["--connections", "--walk", "-5"], "--walk -5: give a distance from 0 to 5000 metres"),
    (["--connections", "--transfer", "500"], "--transfer 500: give minutes from 0 to 120"),
    (["--connections", "--pairs", "{tmp}/p.txt"], "the pairs are written as CSV"),
    (["--walk", "100"], "--walk: applies with --connections"),
    ([], "--hotspots: applies with --connections"),  # the stops' levels read no region and no hot spots
    (["--connections", "--layer", "{tmp}/stops.geojson:400"], "--layer: --connections links the hot spots by the "
                                                              "timetable alone and uses no service layer"),
])
def test_bad_connection_options_end_with_one_line_and_exit_2(inputs, tmp_path, capsys, args, said):
    feed, hot = inputs
    args = [a.format(tmp=tmp_path) for a in args]
    assert main(["transit", str(feed), "--hotspots", str(hot), "--out", str(tmp_path / "o.gpkg"), *args]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert err[-1].startswith("regionmap: ") and said in err[-1], err
    assert not any("Traceback" in line for line in err)
