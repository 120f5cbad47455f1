"""What a planner waits for: ``regionmap coverage`` as a whole process against the baseline script as a whole process.

Each run is a fresh child process (imports, reading the files, the zone preparation, the answer), timed from
start to exit, with the child's own peak RSS (``/usr/bin/time``).  Ours runs with a cold cache of prepared zones (an
empty ``REGIONMAP_CACHE_DIR``) and then warm (the same folder again); the baseline
(benchmarks/baseline_coverage.py: buffer, ``union_all``, intersection with each zone, area) gets the zones
regionmap makes, already written, so it does less than ours.  Where Debian's QGIS is installed
(``/usr/bin/python3`` imports ``qgis``), QGIS processing runs the same coverage too (benchmarks/qgis_coverage.py:
reproject, buffer and dissolve, merge, intersection, areas; on GeoPackage copies of the same files) on the rows of
at most 10,000 points: beyond them the baseline script alone is already 10-50 times our warm run, and QGIS is slower
than it (its 1,000,000 points take minutes a run).  Ours cold, ours warm and the peers take turns run by run, so
that all see the shared machine in the same state; the table gives medians.

Data (written once into a temporary folder): the NLS 2023 municipalities of /work/shared/data, filtered to the
26 of Helsinki-Uusimaa and clipped to land as the window does (``--region``), or all 309 as given (``--all
--no-clip-land``: the land outline regionmap ships covers only southern Finland); hot
spots derived from the settlements; N uniformly random service points inside the region (GeoParquet); the real
HSL stops, rail stations and HSL routes; and for the row of issue #13 a generated 250 m population grid over the
land of Uusimaa (labelled generated), coverage by people against the same run by area.

    .venv/bin/python benchmarks/coverage.py [--quick] [--repeats N] [--baseline-timeout S] [--rows TEXT;TEXT...]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
PY = sys.executable
DATA = Path(os.environ.get("REGIONMAP_SHARED_DATA", "/work/shared/data"))
BOUNDARIES = DATA / "fi_municipalities_2023_nls.geojson"
SYSTEM_PY = Path("/usr/bin/python3")  # Debian's QGIS lives in the system's Python, not in the project's venv
QGIS_MAX_POINTS = 10_000  # QGIS processing runs on the rows of at most this many points (see the docstring)


@dataclass
class Row:
    name: str
    region: str  # "26" or "all"
    layers: list[tuple[str, float]]  # file key, radius
    population: bool = False  # the #13 row: by people (and the same by area)
    times: dict[str, list[float]] = field(default_factory=dict)
    cpu: dict[str, list[float]] = field(default_factory=dict)  # user + system seconds of the child
    peaks: dict[str, list[float]] = field(default_factory=dict)

    def with_qgis(self) -> bool:
        """Whether QGIS processing runs this row (where it is installed): none of its layers over
        ``QGIS_MAX_POINTS`` points, and not the people row (QGIS has no coverage by people to compare)."""
        return not self.population and all(not key.startswith("pts") or int(key.split("_")[1]) <= QGIS_MAX_POINTS
                                           for key, _ in self.layers)


def build_rows(quick: bool) -> list[Row]:
    real = [("stops", 300.0), ("rail", 1500.0), ("routes", 1000.0)]
    rows = [Row("1 point, 400 m", "26", [("pts_1", 400.0)]),
            Row("1,000 points, 400 m", "26", [("pts_1000", 400.0)]),
            Row("10,000 points, 2 km", "26", [("pts_10000", 2000.0)]),
            Row("real layers: HSL stops 300 m, rail stations 1.5 km, HSL routes 1 km", "26", real),
            Row("#13: 250 m population grid (generated), 10,000 points, 2 km: by people", "26",
                [("pts_10000", 2000.0)], population=True)]
    if quick:
        return rows
    return [*rows[:2], Row("1,000 points, 2 km", "26", [("pts_1000", 2000.0)]),
            Row("10,000 points, 400 m", "26", [("pts_10000", 400.0)]), *rows[2:4],
            Row("100,000 points, 400 m", "26", [("pts_100000", 400.0)]),
            Row("100,000 points, 2 km", "26", [("pts_100000", 2000.0)]),
            Row("1,000,000 points, 400 m", "26", [("pts_1000000", 400.0)]),
            Row("1,000,000 points, 2 km", "26", [("pts_1000000", 2000.0)]),
            Row("309 municipalities, 10,000 points, 2 km", "all", [("pts309_10000", 2000.0)]), *rows[4:]]


# ---- the data, written once ---------------------------------------------------------------------------------
def region_zones(region: str):  # type: ignore[no-untyped-def]
    """The zones ``regionmap coverage --region BOUNDARIES [--all]`` makes, by the command's own functions."""
    from layers.commands.common import coverage_sources_from_args
    from layers.coverage import zones_from_frames

    args = argparse.Namespace(region=str(BOUNDARIES), codes=None, all=region == "all", no_clip_land=region == "all",
                              name_field=None, code_field=None, hotspots=None, layer=[], project=None)
    src = coverage_sources_from_args(args)
    return zones_from_frames(src.municipalities, src.hotspots)


