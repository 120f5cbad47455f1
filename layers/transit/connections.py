"""Hot spots connected by timetable: for each pair, a direct trip or one with one transfer, its shortest
scheduled travel time in the window, and departures per day; the hot spots no such trip connects are isolated.

The region's aim is to connect its testbed cities; a line on the map that passes near two hot spots does not
say whether a bus runs between them, or when.  Here the feed's runs of the day are read (frequencies expanded,
:func:`layers.transit.service.day_calls`) and:

* a hot spot's stops are those within it or within ``walk_m`` of it (platforms count at their station);
* a run *visits* a hot spot where it calls at consecutive stops of it; a ride from hot spot A to B boards at
  the last stop of a visit of A and alights at the first stop of a later visit of B (the shortest ride);
* one transfer: ride from A to any later stop of the run, then board at that stop or another platform of its
  station at least ``transfer_s`` later, and ride to B; the earliest arrival at B counts;
* travel time is scheduled time from boarding to alighting (no walk or wait before boarding), the shortest
  among the departures from A in the window; departures per day count the runs leaving A on the day from which
  B is reached (directly, or with at most one transfer);
* a hot spot is isolated when no other hot spot is reached from it, or reaches it, with a departure in the
  window and at least ``min_per_day`` departures a day.

``run(inputs, progress, cancelled)`` is the task of the window and ``regionmap transit --connections``.  The hot
spots come from the caller (the region's, with their names): timetables lie below the coverage check here.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np
import pandas as pd

from layers.errors import UserError
from layers.i18n import translate
from layers.tasks import CancelledFn, ProgressFn, check_cancelled, never_cancelled, no_progress, sub_progress
from layers.transit.calendar import weekday_name
from layers.transit.task import DEFAULT_WINDOW

if TYPE_CHECKING:
    import geopandas as gpd

    from layers.model import Style

DEFAULT_WALK_M = 400.0  # about five minutes' walk to a stop at the hot spot's edge
DEFAULT_TRANSFER_S = 180  # three minutes to change at a stop or station
DIRECT, TRANSFER, NONE = "direct", "one transfer", "none in window"


def links_style() -> Style:
    """How the links between hot spots are drawn: by their ``connection``, a direct service dark and a link with
    one transfer light, both wider than a route line."""
    from layers.model import Style

    return Style(fill="#5f3dc4", stroke="#5f3dc4", width=2.5, opacity=0.9, category_field="connection",
                 categories=((DIRECT, "#5f3dc4"), (TRANSFER, "#b197fc")))


@dataclass(frozen=True)
class ConnectionInputs:
    path: Path
    hotspots: gpd.GeoDataFrame  # polygons in EPSG:3067
    names: tuple[str, ...] = ()  # one per hot spot (default: "hot spot 1", ...)
    day: dt.date | None = None  # None: the next ordinary weekday the feed covers
    window: tuple[int, int] = DEFAULT_WINDOW
    walk_m: float = DEFAULT_WALK_M
    transfer_s: int = DEFAULT_TRANSFER_S
    min_per_day: int = 1


@dataclass
class ConnectionResult:
    """``pairs``: one row per ordered pair of hot spots with a trip on the day (see :func:`connection_table`);
    ``lines``: one line per pair connected in the window, either way; ``isolated``: names."""

    day: dt.date
    day_reason: str
    window: tuple[int, int]
    names: list[str]
    pairs: pd.DataFrame
    lines: gpd.GeoDataFrame
    isolated: list[str]
    stops_in: list[int] = field(default_factory=list)  # stops (stations) counted at each hot spot
    notes: list[str] = field(default_factory=list)


# ---- the timetable search, on plain arrays ------------------------------------------------------------------
def _visits(run: np.ndarray, station: np.ndarray, time: np.ndarray, member: pd.DataFrame) -> pd.DataFrame:
    """Calls (sorted by run and time, position ``c``) at hot-spot stations, grouped into visits: consecutive
    calls of one run at one hot spot (first and last position and time)."""
    calls = pd.DataFrame({"c": np.arange(len(run)), "run": run, "x": station, "t": time})
    at = calls.merge(member, on="x").sort_values(["run", "h", "c"], kind="stable")
    c, r, h = at["c"].to_numpy(), at["run"].to_numpy(), at["h"].to_numpy()
    new = np.ones(len(at), dtype=bool)
    new[1:] = (r[1:] != r[:-1]) | (h[1:] != h[:-1]) | (c[1:] != c[:-1] + 1)
    at["visit"] = np.cumsum(new)
    return at.groupby("visit").agg(run=("run", "first"), h=("h", "first"), c0=("c", "min"), c1=("c", "max"),
                                   t0=("t", "min"), t1=("t", "max")).reset_index(drop=True)


def journeys(run: np.ndarray, station: np.ndarray, time: np.ndarray, member: pd.DataFrame, transfer_s: int,
             cancelled: CancelledFn = never_cancelled) -> pd.DataFrame:
    """Every departure from a hot spot with its earliest arrival at each other hot spot it reaches with at most
    one transfer: columns a (from), b (to), run, dep, arr (earliest, with at most one transfer) and direct_arr
    (the run's own arrival at b, NaN where it does not go there).

    ``run``, ``station``, ``time``: one element per call; ``member``: columns x (station), h (hot spot)."""
    order = np.lexsort((time, run))
    run, station, time = run[order], station[order], time[order].astype(np.int64)
    n = len(run)
    starts = np.r_[0, np.flatnonzero(run[1:] != run[:-1]) + 1] if n else np.empty(0, dtype=np.int64)
    ends = np.r_[starts[1:], n] if n else starts
    run_end = np.repeat(ends, ends - starts)  # per call: one past its run's last call
    run_start = np.repeat(starts, ends - starts)
    v = _visits(run, station, time, member)
    # direct: a later visit of another hot spot on the same run
    pairs = v.merge(v, on="run", suffixes=("", "_b"))
    pairs = pairs[(pairs["c0_b"] > pairs["c1"]) & (pairs["h_b"] != pairs["h"])]
    direct = pd.DataFrame({"a": pairs["h"], "b": pairs["h_b"], "run": pairs["run"], "dep": pairs["t1"],
                           "arr": pairs["t0_b"]})
    direct = direct.groupby(["a", "b", "run", "dep"], as_index=False)["arr"].min()
    check_cancelled(cancelled)
    # first legs: from the last call of a visit of a to every later call of its run
    c1 = v["c1"].to_numpy()
    length = run_end[c1] - c1 - 1
    leg_call = np.repeat(c1, length) + 1 + (np.arange(length.sum()) - np.repeat(np.cumsum(length) - length, length))
    first = pd.DataFrame({"a": np.repeat(v["h"].to_numpy(), length), "run": np.repeat(v["run"].to_numpy(), length),
                          "dep": np.repeat(v["t1"].to_numpy(), length), "x": station[leg_call],
                          "ready": time[leg_call] + transfer_s})
    # second legs: from every call before a visit of b on its run, arriving at the visit's first call
    c0 = v["c0"].to_numpy()
    before = c0 - run_start[c0]
    call2 = np.repeat(run_start[c0], before) + (np.arange(before.sum()) - np.repeat(np.cumsum(before) - before,
                                                                                    before))
    second = pd.DataFrame({"x": station[call2], "b": np.repeat(v["h"].to_numpy(), before), "t": time[call2],
                           "arr": np.repeat(v["t0"].to_numpy(), before)})
    check_cancelled(cancelled)
    via = _transfers(first, second)
    keys = ["a", "b", "run", "dep"]
    via = via[via["a"] != via["b"]].groupby(keys, as_index=False)["arr"].min()
    out = via.merge(direct.rename(columns={"arr": "direct_arr"}), on=keys, how="outer")
    out["arr"] = np.fmin(out["arr"].astype(float), out["direct_arr"].astype(float))
    return out.sort_values(keys, kind="stable").reset_index(drop=True)


def _transfers(first: pd.DataFrame, second: pd.DataFrame) -> pd.DataFrame:
    """For each first leg (a, run, dep, x, ready) and each hot spot b a second leg reaches from station x: the
    earliest arrival at b of the second legs leaving x at or after ``ready``."""
    if not len(first) or not len(second):
        return pd.DataFrame({"a": [], "b": [], "run": [], "dep": [], "arr": []}, dtype=np.int64)
    keys = second[["x", "b"]].drop_duplicates().reset_index(drop=True)
    keys["key"] = np.arange(len(keys))
    second = second.merge(keys, on=["x", "b"]).sort_values(["key", "t"], kind="stable")
    k, t = second["key"].to_numpy(np.int64), second["t"].to_numpy(np.int64)
    # the earliest arrival among the legs at or after each position of its key: a minimum from the end, per key
    arr = second["arr"].to_numpy(np.int64)
    suffix = pd.Series(arr[::-1]).groupby(k[::-1]).cummin().to_numpy()[::-1]
    span = np.int64(1 << 20)  # > any time (48 h = 172,800 s) on the service day's clock
    flat = k * span + t
    query = first.merge(keys, on="x")
    want = query["key"].to_numpy(np.int64) * span + query["ready"].to_numpy(np.int64)
    pos = np.searchsorted(flat, want, side="left")
    ok = pos < len(flat)
    ok[ok] = k[pos[ok]] == query["key"].to_numpy(np.int64)[ok]
    query = query[ok]
    return pd.DataFrame({"a": query["a"].to_numpy(), "b": query["b"].to_numpy(), "run": query["run"].to_numpy(),
                         "dep": query["dep"].to_numpy(), "arr": suffix[pos[ok]]})


def connection_table(found: pd.DataFrame, n_hot: int, window: tuple[int, int]) -> pd.DataFrame:
    """One row per ordered pair (a, b) with a journey on the day: departures per day (direct, and with at most
    one transfer), the shortest travel time in the window (direct, and with at most one transfer; minutes,
    NaN where none leaves in the window) and what connects them in the window."""
    del n_hot
    found = found.assign(minutes=(found["arr"] - found["dep"]) / 60.0,
                         direct_minutes=(found["direct_arr"] - found["dep"]) / 60.0,
                         in_window=(found["dep"] >= window[0]) & (found["dep"] < window[1]))
    g = found.groupby(["a", "b"])
    table = pd.DataFrame({
        "direct_per_day": g["direct_arr"].count().astype(np.int64),
        "any_per_day": g.size().astype(np.int64),
        "direct_min": found[found["in_window"]].groupby(["a", "b"])["direct_minutes"].min(),
        "best_min": found[found["in_window"]].groupby(["a", "b"])["minutes"].min(),
    }).reset_index()
    table[["direct_min", "best_min"]] = table[["direct_min", "best_min"]].round(2)
    table["connection"] = np.where(table["direct_min"].notna(), DIRECT,
                                   np.where(table["best_min"].notna(), TRANSFER, NONE))
    return table


def isolated(table: pd.DataFrame, n_hot: int, min_per_day: int = 1) -> list[int]:
    """The hot spots no pair connects in the window (with at least ``min_per_day`` departures a day)."""
    ok = table[(table["connection"] != NONE) & (table["any_per_day"] >= min_per_day)]
    linked = set(ok["a"].tolist()) | set(ok["b"].tolist())
    return [h for h in range(n_hot) if h not in linked]


# ---- the task ---------------------------------------------------------------------------------------------------
def hotspot_stations(feed_stops: pd.DataFrame, targets: np.ndarray, hotspots: gpd.GeoDataFrame,
                     walk_m: float) -> pd.DataFrame:
    """(x: station row, h: hot spot) for every station within ``walk_m`` of a hot spot (or inside it)."""
    import shapely

    from layers.crs import WGS84, WORK_CRS, transformer
    from layers.transit.service import has_coordinates

    stations = np.unique(targets[targets >= 0])
    usable = stations[has_coordinates(feed_stops.iloc[stations])]
    x, y = transformer(WGS84, WORK_CRS).transform(feed_stops["lon"].to_numpy(float)[usable],
                                                  feed_stops["lat"].to_numpy(float)[usable])
    tree = shapely.STRtree(np.asarray(hotspots.geometry.values))
    point_i, hot_i = tree.query(shapely.points(x, y), predicate="dwithin", distance=walk_m)
    return pd.DataFrame({"x": usable[point_i], "h": hot_i}).drop_duplicates()


def run(inputs: ConnectionInputs, progress: ProgressFn = no_progress,
        cancelled: CancelledFn = never_cancelled) -> ConnectionResult:
    """Read the feed, choose the day, and connect the hot spots by its runs."""
    from layers.transit.feed import open_feed
    from layers.transit.service import day_calls, stop_targets, trips_per_service
    from layers.transit.tables import load_feed

    hot = inputs.hotspots
    if hot is None or not len(hot):
        raise UserError(translate("transit", "no hot spots to connect: the region has none (give --hotspots FILE)"))
    names = list(inputs.names) or [f"hot spot {i + 1}" for i in range(len(hot))]
    feed = load_feed(open_feed(inputs.path), progress=sub_progress(progress, 0.0, 0.6), cancelled=cancelled)
    if inputs.day is None:
        day, reason = feed.calendar.choose_day(trips_per_service(feed))
    else:
        day, reason = inputs.day, translate("transit", "given")
    services = feed.calendar.services_on(day)
    if not services:
        raise UserError(translate("transit", "{label}: no service of calendar.txt or calendar_dates.txt runs on "
                                             "{day} ({weekday}); choose another day").format(
                            label=feed.label, day=day.isoformat(), weekday=weekday_name(day)))
    progress(0.65, translate("progress", "{feed}: the runs of {day}").format(feed=feed.label, day=day.isoformat()))
    calls = day_calls(feed, services)
    assert calls.run is not None
    targets = stop_targets(feed.stops, "parent")
    station = targets[calls.stop]
    keep = station >= 0
    member = hotspot_stations(feed.stops, targets, hot.to_crs(3067) if hot.crs else hot, inputs.walk_m)
    check_cancelled(cancelled)
    progress(0.75, translate("progress", "{feed}: connecting {n} hot spots").format(feed=feed.label, n=len(hot)))
    found = journeys(calls.run[keep], station[keep], calls.time[keep], member, inputs.transfer_s, cancelled)
    table = connection_table(found, len(hot), inputs.window)
    alone = isolated(table, len(hot), inputs.min_per_day)
    table.insert(0, "to", [names[b] for b in table["b"]])
    table.insert(0, "from", [names[a] for a in table["a"]])
    stops_in = np.bincount(member["h"].to_numpy(), minlength=len(hot)).tolist()
    progress(1.0, translate("progress", "done"))
    return ConnectionResult(day, reason, inputs.window, names, table, connection_lines(table, hot, names),
                            [names[h] for h in alone], stops_in, list(feed.notes))


def connection_lines(table: pd.DataFrame, hotspots: gpd.GeoDataFrame, names: list[str]) -> gpd.GeoDataFrame:
    """One straight line per pair of hot spots connected in the window (either way), between their inner
    points: the shortest time and the departures per day of both directions."""
    import geopandas as gpd
    import shapely

    ok = table[table["connection"] != NONE]
    key = np.minimum(ok["a"], ok["b"]), np.maximum(ok["a"], ok["b"])
    pairs = ok.assign(lo=key[0], hi=key[1]).groupby(["lo", "hi"]).agg(
        best_min=("best_min", "min"), per_day=("any_per_day", "sum"),
        direct=("connection", lambda c: bool((c == DIRECT).any()))).reset_index()
    centre = shapely.get_coordinates(hotspots.geometry.representative_point().values)
    lines = [shapely.LineString([centre[a], centre[b]]) for a, b in zip(pairs["lo"], pairs["hi"], strict=True)]
    return gpd.GeoDataFrame({
        "from": [names[a] for a in pairs["lo"]], "to": [names[b] for b in pairs["hi"]],
        "connection": np.where(pairs["direct"], DIRECT, TRANSFER) if len(pairs) else [],
        "best_min": pairs["best_min"].round(1), "departures_day": pairs["per_day"].astype(np.int64),
    }, geometry=lines, crs=hotspots.crs or "EPSG:3067")
