"""The window's task: each service layer's reach along a network at its radius, as service-area polygons.

:func:`run` is a plain task function (``progress``, ``cancelled``: :mod:`layers.tasks`), run off the GUI thread:
it builds the network of a loaded line layer once, snaps each service layer's places to it, runs one
multi-source Dijkstra per layer (:mod:`.routing`) and makes its service area (:mod:`.areas`).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import numpy as np

from layers.errors import UserError
from layers.i18n import format_number, translate
from layers.network.areas import AREA_WIDTH_M, service_area
from layers.network.graph import build_network
from layers.network.profiles import mode_word
from layers.network.routing import DEFAULT_SNAP_M, node_costs, snap
from layers.network.tags import normalise
from layers.tasks import CancelledFn, ProgressFn, check_cancelled, never_cancelled, no_progress

if TYPE_CHECKING:
    import geopandas as gpd

SOURCE_STEP_M = 50.0


def service_points(data: gpd.GeoDataFrame) -> np.ndarray:
    """The places a layer's services start from: its points, or its lines' and polygons' vertices no more than
    ``SOURCE_STEP_M`` apart."""
    import shapely

    geoms = np.asarray(data.geometry.values)
    geoms = geoms[~shapely.is_empty(geoms) & ~shapely.is_missing(geoms)]
    return shapely.get_coordinates(shapely.segmentize(geoms, SOURCE_STEP_M))


@dataclass
class ReachInputs:
    network: gpd.GeoDataFrame  # line layer, EPSG:3067
    network_name: str
    services: list[tuple[str, gpd.GeoDataFrame, float]]  # (layer name, data, radius m)
    mode: str = "walk"
    max_snap_m: float = DEFAULT_SNAP_M


@dataclass
class Reach:
    """Per service layer: its service area (one polygon row, EPSG:3067); and what could not be reached."""

    areas: dict[str, gpd.GeoDataFrame] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)
    mode: str = "walk"


def run(inputs: ReachInputs, progress: ProgressFn = no_progress, cancelled: CancelledFn = never_cancelled) -> Reach:
    import geopandas as gpd

    lines = normalise(inputs.network)
    if lines.empty:
        raise UserError(translate("network", "{network_name}: has no lines to route on; choose a road or path "
                                          "layer").format(
                            network_name=inputs.network_name))
    progress(0.1, translate("progress", "building the network"))
    graph = build_network(lines, inputs.network_name).graph(inputs.mode)
    if not graph.usable.any():
        raise UserError(translate("network", "{network_name}: has no way a {mode} trip may use; choose another "
                                          "mode").format(
                            network_name=inputs.network_name, mode=inputs.mode))
    out = Reach(mode=inputs.mode)
    for i, (name, data, radius) in enumerate(inputs.services):
        check_cancelled(cancelled)
        progress(0.2 + 0.8 * i / max(len(inputs.services), 1),
                 translate("progress", "reach of {layer}").format(layer=name))
        xy = service_points(data)
        sources = snap(graph, xy[:, 0], xy[:, 1], inputs.max_snap_m)
        if sources.unreachable == len(sources):
            out.notes.append(translate("network", "{name}: none of its places is within {max_snap_m:g} m of the "
                                                  "network").format(name=name, max_snap_m=inputs.max_snap_m))
            continue
        if sources.unreachable:
            out.notes.append(translate("network", "{name}: {unreachable} of {count} places are more than "
                                                  "{max_snap_m:g} m from the network and serve no one").format(
                                 name=name, unreachable=format_number(sources.unreachable),
                                 count=format_number(len(sources)), max_snap_m=inputs.max_snap_m))
        geom = service_area(graph, sources, node_costs(graph, sources, radius), radius)
        out.areas[name] = gpd.GeoDataFrame({"layer": [name], "radius_m": [radius], "mode": [inputs.mode],
                                            "area_km2": [round(geom.area / 1e6, 4)]}, geometry=[geom],
                                           crs="EPSG:3067")
    progress(1.0, translate("progress", "done"))
    return out


def area_note(mode: str, network: str) -> str:
    """What a service-area layer shows (its note in the layer panel and exports)."""
    return translate("network", "reach along the network '{network}' ({mode}) at the layer's radius: the reachable "
                     "ways buffered by {width} m").format(network=network, mode=mode_word(mode),
                                                         width=format_number(AREA_WIDTH_M))
