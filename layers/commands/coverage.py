"""``regionmap coverage``: coverage of hot spots and in-between areas by service layers, headless.

All ``--layer``s together form the service (each with its own radius).  Zones come from ``--region`` (default:
the built-in schematic region) and ``--hotspots`` (default: derived from settlements as in the app), clipped to
``--land`` where given.  ``--region`` is prepared as the window's Region > Load official boundaries prepares it
(:mod:`layers.io.region_boundaries`: the 26 Helsinki-Uusimaa codes unless ``--codes``/``--all``, clipped to land
unless ``--no-clip-land``), so the rows are the window's for the same inputs.  Output: JSON (default) or CSV rows
to stdout or ``--out``; warnings go to stderr.

``--zones FILE:FIELD=MAPPING`` makes the zones municipality x the classes of a zone set instead
(:mod:`layers.coverage.zone_sets`); ``--target`` then judges its ``--zone-target`` class.
``--hotspot-filter FIELD=V1,V2`` keeps only those categories of ``--hotspots``, and ``--hotspot-discs`` adds the
settlement discs where that file has no polygons (hot spots from several sources).
``--gtfs FEED[:RADIUS_M]`` counts a timetable's stops as a transport layer, as the window's "<feed> — stops"
layer; ``--service "weekday 07-09 >= 4/h"`` counts only the stops served that often in that window (on ``--day``,
default the next ordinary weekday the feed covers), as a layer's service threshold does in the window.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from layers.commands import coverage_compare, network_args
from layers.commands.common import add_document_args, parse_layer_arg
from layers.commands.support import ArgumentParser, print_warning
from layers.errors import UserError
from layers.i18n import format_number, translate

if TYPE_CHECKING:
    from layers.transit.levels import ServiceLevel


def build_parser() -> ArgumentParser:
    parser = ArgumentParser(prog="regionmap coverage",
                            description="What share of each municipality's hot spots and in-between areas the "
                                        "service layers reach (Euclidean distance in EPSG:3067).")
    add_document_args(parser, project=True, minutes=True)
    parser.add_argument("--energy", metavar="PATH[:RADIUS_M|:MINmin]", action="append", default=[],
                        type=parse_layer_arg,
                        help="an energy layer and its radius (repeatable); with both sectors the rows get "
                             "transport_share, energy_share and double_gap_km2 (covered by neither)")
    parser.add_argument("--gtfs", metavar="FEED[:RADIUS_M|:MINmin]", action="append", default=[], type=parse_layer_arg,
                        help="a GTFS timetable (.zip or folder) whose stops count as a transport layer "
                             "(repeatable; radius default 800 m, as for stops in the window)")
    parser.add_argument("--service", metavar="TEXT", type=parse_service,
                        help='with --gtfs: only stops served this often count, e.g. "weekday 07-09 >= 4/h", '
                             '">= 4/h" (07-09) or "07:30-09:00 every 15 min"')
    parser.add_argument("--day", metavar="YYYY-MM-DD", type=_day,
                        help="with --gtfs: the service day (default: the next ordinary weekday the feed covers)")
    add_population_args(parser)
    add_target_args(parser)
    parser.add_argument("--format", choices=("json", "csv"), default="json", help="output format (default json)")
    parser.add_argument("--out", metavar="FILE", help="write the output to FILE instead of stdout")
    parser.add_argument("--csv-style", choices=("plain", "fi"), default="plain",
                        help="with --format csv: plain (',' and decimal points, for programs; the default) or fi "
                             "(Finnish spreadsheets: ';', decimal comma, and UTF-8 with a byte-order mark in --out)")
    parser.add_argument("--gaps", metavar="FILE", help="also write the uncovered in-between areas as GeoJSON")
    add_zone_set_args(parser)
    network_args.add_network_args(parser)
    add_hotspot_source_args(parser)
    coverage_compare.add_args(parser)
    return parser


def add_population_args(parser: ArgumentParser) -> None:
    """``--population``, ``--population-field`` and ``--land`` (also ``regionmap site``'s)."""
    parser.add_argument("--population", metavar="FILE",
                        help="population points (settlements) or polygons (a population grid) with a population "
                             "field")
    parser.add_argument("--population-field", metavar="FIELD", help="the population field (default: population)")
    parser.add_argument("--land", metavar="FILE", help="land polygons; zone areas are clipped to them")


def add_target_args(parser: ArgumentParser) -> None:
    """``--target`` and ``--hotspot-target`` (also ``regionmap site``'s, whose table judges by them)."""
    parser.add_argument("--target", metavar="[SECTOR=]SHARE", action="append", default=[], type=_target,
                        help="target share within reach (0-1 or a percentage, e.g. 90%%), for all layers together "
                             "or per sector (transport=90%%, energy=50%%; repeatable) in each in-between area: "
                             "marks each in-between row and municipality pass/fail with a reason (people where "
                             "population is given, else area); without one nothing is judged")
    parser.add_argument("--hotspot-target", metavar="[SECTOR=]SHARE", action="append", default=[], type=_target,
                        help="optional: a target for the hot spots too (same form as --target); a municipality "
                             "then fails when its hot spot misses it (default: hot spots are not judged)")


def add_hotspot_source_args(parser: ArgumentParser) -> None:
    """``--hotspot-filter`` and ``--hotspot-discs``: hot spots from only some categories of ``--hotspots``, and
    from several sources (the file's polygons where it has data, settlement discs elsewhere)."""
    parser.add_argument("--hotspot-filter", metavar="FIELD=V1,V2",
                        help="with --hotspots: only the polygons whose FIELD is one of the values are hot spots "
                             "(e.g. SYKE's urban zones' centres: vyoh=1,2,10,11,12,40,41)")
    parser.add_argument("--hotspot-discs", action="store_true",
                        help="with --hotspots: also the settlement discs (the default hot spots) where the file "
                             "has no polygons (e.g. the urban-zone centres in the capital region, discs elsewhere)")


def _check_hotspot_flags(args: Any) -> None:
    """The hot-spot flags that need a ``--hotspots`` file say so before anything is read."""
    if not args.hotspots and (args.hotspot_filter or args.hotspot_discs):
        raise UserError(translate(
            "cli", "{option}: applies to a hot spot file; give one with --hotspots FILE").format(
            option='--hotspot-filter' if args.hotspot_filter else '--hotspot-discs'))


def _hotspot_sources(args: Any, sources: Any) -> Any:
    """The hot spots of ``--hotspots`` with ``--hotspot-filter``'s categories and ``--hotspot-discs``, made by the
    rule the window's hot spot settings use (:func:`layers.hotspots.hotspots_from_layer`), so both agree."""
    if not args.hotspots or not (args.hotspot_filter or args.hotspot_discs):
        return sources.hotspots
    from layers import shipped
    from layers.hotspots import HotspotParams, filter_categories, hotspots_from_layer

    field, values = "", ()
    if args.hotspot_filter:
        field, eq, text = args.hotspot_filter.partition("=")
        field, values = field.strip(), tuple(v.strip() for v in text.split(",") if v.strip())
        if not eq or not field or not values:
            raise UserError(translate(
                "cli", "--hotspot-filter {hotspot_filter}: give FIELD=VALUE,VALUE, e.g. vyoh=1,2,10").format(
                hotspot_filter=args.hotspot_filter))
        try:
            filter_categories(sources.hotspots, field, list(values))
        except ValueError as exc:
            raise UserError(translate(
                "cli", "--hotspot-filter: {hotspots} {exc}; name values the field has").format(
                hotspots=args.hotspots, exc=exc)) from None
    params = HotspotParams(keep_field=field, keep_values=values, discs_elsewhere=bool(args.hotspot_discs))
    return hotspots_from_layer(sources.hotspots, sources.municipalities, params, shipped.settlements(),
                               municipal_totals=shipped.municipal_totals())


def add_zone_set_args(parser: ArgumentParser) -> None:
    """``--zones`` and ``--zone-target``: zones municipality x class of a zone set instead of hot spots and
    in-between areas (:mod:`layers.coverage.zone_sets`)."""
    from layers.coverage.zone_sets import DEFAULT_TARGET_CLASS, PRESETS

    parser.add_argument("--zones", metavar="FILE:FIELD=MAPPING",
                        help="a zone set instead of hot spots / in-between: a polygon FILE whose FIELD's values map "
                             "to zone classes, MAPPING value1=class1,value2=class2,... or a preset ("
                             + ", ".join(PRESETS) + "; FIELD may then be left empty, FILE:=PRESET); the rows are "
                             "municipality x class")
    parser.add_argument("--zone-target", metavar="CLASS", default=None,
                        help="with --zones: the class --target judges (default: " + DEFAULT_TARGET_CLASS + ")")


TARGET_SECTORS = ("all", "transport", "energy")
DEFAULT_SERVICE_WINDOW = (7 * 3600, 9 * 3600)  # the morning peak, as layers.transit counts by default

def parse_service(text: str) -> ServiceLevel:
    """``--service``: a level as planners write it, per hour or as a headway (``"07-09 every 20 min"``: 3/h),
    read by :func:`layers.transit.levels.parse_level`."""
    from layers.transit.levels import parse_level

    try:
        return parse_level(text)
    except ValueError as exc:
        raise UserError(translate("cli", "--service {text!r}: {exc}").format(text=text, exc=exc)) from None


def _day(text: str):  # type: ignore[no-untyped-def]
    from layers.transit.calendar import parse_day

    try:
        return parse_day(text)
    except ValueError as exc:
        raise UserError(translate("cli", "--day: {exc}").format(exc=exc)) from None


def _gtfs_services(args: Any) -> list[tuple[Any, str]]:
    """Each ``--gtfs`` feed's stops as a transport layer (with the ``--service`` threshold), and the day and window
    its departures were counted in (for the message of how many stops meet the level)."""
    from layers.model import Layer, LayerKind
    from layers.transit import TransitInputs, run

    if not args.gtfs:
        if args.service or args.day:
            raise UserError(translate(
                "cli", "{option}: applies to timetables; give one with --gtfs FEED.zip").format(
                option='--service' if args.service else '--day'))
        return []
    level = args.service
    window = level.window if level else DEFAULT_SERVICE_WINDOW
    out = []
    for arg in args.gtfs:
        result = run(TransitInputs(arg.path, day=args.day, window=window, routes=False))
        for note in result.notes:
            print_warning(f"{result.label}: {note}")
        if result.stops.empty:
            raise UserError(translate(
                "cli", "{path}: the timetable has no stops with coordinates to count; check stops.txt").format(
                path=arg.path))
        layer = Layer(result.stops, f"{arg.path.stem} — stops", kind=LayerKind.TRANSPORT, radius_m=arg.radius_m,
                      source=str(arg.path), service_threshold=level.per_hour if level else None)
        out.append((layer, f"{result.day.isoformat()} {result.window_text}"))
    return out


def _target(text: str) -> tuple[str, float]:
    """``90%`` (all layers) or ``transport=90%`` / ``energy=0.5``: (sector, share)."""
    sector, _, share = text.rpartition("=")
    sector = sector.strip().lower() or "all"
    if sector not in TARGET_SECTORS:
        raise UserError(translate(
            "cli", "--target {text}: unknown sector {sector!r}; use transport=SHARE, energy=SHARE or SHARE").format(
            text=text, sector=sector))
    t = share.strip()
    try:
        value = float(t.rstrip("%")) / (100.0 if t.endswith("%") or float(t.rstrip("%")) > 1 else 1.0)
    except ValueError as exc:
        raise UserError(translate(
            "cli", "--target {text}: give a share such as 0.9 or 90%").format(text=text)) from exc
    if not (0.0 <= value <= 1.0):
        raise UserError(translate("cli", "--target {text}: the share must be between 0 and 100 %").format(text=text))
    return sector, value


def _targets(given: list[tuple[str, float]], sectors: set[str]) -> dict[str, float]:
    targets = dict(given)
    missing = sorted(set(targets) - {"all"} - sectors)
    if missing:
        raise UserError(translate(
            "cli", "--target {sector}=…: there is no {sector} layer to judge; give one with {option} or drop that "
            "target").format(sector=missing[0], option="--energy" if missing[0] == "energy" else "--layer"))
    return targets


def _read_polygons(path: str, what: str):  # type: ignore[no-untyped-def]
    from layers.io import read_layer

    data = read_layer(Path(path)).data
    polys = data[data.geom_type.isin(["Polygon", "MultiPolygon"])]
    if polys.empty:
        raise UserError(translate(
            "cli", "{path}: has no polygons to use as {what}; give a polygon file").format(
            path=path, what=what))
    return polys


def main(argv: Sequence[str]) -> int:
    from layers.commands import coverage_light, coverage_warm

    args = build_parser().parse_args(list(argv))
    zone_arg = _zones_arg(args) if args.zones else None  # a mistyped --zones is said before the region loads
    if args.csv_style == "fi" and args.format != "csv":
        raise UserError(translate("cli", "--csv-style fi: applies to --format csv; add --format csv or drop it"))
    if args.zone_target and not args.zones:
        raise UserError(translate(
            "cli", "--zone-target {zone_target}: names a class of a zone set; give the set with --zones").format(
            zone_target=args.zone_target))
    network = network_args.network_from_args(args)  # a bad network is said before the region loads
    _check_hotspot_flags(args)
    coverage_compare.check_args(args)
    warm = coverage_warm.eligible(args)  # a run again on a prepared region: without pandas, geopandas, pyproj
    keep_at = None  # where this run keeps its zones for the next (none kept yet, or a damaged file)
    if warm:
        path, kept = coverage_warm.kept_zones(args)
        got = (None if coverage_light.full_path_asked() else  # REGIONMAP_FULL_PATH=1: to compare the paths
               coverage_warm.run(args, kept) if kept is not None else coverage_light.run(args, path))
        if got is not None:
            return _write(args, *got)
        keep_at = path if kept is None else None
    from layers.commands.common import coverage_sources_from_args
    from layers.coverage import CoverageInputs, check, zones_from_frames
    from layers.coverage.service_layers import meeting_threshold, service_specs
    from layers.io import read_layer

    hot = _read_polygons(args.hotspots, "hot spots") if args.hotspots else None  # read once
    doc = coverage_sources_from_args(args, hot)
    from_project = network is None and args.project
    network = network or network_args.project_network(args, doc)  # a project along a network: as its dock
    feeds = _gtfs_services(args)
    if not any(lyr.visible for lyr in doc.service_layers()) and not args.energy and not feeds:
        raise UserError(translate(
            "cli", "coverage: give at least one service layer with --layer PATH[:RADIUS_M] (or a --project that has "
            "transport or energy layers)"))
    land = _read_polygons(args.land, "land") if args.land else None
    hot = _hotspot_sources(args, doc)
    if zone_arg:
        zones = _zone_set_zones(args, zone_arg, doc.municipalities, hot, land)
    elif doc.zone_set is not None:  # a --project's zone set, as the window's Compute uses it
        zones = _project_zone_set_zones(doc, hot, land)
    else:
        zones = zones_from_frames(doc.municipalities, hot, land)
    if doc.schematic:
        zones.warnings.insert(0, "the built-in region has schematic areas, not official boundaries; give --region "
                                 "for real ones")
    counted = [lyr for lyr in doc.service_layers() if lyr.visible] + [lyr for lyr, _ in feeds]
    pairs = service_specs(counted)  # as in the window: hidden layers are not counted, thresholds apply
    services = [spec for _, spec in pairs]
    for layer, when in feeds:
        if layer.service_threshold is not None:
            kept_stops = len(meeting_threshold(layer.data, layer.service_threshold))
            if not kept_stops:
                raise UserError(translate(
                    "cli", "--service: no stop of {source} has at least {service_threshold:g} departures an hour "
                    "({when}); lower the level or choose another window or --day").format(
                    source=layer.source, service_threshold=layer.service_threshold, when=when))
            zones.warnings.append(translate(
                "cli", "{layer}: {kept} of {n} stops have at least {threshold} departures an hour ({when}); only they "
                "count").format(layer=layer.name, kept=format_number(kept_stops), n=format_number(len(layer.data)),
                                threshold=f"{layer.service_threshold:g}", when=when))
    hidden = [lyr.name for lyr in doc.service_layers() if not lyr.visible]
    if hidden:
        zones.warnings.append(translate("cli", "hidden layers are not counted: {layers}").format(
            layers=", ".join(hidden)))
    energy = energy_services(args.energy)
    services += energy
    timed = network_args.travel_times(args, [] if args.project else doc.layers, pairs, feeds, energy)
    name_apart(services)
    minutes = {spec.name: m for spec, m in timed}  # PATH:5min: a travel time along the network
    if from_project and network is not None:
        minutes = network_args.project_minutes(doc, services)
    population, people = None, doc.people if not args.population else None  # a --project's people, as its dock
    if args.population:
        population = read_layer(Path(args.population)).data
        if population.empty:
            raise UserError(translate(
                "cli", "{population}: has no features to use as population").format(
                population=args.population))
    elif people is not None:
        population = people.data
        if people.missing:
            zones.warnings.append(people.missing)
    inputs = CoverageInputs(zones=zones, services=services, population=population,
                            population_field=people.field if people is not None else args.population_field,
                            targets=_targets(args.target, {s.sector for s in services}),
                            hotspot_targets=_targets(args.hotspot_target, {s.sector for s in services}),
                            gaps=bool(args.gaps), curve=False)
    engine, result = network_args.check_along(inputs, network, args, minutes) if network else check(inputs)
    if keep_at is not None:  # the next run on this region can go the warm way
        coverage_warm.keep(keep_at, zones, doc.region_warnings)
    named = (people.basis, doc.people_label) if people is not None and doc.people_label else None
    return _write(args, inputs, engine, result, pairs, population, named)


def _write(args: Any, inputs: Any, engine: Any, result: Any, pairs: list[Any], population: Any,
           named: tuple[str, str] | None = None) -> int:
    """Name what the rows count, say the warnings, and write the rows (``--format``, ``--csv-style``, ``--out``)
    and the gaps (``--gaps``)."""
    from layers.coverage.service_layers import service_thresholds

    zones = inputs.zones
    result.thresholds = service_thresholds({spec.name: layer for layer, spec in pairs})
    if named:  # a --project's population source: (basis, label)
        result.population_basis, result.population_source = named
    else:
        result.population_basis = _population_basis(args, population, result.has_population)
        result.population_source = _population_source(args, population, result.has_population)
    for w in result.warnings:
        print_warning(w)
    text = _to_json(result, zones) if args.format == "json" else result.to_csv()
    text = coverage_compare.extend(args, inputs, result, text, engine)
    finnish = args.csv_style == "fi"
    if finnish:  # the same columns and rows in the Finnish spreadsheet convention
        from layers.io.write import finnish_csv

        text = finnish_csv(text)
    if args.out:
        try:
            Path(args.out).write_text(text if text.endswith("\n") else text + "\n",
                                      encoding="utf-8-sig" if finnish else "utf-8")
        except OSError as exc:
            raise UserError(translate(
                "cli", "--out {out}: cannot write ({strerror}); check the folder").format(
                out=args.out, strerror=exc.strerror)) from exc
    else:
        sys.stdout.write(text if text.endswith("\n") else text + "\n")
    if args.gaps and result.gaps is not None:
        try:
            result.gaps.to_crs("EPSG:4326").to_file(args.gaps, driver="GeoJSON")
        except Exception as exc:
            raise UserError(translate(
                "cli", "--gaps {gaps}: cannot write ({exc}); check the folder").format(
                gaps=args.gaps, exc=exc)) from exc
    return 0


def energy_services(given: list[Any]) -> list[Any]:
    """Each ``--energy PATH[:RADIUS_M]`` as an energy layer at its radius (default: by its geometry)."""
    from layers.coverage import ServiceSpec
    from layers.io import read_layer
    from layers.model import default_radius_m

    out = []
    for arg in given:
        data = read_layer(arg.path).data
        if data.empty:
            raise UserError(translate(
                "cli", "{path}: has no features to use as an energy layer").format(path=arg.path))
        out.append(ServiceSpec(arg.path.stem, data, arg.radius_m or default_radius_m(data), "energy"))
    return out


def name_apart(services: list[Any]) -> None:
    """Two files with the same name stay two layers (the engine keys layers by name)."""
    from layers.coverage.service_layers import unique_names

    for spec, name in zip(services, unique_names([s.name for s in services]), strict=True):
        spec.name = name


def _parse_zones_arg(text: str) -> tuple[str, str, str]:
    """``FILE:FIELD=MAPPING``: (file, field, mapping).  The first ``=`` ends the field (values cannot hold one),
    and the last ``:`` before it ends the file (a file name may hold colons)."""
    head, eq, mapping = text.partition("=")
    path, colon, field = head.rpartition(":")
    if not eq or not colon or not path or not mapping.strip():
        raise UserError(translate(
            "cli", "--zones {text}: give FILE:FIELD=MAPPING, e.g. --zones zones.gpkg:vyohselite=syke-urban-zones or "
            "zones.gpkg:luokka=K1=core,K3=intermediate").format(text=text))
    return path, field.strip(), mapping


def _zones_arg(args: Any) -> tuple[str, str, dict[str, str], str | None]:
    """``--zones`` checked before anything is read: (file, field, mapping, preset)."""
    from layers.coverage.zone_sets import parse_mapping

    path, field, text = _parse_zones_arg(args.zones)
    mapping, preset = parse_mapping(text)
    if not Path(path).is_file():
        raise UserError(translate(
            "cli", "--zones {path}: no such file; give the zone set's polygon file").format(path=path))
    if args.hotspot_target:
        raise UserError(translate(
            "cli", "--hotspot-target: a zone set has no hot spots; --target judges one of its classes "
            "(--zone-target, default intermediate)"))
    return path, field, mapping, preset


def _zone_set_zones(args: Any, zone_arg: tuple[str, str, dict[str, str], str | None], municipalities: Any,
                    hotspots: Any, land: Any) -> Any:
    """The zones of ``--zones``: municipality x class, the classes judged by ``--zone-target``."""
    from layers.coverage.zone_sets import DEFAULT_TARGET_CLASS, ZoneSet, guess_field, zones_from_zone_set
    from layers.io import read_layer

    path, field, mapping, preset = zone_arg
    layer = read_layer(Path(path)).data
    if not field:
        if preset is None:
            raise UserError(translate(
                "cli", "--zones {zones}: name the field, FILE:FIELD=MAPPING (only a preset can find it)").format(
                zones=args.zones))
        field = guess_field(layer, mapping) or ""
        if not field:
            raise UserError(translate(
                "cli", "--zones {path}: no field has the values of {preset}; name it, FILE:FIELD={preset}").format(
                path=path, preset=preset))
    zone_set = ZoneSet(Path(path).name, field, mapping, preset, args.zone_target or DEFAULT_TARGET_CLASS)
    if (args.target or args.zone_target) and zone_set.target not in zone_set.classes:
        raise UserError(translate(
            "cli", "--zone-target {target}: the zone set {path}:{field} has no such class; its classes: {join}").format(
            target=zone_set.target, path=path, field=field, join=', '.join(zone_set.classes)))
    return zones_from_zone_set(municipalities, layer, zone_set, land, hotspots)


def _project_zone_set_zones(doc: Any, hotspots: Any, land: Any) -> Any:
    """The zones of a project's zone set (its layer is one of the project's layers)."""
    from layers.coverage.zone_sets import zones_from_zone_set

    zone_set = doc.zone_set
    layer = next((lay for lay in doc.layers if lay.name == zone_set.source and not lay.derived), None)
    if layer is None:
        raise UserError(translate(
            "cli", "--project: the zone set's layer {layer!r} is not in the project; open it in the window and "
            "choose the zones again, or give --zones FILE:FIELD=MAPPING").format(layer=zone_set.source))
    return zones_from_zone_set(doc.municipalities, layer.data, zone_set, land, hotspots)


def _to_json(result: Any, zones: Any) -> str:
    """The result as JSON, naming the zone set (file, field, mapping, target class) where one gave the zones."""
    import json

    if zones.zone_set is None:
        return str(result.to_json())
    return json.dumps({**result.to_dict(), "zone_set": zones.zone_set}, indent=2, ensure_ascii=False)


def _population_basis(args: Any, population: Any, counted: bool) -> str:
    """How the rows count people (as the window says it): the file and field, or "by area"."""
    from layers.coverage.population import population_field
    from layers.coverage.population_source import BY_AREA

    field = population_field(population, args.population_field) if counted else None
    return f"people: {Path(args.population).name} ({field})" if field else BY_AREA


def _population_source(args: Any, population: Any, counted: bool) -> str:
    """The population source as every output names it (:func:`layers.coverage.labels.population_label`): the
    file (whose name carries the year of a downloaded grid) and field; "" by area."""
    from layers.coverage.labels import population_label
    from layers.coverage.population import population_field

    field = population_field(population, args.population_field) if counted else None
    return population_label(Path(args.population).name, field) if field else ""
