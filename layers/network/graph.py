"""A routable graph from lines: nodes where lines meet, edges between them, a scipy CSR graph per mode.

Lines meet at a point where one of them ends (every line through that point joins there: a bridge joins the
road at its ends) or where they share an interior vertex on the same level (:mod:`.tags`): a bridge, a tunnel
or another OSM ``layer`` crossing a road on a shared vertex does not connect to it.  Coordinates are matched to
the centimetre.  Lines are split at their nodes; an edge is the part of a line between two nodes, keeping its
vertices (rows of one coordinate array) and length.  Everything is built with whole-array operations, with
int32 node ids and float32 lengths; scipy's ``csgraph`` routines then run on the CSR matrix of each mode (scipy
is a dependency already and its Dijkstra is C; see ``benchmarks/network.py``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import numpy as np

from layers.errors import UserError
from layers.i18n import translate
from layers.network.profiles import Profile, profile

if TYPE_CHECKING:
    import geopandas as gpd
    import scipy.sparse

    from layers.network.snapping import SnapIndex

_CM = 100.0  # coordinates are matched on a centimetre grid


@dataclass
class ModeGraph:
    """The network as one mode may use it: ``csr`` (nodes x nodes, cost of the cheapest edge between them),
    which edges it may use at all and in which direction, each edge's cost (metres, or minutes with
    ``minutes``), and a tree of the usable edges for snapping (built on first use)."""

    network: Network
    profile: Profile
    minutes: bool
    usable: np.ndarray  # bool per edge
    forward: np.ndarray  # bool per edge: may be travelled from u to v
    backward: np.ndarray
    cost: np.ndarray  # float64 per edge
    csr: scipy.sparse.csr_matrix
    _index: Any = field(default=None, repr=False)

    def snap_index(self) -> SnapIndex:
        """The pieces of the usable edges, for snapping (built on first use)."""
        from layers.network.snapping import SnapIndex

        if self._index is None:  # the mode's graph in the other unit has the same usable edges: share its index
            sibling = self.network._modes.get((self.profile.name, not self.minutes))
            self._index = sibling._index if sibling is not None and sibling._index is not None else \
                SnapIndex.of(self.network, np.flatnonzero(self.usable))
        return self._index  # type: ignore[no-any-return]

    def cost_per_m(self) -> np.ndarray:
        """Cost of a metre on each edge (1 in metres; minutes per metre at the class's speed)."""
        length = self.network.length.astype(np.float64)
        return np.divide(self.cost, length, out=np.ones_like(self.cost), where=length > 0)


@dataclass
class Network:
    """Nodes (x, y in EPSG:3067) and edges (``u`` -> ``v`` along the line's direction, length in metres, the
    line's class as a code into ``classes`` (-1: unclassed), one-way, and its vertices: rows ``first`` to
    ``last`` of ``coords``).  Edge geometries are made only when asked for (:meth:`geoms`): a million
    LineStrings take seconds and hundreds of MB that routing does not need."""

    node_x: np.ndarray
    node_y: np.ndarray
    edge_u: np.ndarray  # int32
    edge_v: np.ndarray
    length: np.ndarray  # float32 metres
    highway: np.ndarray  # int16 code into ``classes`` per edge (-1: unclassed)
    classes: list[str]
    oneway: np.ndarray  # int8: 1 along u -> v only, -1 against, 0 both
    coords: np.ndarray  # (vertices, 2) float64
    first: np.ndarray  # int64 per edge: its first and last vertex in ``coords``
    last: np.ndarray
    source: str = ""
    _modes: dict[tuple[str, bool], ModeGraph] = field(default_factory=dict, repr=False)

    @property
    def n_nodes(self) -> int:
        return len(self.node_x)

    @property
    def n_edges(self) -> int:
        return len(self.edge_u)

    def geoms(self, edges: np.ndarray) -> np.ndarray:
        """LineStrings of the ``edges``."""
        import shapely

        a, b = self.first[edges], self.last[edges]
        sizes = b - a + 1
        offsets = np.cumsum(sizes) - sizes
        idx = np.repeat(a - offsets, sizes) + np.arange(int(sizes.sum()))
        return shapely.linestrings(self.coords[idx], indices=np.repeat(np.arange(len(a)), sizes))

    def graph(self, mode: str = "walk", minutes: bool = False) -> ModeGraph:
        """The CSR graph of ``mode`` (kept: each mode is built once)."""
        key = (mode, minutes)
        if key not in self._modes:
            self._modes[key] = _mode_graph(self, profile(mode), minutes)
        return self._modes[key]


def _mode_graph(net: Network, prof: Profile, minutes: bool) -> ModeGraph:
    import scipy.sparse

    allowed = np.array([c in prof.allowed for c in net.classes] + [True], dtype=bool)  # [-1]: unclassed
    usable = allowed[net.highway]
    forward = usable & ~((net.oneway == -1) & prof.oneway)
    backward = usable & ~((net.oneway == 1) & prof.oneway)
    length = net.length.astype(np.float64)
    if minutes:
        kmh = np.array([prof.speed(c) for c in net.classes] + [prof.default_kmh])[net.highway]
        cost = length / (kmh * 1000.0 / 60.0)
    else:
        cost = length
    rows = np.concatenate([net.edge_u[forward], net.edge_v[backward]])
    cols = np.concatenate([net.edge_v[forward], net.edge_u[backward]])
    w = np.concatenate([cost[forward], cost[backward]])
    # parallel edges (two lines between the same nodes): keep the cheapest; a CSR matrix would sum them
    n = net.n_nodes
    key = rows.astype(np.int64) * n + cols
    order = np.argsort(key, kind="stable")  # (a lexsort with the weights takes ten times as long)
    key, w = key[order], w[order]
    starts = np.flatnonzero(np.r_[True, key[1:] != key[:-1]]) if len(key) else np.zeros(0, np.int64)
    key, w = key[starts], (np.minimum.reduceat(w, starts) if len(w) else w)
    # sorted by row, then column: the CSR arrays directly (no COO conversion, which would sort again)
    indptr = np.r_[0, np.cumsum(np.bincount(key // n, minlength=n))].astype(np.int32)
    csr = scipy.sparse.csr_matrix((w, (key % n).astype(np.int32), indptr), shape=(n, n))
    return ModeGraph(net, prof, minutes, usable, forward, backward, cost, csr)


def build_network(lines: gpd.GeoDataFrame, source: str = "") -> Network:
    """Node and split the normalised lines (:func:`layers.network.tags.normalise`, EPSG:3067) into a network."""
    import pandas as pd
    import shapely

    geoms = np.asarray(lines.geometry.values)
    if not len(geoms):
        raise UserError(translate("network", "{network}: has no lines to route on; give a road or path network").format(
                            network=source or translate("network", "the network")))
    coords, line = shapely.get_coordinates(geoms, return_index=True)
    if not len(coords):
        raise UserError(translate("network", "{network}: its lines have no coordinates; give a road or path "
                                          "network").format(
                            network=source or translate("network", "the network")))
    level = lines["level"].to_numpy(dtype=np.int64) if "level" in lines.columns else np.zeros(len(geoms), np.int64)
    counts = np.bincount(line, minlength=len(geoms))
    starts = np.cumsum(counts) - counts
    is_end = np.zeros(len(coords), dtype=bool)
    has = counts > 0
    is_end[starts[has]] = True
    is_end[(starts + counts - 1)[has]] = True
    kx = np.round(coords[:, 0] * _CM).astype(np.int64)
    ky = np.round(coords[:, 1] * _CM).astype(np.int64)
    ky -= ky.min()
    loc_key = (kx - kx.min()) * (int(ky.max()) + 1) + ky
    _, loc = np.unique(loc_key, return_inverse=True)
    end_at = np.bincount(loc, weights=is_end).astype(bool)
    # a vertex joins every line at its point where a line ends there, else only the lines of its level
    vertex_level = np.where(end_at[loc], 0, level[line] - level.min() + 1)
    node_key = loc.astype(np.int64) * (int(vertex_level.max()) + 1) + vertex_level
    _, node = np.unique(node_key, return_inverse=True)
    node = node.astype(np.int32)
    is_node = is_end | (np.bincount(node)[node] > 1)
    nv = np.flatnonzero(is_node)
    pair = np.flatnonzero(line[nv[1:]] == line[nv[:-1]])
    a, b = nv[pair], nv[pair + 1]
    seg = np.hypot(np.diff(coords[:, 0]), np.diff(coords[:, 1]))
    seg[line[1:] != line[:-1]] = 0.0
    along = np.r_[0.0, np.cumsum(seg)]
    length = along[b] - along[a]
    keep = length > 0  # a zero-length piece (a repeated vertex) is no way anywhere
    a, b, length = a[keep], b[keep], length[keep]
    if not len(a):
        raise UserError(translate("network", "{network}: its lines have no length; give a road or path network").format(
                            network=source or translate("network", "the network")))
    node_x = np.empty(int(node.max()) + 1)
    node_y = np.empty_like(node_x)
    node_x[node], node_y[node] = coords[:, 0], coords[:, 1]
    src_line = line[a]
    if "highway" in lines.columns:
        codes, classes = pd.factorize(lines["highway"], use_na_sentinel=True)
        highway = codes.astype(np.int16)[src_line]
    else:
        highway, classes = np.full(len(a), -1, dtype=np.int16), []
    oneway = (lines["oneway"].to_numpy(dtype=np.int8)[src_line] if "oneway" in lines.columns
              else np.zeros(len(a), dtype=np.int8))
    return Network(node_x, node_y, node[a], node[b], length.astype(np.float32), highway,
                   [str(c) for c in classes], oneway, coords, a.astype(np.int64), b.astype(np.int64), source)
