"""The cells of the zone grids against the zone outlines, in bulk: which cells lie wholly inside, which outside,
and the exact part of each cell the outline crosses.

Cutting every cell near an outline with one ``shapely.intersection`` against the whole zone cost most of the zone
preparation (each call pays for the zone's every vertex, and most of those cells were not even crossed).  Here
all zones' grids go down one quadtree together: a node (a square of cells) holds its piece of the zone; a piece
of zero area drops the node's cells, a piece as large as the node keeps them whole (no geometry work for them),
and only the rest splits in four, each child cut from its parent's small piece.  A level's cuts are one
vectorised call for every zone at once, on two threads (GEOS releases the GIL).  At the bottom the pieces are
exactly cell ∩ zone, for the cells the outline crosses only.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from layers.coverage.parallel import chunks, in_two_threads
from layers.coverage.samples import ZoneGrid

MEASURE_SIZE = 4  # nodes of at most this many cells a side: their cells measured from the piece's edges
FULL = 1.0 - 1e-9  # a piece this close to its node's area is the whole node (rounding of the cut)
EMPTY = 1e-9  # a measured cell with less of its area than this inside is outside (rounding of the edge sums)
_CHUNK = 4_096  # pieces per call on a thread: big enough to leave the GIL for long, small enough to share


@dataclass
class ZoneCells:
    """One zone's cells: ``area`` (flat, ``iy * nx + ix``) of each cell inside the zone, 0 outside; ``cut``
    (sorted flat indices) the cells the outline crosses, ``parts`` pieces of the zone that hold their parts (the
    part itself, or the piece of a small square of cells around it: see :func:`cell_point`)."""

    area: np.ndarray
    cut: np.ndarray
    parts: np.ndarray


def cut_cells(geoms: Sequence[Any], grids: Sequence[ZoneGrid]) -> list[ZoneCells]:
    """Each zone's cells against its outline (``geoms[k]`` on ``grids[k]``), see the module's docstring."""
    n = len(geoms)
    nx = np.array([g.nx for g in grids], dtype=np.int64)
    ny = np.array([g.ny for g in grids], dtype=np.int64)
    sp = np.array([g.spacing for g in grids], dtype=float)
    x0 = np.array([g.x0 for g in grids], dtype=float)
    y0 = np.array([g.y0 for g in grids], dtype=float)
    z = np.arange(n, dtype=np.int64)
    ix, iy = np.zeros(n, dtype=np.int64), np.zeros(n, dtype=np.int64)
    size = np.array([1 << int(np.ceil(np.log2(max(int(a), int(b), 1)))) for a, b in zip(nx, ny, strict=True)],
                    dtype=np.int64)
    pieces = np.empty(n, dtype=object)
    pieces[:] = list(geoms)
    full: list[tuple[np.ndarray, ...]] = []  # (zone, ix0, iy0, ix1, iy1) of nodes wholly inside
    leaves: list[tuple[np.ndarray, ...]] = []  # (zone, ix, iy, area, part) of the cut cells
    while len(z):
        import shapely

        ix1, iy1 = np.minimum(ix + size, nx[z]), np.minimum(iy + size, ny[z])
        area = _in_threads(shapely.area, pieces)
        whole = area >= (ix1 - ix) * (iy1 - iy) * sp[z] ** 2 * FULL
        full.append((z[whole], ix[whole], iy[whole], ix1[whole], iy1[whole]))
        leaf = (size == 1) & ~whole & (area > 0)
        leaves.append((z[leaf], ix[leaf], iy[leaf], area[leaf], pieces[leaf]))
        go = (area > 0) & ~whole & (size > 1)
        small = go & (size <= MEASURE_SIZE)  # their cells measured from the piece's edges, not cut out
        if small.any():
            _measured_cells(z[small], ix[small], iy[small], size[small], pieces[small], x0, y0, sp, nx, ny,
                            full, leaves)
        go &= ~small
        z, ix, iy, size, pieces = _children(z[go], ix[go], iy[go], size[go] // 2, pieces[go], nx, ny)
        if len(z):
            pieces = _in_threads(_cut, pieces, x0[z] + ix * sp[z], y0[z] + iy * sp[z],
                                 x0[z] + np.minimum(ix + size, nx[z]) * sp[z],
                                 y0[z] + np.minimum(iy + size, ny[z]) * sp[z])
    return _per_zone(n, nx, ny, sp, full, leaves)


def _cut(pieces: np.ndarray, xmin: np.ndarray, ymin: np.ndarray, xmax: np.ndarray, ymax: np.ndarray) -> np.ndarray:
    """Each piece cut to its rectangle, valid (it is cut again)."""
    import shapely

    return np.asarray(shapely.intersection(pieces, shapely.box(xmin, ymin, xmax, ymax)))


def _measured_cells(z: np.ndarray, ix: np.ndarray, iy: np.ndarray, size: np.ndarray, pieces: np.ndarray,
                    x0: np.ndarray, y0: np.ndarray, sp: np.ndarray, nx: np.ndarray, ny: np.ndarray,
                    full: list, leaves: list) -> None:
    """The cells of small nodes sorted into ``full`` (wholly inside) and ``leaves`` (cut, with the node's piece as
    their part: it holds the cell's part, and a point of the cell lies in one exactly when in the other)."""
    n_nodes = len(z)
    m = int(size.max())
    dx, dy = np.meshgrid(np.arange(m), np.arange(m))
    node = np.repeat(np.arange(n_nodes), m * m)
    cx = ix[node] + np.tile(dx.reshape(-1), n_nodes)
    cy = iy[node] + np.tile(dy.reshape(-1), n_nodes)
    zz = z[node]
    real = (cx < ix[node] + size[node]) & (cy < iy[node] + size[node]) & (cx < nx[zz]) & (cy < ny[zz])
    node, cx, cy, zz = node[real], cx[real], cy[real], zz[real]
    g = sp[zz]
    area = _edge_areas(pieces, node, x0[zz] + cx * g, y0[zz] + cy * g, g)
    whole = area >= g * g * FULL
    full.append((zz[whole], cx[whole], cy[whole], cx[whole] + 1, cy[whole] + 1))
    cut = ~whole & (area > g * g * EMPTY)
    leaves.append((zz[cut], cx[cut], cy[cut], area[cut], pieces[node[cut]]))


def _edge_areas(pieces: np.ndarray, node: np.ndarray, cx0: np.ndarray, cy0: np.ndarray,
                g: np.ndarray) -> np.ndarray:
    """The area of each cell (lower left ``cx0, cy0``, side ``g``) inside its node's piece (``pieces[node]``),
    from the piece's edges alone (Green's theorem): area(P ∩ C) = ∮∂P F dy with F(x, y) = (clamp(x, x0, x1) - x0)
    for y in the cell's rows, else 0, as ∂F/∂x is 1 inside the cell and 0 outside.  A piece lies inside its node,
    so only the edges of its own piece count; each edge gives a closed form.  Exact to rounding, and no
    geometry is built per cell."""
    import shapely

    parts, owner = shapely.get_parts(pieces, return_index=True)
    for _ in range(2):  # a collection may hold multipolygons; lines and points have no area
        multi = shapely.get_type_id(parts) >= 4
        if not multi.any():
            break
        sub, at = shapely.get_parts(parts[multi], return_index=True)
        owner = np.concatenate([owner[~multi], owner[multi][at]])
        parts = np.concatenate([parts[~multi], sub])
    poly = shapely.get_type_id(parts) == 3
    parts, owner = shapely.normalize(parts[poly]), owner[poly]  # normalised: shells clockwise, holes anticlockwise
    rings, ring_part = shapely.get_rings(parts, return_index=True)
    xy, ring = shapely.get_coordinates(rings, return_index=True)
    step = np.flatnonzero(ring[:-1] == ring[1:])
    e_node = owner[ring_part[ring[step]]]
    xa, ya, xb, yb = xy[step, 0], xy[step, 1], xy[step + 1, 0], xy[step + 1, 1]
    # pair every edge with the cells of its node
    order = np.argsort(node, kind="stable")
    starts = np.searchsorted(node[order], np.arange(len(pieces) + 1))
    count = starts[e_node + 1] - starts[e_node]
    e = np.repeat(np.arange(len(step)), count)
    first = np.repeat(starts[e_node], count)
    cell = order[first + np.arange(len(e)) - np.repeat(np.cumsum(count) - count, count)]
    area = np.zeros(len(node))
    if len(e):
        np.add.at(area, cell, _edge_integral(xa[e], ya[e], xb[e], yb[e], cx0[cell], cy0[cell], g[cell]))
    return -area  # clockwise shells give the negative area


def _edge_integral(xa: np.ndarray, ya: np.ndarray, xb: np.ndarray, yb: np.ndarray, x0: np.ndarray, y0: np.ndarray,
                   g: np.ndarray) -> np.ndarray:
    """∫ (clamp(x, x0, x0 + g) - x0) dy along each edge (xa, ya) -> (xb, yb), over the part in rows [y0, y0 + g]."""
    lo, hi = np.maximum(np.minimum(ya, yb), y0), np.minimum(np.maximum(ya, yb), y0 + g)
    length = np.maximum(hi - lo, 0.0)
    dy = yb - ya
    with np.errstate(divide="ignore", invalid="ignore"):
        slope = np.where(dy != 0, (xb - xa) / np.where(dy != 0, dy, 1.0), 0.0)
    x_lo, x_hi = xa + (lo - ya) * slope, xa + (hi - ya) * slope
    inside = _ramp(x_lo - x0, x_hi - x0, length) - _ramp(x_lo - x0 - g, x_hi - x0 - g, length)
    return np.sign(dy) * inside


def _ramp(u0: np.ndarray, u1: np.ndarray, length: np.ndarray) -> np.ndarray:
    """∫ max(u, 0) over a stretch of ``length`` along which u runs linearly from u0 to u1 (stable where u0 ≈ u1)."""
    both = (u0 >= 0) & (u1 >= 0)
    top = np.maximum(np.maximum(u0, u1), 0.0)
    span = np.abs(u1 - u0)
    with np.errstate(divide="ignore", invalid="ignore"):
        crossing = np.where(span > 0, length * top * top / (2 * np.where(span > 0, span, 1.0)), 0.0)
    return np.where(both, length * (u0 + u1) / 2, crossing)


def _children(z: np.ndarray, ix: np.ndarray, iy: np.ndarray, half: np.ndarray, pieces: np.ndarray,
              nx: np.ndarray, ny: np.ndarray) -> tuple[np.ndarray, ...]:
    """The four quarters of each node (``half`` cells a side) that hold cells of the grid, with the parent's piece
    (cut to the quarter by the caller)."""
    parts = []
    for dx in (0, 1):
        for dy in (0, 1):
            cx, cy = ix + dx * half, iy + dy * half
            keep = (cx < nx[z]) & (cy < ny[z])
            parts.append((z[keep], cx[keep], cy[keep], half[keep], pieces[keep]))
    return tuple(np.concatenate([p[i] for p in parts]) for i in range(5))


def _in_threads(fn: Any, *arrays: np.ndarray) -> np.ndarray:
    """``fn(*arrays)`` elementwise, the arrays shared in pieces by two threads."""
    n = len(arrays[0])
    if n < 2 * _CHUNK:
        return np.asarray(fn(*arrays))
    parts = in_two_threads(lambda idx: fn(*(a[idx] for a in arrays)), chunks(np.arange(n), _CHUNK))
    return np.concatenate(parts)


def _per_zone(n: int, nx: np.ndarray, ny: np.ndarray, sp: np.ndarray, full: list[tuple[np.ndarray, ...]],
              leaves: list[tuple[np.ndarray, ...]]) -> list[ZoneCells]:
    """The nodes and leaves sorted back to their zones: whole nodes painted into a cell mask (a 2-D difference
    array and its running sums, rather than a loop over nodes), cut cells with their areas."""
    fz, fx0, fy0, fx1, fy1 = _by_zone([np.concatenate([f[i] for f in full]) for i in range(5)])
    lz, lx, ly, la, lp = _by_zone([np.concatenate([f[i] for f in leaves]) for i in range(5)])
    f_ends = np.searchsorted(fz, np.arange(n + 1))
    l_ends = np.searchsorted(lz, np.arange(n + 1))
    out = []
    for k in range(n):
        w, h = int(nx[k]), int(ny[k])
        diff = np.zeros((h + 1, w + 1), dtype=np.int32)
        mine = slice(f_ends[k], f_ends[k + 1])
        for sx, sy, sign in ((fx0, fy0, 1), (fx1, fy0, -1), (fx0, fy1, -1), (fx1, fy1, 1)):
            np.add.at(diff, (sy[mine], sx[mine]), sign)
        inside = np.cumsum(np.cumsum(diff, axis=0), axis=1)[:h, :w].reshape(-1) > 0
        area = np.where(inside, sp[k] * sp[k], 0.0)
        rows = slice(l_ends[k], l_ends[k + 1])
        flat = ly[rows] * w + lx[rows]
        order = np.argsort(flat, kind="stable")
        flat = flat[order]
        area[flat] = la[rows][order]
        out.append(ZoneCells(area=area, cut=flat, parts=lp[rows][order]))
    return out


def _by_zone(arrays: list[np.ndarray]) -> list[np.ndarray]:
    """The arrays in the order of the first (the zone), so that each zone's rows are one slice."""
    order = np.argsort(arrays[0], kind="stable")
    return [a[order] for a in arrays]


def cell_points(parts: np.ndarray, x0: np.ndarray, y0: np.ndarray, g: np.ndarray) -> np.ndarray:
    """A point in each cut cell's part of the zone (cell lower left ``x0, y0``, side ``g``; ``parts`` as in
    :class:`ZoneCells`): the first of 8 x 8 evenly spread points of the cell that lies in it, or where none does
    (a sliver), a point on the surface of cell ∩ part."""
    import shapely

    m = 8
    offsets = (np.arange(m) + 0.5) / m
    ox, oy = np.meshgrid(offsets, offsets)
    px = x0[:, None] + ox.reshape(1, -1) * g[:, None]
    py = y0[:, None] + oy.reshape(1, -1) * g[:, None]
    out = np.empty((len(parts), 2))
    found = np.zeros(len(parts), dtype=bool)
    for row in range(m):  # row by row, only the cells not found yet: most are found in the first rows
        left = np.flatnonzero(~found)
        if not len(left):
            break
        cols = slice(row * m, (row + 1) * m)
        inside = shapely.contains_xy(np.repeat(parts[left], m), px[left, cols].reshape(-1),
                                     py[left, cols].reshape(-1)).reshape(len(left), m)
        hit = inside.any(axis=1)
        cells, first = left[hit], row * m + np.argmax(inside[hit], axis=1)
        out[cells] = np.c_[px[cells, first], py[cells, first]]
        found[cells] = True
    if not found.all():
        lost = np.flatnonzero(~found)
        pieces = shapely.intersection(parts[lost], shapely.box(x0[lost], y0[lost], x0[lost] + g[lost],
                                                               y0[lost] + g[lost]))
        out[lost] = shapely.get_coordinates(shapely.point_on_surface(pieces))[:, :2]
    return out
