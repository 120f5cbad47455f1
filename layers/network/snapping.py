"""Snapping places to the nearest usable edge: a k-d tree of short pieces of the edges, exact distances to the
few nearest.

The usable edges' segments are cut into pieces no longer than ``PIECE_M`` and a k-d tree holds the pieces'
midpoints.  The nearest piece to a place p lies within d + h of p's nearest midpoint search (d the distance to the
piece, h half the longest piece), so when the k-th nearest midpoint is at least ``best + h`` away, no piece beyond
the k can be nearer than the best of the k (measured exactly); the few places where that does not hold get a
ball query of their own.  This answers 250,000 places on a million edges in about a second, where shapely's
STRtree ``query_nearest`` on the edges' LineStrings took 14 s (``benchmarks/network.py``).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import numpy as np

if TYPE_CHECKING:
    from layers.network.graph import Network

PIECE_M = 50.0
K_NEAREST = 8


@dataclass
class SnapIndex:
    """Pieces of edges: start (x, y), end, their edge and how far along the edge each starts."""

    tree: Any
    ax: np.ndarray
    ay: np.ndarray
    bx: np.ndarray
    by: np.ndarray
    edge: np.ndarray  # int32
    offset: np.ndarray  # float64 m along the edge
    half: float

    @classmethod
    def of(cls, net: Network, edges: np.ndarray) -> SnapIndex:
        from scipy.spatial import cKDTree

        a, b = net.first[edges], net.last[edges]
        nseg = b - a
        seg_start = np.repeat(a - (np.cumsum(nseg) - nseg), nseg) + np.arange(int(nseg.sum()))
        seg_edge = np.repeat(edges, nseg)
        p, q = net.coords[seg_start], net.coords[seg_start + 1]
        seg_len = np.hypot(q[:, 0] - p[:, 0], q[:, 1] - p[:, 1])
        # distance along the edge where each segment starts: a running sum restarting at each edge
        run = np.cumsum(seg_len) - seg_len
        first_of_edge = np.cumsum(nseg) - nseg
        seg_off = run - np.repeat(run[first_of_edge[nseg > 0]], nseg[nseg > 0])
        n_pieces = np.maximum(np.ceil(seg_len / PIECE_M), 1).astype(np.int64)
        owner = np.repeat(np.arange(len(seg_len)), n_pieces)
        k = np.arange(int(n_pieces.sum())) - np.repeat(np.cumsum(n_pieces) - n_pieces, n_pieces)
        t0 = k / n_pieces[owner]
        t1 = (k + 1) / n_pieces[owner]
        dx, dy = (q - p)[owner, 0], (q - p)[owner, 1]
        ax, ay = p[owner, 0] + t0 * dx, p[owner, 1] + t0 * dy
        bx, by = p[owner, 0] + t1 * dx, p[owner, 1] + t1 * dy
        offset = seg_off[owner] + t0 * seg_len[owner]
        mid = np.c_[(ax + bx) / 2, (ay + by) / 2]
        half = float((seg_len / n_pieces).max() / 2) if len(seg_len) else 0.0
        tree = cKDTree(mid, leafsize=16, balanced_tree=False, compact_nodes=False) if len(mid) else None
        return cls(tree, ax, ay, bx, by, seg_edge[owner].astype(np.int32), offset, half)

    def _measure(self, x: np.ndarray, y: np.ndarray, pieces: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Distance from each point to each of its candidate pieces (rows), and the position along the piece."""
        ax, ay = self.ax[pieces], self.ay[pieces]
        dx, dy = self.bx[pieces] - ax, self.by[pieces] - ay
        ll = dx * dx + dy * dy
        with np.errstate(invalid="ignore", divide="ignore"):
            t = np.clip(((x - ax) * dx + (y - ay) * dy) / ll, 0.0, 1.0)
        t = np.where(ll > 0, t, 0.0)
        d = np.hypot(ax + t * dx - x, ay + t * dy - y)
        return d, t * np.sqrt(ll)

    def nearest(self, x: np.ndarray, y: np.ndarray, max_dist: float) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """(edge or -1, position along it in m, distance) of each point's nearest piece within ``max_dist``."""
        n = len(x)
        edge = np.full(n, -1, dtype=np.int32)
        pos, dist = np.zeros(n), np.full(n, np.inf)
        if self.tree is None or not n:
            return edge, pos, dist
        reach = max_dist + self.half
        best = np.full(n, np.inf)
        best_piece = np.zeros(n, dtype=np.int64)
        best_along = np.zeros(n)
        todo = np.arange(n)
        for k in (K_NEAREST, 4 * K_NEAREST):  # most points are sure after 8, nearly all after 32
            k = min(k, self.tree.n)
            dk, ik = self.tree.query(np.c_[x[todo], y[todo]], k=k, distance_upper_bound=reach, workers=-1)
            dk, ik = dk.reshape(len(todo), k), ik.reshape(len(todo), k)
            live = ik < self.tree.n
            pieces = np.where(live, ik, 0)
            d, along = self._measure(x[todo, None], y[todo, None], pieces)
            d = np.where(live, d, np.inf)
            j = np.argmin(d, axis=1)
            rows = np.arange(len(todo))
            best[todo], best_piece[todo], best_along[todo] = d[rows, j], pieces[rows, j], along[rows, j]
            todo = todo[live[:, -1] & (dk[:, -1] < np.minimum(best[todo], max_dist) + self.half)]
            if not len(todo):
                break
        for i in todo:  # more pieces crowd round the point than even 32: all those within reach (rare)
            cand = np.asarray(self.tree.query_ball_point((x[i], y[i]), min(best[i], max_dist) + self.half),
                              dtype=np.int64)
            if len(cand):
                dc, ac = self._measure(x[i], y[i], cand)
                m = int(np.argmin(dc))
                best[i], best_piece[i], best_along[i] = dc[m], cand[m], ac[m]
        ok = best <= max_dist
        edge[ok] = self.edge[best_piece[ok]]
        pos[ok] = self.offset[best_piece[ok]] + best_along[ok]
        dist[ok] = best[ok]
        return edge, pos, dist
