"""Save and open time of a project with 100 000 points and the region (target: <= 2 s each).

Baseline in the same run: writing and reading the same points as one plain GeoPackage layer with pyogrio, i.e.
what the atomic save (temporary file, fsync, verification, rename) and the document rebuild add on top.

    .venv/bin/python benchmarks/project.py [N_POINTS] [REPEATS]
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

TARGET_S = 2.0


def _points(n: int):  # type: ignore[no-untyped-def]
    import geopandas as gpd
    import numpy as np

    rng = np.random.default_rng(42)
    return gpd.GeoDataFrame(
        {"id": np.arange(n), "name": [f"stop {i}" for i in range(n)], "value": rng.random(n)},
        geometry=gpd.points_from_xy(rng.uniform(280_000, 480_000, n), rng.uniform(6_640_000, 6_760_000, n)),
        crs="EPSG:3067",
    )


def _best(fn, repeats: int) -> tuple[float, float]:  # type: ignore[no-untyped-def]
    times = []
    for _ in range(repeats):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return min(times), statistics.median(times)


def main() -> int:
    import pyogrio

    from layers.document import MapDocument
    from layers.model import Layer, LayerKind
    from layers.project import load_project, save_project

    n = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    repeats = int(sys.argv[2]) if len(sys.argv) > 2 else 3
    points = _points(n)
    document = MapDocument.default()
    document.layers.append(Layer(points, "points", kind=LayerKind.TRANSPORT))
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        plain = folder / "plain.gpkg"

        def plain_write() -> None:
            pyogrio.write_dataframe(points, plain, layer="points", driver="GPKG")

        base_w = _best(plain_write, repeats)
        base_r = _best(lambda: pyogrio.read_dataframe(plain, layer="points"), repeats)
        target = folder / "project.gpkg"
        save = _best(lambda: save_project(document, target), repeats)
        load = _best(lambda: load_project(target), repeats)
        size_mb = target.stat().st_size / 1e6
    print(f"project with {n:,} points + region ({len(document.layers)} layers, {size_mb:.1f} MB)")
    print(f"{'':28}{'best':>8}{'median':>9}")
    print(f"{'baseline pyogrio write':28}{base_w[0]:8.2f}{base_w[1]:9.2f} s")
    print(f"{'save_project (atomic)':28}{save[0]:8.2f}{save[1]:9.2f} s   target <= {TARGET_S:.0f} s: "
          f"{'OK' if save[1] <= TARGET_S else 'MISSED'}")
    print(f"{'baseline pyogrio read':28}{base_r[0]:8.2f}{base_r[1]:9.2f} s")
    print(f"{'load_project':28}{load[0]:8.2f}{load[1]:9.2f} s   target <= {TARGET_S:.0f} s: "
          f"{'OK' if load[1] <= TARGET_S else 'MISSED'}")
    return 0 if save[1] <= TARGET_S and load[1] <= TARGET_S else 1


if __name__ == "__main__":
    sys.exit(main())