def qgis_available() -> bool:
    """Whether Debian's QGIS can run the second peer (benchmarks/qgis_coverage.py)."""
    if not SYSTEM_PY.exists():
        return False
    return subprocess.run([str(SYSTEM_PY), "-c", "import qgis.core, qgis.analysis"], capture_output=True,
                          timeout=120).returncode == 0


def gpkg_copy(frame, path: Path) -> Path:  # type: ignore[no-untyped-def]
    """``frame`` as a GeoPackage for QGIS (GeoPackage 1.3: Debian's GDAL 3.6 reads it without a warning)."""
    frame.to_file(path, driver="GPKG", VERSION="1.3")
    return path


def write_data(work: Path, rows: list[Row], qgis: bool = False) -> dict[str, Path]:
    import geopandas as gpd
    import shapely

    files = {"stops": DATA / "hsl_stops_2022_central_helsinki.geojson",
             "rail": DATA / "fi_rail_stations_digitraffic_2024.geojson", "routes": DATA / "hsl_routes_2022.geojson"}
    wanted = {key for row in rows for key, _ in row.layers}
    for region in sorted({row.region for row in rows}):
        zones = region_zones(region)
        frame = zones.frame.assign(zone=zones.frame["code"] + " " + zones.frame["zone"])[["zone", "geometry"]]
        files[f"zones_{region}"] = work / f"zones_{region}.parquet"
        frame.to_parquet(files[f"zones_{region}"])
        if qgis:
            files[f"zones_{region}.gpkg"] = gpkg_copy(frame, work / f"zones_{region}.gpkg")
        outline = shapely.union_all(frame.geometry.values)
        shapely.prepare(outline)
        prefix = "pts_" if region == "26" else "pts309_"
        for key in sorted(k for k in wanted if k.startswith(prefix)):
            n = int(key.split("_")[1])
            xy = random_points(outline, n, seed=n)
            files[key] = work / f"{key}.parquet"
            points = gpd.GeoDataFrame(geometry=gpd.points_from_xy(xy[:, 0], xy[:, 1]), crs="EPSG:3067")
            points.to_parquet(files[key])
            if qgis and n <= QGIS_MAX_POINTS:
                files[f"{key}.gpkg"] = gpkg_copy(points, work / f"{key}.gpkg")
        if region == "26" and any(row.population for row in rows):
            files["grid"] = work / "population_grid_250m_generated.parquet"
            grid = population_grid(outline)
            grid.to_parquet(files["grid"])
            print(f"population grid: {len(grid):,} cells of 250 m (generated)", flush=True)
    return files


