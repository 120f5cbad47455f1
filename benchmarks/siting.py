"""Benchmark of siting: 10,000 candidate sites over the Uusimaa samples with people, choose 50.

Data: the official Uusimaa municipalities (NLS 2023, /work/shared/data; the 26 Helsinki-Uusimaa codes, clipped to
land as ``--region`` does), hot spots derived from settlements as in the app, the real HSL stops of central
Helsinki at 400 m as the existing layer, and a GENERATED 1 km population grid (written here with a fixed seed:
people falling off with the distance from Helsinki and from the other town centres, lognormal noise; about
1.7 million people, the region's order; not real data) and 10,000 GENERATED candidate points uniformly at random
inside the region.  New sites at 600 m, the in-between areas counted.

Each variant runs as a fresh child process, so imports, reading, sampling, the coverage sets, the choice and the
tables are all in the time; they take turns, run by run (this 2-core machine is shared and noisy):

- ``regionmap site ... --add 50 --out sites.gpkg``: the command, lazy greedy (what ships);
- the same pipeline with the plain greedy loop that recomputes every candidate's gain at every step
  (``SitingInputs(greedy="plain")``): the reference in the same run.

A last child times the choice alone on the same coverage sets (lazy, plain loop, and a plain step vectorised as
one sparse product, ``sets @ remaining``) and checks that lazy and plain choose the same 50 sites.

Target (issue 16): whole process <= 10 s.

    .venv/bin/python benchmarks/siting.py [--repeat 3] [--data DIR]
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
N_CANDIDATES, N_SITES, RADIUS = 10_000, 50, 600.0
CENTRES = [(385_500, 6_672_000, 1.0), (374_000, 6_678_000, 0.5), (392_000, 6_686_000, 0.5),
           (327_000, 6_683_000, 0.15), (397_000, 6_702_000, 0.15), (425_000, 6_700_000, 0.15),
           (280_000, 6_650_000, 0.1), (376_000, 6_728_000, 0.1)]  # Helsinki, Espoo, Vantaa, Lohja, Kerava...

CHILD = """
import sys, time, json
sys.path.insert(0, {root!r})
from layers.commands.site import build_parser, coverage_inputs, candidate_source
from layers.siting import SitingInputs, run
args = build_parser().parse_args({argv!r})
r = run(SitingInputs(coverage_inputs(args), candidate_source(args.candidates), args.add, args.radius,
                     greedy={greedy!r}))
print(json.dumps({{"sites": r.sites["candidate"].tolist(), "added": r.added, "evaluations": r.evaluations}}))
"""

CHOICE = """
import sys, time, json
import numpy as np
sys.path.insert(0, {root!r})
from layers.commands.site import build_parser, coverage_inputs, candidate_source
from layers.siting.candidates import candidate_sites
from layers.siting.greedy import lazy_greedy, plain_greedy, take
from layers.siting.sets import coverage_sets
from layers.siting.task import SitingInputs, chosen_classes, prepare, uncovered_weights
args = build_parser().parse_args({argv!r})
inputs = SitingInputs(coverage_inputs(args), candidate_source(args.candidates), args.add, args.radius)
chosen = chosen_classes(inputs)
cands = candidate_sites(inputs.candidates, inputs.coverage.zones, chosen)
t = time.perf_counter(); engine = prepare(inputs, lambda *a: None, lambda: False); t_prep = time.perf_counter() - t
people, _ = uncovered_weights(engine, "transport", chosen)
cols = np.flatnonzero(people > 0)
t = time.perf_counter()
sets = coverage_sets(cands.x, cands.y, engine.samples.x[cols], engine.samples.y[cols], args.radius)
t_sets = time.perf_counter() - t
w = people[cols]
t = time.perf_counter(); lazy = lazy_greedy(sets, w, args.add); t_lazy = time.perf_counter() - t
t = time.perf_counter(); plain = plain_greedy(sets, w, args.add); t_plain = time.perf_counter() - t
t = time.perf_counter()
remaining, order = w.copy(), []
for _ in range(args.add):
    g = sets @ remaining
    g[order] = 0
    c = int(np.argmax(g)); order.append(c); take(sets, remaining, c)
t_vec = time.perf_counter() - t
print(json.dumps({{"samples": len(engine.samples), "counted": len(cols), "pairs": int(sets.nnz), "prepare": t_prep,
                  "sets": t_sets, "lazy": t_lazy, "plain": t_plain, "vectorised": t_vec, "same": lazy.order ==
                  plain.order, "same_vectorised": lazy.order == order, "lazy_evaluations": lazy.evaluations,
                  "plain_evaluations": plain.evaluations, "added": sum(lazy.gains)}}))
