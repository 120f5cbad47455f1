"""The heavy work, done once: zone samples (once per region) and service distances (once per layer).

Zone samples.  Each zone is covered by a square grid whose spacing is chosen per zone (fine for small zones,
coarser for large ones, ``target_samples`` per zone within ``[min_spacing, max_spacing]``).  Each grid cell holds
one sample at a random position inside the cell (stratified sampling, fixed seed), kept when its cell overlaps the
zone.  A sample stands for the area of its cell inside the zone, so zone areas are exact
and covered areas are unbiased estimates whose error shrinks with the spacing (see the accuracy test).

Service distances.  For every sample, the Euclidean distance (EPSG:3067) to the nearest feature of a layer:
exact for points (k-d tree), lines densified to ``LINE_STEP_M`` vertices (the distance is overestimated by at most
``step² / 8r`` at distance r, a few centimetres), polygons 0 inside and distance to the densified rings outside.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import numpy as np

from layers.coverage.cells import CellGeometry, cell_geometry
from layers.errors import UserError
from layers.tasks import CancelledFn, ProgressFn, check_cancelled, never_cancelled, no_progress

if TYPE_CHECKING:
    import geopandas as gpd

    from layers.coverage.zones import Zones

LINE_STEP_M = 10.0
SEED = 20240601


@dataclass
class ZoneGrid:
    """The grid of one zone: origin, spacing and shape (for turning samples back into cells)."""

    x0: float
    y0: float
    spacing: float
    nx: int
    ny: int


@dataclass
class Samples:
    """Sample points of all zones.  ``area_w`` in m2, ``pop_w`` in people (zeros without population data)."""

    x: np.ndarray
    y: np.ndarray
    zone: np.ndarray  # int32 zone index
    ix: np.ndarray  # int32 column in the zone grid (-1 for population points)
    iy: np.ndarray
    area_w: np.ndarray  # float64
    pop_w: np.ndarray  # float64
    grids: list[ZoneGrid | None]
    n_zones: int
    edge: np.ndarray | None = None  # bool: the sample's cell is cut by the zone outline
    cells: CellGeometry | None = field(default=None, repr=False, compare=False)  # derived once per region

    def __post_init__(self) -> None:
        if self.edge is None:
            self.edge = np.zeros(len(self.x), dtype=bool)

    def __len__(self) -> int:
        return len(self.x)


def spacing_for(area_m2: float, target_samples: int, min_spacing: float, max_spacing: float) -> float:
    return float(np.clip(np.sqrt(area_m2 / max(target_samples, 1)), min_spacing, max_spacing))


def sample_zones(
    zones: Zones,
    target_samples: int = 60_000,
    min_spacing: float = 5.0,
    max_spacing: float = 100.0,
    progress: ProgressFn = no_progress,
    cancelled: CancelledFn = never_cancelled,
) -> Samples:
    import shapely

    rng = np.random.default_rng(SEED)
    xs, ys, zs, ixs, iys, ws, edges = [], [], [], [], [], [], []
    grids: list[ZoneGrid | None] = []
    geoms = zones.frame.geometry.values
    for k, geom in enumerate(geoms):
        check_cancelled(cancelled)
        progress(k / max(len(geoms), 1), "sampling the zones")
        area = float(geom.area) if geom is not None and not geom.is_empty else 0.0
        if area <= 0:
            grids.append(None)
            continue
        spacing = spacing_for(area, target_samples, min_spacing, max_spacing)
        shapely.prepare(geom)
        while True:
            bx0, by0, bx1, by1 = geom.bounds
            nx = max(int(np.ceil((bx1 - bx0) / spacing)), 1)
            ny = max(int(np.ceil((by1 - by0) / spacing)), 1)
            iy, ix = np.divmod(np.arange(nx * ny, dtype=np.int64), nx)
            px = bx0 + (ix + rng.random(ix.size)) * spacing
            py = by0 + (iy + rng.random(iy.size)) * spacing
            inside = shapely.contains_xy(geom, px, py)
            n = int(inside.sum())
            if n >= 50 or spacing <= 0.5:
                break
            spacing /= 4.0  # a tiny zone: sample it finer
        grids.append(ZoneGrid(bx0, by0, spacing, nx, ny))
        w = np.full(ix.size, spacing * spacing)
        # cells cut by the zone's outline: exact area of cell ∩ zone, and a sample inside that part
        cx, cy = bx0 + (ix + 0.5) * spacing, by0 + (iy + 0.5) * spacing
        edge = _edge_cells(geom, ZoneGrid(bx0, by0, spacing, nx, ny))
        e_idx = np.flatnonzero(edge)
        if len(e_idx):
            boxes = shapely.box(cx[e_idx] - spacing / 2, cy[e_idx] - spacing / 2, cx[e_idx] + spacing / 2,
                                cy[e_idx] + spacing / 2)
            parts = shapely.intersection(boxes, geom)
            w[e_idx] = shapely.area(parts)
            inside[e_idx] = w[e_idx] > 0
            moved = e_idx[(w[e_idx] > 0) & ~shapely.contains_xy(geom, px[e_idx], py[e_idx])]
            if len(moved):
                rep = shapely.get_coordinates(shapely.point_on_surface(parts[np.searchsorted(e_idx, moved)]))
                px[moved], py[moved] = rep[:, 0], rep[:, 1]
        n = int(inside.sum())
        if n == 0:
            continue
        xs.append(px[inside])
        ys.append(py[inside])
        zs.append(np.full(n, k, dtype=np.int32))
        ixs.append(ix[inside].astype(np.int32))
        iys.append(iy[inside].astype(np.int32))
        ws.append(w[inside] * (area / w[inside].sum()))
        edges.append(edge[inside])
    progress(1.0, "zones sampled")
    if not xs:
        raise UserError("all zones are empty; check the region and the hot spots")
    x = np.concatenate(xs)
    samples = Samples(x=x, y=np.concatenate(ys), zone=np.concatenate(zs), ix=np.concatenate(ixs),
                      iy=np.concatenate(iys), area_w=np.concatenate(ws), pop_w=np.zeros(len(x)), grids=grids,
                      n_zones=len(geoms), edge=np.concatenate(edges))
    samples.cells = cell_geometry(samples, geoms)
    return samples


def _edge_cells(geom, grid: ZoneGrid) -> np.ndarray:  # type: ignore[no-untyped-def]
    """Cells (flat index) that the zone's outline may cross: cells holding a vertex of the outline densified to
    a quarter of the spacing, grown by one cell.  Every other cell lies wholly inside or wholly outside."""
    import shapely
    from scipy import ndimage

    xy = shapely.get_coordinates(shapely.segmentize(shapely.boundary(geom), grid.spacing / 4))
    cx = np.clip(((xy[:, 0] - grid.x0) // grid.spacing).astype(np.int64), 0, grid.nx - 1)
    cy = np.clip(((xy[:, 1] - grid.y0) // grid.spacing).astype(np.int64), 0, grid.ny - 1)
    mask = np.zeros((grid.ny, grid.nx), dtype=bool)
    mask[cy, cx] = True
    return ndimage.binary_dilation(mask, structure=np.ones((3, 3), bool)).reshape(-1)


@dataclass
class FeatureIndex:
    """Nearest-feature distances of one service layer: a k-d tree on its (densified) vertices."""

    tree: object  # scipy.spatial.cKDTree
    polygons: np.ndarray  # polygon geometries (distance 0 inside), may be empty
    n_features: int
    points_only: bool = False  # every vertex is a service point (no lines, no polygons): circles are exact

    def nearest(self, x: np.ndarray, y: np.ndarray, upper: float) -> tuple[np.ndarray, np.ndarray]:
        """Distance to the nearest vertex (float32, ``inf`` beyond ``upper``) and its row in ``points`` (-1 where
        none is within ``upper``).  The distance to the layer for a layer without polygons."""
        d, i = self.tree.query(np.c_[x, y], workers=-1, distance_upper_bound=upper)  # type: ignore[attr-defined]
        return d.astype(np.float32), np.where(i < self.tree.n, i, -1)  # type: ignore[attr-defined]

    @property
    def points(self) -> np.ndarray:
        return self.tree.data  # type: ignore[attr-defined,no-any-return]

    def distance(self, x: np.ndarray, y: np.ndarray, upper: float = np.inf) -> np.ndarray:
        """Distances (float32); those beyond ``upper`` metres come back as ``inf`` (much faster far away)."""
        import shapely

        d, _ = self.tree.query(np.c_[x, y], workers=-1, distance_upper_bound=upper)  # type: ignore[attr-defined]
        d = d.astype(np.float32)
        if len(self.polygons):
            tree = shapely.STRtree(self.polygons)
            pts = shapely.points(x, y)
            idx, _ = tree.query(pts, predicate="within")
            d[np.unique(idx)] = 0.0
        return d


def feature_index(data: gpd.GeoDataFrame, line_step: float = LINE_STEP_M) -> FeatureIndex:
    """Build the index for a layer's geometries (points, lines, polygons or a mix)."""
    import shapely
    from scipy.spatial import cKDTree

    geoms = data.geometry.values
    geoms = geoms[~(shapely.is_missing(geoms) | shapely.is_empty(geoms))]
    types = shapely.get_type_id(geoms)
    parts = geoms
    if not np.all(types == 0):  # multi-part or mixed: take the parts apart (costly for many plain points)
        parts = shapely.get_parts(geoms)
        types = shapely.get_type_id(parts)
    points = parts[types == 0]
    lines = parts[(types == 1) | (types == 2)]
    polys = parts[types == 3]
    chunks = []
    if len(points):
        chunks.append(shapely.get_coordinates(points))
    rings = list(lines)
    if len(polys):
        rings += list(shapely.get_parts(shapely.boundary(polys)))
    if rings:
        chunks.append(densified_segments(np.asarray(rings, dtype=object), line_step))
    if not chunks:
        raise UserError("the layer has no point, line or polygon features")
    coords = np.ascontiguousarray(np.concatenate(chunks), dtype=np.float64)
    # sliding-midpoint tree: builds in half the time and answers these clustered vertices several times faster
    tree = cKDTree(coords, leafsize=16, balanced_tree=False, compact_nodes=False)
    return FeatureIndex(tree=tree, polygons=polys, n_features=len(geoms), points_only=not rings and not len(polys))


