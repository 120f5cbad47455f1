"""Hot spots connected by timetable: a small feed whose answers are known (a direct ride, a transfer caught at
another platform of the station, a transfer missed by its minimum time, an isolated hot spot), and the real HSL
feed for sanity."""

from __future__ import annotations

import datetime as dt

import geopandas as gpd
import numpy as np
import pytest
import shapely

from layers.crs import WGS84, WORK_CRS, transformer
from layers.transit.connections import DIRECT, TRANSFER, ConnectionInputs, run
from tests.layers.transit.gtfs_writer import write_feed

PLACES = {"A": (60.17, 24.90), "B": (60.17, 24.98), "C": (60.20, 24.94), "D": (60.25, 25.10)}
STOPS = ("stop_id,stop_name,stop_lat,stop_lon,location_type,parent_station\n"
         "A1,A stop,60.17,24.90,,\nB1,B stop,60.17,24.98,,\nC1,C stop,60.20,24.94,,\nD1,D stop,60.25,25.10,,\n"
         "X,Exchange,60.17,24.94,1,\nXa,Exchange 1,60.1701,24.9401,0,X\nXb,Exchange 2,60.1702,24.9402,0,X\n")
TRIPS = ("route_id,service_id,trip_id,direction_id\n"
         "R1,WK,T1,0\nR2,WK,T2,0\nR2,WK,T3,0\nR1,WK,T4,0\n")
TIMES = ("trip_id,arrival_time,departure_time,stop_id,stop_sequence\n"
         "T1,07:00:00,07:00:00,A1,1\nT1,07:10:00,07:10:00,Xa,2\nT1,07:20:00,07:20:00,B1,3\n"  # A-B direct, 20 min
         "T2,07:15:00,07:15:00,Xb,1\nT2,07:30:00,07:30:00,C1,2\n"  # caught from T1 at the other platform
         "T3,07:11:00,07:11:00,Xb,1\nT3,07:20:00,07:20:00,C1,2\n"  # one minute after T1: under 3 min, missed
         "T4,12:00:00,12:00:00,A1,1\nT4,12:10:00,12:10:00,Xa,2\nT4,12:20:00,12:20:00,B1,3\n")  # outside 07-09


def squares(half=150.0) -> gpd.GeoDataFrame:
    lat, lon = np.array(list(PLACES.values())).T
    x, y = transformer(WGS84, WORK_CRS).transform(lon, lat)
    return gpd.GeoDataFrame({"name": list(PLACES)}, geometry=[shapely.box(a - half, b - half, a + half, b + half)
                                                               for a, b in zip(x, y, strict=True)], crs=WORK_CRS)


@pytest.fixture(scope="module")
def result(tmp_path_factory):
    feed = write_feed(tmp_path_factory.mktemp("connections") / "feed.zip",
                      {"stops.txt": STOPS, "trips.txt": TRIPS, "stop_times.txt": TIMES})
    return run(ConnectionInputs(feed, squares(), tuple(PLACES), day=dt.date(2024, 1, 2), walk_m=50.0))


def row(result, a, b):
    rows = result.pairs[(result.pairs["from"] == a) & (result.pairs["to"] == b)]
    assert len(rows) <= 1
    return None if rows.empty else rows.iloc[0]


def test_a_direct_ride_is_the_shortest_in_the_window_and_counts_the_whole_day(result):
    ab = row(result, "A", "B")
    assert ab["connection"] == DIRECT and ab["best_min"] == 20.0 == ab["direct_min"]
    assert (ab["direct_per_day"], ab["any_per_day"]) == (2, 2)  # 07:00 and 12:00


def test_one_transfer_at_another_platform_is_caught_only_after_the_minimum_time(result):
    ac = row(result, "A", "C")
    assert ac["connection"] == TRANSFER and np.isnan(ac["direct_min"])
    assert ac["best_min"] == 30.0  # 07:00 to 07:30 via T2; T3 (07:11, 20 min) leaves under 3 min after arriving
    assert (ac["direct_per_day"], ac["any_per_day"]) == (0, 1)  # the 12:00 ride finds no onward bus


def test_isolated_hot_spots_and_the_lines_between_the_others(result):
    assert result.isolated == ["D"]
    assert row(result, "B", "A") is None  # B is the end of the line
    assert result.stops_in == [1, 1, 1, 1]
    lines = result.lines.sort_values("to")
    assert list(zip(lines["from"], lines["to"], lines["connection"], strict=True)) == [
        ("A", "B", DIRECT, ), ("A", "C", TRANSFER)]
    assert lines.crs.to_epsg() == 3067 and lines.geometry.length.min() > 3_000


def test_a_window_without_departures_connects_nothing(tmp_path):
    feed = write_feed(tmp_path / "feed.zip", {"stops.txt": STOPS, "trips.txt": TRIPS, "stop_times.txt": TIMES})
    late = run(ConnectionInputs(feed, squares(), tuple(PLACES), day=dt.date(2024, 1, 2), window=(20 * 3600,
                                                                                               22 * 3600)))
    assert sorted(late.isolated) == ["A", "B", "C", "D"] and late.lines.empty
    assert row(late, "A", "B")["direct_per_day"] == 2  # the day's rides are still counted


@pytest.mark.shared_data
def test_the_real_hsl_feed_connects_the_helsinki_hot_spots(shared_data):
    from layers.coverage.connections import hotspot_names
    from layers.document import MapDocument

    path = shared_data / "hsl_gtfs_2022_cropped.zip"
    if not path.is_file():
        pytest.skip(f"{path.name} not in {shared_data}")
    doc = MapDocument.default()
    hot = doc.hotspot_layer.data
    names = hotspot_names(hot)
    got = run(ConnectionInputs(path, hot, tuple(names)))
    assert got.day == dt.date(2022, 2, 22)
    served = [n for n, k in zip(names, got.stops_in, strict=True) if k]
    assert served and set(got.isolated) >= {n for n, k in zip(names, got.stops_in, strict=True) if not k}
    connected = got.pairs[got.pairs["connection"] != "none in window"]
    # neighbouring hot spots share stops a minute apart (HSL's times are whole minutes): 0 is a real time here
    assert (connected["best_min"] >= 0).all() and (connected["best_min"] <= connected["direct_min"].fillna(1e9)).all()
    assert len(connected) >= 10 and len(got.lines) >= 5
    assert (connected["any_per_day"] >= connected["direct_per_day"]).all()
