"""``regionmap check FILE [--layer NAME] [--crs EPSG]``: print how a geodata file would load.

Prints the summary the GUI shows after loading (features, geometry types, the CRS as an EPSG code and whether
it was declared by the file or detected, the bounding box in lon/lat, repairs and skips) and exits 0.  A file
that cannot be loaded prints one line ``regionmap: FILE: <what is wrong, where>`` on stderr and exits 2.
``--layers`` lists the layers of a multi-layer file instead; ``--limits`` prints the read limits in force
(:mod:`layers.io.limits`: how big a file may be, raised with ``REGIONMAP_MAX_*`` variables) and exits.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path

from layers.commands.support import ArgumentParser
from layers.errors import UserError
from layers.i18n import translate


def _parser() -> ArgumentParser:
    p = ArgumentParser(prog="regionmap check", description="Print what a geodata file holds and how it would load "
                       "(features, geometry types, CRS, bounding box, repairs).")
    p.add_argument("file", metavar="FILE", nargs="?", help="GeoJSON, GeoPackage, Shapefile (.shp/.zip), FlatGeobuf, "
                   "GeoParquet or CSV")
    p.add_argument("--layer", metavar="NAME", help="the layer to read from a multi-layer file (GeoPackage, zip)")
    p.add_argument("--crs", metavar="EPSG", help="the CRS of the coordinates, overriding the file "
                   "(e.g. EPSG:3879 or 3879)")
    p.add_argument("--layers", action="store_true", help="list the file's layers and exit")
    p.add_argument("--limits", action="store_true", help="print the read limits in force (file size, features, "
                   "vertices, memory; raise one with its REGIONMAP_MAX_* environment variable) and exit")
    return p


def _normalise_crs(text: str) -> str:
    t = text.strip()
    return f"EPSG:{t}" if t.isdigit() else t


def main(argv: Sequence[str]) -> int:
    args = _parser().parse_args(list(argv))
    from layers.io import list_layers, read_layer

    if args.limits:
        from layers.io.limits import describe_limits

        sys.stdout.write(describe_limits() + "\n")
        return 0
    if args.file is None:
        raise UserError(translate(
            "cli", "regionmap check: give a FILE to check (or --limits); see 'regionmap check --help'"))

    path = Path(args.file)
    if args.layers:
        for info in list_layers(path):
            count = "?" if info.features is None else str(info.features)
            print(f"{info.name}\t{info.geometry_type}\t" + translate("cli", "{count} features").format(count=count))
        return 0
    crs = _normalise_crs(args.crs) if args.crs else None
    if crs is not None:
        from pyproj import CRS

        try:
            CRS.from_user_input(crs)
        except Exception:
            raise UserError(translate(
                "cli", "{path}: --crs {crs!r} is not a known CRS; give an EPSG code such as EPSG:3067 or 3879").format(
                path=path, crs=args.crs)) from None
    loaded = read_layer(path, layer=args.layer, crs=crs)
    sys.stdout.write(loaded.report.summary() + "\n")
    return 0