def densified_segments(lines: np.ndarray, step: float) -> np.ndarray:
    """Vertices of the lines' distinct segments (a segment two routes share counts once, either way round),
    with points added so that none is more than ``step`` from the next."""
    import pandas as pd
    import shapely

    xy, owner = shapely.get_coordinates(lines, return_index=True)
    same = owner[1:] == owner[:-1]
    # a segment is a pair of vertex numbers (hash tables, several times faster than sorting rows)
    vertex, uniq = pd.factorize(np.ascontiguousarray(xy).view(np.complex128).ravel())
    a, b = vertex[:-1][same].astype(np.int64), vertex[1:][same].astype(np.int64)
    _, first = np.unique(np.minimum(a, b) * len(uniq) + np.maximum(a, b), return_index=True)
    first.sort()
    corners = np.ascontiguousarray(uniq).view(np.float64).reshape(-1, 2)
    start, end = corners[a[first]], corners[b[first]]
    pieces = np.maximum(np.ceil(np.hypot(*(end - start).T) / step).astype(np.int64), 1)
    owner = np.repeat(np.arange(len(start)), pieces)
    t = (np.arange(int(pieces.sum())) - np.repeat(np.cumsum(pieces) - pieces, pieces)) / pieces[owner]
    inner = start[owner] + (end[owner] - start[owner]) * t[:, None]
    lone = xy[np.r_[True, ~same] & np.r_[~same, True]]  # a line of a single vertex
    return np.concatenate([inner, end, lone])
