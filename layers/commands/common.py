"""Arguments shared by the headless commands: region, hot spots and service layers."""

from __future__ import annotations

import argparse
import re
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from layers.commands.support import print_warning
from layers.errors import UserError
from layers.i18n import translate

if TYPE_CHECKING:
    from layers.io.region_boundaries import RegionChoice

_RADIUS = re.compile(r"^(?P<path>.+?):(?P<radius>[-+]?\d+(?:\.\d*)?)(?P<unit>min|m)?$", re.IGNORECASE)


@dataclass(frozen=True)
class LayerArg:
    path: Path
    radius_m: float | None
    minutes: float | None = None  # ``PATH:5min``: a reach of 5 minutes along the --network


def parse_layer_arg(text: str) -> LayerArg:
    """``PATH[:RADIUS_M]``, ``PATH:400m`` or ``PATH:5min`` (a travel time, along a ``--network``); the radius must
    be in (0, 100 000] metres, the time in (0, 600] minutes."""
    m = _RADIUS.match(text)
    if m and not Path(text).exists() and (m.group("unit") or "").lower() == "min":
        from layers.coverage.network_choice import MAX_MINUTES

        minutes = float(m.group("radius"))
        if not (0 < minutes <= MAX_MINUTES):
            raise UserError(translate(
                "cli", "{text}: the travel time must be more than 0 and at most {most} minutes, not {minutes}").format(
                text=text, most=f"{MAX_MINUTES:g}", minutes=f"{minutes:g}"))
        return LayerArg(Path(m.group("path")), None, minutes)
    if m and not Path(text).exists():
        radius = float(m.group("radius"))
        if not (0 < radius <= 100_000):
            raise UserError(translate(
                "cli", "--layer {text}: the radius must be more than 0 and at most 100000 m, not {radius:g}").format(
                text=text, radius=radius))
        return LayerArg(Path(m.group("path")), radius)
    return LayerArg(Path(text), None)


def minutes_need_network(option: str, arg: LayerArg) -> str:
    """The message for a travel time given where nothing is measured along a network."""
    return (f"{option} {arg.path}:{arg.minutes:g}min: a travel time is measured along a network (regionmap coverage "
            "--network FILE[:MODE]); give --network or a radius in metres")


def add_document_args(parser: argparse.ArgumentParser, project: bool = True, minutes: bool = False) -> None:
    """The region, hot spot and service layer options; ``minutes`` where the command measures along a
    ``--network`` (only then does ``--layer`` offer ``PATH:5min``)."""
    parser.add_argument("--region", metavar="FILE",
                        help="municipal boundaries (default: built-in schematic region); as Region > Load official "
                             "boundaries in the app: the 26 Helsinki-Uusimaa municipalities by code, clipped to land")
    parser.add_argument("--name-field", metavar="FIELD", help="field with the municipality name in --region")
    parser.add_argument("--code-field", metavar="FIELD", help="field with the municipality code in --region")
    keep = parser.add_mutually_exclusive_group()
    keep.add_argument("--codes", metavar="CODE,CODE,...", type=_codes,
                      help="with --region: keep these municipalities (e.g. 091,049,092) instead of Helsinki-Uusimaa")
    keep.add_argument("--all", action="store_true", help="with --region: keep every area in the file")
    parser.add_argument("--no-clip-land", action="store_true",
                        help="with --region: keep the areas as given (official polygons include sea, so area "
                             "figures then count sea too)")
    parser.add_argument("--hotspots", metavar="FILE", help="hot spot polygons (default: derived from settlements)")
    layer_help = "a service layer and its radius in metres (repeatable)"
    if minutes:
        layer_help += "; with --network, PATH:5min gives its reach as a travel time in minutes instead"
    parser.add_argument("--layer", metavar="PATH[:RADIUS_M|:MINmin]" if minutes else "PATH[:RADIUS_M]",
                        action="append", default=[], type=parse_layer_arg, help=layer_help)
    if project:
        parser.add_argument("--project", metavar="FILE", help="a regionmap project (.gpkg)")


def _codes(text: str) -> list[str]:
    codes = [c.strip() for c in text.split(",") if c.strip()]
    if not codes:
        raise UserError(translate(
            "cli", "--codes {text!r}: name municipality codes separated by commas, e.g. --codes 091,049").format(
            text=text))
    return codes


