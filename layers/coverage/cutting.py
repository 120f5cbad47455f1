"""The cells of the zone grids against the zone outlines, in bulk: each cell's exact area inside its zone and the
cells the outline crosses, from the outlines' edges alone, with no polygon intersection at all.

Cutting cells out of the zones (first one ``shapely.intersection`` per cell near an outline, then a quadtree of
GEOS cuts) cost most of a cold zone preparation, although a zone outline has a few hundred vertices.  Here the
area comes from Green's theorem, as a font rasteriser's coverage does: for a cell C in row r,

    area(P ∩ C) = ∮∂P F dy,   F(x, y) = clamp(x, x0, x1) - x0 for y in the row, else 0,

(shells anticlockwise, holes clockwise), as ∂F/∂x is 1 inside the cell and 0 outside.  Each edge of every zone
is split where it crosses a grid line, so that each segment lies in one cell: there it adds ``dy * (x̄ - x0)``
(F is linear along it), to every cell of its row left of it the whole ``dy * g``, and nothing to the cells right
of it.  The first is one sum per cell, the second a difference array and its running sum over all zones' cells
at once.  The work grows with the outlines' vertices and the cells they cross, not with the cells inside; it is
exact to rounding, in whole numpy passes (a few dozen milliseconds for Uusimaa's 52 zones).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from layers.coverage.samples import ZoneGrid

FULL = 1.0 - 1e-9  # a cell with this share of its area inside is whole (rounding of the edge sums)
EMPTY = 1e-9  # a cell with less of its area than this inside is outside


@dataclass
class ZoneCells:
    """One zone's cells: ``area`` (flat, ``iy * nx + ix``) of each cell inside the zone, 0 outside; ``cut``
    (sorted flat indices) the cells the outline crosses (some but not all of their area inside); ``near`` a
    point of each cut cell a hair inside the zone, off the middle of the longest piece of outline in the cell
    (where :func:`cell_points`' random points all miss a sliver of a cell, it still holds this)."""

    area: np.ndarray
    cut: np.ndarray
    near: np.ndarray  # (len(cut), 2): for each cut cell, a point of its part next to the outline (a sliver's)


def cut_cells(geoms: Sequence[Any], grids: Sequence[ZoneGrid]) -> list[ZoneCells]:
    """Each zone's cells against its outline (``geoms[k]`` on ``grids[k]``), see the module's docstring."""
    n = len(geoms)
    nx = np.array([g.nx for g in grids], dtype=np.int64)
    ny = np.array([g.ny for g in grids], dtype=np.int64)
    sp = np.array([g.spacing for g in grids], dtype=float)
    offset = np.concatenate([[0], np.cumsum(nx * ny)])
    x0 = np.array([g.x0 for g in grids], dtype=float)
    y0 = np.array([g.y0 for g in grids], dtype=float)
    frac, with_edge, near_u, near_v = _cell_shares(_edges(geoms, grids), nx, ny, offset)
    out = []
    for k in range(n):
        f = frac[offset[k]:offset[k + 1]]
        whole = f >= FULL
        cut = np.flatnonzero(~whole & (f > EMPTY))
        area = np.where(whole, sp[k] * sp[k], 0.0)
        area[cut] = f[cut] * (sp[k] * sp[k])
        at = np.minimum(np.searchsorted(with_edge, offset[k] + cut), max(len(with_edge) - 1, 0))
        near = np.c_[x0[k] + near_u[at] * sp[k], y0[k] + near_v[at] * sp[k]] if len(cut) else np.empty((0, 2))
        out.append(ZoneCells(area=area, cut=cut, near=near))
    return out


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


def _cell_shares(edges: tuple[np.ndarray, ...], nx: np.ndarray,
                 ny: np.ndarray, offset: np.ndarray) -> tuple[np.ndarray, ...]:
    """The share of each cell (flat over all zones: ``offset[zone] + iy * nx + ix``) inside its zone; the cells
    the outline passes through (sorted) and a point of each a hair inside the zone (in cell units)."""
    zone, ua, va, ub, vb, sign = _split(_split(edges, 1), 0)  # each segment in one cell
    um, vm = (ua + ub) / 2, (va + vb) / 2
    col = np.clip(np.floor(um), 0, nx[zone] - 1).astype(np.int64)
    row = np.clip(np.floor(vm), 0, ny[zone] - 1).astype(np.int64)
    dv = (vb - va) * sign
    row_start = offset[zone] + row * nx[zone]
    cell = row_start + col
    total = int(offset[-1])
    # the cells left of a segment in its row get its whole dv: +dv from the row's start, -dv from its own cell on
    diff = np.bincount(row_start, weights=dv, minlength=total + 1) - np.bincount(cell, weights=dv,
                                                                                minlength=total + 1)
    share = np.cumsum(diff[:total])
    share += np.bincount(cell, weights=dv * np.clip(um - col, 0.0, 1.0), minlength=total)
    # the longest segment of each cell, and off its middle, a hair towards the inside (left of the segment where
    # it runs as Green's theorem wants it), kept in the cell
    du, dvv = ub - ua, vb - va
    length = np.hypot(du, dvv)
    order = np.lexsort((-length, cell))
    first = order[np.r_[True, cell[order][1:] != cell[order][:-1]]] if len(order) else order
    hair = 1e-4 * sign[first] / np.maximum(length[first], 1e-300)
    near_u = np.clip(um[first] - dvv[first] * hair, col[first], col[first] + 1)
    near_v = np.clip(vm[first] + du[first] * hair, row[first], row[first] + 1)
    return share, cell[first], near_u, near_v


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
