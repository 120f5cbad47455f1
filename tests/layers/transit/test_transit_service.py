"""Service levels of small feeds the tests write: calendars, times past midnight, frequencies, stations."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from layers.transit import TransitInputs, run
from layers.transit.times import parse_window
from tests.layers.transit.gtfs_writer import write_feed

TUESDAY = dt.date(2024, 1, 2)


def _run(path: Path, **kw) -> object:
    kw.setdefault("day", TUESDAY)
    return run(TransitInputs(path, **kw))


def _by_id(result) -> dict:
    return {row.stop_id: row for row in result.stops.itertuples()}


def test_base_feed_counts_every_call_in_the_window_and_the_day(tmp_path):
    result = _run(write_feed(tmp_path / "f.zip"), platforms="each")
    stops = _by_id(result)
    assert stops["S1"].departures_window == 2 and stops["S1"].departures_day == 2
    assert stops["S1"].per_hour == 1.0
    assert (stops["S1"].first_departure, stops["S1"].last_departure) == ("07:10", "08:10")
    assert stops["S3"].modes == "tram" and stops["S3"].routes == "2"
    assert stops["P1"].departures_day == 0  # "each": the station has no calls of its own
    assert result.stops.crs.to_epsg() == 3067
    assert 380_000 < result.stops.geometry.x.min() < 400_000  # TM35FIN metres, not degrees


def test_platforms_count_once_at_their_parent_station(tmp_path):
    result = _run(write_feed(tmp_path / "f.zip"))
    stops = _by_id(result)
    assert "P1a" not in stops and "P1b" not in stops
    station = stops["P1"]
    assert station.departures_day == 2 and station.platforms == 2
    assert station.modes == "bus, tram" and station.routes == "1, 2"
    assert station.first_departure == "07:05"


def test_calendar_dates_remove_and_add_services(tmp_path):
    dates = "service_id,date,exception_type\nWK,20240102,2\nEXTRA,20240102,1\n"
    trips = "route_id,service_id,trip_id,direction_id\nR1,WK,T1,0\nR1,EXTRA,T2,0\nR2,WK,T3,1\n"
    result = _run(write_feed(tmp_path / "f.zip", {"calendar_dates.txt": dates, "trips.txt": trips}))
    stops = _by_id(result)
    assert stops["S1"].departures_day == 1 and stops["S1"].first_departure == "08:10"  # only T2 (EXTRA)
    assert stops["S3"].departures_day == 0  # T3's WK removed on that day
    wednesday = _by_id(_run(tmp_path / "f.zip", day=dt.date(2024, 1, 3)))
    assert wednesday["S1"].departures_day == 1 and wednesday["S1"].first_departure == "07:10"


def test_calendar_dates_alone_without_calendar_txt(tmp_path):
    dates = "service_id,date,exception_type\nWK,20240102,1\n"
    result = _run(write_feed(tmp_path / "f.zip", {"calendar.txt": None, "calendar_dates.txt": dates}))
    assert _by_id(result)["S1"].departures_day == 2


def test_times_past_midnight_belong_to_the_service_day(tmp_path):
    times = ("trip_id,arrival_time,departure_time,stop_id,stop_sequence\n"
             "T1,23:50:00,23:50:00,S1,1\nT1,24:10:00,24:10:00,S2,2\nT2,25:30:00,25:30:00,S1,1\n"
             "T2,25:40:00,25:40:00,S2,2\nT3,7:05:00,7:05:00,P1b,1\nT3,07:15:00,07:15:00,S3,2\n")
    path = write_feed(tmp_path / "f.zip", {"stop_times.txt": times})
    stops = _by_id(_run(path, window=parse_window("23-26")))
    assert stops["S1"].departures_window == 2 and stops["S1"].last_departure == "25:30"
    assert stops["S2"].first_departure == "24:10"
    assert _by_id(_run(path))["S3"].departures_window == 1  # "7:05:00" (one hour digit) is read


def test_frequencies_are_expanded_and_their_pattern_times_not_counted(tmp_path):
    freq = ("trip_id,start_time,end_time,headway_secs,exact_times\n"
            "T1,07:00:00,08:00:00,600,1\n"  # 07:00, 07:10, ..., 07:50: six runs (end exclusive)
            "T3,07:00:00,07:30:00,900,0\n")  # headway-based: 07:00, 07:15
    result = _run(write_feed(tmp_path / "f.zip", {"frequencies.txt": freq}), platforms="each")
    stops = _by_id(result)
    assert stops["S1"].departures_window == 6 + 1  # six runs of T1 and T2 at 08:10
    assert stops["S1"].first_departure == "07:00" and stops["S1"].last_departure == "08:10"
    assert stops["S2"].first_departure == "07:10"  # shifted by the pattern's 10 minutes
    assert stops["P1a"].last_departure == "08:10"  # the 07:50 run + the pattern's 20 minutes
    assert stops["S3"].departures_window == 2 and stops["S3"].first_departure == "07:10"
    assert any("exact_times 0" in n for n in result.notes)
    routes = result.routes
    assert int(routes.loc[routes.route_id == "R1", "trips_day"].sum()) == 6 + 1


def test_boarding_only_skips_calls_without_pickup(tmp_path):
    times = ("trip_id,arrival_time,departure_time,stop_id,stop_sequence,pickup_type\n"
                                      "T1,07:10:00,07:10:00,S1,1,\nT1,07:20:00,07:20:00,S2,2,1\n"
                                      "T3,07:05:00,07:05:00,P1b,1,0\nT3,07:15:00,07:15:00,S3,2,1\n")
    path = write_feed(tmp_path / "f.zip", {"stop_times.txt": times})
    every = _by_id(_run(path))
    boarding = _by_id(_run(path, boarding_only=True))
    assert every["S2"].departures_day == 1 and boarding["S2"].departures_day == 0
    assert boarding["S1"].departures_day == 1


def test_the_default_day_is_the_next_ordinary_midweek_day(tmp_path):
    # Tuesday 2 January 2024 is a holiday in this feed (service removed): the next ordinary day is Wednesday.
    dates = "service_id,date,exception_type\nWK,20240102,2\n"
    path = write_feed(tmp_path / "f.zip", {"calendar_dates.txt": dates})
    result = run(TransitInputs(path, today=dt.date(2024, 1, 1)))
    assert result.day == dt.date(2024, 1, 3) and "Tuesday-Thursday" in result.day_reason
    ended = run(TransitInputs(path, today=dt.date(2026, 6, 1)))
    assert ended.day == dt.date(2024, 12, 31) and "ended" in ended.day_reason  # its last Tuesday
    early = run(TransitInputs(path, today=dt.date(2023, 6, 1)))
    assert early.day == dt.date(2024, 1, 3)


def test_route_lines_from_stop_sequences_where_there_are_no_shapes(tmp_path):
    result = _run(write_feed(tmp_path / "f.zip"))
    routes = result.routes
    assert set(routes["from"]) == {"stops"}
    assert sorted(routes["route_id"]) == ["R1", "R1", "R2"]  # T1 and T2 stop at 3 and 2 stops: two patterns
    r2 = routes[routes.route_id == "R2"].iloc[0]
    assert r2["mode"] == "tram" and r2.geometry.geom_type == "LineString" and len(r2.geometry.coords) == 2


def test_route_lines_from_shapes_txt(tmp_path):
    shapes = ("shape_id,shape_pt_lat,shape_pt_lon,shape_pt_sequence\n"
              "SH1,60.17,24.94,1\nSH1,60.175,24.945,2\nSH1,60.18,24.95,3\nBAD,60.1,24.9,1\n")
    trips = "route_id,service_id,trip_id,direction_id,shape_id\nR1,WK,T1,0,SH1\nR1,WK,T2,0,SH1\nR2,WK,T3,1,BAD\n"
    result = _run(write_feed(tmp_path / "f.zip", {"shapes.txt": shapes, "trips.txt": trips}))
    routes = result.routes.set_index("route_id")
    assert routes.loc["R1", "from"] == "shapes.txt" and len(routes.loc["R1", "geometry"].coords) == 3
    assert routes.loc["R1", "trips_day"] == 2
    assert routes.loc["R2", "from"] == "stops"  # its shape had one point: drawn through its stops
    assert any("fewer than two points" in n for n in result.notes)


def test_a_folder_and_the_pandas_c_reader_give_the_same_stops(tmp_path):
    zipped = _run(write_feed(tmp_path / "f.zip")).stops.drop(columns="geometry")
    folder = _run(write_feed(tmp_path / "feed", as_zip=False), engine="c").stops.drop(columns="geometry")
    assert zipped.sort_values("stop_id").reset_index(drop=True).equals(
        folder.sort_values("stop_id").reset_index(drop=True))


@pytest.mark.parametrize(("value", "mode"), [(0, "tram"), (1, "metro"), (2, "rail"), (3, "bus"), (4, "ferry"),
                                            (11, "bus"), (109, "rail"), (200, "bus"), (401, "metro"),
                                            (700, "bus"), (717, "bus"), (900, "tram"), (1000, "ferry"),
                                            (1200, "ferry"), (1700, "other"), ("x", "other")])
def test_route_types_map_to_modes(value, mode):
    from layers.transit.modes import mode_of

    assert mode_of(value) == mode


def test_times_are_parsed_from_the_arrow_buffer_and_slowly_where_odd():
    import pyarrow as pa

    from layers.transit.times import parse_times

    got = parse_times(pa.chunked_array([["07:05:00", "7:05:00", None], ["25:10:00", "", "7:5:00", "100:00:00"]]))
    assert got.tolist() == [25500, 25500, -1, 90600, -1, -1, 360000]
