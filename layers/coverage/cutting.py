"""The cells of the zone grids against the zone outlines, in bulk: each cell's exact area inside its zone and the
cells the outline crosses, from the outlines' edges alone, with no polygon intersection at all.

Cutting cells out of the zones (first one ``shapely.intersection`` per cell near an outline, then a quadtree of
GEOS cuts) cost most of a cold zone preparation, although a zone outline has a few hundred vertices.  Here the
area comes from Green's theorem, as a font rasteriser's coverage does: for a cell C in row r,

    area(P ∩ C) = ∮∂P F dy,   F(x, y) = clamp(x, x0, x1) - x0 for y in the row, else 0,

(shells anticlockwise, holes clockwise), as ∂F/∂x is 1 inside the cell and 0 outside.  Each edge of every zone
is split where it crosses a grid line, so that each segment lies in one cell: there it adds ``dy * (x̄ - x0)``
(F is linear along it), to every cell of its row left of it the whole ``dy * g``, and nothing to the cells right
of it.  So a cell the outline passes through gets its own segments' sums plus a running sum over the cells right
of it in its row, and the cells between two such cells are whole (that running sum is one cell) or outside (it
is zero): only the cells that hold part of a zone are ever listed, never its whole bounding box.  The work grows
with the outlines' vertices and the cells they cross, the memory with the cells inside; it is exact to rounding,
in whole numpy passes over all zones at once (:func:`all_cells`: about 0.06 s for Uusimaa's 52 zones and 1.5
million cells), each zone's sums its own (a zone gets the values it would get alone, to the last bit).

The same sums tell which points of a cut cell lie inside (:func:`winding_inside`): the right-hand sum of a cell
is the winding number along its right edge wherever the outline does not touch that edge (and the sum plus the
cell's own is the one along its left edge), so a ray from the point to that edge crosses only the cell's own
pieces.  The sample draws and the edge cells' sub-samples are tested so, with the polygon asked only in the
cells the outline crosses from side to side (a fifth of them for Uusimaa).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any

import numpy as np

from layers.coverage.samples import ZoneGrid

FULL = 1.0 - 1e-9  # a cell with this share of its area inside is whole (rounding of the edge sums)
EMPTY = 1e-9  # a cell with less of its area than this inside is outside


@dataclass
class ZoneCells:
    """One zone's cells that hold part of it: ``index`` their flat indices (``iy * nx + ix``, sorted), ``area``
    the area of each inside the zone; ``cut`` the places in ``index`` of the cells the outline crosses (some but
    not all of their area inside); ``near`` a point of each cut cell a hair inside the zone, off the middle of
    the longest piece of outline in the cell (where :func:`cell_points`' random points all miss a sliver of a
    cell, it still holds this).  Nothing is kept for the cells outside, so the memory grows with the cells
    inside, not with the zone's bounding box."""

    index: np.ndarray
    area: np.ndarray
    cut: np.ndarray
    near: np.ndarray  # (len(cut), 2)
    segments: np.ndarray | None = None  # (5, n): the zone's outline pieces by cell: ua, va, vb, du/dv and the
    # winding step of a ray crossing it (+-1: up or down, times its ring's sign)
    seg_start: np.ndarray | None = None  # per cut cell: its first piece in ``segments`` and how many it has
    seg_count: np.ndarray | None = None
    side: np.ndarray | None = None  # per cut cell: +1 the winding along its right edge is known, -1 its left
    wind: np.ndarray | None = None  # edge's, 0 neither (the outline touches both); ``wind`` that winding


