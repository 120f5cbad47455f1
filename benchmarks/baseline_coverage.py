"""The straightforward coverage a GIS user would script, as a whole process: the reference of benchmarks/coverage.py.

Read the zones and the service layers, buffer every feature by its layer's radius, ``union_all`` the buffers,
intersect the union with each zone and take the areas.  Nothing of regionmap is imported: the process pays only
for geopandas, shapely and the files, as a planner's own script would.

    python benchmarks/baseline_coverage.py ZONES.parquet LAYER:RADIUS_M [LAYER:RADIUS_M ...] [--out FILE]

ZONES: polygons with a ``zone`` column (the zones regionmap makes: municipality x hot spot / in-between, written
by benchmarks/coverage.py); LAYER: any file geopandas reads (GeoParquet for the large ones), in EPSG:3067.
Prints (or writes) one JSON object: zone -> covered km2.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path


def read(path: str):  # type: ignore[no-untyped-def]
    import geopandas as gpd

    frame = gpd.read_parquet(path) if path.endswith(".parquet") else gpd.read_file(path)
    return frame.to_crs("EPSG:3067") if frame.crs is not None and frame.crs.to_epsg() != 3067 else frame


def main(argv: list[str]) -> int:
    import shapely

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("zones")
    parser.add_argument("layers", nargs="+", help="PATH:RADIUS_M")
    parser.add_argument("--out")
    args = parser.parse_args(argv)
    zones = read(args.zones)
    buffers = []
    for spec in args.layers:
        path, _, radius = spec.rpartition(":")
        buffers.append(shapely.buffer(read(path).geometry.values, float(radius)))
    covered = shapely.union_all([shapely.union_all(b) for b in buffers])
    areas = shapely.area(shapely.intersection(zones.geometry.values, covered)) / 1e6
    text = json.dumps({str(z): round(float(a), 4) for z, a in zip(zones["zone"], areas, strict=True)})
    if args.out:
        Path(args.out).write_text(text, encoding="utf-8")
    else:
        sys.stdout.write(text + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