def random_points(outline, n: int, seed: int) -> np.ndarray:  # type: ignore[no-untyped-def]
    import shapely

    rng = np.random.default_rng(seed)
    x0, y0, x1, y1 = outline.bounds
    out, need = [], n
    while need > 0:
        cand = rng.random((max(need * 2, 100), 2)) * [x1 - x0, y1 - y0] + [x0, y0]
        cand = cand[shapely.contains_xy(outline, cand[:, 0], cand[:, 1])][:need]
        out.append(cand)
        need -= len(cand)
    return np.concatenate(out)


def population_grid(outline):  # type: ignore[no-untyped-def]
    """250 m cells whose centre lies on the region's land, with generated head counts (lognormal, clustered)."""
    import geopandas as gpd
    import shapely

    side = 250.0
    x0, y0, x1, y1 = outline.bounds
    xs, ys = np.meshgrid(np.arange(x0, x1, side), np.arange(y0, y1, side))
    xs, ys = xs.reshape(-1), ys.reshape(-1)
    keep = shapely.contains_xy(outline, xs + side / 2, ys + side / 2)
    xs, ys = xs[keep], ys[keep]
    rng = np.random.default_rng(13)
    people = np.round(rng.lognormal(1.5, 1.6, len(xs))).astype(np.int64)
    return gpd.GeoDataFrame({"population": people}, geometry=shapely.box(xs, ys, xs + side, ys + side),
                            crs="EPSG:3067")


# ---- the runs -----------------------------------------------------------------------------------------------
TIME = Path("/usr/bin/time")


def compile_sources() -> None:
    """Byte-compile regionmap's modules once, as an installed package has them: where ``PYTHONDONTWRITEBYTECODE``
    is set (as on this machine) every child would otherwise compile its ~90 modules again (0.25 s a run), which
    the baseline script, importing only installed libraries, never pays."""
    subprocess.run([PY, "-m", "compileall", "-q", "app", "layers", "resources"], cwd=ROOT, check=True,
                   stdout=subprocess.DEVNULL)


def run_child(cmd: list[str], env: dict[str, str], timeout: float) -> tuple[float, float, float, bool]:
    """(wall seconds, CPU seconds (user + system), peak RSS in MB, finished) of one child process; killed after
    ``timeout``.  On a machine other work loads, the CPU time is the steadier figure: the wall time then counts
    the waits for a core (longer for our two threads than for the single-threaded baseline).

    The peak comes from ``/usr/bin/time`` around the child: a child forked straight from this process would count
    this process's pages (shared until ``exec``) in its own peak.  Without it, ``os.wait4``'s figure is kept, which
    is then at least this process's size."""
    wrapped = [str(TIME), "-f", "peak_kb=%M cpu_s=%U+%S", *cmd] if TIME.exists() else cmd
    with tempfile.TemporaryFile() as err:
        start = time.perf_counter()
        proc = subprocess.Popen(wrapped, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=err)
        timer = threading.Timer(timeout, proc.kill)
        timer.start()
        _, status, usage = os.wait4(proc.pid, 0)
        wall = time.perf_counter() - start
        timer.cancel()
        proc.returncode = os.waitstatus_to_exitcode(status)
        err.seek(0)
        text = err.read().decode(errors="replace")
    if proc.returncode != 0 and wall < timeout:
        raise RuntimeError(f"{' '.join(cmd)} failed:\n{text[-2000:]}")
    peaks = [line.split() for line in text.splitlines() if line.startswith("peak_kb=")]
    peak_mb = int(peaks[-1][0].split("=")[1]) / 1024.0 if peaks else usage.ru_maxrss / 1024.0
    if peaks:
        user, system = peaks[-1][1].split("=")[1].split("+")
        cpu = float(user) + float(system)
    else:
        cpu = usage.ru_utime + usage.ru_stime
    return wall, cpu, peak_mb, wall < timeout


def ours_cmd(row: Row, files: dict[str, Path], by_people: bool) -> list[str]:
    cmd = [PY, "-m", "app.cli", "coverage", "--region", str(BOUNDARIES)]
    if row.region == "all":  # the land outline regionmap ships covers southern Finland only: keep the areas whole
        cmd += ["--all", "--no-clip-land"]
    for key, radius in row.layers:
        cmd += ["--layer", f"{files[key]}:{radius:g}"]
    if by_people:
        cmd += ["--population", str(files["grid"]), "--population-field", "population"]
    return cmd


