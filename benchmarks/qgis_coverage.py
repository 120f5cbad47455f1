"""The same coverage through QGIS processing, as a whole process: the second peer of benchmarks/coverage.py.

What a QGIS user would run as a standalone PyQGIS script (Debian's ``qgis`` and ``python3-qgis``, run with the
system's ``/usr/bin/python3``): each service layer reprojected to EPSG:3067 where it is not in it
(``native:reprojectlayer``), buffered by its radius with the buffers dissolved (``native:buffer``, 8 segments a
quarter circle as shapely's default), the layers' buffers merged and dissolved (``native:mergevectorlayers``,
``native:dissolve``), intersected with the zones (``native:intersection``) and the areas summed per zone.  Nothing
of regionmap is imported.  The zones and layers are files GDAL reads (the benchmark writes GeoPackage copies of its
GeoParquet files: Debian's GDAL 3.6 has no Parquet driver).

    /usr/bin/python3 benchmarks/qgis_coverage.py ZONES.gpkg LAYER:RADIUS_M [LAYER:RADIUS_M ...] [--out FILE]

Prints (or writes) one JSON object: zone -> covered km2, as benchmarks/baseline_coverage.py does.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

PLUGINS = "/usr/share/qgis/python/plugins"


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("zones")
    parser.add_argument("layers", nargs="+", help="PATH:RADIUS_M")
    parser.add_argument("--out")
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from qgis.core import QgsApplication, QgsCoordinateReferenceSystem, QgsVectorLayer

    QgsApplication.setPrefixPath("/usr", True)
    app = QgsApplication([], False)
    app.initQgis()
    sys.path.append(PLUGINS)
    import processing  # type: ignore[import-not-found]
    from processing.core.Processing import Processing  # type: ignore[import-not-found]

    Processing.initialize()  # registers the native algorithms too
    work = QgsCoordinateReferenceSystem("EPSG:3067")

    def run(name: str, params: dict) -> QgsVectorLayer:
        return processing.run(name, {**params, "OUTPUT": "memory:"})["OUTPUT"]

    buffers = []
    for spec in args.layers:
        path, _, radius = spec.rpartition(":")
        layer = QgsVectorLayer(path, Path(path).stem, "ogr")
        if not layer.isValid():
            raise SystemExit(f"qgis_coverage: cannot read {path}")
        if layer.crs() != work:
            layer = run("native:reprojectlayer", {"INPUT": layer, "TARGET_CRS": work})
        buffers.append(run("native:buffer", {"INPUT": layer, "DISTANCE": float(radius), "SEGMENTS": 8,
                                              "END_CAP_STYLE": 0, "JOIN_STYLE": 0, "MITER_LIMIT": 2,
                                              "DISSOLVE": True}))
    covered = buffers[0] if len(buffers) == 1 else run("native:dissolve", {
        "INPUT": run("native:mergevectorlayers", {"LAYERS": buffers, "CRS": work})})
    zones = QgsVectorLayer(args.zones, "zones", "ogr")
    parts = run("native:intersection", {"INPUT": zones, "OVERLAY": covered, "INPUT_FIELDS": ["zone"],
                                        "OVERLAY_FIELDS": ["fid"]})
    areas = {str(f["zone"]): 0.0 for f in zones.getFeatures()}
    for feature in parts.getFeatures():
        areas[str(feature["zone"])] += feature.geometry().area() / 1e6
    text = json.dumps({z: round(a, 4) for z, a in areas.items()})
    if args.out:
        Path(args.out).write_text(text, encoding="utf-8")
    else:
        sys.stdout.write(text + "\n")
    sys.stdout.flush()
    # the answer is out: QGIS's own teardown (exitQgis, then Python's) is left out, as regionmap's commands leave
    # Python's out (layers.commands.support.exit_now); a standalone PyQGIS script often crashes in it besides
    os._exit(0)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
