"""Service areas: what a layer reaches along the network at a radius, as polygons for the map, exports and HTML.

The reachable parts of the ways (from each edge's ends, by the cost left at them, and from the services on the
edge itself) are buffered by ``AREA_WIDTH_M`` and unioned.  A buffer of the reachable ways, rather than a concave
hull per connected part, was chosen because it never fills a bay, a railway yard or a block that no street
enters (a hull does: the very error of circles), and because it is exact along the ways; the fixed width is a
drawing choice (about a plot's depth from the street), while the coverage numbers count each sample by its own
snap distance (:mod:`layers.coverage.network_distances`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import numpy as np

from layers.network.routing import _snap_cost

if TYPE_CHECKING:
    from layers.network.graph import ModeGraph
    from layers.network.routing import Snapped

AREA_WIDTH_M = 40.0


def reachable_intervals(graph: ModeGraph, sources: Snapped, costs: np.ndarray,
                        radius: float) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(edge, start, end) in metres along each edge of the parts within ``radius`` (the cost of the graph);
    an edge may have several parts; parts may overlap."""
    net = graph.network
    e = np.flatnonzero(graph.usable)
    per_m = graph.cost_per_m()[e]
    length = net.length[e].astype(np.float64)
    with np.errstate(invalid="ignore"):
        from_u = np.where(graph.forward[e], (radius - costs[net.edge_u[e]]) / per_m, -np.inf)
        from_v = np.where(graph.backward[e], (radius - costs[net.edge_v[e]]) / per_m, -np.inf)
    parts = [(e[from_u > 0], np.zeros(int((from_u > 0).sum())), np.minimum(length, from_u)[from_u > 0]),
             (e[from_v > 0], np.maximum(0.0, length - from_v)[from_v > 0], length[from_v > 0])]
    ok = sources.edge >= 0
    se, sp = sources.edge[ok], sources.pos[ok]
    left = (radius - _snap_cost(graph, sources)[ok]) / graph.cost_per_m()[se]
    has = left > 0
    se, sp, left = se[has], sp[has], left[has]
    slen = net.length[se].astype(np.float64)
    lo = np.where(graph.backward[se], np.maximum(sp - left, 0.0), sp)
    hi = np.where(graph.forward[se], np.minimum(sp + left, slen), sp)
    parts.append((se, lo, hi))
    edge = np.concatenate([p[0] for p in parts])
    start = np.concatenate([p[1] for p in parts])
    end = np.concatenate([p[2] for p in parts])
    keep = end > start
    return edge[keep], start[keep], end[keep]


def reachable_ways(graph: ModeGraph, sources: Snapped, costs: np.ndarray, radius: float) -> np.ndarray:
    """The reachable parts of the ways as LineStrings: whole edges as they are, the partial ones cut."""
    from shapely.ops import substring

    edge, start, end = reachable_intervals(graph, sources, costs, radius)
    length = graph.network.length[edge].astype(np.float64)
    whole = (start <= 1e-6) & (end >= length - 1e-6)
    full = np.unique(edge[whole])
    cut = np.flatnonzero(~whole & ~np.isin(edge, full))
    whole_geoms = graph.network.geoms(full)
    if not len(cut):
        return whole_geoms
    cut_geoms = graph.network.geoms(edge[cut])
    pieces = [substring(g, float(a), float(b)) for g, a, b in zip(cut_geoms, start[cut], end[cut], strict=True)]
    return np.concatenate([whole_geoms, np.array(pieces, dtype=object)])


def service_area(graph: ModeGraph, sources: Snapped, costs: np.ndarray, radius: float,
                 width: float = AREA_WIDTH_M) -> Any:
    """The service area at ``radius`` as one (multi)polygon in EPSG:3067 (empty where nothing is reached)."""
    import shapely

    ways = reachable_ways(graph, sources, costs, radius)
    if not len(ways):
        return shapely.Polygon()
    # each way buffered, then one cascaded union: buffering the ways as one MultiLineString took 67 s on the
    # central-Helsinki streets (GEOS nodes every crossing first), this takes half a second
    return shapely.union_all(shapely.buffer(ways, width, quad_segs=4))
