"""A GTFS feed's tables, read, checked and joined into arrays the service count works on.

What is required and what is optional follows the GTFS reference, kept to what the service level needs:
stops (id, lat, lon), routes (id, type), trips (route, service, trip), stop_times (trip, stop, sequence and a
time), a calendar.  What cannot be used is dropped and said in ``notes`` (a partial feed still loads); what makes
the feed useless raises a :class:`~layers.errors.UserError` naming the file and the table.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
import pandas as pd
import pyarrow as pa

from layers.errors import UserError
from layers.i18n import format_number, translate
from layers.tasks import CancelledFn, ProgressFn, check_cancelled, never_cancelled, no_progress
from layers.transit.calendar import ServiceCalendar
from layers.transit.feed import Engine, FeedSource, read_table
from layers.transit.times import MISSING, parse_times


@dataclass
class Feed:
    """The tables of one feed, ready for counting.  Stop times are numpy arrays of codes, one row per call."""

    source: FeedSource
    stops: pd.DataFrame  # stop_id, name, lat, lon, location_type (int), parent_station ("" when none)
    routes: pd.DataFrame  # route_id, short, long, route_type, mode
    trips: pd.DataFrame  # trip_id, route_id, service_id, shape_id, direction_id; index 0..n-1 = trip codes
    st_trip: np.ndarray  # per stop time: index into trips
    st_stop: np.ndarray  # per stop time: index into stops
    st_seq: np.ndarray  # stop_sequence
    st_time: np.ndarray  # seconds (departure, else arrival)
    st_pickup: np.ndarray  # bool: passengers may board (pickup_type is not 1)
    frequencies: pd.DataFrame  # trip (code), start, end, headway, exact (0/1)
    calendar: ServiceCalendar
    notes: list[str] = field(default_factory=list)

    @property
    def label(self) -> str:
        return self.source.label


def load_feed(source: FeedSource, *, engine: Engine = "pyarrow", progress: ProgressFn | None = None,
              cancelled: CancelledFn | None = None) -> Feed:
    """Read every table the service level needs (stop times take most of the time: 0.1-0.8 of progress)."""
    report = progress or no_progress
    stop = cancelled or never_cancelled
    notes: list[str] = []
    label = source.label
    report(0.0, f"{label}: reading stops, routes and trips")
    stops = _stops(source, engine, notes)
    routes = _routes(source, engine)
    trips = _trips(source, engine, routes, notes)
    check_cancelled(stop)
    calendar = ServiceCalendar.from_frames(label, _optional(source, "calendar.txt", engine, [
        "service_id", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "start_date",
        "end_date"]), _optional(source, "calendar_dates.txt", engine, ["service_id", "date", "exception_type"]))
    report(0.1, f"{label}: reading stop_times.txt")
    table = read_table(source, "stop_times.txt", ["trip_id", "stop_id", "stop_sequence"],
                       ["arrival_time", "departure_time", "pickup_type"], engine=engine,
                       strings=["arrival_time", "departure_time"])
    check_cancelled(stop)
    report(0.7, f"{label}: matching stop times to trips and stops")
    if "arrival_time" not in table.column_names and "departure_time" not in table.column_names:
        raise UserError(translate("transit", "{label}: stop_times.txt (the stop_times table) has neither "
                                             "departure_time nor arrival_time, so no service can be counted; "
                                             "add them").format(
                            label=label))
    arrays = _stop_time_arrays(table, stops, trips, label, notes)
    del table
    check_cancelled(stop)
    frequencies = _frequencies(source, engine, trips, notes)
    served = np.bincount(arrays[0], minlength=len(trips)) > 0
    if (~served).any():
        notes.append(translate("transit", "{count} trips in trips.txt have no stop times and were dropped").format(
                         count=format_number(int((~served).sum()))))
    report(0.8, f"{label}: tables read")
    return Feed(source, stops, routes, trips, *arrays, frequencies=frequencies, calendar=calendar, notes=notes)


def _stops(source: FeedSource, engine: Engine, notes: list[str]) -> pd.DataFrame:
    t = read_table(source, "stops.txt", ["stop_id", "stop_lat", "stop_lon"],
                   ["stop_name", "location_type", "parent_station"], engine=engine, strings=["stop_name"])
    df = t.to_pandas()
    out = pd.DataFrame({"stop_id": df["stop_id"].astype(str)})
    out["name"] = df["stop_name"].astype("string").fillna("").to_numpy() if "stop_name" in df else ""
    out["lat"] = pd.to_numeric(df["stop_lat"], errors="coerce").to_numpy()
    out["lon"] = pd.to_numeric(df["stop_lon"], errors="coerce").to_numpy()
    loc = pd.to_numeric(df["location_type"], errors="coerce") if "location_type" in df else pd.Series(0, df.index)
    out["location_type"] = loc.fillna(0).astype(int).to_numpy()
    parent = df["parent_station"].astype("string").fillna("") if "parent_station" in df else pd.Series("", df.index)
    out["parent_station"] = parent.to_numpy()
    out = _first_of_each(out, "stop_id", "stops.txt", notes)
    if out.empty:
        raise UserError(translate("transit", "{label}: stops.txt (the stops table) has no stops; a feed needs its "
                                             "stops").format(label=source.label))
    return out.reset_index(drop=True)


def _routes(source: FeedSource, engine: Engine) -> pd.DataFrame:
    from layers.transit.modes import mode_of

    t = read_table(source, "routes.txt", ["route_id", "route_type"], ["route_short_name", "route_long_name"],
                   engine=engine, strings=["route_short_name", "route_long_name"])
    df = t.to_pandas()
    out = pd.DataFrame({"route_id": df["route_id"].astype(str)})
    for col, name in (("route_short_name", "short"), ("route_long_name", "long")):
        out[name] = df[col].astype("string").fillna("").to_numpy() if col in df else ""
    out["route_type"] = df["route_type"].to_numpy()
    out["mode"] = [mode_of(v) for v in out["route_type"]]
    out["short"] = out["short"].where(out["short"] != "", out["route_id"])
    return out.drop_duplicates("route_id").reset_index(drop=True)


def _trips(source: FeedSource, engine: Engine, routes: pd.DataFrame, notes: list[str]) -> pd.DataFrame:
    t = read_table(source, "trips.txt", ["route_id", "service_id", "trip_id"], ["shape_id", "direction_id"],
                   engine=engine)
    df = t.to_pandas()
    out = pd.DataFrame({c: df[c].astype(str).to_numpy() for c in ("trip_id", "route_id", "service_id")})
    out["shape_id"] = df["shape_id"].astype("string").fillna("").to_numpy() if "shape_id" in df else ""
    direction = pd.to_numeric(df["direction_id"], errors="coerce") if "direction_id" in df else None
    out["direction_id"] = direction.fillna(-1).astype(int).to_numpy() if direction is not None else -1
    known = out["route_id"].isin(routes["route_id"])
    if (~known).any():
        notes.append(translate("transit", "trips.txt: {count} trips of routes missing from routes.txt were "
                                          "dropped").format(count=format_number(int((~known).sum()))))
        out = out[known]
    out = _first_of_each(out, "trip_id", "trips.txt", notes)
    if out.empty:
        raise UserError(translate("transit", "{label}: trips.txt (the trips table) has no trips of the routes in "
                                             "routes.txt").format(label=source.label))
    return out.reset_index(drop=True)


def _optional(source: FeedSource, name: str, engine: Engine, required: list[str]) -> pd.DataFrame | None:
    if not source.has(name):
        return None
    return read_table(source, name, required, engine=engine, strings=required).to_pandas()


def _codes(column: pa.ChunkedArray, index: pd.Index) -> np.ndarray:
    """Positions in ``index`` of a dictionary-encoded id column (-1 where absent or null)."""
    arr = column.combine_chunks() if isinstance(column, pa.ChunkedArray) else column
    if not pa.types.is_dictionary(arr.type):
        arr = arr.cast(pa.string()).dictionary_encode()
    lookup = index.get_indexer(arr.dictionary.to_pandas().astype(str))
    idx = arr.indices.fill_null(-1).to_numpy(zero_copy_only=False).astype(np.int64)
    if len(lookup) == 0:
        return np.full(len(idx), -1, dtype=np.int64)
    return np.where(idx >= 0, lookup[np.maximum(idx, 0)], -1)


def _stop_time_arrays(table: pa.Table, stops: pd.DataFrame, trips: pd.DataFrame, label: str,
                      notes: list[str]) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    n = table.num_rows
    if n == 0:
        raise UserError(translate("transit", "{label}: stop_times.txt (the stop_times table) is empty: no trip stops "
                                             "anywhere").format(label=label))
    trip = _codes(table["trip_id"], pd.Index(trips["trip_id"]))
    stop = _codes(table["stop_id"], pd.Index(stops["stop_id"]))
    seq = pd.to_numeric(table["stop_sequence"].to_pandas(), errors="coerce").fillna(-1).to_numpy(np.int64)
    time = np.full(n, MISSING, dtype=np.int32)
    if "departure_time" in table.column_names:
        time = parse_times(table["departure_time"])
    if "arrival_time" in table.column_names:
        gaps = time == MISSING
        if gaps.any():
            time[gaps] = parse_times(table["arrival_time"])[gaps]
    if "pickup_type" in table.column_names:
        pickup = pd.to_numeric(table["pickup_type"].to_pandas(), errors="coerce").to_numpy() != 1
    else:
        pickup = np.ones(n, dtype=bool)
    untimed = (trip >= 0) & (time == MISSING)
    if untimed.any():
        time = interpolate_times(trip, seq, time)
        filled = int((untimed & (time != MISSING)).sum())
        if filled:
            notes.append(translate("transit", "stop_times.txt: {filled} stop times without a time were interpolated "
                                              "between their trip's timed stops (by stop order)").format(
                             filled=format_number(filled)))
    keep = (trip >= 0) & (stop >= 0) & (time != MISSING)
    for bad, what in ((trip < 0, translate("transit", "of trips missing from trips.txt")),
                      (stop < 0, translate("transit", "at stops missing from stops.txt")),
                      ((trip >= 0) & (stop >= 0) & (time == MISSING),
                       translate("transit", "without a time, and no timed stop of their trip on both sides,"))):
        if bad.any():
            notes.append(translate("transit", "stop_times.txt: {count} stop times {what} were dropped").format(
                             count=format_number(int(bad.sum())), what=what))
    if not keep.any():
        raise UserError(translate("transit", "{label}: stop_times.txt (the stop_times table) has no usable stop "
                                             "time: none matches a trip of trips.txt and a stop of stops.txt with a "
                                             "time; check the ids").format(label=label))
    return (trip[keep].astype(np.int32), stop[keep].astype(np.int32), seq[keep], time[keep], pickup[keep])


def interpolate_times(trip: np.ndarray, seq: np.ndarray, time: np.ndarray) -> np.ndarray:
    """Fill untimed stop times (GTFS allows them between timepoints) linearly by stop order between the trip's
    timed stops before and after; the first and last stops of a trip must be timed, so others stay missing."""
    order = np.lexsort((seq, trip))
    t, tr = time[order].astype(np.int64), trip[order]
    timed = t != MISSING
    idx = np.arange(len(t))
    prev = np.maximum.accumulate(np.where(timed, idx, -1))
    nxt = np.minimum.accumulate(np.where(timed, idx, len(t))[::-1])[::-1]
    gap = ~timed & (prev >= 0) & (nxt < len(t))
    gap[gap] = (tr[prev[gap]] == tr[idx[gap]]) & (tr[nxt[gap]] == tr[idx[gap]])
    p, q = prev[gap], nxt[gap]
    filled = t.copy()
    filled[gap] = t[p] + (t[q] - t[p]) * (idx[gap] - p) // (q - p)
    out = np.empty_like(time)
    out[order] = filled.astype(time.dtype)
    return out


def _frequencies(source: FeedSource, engine: Engine, trips: pd.DataFrame, notes: list[str]) -> pd.DataFrame:
    empty = pd.DataFrame({"trip": np.array([], np.int32), "start": np.array([], np.int32),
                          "end": np.array([], np.int32), "headway": np.array([], np.int32),
                          "exact": np.array([], np.int8)})
    if not source.has("frequencies.txt"):
        return empty
    t = read_table(source, "frequencies.txt", ["trip_id", "start_time", "end_time", "headway_secs"],
                   ["exact_times"], engine=engine, strings=["start_time", "end_time"])
    if t.num_rows == 0:
        return empty
    trip = _codes(t["trip_id"], pd.Index(trips["trip_id"]))
    start, end = parse_times(t["start_time"]), parse_times(t["end_time"])
    headway = pd.to_numeric(t["headway_secs"].to_pandas(), errors="coerce").fillna(0).to_numpy(np.int64)
    exact = (pd.to_numeric(t["exact_times"].to_pandas(), errors="coerce").fillna(0).to_numpy(np.int64)
             if "exact_times" in t.column_names else np.zeros(len(trip), np.int64))
    ok = (trip >= 0) & (start != MISSING) & (end > start) & (headway > 0)
    if (~ok).any():
        notes.append(translate("transit", "frequencies.txt: {count} blocks with an unknown trip, a bad time or a "
                                          "headway of 0 were dropped").format(count=format_number(int((~ok).sum()))))
    if (exact[ok] == 0).any():
        notes.append(translate("transit", "frequencies.txt: {count} blocks are headway-based (exact_times 0): their "
                                          "departures are counted every headway_secs from start_time, as an "
                                          "estimate").format(
                         count=format_number(int((exact[ok] == 0).sum()))))
    return pd.DataFrame({"trip": trip[ok].astype(np.int32), "start": start[ok], "end": end[ok],
                         "headway": headway[ok].astype(np.int32), "exact": exact[ok].astype(np.int8)})


def _first_of_each(out: pd.DataFrame, key: str, table: str, notes: list[str]) -> pd.DataFrame:
    """``out`` with the first row of each ``key`` only, noting how many repeats ``table`` had."""
    dupes = out[key].duplicated()
    if dupes.any():
        notes.append(translate("transit", "{table}: {count} repeated {key}s; the first of each was kept").format(
                         table=table, count=format_number(int(dupes.sum())), key=key))
        out = out[~dupes]
    return out
