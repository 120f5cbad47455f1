"""Per-region cell geometry: what every coverage answer needs about the sample grid, computed once per region.

Each grid sample stands for a cell of its zone's grid.  Here: cell centres and half diagonals (the first result
classifies whole cells from their centres), blocks of ``BLOCK`` x ``BLOCK`` cells (one distance query per block
decides most cells), and for the cells the zone outline cuts, a fixed pattern of sub-samples with whether each
lies inside the zone (so refining such a cell never tests points against the zone outline again).
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from layers.coverage.parallel import in_halves, in_two_threads
from layers.coverage.samples import SUB_Q, CellGeometry, CompactSamples, Q, Samples, ZoneGrid, placed

BLOCK = 4  # cells per block side for the first, coarse distance pass
EDGE_SUBDIVISIONS = 4  # sub-samples per side kept for the cells the zone outline cuts
EDGE_SEED = 20240602


def cell_geometry(samples: Samples, zone_geoms: np.ndarray | None = None) -> CellGeometry:
    """Build the cell geometry of ``samples``; ``zone_geoms`` (the zones' polygons) for the edge sub-samples."""
    s = samples
    x0, y0, spacing = grid_arrays(s.grids)
    on_grid = s.ix >= 0
    edge_cells = np.flatnonzero(s.edge & on_grid) if s.edge is not None else np.empty(0, dtype=np.int64)
    sub = edge_offsets(len(edge_cells) if zone_geoms is not None else 0)
    inside = _edge_inside(s, edge_cells, sub, x0, y0, spacing, zone_geoms)
    again = rederived(s, x0, y0, spacing)
    block, block_x, block_y = _blocks(s, x0, y0, spacing)
    # the farthest a point of the cell is from its block's centre: the distance between the centres plus the
    # cell's half diagonal (at most the block's half diagonal, for a corner cell; half that for a central one)
    block_reach = np.hypot(again["cx"] - block_x[block], again["cy"] - block_y[block]) + again["half"]
    return CellGeometry(x0=x0, y0=y0, spacing=spacing, max_spacing=float(spacing.max()) if len(spacing) else 0.0,
                        block=block, block_x=block_x, block_y=block_y, block_reach=block_reach,
                        block_reach_max=float(block_reach.max()) if len(s) else 0.0,
                        edge_cells=edge_cells, edge_sub=sub, edge_inside=inside, zone_ends=_zone_ends(s), **again)


def grid_arrays(grids: Sequence[ZoneGrid | None]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Per zone its grid's origin (x0, y0) and spacing, 0 for a zone without a grid."""
    x0, y0, spacing = (np.array([getattr(g, name) if g is not None else 0.0 for g in grids], dtype=float)
                       for name in ("x0", "y0", "spacing"))
    return x0, y0, spacing


def expand(c: CompactSamples, sub: np.ndarray | None = None) -> Samples:
    """The grid samples and their cell geometry that ``c`` stands for: the one builder of a region's samples,
    for a cold run (:func:`layers.coverage.sampling.sample_zones`) as for a warm one (the zone cache), so both
    compute with the same values (``sub``: the edge cells' sub-sample offsets, :func:`edge_sub` of ``c.sub_q``,
    where the cold run has made them already)."""
    n_zones, n = len(c.grids), len(c.ix)
    zone = np.repeat(np.arange(n_zones, dtype=np.int32), c.counts)
    x0, y0, spacing = grid_arrays(c.grids)
    x, y, cx, cy, area_w, half, reach, block_reach = (np.empty(n) for _ in range(8))

    def fill(rows: slice) -> None:  # the per-sample values of some samples, in place (two threads share them)
        z = zone[rows]
        g = spacing[z]
        for origin, index, q, at, centre in ((x0[z], c.ix[rows], c.qx[rows], x[rows], cx[rows]),
                                             (y0[z], c.iy[rows], c.qy[rows], y[rows], cy[rows])):
            placed(origin, index, q, g, out=at)
            _centre(origin, index, g, out=centre)
        w = area_w[rows]
        np.multiply(g, g, out=w)
        a, b = np.searchsorted(c.edge_cells, [rows.start, rows.stop])
        area_w[c.edge_cells[a:b]] = c.cut_area[a:b]
        w *= c.factor[z]
        np.multiply(g, np.sqrt(0.5), out=half[rows])
        # a cell's centre lies (ix % BLOCK - 1.5, iy % BLOCK - 1.5) cells from its block's centre: its block
        # reach (that distance plus its half diagonal) from a table of BLOCK x BLOCK, in units of its spacing
        place = c.ix[rows] & (BLOCK - 1)
        place += (c.iy[rows] & (BLOCK - 1)) * BLOCK
        reach_in_block = block_reach[rows]
        np.take(_BLOCK_REACH, place, out=reach_in_block)
        reach_in_block *= g
        np.multiply(g, np.sqrt(2.0), out=reach[rows])  # the reach of a cell from its sample

    in_halves(fill, n)
    edge = np.zeros(n, dtype=bool)
    edge[c.edge_cells] = True
    s = Samples(x=x, y=y, zone=zone, ix=c.ix, iy=c.iy, area_w=area_w, pop_w=np.zeros(n), grids=c.grids,
                n_zones=n_zones, edge=edge)
    s.cells = CellGeometry(x0=x0, y0=y0, spacing=spacing, max_spacing=float(spacing.max()) if n_zones else 0.0,
                           block=c.block, block_x=c.block_x, block_y=c.block_y, block_reach=block_reach,
                           block_reach_max=float(block_reach.max()) if n else 0.0,
                           edge_cells=c.edge_cells, edge_sub=edge_sub(c.sub_q) if sub is None else sub,
                           edge_inside=c.inside, zone_ends=np.cumsum(c.counts), cx=cx, cy=cy, half=half, reach=reach)
    s.compact = c
    return s


_OFF = np.arange(BLOCK) - (BLOCK - 1) / 2
_BLOCK_REACH = (np.hypot(_OFF[None, :], _OFF[:, None]) + np.sqrt(0.5)).reshape(-1)


def _centre(origin: np.ndarray, index: np.ndarray, spacing: np.ndarray, out: np.ndarray | None = None) -> np.ndarray:
    """Cell centres, as :func:`rederived` computes them (the same operations, in place; into ``out`` if given)."""
    if out is None:
        out = index.astype(np.float64)
    else:
        np.copyto(out, index)
    out += 0.5
    out *= spacing
    out += origin
    return out


def edge_sub(sub_q: np.ndarray) -> np.ndarray:
    """(edge cells, m*m, 2) float32 sub-sample offsets in cell units from their uint8 places ``sub_q`` in their
    sub-cells (m x m stratified, as :func:`stratified_offsets`, row-major): ``(column + (q + 0.5) / SUB_Q) / m``,
    which float32 holds exactly (a dozen significant bits), so computed as ``(q + 0.5 + SUB_Q * column)`` times
    a power of two, in float32."""
    out = sub_q.astype(np.float32)
    out += _SUB_BASE
    out *= np.float32(1 / (SUB_Q * EDGE_SUBDIVISIONS))
    return out


_SUB_CELL = np.arange(EDGE_SUBDIVISIONS**2)
_SUB_BASE = np.stack([0.5 + SUB_Q * (_SUB_CELL % EDGE_SUBDIVISIONS), 0.5 + SUB_Q * (_SUB_CELL // EDGE_SUBDIVISIONS)],
                     axis=-1).astype(np.float32)  # (m*m, 2): 0.5 + SUB_Q * each sub-cell's column, row


def zone_blocks(ix: np.ndarray, iy: np.ndarray, nx: np.ndarray, ny: np.ndarray, counts: np.ndarray,
                x0: np.ndarray, y0: np.ndarray, spacing: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Consecutive zones' samples (``counts`` per zone, in zone order) in blocks of BLOCK x BLOCK cells of their
    zone's grid (per zone ``nx``, ``ny``, origin and spacing), numbered as :func:`_blocks` numbers them (in
    order of the zones and of their blocks' keys): each sample's block (from 0) and each block's centre."""
    nbx, nby = -(-nx // BLOCK), -(-ny // BLOCK)
    offset = np.concatenate([[0], np.cumsum(nbx * nby)]).astype(np.int64)
    key = (iy // BLOCK).astype(np.int64)
    key *= np.repeat(nbx, counts)
    key += ix // BLOCK
    key += np.repeat(offset[:-1], counts)
    n_keys = int(offset[-1])
    if n_keys <= 8 * len(key) + 1024:  # a mark per key where they are few
        occupied = np.bincount(key, minlength=n_keys) > 0
        block = (np.cumsum(occupied, dtype=np.int32) - np.int32(1))[key]
        keys = np.flatnonzero(occupied)
    else:  # a zone of a few cells spread over wide bounds: no array as large as its bounds
        keys, at = np.unique(key, return_inverse=True)
        block = at.astype(np.int32)
    kz = np.searchsorted(offset, keys, side="right") - 1
    kby, kbx = np.divmod(keys - offset[kz], np.maximum(nbx[kz], 1))
    g = spacing[kz]
    return block, x0[kz] + (kbx * BLOCK + BLOCK / 2) * g, y0[kz] + (kby * BLOCK + BLOCK / 2) * g


def quantised(value: np.ndarray, low: np.ndarray, spacing: float) -> np.ndarray:
    """The uint16 place (:func:`layers.coverage.samples.placed`) nearest below ``value`` in cells from ``low``."""
    return np.clip(np.floor((value - low) / spacing * Q), 0, Q - 1).astype(np.uint16)


REDERIVED = ("cx", "cy", "half", "reach")  # a few passes of arithmetic: the zone cache keeps none of them


def rederived(s: Samples, x0: np.ndarray, y0: np.ndarray, spacing: np.ndarray) -> dict[str, np.ndarray]:
    """The parts of the cell geometry (:data:`REDERIVED`) that the samples and the grids give again by arithmetic:
    cell centres (the sample itself for population points), half diagonals and the reach of a cell from its
    sample."""
    on_grid = s.ix >= 0
    g = spacing[s.zone]
    return {"cx": np.where(on_grid, x0[s.zone] + (s.ix + 0.5) * g, s.x),
            "cy": np.where(on_grid, y0[s.zone] + (s.iy + 0.5) * g, s.y),
            "half": np.where(on_grid, g * np.sqrt(0.5), 0.0), "reach": np.where(on_grid, g * np.sqrt(2.0), 0.0)}


def edge_offsets(n_edge: int) -> np.ndarray:
    """(n_edge, m*m, 2) float32: the edge cells' sub-sample offsets in cell units (from ``EDGE_SEED``)."""
    m = EDGE_SUBDIVISIONS
    sx, sy = stratified_offsets(np.random.default_rng(EDGE_SEED), n_edge, m)
    return np.stack([sx.reshape(n_edge, m * m), sy.reshape(n_edge, m * m)], axis=-1).astype(np.float32)


def with_points(cells: CellGeometry, samples: Samples, n_points: int) -> CellGeometry:
    """The cell geometry of ``samples`` whose last ``n_points`` are population points appended to the samples of
    ``cells``: what :func:`cell_geometry` derives for them (a point is a cell and a block of its own), without
    deriving the grid samples' again (0.6-1 s for a region)."""
    start = len(samples) - n_points
    px, py = samples.x[start:], samples.y[start:]
    zeros = np.zeros(n_points)
    n_blocks = len(cells.block_x)
    return CellGeometry(x0=cells.x0, y0=cells.y0, spacing=cells.spacing, max_spacing=cells.max_spacing,
                        cx=np.concatenate([cells.cx, px]), cy=np.concatenate([cells.cy, py]),
                        half=np.concatenate([cells.half, zeros]), reach=np.concatenate([cells.reach, zeros]),
                        block=np.concatenate([cells.block, n_blocks + np.arange(n_points, dtype=cells.block.dtype)]),
                        block_x=np.concatenate([cells.block_x, px]), block_y=np.concatenate([cells.block_y, py]),
                        block_reach=np.concatenate([cells.block_reach, zeros]),
                        block_reach_max=cells.block_reach_max,
                        edge_cells=cells.edge_cells, edge_sub=cells.edge_sub, edge_inside=cells.edge_inside,
                        zone_ends=_zone_ends(samples))


def _zone_ends(s: Samples) -> np.ndarray | None:
    in_order = len(s) == 0 or bool(np.all(s.zone[1:] >= s.zone[:-1]))
    return np.searchsorted(s.zone, np.arange(s.n_zones), side="right") if in_order else None


def _blocks(s: Samples, x0: np.ndarray, y0: np.ndarray,
            spacing: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Group grid samples in blocks of BLOCK x BLOCK cells; population points are blocks of their own.
    A sample's distance differs from its block centre's by at most its block's half diagonal."""
    grid = s.ix >= 0
    nbx = np.array([-(-g.nx // BLOCK) if g is not None else 0 for g in s.grids], dtype=np.int64)
    nby = np.array([-(-g.ny // BLOCK) if g is not None else 0 for g in s.grids], dtype=np.int64)
    offset = np.concatenate([[0], np.cumsum(nbx * nby)])
    z = s.zone.astype(np.int64)
    bx, by = s.ix.astype(np.int64) // BLOCK, s.iy.astype(np.int64) // BLOCK
    dense = np.where(grid, offset[z] + by * nbx[z] + bx, 0)
    dense[~grid] = offset[-1] + np.arange(int((~grid).sum()))  # population points: a block each
    n_points = int((~grid).sum())
    n_keys = int(offset[-1]) + n_points
    if n_keys <= 8 * len(dense) + 1024:  # the blocks in order of their keys: a mark per key where they are few
        occupied = np.bincount(dense, minlength=n_keys) > 0
        block = (np.cumsum(occupied) - 1)[dense]
        keys = np.flatnonzero(occupied)
    else:  # a zone of a few cells spread over wide bounds: sorted keys, no array as large as its bounds
        keys, block = np.unique(dense, return_inverse=True)
    # each block's centre from its key (a block per ten samples or so, rather than a value per sample); the
    # population points' keys come last, in their order
    on = keys[:len(keys) - n_points]
    kz = np.searchsorted(offset, on, side="right") - 1
    kby, kbx = np.divmod(on - offset[kz], np.maximum(nbx[kz], 1))
    g = spacing[kz]
    block_x = np.concatenate([x0[kz] + (kbx * BLOCK + BLOCK / 2) * g, s.x[~grid]])
    block_y = np.concatenate([y0[kz] + (kby * BLOCK + BLOCK / 2) * g, s.y[~grid]])
    return block, block_x, block_y


def stratified_offsets(rng: np.random.Generator, n: int, m: int) -> tuple[np.ndarray, np.ndarray]:
    """(n, m, m) x and y offsets in cell units: one point at a random place in each of m x m sub-cells (each
    jittered on its own: less variance than one jitter shared by a row or column of sub-cells)."""
    sx = (np.arange(m)[None, None, :] + rng.random((n, m, m))) / m
    sy = (np.arange(m)[None, :, None] + rng.random((n, m, m))) / m
    return sx, sy


def _edge_inside(s: Samples, cells: np.ndarray, sub: np.ndarray, x0: np.ndarray, y0: np.ndarray,
                 spacing: np.ndarray, zone_geoms: np.ndarray | None) -> np.ndarray:
    """(edge cells, m*m): whether each sub-sample (offsets ``sub``, :func:`edge_offsets`) of each edge cell lies
    inside its zone; none without the zones' polygons."""
    import shapely

    m = EDGE_SUBDIVISIONS
    if zone_geoms is None or not len(cells):
        return np.empty((0, m * m), dtype=bool)
    z = s.zone[cells]
    g = spacing[z][:, None]
    px = x0[z][:, None] + (s.ix[cells][:, None] + sub[..., 0]) * g
    py = y0[z][:, None] + (s.iy[cells][:, None] + sub[..., 1]) * g
    # the samples are in zone order, so each zone's cells are one slice: the zones' tests shared by two threads
    ends = np.flatnonzero(np.diff(z)) + 1
    starts, stops = np.r_[0, ends], np.r_[ends, len(z)]

    def test(spans: list[tuple[int, int]]) -> list[np.ndarray]:
        out = []
        for a, b in spans:
            geom = zone_geoms[z[a]]
            shapely.prepare(geom)
            out.append(shapely.contains_xy(geom, px[a:b], py[a:b]))
        return out

    spans = list(zip(starts.tolist(), stops.tolist(), strict=True))
    if not bool(np.all(np.diff(z) >= 0)):  # not in zone order: one zone at a time over the whole array
        inside = np.zeros(px.shape, dtype=bool)
        for zone in np.unique(z):
            rows = z == zone
            inside[rows] = shapely.contains_xy(zone_geoms[zone], px[rows], py[rows])
        return inside
    half = int(np.searchsorted(np.cumsum(stops - starts), len(z) / 2))
    parts = in_two_threads(test, [spans[:half + 1], spans[half + 1:]])
    return np.concatenate([r for part in parts for r in part]).reshape(px.shape)
