"""Nearest-feature distances of one service layer (EPSG:3067 metres).

A layer's features become *pieces*: straight pieces of its lines and polygon outlines, cut so that none is longer
than ``COARSE_STEP_M``, and zero-length pieces for its points.  A k-d tree holds the pieces' end points (the
*coarse* vertices).  For a query point p, with ``hi`` its distance to the nearest coarse vertex and ``h`` half the
longest piece:

* ``hi`` is an upper bound of the distance to the layer (every vertex lies on a feature);
* ``sqrt(hi² - h²)`` is a lower bound: the nearest point q of the layer lies on a piece, within ``h`` of one of
  the piece's ends v along the piece, and |p - v|² <= |p - q|² + h² (p - q is perpendicular to the piece where q
  is inside it; otherwise q is the end itself).

So "is p within r of the layer?" is decided by one query on the coarse tree, except in a band a fraction of a
metre wide, where the exact distance to the few pieces near p is computed (:meth:`FeatureIndex.within`).  For a
layer of points both bounds are the exact distance.  Polygons count as distance 0 inside.

Distances to every sample (sliders, curves, gaps) come from a *fine* tree, built on first use, of vertices no
more than ``LINE_STEP_M`` apart, which overestimates the distance to a line by at most step² / 8d (a few
centimetres at a few hundred metres).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import numpy as np

from layers.errors import UserError
from layers.i18n import translate

if TYPE_CHECKING:
    import geopandas as gpd

COARSE_STEP_M = 50.0
LINE_STEP_M = 10.0
NEAR_VERTICES = 16  # vertices looked at per point in the band (more only where that many are near)


class KdTree:
    """A k-d tree of 2-D points: pykdtree's (C; it imports in a millisecond where scipy's spatial package takes
    half a second, and builds and answers faster), answering as scipy's ``cKDTree.query`` does: float64
    distances nearest first (the same sums of squares and roots), int64 rows, and ``inf`` with row ``n`` where
    fewer than ``k`` points are closer than ``distance_upper_bound`` (strictly: both compare the squared distance
    with the bound's square), also where ``k`` exceeds ``n`` and for a tree of no points.  Among points at
    exactly the same distance the order is the tree's (as in scipy's): the distances are the same.

    A query runs on OpenMP's threads (one per core of the machine, or ``OMP_NUM_THREADS``); ``workers`` is taken
    for the callers' sake and not used.  A layer of a few points needs no brute-force search of its own any
    more: pykdtree answers it as fast (one point) or faster (5-13 times for 8-64 points, 200,000 queries)."""

    def __init__(self, data: np.ndarray) -> None:
        from pykdtree.kdtree import KDTree

        self.data = np.ascontiguousarray(data, dtype=np.float64).reshape(-1, 2)
        self.n = len(self.data)
        self._tree = KDTree(self.data, leafsize=16) if self.n else None  # pykdtree refuses an empty tree

    def query(self, x: np.ndarray, k: int = 1, workers: int = -1,
              distance_upper_bound: float = np.inf) -> tuple[np.ndarray, np.ndarray]:
        q = np.ascontiguousarray(x, dtype=np.float64).reshape(-1, 2)
        bound = float(distance_upper_bound)
        if self._tree is None or not len(q):
            d, i = np.full((len(q), k), np.inf), np.full((len(q), k), self.n, dtype=np.int64)
        else:
            d, raw = self._tree.query(q, k=k, distance_upper_bound=None if np.isinf(bound * bound) else bound)
            d, i = d.reshape(len(q), k), raw.astype(np.int64).reshape(len(q), k)
            if np.isinf(bound * bound):  # unbounded, pykdtree leaves missing neighbours at 2**32 - 1, sqrt(max)
                missing = i >= self.n
                d[missing], i[missing] = np.inf, self.n
        return (d[:, 0], i[:, 0]) if k == 1 else (d, i)


def _kd_tree(coords: np.ndarray) -> KdTree:
    return KdTree(coords)


@dataclass
class FeatureIndex:
    tree: KdTree  # the coarse vertices: piece_a, then the last end of each run of pieces
    polygons: np.ndarray  # polygon geometries (distance 0 inside), may be empty
    n_features: int
    points_only: bool  # every feature is a point: the coarse tree's distances are exact
    half_step: float  # half the longest piece (0 for points only)
    piece_a: np.ndarray  # (pieces, 2) start and end of each piece (equal for a point)
    piece_b: np.ndarray
    vertex_pieces: np.ndarray  # (vertices, 2): the pieces each coarse vertex ends (-1: none)
    _fine: KdTree | None = field(default=None, repr=False)
    _polygon_tree: object | None = field(default=None, repr=False)

    @property
    def points(self) -> np.ndarray:
        """The coarse vertices (rows as returned by :meth:`nearest`); all lie on the layer's features."""
        return self.tree.data

    # ---- bounds (first result) ------------------------------------------------------------------------------
    def nearest(self, x: np.ndarray, y: np.ndarray, upper: float) -> tuple[np.ndarray, np.ndarray]:
        """Distance to the nearest coarse vertex (float32; ``inf`` where none is within ``upper``) and its row
        in ``points`` (-1 there).  Polygon interiors are not considered."""
        d, i = self.tree.query(np.c_[x, y], workers=-1, distance_upper_bound=upper)
        return d.astype(np.float32), np.where(i < self.tree.n, i, -1)

    def lower(self, hi: np.ndarray) -> np.ndarray:
        """The lower bound of the distance to the layer from the coarse vertex distance ``hi``."""
        if not self.half_step:
            return hi
        return np.sqrt(np.maximum(hi.astype(np.float64) ** 2 - self.half_step**2, 0.0)).astype(hi.dtype)

    def bounds(self, x: np.ndarray, y: np.ndarray, upper: float) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """(lower, upper bound of the distance, nearest coarse vertex row); both bounds ``inf`` where the layer
        is surely more than ``upper`` away; 0 inside polygons."""
        hi, i = self.nearest(x, y, float(np.hypot(upper, self.half_step)))
        lo = self.lower(hi)
        if len(self.polygons):
            inside = self._inside_polygons(x, y)
            lo[inside] = hi[inside] = 0.0
        return lo, hi, i

    def within(self, x: np.ndarray, y: np.ndarray, r: float) -> np.ndarray:
        """Exactly whether each point is within ``r`` of the layer."""
        lo, hi, _ = self.bounds(x, y, r)
        out = hi <= r
        band = np.flatnonzero(~out & (lo <= r))
        if len(band):
            out[band] = self.exact_distance(x[band], y[band], hi[band]) <= r
        return out

    def exact_distance(self, x: np.ndarray, y: np.ndarray, hi: np.ndarray) -> np.ndarray:
        """Exact distance to the layer's pieces for points whose coarse vertex distance is ``hi`` (finite).

        The nearest piece has an end within sqrt(hi² + half_step²) of the point, so only the pieces of the
        vertices that near are measured (:meth:`_near_vertices`)."""
        reach = np.sqrt(hi.astype(np.float64) ** 2 + self.half_step**2) + 1e-6
        owner, verts = self._near_vertices(np.c_[x, y], reach)
        pieces = self.vertex_pieces[verts].reshape(-1)
        owner = np.repeat(owner, 2)
        keep = pieces >= 0
        pieces, owner = pieces[keep], owner[keep]
        d = _segment_distance(x[owner], y[owner], self.piece_a[pieces], self.piece_b[pieces])
        best = np.full(len(x), np.inf)
        np.minimum.at(best, owner, d)
        return np.minimum(best, hi)

    def _near_vertices(self, xy: np.ndarray, reach: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """(query row, coarse vertex row) of every vertex within ``reach`` of each query point: the nearest
        ``NEAR_VERTICES`` in one array query; where all of those are that near there may be more, and those
        points are asked again for twice as many, until the last one found is beyond the reach (then no nearer
        one is left out: the vertices come nearest first) or the tree has no more."""
        owners, verts = [np.empty(0, dtype=np.int64)], [np.empty(0, dtype=np.int64)]
        rows, k = np.arange(len(xy)), NEAR_VERTICES
        while len(rows):
            k = min(k, self.tree.n)
            r = reach[rows]
            dk, ik = self.tree.query(xy[rows], k=k, workers=-1,
                                     distance_upper_bound=float(np.nextafter(r.max(), np.inf)))
            dk, ik = dk.reshape(len(rows), k), ik.reshape(len(rows), k)
            near = dk <= r[:, None]
            done = ~near[:, -1] if k < self.tree.n else np.ones(len(rows), dtype=bool)
            owners.append(np.broadcast_to(rows[:, None], near.shape)[near & done[:, None]])
            verts.append(ik[near & done[:, None]])
            rows, k = rows[~done], 2 * k
        return np.concatenate(owners), np.concatenate(verts)

    # ---- distances (sliders, curves, gaps) ------------------------------------------------------------------
    def distance(self, x: np.ndarray, y: np.ndarray, upper: float = np.inf) -> np.ndarray:
        """Distances (float32); those beyond ``upper`` metres come back as ``inf`` (much faster far away)."""
        tree = self.tree if self.points_only else self._fine_tree()
        d, _ = tree.query(np.c_[x, y], workers=-1, distance_upper_bound=upper)
        d = d.astype(np.float32)
        if len(self.polygons):
            d[self._inside_polygons(x, y)] = 0.0
        return d

    def _fine_tree(self) -> KdTree:
        if self._fine is None:
            self._fine = _kd_tree(_subdivide(self.piece_a, self.piece_b, LINE_STEP_M))
        return self._fine

    def _inside_polygons(self, x: np.ndarray, y: np.ndarray) -> np.ndarray:
        import shapely

        if self._polygon_tree is None:
            self._polygon_tree = shapely.STRtree(self.polygons)
        idx, _ = self._polygon_tree.query(shapely.points(x, y), predicate="within")  # type: ignore[attr-defined]
        inside = np.zeros(len(x), dtype=bool)
        inside[idx] = True
        return inside


def feature_index(data: gpd.GeoDataFrame, step: float = COARSE_STEP_M) -> FeatureIndex:
    """Build the index for a layer's geometries (points, lines, polygons or a mix)."""
    import shapely

    from layers.coverage.tables import point_xy as coordinates_of_points

    xy = coordinates_of_points(data)
    if xy is not None:  # points only: their coordinates are the pieces (each from itself to itself) and vertices
        ids = np.arange(len(xy))
        return FeatureIndex(tree=_kd_tree(xy), polygons=np.empty(0, dtype=object), n_features=len(xy),
                            points_only=True, half_step=0.0, piece_a=xy, piece_b=xy,
                            vertex_pieces=np.c_[ids, np.full(len(xy), -1)].astype(np.int64))
    geoms = data.geometry.values
    geoms = geoms[~(shapely.is_missing(geoms) | shapely.is_empty(geoms))]
    types = shapely.get_type_id(geoms)
    parts = geoms
    if not np.all(types == 0):  # multi-part or mixed: take the parts apart (costly for many plain points)
        parts = shapely.get_parts(geoms)
        types = shapely.get_type_id(parts)
    polys = parts[types == 3]
    rings = np.concatenate([parts[(types == 1) | (types == 2)],
                            shapely.get_parts(shapely.boundary(polys)) if len(polys) else np.empty(0, object)])
    starts, ends = distinct_segments(rings) if len(rings) else (np.empty((0, 2)), np.empty((0, 2)))
    if len(starts):
        n = np.maximum(np.ceil(np.hypot(*(ends - starts).T) / step).astype(np.int64), 1)
        a, b = _pieces(starts, ends, n)
        last = np.cumsum(n) - 1  # the last piece of each segment
        first_of_segment = np.zeros(len(a), dtype=bool)
        first_of_segment[np.cumsum(n) - n] = True
        half_step = float(np.max(np.hypot(*(b - a).T)) / 2)
    else:
        a = b = np.empty((0, 2))
        last = np.empty(0, dtype=np.int64)
        first_of_segment = np.empty(0, dtype=bool)
        half_step = 0.0
    point_xy = shapely.get_coordinates(parts[types == 0])
    if not len(a) and not len(point_xy):
        raise UserError(translate("coverage", "the layer has no point, line or polygon features"))
    # vertices: every piece's start (a point is a piece from itself to itself), then each segment's far end
    n_line = len(a)
    piece_a = np.concatenate([a, point_xy])
    piece_b = np.concatenate([b, point_xy])
    ids = np.arange(len(piece_a))
    previous = np.where(np.r_[first_of_segment, np.ones(len(point_xy), bool)], -1, ids - 1)
    vertex_pieces = np.concatenate([np.c_[ids, previous], np.c_[last, np.full(len(last), -1)]])
    vertices = np.concatenate([piece_a, b[last] if n_line else np.empty((0, 2))])
    return FeatureIndex(tree=_kd_tree(vertices), polygons=polys, n_features=len(geoms),
                        points_only=not n_line and not len(polys), half_step=half_step, piece_a=piece_a,
                        piece_b=piece_b, vertex_pieces=vertex_pieces.astype(np.int64))


def distinct_segments(lines: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Start and end of the lines' distinct segments (a segment two routes share counts once, either way round)."""
    import shapely

    xy, owner = shapely.get_coordinates(lines, return_index=True)
    same = owner[1:] == owner[:-1]
    # a segment is a pair of vertex numbers; which numbers does not matter (the first occurrence of each distinct
    # pair is kept, in the lines' order): numpy's sort (pandas' hash table was faster, but pandas costs 0.5 s to
    # import on a run that needs nothing else of it)
    uniq, vertex = np.unique(np.ascontiguousarray(xy).view(np.complex128).ravel(), return_inverse=True)
    a, b = vertex[:-1][same].astype(np.int64), vertex[1:][same].astype(np.int64)
    _, first = np.unique(np.minimum(a, b) * len(uniq) + np.maximum(a, b), return_index=True)
    first.sort()
    corners = np.ascontiguousarray(uniq).view(np.float64).reshape(-1, 2)
    return corners[a[first]], corners[b[first]]


def _pieces(starts: np.ndarray, ends: np.ndarray, n: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Each segment cut into ``n`` equal pieces: their starts and ends, segment by segment."""
    owner = np.repeat(np.arange(len(starts)), n)
    j = np.arange(int(n.sum())) - np.repeat(np.cumsum(n) - n, n)
    step = (ends - starts)[owner] / n[owner][:, None]
    a = starts[owner] + step * j[:, None]
    b = np.where((j + 1 == n[owner])[:, None], ends[owner], a + step)  # the last piece ends exactly at the end
    return a, b


def _subdivide(starts: np.ndarray, ends: np.ndarray, step: float) -> np.ndarray:
    """Points along the segments, none more than ``step`` from the next, both ends included."""
    n = np.maximum(np.ceil(np.hypot(*(ends - starts).T) / step).astype(np.int64), 1)
    a, _ = _pieces(starts, ends, n)
    return np.concatenate([a, ends])


def _segment_distance(px: np.ndarray, py: np.ndarray, a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """Distance from each point to the segment a-b (element-wise; a == b is a point)."""
    dx, dy = b[:, 0] - a[:, 0], b[:, 1] - a[:, 1]
    wx, wy = px - a[:, 0], py - a[:, 1]
    length2 = dx * dx + dy * dy
    t = np.clip(np.where(length2 > 0, (wx * dx + wy * dy) / np.where(length2 > 0, length2, 1.0), 0.0), 0.0, 1.0)
    return np.hypot(wx - t * dx, wy - t * dy)
