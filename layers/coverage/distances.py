"""Distance bounds: per block of cells when a layer is indexed, per cell for the first result.

:func:`build_service` indexes a layer (:mod:`.feature_index`) and bounds its distance from the centre of every
block of 4 x 4 cells (one query per block); for a layer of points it also lists the nearest few points of the
blocks where points are sparse.  :func:`decided_distances` then gives, for a set of radii, a distance stand-in
per cell and how far any point of the cell can be from it: most cells are decided by their block's bounds, the
rest from the block's list of points or one query at the cell centre.  What is left undecided is refined by
:mod:`.refine`.
"""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING, NamedTuple

import numpy as np

from layers.coverage.feature_index import feature_index
from layers.coverage.inputs import SECTORS, check_radius, metres
from layers.coverage.parallel import any_chunked, chunks, in_halves, in_two_threads
from layers.coverage.state import BlockLists, Service
from layers.coverage.tables import PointTable, point_xy
from layers.i18n import format_number, translate

if TYPE_CHECKING:
    from layers.coverage.feature_index import FeatureIndex
    from layers.coverage.inputs import ServiceSpec
    from layers.coverage.samples import CellGeometry
    from layers.coverage.state import CoverageState

LISTED_MAX = 4  # circles listed per block: cells of blocks that more may reach are queried one by one
CANDIDATES = 8  # circles listed per cell that several circles cut (more: sub-samples are queried instead)


class CellDistances(NamedTuple):
    """One layer's distances as the first result knows them: ``d`` per cell, ``reach`` (how far a point of the
    cell can be from where ``d`` was measured), the nearest vertex found for the cell (a point of the layer's
    index) and, for a points layer, the distance to the second nearest point and the circles listed per cell."""

    d: np.ndarray
    reach: np.ndarray
    nearest: np.ndarray | None = None
    second: np.ndarray | None = None
    cand_cells: np.ndarray | None = None  # sorted cells whose reaching circles are all listed in ``cand``
    cand: np.ndarray | None = None
    slack: np.ndarray | None = None  # lines: the true centre distance is within d ± slack (``reach`` includes it)
    at_centre: bool = True  # measured at cell centres (first result), else at the samples


# ---- indexing a layer -------------------------------------------------------------------------------------------
def build_service(state: CoverageState, spec: ServiceSpec) -> tuple[Service | None, list[str]]:
    """The prepared layer (None when it cannot be used) and the warnings about it."""
    import shapely

    problem = check_radius(spec.name, float(spec.radius_m))
    if problem:
        return None, [problem]
    problems = []
    if spec.sector not in SECTORS:
        problems.append(translate("coverage", "layer {name!r}: unknown sector {sector!r}, counted as transport")
                        .format(name=spec.name, sector=spec.sector))
        spec.sector = "transport"
    xy = point_xy(spec.data)  # points only: measured as coordinates, no Point made
    data = spec.data if xy is not None else spec.data[spec.data.geometry.notna() & ~spec.data.geometry.is_empty]
    if data.empty:
        return None, [*problems, translate("coverage", "layer {name!r} has no features; it is left out").format(
            name=spec.name)]
    zones = state.zones.tree  # a feature touches the region where it touches one of its zones

    def touching(part: np.ndarray, distance: float | None = None) -> bool:
        if distance is None:
            return bool(zones.query(part, predicate="intersects")[0].size)
        return bool(zones.query(part, predicate="dwithin", distance=distance)[0].size)

    if xy is not None:
        inside = any_chunked(lambda part: touching(shapely.points(part)), xy)
        near = inside or any_chunked(lambda part: touching(shapely.points(part), spec.radius_m), xy)
    else:
        geoms = np.asarray(data.geometry.values)
        near = any_chunked(lambda part: touching(part, spec.radius_m), geoms)
        inside = near and any_chunked(touching, geoms)
    if not near:
        problems.append(translate("coverage", "layer {name!r}: none of its {count} features is within {radius} m "
                                              "of the region; it covers nothing there").format(
            name=spec.name, count=format_number(len(data)), radius=metres(spec.radius_m)))
    elif not inside:
        problems.append(translate("coverage", "layer {name!r} has no features inside the region (only near it)")
                        .format(name=spec.name))
    index = feature_index(data if xy is None else PointTable(xy))  # the coordinates read once
    c = state.cells
    block_upper = spec.radius_m + c.block_reach_max + 1.0
    block_lo, block_hi, block_i = index.bounds(c.block_x, c.block_y, block_upper)
    block_near = _block_lists(c, index, block_lo, block_hi, spec.radius_m, block_upper) \
        if index.points_only else None
    return Service(spec, index, state.distance_upper(spec.radius_m), block_lo, block_hi, block_upper,
                   state.samples, block_i=block_i, block_near=block_near), problems


