"""Bad feeds: a clear UserError naming the file and the table, or a partial load with notes of what was dropped."""

from __future__ import annotations

import datetime as dt

import pytest

from layers.errors import UserError
from layers.transit import TransitInputs, is_gtfs_path, run
from tests.layers.transit.gtfs_writer import BASE, write_feed

TUESDAY = dt.date(2024, 1, 2)


def _run(path, **kw):
    kw.setdefault("day", TUESDAY)
    return run(TransitInputs(path, **kw))


@pytest.mark.parametrize("missing", ["stops.txt", "routes.txt", "trips.txt", "stop_times.txt"])
def test_a_missing_required_file_is_named(tmp_path, missing):
    path = write_feed(tmp_path / "f.zip", {missing: None})
    with pytest.raises(UserError, match=rf"f\.zip: not a complete GTFS feed: {missing} missing"):
        _run(path)


def test_a_feed_without_any_calendar_is_refused(tmp_path):
    with pytest.raises(UserError, match=r"neither calendar.txt nor calendar_dates.txt"):
        _run(write_feed(tmp_path / "f.zip", {"calendar.txt": None}))


@pytest.mark.parametrize(("table", "text", "column"), [
    ("stops.txt", "stop_id,stop_name,stop_lon\nS1,A,24.9\n", "stop_lat"),
    ("trips.txt", "route_id,trip_id\nR1,T1\n", "service_id"),
    ("stop_times.txt", "trip_id,arrival_time,departure_time,stop_sequence\nT1,07:00:00,07:00:00,1\n", "stop_id"),
    ("routes.txt", "route_id,route_short_name\nR1,1\n", "route_type"),
    ("calendar.txt", "service_id,monday,start_date,end_date\nWK,1,20240101,20241231\n", "tuesday"),
])
def test_a_missing_column_names_the_file_the_table_and_the_column(tmp_path, table, text, column):
    path = write_feed(tmp_path / "f.zip", {table: text})
    with pytest.raises(UserError, match=rf"f\.zip: {table} \(the {table[:-4]} table\) lacks the column.*{column}"):
        _run(path)


def test_stops_without_coordinates_are_dropped_and_said(tmp_path):
    stops = BASE["stops.txt"].replace("S3,Gamma,60.19,24.96", "S3,Gamma,,")
    result = _run(write_feed(tmp_path / "f.zip", {"stops.txt": stops}))
    assert "S3" not in set(result.stops.stop_id)
    assert any("1 stops without coordinates were dropped (1 of the day's calls)" in n for n in result.notes)


def test_no_stop_with_coordinates_is_an_error(tmp_path):
    stops = "stop_id,stop_name,stop_lat,stop_lon\nS1,A,,\nS2,B,x,y\nS3,C,0,0\nP1a,D,,\nP1b,E,,\n"
    with pytest.raises(UserError, match=r"stops.txt \(the stops table\) has no stop with coordinates"):
        _run(write_feed(tmp_path / "f.zip", {"stops.txt": stops}))


def test_trips_without_stop_times_and_unknown_ids_are_noted(tmp_path):
    trips = BASE["trips.txt"] + "R1,WK,T9,0\nR9,WK,T8,0\n"
    times = BASE["stop_times.txt"] + "T7,09:00:00,09:00:00,S1,1\nT1,09:00:00,09:00:00,NOPE,9\n"
    result = _run(write_feed(tmp_path / "f.zip", {"trips.txt": trips, "stop_times.txt": times}))
    notes = "\n".join(result.notes)
    assert "1 trips in trips.txt have no stop times" in notes
    assert "1 trips of routes missing from routes.txt" in notes
    assert "1 stop times of trips missing from trips.txt" in notes
    assert "1 stop times at stops missing from stops.txt" in notes
    assert len(result.stops) == 4  # S1-S3 and the station: the rest still loads


def test_untimed_stops_are_interpolated_between_timepoints(tmp_path):
    times = ("trip_id,arrival_time,departure_time,stop_id,stop_sequence\n"
             "T1,07:10:00,07:10:00,S1,1\nT1,,,S2,2\nT1,07:30:00,07:30:00,P1a,3\n"
             "T2,,,S1,1\nT2,08:20:00,08:20:00,S2,2\n"  # a first stop without a time cannot be placed
             "T3,07:05:00,07:05:00,P1b,1\nT3,07:15:00,07:15:00,S3,2\n")
    result = _run(write_feed(tmp_path / "f.zip", {"stop_times.txt": times}), platforms="each")
    stops = {row.stop_id: row for row in result.stops.itertuples()}
    assert stops["S2"].first_departure == "07:20" and stops["S2"].departures_day == 2
    assert stops["S1"].departures_day == 1
    notes = "\n".join(result.notes)
    assert "1 stop times without a time were interpolated" in notes
    assert "1 stop times without a time, and no timed stop of their trip on both sides, were dropped" in notes


def test_no_usable_stop_time_is_an_error(tmp_path):
    times = "trip_id,arrival_time,departure_time,stop_id,stop_sequence\nX,07:00:00,07:00:00,S1,1\n"
    with pytest.raises(UserError, match=r"stop_times.txt \(the stop_times table\) has no usable stop time"):
        _run(write_feed(tmp_path / "f.zip", {"stop_times.txt": times}))


