"""``regionmap site``: where N new sites of a sector would cover the most uncovered people (or area), headless.

``regionmap site --layer stops.geojson:400 --candidates grid:500 --add 10 [--zones in-between] [--sector
transport] [--per-municipality-min 1] --out sites.gpkg`` with the region, population and target arguments of
``regionmap coverage`` (the same helpers, so the same rules: :mod:`layers.commands.coverage`).  Candidates are a
grid (``grid:SPACING_M``, clipped to the chosen zones), a point file (e.g. existing stops of another mode), or
points (``points:X,Y;X,Y`` in EPSG:3067).  The sites are chosen by :func:`layers.siting.run` (greedy maximal
covering with lazy evaluation) and written ranked, with the people and area each adds; the coverage table after
them goes to ``--table`` (JSON with the sites and the changes per municipality x zone, or CSV rows).
``--unique FILE`` writes every feature of the sector's existing layers with the people and area only it covers
(:mod:`layers.siting.unique`); with ``--add 0`` that is all it does.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from layers.commands.common import add_document_args, parse_layer_arg
from layers.commands.coverage import (
    _read_polygons,
    _targets,
    add_population_args,
    add_target_args,
    energy_services,
    name_apart,
)
from layers.commands.support import ArgumentParser, print_warning
from layers.errors import UserError
from layers.i18n import translate

SITES_LAYER = "proposed_sites"


def build_parser() -> ArgumentParser:
    parser = ArgumentParser(prog="regionmap site",
                            description="Propose N new sites of a sector that cover the most people (or area) "
                                        "that its layers leave uncovered in the chosen zones, and what each "
                                        "existing feature covers that no other does.")
    add_document_args(parser, project=True)
    parser.add_argument("--energy", metavar="PATH[:RADIUS_M]", action="append", default=[], type=parse_layer_arg,
                        help="an energy layer and its radius (repeatable): existing chargers for --sector energy")
    add_population_args(parser)
    add_target_args(parser)
    parser.add_argument("--candidates", metavar="grid:SPACING|FILE|points:X,Y;X,Y",
                        help="candidate sites: a grid at SPACING metres over the chosen zones, a point file, or "
                             "points in EPSG:3067 (required unless --add 0)")
    parser.add_argument("--add", metavar="N", type=int, default=None, help="how many sites to propose")
    parser.add_argument("--sector", choices=("transport", "energy"), default="transport",
                        help="the sector the sites are for; its layers are what is covered now (default transport)")
    parser.add_argument("--radius", metavar="M", type=float,
                        help="the new sites' radius (default: the sector's layers' radius, if they share one)")
    parser.add_argument("--zones", metavar="CLASS[,CLASS]", default=None,
                        help="the zones whose uncovered weight counts: in-between (default), hotspot or all")
    parser.add_argument("--exclude-zones", metavar="CLASS[,CLASS]", default="",
                        help="zones where no site may stand, e.g. hotspot")
    parser.add_argument("--exclude-areas", metavar="FILE", help="polygons where no site may stand")
    parser.add_argument("--per-municipality-min", metavar="K", type=int, default=0,
                        help="first give every municipality with uncovered weight K sites of its own")
    parser.add_argument("--out", metavar="FILE", help="the proposed sites (.gpkg, .geojson, .fgb; EPSG:3067)")
    parser.add_argument("--table", metavar="FILE", help="the coverage after the sites: .json (with the sites and "
                        "the changes per municipality x zone) or .csv (rows)")
    parser.add_argument("--unique", metavar="FILE", help="the sector's existing features with the people and area "
                        "only each covers (.gpkg, .geojson, .fgb)")
    parser.add_argument("--quiet", action="store_true", help="print nothing on success but warnings")
    return parser


def _classes(text: str | None) -> tuple[str, ...] | None:
    if text is None:
        return None
    return tuple(c.strip().lower().replace("hot spot", "hotspot") for c in text.split(",") if c.strip())


def candidate_source(text: str) -> Any:
    """``grid:500``, ``points:X,Y;X,Y`` or a point file."""
    from layers.io import read_layer
    from layers.siting import CandidateSource

    kind, colon, rest = text.partition(":")
    if colon and kind.lower() == "grid" and not Path(text).exists():
        try:
            return CandidateSource.grid(float(rest))
        except ValueError:
            raise UserError(translate(
                "cli", "--candidates {text}: give the grid's spacing in metres, e.g. grid:500").format(
                text=text)) from None
    if colon and kind.lower() == "points" and not Path(text).exists():
        try:
            xy = [tuple(float(v) for v in p.split(",")) for p in rest.split(";") if p.strip()]
        except ValueError:
            xy = [()]
        if any(len(p) != 2 for p in xy):
            raise UserError(translate(
                "cli", "--candidates {text}: give points as points:X,Y;X,Y in EPSG:3067 metres").format(
                text=text))
        return CandidateSource.of_points(xy, "points")  # type: ignore[arg-type]
    path = Path(text)
    if not path.exists():
        raise UserError(translate(
            "cli", "--candidates {text}: no such file; give grid:SPACING_M, a point file or points:X,Y;X,Y").format(
            text=text))
    return CandidateSource.of_layer(read_layer(path).data, path.name)


def _radius(args: Any, services: list[Any]) -> float:
    if args.radius is not None:
        return float(args.radius)
    radii = sorted({s.radius_m for s in services if s.sector == args.sector})
    if len(radii) != 1:
        if radii:
            raise UserError(translate(
                "cli", "--radius: give the new {sector} sites' radius in metres (the {sector} layers have several: "
                "{radii})").format(sector=args.sector, radii=", ".join(f"{r:g}" for r in radii)))
        raise UserError(translate(
            "cli", "--radius: give the new {sector} sites' radius in metres (there is no {sector} layer to take it "
            "from)").format(sector=args.sector))
    return float(radii[0])


def coverage_inputs(args: Any) -> Any:
    """The zones, layers, population and targets of the arguments, as ``regionmap coverage`` reads them."""
    from layers.commands.common import coverage_sources_from_args
    from layers.coverage import CoverageInputs, zones_from_frames
    from layers.coverage.service_layers import service_specs
    from layers.io import read_layer

    # the coverage command's sources: no map document (whose derived layers the zones derive again), and
    # --hotspots read once
    hot = _read_polygons(args.hotspots, "hot spots") if args.hotspots else None
    doc = coverage_sources_from_args(args, hot)
    land = _read_polygons(args.land, "land") if args.land else None
    zones = zones_from_frames(doc.municipalities, doc.hotspots, land)
    if doc.schematic:
        zones.warnings.insert(0, "the built-in region has schematic areas, not official boundaries; give --region")
    services = [spec for _, spec in service_specs(lyr for lyr in doc.service_layers() if lyr.visible)]
    services += energy_services(args.energy)
    name_apart(services)
    population = read_layer(Path(args.population)).data if args.population else None
    if population is not None and population.empty:
        raise UserError(translate(
            "cli", "{population}: has no features to use as population").format(population=args.population))
    sectors = {s.sector for s in services} | {args.sector}
    return CoverageInputs(zones=zones, services=services, population=population,
                          population_field=args.population_field, targets=_targets(args.target, sectors),
                          hotspot_targets=_targets(args.hotspot_target, sectors), gaps=False, curve=False,
                          connections=False)


def check_args(args: Any) -> None:
    """What can be said wrong before any file is read."""
    from layers.commands.transit import _driver
    from layers.coverage.inputs import check_radius
    from layers.coverage.zones import ZONE_KINDS
    from layers.export.atomic import check_writable

    if args.add is None:
        raise UserError(translate(
            "cli", "site: give how many sites to propose with --add N (or --add 0 with --unique FILE)"))
    if args.add < 0 or (args.add == 0 and not args.unique):
        raise UserError(translate(
            "cli", "--add {add}: give at least 1 site (--add 0 only with --unique FILE)").format(
            add=args.add))
    if args.add and not args.candidates:
        raise UserError(translate(
            "cli", "--candidates: give the candidate sites, e.g. --candidates grid:500 or a point file"))
    if args.add and not args.out and not args.table:
        raise UserError(translate(
            "cli", "--out: name the file for the proposed sites (e.g. --out sites.gpkg) or give --table"))
    if args.radius is not None and (problem := check_radius("--radius", args.radius)):
        raise UserError(problem.replace("layer '--radius'", "--radius").replace("; the layer is left out", ""))
    for name in (*(_classes(args.zones) or ()), *(_classes(args.exclude_zones) or ())):
        if name not in (*ZONE_KINDS, "all"):
            raise UserError(translate(
                "cli", "--zones {name}: there is no such zone class; give in-between, hotspot or all").format(
                name=name))
    given = args.energy if args.sector == "energy" else args.layer
    if args.unique and not given and not args.project:
        raise UserError(translate(
            "cli", "--unique: there is no {sector} layer whose features to measure; give one with {option}").format(
            sector=args.sector, option="--energy" if args.sector == "energy" else "--layer"))
    for option, path in (("--out", args.out), ("--unique", args.unique)):
        if path:
            _driver(Path(path), option.lstrip("-"))
            check_writable(Path(path))
    if args.table and Path(args.table).suffix.lower() not in (".json", ".csv"):
        raise UserError(translate("cli", "--table {table}: give a .json or .csv file").format(table=args.table))


def main(argv: Sequence[str]) -> int:
    from layers.commands.transit import _driver, _write
    from layers.siting import SitingInputs, run

    args = build_parser().parse_args(list(argv))
    check_args(args)
    candidates = candidate_source(args.candidates) if args.add else None
    cov = coverage_inputs(args)
    engine = None
    if candidates is not None:
        exclude_areas = _read_polygons(args.exclude_areas, "excluded areas") if args.exclude_areas else None
        result = run(SitingInputs(cov, candidates, args.add, _radius(args, cov.services), args.sector,
                                  _classes(args.zones), _classes(args.exclude_zones) or (), exclude_areas,
                                  args.per_municipality_min))
        engine = result.engine
        for w in result.warnings:
            print_warning(w)
        if args.out:
            _write(Path(args.out), _driver(Path(args.out), "sites"), [(SITES_LAYER, result.sites)])
        if args.table:
            text = result.to_json() if args.table.lower().endswith(".json") else result.after.to_csv()
            _write_text(Path(args.table), text)
        if not args.quiet:
            sys.stdout.write(result.summary() + "\n" + _ranking(result) + "\n")
    if args.unique:
        _write_unique(args, cov, engine)
    return 0


def _ranking(result: Any) -> str:
    unit = "people" if result.by == "people" else "km²"
    column = "adds_people" if result.by == "people" else "adds_area_km2"
    return "\n".join(f"{int(r['rank']):>3}. +{r[column]:,.1f} {unit}  {r['municipality']} {r['zone']}  "
                     f"({r.geometry.x:.0f}, {r.geometry.y:.0f})" for _, r in result.sites.iterrows())


def _write_text(path: Path, text: str) -> None:
    from layers.export.atomic import write_text

    try:
        write_text(path, text if text.endswith("\n") else text + "\n")
    except OSError as exc:
        raise UserError(translate(
            "cli", "--table {path}: cannot write ({strerror}); check the folder").format(
            path=path, strerror=exc.strerror)) from exc


def _write_unique(args: Any, cov: Any, engine: Any) -> None:
    """The sector's features with what only each covers, over all zones."""
    from layers.commands.coverage_compare import write_unique
    from layers.coverage import CoverageEngine

    specs = [s for s in cov.services if s.sector == args.sector]
    if not specs:
        raise UserError(translate(
            "cli", "--unique: there is no {sector} layer whose features to measure; give one with {option}").format(
            sector=args.sector, option="--energy" if args.sector == "energy" else "--layer"))
    write_unique(Path(args.unique), engine or CoverageEngine.prepare(cov), specs, args.quiet)