def _block_lists(c: CellGeometry, index: FeatureIndex, block_lo: np.ndarray, block_hi: np.ndarray, r: float,
                 upper: float) -> BlockLists:
    """The nearest few points of the centres of the blocks ``r`` leaves undecided, where the points are sparse
    enough for the lists to hold every circle that may reach the block (their cells then need no query of
    their own; where points are denser, cells are queried one by one, which is then cheaper)."""
    reach = c.block_reach_max
    undecided = (block_hi + reach > r) & (block_lo - reach < r)
    blocks = np.flatnonzero(undecided & (points_near_blocks(c, index.points, upper) <= LISTED_MAX))
    row = np.full(len(block_lo), -1, dtype=np.int64)
    row[blocks] = np.arange(len(blocks))
    d, p = index.tree.query(np.c_[c.block_x[blocks], c.block_y[blocks]],  # type: ignore[attr-defined]
                            k=LISTED_MAX + 1, workers=-1, distance_upper_bound=upper)
    return BlockLists(row, d, p, upper)


def points_near_blocks(c: CellGeometry, points: np.ndarray, upper: float) -> np.ndarray:
    """About how many of ``points`` lie within ``upper`` of each block centre (from the points' density in
    squares of about that size)."""
    if not len(c.block_x):
        return np.zeros(0)
    size = max(upper, 500.0)
    # only points that can be within ``upper`` of a block centre count (and far-off ones cannot blow the grid up)
    x0, y0 = c.block_x.min() - upper, c.block_y.min() - upper
    x1, y1 = c.block_x.max() + upper, c.block_y.max() + upper
    points = points[(points[:, 0] >= x0) & (points[:, 0] <= x1) & (points[:, 1] >= y0) & (points[:, 1] <= y1)]
    nx, ny = int((x1 - x0) // size) + 1, int((y1 - y0) // size) + 1
    ix, iy = ((points - (x0, y0)) // size).astype(np.int64).T
    counts = np.bincount(ix * ny + iy, minlength=nx * ny).astype(np.float64)
    bx = ((c.block_x - x0) // size).astype(np.int64)  # every block centre lies inside the grid
    by = ((c.block_y - y0) // size).astype(np.int64)
    return counts[bx * ny + by] * np.pi * upper**2 / size**2


# ---- the first result's distances per cell ------------------------------------------------------------------
def decided_distances(state: CoverageState, radii: dict[str, float], names: list[str]) -> dict[str, CellDistances]:
    """Per layer: a distance stand-in per cell and how far any point of the cell can be from it.

    With every sample's distance computed: (sample distances, cell diagonal).  Otherwise the block bounds
    decide the cells: 0 where the whole block is in reach, inf where all of it is out, and elsewhere the
    distance from the cell's centre (queried now, for those cells only) with the cell's half diagonal as
    reach, which makes the band of cells left to refine half as wide as with the random samples.  For a
    layer of points the centre query also returns the nearest point and the second distance, so that a cell
    only one circle can reach gets its covered share in closed form.

    Layers of points go first; a cell one layer already covers wholly is not queried for the next ones (its
    distance to them stays ``inf``: the cell is decided whatever they reach)."""
    c = state.cells
    out = {}
    covered = np.zeros(len(state.samples), dtype=bool)
    for n in sorted(names, key=lambda name: not state.services[name].index.points_only):
        svc = state.services[n]
        r = radii[n]
        if svc.has_distances or r + c.block_reach_max >= svc.block_upper:
            reach = getattr(svc, "cell_reach", None)  # a network layer's cells are whole (0)
            out[n] = CellDistances(svc.distance, c.reach if reach is None else reach, at_centre=False)
        else:
            d = np.empty(len(state.samples), dtype=np.float32)
            need = np.concatenate(in_halves(partial(_block_decided, c, svc, r, d=d, covered=covered), len(d)))
            need = _inside_block_nearest(c, svc, r, need, d)
            out[n] = (_point_cells if svc.index.points_only else _line_cells)(c, svc, r, need, d)
        cd, r = out[n], radii[n]

        def add_covered(part: slice, cd: CellDistances = cd, r: float = r) -> None:
            covered[part] |= cd.d[part] <= r - cd.reach[part]

        in_halves(add_covered, len(covered))
    return {n: out[n] for n in names}


def _block_decided(c: CellGeometry, svc: Service, r: float, part: slice, d: np.ndarray,
                   covered: np.ndarray) -> np.ndarray:
    """For the cells ``part``: ``d`` 0 where their block's bounds put the whole cell in reach, inf elsewhere;
    returns the cells the bounds leave undecided that no earlier layer covers."""
    blk, reach = c.block[part], c.block_reach[part]
    lo = svc.block_lo[blk] - reach
    hi = svc.block_hi[blk] + reach
    d[part] = np.where(hi <= r, np.float32(0.0), np.float32(np.inf))
    return np.flatnonzero((hi > r) & (lo < r) & ~covered[part]) + part.start


def _line_cells(c: CellGeometry, svc: Service, r: float, need: np.ndarray, d: np.ndarray) -> CellDistances:
    """A layer with lines or polygons: bounds of the distance from each undecided cell's centre (one query
    of the coarse vertices); ``d`` is their middle, and half their gap widens the cell's reach."""
    slack = np.zeros(len(d), dtype=np.float32)
    vertex = np.full(len(d), -1, dtype=np.int64)
    if len(need):
        lo, hi, vertex[need] = svc.index.bounds(c.cx[need], c.cy[need], r + c.max_spacing + 1.0)
        finite = np.isfinite(hi)
        with np.errstate(invalid="ignore"):  # inf - inf where nothing is in reach
            d[need] = np.where(finite, (lo + hi) / 2, np.inf)
            slack[need] = np.where(finite, (hi - lo) / 2, 0.0)
    return CellDistances(d, c.half + slack, nearest=vertex, slack=slack)


def _inside_block_nearest(c: CellGeometry, svc: Service, r: float, need: np.ndarray, d: np.ndarray) -> np.ndarray:
    """Cells wholly within ``r`` of their block's nearest feature vertex are covered (d = 0): no query.
    Returns the cells still to query."""
    if svc.block_i is None or not len(need):
        return need
    block_i, points = svc.block_i, svc.index.points

    def inside(part: np.ndarray) -> np.ndarray:
        vertex = block_i[c.block[part]]
        xy = points[np.maximum(vertex, 0)]
        reach = np.hypot(xy[:, 0] - c.cx[part], xy[:, 1] - c.cy[part]) + c.half[part]
        return (vertex >= 0) & (reach <= r)

    covered = np.concatenate(in_two_threads(inside, chunks(need, 250_000)))
    d[need[covered]] = 0.0
    return need[~covered]


def _point_cells(c: CellGeometry, svc: Service, r: float, need: np.ndarray, d: np.ndarray) -> CellDistances:
    """A points layer's cells the block bound left undecided: the nearest points to each cell centre (from its
    block's list where that holds every circle that can reach the cell, else one query of the cell's own) give
    the nearest and second-nearest distance and, for each cell a circle's edge may cross, every circle that
    reaches it (rows of ``CANDIDATES`` point indices, -1 padded; cells that more circles reach are left out
    and sub-sampled against the index)."""
    nearest = np.full(len(d), -1, dtype=np.int64)
    second = np.full(len(d), np.inf)
    n_points = svc.index.tree.n  # type: ignore[attr-defined]
    listed, need, block_count = listed_cells(c, svc, r, need)

    def from_list(part: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        return _from_block_list(c, svc, r, part, block_count, d, second, nearest)

    def query(part: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        half = c.half[part]
        dk, ik = svc.index.tree.query(np.c_[c.cx[part], c.cy[part]], k=CANDIDATES + 1,  # type: ignore[attr-defined]
                                      workers=1, distance_upper_bound=r + c.max_spacing + 1.0)
        d[part], second[part] = dk[:, 0], dk[:, 1]
        nearest[part] = np.where(ik[:, 0] < n_points, ik[:, 0], -1)
        reach = r + half
        # cut: a circle's edge may cross the cell; listed: every circle reaching the cell is among those found
        rows = np.flatnonzero((np.abs(dk[:, 0] - r) < half) & (dk[:, 0] > r - half) & (dk[:, -1] >= reach))
        return part[rows], np.where(dk[rows, :-1] < reach[rows, None], ik[rows, :-1], -1)

    found = in_two_threads(from_list, chunks(listed, 125_000)) + in_two_threads(query, chunks(need, 125_000))
    cells_parts, cand_parts = [k for k, _ in found], [k for _, k in found]
    cells = np.concatenate(cells_parts) if cells_parts else np.empty(0, dtype=np.int64)
    cand = np.concatenate(cand_parts) if cand_parts else np.empty((0, CANDIDATES), dtype=np.int64)
    order = np.argsort(cells, kind="stable")
    return CellDistances(d, c.half, nearest, second, cells[order], cand[order])


def listed_cells(c: CellGeometry, svc: Service, r: float,
                 need: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Split ``need`` into the cells whose block lists every circle that may reach them and the rest; also
    give, per listed block, how many of its circles may reach some cell of the block."""
    lists, none = svc.block_near, np.empty(0, dtype=np.int64)
    if lists is None or not len(need) or not len(lists.d) or not lists.usable(r, c.block_reach_max):
        return none, need, np.empty(0, dtype=np.uint8)
    block_count = (lists.d[:, :LISTED_MAX] < r + c.block_reach_max).sum(axis=1).astype(np.uint8)
    row = lists.row[c.block[need]]
    complete = (row >= 0) & (lists.d[np.maximum(row, 0), -1] >= r + c.block_reach[need])
    if complete.sum() <= len(need) // 10:  # too few for a pass of their own
        return none, need, block_count
    return need[complete], need[~complete], block_count


def _from_block_list(c: CellGeometry, svc: Service, r: float, part: np.ndarray, block_count: np.ndarray,
                     d: np.ndarray, second: np.ndarray, nearest: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """For the cells ``part`` (listed): set ``d``, ``second`` and ``nearest`` from their block's list and
    return the cells a circle's edge may cross with every circle that reaches each (-1 padded)."""
    lists = svc.block_near
    assert lists is not None
    # cells with the most circles first: the k-th circle is then measured for a prefix of the rows
    blk = lists.row[c.block[part]]
    order = np.argsort(LISTED_MAX - block_count[blk], kind="stable")  # a radix sort of small integers
    part, blk = part[order], blk[order]
    rows_k = np.searchsorted(-block_count[blk].astype(np.int16), -np.arange(LISTED_MAX), side="left")
    cx, cy = c.cx[part], c.cy[part]
    dist = np.full((LISTED_MAX, len(part)), np.inf)
    d1, d2 = np.full(len(part), np.inf), np.full(len(part), np.inf)
    i1 = np.full(len(part), -1, dtype=np.int64)
    for k in range(LISTED_MAX):
        m = rows_k[k]
        if m == 0:
            break
        p = lists.p[blk[:m], k]
        xy = svc.index.points[p]
        v = dist[k, :m] = np.hypot(xy[:, 0] - cx[:m], xy[:, 1] - cy[:m])
        np.minimum(d2[:m], np.maximum(d1[:m], v), out=d2[:m])  # the second smallest so far
        better = v < d1[:m]
        i1[:m][better], d1[:m][better] = p[better], v[better]
    d[part], second[part], nearest[part] = d1, d2, i1
    half = c.half[part]
    cut = np.flatnonzero((np.abs(d1 - r) < half) & (d1 > r - half))
    cand = np.full((len(cut), CANDIDATES), -1, dtype=np.int64)
    cut_dist, reach = dist[:, cut].transpose(), (r + half[cut])[:, None]
    cand[:, :LISTED_MAX] = np.where(cut_dist < reach, lists.p[blk[cut], :LISTED_MAX], -1)
    return part[cut], cand