def cut_cells(geoms: Sequence[Any], grids: Sequence[ZoneGrid]) -> list[ZoneCells]:
    """Each zone's cells against its outline (``geoms[k]`` on ``grids[k]``), see the module's docstring."""
    every = all_cells(geoms, grids)
    c = every.cells
    assert c.segments is not None and c.seg_start is not None
    out = []
    for k in range(len(geoms)):
        rows, cuts = slice(every.ends[k], every.ends[k + 1]), slice(every.cut_ends[k], every.cut_ends[k + 1])
        mine = slice(every.seg_ends[k], every.seg_ends[k + 1])
        out.append(replace(c, index=c.index[rows] - every.offset[k], area=c.area[rows], cut=c.cut[cuts] - every.ends[k],
                           near=c.near[cuts], segments=c.segments[:, mine],
                           seg_start=c.seg_start[cuts] - every.seg_ends[k], **{
                               name: getattr(c, name)[cuts] for name in ("seg_count", "side", "wind")}))
    return out


@dataclass
class AllCells:
    """The cells of many zones in one numbering (:func:`all_cells`): ``cells`` as one zone's would be, its
    ``index`` each cell's key (``offset[zone] + iy * nx + ix``) and ``cut`` places among all the cells; ``ix``,
    ``iy`` (int32) each cell's column and row in its zone's grid, ``zone`` its zone; zone ``k``'s cells are
    ``ends[k]:ends[k + 1]``, its cut cells ``cut_ends[k]:cut_ends[k + 1]`` of ``cells.cut``, its outline pieces
    ``seg_ends[k]:seg_ends[k + 1]``."""

    cells: ZoneCells
    ix: np.ndarray
    iy: np.ndarray
    zone: np.ndarray
    ends: np.ndarray
    cut_ends: np.ndarray
    seg_ends: np.ndarray
    offset: np.ndarray


def all_cells(geoms: Sequence[Any], grids: Sequence[ZoneGrid]) -> AllCells:
    """The cells of all zones against their outlines in whole passes (:func:`cut_cells` per zone): each zone's
    values are the ones it gets alone, to the last bit (no sum runs across two zones)."""
    n = len(geoms)
    nx = np.array([g.nx for g in grids], dtype=np.int64)
    ny = np.array([g.ny for g in grids], dtype=np.int64)
    sp = np.array([g.spacing for g in grids], dtype=float)
    x0 = np.array([g.x0 for g in grids], dtype=float)
    y0 = np.array([g.y0 for g in grids], dtype=float)
    offset = np.concatenate([[0], np.cumsum(nx * ny)])  # keys of the cells of all zones, one flat numbering
    got = _cell_shares(_edges(geoms, grids), nx, ny, offset)
    ends = np.searchsorted(got.key, offset)
    per_zone = np.diff(ends)
    zone = np.repeat(np.arange(n), per_zone)
    area = np.repeat(sp * sp, per_zone)  # a whole cell's, the cut cells' share of it
    cut = got.cut
    area[cut] *= got.share
    cz = zone[cut]
    near = np.c_[x0[cz] + got.near_u * sp[cz], y0[cz] + got.near_v * sp[cz]]
    segs, j = got.segs, got.src
    cells = ZoneCells(index=got.key, area=area, cut=cut, near=near, segments=segs.pieces, seg_start=segs.start[j],
                      seg_count=segs.count[j], side=segs.side[j], wind=segs.wind[j])
    return AllCells(cells, got.ix, got.iy, zone, ends, np.searchsorted(cut, ends),
                    np.searchsorted(segs.key, offset), offset)


@dataclass
class _Pieces:
    """The outline's pieces (each in one cell) sorted by cell (``key``), and per cell with pieces where they
    start, how many, and which edge's winding is known (:class:`ZoneCells`)."""

    key: np.ndarray
    pieces: np.ndarray
    start: np.ndarray
    count: np.ndarray
    side: np.ndarray
    wind: np.ndarray


