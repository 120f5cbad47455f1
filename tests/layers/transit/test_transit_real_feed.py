"""The real HSL feed (1,388 stops, one weekday): the issue's figures, checked by a plain pandas count.

The independent count expands ``frequencies.txt`` row by row in Python (nothing from ``layers.transit``), so a
mistake in the vectorised expansion, the window bounds or the calendar would show here.
"""

from __future__ import annotations

import datetime as dt
import zipfile

import pandas as pd
import pytest

from layers.transit import TransitInputs, run

pytestmark = pytest.mark.shared_data


@pytest.fixture(scope="module")
def hsl(shared_data):
    path = shared_data / "hsl_gtfs_2022_cropped.zip"
    if not path.is_file():
        pytest.skip(f"{path.name} not in {shared_data}")
    return path


def _seconds(text: str) -> int:
    h, m, s = text.split(":")
    return int(h) * 3600 + int(m) * 60 + int(s)


def _plain_count(path, start: int, end: int) -> pd.Series:
    """Calls per stop_id in [start, end): stop_times of trips without frequencies, plus every frequency run."""
    with zipfile.ZipFile(path) as zf:
        read = lambda name: pd.read_csv(zf.open(name), dtype=str)  # noqa: E731
        stops, times, freq = read("stops.txt"), read("stop_times.txt"), read("frequencies.txt")
    times["t"] = times["departure_time"].map(_seconds)
    first = times.groupby("trip_id")["t"].min()
    counts: dict[str, int] = dict.fromkeys(stops["stop_id"], 0)
    templated = set(freq["trip_id"])
    for stop, t, trip in zip(times["stop_id"], times["t"], times["trip_id"], strict=True):
        if trip not in templated and start <= t < end:
            counts[stop] += 1
    by_trip = {trip: list(zip(g["stop_id"], g["t"] - first[trip], strict=True))
               for trip, g in times[times["trip_id"].isin(templated)].groupby("trip_id")}
    for row in freq.itertuples():
        run_start, block_end, headway = _seconds(row.start_time), _seconds(row.end_time), int(row.headway_secs)
        while run_start < block_end:
            for stop, offset in by_trip[row.trip_id]:
                if start <= run_start + offset < end:
                    counts[stop] += 1
            run_start += headway
    return pd.Series(counts)


def test_the_issue_figures_for_the_morning_peak(hsl):
    result = run(TransitInputs(hsl, platforms="each"))
    assert result.day == dt.date(2022, 2, 22)  # the feed's one weekday (a Tuesday), chosen by default
    stops = result.stops.set_index("stop_id")
    assert len(stops) == 1388
    plain = _plain_count(hsl, 7 * 3600, 9 * 3600)
    assert stops["departures_window"].sort_index().equals(plain.sort_index().astype("int64"))
    assert int((stops["per_hour"] < 1).sum()) == 195 == int((plain / 2 < 1).sum())
    assert int((stops["per_hour"] < 4).sum()) == 331 == int((plain / 2 < 4).sum())


def test_stations_sum_their_platforms_and_everything_loads(hsl):
    each = run(TransitInputs(hsl, platforms="each", routes=False)).stops
    parent = run(TransitInputs(hsl)).stops
    assert len(parent) == 1388 - 106  # the 106 platforms of the 27 stations are counted at the stations
    assert parent["departures_day"].sum() == each["departures_day"].sum()
    assert int(parent["platforms"].sum()) == 106
    assert {"bus", "tram", "metro", "rail", "ferry"} <= {m for ms in parent["modes"] for m in ms.split(", ") if m}
    assert parent.crs.to_epsg() == 3067
    assert set(parent["service"]) == {">= 12/h", "6-12/h", "2-6/h", "< 2/h"}


def test_route_lines_come_from_shapes_by_mode(hsl):
    routes = run(TransitInputs(hsl)).routes
    assert set(routes["from"]) == {"shapes.txt"}
    assert {"bus", "tram", "metro", "rail", "ferry"} == set(routes["mode"])
    assert routes.geometry.length.min() > 100  # metres in EPSG:3067
    assert routes.total_bounds[0] > 250_000 and routes.total_bounds[2] < 550_000  # Uusimaa and round, in metres
