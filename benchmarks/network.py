"""Whole-process time and peak memory of coverage along a network of regional size, beside a straight-line run.

The inputs are SYNTHETIC (written here with a fixed seed, in a temporary folder): a street grid of 708 x 708
crossings 50 m apart (35 km square, the crossings jittered by up to 10 m), its streets cut into ways of eight
blocks (about 125,000 lines, 1,000,000 edges once noded: the order of a whole region's road and path network),
written as a GeoPackage; 100,000 service points scattered over it; one municipality of the square sampled at
150,000 zone samples.

Each variant runs as a fresh process (imports, reading, graph build, sampling and the first result are all in
its time; its peak RSS is its own, from ``os.wait4``), and the variants take turns, run by run, on this shared
2-core machine:

- ``network``: read the GeoPackage (:func:`layers.commands.network_args.read_network`), build the graph, prepare
  the coverage engine with the points as a walk layer measured along it (snap, one multi-source Dijkstra), and
  the first result at 100 m (``RADIUS_M``);
- ``straight line``: the same inputs as a circle layer.

Then, in the same process, 200 radius changes between 50 m and 2 km on the layer's slider (a threshold on the
prepared array): p50 and p95.  Targets (issue 15): network build + first coverage <= 20 s, radius change
p95 <= 30 ms, peak memory <= 3 GB.

    .venv/bin/python benchmarks/network.py [--repeat 3] [--keep DIR]
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
N_SIDE, STEP, WAY_BLOCKS = 708, 50.0, 8
N_SERVICES, N_SAMPLES = 100_000, 150_000
RADIUS_M = 100.0  # the points lie about 55 m apart on average: at 400 m everything would be covered
X0, Y0 = 360_000.0, 6_670_000.0

CHILD = """
import json, sys, time
t0 = time.perf_counter()
sys.path.insert(0, {root!r})
from pathlib import Path
import geopandas as gpd, numpy as np, shapely
from layers.coverage import CoverageEngine, CoverageInputs, ServiceSpec, zones_from_frames
from layers.coverage.network_distances import NetworkServiceSpec
folder, network = Path({folder!r}), {network!r}
box = shapely.box({x0}, {y0}, {x0} + {side}, {y0} + {side})
muni = gpd.GeoDataFrame({{"code": ["001"], "name": ["Grid"]}}, geometry=[box], crs="EPSG:3067")
hot = gpd.GeoDataFrame(geometry=[box.centroid.buffer(300)], crs="EPSG:3067")
points = gpd.read_parquet(folder / "services.parquet")
times = {{}}
if network:
    from layers.commands.network_args import NetworkArg, read_network
    t = time.perf_counter()
    net = read_network(NetworkArg(folder / "network.gpkg", "walk"))
    net.graph("walk")
    times["read + build graph"] = time.perf_counter() - t
    spec = NetworkServiceSpec("points", points, {radius}, network=net)
else:
    spec = ServiceSpec("points", points, {radius})
t = time.perf_counter()
inputs = CoverageInputs(zones_from_frames(muni, hot), [spec], gaps=False, curve=False, connections=False,
                        target_samples={samples})
engine = CoverageEngine.prepare(inputs)
result = engine.evaluate()
times["prepare + first result"] = time.perf_counter() - t
share = next(r for r in result.rows if r["zone"] == "in-between")["covered_share"]
slider = engine.slider("points")
rng = np.random.default_rng(1)
lap = []
for r in rng.uniform(50, 2000, 200):
    t = time.perf_counter()
    slider.query(float(r))
    lap.append(time.perf_counter() - t)
times["first result, whole process"] = time.perf_counter() - t0 - sum(lap)
print(json.dumps({{"times": times, "share": share, "samples": len(engine.samples),
                  "edges": net.n_edges if network else 0,
                  "p50_ms": float(np.percentile(lap, 50) * 1e3), "p95_ms": float(np.percentile(lap, 95) * 1e3)}}))