"""


def generate(folder: Path, data: Path, seed: int = 16) -> tuple[Path, Path, Path]:
    """The region file (Uusimaa's municipalities of the NLS file), the generated population grid and the
    generated candidates, in ``folder``."""
    import geopandas as gpd
    import shapely

    from layers import shipped
    from layers.io.region_boundaries import RegionChoice, read_region_boundaries

    rng = np.random.default_rng(seed)
    source = data / "fi_municipalities_2023_nls.geojson"
    region = read_region_boundaries(source, RegionChoice.uusimaa()).data
    outline = shapely.union_all(region.geometry.values)
    # the candidates stand on the region as the command reads it (clipped to land), so all 10,000 count: drawn
    # over the municipalities' sea areas too, over 40 % of them were left out
    on_land = shapely.union_all(read_region_boundaries(source, RegionChoice.uusimaa(),
                                                       land=shipped.land()).data.geometry.values)
    shapely.prepare(on_land)
    shapely.prepare(outline)
    x0, y0, x1, y1 = outline.bounds
    mx, my = np.meshgrid(np.arange(np.floor(x0 / 1000) * 1000, x1, 1000.0),
                         np.arange(np.floor(y0 / 1000) * 1000, y1, 1000.0))
    gx, gy = mx.ravel(), my.ravel()
    cells = shapely.box(gx, gy, gx + 1000, gy + 1000)
    keep = shapely.intersects(outline, cells)
    cx, cy = gx[keep] + 500, gy[keep] + 500
    density = sum(w * 2_000 * np.exp(-np.hypot(cx - x, cy - y) / 6_000) for x, y, w in CENTRES) + 8.0
    people = np.round(density * rng.lognormal(0.0, 0.8, len(cx)))
    grid = gpd.GeoDataFrame({"population": people, "note": "GENERATED for the benchmark, not real data"},
                            geometry=cells[keep], crs="EPSG:3067")
    pts: list[tuple[float, float]] = []
    while len(pts) < N_CANDIDATES:
        px, py = rng.uniform(x0, x1, 4 * N_CANDIDATES), rng.uniform(y0, y1, 4 * N_CANDIDATES)
        inside = shapely.contains_xy(on_land, px, py)
        pts += list(zip(px[inside], py[inside], strict=True))
    pts = pts[:N_CANDIDATES]
    cands = gpd.GeoDataFrame({"id": np.arange(N_CANDIDATES)}, geometry=gpd.points_from_xy(*zip(*pts, strict=True)),
                             crs="EPSG:3067")
    paths = folder / "uusimaa.gpkg", folder / "population_generated.gpkg", folder / "candidates_generated.gpkg"
    region.to_file(paths[0])
    grid.to_file(paths[1])
    cands.to_file(paths[2])
    print(f"generated: {len(grid):,} population cells, {int(people.sum()):,} people; {N_CANDIDATES:,} candidates")
    return paths


def timed(cmd: list[str]) -> tuple[float, float, float, str]:
    """Wall time, CPU time (user + system: what the machine's other load does not inflate much), peak RSS (MB)
    and stdout of a child process."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    out, err = proc.stdout.read(), proc.stderr.read()  # type: ignore[union-attr]
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"child failed: {' '.join(cmd)}\n{err}")
    return wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024.0, out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    opts = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        region, population, candidates = generate(folder, opts.data)
        argv_site = ["--region", str(region), "--layer", f"{opts.data / 'hsl_stops_2022_central_helsinki.geojson'}:400",
                     "--population", str(population), "--candidates", str(candidates), "--add", str(N_SITES),
                     "--radius", str(RADIUS)]
        command = [sys.executable, "-m", "app.cli", "site", *argv_site, "--out", str(folder / "sites.gpkg"),
                   "--quiet"]
        plain = [sys.executable, "-c", CHILD.format(root=str(ROOT), argv=argv_site, greedy="plain")]
        lazy = [sys.executable, "-c", CHILD.format(root=str(ROOT), argv=argv_site, greedy="lazy")]
        rows: dict[str, list[tuple[float, float, float]]] = {"regionmap site (lazy)": [], "run() lazy": [],
                                                       "run() plain loop": []}
        outs: dict[str, str] = {}
        for _ in range(opts.repeat):
            for name, cmd in (("regionmap site (lazy)", command), ("run() lazy", lazy), ("run() plain loop", plain)):
                wall, cpu, rss, out = timed(cmd)
                rows[name].append((wall, cpu, rss))
                outs[name] = out
        import json

        print(f"\n{N_CANDIDATES:,} candidates, choose {N_SITES} at {RADIUS:g} m; whole fresh process, "
              f"{opts.repeat} runs each, interleaved")
        for name, got in rows.items():
            walls, cpus = sorted(w for w, _, _ in got), sorted(c for _, c, _ in got)
            print(f"  {name:<24} wall {walls[0]:6.2f}-{walls[-1]:6.2f} s (median {walls[len(walls) // 2]:.2f} s), "
                  f"CPU {cpus[0]:.2f}-{cpus[-1]:.2f} s, peak {max(r for _, _, r in got):,.0f} MB")
        same = json.loads(outs["run() lazy"])["sites"] == json.loads(outs["run() plain loop"])["sites"]
        print(f"  lazy and plain choose the same {N_SITES} sites: {same}")
        _, _, _, out = timed([sys.executable, "-c", CHOICE.format(root=str(ROOT), argv=argv_site)])
        c = json.loads(out)
        print(f"\nthe choice alone ({c['samples']:,} samples, {c['counted']:,} with uncovered people, "
              f"{c['pairs']:,} candidate-sample pairs; prepare {c['prepare']:.2f} s, coverage sets {c['sets']:.2f} s)")
        print(f"  lazy greedy        {c['lazy']:.3f} s, {c['lazy_evaluations']:,} gains computed")
        print(f"  plain loop         {c['plain']:.3f} s, {c['plain_evaluations']:,} gains computed "
              f"({c['plain'] / c['lazy']:.0f}x the lazy time)")
        print(f"  plain, vectorised  {c['vectorised']:.3f} s (one sparse product a step)")
        print(f"  same choice: plain {c['same']}, vectorised {c['same_vectorised']}; "
              f"{c['added']:,.0f} people added by the 50")
    return 0


if __name__ == "__main__":
    sys.exit(main())
