"""How often each stop is served on one service day: calls in a time window and in the day, first and last.

Rules, chosen so that the figures can be checked against a plain count of ``stop_times.txt``:

- A *departure* is a scheduled call of a vehicle at the stop (one stop_times row of a trip that runs that day):
  this is what timetable-based service-frequency tools count and what the issue's figures for the HSL feed use.
  ``boarding_only`` leaves out calls where ``pickup_type`` is 1 (no boarding; e.g. HSL's last stops).
- Times are on the *service day's* clock: a trip of the chosen day that leaves at ``25:10:00`` counts in that
  day (at 01:10 the next night), and a window such as ``23-26`` reaches past midnight.  Trips of the previous
  service day that run after midnight are not counted in this one.
- ``frequencies.txt`` is expanded: a trip with frequency blocks runs at ``start_time + k * headway_secs`` while
  before ``end_time`` (end exclusive), with its stop times shifted by the same offsets from its first stop; its
  own stop times are only the pattern, never counted themselves.  ``exact_times`` 0 (headway-based) is counted
  the same way, as an estimate, and said in the notes.
- Parent stations and platforms count once: with ``platforms="parent"`` (the default) a platform's calls count
  at its parent station, which becomes one stop with the sum; the platforms are not listed of their own.  A
  boarding area counts at its platform.  ``platforms="each"`` lists every stop and station as in stops.txt.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

import numpy as np
import pandas as pd

from layers.errors import UserError
from layers.i18n import format_number, translate
from layers.transit.tables import Feed

Platforms = Literal["parent", "each"]

SERVICE_CLASSES = ((12.0, ">= 12/h"), (6.0, "6-12/h"), (2.0, "2-6/h"), (0.0, "< 2/h"))
"""Departures an hour at or above each bound, best first: the classes the map and the legend show."""


def service_class(per_hour: np.ndarray | pd.Series) -> np.ndarray:
    """The class label of each departures-an-hour value (see :data:`SERVICE_CLASSES`)."""
    values = np.asarray(per_hour, dtype=float)
    out = np.full(len(values), SERVICE_CLASSES[-1][1], dtype=object)
    for bound, label in reversed(SERVICE_CLASSES[:-1]):
        out[values >= bound] = label
    return out


@dataclass
class Calls:
    """The day's calls, one element per vehicle stopping: stop (row of ``feed.stops``), time, trip; and how
    many times each trip runs that day (``runs``, per row of ``feed.trips``: 0, 1, or a frequency block's)."""

    stop: np.ndarray
    time: np.ndarray
    trip: np.ndarray
    runs: np.ndarray
    run: np.ndarray | None = None  # per call: which vehicle run (a trip's row, or one frequency run after them)


def trips_per_service(feed: Feed) -> pd.Series:
    """How many trips each service_id runs in a day, frequency blocks expanded (to choose the default day)."""
    weight = (np.bincount(feed.st_trip, minlength=len(feed.trips)) > 0).astype(np.int64)
    f = feed.frequencies
    if len(f):
        runs = np.ceil((f["end"] - f["start"]) / f["headway"]).astype(np.int64).to_numpy()
        weight[f["trip"].unique()] = 0
        np.add.at(weight, f["trip"].to_numpy(), runs)
    return pd.Series(weight, index=feed.trips["service_id"].to_numpy()).groupby(level=0).sum()


def day_calls(feed: Feed, services: set[str], *, boarding_only: bool = False) -> Calls:
    """Every call of the trips that run on a day with ``services``, frequency blocks expanded."""
    active = feed.trips["service_id"].isin(services).to_numpy()
    if not active.any():
        raise UserError(translate("transit", "{label}: no trip of trips.txt runs on the chosen day (its service_ids "
                                             "are not in the calendar for that day); choose another day (--day) "
                                             "within the feed's dates").format(label=feed.label))
    f = feed.frequencies
    is_freq = np.zeros(len(feed.trips), dtype=bool)
    is_freq[f["trip"].to_numpy()] = True
    rows_active = active[feed.st_trip]
    plain = rows_active & ~is_freq[feed.st_trip]
    template = rows_active & is_freq[feed.st_trip]
    runs = (np.bincount(feed.st_trip[plain], minlength=len(feed.trips)) > 0).astype(np.int64)
    if boarding_only:
        plain &= feed.st_pickup
    stop, time, trip = [feed.st_stop[plain]], [feed.st_time[plain]], [feed.st_trip[plain]]
    run = [feed.st_trip[plain].astype(np.int64)]
    if template.any():
        t_trip = feed.st_trip[template]
        t_time = feed.st_time[template].astype(np.int64)
        first = pd.Series(t_time).groupby(t_trip).transform("min").to_numpy()
        pattern = pd.DataFrame({"trip": t_trip, "stop": feed.st_stop[template], "offset": t_time - first})
        if boarding_only:
            pattern = pattern[feed.st_pickup[template]]
        blocks = f[active[f["trip"].to_numpy()]]
        runs_of_block = np.ceil((blocks["end"] - blocks["start"]) / blocks["headway"]).astype(np.int64).to_numpy()
        block_of = np.repeat(np.arange(len(blocks)), runs_of_block)
        k = np.arange(len(block_of)) - np.repeat(np.cumsum(runs_of_block) - runs_of_block, runs_of_block)
        headway = blocks["headway"].to_numpy()[block_of]
        starts = pd.DataFrame({"trip": blocks["trip"].to_numpy()[block_of],
                               "start": blocks["start"].to_numpy()[block_of] + k * headway,
                               "run": len(feed.trips) + np.arange(len(block_of))})
        np.add.at(runs, blocks["trip"].to_numpy(), runs_of_block * np.isin(blocks["trip"], t_trip))
        expanded = pattern.merge(starts, on="trip", how="inner")
        stop.append(expanded["stop"].to_numpy(np.int32))
        time.append((expanded["start"] + expanded["offset"]).to_numpy(np.int32))
        trip.append(expanded["trip"].to_numpy(np.int32))
        run.append(expanded["run"].to_numpy(np.int64))
    return Calls(np.concatenate(stop), np.concatenate(time), np.concatenate(trip), runs, np.concatenate(run))


def stop_targets(stops: pd.DataFrame, platforms: Platforms) -> np.ndarray:
    """For each row of ``stops``, the row its calls count at (itself, its station, or -1: not a stop)."""
    n = len(stops)
    ids = pd.Index(stops["stop_id"])
    loc = stops["location_type"].to_numpy()
    parent = ids.get_indexer(stops["parent_station"].to_numpy())
    target = np.arange(n)
    # a boarding area (4) counts at its platform
    area = (loc == 4) & (parent >= 0)
    target[area] = parent[area]
    target[(loc == 4) & (parent < 0)] = -1
    target[np.isin(loc, (2, 3))] = -1  # entrances and generic nodes: nobody boards there
    if platforms == "parent":
        ok = target >= 0
        up = np.full(n, -1)
        up[ok] = parent[target[ok]]
        to_station = ok & (up >= 0)
        to_station[to_station] = loc[up[to_station]] == 1
        target[to_station] = up[to_station]
    return target


def has_coordinates(stops: pd.DataFrame) -> np.ndarray:
    """Stops with usable lon/lat (finite, in range and not the 0,0 of a blank export)."""
    lat, lon = stops["lat"].to_numpy(float), stops["lon"].to_numpy(float)
    return (np.isfinite(lat) & np.isfinite(lon) & (np.abs(lat) <= 90) & (np.abs(lon) <= 180)
            & ~((lat == 0) & (lon == 0)))


def stop_service(feed: Feed, calls: Calls, window: tuple[int, int], platforms: Platforms,
                 notes: list[str]) -> pd.DataFrame:
    """One row per stop: stop_id, name, modes, per_hour, window and day departures, first, last, routes."""
    stops = feed.stops
    target = stop_targets(stops, platforms)
    located = has_coordinates(stops)
    listed = (target == np.arange(len(stops))) & np.isin(stops["location_type"].to_numpy(), (0, 1))
    where = target[calls.stop]
    row_ok = np.zeros(len(stops), dtype=bool)
    row_ok[listed & located] = True
    counted = (where >= 0) & row_ok[np.maximum(where, 0)]
    lost = ~counted
    unplaced = listed & ~located
    if unplaced.any():
        notes.append(translate("transit", "stops.txt: {count} stops without coordinates were dropped ({count2} of "
                                          "the day's calls)").format(
                         count=format_number(int(unplaced.sum())), count2=format_number(int(lost.sum()))))
    if not (listed & located).any():
        raise UserError(translate("transit", "{label}: stops.txt (the stops table) has no stop with coordinates "
                                             "(stop_lat, stop_lon); add them").format(label=feed.label))
    rows = np.flatnonzero(listed & located)
    out_index = np.full(len(stops), -1)
    out_index[rows] = np.arange(len(rows))
    at = out_index[where[counted]]
    t = calls.time[counted].astype(np.int64)
    trip = calls.trip[counted]
    n = len(rows)
    in_window = (t >= window[0]) & (t < window[1])
    window_deps = np.bincount(at[in_window], minlength=n)
    day_deps = np.bincount(at, minlength=n)
    first = np.full(n, -1, dtype=np.int64)
    last = np.full(n, -1, dtype=np.int64)
    if len(at):
        g = pd.Series(t).groupby(at)
        lows, highs = g.min(), g.max()
        first[lows.index.to_numpy()] = lows.to_numpy()
        last[highs.index.to_numpy()] = highs.to_numpy()
    route_of_trip = pd.Index(feed.routes["route_id"]).get_indexer(feed.trips["route_id"].to_numpy())
    routes = _joined(at, route_of_trip[trip], feed.routes["short"].to_numpy(), n)
    modes = _joined(at, route_of_trip[trip], feed.routes["mode"].to_numpy(), n)
    hours = (window[1] - window[0]) / 3600.0
    merged = out_index[target[(target >= 0) & (target != np.arange(len(stops)))]]
    platforms_of = np.bincount(merged[merged >= 0], minlength=n)
    base = stops.iloc[rows]
    frame = pd.DataFrame({
        "stop_id": base["stop_id"].to_numpy(),
        "name": base["name"].to_numpy(),
        "modes": modes,
        "per_hour": np.round(window_deps / hours, 2),
        "departures_window": window_deps.astype(np.int64),
        "departures_day": day_deps.astype(np.int64),
        "first_departure": first,
        "last_departure": last,
        "routes": routes,
        "platforms": platforms_of.astype(np.int64),
        "lon": base["lon"].to_numpy(float),
        "lat": base["lat"].to_numpy(float),
    })
    frame["service"] = service_class(frame["per_hour"])
    return frame


def _joined(at: np.ndarray, value_code: np.ndarray, names: np.ndarray, n: int) -> np.ndarray:
    """Per output stop, the distinct ``names[value_code]`` in natural order joined with ", " ("" when none).

    Millions of calls reduce to distinct (stop, name) keys with one bincount (or a sort where the key space is
    large); the strings are only joined per stop."""
    out = np.full(n, "", dtype=object)
    ok = value_code >= 0
    if not ok.any():
        return out
    distinct = sorted(set(names.tolist()), key=lambda v: (_natural_key(str(v)), str(v)))
    m = len(distinct)
    name_code = pd.Index(distinct).get_indexer(names)
    key = at[ok].astype(np.int64) * m + name_code[value_code[ok]]
    keys = np.flatnonzero(np.bincount(key, minlength=n * m)) if n * m <= 50_000_000 else np.unique(key)
    stop_of, name_of = keys // m, keys % m
    bounds = np.searchsorted(stop_of, np.arange(n + 1))
    labels = np.array(distinct, dtype=object)
    for stop in np.flatnonzero(np.diff(bounds)):
        out[stop] = ", ".join(labels[name_of[bounds[stop]:bounds[stop + 1]]])
    return out


def _natural_key(s: str) -> int:
    """Route names sort as people read them (2, 14, 550, then 14N after 14): by their leading number."""
    digits = ""
    for ch in s:
        if not ch.isdigit():
            break
        digits += ch
    return int(digits) if digits else 10**9