"""


def generate(folder: Path, seed: int = 15) -> None:
    """Write the street grid (``network.gpkg``) and the service points (``services.parquet``)."""
    import geopandas as gpd
    import shapely

    rng = np.random.default_rng(seed)
    n = N_SIDE
    gx = X0 + np.arange(n) * STEP + rng.uniform(-10, 10, (n, n))
    gy = Y0 + np.arange(n)[:, None] * STEP + rng.uniform(-10, 10, (n, n))
    ways = []
    for along_x in (True, False):
        xs, ys = (gx, gy) if along_x else (gx.T, gy.T)
        for row in range(n):
            for a in range(0, n - 1, WAY_BLOCKS):
                b = min(a + WAY_BLOCKS, n - 1)
                ways.append(np.c_[xs[row, a:b + 1], ys[row, a:b + 1]])
    sizes = np.array([len(w) for w in ways])
    geoms = shapely.linestrings(np.concatenate(ways), indices=np.repeat(np.arange(len(ways)), sizes))
    classes = np.where(rng.random(len(geoms)) < 0.7, "residential", "footway")
    gpd.GeoDataFrame({"highway": classes}, geometry=geoms, crs="EPSG:3067").to_file(folder / "network.gpkg",
                                                                                 driver="GPKG")
    side = (n - 1) * STEP
    pts = shapely.points(X0 + rng.uniform(0, side, N_SERVICES), Y0 + rng.uniform(0, side, N_SERVICES))
    gpd.GeoDataFrame(geometry=pts, crs="EPSG:3067").to_parquet(folder / "services.parquet")


def measure(cmd: list[str]) -> tuple[float, float, dict]:
    """Wall time (s), peak RSS (MB) and the JSON the child printed, for one fresh process
    (:func:`benchmarks.transit.measure`)."""
    sys.path.insert(0, str(ROOT))
    from benchmarks.transit import measure as measure_process

    elapsed, rss, text = measure_process(cmd)
    return elapsed, rss, json.loads(text.splitlines()[-1])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--keep", type=Path, help="write the inputs here (and reuse them when they exist)")
    args = ap.parse_args()
    folder = args.keep or Path(tempfile.mkdtemp(prefix="regionmap-network-bench-"))
    folder.mkdir(parents=True, exist_ok=True)
    if not (folder / "network.gpkg").exists():
        t = time.perf_counter()
        generate(folder)
        print(f"wrote {folder} in {time.perf_counter() - t:.0f} s")
    side = (N_SIDE - 1) * STEP
    variants = {name: [sys.executable, "-c", CHILD.format(root=str(ROOT), folder=str(folder), network=network,
                                                           x0=X0, y0=Y0, side=side, samples=N_SAMPLES,
                                                           radius=RADIUS_M)]
                for name, network in (("network (walk)", True), ("straight line", False))}
    results: dict[str, list[tuple[float, float, dict]]] = {name: [] for name in variants}
    for run in range(args.repeat):
        for name, cmd in variants.items():
            results[name].append(measure(cmd))
            elapsed, rss, info = results[name][-1]
            print(f"  round {run + 1}: {name}: {elapsed:.2f} s whole process, {rss:,.0f} MB, "
                  + ", ".join(f"{k} {v:.2f} s" for k, v in info["times"].items())
                  + f", radius change p95 {info['p95_ms']:.3f} ms, share {info['share']:.3f}", flush=True)
    print()
    info = results["network (walk)"][-1][2]
    print(f"| variant ({info['edges']:,} edges, {N_SERVICES:,} points, {info['samples']:,} samples, {RADIUS_M:g} m) "
          "| whole process (median) | runs | first result in process | radius change p50 / p95 | peak RSS "
          "| share |")
    print("|---|---|---|---|---|---|---|")
    for name, rows in results.items():
        walls = sorted(r[0] for r in rows)
        first = np.median([r[2]["times"]["first result, whole process"] for r in rows])
        p50 = np.median([r[2]["p50_ms"] for r in rows])
        p95 = max(r[2]["p95_ms"] for r in rows)
        print(f"| {name} | {np.median(walls):.2f} s | {', '.join(f'{w:.2f}' for w in walls)} s | {first:.2f} s "
              f"| {p50:.3f} / {p95:.3f} ms | {max(r[1] for r in rows):,.0f} MB | {rows[-1][2]['share']:.3f} |")
    print("\ntargets (issue 15): network build + first coverage <= 20 s, radius change p95 <= 30 ms, peak <= 3 GB")


if __name__ == "__main__":
    main()