def qgis_cmd(row: Row, files: dict[str, Path]) -> list[str]:
    def gpkg(key: str) -> Path:
        return files.get(f"{key}.gpkg", files[key])  # the published GeoJSON files as they are

    return [str(SYSTEM_PY), str(ROOT / "benchmarks" / "qgis_coverage.py"), str(files[f"zones_{row.region}.gpkg"])] + [
        f"{gpkg(key)}:{radius:g}" for key, radius in row.layers]


def baseline_cmd(row: Row, files: dict[str, Path]) -> list[str]:
    return [PY, str(ROOT / "benchmarks" / "baseline_coverage.py"), str(files[f"zones_{row.region}"])] + [
        f"{files[key]}:{radius:g}" for key, radius in row.layers]


def measure(row: Row, files: dict[str, Path], repeats: int, timeout: float, qgis: bool = False) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    for _ in range(repeats):
        with tempfile.TemporaryDirectory(prefix="regionmap-bench-cache-") as cache:
            runs: list[tuple[str, list[str], dict[str, str]]] = []
            if row.population:  # #13: the same warm run by people (first, then again) and by area
                warm = {**env, "REGIONMAP_CACHE_DIR": cache}
                run_child(ours_cmd(row, files, False), warm, timeout)  # fills the cache, not timed
                people = ours_cmd(row, files, True)
                runs = [("people", people, warm), ("people again", people, warm),
                        ("area", ours_cmd(row, files, False), warm)]
            else:
                runs = [("baseline", baseline_cmd(row, files), env),
                        ("cold", ours_cmd(row, files, False), {**env, "REGIONMAP_CACHE_DIR": cache}),
                        ("warm", ours_cmd(row, files, False), {**env, "REGIONMAP_CACHE_DIR": cache})]
                if qgis and row.with_qgis():
                    runs.insert(1, ("qgis", qgis_cmd(row, files), env))
            for what, cmd, run_env in runs:
                wall, cpu, peak, done = run_child(cmd, run_env, timeout)
                row.times.setdefault(what, []).append(wall if done else float("inf"))
                row.cpu.setdefault(what, []).append(cpu if done else float("inf"))
                row.peaks.setdefault(what, []).append(peak)
        print(f"  {row.name}: " + ", ".join(f"{k} {v[-1]:.2f} s (CPU {row.cpu[k][-1]:.2f} s)"
                                            for k, v in row.times.items()), flush=True)


def med(values: list[float]) -> float:
    return statistics.median(values) if values else float("nan")


def table(rows: list[Row]) -> str:
    """Medians: wall time, and in brackets CPU time; the ratios of both; peak memory."""
    lines = ["| workload | regionmap cold | regionmap warm | baseline script | QGIS processing | cold / baseline "
             "| warm / baseline | warm / QGIS | peak MB (cold, warm, baseline) |", "|---" * 9 + "|"]
    for r in rows:
        t = {k: med(v) for k, v in r.times.items()}
        c = {k: med(v) for k, v in r.cpu.items()}
        if r.population:  # the first run by people spreads the grid; a run again reads the spread people back
            lines.append(f"| {r.name} | — | first {t['people']:.2f} s (CPU {c['people']:.2f} s), again "
                         f"{t['people again']:.2f} s (CPU {c['people again']:.2f} s); by area {t['area']:.2f} s "
                         f"(CPU {c['area']:.2f} s) | — | — | — | people / area: first "
                         f"{t['people'] / t['area']:.2f}x (CPU {c['people'] / c['area']:.2f}x), again "
                         f"{t['people again'] / t['area']:.2f}x (CPU {c['people again'] / c['area']:.2f}x) | — | "
                         f"{med(r.peaks['people']):.0f}, "
                         f"{med(r.peaks['area']):.0f} |")
            continue
        qgis, by_qgis = "—", "—"
        if "qgis" in t:
            qgis = f"{t['qgis']:.2f} s ({c['qgis']:.2f} s)"
            by_qgis = f"{t['warm'] / t['qgis']:.2f}x ({c['warm'] / c['qgis']:.2f}x)"
        lines.append(f"| {r.name} | {t['cold']:.2f} s ({c['cold']:.2f} s) | {t['warm']:.2f} s ({c['warm']:.2f} s) | "
                     f"{t['baseline']:.2f} s ({c['baseline']:.2f} s) | {qgis} | {t['cold'] / t['baseline']:.2f}x "
                     f"({c['cold'] / c['baseline']:.2f}x) | {t['warm'] / t['baseline']:.2f}x "
                     f"({c['warm'] / c['baseline']:.2f}x) | {by_qgis} | {med(r.peaks['cold']):.0f}, "
                     f"{med(r.peaks['warm']):.0f}, {med(r.peaks['baseline']):.0f} |")
    return "\n".join(lines)


