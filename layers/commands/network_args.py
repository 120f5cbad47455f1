"""``regionmap coverage --network FILE[:MODE]``: measure every service layer along a road and path network.

The network is an OpenStreetMap extract (``.osm.pbf``, read through GDAL's OSM driver) or any line layer
(Digiroad, the NLS roads: GeoPackage, Shapefile, GeoJSON...), for walking (default), cycling or driving.  With
it, the rows' shares, verdicts, gaps and curves are along the network (what the planner asked to measure), and
each row also carries the straight-line shares of the same layers (``<sector>_straight_share``,
``<sector>_straight_people_share``, ``straight_covered_share``) so that the difference shows per municipality.
``--service-areas FILE`` writes each layer's reachable area at its radius as polygons
(:mod:`layers.network.areas`).
"""

from __future__ import annotations

import sys
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from layers.commands.support import print_warning
from layers.coverage.network_choice import MAX_SNAP_M, add_straight_shares, measure_along, reach_note
from layers.errors import UserError
from layers.i18n import translate
from layers.network.profiles import MODES
from layers.network.routing import DEFAULT_SNAP_M

if TYPE_CHECKING:
    import argparse

    from layers.coverage import CoverageEngine, CoverageInputs, CoverageResult
    from layers.network.graph import Network



@dataclass(frozen=True)
class NetworkArg:
    path: Path
    mode: str


def parse_network_arg(text: str) -> NetworkArg:
    """``FILE[:MODE]`` (walk, bike or car; default walk); a file name may itself hold colons."""
    head, colon, tail = text.rpartition(":")
    if colon and head and tail.strip().lower() in MODES:
        return NetworkArg(Path(head), tail.strip().lower())
    if colon and head and not Path(text).exists() and Path(head).exists():
        raise UserError(translate(
            "cli", "--network {text}: unknown mode {tail!r}; use FILE:walk, FILE:bike or FILE:car").format(
            text=text, tail=tail))
    return NetworkArg(Path(text), "walk")


def add_network_args(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--network", metavar="FILE[:MODE]", type=parse_network_arg,
                        help="measure along this road and path network instead of in a straight line: an .osm.pbf "
                             "(or .osm) extract or any line layer, for MODE walk (default), bike or car (one-way "
                             "streets). "
                             "The shares, verdicts and gaps are then along the network; each row also gives the "
                             "straight-line shares as <sector>_straight_share and <sector>_straight_people_share")
    parser.add_argument("--snap-m", metavar="M", type=_snap, default=DEFAULT_SNAP_M,
                        help="with --network: places farther than this from a usable way are unreachable (default "
                             f"{DEFAULT_SNAP_M:g} m)")
    parser.add_argument("--service-areas", metavar="FILE",
                        help="with --network: write each layer's reachable area at its radius as polygons (GeoJSON)")


