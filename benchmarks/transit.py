"""Whole-process time and peak memory of reading a regional-size GTFS feed and counting every stop's service.

The feed is SYNTHETIC (written here with a fixed seed, in a temporary folder): 8,000 stops inside Uusimaa's
bounding box, 400 routes of 40 stops each way with shapes, weekday and Saturday services, and 125,000 weekday
trips: 5,000,000 stop times, zipped as GTFS feeds are shipped.  A full regional feed (HSL's) is of that order.

Each variant runs as a fresh process, so imports, reading and counting are all in the time, and its peak RSS is
its own (``os.wait4``).  The variants take turns, run by run (this 2-core machine is shared and noisy):

- ``regionmap transit`` -- the command (pyarrow reader), writing stops and routes to a GeoPackage;
- ``layers.transit.run`` with the pyarrow reader and with pandas' default C reader (no output written);
- gtfs-kit's own stop statistics (``read_feed`` + ``compute_stop_stats`` for the same day, headways 07-09):
  the well-kept library the issue names, as the baseline.  It is a benchmark-only dependency (the ``bench``
  extra); the variant is skipped when it is not installed.

Targets (issue 14): <= 10 s and <= 2 GB peak for load and service levels of one day.

Then the coverage check's threshold change (:mod:`layers.coverage.threshold_steps`): the feed's stops on the
built-in Uusimaa region, one Compute (which prepares every threshold step), then threshold changes through the
steps and back; each change's latency as p50 and p95, to the numbers shown (table, verdicts, curve) and to the
gaps and links redrawn too, with the radius release's (which redraws them as well) beside it for scale.

    .venv/bin/python benchmarks/transit.py [--repeat 3] [--keep DIR] [--latency-only]
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
DAY = "2024-01-16"  # a Tuesday within the feed's calendar
N_STOPS, N_ROUTES, STOPS_PER_ROUTE = 8_000, 400, 40
N_STOP_TIMES = 5_000_000

CHILD = """
import sys
sys.path.insert(0, {root!r})
from pathlib import Path
import datetime as dt
from layers.transit import TransitInputs, run
r = run(TransitInputs(Path({feed!r}), day=dt.date.fromisoformat({day!r}), engine={engine!r}))
print(len(r.stops), int(r.stops["departures_day"].sum()), len(r.routes))
"""

GTFS_KIT = """
import gtfs_kit as gk
feed = gk.read_feed({feed!r}, dist_units="km")
stats = gk.compute_stop_stats(feed, [{day!r}.replace("-", "")], headway_start_time="07:00:00",
                              headway_end_time="09:00:00")
