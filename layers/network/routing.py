"""Snapping places to the network and multi-source network distances.

A place snaps to the nearest usable edge of the mode within ``max_snap`` metres (:mod:`.snapping`); farther
places are unreachable (``edge`` -1).  The snap distance counts as part of the trip (walked straight to the
street), so a network distance is never shorter than the straight line.

:func:`network_distance` runs one Dijkstra (``scipy.sparse.csgraph.dijkstra``) for all the services of a layer
from a virtual source joined to the ends of every service's edge, each at its exact cost (the snap distance plus
the part of the edge to that end, in each direction the mode may travel).  A target then takes the cheaper end
of its own edge plus the part of the edge to its position, or a service on the same edge directly.  Cost is
metres, or minutes for a :class:`~layers.network.graph.ModeGraph` built with ``minutes`` (snap distances then
at the mode's default speed).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np

if TYPE_CHECKING:
    from layers.network.graph import ModeGraph

DEFAULT_SNAP_M = 200.0


@dataclass
class Snapped:
    """Per place: its edge (-1: none within the snap limit), position along the edge (m from ``u``) and snap
    distance (m)."""

    edge: np.ndarray
    pos: np.ndarray
    dist: np.ndarray

    @property
    def unreachable(self) -> int:
        return int((self.edge < 0).sum())

    def __len__(self) -> int:
        return len(self.edge)


def snap(graph: ModeGraph, x: np.ndarray, y: np.ndarray, max_snap: float = DEFAULT_SNAP_M) -> Snapped:
    """Each point's nearest usable edge within ``max_snap`` m, its position along the edge and the distance
    (:mod:`.snapping`)."""
    edge, pos, dist = graph.snap_index().nearest(np.asarray(x, dtype=np.float64), np.asarray(y, dtype=np.float64),
                                                 max_snap)
    return Snapped(edge, pos, dist)


def _snap_cost(graph: ModeGraph, snapped: Snapped) -> np.ndarray:
    """The cost of the snap distance (metres, or minutes at the mode's default speed)."""
    if graph.minutes:
        return snapped.dist / (graph.profile.default_kmh * 1000.0 / 60.0)
    return snapped.dist


def node_costs(graph: ModeGraph, sources: Snapped, limit: float) -> np.ndarray:
    """Cost from the nearest source to every node (float64; ``inf`` beyond ``limit`` or unreachable)."""
    from scipy.sparse.csgraph import dijkstra

    net = graph.network
    n = net.n_nodes
    ok = sources.edge >= 0
    e, pos, s = sources.edge[ok], sources.pos[ok], _snap_cost(graph, sources)[ok]
    per_m = graph.cost_per_m()[e]
    length = net.length[e].astype(np.float64)
    # from a service: to v along the edge (if the mode may go u -> v), to u against it (if v -> u)
    fwd, bwd = graph.forward[e], graph.backward[e]
    nodes = np.concatenate([net.edge_v[e][fwd], net.edge_u[e][bwd]])
    cost = np.concatenate([(s + (length - pos) * per_m)[fwd], (s + pos * per_m)[bwd]])
    start = np.full(n, np.inf)
    np.minimum.at(start, nodes, cost)
    first = np.flatnonzero(np.isfinite(start) & (start <= limit))
    if not len(first):
        return np.full(n, np.inf)
    csr = graph.csr
    import scipy.sparse

    # the virtual source is one more row, joined to each first node at its cost (explicit zeros are edges)
    indptr = np.r_[csr.indptr, csr.indptr[-1] + len(first)]
    joined = scipy.sparse.csr_matrix((np.r_[csr.data, start[first]], np.r_[csr.indices, first], indptr),
                                     shape=(n + 1, n + 1))
    out = dijkstra(joined, directed=True, indices=n, limit=limit)
    return np.asarray(out[:n])


def network_distance(graph: ModeGraph, sources: Snapped, targets: Snapped, limit: float,
                     costs: np.ndarray | None = None) -> np.ndarray:
    """Cost from the nearest source to each target (float32; ``inf`` where unreachable or beyond ``limit``).
    ``costs``: the node costs of :func:`node_costs` for these sources, when already computed."""
    net = graph.network
    if costs is None:
        costs = node_costs(graph, sources, limit)
    out = np.full(len(targets), np.inf)
    ok = np.flatnonzero(targets.edge >= 0)
    e, pos = targets.edge[ok], targets.pos[ok]
    per_m = graph.cost_per_m()[e]
    length = net.length[e].astype(np.float64)
    via_u = np.where(graph.forward[e], costs[net.edge_u[e]] + pos * per_m, np.inf)
    via_v = np.where(graph.backward[e], costs[net.edge_v[e]] + (length - pos) * per_m, np.inf)
    along = np.minimum(np.minimum(via_u, via_v), _same_edge(graph, sources, e, pos))
    out[ok] = along + _snap_cost(graph, targets)[ok]
    out[out > limit] = np.inf
    return out.astype(np.float32)


def _same_edge(graph: ModeGraph, sources: Snapped, e: np.ndarray, pos: np.ndarray) -> np.ndarray:
    """Per target (edge ``e``, position ``pos``): the cost from the best service on its own edge straight along
    it (``inf`` where none): from behind, min(s_k - p_k) + p over the services at p_k <= p (going u -> v), from
    ahead, min(s_k + p_k) - p over those at p_k >= p (going v -> u), as segmented prefix and suffix minima."""
    ok = sources.edge >= 0
    se, sp = sources.edge[ok].astype(np.int64), sources.pos[ok]
    sc = _snap_cost(graph, sources)[ok]
    best = np.full(len(e), np.inf)
    if not len(se) or not len(e):
        return best
    per_m = graph.cost_per_m()
    groups, g = np.unique(se, return_inverse=True)
    span = float(graph.network.length.max()) + 1.0
    order = np.lexsort((sp, g))
    g, sp, sc, se = g[order], sp[order], sc[order], se[order]
    key = g * span + sp
    tg = np.searchsorted(groups, e)
    has = (tg < len(groups)) & (groups[np.minimum(tg, len(groups) - 1)] == e)
    if not has.any():
        return best
    t = np.flatnonzero(has)
    tkey = tg[t] * span + pos[t]
    rate = per_m[se]
    big = 2.0 * (float(np.max(sc * 1.0)) + span * float(rate.max())) + 1.0
    behind = np.minimum.accumulate(sc - sp * rate - g * big) + g * big
    ahead = (np.minimum.accumulate((sc + sp * rate + g * big)[::-1]) - g[::-1] * big)[::-1]
    k = np.searchsorted(key, tkey, side="right") - 1  # the last service at or before the target
    same = (k >= 0) & (g[np.maximum(k, 0)] == tg[t])
    fwd = graph.forward[e[t]]
    rt = per_m[e[t]]
    cand = np.where(same & fwd, behind[np.maximum(k, 0)] + pos[t] * rt, np.inf)
    k2 = np.searchsorted(key, tkey, side="left")  # the first service at or after it
    same2 = (k2 < len(key)) & (g[np.minimum(k2, len(key) - 1)] == tg[t])
    bwd = graph.backward[e[t]]
    cand2 = np.where(same2 & bwd, ahead[np.minimum(k2, len(key) - 1)] - pos[t] * rt, np.inf)
    best[t] = np.minimum(cand, cand2)
    return best