def region_choice_from_args(args: argparse.Namespace) -> RegionChoice:
    """``--codes``/``--all``, ``--name-field``/``--code-field`` and ``--no-clip-land`` as the window's choice."""
    from layers.io.region_boundaries import RegionChoice

    fields = {"name_field": getattr(args, "name_field", None), "code_field": getattr(args, "code_field", None),
              "clip_land": not getattr(args, "no_clip_land", False)}
    if getattr(args, "codes", None):
        return RegionChoice.of_codes(args.codes, **fields)
    if getattr(args, "all", False):
        return RegionChoice.everything(**fields)
    return RegionChoice.uusimaa(**fields)


def check_region_options(args: argparse.Namespace) -> None:
    """The region options mean nothing without ``--region``: say so rather than ignore them."""
    if getattr(args, "region", None):
        return
    for option, given in (("--codes", getattr(args, "codes", None)), ("--all", getattr(args, "all", False)),
                          ("--no-clip-land", getattr(args, "no_clip_land", False)),
                          ("--code-field", getattr(args, "code_field", None))):
        if given:
            raise UserError(translate(
                "cli", "{option}: applies to a --region boundaries file; give --region FILE or drop {option}").format(
                option=option))


def boundaries_from_file(path: Path, name_field: str | None = None, code_field: str | None = None):  # type: ignore[no-untyped-def]
    """Every area of a boundaries file as given (fields ``code``, ``name`` + geometry, EPSG:3067, no land clip):
    for tests and benchmarks that pick the areas themselves; ``--region`` uses :func:`region_choice_from_args`."""
    from layers.io.region_boundaries import RegionChoice, read_region_boundaries

    choice = RegionChoice.everything(name_field=name_field, code_field=code_field, clip_land=False)
    return read_region_boundaries(path, choice).data[["code", "name", "geometry"]]


