"""Load time and peak memory of a ~200 MB GeoJSON: ``read_layer`` (with a progress callback) vs plain
``geopandas.read_file`` in the same run.

The file is SYNTHETIC (generated here with a fixed seed, in a temporary folder): random points and short
random-walk lines inside Uusimaa's bounding box (lon 23.0-26.5, lat 59.8-60.9), each with a few attributes.
Every variant runs in a fresh subprocess so the peak RSS (``ru_maxrss``) is its own.  Each variant is run
``--repeat`` times (default 2) after one untimed warm-up read that puts the file in the page cache; the best
time counts.

Target: read_layer <= 1.2 x the time of geopandas.read_file; peak memory within ~3 x the file size.

    .venv/bin/python benchmarks/load.py [--mb 200] [--repeat 2] [--keep DIR]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]

# (imports done before the clock starts, code timed)
IMPORTS = "import geopandas, pyogrio, pyarrow, shapely, pyproj\nfrom layers.io import read_layer"
VARIANTS = {
    "geopandas.read_file (baseline)": "df = geopandas.read_file(PATH); n = len(df)",
    "read_layer + progress": (
        "calls = []\n"
        "df = read_layer(PATH, progress=lambda f, m='': calls.append(f)).data; n = len(df)\n"
        "assert len(calls) > 3, calls"
    ),
    "pyogrio arrow (reference)": "df = pyogrio.read_dataframe(PATH, use_arrow=True); n = len(df)",
}

RUNNER = """
import resource, sys, time
sys.path.insert(0, {root!r})
PATH = {path!r}
{imports}
rss0 = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
t = time.perf_counter()
{code}
dt = time.perf_counter() - t
rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(f"{{dt:.3f}} {{rss:.1f}} {{rss - rss0:.1f}} {{n}}")
"""


def generate(path: Path, target_mb: float, seed: int = 7) -> int:
    """Write points and lines until the file reaches ``target_mb``; return the feature count."""
    rng = np.random.default_rng(seed)
    kinds = ["bus stop", "tram stop", "station", "substation", "project site"]
    target = int(target_mb * 1e6)
    n = 0
    with open(path, "w", encoding="utf-8") as fh:
        fh.write('{"type": "FeatureCollection", "name": "synthetic_uusimaa", "features": [\n')
        written = 0
        first = True
        while written < target:
            block = []
            lon = rng.uniform(23.0, 26.5, 5000)
            lat = rng.uniform(59.8, 60.9, 5000)
            for i in range(5000):
                if i % 3 == 2:
                    steps = rng.normal(0, 0.002, (8, 2)).cumsum(axis=0) + np.array([lon[i], lat[i]])
                    coords = ", ".join(f"[{x:.6f}, {y:.6f}]" for x, y in steps)
                    geom = f'{{"type": "LineString", "coordinates": [{coords}]}}'
                    props = {"id": n, "kind": "line", "name": f"Synthetic line {n}", "length_class": int(i % 5)}
                else:
                    geom = f'{{"type": "Point", "coordinates": [{lon[i]:.6f}, {lat[i]:.6f}]}}'
                    props = {"id": n, "kind": kinds[i % 5], "name": f"Synthetic place {n}",
                             "capacity": round(float(lat[i] * 10), 2)}
                block.append(('' if first else ',\n')
                             + f'{{"type": "Feature", "properties": {json.dumps(props)}, "geometry": {geom}}}')
                first = False
                n += 1
            text = "".join(block)
            fh.write(text)
            written += len(text)
        fh.write("\n]}\n")
    return n


def run_variant(code: str, path: Path) -> tuple[float, float, float, int]:
    """(seconds, peak RSS MB, peak RSS above the RSS after imports MB, features)."""
    script = RUNNER.format(root=str(ROOT), path=str(path), code=code, imports=IMPORTS)
    proc = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=False)
    if proc.returncode != 0:
        raise RuntimeError(proc.stderr[-2000:])
    dt, rss, extra, n = proc.stdout.strip().splitlines()[-1].split()
    return float(dt), float(rss), float(extra), int(n)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mb", type=float, default=200.0, help="size of the generated GeoJSON in MB")
    ap.add_argument("--repeat", type=int, default=2)
    ap.add_argument("--keep", metavar="DIR", help="write the file here instead of a temporary folder")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(args.keep) if args.keep else Path(tmp)
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / f"synthetic_{int(args.mb)}mb.geojson"
        if not path.exists():
            t = time.perf_counter()
            n = generate(path, args.mb)
            print(f"generated {path.name}: {path.stat().st_size / 1e6:.1f} MB, {n:,} SYNTHETIC features "
                  f"in {time.perf_counter() - t:.1f} s")
        size_mb = path.stat().st_size / 1e6
        run_variant("n = len(open(PATH, 'rb').read())", path)  # warm the page cache
        results = {}
        for name, code in VARIANTS.items():
            runs = [run_variant(code, path) for _ in range(args.repeat)]
            best = min(runs)
            results[name] = (best[0], max(r[1] for r in runs), max(r[2] for r in runs), best[3])
        base_t = results["geopandas.read_file (baseline)"][0]
        print(f"\nfile: {size_mb:.1f} MB GeoJSON (synthetic), best of {args.repeat} runs, fresh process each\n")
        print(f"{'variant':<32} {'time s':>8} {'x baseline':>11} {'peak RSS MB':>12} {'data MB':>9} "
              f"{'data/file':>10} {'features':>10}")
        for name, (t, rss, extra, n) in results.items():
            print(f"{name:<32} {t:8.2f} {t / base_t:11.2f} {rss:12.0f} {extra:9.0f} {extra / size_mb:10.2f} {n:10,}")
        print("(data MB = peak RSS minus the RSS after the imports: the memory the read itself needed)")
        ours_t, _, ours_rss, _ = results["read_layer + progress"]
        ok_time = ours_t <= 1.2 * base_t
        ok_mem = ours_rss <= 3.0 * size_mb
        print(f"\ntarget time <= 1.2 x baseline: {'met' if ok_time else 'NOT met'} ({ours_t / base_t:.2f} x)")
        print(f"target memory <= ~3 x file size: {'met' if ok_mem else 'NOT met'} ({ours_rss / size_mb:.2f} x)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