def test_a_day_the_calendar_never_runs_is_named(tmp_path):
    path = write_feed(tmp_path / "f.zip")
    with pytest.raises(UserError, match=r"no service of calendar.txt or calendar_dates.txt runs on 2024-01-06 "
                                        r"\(Saturday\)"):
        _run(path, day=dt.date(2024, 1, 6))
    with pytest.raises(UserError, match=r"2026-01-06 is outside the feed's calendar \(2024-01-01 to 2024-12-31"):
        _run(path, day=dt.date(2026, 1, 6))


@pytest.mark.parametrize(("code", "saturday"), [("fi", "lauantai"), ("sv", "lördag")])
def test_the_day_is_named_in_the_interface_language(tmp_path, language, code, saturday):
    """The weekday in the message is the language's (it was the C locale's English "Saturday")."""
    language(code)
    with pytest.raises(UserError, match=rf"2024-01-06 \({saturday}\)"):
        _run(write_feed(tmp_path / "f.zip"), day=dt.date(2024, 1, 6))


def test_a_calendar_that_never_runs_any_trip_is_an_error(tmp_path):
    trips = BASE["trips.txt"].replace("WK", "OTHER")
    with pytest.raises(UserError, match=r"never run any trip of trips.txt"):
        _run(write_feed(tmp_path / "f.zip", {"trips.txt": trips}), day=None)


def test_bad_dates_in_the_calendar_are_named(tmp_path):
    cal = BASE["calendar.txt"].replace("20241231", "2024-12-31")
    with pytest.raises(UserError, match=r"calendar.txt \(the calendar table\) has 1 end_date values that are not "
                                        r"dates YYYYMMDD \(e.g. '2024-12-31'\)"):
        _run(write_feed(tmp_path / "f.zip", {"calendar.txt": cal}))


def test_a_huge_table_is_refused_before_reading(tmp_path, monkeypatch):
    import layers.transit.feed as feed

    times = BASE["stop_times.txt"] + "T1,07:10:00,07:10:00,S1,1\n" * 100  # 2,842 bytes
    monkeypatch.setattr(feed, "MAX_TABLE_BYTES", 2000)
    with pytest.raises(UserError, match=r"f\.zip: stop_times.txt is 2,842 bytes uncompressed, more than regionmap "
                                        r"reads \(2,000 bytes\); crop the feed"):
        _run(write_feed(tmp_path / "f.zip", {"stop_times.txt": times}))


def test_a_feed_that_would_not_fit_in_the_free_memory_is_refused(tmp_path, monkeypatch):
    import layers.transit.feed as feed

    monkeypatch.setattr(feed, "available_memory", lambda: 1000)
    with pytest.raises(UserError, match=r"f\.zip: stop_times.txt is 242 bytes uncompressed; reading it needs about "
                                        r"1,210 bytes of memory and 1,000 bytes is free; close other programs"):
        _run(write_feed(tmp_path / "f.zip"))
    monkeypatch.setattr(feed, "available_memory", lambda: None)  # unknown: read it
    assert len(_run(write_feed(tmp_path / "g.zip")).stops) == 4


def test_not_a_zip_and_not_a_feed(tmp_path):
    bad = tmp_path / "bad.zip"
    bad.write_bytes(b"not a zip")
    with pytest.raises(UserError, match=r"bad.zip: not a readable zip file"):
        _run(bad)
    assert not is_gtfs_path(bad)
    assert is_gtfs_path(write_feed(tmp_path / "f.zip"))
    assert is_gtfs_path(write_feed(tmp_path / "folder", as_zip=False))
    assert not is_gtfs_path(write_feed(tmp_path / "nostops.zip", {"stop_times.txt": None}))


def test_a_feed_in_a_subfolder_of_the_zip_and_with_a_byte_order_mark_loads(tmp_path):
    import zipfile

    path = tmp_path / "nested.zip"
    with zipfile.ZipFile(path, "w") as zf:
        for name, text in BASE.items():
            zf.writestr(f"gtfs/{name}", ("\ufeff" if name == "stops.txt" else "") + text)
    assert is_gtfs_path(path)
    assert len(_run(path).stops) == 4


@pytest.mark.parametrize("engine", ["pyarrow", "c"])
def test_spaces_in_headers_crlf_lines_and_short_rows(tmp_path, engine):
    stops = BASE["stops.txt"].replace("stop_id,stop_name,stop_lat", "stop_id, stop_name , stop_lat").replace(
        "\n", "\r\n")
    result = _run(write_feed(tmp_path / "ok.zip", {"stops.txt": stops}), engine=engine)
    assert len(result.stops) == 4 and "Alpha" in set(result.stops["name"])
    broken = BASE["stop_times.txt"] + "T1,09:00:00\n"
    if engine == "c":  # pandas pads a short row with blanks: its stop time has no stop, and is dropped
        notes = _run(write_feed(tmp_path / "bad.zip", {"stop_times.txt": broken}), engine=engine).notes
        assert any("1 stop times at stops missing from stops.txt" in n for n in notes)
        return
    with pytest.raises(UserError, match=r"bad.zip: stop_times.txt \(the stop_times table\) could not be read: "):
        _run(write_feed(tmp_path / "bad.zip", {"stop_times.txt": broken}), engine=engine)