print(len(stats), int(stats["num_trips"].sum()), 0)
"""


def generate(folder: Path, seed: int = 14) -> Path:
    """Write the synthetic feed as ``folder/feed.zip``; returns its path."""
    import pandas as pd
    import pyarrow as pa
    import pyarrow.csv as pacsv

    rng = np.random.default_rng(seed)
    lon = rng.uniform(23.0, 26.5, N_STOPS)
    lat = rng.uniform(59.8, 60.9, N_STOPS)
    stop_ids = np.array([f"{1_000_000 + i}" for i in range(N_STOPS)], dtype=object)
    tables: dict[str, bytes] = {}

    def put(name: str, frame: pd.DataFrame) -> None:
        sink = pa.BufferOutputStream()
        pacsv.write_csv(pa.Table.from_pandas(frame, preserve_index=False), sink,
                        pacsv.WriteOptions(quoting_style="none"))
        tables[name] = sink.getvalue().to_pybytes()

    put("agency.txt", pd.DataFrame({"agency_id": ["B"], "agency_name": ["Bench"], "agency_url": ["http://x.invalid"],
                                    "agency_timezone": ["Europe/Helsinki"]}))
    put("stops.txt", pd.DataFrame({"stop_id": stop_ids, "stop_name": [f"Stop {i}" for i in range(N_STOPS)],
                                   "stop_lat": lat.round(6), "stop_lon": lon.round(6)}))
    route_ids = np.array([f"R{i}" for i in range(N_ROUTES)], dtype=object)
    types = rng.choice([3, 3, 3, 3, 0, 2, 1, 4], N_ROUTES)
    put("routes.txt", pd.DataFrame({"route_id": route_ids, "agency_id": "B", "route_short_name": np.arange(N_ROUTES),
                                    "route_long_name": [f"Route {i}" for i in range(N_ROUTES)],
                                    "route_type": types}))
    put("calendar.txt", pd.DataFrame({"service_id": ["WK", "SA"], "monday": [1, 0], "tuesday": [1, 0],
                                      "wednesday": [1, 0], "thursday": [1, 0], "friday": [1, 0],
                                      "saturday": [0, 1], "sunday": [0, 0], "start_date": ["20240101"] * 2,
                                      "end_date": ["20241231"] * 2}))
    # patterns: each route has 40 stops near a random walk through the stops, both directions
    patterns = np.empty((N_ROUTES * 2, STOPS_PER_ROUTE), dtype=np.int64)
    for r in range(N_ROUTES):
        seq = rng.choice(N_STOPS, STOPS_PER_ROUTE, replace=False)
        patterns[2 * r], patterns[2 * r + 1] = seq, seq[::-1]
    shape_rows = []
    for p in range(N_ROUTES * 2):
        s = patterns[p]
        shape_rows.append(pd.DataFrame({"shape_id": f"SH{p}", "shape_pt_lat": lat[s].round(6),
                                        "shape_pt_lon": lon[s].round(6), "shape_pt_sequence": np.arange(len(s))}))
    put("shapes.txt", pd.concat(shape_rows, ignore_index=True))
    n_trips = N_STOP_TIMES // STOPS_PER_ROUTE
    pattern_of = rng.integers(0, N_ROUTES * 2, n_trips)
    start = rng.integers(5 * 3600, 25 * 3600, n_trips) // 60 * 60
    trip_ids = np.array([f"T{i}" for i in range(n_trips)], dtype=object)
    saturday = rng.random(n_trips) < 0.1
    put("trips.txt", pd.DataFrame({"route_id": route_ids[pattern_of // 2], "service_id": np.where(saturday, "SA", "WK"),
                                   "trip_id": trip_ids, "direction_id": pattern_of % 2,
                                   "shape_id": [f"SH{p}" for p in pattern_of]}))
    seconds = start[:, None] + np.arange(STOPS_PER_ROUTE)[None, :] * 90
    clock = np.array([f"{s // 3600:02d}:{s % 3600 // 60:02d}:{s % 60:02d}" for s in range(0, 30 * 3600, 30)],
                     dtype=object)
    times = clock[(seconds // 30).ravel()]
    put("stop_times.txt", pd.DataFrame({
        "trip_id": np.repeat(trip_ids, STOPS_PER_ROUTE), "arrival_time": times, "departure_time": times,
        "stop_id": stop_ids[patterns[pattern_of].ravel()], "stop_sequence": np.tile(np.arange(1, 41), n_trips)}))
    path = folder / "feed.zip"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as zf:
        for name, data in tables.items():
            zf.writestr(name, data)
    return path


def measure(cmd: list[str]) -> tuple[float, float, str]:
    """Wall time (s), peak RSS (MB) and stdout of one fresh process (its own rusage, from ``os.wait4``)."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        t = time.perf_counter()
        proc = subprocess.Popen(cmd, stdout=out, stderr=err, cwd=ROOT)
        _pid, status, usage = os.wait4(proc.pid, 0)
        elapsed = time.perf_counter() - t
        proc.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        text, problem = out.read().decode().strip(), err.read().decode().strip()
    if proc.returncode != 0:
        raise SystemExit(f"{' '.join(cmd[:4])}... failed ({proc.returncode}): {problem[-500:]}")
    return elapsed, usage.ru_maxrss / 1024, text


LATENCY = """
import sys, time, json
sys.path.insert(0, {root!r})
from pathlib import Path
import datetime as dt
from layers.transit import TransitInputs, run
from layers.document import MapDocument
from layers.model import Layer, LayerKind
from layers.coverage.live import NUMBERS, LiveCoverage, run as compute
from layers.coverage.threshold_steps import STEPS_PER_H
stops = run(TransitInputs(Path({feed!r}), day=dt.date.fromisoformat({day!r}), routes=False)).stops
doc = MapDocument.default()
layer = Layer(stops, "Stops", kind=LayerKind.TRANSPORT, radius_m=500.0)
doc.layers.append(layer)
live = LiveCoverage(doc)
t = time.perf_counter()
live.apply(compute(live.inputs()))
prepare = time.perf_counter() - t
changes, numbers, radii, shown = [], [], [], []
live.events.connect(lambda e: shown.append(time.perf_counter()) if e.type == NUMBERS else None)
for value in [*STEPS_PER_H, None, *STEPS_PER_H[::-2], None]:
    t = time.perf_counter()
    layer.service_threshold = value
    changes.append(time.perf_counter() - t)
    numbers.append(shown[-1] - t)
    assert not live.stale, live.stale
for r in (400.0, 600.0, 800.0, 500.0):
    t = time.perf_counter()
    live.set_radius("Stops", r)
    radii.append(time.perf_counter() - t)
print(json.dumps({{"prepare": prepare, "changes": changes, "numbers": numbers, "radii": radii}}))
"""