def _snap(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise UserError(translate(
            "cli", "--snap-m {text}: give a distance in metres, e.g. --snap-m 200").format(text=text)) from None
    if not (0 < value <= MAX_SNAP_M):
        raise UserError(translate(
            "cli", "--snap-m {text}: the snap distance must be more than 0 and at most {most} m").format(
            text=text, most=f"{MAX_SNAP_M:g}"))
    return value


def read_network(arg: NetworkArg) -> Network:
    """The network of ``--network``: an OSM extract's highways, or any file's lines (EPSG:3067)."""
    from layers.io import read_layer
    from layers.io.limits import current_limits
    from layers.network.graph import build_network
    from layers.network.tags import normalise, read_osm_lines

    if arg.path.name.lower().endswith((".pbf", ".osm")):  # OpenStreetMap, binary or XML
        lines = read_osm_lines(arg.path, current_limits().max_file_mb)
    else:
        data = read_layer(arg.path).data
        lines = normalise(data)
        if lines.empty:
            raise UserError(translate(
                "cli", "--network {path}: has no lines to route on; give a road or path network (an .osm.pbf extract "
                "or a line layer)").format(path=arg.path))
    return build_network(lines, str(arg.path))


def project_network(args: Any, sources: Any) -> Network | None:
    """Without ``--network``, a ``--project`` whose Coverage dock measures along a network is measured along it
    too (its line layer, mode, snap limit and minutes), so that the command gives the window's numbers; sets
    ``args.network`` and ``args.snap_m`` to that choice and ``args.network_choice`` to the choice itself.  So are
    ``--compare``, ``--compare-map`` and ``--unique`` (the other state's layers along the same network, mode, snap
    limit and minutes), as the window's Compare scenarios and What each facility adds measure them.  None where
    the project measures in a straight line."""
    from layers.coverage.network_choice import NetworkChoice, chosen_network_layer
    from layers.network.graph import build_network
    from layers.network.tags import normalise

    choice = getattr(sources, "distance", None)
    if args.network is not None or not isinstance(choice, NetworkChoice):
        return None
    layer = chosen_network_layer(sources.layers, choice)
    if layer is None:
        raise UserError(translate(
            "cli", "--project {project}: its Coverage dock measures along the network layer {layer!r}, which the "
            "project does not hold; give one with --network FILE[:MODE]").format(
            project=args.project, layer=choice.layer))
    lines = normalise(layer.data)
    if lines.empty:
        raise UserError(translate(
            "cli", "--project {project}: its network layer {layer!r} has no lines to route on; give one with "
            "--network FILE[:MODE]").format(project=args.project, layer=choice.layer))
    args.network, args.snap_m, args.network_choice = NetworkArg(Path(choice.layer), choice.mode), choice.snap_m, choice
    print_warning((translate(
        "cli", "measured along the project's network {layer!r} ({mode}, snap {snap} m, in minutes), as its Coverage "
        "dock does; --network chooses another") if choice.minutes else translate(
        "cli", "measured along the project's network {layer!r} ({mode}, snap {snap} m), as its Coverage dock does; "
        "--network chooses another")).format(layer=choice.layer, mode=choice.mode, snap=f"{choice.snap_m:g}"))
    return build_network(lines, choice.layer)


def project_minutes(sources: Any, services: list[Any]) -> dict[str, float]:
    """The minutes of each service where a ``--project``'s Coverage dock reaches in minutes (else none)."""
    from layers.coverage.network_choice import NetworkChoice

    choice = getattr(sources, "distance", None)
    if not isinstance(choice, NetworkChoice) or not choice.minutes:
        return {}
    return {s.name: choice.minutes_for(s.name, s.radius_m) for s in services}


def network_from_args(args: Any) -> Network | None:
    """The ``--network`` read and built (None without one); network options without it are refused."""
    if args.network is None:
        if args.service_areas or args.snap_m != DEFAULT_SNAP_M:
            raise UserError(translate(
                "cli", "{option}: measures along a network; give one with --network FILE[:MODE]").format(
                option='--service-areas' if args.service_areas else '--snap-m'))
        return None
    return read_network(args.network)


def travel_times(args: Any, layers: list[Any], pairs: list[tuple[Any, Any]], feeds: list[tuple[Any, str]],
                 energy: list[Any]) -> list[tuple[Any, float]]:
    """(spec, minutes) of each service given as ``PATH:5min`` (``--layer``, ``--gtfs``, ``--energy``): ``layers``
    are the ``--layer`` files' layers, ``pairs`` the (layer, spec) of the counted layers.  Refused without a
    ``--network``."""
    from layers.commands.common import minutes_need_network

    by_layer = {id(lyr): arg for lyr, arg in zip(layers, args.layer, strict=False)}
    by_layer.update({id(lyr): arg for (lyr, _), arg in zip(feeds, args.gtfs, strict=True)})
    out = [(spec, by_layer[id(lyr)].minutes) for lyr, spec in pairs
           if id(lyr) in by_layer and by_layer[id(lyr)].minutes is not None]
    out += [(spec, arg.minutes) for spec, arg in zip(energy, args.energy, strict=True) if arg.minutes is not None]
    if args.network is None:
        for option, given in (("--gtfs", args.gtfs), ("--energy", args.energy)):
            timed = [a for a in given if a.minutes is not None]
            if timed:
                raise UserError(minutes_need_network(option, timed[0]))
    return out


def along_network(inputs: CoverageInputs, network: Network, arg: NetworkArg, snap_m: float,
                  minutes: Mapping[str, float] | None = None) -> None:
    """Make every service of ``inputs`` a network layer (the judged selection) and keep a straight-line copy of
    each beside it, for the rows' straight-line shares (as the Coverage dock does: :func:`measure_along`);
    ``minutes``: the layers whose reach is a travel time."""
    measure_along(inputs, network, arg.mode, snap_m, f"--network {arg.path}", minutes)


def check_along(inputs: CoverageInputs, network: Network, args: Any,
                minutes: Mapping[str, float] | None = None) -> tuple[CoverageEngine, CoverageResult]:
    """The coverage check along the network of ``args`` (``--network``, ``--snap-m``, ``--service-areas``) with
    the straight-line shares added to each row, and its prepared engine (``--compare`` and ``--unique`` measure on
    it); ``minutes``: the layers whose reach is a travel time."""
    from layers.coverage import check

    arg, snap_m, areas_out = args.network, args.snap_m, args.service_areas

    along_network(inputs, network, arg, snap_m, minutes)
    engine, result = check(inputs)
    names = [n for n in result.radii_m if n in engine.services]
    if not names:  # only the straight-line copies were usable: nothing can be measured along the network
        raise UserError(translate("cli", "--network: no service layer reaches the network: {why}").format(
            why="; ".join(w for w in engine.warnings if any(repr(n) in w for n in inputs.selection or []))))
    add_straight_shares(engine, result, {n: result.radii_m[n] for n in names})
    unreachable = {n: engine.services[n].targets.unreachable for n in names  # type: ignore[attr-defined]
                   if getattr(engine.services[n], "targets", None) is not None}
    result.method = (f"distances along the network {arg.path.name} ({arg.mode}; {network.n_edges:,} edges, "
                     f"{network.n_nodes:,} nodes; places more than {snap_m:g} m from a {arg.mode} way are "
                     f"unreachable: {max(unreachable.values(), default=0):,} of {len(engine.samples):,} samples); "
                     "a cell counts whole by its sample; straight-line shares beside them. "
                     + reach_note(result.reach_min, arg.mode) + result.method)
    if areas_out:
        write_service_areas(engine, names, result.radii_m, areas_out)
    return engine, result


def write_service_areas(engine: Any, names: list[str], radii: dict[str, float], out: str) -> None:
    """Each network layer's service area at its radius as GeoJSON (WGS84), one feature per layer."""
    import geopandas as gpd

    from layers.network.areas import AREA_WIDTH_M, service_area

    recs = []
    for n in names:
        svc = engine.services[n]
        if getattr(svc, "graph", None) is None:
            continue
        geom = service_area(svc.graph, svc.sources, svc.node_costs(), radii[n])
        minutes = bool(svc.graph.minutes)
        recs.append({"layer": n, "radius_m": None if minutes else radii[n], "reach_min": radii[n] if minutes else None,
                     "mode": svc.graph.profile.name, "area_km2": round(geom.area / 1e6, 4), "geometry": geom})
    frame = gpd.GeoDataFrame(recs, columns=["layer", "radius_m", "reach_min", "mode", "area_km2", "geometry"],
                             geometry="geometry", crs="EPSG:3067")
    try:
        frame.to_crs("EPSG:4326").to_file(out, driver="GeoJSON")
    except Exception as exc:
        raise UserError(translate(
            "cli", "--service-areas {out}: cannot write ({exc}); check the folder").format(out=out, exc=exc)) from None
    sys.stderr.write(translate(
        "cli", "service areas: {n} layer(s) along the network, ways buffered by {width} m, written to {out}").format(
        n=len(frame), width=f"{AREA_WIDTH_M:g}", out=out) + "\n")
