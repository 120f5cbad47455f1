"""``regionmap transit FEED [--day YYYY-MM-DD] [--window 07-09] --out stops.gpkg``: stops by service level.

Reads a GTFS feed (a .zip or a folder) and writes its stops with their service level on one day (departures in
the window and in the day, departures an hour, the service class, first and last departure, modes, routes) and
the route lines by mode.  A GeoPackage holds both, as layers ``stops`` and ``routes``; a GeoJSON or FlatGeobuf
file holds one layer, so the routes go to ``--routes FILE`` there.  Files are written in EPSG:3067 and replaced
atomically.  The day defaults to the next ordinary weekday the feed covers (see ``layers.transit.calendar``).
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path

from layers.commands.support import ArgumentParser
from layers.errors import UserError

DRIVERS = {".gpkg": "GPKG", ".geojson": "GeoJSON", ".json": "GeoJSON", ".fgb": "FlatGeobuf"}


def _parser() -> ArgumentParser:
    p = ArgumentParser(prog="regionmap transit", description=__doc__.split("\n\n", 1)[1].strip())
    p.add_argument("feed", metavar="FEED", help="a GTFS feed: a .zip or a folder of its .txt tables")
    p.add_argument("--day", metavar="YYYY-MM-DD", help="the service day (default: the next ordinary Tuesday to "
                   "Thursday the feed covers)")
    p.add_argument("--window", metavar="HH-HH", default="07-09", help="the time window on the service day's clock, "
                   "end exclusive, e.g. 07-09, 06:30-09:00 or 23-26 (default: 07-09)")
    p.add_argument("--out", metavar="FILE", required=True, help="the stops file: .gpkg (stops and routes), "
                   ".geojson or .fgb")
    p.add_argument("--routes", metavar="FILE", help="the route lines file (.gpkg, .geojson, .fgb); with a .gpkg "
                   "--out the routes go into it unless this is given")
    p.add_argument("--platforms", choices=("parent", "each"), default="parent", help="parent: count platforms at "
                   "their parent station (default); each: list every stop of stops.txt")
    p.add_argument("--boarding-only", action="store_true", help="leave out calls where no one may board "
                   "(pickup_type 1)")
    p.add_argument("--quiet", action="store_true", help="print nothing on success")
    return p


def _driver(path: Path, what: str) -> str:
    driver = DRIVERS.get(path.suffix.lower())
    if driver is None:
        raise UserError(f"{path}: cannot write the {what} as {path.suffix or 'a file without a suffix'}; use .gpkg, "
                        ".geojson or .fgb")
    return driver


def main(argv: Sequence[str]) -> int:
    args = _parser().parse_args(list(argv))
    from layers.export.atomic import check_writable
    from layers.transit import TransitInputs, run
    from layers.transit.calendar import parse_day
    from layers.transit.times import parse_window

    out = Path(args.out)
    out_driver = _driver(out, "stops")
    routes_path = Path(args.routes) if args.routes else None
    if routes_path is not None:
        _driver(routes_path, "routes")
        check_writable(routes_path)
    check_writable(out)
    try:
        day = parse_day(args.day) if args.day else None
        window = parse_window(args.window)
    except ValueError as exc:
        raise UserError(f"{'--day' if args.day and 'date' in str(exc) else '--window'}: {exc}") from None
    feed = Path(args.feed)
    if not feed.exists():
        raise UserError(f"{feed}: no such file or folder; give a GTFS .zip or a folder of its .txt tables")
    result = run(TransitInputs(feed, day=day, window=window, platforms=args.platforms,
                               boarding_only=args.boarding_only))
    routes_in_out = routes_path is None and out_driver == "GPKG"
    _write(out, out_driver, [("stops", result.stops)] + ([("routes", result.routes)] if routes_in_out else []))
    if routes_path is not None:
        _write(routes_path, _driver(routes_path, "routes"), [("routes", result.routes)])
    if not args.quiet:
        sys.stdout.write(result.summary() + "\n")
        where = f"{out} (layer routes)" if routes_in_out else (str(routes_path) if routes_path else "")
        sys.stdout.write(f"wrote {out}: {len(result.stops):,} stops"
                         + (f"; routes in {where}" if where else "; routes not written (give --routes FILE or a "
                            ".gpkg --out)") + "\n")
    return 0


def _write(path: Path, driver: str, layers: list[tuple[str, object]]) -> None:
    """Write the layers into one file, atomically (a failure leaves the old file as it was)."""
    import pyogrio

    from layers.export.atomic import write_with

    def writer(tmp: Path) -> None:
        named = tmp.with_name(tmp.name + path.suffix.lower())  # GDAL wants the format's own suffix
        try:
            for name, frame in layers:
                try:
                    pyogrio.write_dataframe(frame, named, layer=name if driver == "GPKG" else None, driver=driver,
                                            promote_to_multi=False)
                except Exception as exc:  # pyogrio and GDAL raise several types
                    raise UserError(f"{path}: cannot write the {name} ({exc}); check free disk space and that the "
                                    "folder is writable") from exc
            named.replace(tmp)
        finally:
            named.unlink(missing_ok=True)

    write_with(path, writer)