def document_from_args(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    """Build a :class:`~layers.document.MapDocument` from ``--region``, ``--hotspots`` and ``--layer``.

    With ``--project P`` the document starts from the saved project and the other options add to it.  With
    ``--region`` alone the document starts from those boundaries: the schematic region is never built only to
    be replaced (0.2-0.7 s of every run).
    """
    from layers.document import MapDocument
    from layers.io import read_layer
    from layers.model import Layer, LayerKind

    check_region_options(args)
    if getattr(args, "project", None):
        from layers.project import load_project

        doc = load_project(Path(args.project))
        if getattr(args, "region", None):
            path = Path(args.region)
            doc.set_boundaries(_read_region(args, doc.land), path.stem, attribution=f"Boundaries: {path.name}")
    elif getattr(args, "region", None):
        from layers import shipped
        from layers.region import Region

        path = Path(args.region)
        region = Region(_read_region(args, shipped.land()), shipped.land(), shipped.settlements(), schematic=False,
                        attribution=f"Boundaries: {path.name}")
        doc = MapDocument(region)
        doc.region_layer.name = path.stem
    else:
        doc = MapDocument.default()
    if getattr(args, "hotspots", None):
        path = Path(args.hotspots)
        hot = Layer(read_layer(path).data, path.stem, kind=LayerKind.HOTSPOT, source=str(path))
        doc.layers.append(hot)
        try:
            doc.use_hotspot_layer(hot)
        except ValueError as exc:
            raise UserError(translate(
                "cli", "{path}: cannot be used as hot spots ({exc}); give a polygon file").format(
                path=path, exc=exc)) from exc
    for layer in service_layers_from_args(args):
        doc.layers.append(layer)
    return doc


def _read_region(args: argparse.Namespace, land):  # type: ignore[no-untyped-def]
    """``--region`` as the window's Region > Load official boundaries prepares it (warnings to stderr)."""
    from layers.io.region_boundaries import read_region_boundaries

    got = read_region_boundaries(Path(args.region), region_choice_from_args(args), land=land)
    for warning in got.warnings:
        print_warning(warning)
    return got.data


def service_layers_from_args(args: argparse.Namespace) -> list:
    """Each ``--layer`` read once, as a transport layer with its radius."""
    from layers.io import read_layer
    from layers.model import Layer, LayerKind

    layers = []
    for arg in getattr(args, "layer", []):
        if arg.minutes is not None and getattr(args, "network", None) is None:
            raise UserError(minutes_need_network("--layer", arg))
        loaded = read_layer(arg.path)
        if loaded.data.empty:
            raise UserError(translate(
                "cli", "{path}: has no features to use as a service layer").format(path=arg.path))
        layers.append(Layer(loaded.data, arg.path.stem, kind=LayerKind.TRANSPORT, radius_m=arg.radius_m,
                            source=str(arg.path), attribution=loaded.report.credit))
    return layers


@dataclass
class CoverageSources:
    """What ``regionmap coverage`` needs of the region, without a :class:`~layers.document.MapDocument` (whose
    derived hot spot and in-between layers the zones would derive again): the municipalities, the hot spot
    polygons (derived once, or the ``--hotspots`` file read once) and the service layers."""

    municipalities: Any
    hotspots: Any
    schematic: bool
    layers: list = field(default_factory=list)
    zone_set: Any = None  # a project's zone set (layers.coverage.zone_sets.ZoneSet), as the window counts with it
    distance: Any = None  # a --project's Coverage distance (a NetworkChoice: along its network; None: straight)
    region_warnings: list[str] = field(default_factory=list)  # what reading --region said (already printed)
    people: Any = None  # a --project's population source as its dock counts it (ResolvedPopulation), else None
    people_label: str = ""  # that source as every output names it (population_label); "" by area

    def service_layers(self) -> list:
        return [lyr for lyr in self.layers if lyr.kind.is_service]


def coverage_sources_from_args(args: argparse.Namespace, hotspot_polygons: Any = None) -> CoverageSources:
    """The region, hot spots and layers of the coverage command; ``hotspot_polygons`` is ``--hotspots`` already
    read.  With ``--project`` they come from the project's document (its layers, hidden ones included)."""
    if getattr(args, "project", None):
        doc = document_from_args(args)
        hot = hotspot_polygons if hotspot_polygons is not None else doc.hotspot_layer.data
        people, label = project_people(doc)
        return CoverageSources(doc.region.municipalities, hot, doc.region.schematic, list(doc.layers),
                               zone_set=getattr(doc, "zone_set", None), distance=doc.coverage_distance,
                               people=people, people_label=label)
    check_region_options(args)
    if getattr(args, "region", None):
        from layers.commands.region_cache import cached_region

        derive = hotspot_polygons is None
        muni, derived, warnings = cached_region(args, derive, partial(_prepare_region, args, derive))
        for warning in warnings:
            print_warning(warning)
        return CoverageSources(muni, derived if derive else hotspot_polygons, False, service_layers_from_args(args),
                               region_warnings=list(warnings))
    from layers.region import default_region

    muni = default_region().municipalities
    hot = derived_hotspots(muni) if hotspot_polygons is None else hotspot_polygons
    return CoverageSources(muni, hot, True, service_layers_from_args(args))


def _prepare_region(args: argparse.Namespace, derive: bool) -> tuple[Any, Any, list[str]]:
    """``--region`` read as the window reads official boundaries, its hot spots derived from the settlements
    (with ``derive``; else None), and the read's warnings (what :mod:`layers.commands.region_cache` keeps)."""
    from layers import shipped
    from layers.io.region_boundaries import read_region_boundaries

    got = read_region_boundaries(Path(args.region), region_choice_from_args(args), land=shipped.land())
    return got.data, derived_hotspots(got.data) if derive else None, list(got.warnings)


def derived_hotspots(muni: Any, settlements: Any = None) -> Any:
    """The command line's hot spots of ``muni``: derived from the shipped settlements (``settlements``: them as a
    light table, for :mod:`layers.commands.coverage_light`; None: the GeoDataFrame) with the default parameters."""
    from layers import shipped
    from layers.hotspots import HotspotParams, hotspots_from_settlements

    return hotspots_from_settlements(shipped.settlements() if settlements is None else settlements, muni,
                                     HotspotParams(), municipal_totals=shipped.municipal_totals())


def project_people(document: Any) -> tuple[Any, str]:
    """A project's population source resolved as its Coverage dock resolves it
    (:func:`layers.coverage.population_source.resolve`: by area when it has none or its layer or field has gone,
    with the reason in ``missing``), and the source's label as the outputs name it ("" by area)."""
    from layers.coverage.labels import population_label
    from layers.coverage.population_source import resolve

    source = getattr(document, "population_source", None)
    people = resolve(document, source)
    if people.data is None or source is None:
        return people, ""
    layer = next((lyr for lyr in document.layers if lyr.name == source.layer), None)
    return people, population_label(source.layer, source.field, layer.attribution if layer is not None else "")
