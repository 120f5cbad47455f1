"""``regionmap transit FEED [--day YYYY-MM-DD] [--window 07-09] --out stops.gpkg``: stops by service level.

Reads a GTFS feed (a .zip or a folder) and writes its stops with their service level on one day (departures in
the window and in the day, departures an hour, the service class, first and last departure, modes, routes) and
the route lines by mode.  A GeoPackage holds both, as layers ``stops`` and ``routes``; a GeoJSON or FlatGeobuf
file holds one layer, so the routes go to ``--routes FILE`` there.  Files are written in EPSG:3067 and replaced
atomically.  The day defaults to the next ordinary weekday the feed covers (see ``layers.transit.calendar``).

With ``--connections`` it connects the region's hot spots by the timetable instead (``layers.transit.connections``):
``--out`` gets one line per pair of hot spots connected in the window (directly or with one transfer; shortest
time, departures a day), ``--pairs FILE.csv`` every ordered pair, and the isolated hot spots are printed.  The
region and hot spots come from the options of ``regionmap coverage`` (``--region``, ``--codes``, ``--hotspots``...).
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path

from layers.commands.support import ArgumentParser
from layers.errors import UserError
from layers.export.atomic import check_writable
from layers.i18n import format_number, translate

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
    p.add_argument("--connections", action="store_true", help="connect the region's hot spots by the timetable: "
                   "--out gets the lines between connected hot spots")
    p.add_argument("--pairs", metavar="FILE.csv", help="with --connections: every ordered pair of hot spots as CSV")
    p.add_argument("--walk", metavar="M", type=float, default=None, help="with --connections: stops this far from a "
                   "hot spot count as its stops (default: 400)")
    p.add_argument("--transfer", metavar="MIN", type=float, default=None, help="with --connections: the minimum "
                   "time to change at a stop or station (default: 3)")
    from layers.commands.common import add_document_args

    add_document_args(p)
    return p


# the region's options (add_document_args): only --connections reads the region and its hot spots
REGION_OPTIONS = ("region", "name-field", "code-field", "codes", "all", "no-clip-land", "hotspots", "layer", "project")


def _driver(path: Path, what: str) -> str:
    driver = DRIVERS.get(path.suffix.lower())
    if driver is None:
        raise UserError(translate(
            "cli", "{path}: cannot write the {what} as {suffix}; use .gpkg, .geojson or .fgb").format(
            path=path, what=what, suffix=path.suffix or 'a file without a suffix'))
    return driver


def main(argv: Sequence[str]) -> int:
    args = _parser().parse_args(list(argv))
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
        raise UserError(translate(
            "cli", "{option}: {exc}").format(
            option='--day' if args.day and 'date' in str(exc) else '--window', exc=exc)) from None
    feed = Path(args.feed)
    if not feed.exists():
        raise UserError(translate(
            "cli", "{feed}: no such file or folder; give a GTFS .zip or a folder of its .txt tables").format(
            feed=feed))
    if args.connections:
        if args.layer:
            raise UserError(translate(
                "cli", "--layer: --connections links the hot spots by the timetable alone and uses no service "
                       "layer; drop --layer"))
        return _connections(args, feed, day, window, out, out_driver)
    for option in ("pairs", "walk", "transfer", *REGION_OPTIONS):
        if getattr(args, option.replace("-", "_")) not in (None, False, []):
            raise UserError(translate(
                "cli", "--{option}: applies with --connections; add --connections or drop --{option}").format(
                option=option))
    result = run(TransitInputs(feed, day=day, window=window, platforms=args.platforms,
                               boarding_only=args.boarding_only))
    routes_in_out = routes_path is None and out_driver == "GPKG"
    _write(out, out_driver, [("stops", result.stops)] + ([("routes", result.routes)] if routes_in_out else []))
    if routes_path is not None:
        _write(routes_path, _driver(routes_path, "routes"), [("routes", result.routes)])
    if not args.quiet:
        sys.stdout.write(result.summary() + "\n")
        where = (translate("cli", "{path} (layer routes)").format(path=out) if routes_in_out
                 else (str(routes_path) if routes_path else ""))
        text = (translate("cli", "wrote {path}: {n} stops; routes in {where}") if where else
                translate("cli", "wrote {path}: {n} stops; routes not written (give --routes FILE or a .gpkg --out)"))
        sys.stdout.write(text.format(path=out, n=format_number(len(result.stops)), where=where) + "\n")
    return 0


def _connections(args, feed: Path, day, window: tuple[int, int], out: Path, driver: str) -> int:  # type: ignore[no-untyped-def]
    """``--connections``: the hot spots of the region connected by the feed's timetable."""
    from layers.commands.common import document_from_args
    from layers.coverage.connections import hotspot_names
    from layers.transit.connections import DEFAULT_TRANSFER_S, DEFAULT_WALK_M, NONE, ConnectionInputs
    from layers.transit.connections import run as connect
    from layers.transit.times import format_time

    walk = DEFAULT_WALK_M if args.walk is None else args.walk
    transfer = DEFAULT_TRANSFER_S / 60 if args.transfer is None else args.transfer
    if not (0 <= walk <= 5_000):
        raise UserError(translate("cli", "--walk {walk:g}: give a distance from 0 to 5000 metres").format(walk=walk))
    if not (0 <= transfer <= 120):
        raise UserError(translate(
            "cli", "--transfer {transfer:g}: give minutes from 0 to 120").format(transfer=transfer))
    pairs_path = Path(args.pairs) if args.pairs else None
    if pairs_path is not None:
        if pairs_path.suffix.lower() != ".csv":
            raise UserError(translate(
                "cli", "--pairs {pairs_path}: the pairs are written as CSV; give a .csv file").format(
                pairs_path=pairs_path))
        check_writable(pairs_path)
    doc = document_from_args(args)
    hot = doc.hotspot_layer.data
    names = hotspot_names(hot, doc.region.municipalities["name"].astype(str))
    got = connect(ConnectionInputs(feed, hot, tuple(names), day=day, window=window, walk_m=walk,
                                   transfer_s=round(transfer * 60)))
    _write(out, driver, [("connections", got.lines)])
    if pairs_path is not None:
        from layers.export.atomic import write_with

        write_with(pairs_path, lambda tmp: got.pairs.drop(columns=["a", "b"]).to_csv(tmp, index=False))
    if not args.quiet:
        when = translate("cli", "{day} ({reason}), departures {start}-{end}").format(
            day=got.day.isoformat(), reason=got.day_reason, start=format_time(window[0]), end=format_time(window[1]))
        shown = got.pairs[got.pairs["connection"] != NONE]
        sys.stdout.write(translate(
            "cli", "{feed}: {n} hot spots, {with_stops} with stops within {walk} m; {pairs} connected pairs on "
            "{when}").format(feed=feed.name, n=len(hot), with_stops=sum(k > 0 for k in got.stops_in),
                             walk=f"{walk:g}", pairs=len(shown), when=when) + "\n")
        shown = shown.sort_values("best_min")
        for a, b, kind, minutes, per_day in zip(shown["from"], shown["to"], shown["connection"], shown["best_min"],
                                                shown["any_per_day"], strict=True):
            sys.stdout.write("  " + translate("cli", "{a} -> {b}: {kind}, {minutes} min, {per_day} a day").format(
                a=a, b=b, kind=kind, minutes=f"{minutes:g}", per_day=per_day) + "\n")
        sys.stdout.write(translate("cli", "isolated: {names}").format(
            names=", ".join(got.isolated) if got.isolated else translate("cli", "none")) + "\n")
        text = (translate("cli", "wrote {path}: {n} connection lines; pairs in {pairs}") if pairs_path else
                translate("cli", "wrote {path}: {n} connection lines"))
        sys.stdout.write(text.format(path=out, n=format_number(len(got.lines)), pairs=pairs_path) + "\n")
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
                    raise UserError(translate(
                        "cli", "{path}: cannot write the {name} ({exc}); check free disk space and that the folder "
                        "is writable").format(path=path, name=name, exc=exc)) from exc
            named.replace(tmp)
        finally:
            named.unlink(missing_ok=True)

    write_with(path, writer)