def exponents(rows: list[Row]) -> str:
    """Growth of the whole-process time: t ~ n^k between the smallest and largest point counts (400 m) and
    between 26 and 309 municipalities (10,000 points, 2 km), of the wall and (in brackets) the CPU time: on a
    loaded machine the wall time's waits for a core swamp the growth."""
    by = {r.name: r for r in rows}
    out = []
    pairs = [("points 1k-1M (400 m)", "1,000 points, 400 m", "1,000,000 points, 400 m", 1000.0),
             ("zones 26-309 municipalities (10,000 points, 2 km)", "10,000 points, 2 km",
              "309 municipalities, 10,000 points, 2 km", 309 / 26)]
    for label, small_name, large_name, growth in pairs:
        small, large = by.get(small_name), by.get(large_name)
        if not (small and large):
            continue
        for what in ("cold", "warm", "baseline"):
            k = np.log(med(large.times[what]) / med(small.times[what])) / np.log(growth)
            k_cpu = np.log(med(large.cpu[what]) / med(small.cpu[what])) / np.log(growth)
            out.append(f"{label}, {what}: exponent {k:.2f} (CPU {k_cpu:.2f})")
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="a small subset, one run each (for development)")
    parser.add_argument("--repeats", type=int, default=None, help="runs of each (default 3; --quick 1)")
    parser.add_argument("--baseline-timeout", type=float, default=600.0, help="seconds before a child is stopped")
    parser.add_argument("--rows", help="only the rows whose name contains one of these texts, separated by semicolons")
    parser.add_argument("--no-qgis", action="store_true", help="leave QGIS processing out even where it is installed")
    args = parser.parse_args(argv)
    if not BOUNDARIES.is_file():
        print(f"benchmarks/coverage.py: {BOUNDARIES} is missing; point REGIONMAP_SHARED_DATA at the shared data")
        return 2
    rows = build_rows(args.quick)
    if args.rows:  # a text that is a row's whole name picks that row alone (else every row containing it)
        texts = [t.strip() for t in args.rows.split(";")]
        rows = [r for r in rows if any(t == r.name or (t in r.name and not any(t == o.name for o in rows))
                                       for t in texts)]
    repeats = args.repeats or (1 if args.quick else 3)
    compile_sources()
    qgis = not args.no_qgis and qgis_available()
    print("QGIS processing: " + (f"on the rows of at most {QGIS_MAX_POINTS:,} points" if qgis else
                                 "left out (not installed, or --no-qgis)"), flush=True)
    with tempfile.TemporaryDirectory(prefix="regionmap-bench-") as work:
        files = write_data(Path(work), rows, qgis)
        print(f"data written; {repeats} interleaved run(s) of each", flush=True)
        for row in rows:
            measure(row, files, repeats, args.baseline_timeout, qgis)
    print(table(rows))
    print(exponents(rows))
    print(json.dumps({r.name: {"times": r.times, "cpu": r.cpu, "peaks_mb": r.peaks} for r in rows}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