def winding_inside(cells: ZoneCells, which: np.ndarray, u: np.ndarray,
                   v: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Points (``u``, ``v`` in cell units of the zone's grid), each in the cut cell ``which`` (places in
    ``cells.cut``): whether the outline's pieces in its own cell decide its side (``known``: the outline does
    not touch the cell's right edge, or else not its left one), and whether it lies inside the zone.  A ray
    from the point to that edge crosses only the cell's pieces, and along that edge the winding number is the
    one Green's sums gave (``cells.wind``); so no polygon is asked about these points at all."""
    assert cells.side is not None and cells.seg_start is not None and cells.seg_count is not None
    assert cells.segments is not None and cells.wind is not None
    side = cells.side[which]
    known = side != 0
    pts = np.flatnonzero(known)
    n = cells.seg_count[which[pts]]
    pair = np.repeat(pts, n)
    seg = np.repeat(cells.seg_start[which[pts]] - (np.cumsum(n) - n), n) + np.arange(len(pair))
    ua, va, vb, slope, weight = (a[seg] for a in cells.segments)
    toward = _toward(ua, va, vb, slope, u[pair], v[pair], side[pair])
    crossed = np.bincount(pair[toward], weights=weight[toward], minlength=len(u))
    winding = cells.wind[which] + np.where(side > 0, crossed, -crossed)
    return known, known & (winding > 0.5)


def winding_inside_cells(cells: ZoneCells, which: np.ndarray, u: np.ndarray,
                         v: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """:func:`winding_inside` for points that come in rows of a cell each (``u``, ``v``: (cells, points),
    ``which`` the rows' cut cells), such as the edge cells' sub-samples: the same tests, each piece of outline
    against its cell's row of points (no per-point copy of the pieces).  ``known`` per row, ``inside`` per
    point, as :func:`winding_inside` would give them."""
    assert cells.side is not None and cells.seg_start is not None and cells.seg_count is not None
    assert cells.segments is not None and cells.wind is not None
    side = cells.side[which]
    known = side != 0
    inside = np.zeros(u.shape, dtype=bool)
    rows = np.flatnonzero(known)
    n = cells.seg_count[which[rows]]
    first = np.cumsum(n) - n
    seg = np.repeat(cells.seg_start[which[rows]] - first, n) + np.arange(int(n.sum()))
    owner = np.repeat(rows, n)
    ua, va, vb, slope, weight = (x[seg][:, None] for x in cells.segments)
    toward = _toward(ua, va, vb, slope, u[owner], v[owner], side[owner][:, None])
    crossed = np.add.reduceat(np.where(toward, weight, 0.0), first, axis=0) if len(seg) else np.zeros(u[rows].shape)
    crossed[n == 0] = 0.0
    winding = cells.wind[which[rows]][:, None] + np.where(side[rows][:, None] > 0, crossed, -crossed)
    inside[rows] = winding > 0.5
    return known, inside


def _toward(ua: np.ndarray, va: np.ndarray, vb: np.ndarray, slope: np.ndarray, u: np.ndarray, v: np.ndarray,
            side: np.ndarray) -> np.ndarray:
    """Which pieces of outline lie between their point (``u``, ``v``) and its cell's edge of known winding
    (``side``: +1 the right one, -1 the left): the piece straddles the point's height (half open: a vertex at the
    ray's height counts once) and crosses it on that side of the point."""
    straddle = (va <= v) != (vb <= v)
    rel = v - va
    rel *= slope
    rel += ua
    rel -= u  # where the piece crosses the ray, from the point
    rel *= side
    return straddle & (rel > 0)


def _edges(geoms: Sequence[Any], grids: Sequence[ZoneGrid]) -> tuple[np.ndarray, ...]:
    """Every polygon edge of the zones as (zone, ua, va, ub, vb, sign): in cell units of the zone's grid (the
    origin at its lower left corner), ``sign`` +1 where the ring runs as Green's theorem wants it (shells
    anticlockwise, holes clockwise), -1 where it runs the other way."""
    import shapely

    geoms_arr = np.empty(len(geoms), dtype=object)
    geoms_arr[:] = list(geoms)
    parts, owner = shapely.get_parts(geoms_arr, return_index=True)
    for _ in range(3):  # a collection may hold multipolygons; lines and points have no area
        multi = shapely.get_type_id(parts) >= 4
        if not multi.any():
            break
        sub, at = shapely.get_parts(parts[multi], return_index=True)
        owner = np.concatenate([owner[~multi], owner[multi][at]])
        parts = np.concatenate([parts[~multi], sub])
    poly = shapely.get_type_id(parts) == 3
    parts, owner = parts[poly], owner[poly]
    rings, ring_part = shapely.get_rings(parts, return_index=True)  # each polygon's shell first, then its holes
    shell = np.r_[True, ring_part[1:] != ring_part[:-1]] if len(rings) else np.zeros(0, dtype=bool)
    xy, ring = shapely.get_coordinates(rings, return_index=True)
    zone = owner[ring_part[ring]]
    x0 = np.array([g.x0 for g in grids], dtype=float)
    y0 = np.array([g.y0 for g in grids], dtype=float)
    sp = np.array([g.spacing for g in grids], dtype=float)
    u, v = (xy[:, 0] - x0[zone]) / sp[zone], (xy[:, 1] - y0[zone]) / sp[zone]
    step = np.flatnonzero(ring[:-1] == ring[1:])
    ua, va, ub, vb = u[step], v[step], u[step + 1], v[step + 1]
    e_ring = ring[step]
    twice_area = np.bincount(e_ring, weights=ua * vb - ub * va, minlength=len(rings))
    sign = np.where((twice_area > 0) == shell, 1.0, -1.0)[e_ring]
    return zone[step], ua, va, ub, vb, sign


def _split(edges: tuple[np.ndarray, ...], axis: int) -> tuple[np.ndarray, ...]:
    """The edges split where they cross the grid lines of one axis (0: x = integer, 1: y = integer), each piece
    running in the edge's direction; the crossing points take the grid line's exact coordinate."""
    zone, ua, va, ub, vb, sign = edges
    wa, wb = (ua, ub) if axis == 0 else (va, vb)
    lo, hi = np.minimum(wa, wb), np.maximum(wa, wb)
    n_cross = np.maximum(np.ceil(hi) - np.floor(lo) - 1, 0).astype(np.int64)
    pieces = n_cross + 1
    e = np.repeat(np.arange(len(zone)), pieces)
    j = np.arange(len(e)) - np.repeat(np.cumsum(pieces) - pieces, pieces)  # the piece's place along its edge
    up = wb[e] > wa[e]
    first = np.where(up, np.floor(wa[e]) + 1, np.ceil(wa[e]) - 1)  # the first grid line crossed
    step = np.where(up, 1.0, -1.0)
    dw = wb[e] - wa[e]
    with np.errstate(divide="ignore", invalid="ignore"):
        t_start = np.where(j == 0, 0.0, (first + (j - 1) * step - wa[e]) / dw)
        t_end = np.where(j == n_cross[e], 1.0, (first + j * step - wa[e]) / dw)
    dua, dva = ub[e] - ua[e], vb[e] - va[e]
    sa_u, sa_v = ua[e] + t_start * dua, va[e] + t_start * dva
    sb_u, sb_v = ua[e] + t_end * dua, va[e] + t_end * dva
    line_a, line_b = first + (j - 1) * step, first + j * step
    if axis == 0:
        sa_u = np.where(j == 0, ua[e], line_a)
        sb_u = np.where(j == n_cross[e], ub[e], line_b)
    else:
        sa_v = np.where(j == 0, va[e], line_a)
        sb_v = np.where(j == n_cross[e], vb[e], line_b)
    return zone[e], sa_u, sa_v, sb_u, sb_v, sign[e]


def _cell_shares(edges: tuple[np.ndarray, ...], nx: np.ndarray, ny: np.ndarray, offset: np.ndarray) -> _Shares:
    """The cells (keys ``offset[zone] + iy * nx + ix``, sorted) that hold part of their zone, and the cut ones
    among them (:class:`_Shares`).  Sparse: the cells the outline passes through from their segments, and the
    runs of whole cells between two of them in a row from the segments right of the run."""
    zone, ua, va, ub, vb, sign = _split(_split(edges, 1), 0)  # each segment in one cell
    um, vm = (ua + ub) / 2, (va + vb) / 2
    col = np.clip(np.floor(um), 0, nx[zone] - 1).astype(np.int64)
    row = np.clip(np.floor(vm), 0, ny[zone] - 1).astype(np.int64)
    dv = (vb - va) * sign
    row_start = offset[zone] + row * nx[zone]
    cell = row_start + col
    length = np.hypot(ub - ua, vb - va)
    order = np.lexsort((-length, cell))  # by cell, each cell's longest segment first
    cs = cell[order]
    starts = np.flatnonzero(np.r_[True, cs[1:] != cs[:-1]]) if len(cs) else np.zeros(0, dtype=np.int64)
    ucell = cs[starts]
    if not len(ucell):
        empty, none, i32 = np.zeros(0), np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int32)
        return _Shares(none, i32, i32, none, empty, empty, empty, none,
                       _Pieces(none, np.zeros((5, 0)), none, none, none.astype(np.int8), empty))
    partial = np.add.reduceat((dv * np.clip(um - col, 0.0, 1.0))[order], starts)
    d_sum = np.add.reduceat(dv[order], starts)
    urow = row_start[order][starts]
    new_row = np.r_[True, urow[1:] != urow[:-1]]
    csum = np.empty(len(d_sum))
    bounds = np.searchsorted(ucell, offset)
    for a, b in zip(bounds[:-1].tolist(), bounds[1:].tolist(), strict=True):  # each zone's own running sum
        if b > a:
            np.cumsum(d_sum[a:b], out=csum[a:b])
    last = np.r_[np.flatnonzero(new_row)[1:] - 1, len(ucell) - 1]
    right = csum[last][np.cumsum(new_row) - 1] - csum  # the dv of the segments right of each cell in its row
    share_u = partial + right
    # the longest segment of each cell, and off its middle, a hair towards the inside (left of the segment where
    # it runs as Green's theorem wants it), kept in the cell
    f = order[starts]
    hair = 1e-4 * sign[f] / np.maximum(length[f], 1e-300)
    near_u = np.clip(um[f] - (vb[f] - va[f]) * hair, col[f], col[f] + 1)
    near_v = np.clip(vm[f] + (ub[f] - ua[f]) * hair, row[f], row[f] + 1)
    # the run of cells after each cell up to the next one in its row: whole where the segments right of it wind
    # around it (a share of 1), else outside
    gap = np.r_[np.where(new_row[1:], 0, ucell[1:] - ucell[:-1] - 1), 0]
    run = np.where(right >= FULL, gap, 0)
    kept = (share_u > EMPTY).astype(np.int64)
    count = kept + run
    at = np.cumsum(count) - count  # where each cell (if kept) and its run go: the output stays sorted
    # cell i and its run fill places at[i]: at[i] + count[i], their keys (and columns) one after the other
    # from its own (or the next, where the cell itself is not kept)
    shift = (1 - kept) - at
    place = np.arange(int(count.sum()))
    key = place + np.repeat(ucell + shift, count)
    ix = place.astype(np.int32)
    ix += np.repeat((col[f] + shift).astype(np.int32), count)
    iy = np.repeat(row[f].astype(np.int32), count)
    cut = np.flatnonzero((kept > 0) & (share_u < FULL))  # among the cells with pieces
    return _Shares(key, ix, iy, at[cut], share_u[cut], near_u[cut], near_v[cut], cut,
                   _pieces(order, starts, ucell, cs, col, right, d_sum, np.c_[ua, va, ub, vb, sign][order]))


@dataclass
class _Shares:
    """:func:`_cell_shares`' cells: per cell holding part of its zone its key (sorted) and column and row in its
    zone's grid; per cut cell (some but not all of its area inside) its place among those cells, the share of
    its area inside, a point a hair inside the zone (in cell units) and its place among the cells with pieces
    of outline (:class:`_Pieces`)."""

    key: np.ndarray
    ix: np.ndarray
    iy: np.ndarray
    cut: np.ndarray
    share: np.ndarray
    near_u: np.ndarray
    near_v: np.ndarray
    src: np.ndarray
    segs: _Pieces


def _pieces(order: np.ndarray, starts: np.ndarray, ucell: np.ndarray, cs: np.ndarray, col: np.ndarray,
            right: np.ndarray, d_sum: np.ndarray, pieces: np.ndarray) -> _Pieces:
    """Which edge of each cell with pieces of outline has a known winding: the right one (``right``, the pieces
    right of the cell in its row) where no piece touches it, else the left one (``right + d_sum``), else none;
    a piece lying on a vertical grid line touches the edge of the cell left of it too."""
    c = col[order]
    ua, ub = pieces[:, 0], pieces[:, 2]
    t_left = np.logical_or.reduceat((ua == c) | (ub == c), starts)
    t_right = np.logical_or.reduceat((ua == c + 1) | (ub == c + 1), starts)
    on_line = np.flatnonzero((ua == ub) & (ua == c) & (c > 0))
    if len(on_line):
        at = np.minimum(np.searchsorted(ucell, cs[on_line] - 1), len(ucell) - 1)
        t_right[at[ucell[at] == cs[on_line] - 1]] = True
    left = right + d_sum
    r_ok = ~t_right & (np.abs(right - np.round(right)) < 1e-6)
    l_ok = ~t_left & (np.abs(left - np.round(left)) < 1e-6)
    side = np.where(r_ok, 1, np.where(l_ok, -1, 0)).astype(np.int8)
    count = np.diff(np.r_[starts, len(order)])
    ua, va, ub, vb, sg = pieces.T
    with np.errstate(divide="ignore", invalid="ignore"):
        slope = np.where(va != vb, (ub - ua) / (vb - va), 0.0)  # a level piece never straddles a ray
    rows = np.stack([ua, va, vb, slope, np.where(vb > va, sg, -sg)])
    return _Pieces(cs, rows, starts, count, side, np.round(np.where(r_ok, right, left)))


def cell_points(parts: np.ndarray, x0: np.ndarray, y0: np.ndarray, g: np.ndarray, near: np.ndarray | None = None,
                rng: np.random.Generator | None = None, tries: int = 8) -> np.ndarray:
    """A point in each cut cell's part of the zone (cell lower left ``x0, y0``, side ``g``; ``parts`` the zone of
    each cell, prepared for fast predicates): a random point of the cell drawn again until one lies in the zone
    (at most ``tries`` rounds, each testing only the cells not found yet: the point is then uniform over the
    cell's part, as a sample that fell there first is); where none does (a sliver), its ``near`` point
    (:class:`ZoneCells`) where that lies in the zone, else a point on the surface of cell ∩ zone."""
    import shapely

    rng = rng if rng is not None else np.random.default_rng(0)
    out = np.empty((len(parts), 2))
    found = np.zeros(len(parts), dtype=bool)
    for _ in range(tries):
        left = np.flatnonzero(~found)
        if not len(left):
            break
        px = x0[left] + rng.random(len(left)) * g[left]
        py = y0[left] + rng.random(len(left)) * g[left]
        hit = shapely.contains_xy(parts[left], px, py)
        out[left[hit]] = np.c_[px[hit], py[hit]]
        found[left[hit]] = True
    if near is not None and not found.all():
        lost = np.flatnonzero(~found)
        ok = shapely.contains_xy(parts[lost], near[lost, 0], near[lost, 1])
        out[lost[ok]] = near[lost[ok]]
        found[lost[ok]] = True
    if not found.all():
        lost = np.flatnonzero(~found)
        pieces = shapely.intersection(parts[lost], shapely.box(x0[lost], y0[lost], x0[lost] + g[lost],
                                                               y0[lost] + g[lost]))
        out[lost] = shapely.get_coordinates(shapely.point_on_surface(pieces))[:, :2]
    return out
