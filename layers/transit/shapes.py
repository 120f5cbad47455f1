"""Route lines by mode: from ``shapes.txt``, or from the trips' stop sequences where a trip has no shape.

One line per route and shape (or per stop pattern), with the number of the day's trips along it, so that the map
can show which lines carry the service.  A stop pattern is keyed by route, direction, first and last stop and
the number of stops: cheap to find in millions of stop times, and what tells a route's branches apart in
practice.  The line is drawn through the stops' own coordinates (platforms, not their stations).
"""

from __future__ import annotations

from collections.abc import Sequence

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely

from layers.crs import WGS84, WORK_CRS, transformer
from layers.transit.feed import Engine
from layers.transit.feed import read_table as _read
from layers.transit.service import Calls, has_coordinates
from layers.transit.tables import Feed

COLUMNS = ["route_id", "route", "name", "mode", "shape_id", "trips_day", "from"]


def route_lines(feed: Feed, calls: Calls, notes: list[str], *, engine: Engine = "pyarrow") -> gpd.GeoDataFrame:
    """The lines of the routes that run on the chosen day, in EPSG:3067."""
    trips = feed.trips
    day = trips.assign(runs=calls.runs)[calls.runs > 0]
    parts: list[gpd.GeoDataFrame] = []
    shaped = pd.Series(False, index=day.index)
    if feed.source.has("shapes.txt") and (day["shape_id"] != "").any():
        geoms = _shape_lines(feed, notes, engine)
        shaped = day["shape_id"].isin(geoms.index)
        if shaped.any():
            per = day[shaped].groupby(["route_id", "shape_id"], as_index=False)["runs"].sum()
            parts.append(_frame(feed, per, geoms.loc[per["shape_id"]].to_numpy(), "shapes.txt"))
    rest = day[~shaped]
    if len(rest):
        parts.append(_pattern_lines(feed, rest))
    if not parts:
        return gpd.GeoDataFrame({c: [] for c in COLUMNS}, geometry=gpd.GeoSeries([], crs=WORK_CRS))
    out = pd.concat(parts, ignore_index=True)
    return gpd.GeoDataFrame(out, geometry="geometry", crs=WORK_CRS)


def _shape_lines(feed: Feed, notes: list[str], engine: Engine) -> pd.Series:
    """shape_id -> LineString in EPSG:3067 (shapes with fewer than two usable points are dropped)."""
    t = _read(feed.source, "shapes.txt", ["shape_id", "shape_pt_lat", "shape_pt_lon", "shape_pt_sequence"],
              engine=engine)
    df = pd.DataFrame({
        "shape_id": t["shape_id"].to_pandas().astype(str).to_numpy(),
        "lat": pd.to_numeric(t["shape_pt_lat"].to_pandas(), errors="coerce").to_numpy(),
        "lon": pd.to_numeric(t["shape_pt_lon"].to_pandas(), errors="coerce").to_numpy(),
        "seq": pd.to_numeric(t["shape_pt_sequence"].to_pandas(), errors="coerce").to_numpy(),
    })
    df = df[np.isfinite(df["lat"]) & np.isfinite(df["lon"]) & np.isfinite(df["seq"])]
    df = df.sort_values(["shape_id", "seq"], kind="stable")
    sizes = df.groupby("shape_id", sort=False).size()
    short = sizes[sizes < 2]
    if len(short):
        notes.append(f"shapes.txt: {len(short):,} shapes with fewer than two points were dropped (their routes "
                     "are drawn through their stops)")
        df = df[~df["shape_id"].isin(short.index)]
    if df.empty:
        return pd.Series([], dtype=object)
    x, y = transformer(WGS84, WORK_CRS).transform(df["lon"].to_numpy(), df["lat"].to_numpy())
    codes, names = pd.factorize(df["shape_id"], sort=False)
    lines = shapely.linestrings(np.column_stack([x, y]), indices=codes)
    return pd.Series(lines, index=names)


def _pattern_lines(feed: Feed, day: pd.DataFrame) -> gpd.GeoDataFrame:
    """Lines through the stops of one trip per stop pattern, for the day's trips without a shape."""
    sel = np.isin(feed.st_trip, day.index.to_numpy())
    rows = pd.DataFrame({"trip": feed.st_trip[sel], "seq": feed.st_seq[sel], "stop": feed.st_stop[sel]})
    rows = rows.sort_values(["trip", "seq"], kind="stable")
    g = rows.groupby("trip")
    key = pd.DataFrame({"first": g["stop"].first(), "last": g["stop"].last(), "n": g.size()})
    key = key.join(day[["route_id", "direction_id", "runs"]])
    key["pattern"] = key.groupby(["route_id", "direction_id", "first", "last", "n"], sort=False).ngroup()
    per = key.groupby("pattern").agg(route_id=("route_id", "first"), runs=("runs", "sum"))
    rep = key.reset_index().groupby("pattern")["trip"].first()
    stops = feed.stops
    ok = has_coordinates(stops)
    x, y = transformer(WGS84, WORK_CRS).transform(stops["lon"].to_numpy(float), stops["lat"].to_numpy(float))
    chosen = rows[rows["trip"].isin(rep.to_numpy()) & ok[rows["stop"].to_numpy()]]
    counts = chosen.groupby("trip").size()
    good = counts[counts >= 2].index
    chosen = chosen[chosen["trip"].isin(good)]
    per = per[rep.reindex(per.index).isin(good).to_numpy()]
    codes, trips_order = pd.factorize(chosen["trip"], sort=False)
    xy = np.column_stack([x[chosen["stop"].to_numpy()], y[chosen["stop"].to_numpy()]])
    lines = pd.Series(shapely.linestrings(xy, indices=codes) if len(xy) else [], index=trips_order, dtype=object)
    geoms = lines.loc[rep.loc[per.index].to_numpy()].to_numpy() if len(per) else []
    return _frame(feed, per.assign(shape_id="").reset_index(drop=True), geoms, "stops")


def _frame(feed: Feed, per: pd.DataFrame, geoms: Sequence[object] | np.ndarray, origin: str) -> gpd.GeoDataFrame:
    routes = feed.routes.set_index("route_id")
    r = routes.loc[per["route_id"].to_numpy()]
    return gpd.GeoDataFrame({
        "route_id": per["route_id"].to_numpy(),
        "route": r["short"].to_numpy(),
        "name": r["long"].to_numpy(),
        "mode": r["mode"].to_numpy(),
        "shape_id": per["shape_id"].to_numpy(),
        "trips_day": per["runs"].to_numpy(np.int64),
        "from": origin,
    }, geometry=gpd.GeoSeries(list(geoms), crs=WORK_CRS), crs=WORK_CRS)