def latency(feed: Path) -> None:
    """Threshold-change latency (p50/p95) after one Compute, in a fresh process."""
    import json

    elapsed, rss, text = measure([sys.executable, "-c", LATENCY.format(root=str(ROOT), feed=str(feed), day=DAY)])
    got = json.loads(text.splitlines()[-1])
    p50, p95 = np.percentile(got["changes"], [50, 95]) * 1000
    n50, n95 = np.percentile(got["numbers"], [50, 95]) * 1000
    r50, r95 = np.percentile(got["radii"], [50, 95]) * 1000
    print("\n| coverage, stops of the feed on Uusimaa | p50 | p95 | n |")
    print("|---|---|---|---|")
    print(f"| Compute with every threshold step prepared | {got['prepare']:.1f} s | | 1 |")
    print(f"| threshold change: numbers, verdicts, curve shown | {n50:.0f} ms | {n95:.0f} ms | {len(got['numbers'])} |")
    print(f"| threshold change: also gaps, links, map layers | {p50:.0f} ms | {p95:.0f} ms | {len(got['changes'])} |")
    print(f"| radius release (for scale) | {r50:.0f} ms | {r95:.0f} ms | {len(got['radii'])} |")
    print(f"(whole process {elapsed:.0f} s, peak {rss:,.0f} MB)")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--keep", type=Path, help="write the feed here (and reuse it when it exists)")
    ap.add_argument("--latency-only", action="store_true", help="only the threshold-change latency")
    args = ap.parse_args()
    folder = args.keep or Path(tempfile.mkdtemp(prefix="regionmap-transit-bench-"))
    folder.mkdir(parents=True, exist_ok=True)
    feed = folder / "feed.zip"
    if not feed.exists():
        t = time.perf_counter()
        generate(folder)
        print(f"wrote {feed} ({feed.stat().st_size / 1e6:.0f} MB zipped) in {time.perf_counter() - t:.0f} s")
    if args.latency_only:
        latency(feed)
        return
    py = sys.executable
    variants: dict[str, list[str]] = {
        "regionmap transit (pyarrow) + .gpkg": [py, "-m", "app.cli", "transit", str(feed), "--day", DAY,
                                                "--out", str(folder / "stops.gpkg"), "--quiet"],
        "layers.transit.run, pyarrow reader": [py, "-c", CHILD.format(root=str(ROOT), feed=str(feed), day=DAY,
                                                                      engine="pyarrow")],
        "layers.transit.run, pandas C reader": [py, "-c", CHILD.format(root=str(ROOT), feed=str(feed), day=DAY,
                                                                       engine="c")],
    }
    try:
        import gtfs_kit  # noqa: F401

        variants["gtfs-kit compute_stop_stats (baseline)"] = [py, "-c", GTFS_KIT.format(feed=str(feed), day=DAY)]
    except ImportError:
        print("gtfs-kit is not installed (pip install -e '.[bench]'): its baseline is skipped")
    results: dict[str, list[tuple[float, float, str]]] = {name: [] for name in variants}
    for run in range(args.repeat):
        for name, cmd in variants.items():  # interleaved: each variant once per round
            results[name].append(measure(cmd))
            elapsed, rss, _ = results[name][-1]
            print(f"  round {run + 1}: {name}: {elapsed:.2f} s, {rss:,.0f} MB", flush=True)
    print()
    print(f"| variant (fresh process, {N_STOPS:,} stops, {N_STOP_TIMES:,} stop times) | median | runs | peak RSS "
          "| stops, calls counted |")
    print("|---|---|---|---|---|")
    for name, rows in results.items():
        times = sorted(r[0] for r in rows)
        print(f"| {name} | {np.median(times):.2f} s | {', '.join(f'{t:.2f}' for t in times)} s "
              f"| {max(r[1] for r in rows):,.0f} MB | {rows[-1][2]} |")
    print("\ntargets: <= 10 s and <= 2,048 MB (issue 14)")
    latency(feed)


if __name__ == "__main__":
    main()
