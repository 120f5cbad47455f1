"""Zone samples, made once per region and kept (the last ``KEEP_REGIONS`` regions).

Each zone is covered by a square grid whose spacing is chosen per zone (fine for small zones, coarser for large
ones, ``target_samples`` per zone within ``[min_spacing, max_spacing]``).  Each grid cell that holds part of the
zone gets one sample at a random position inside the cell (stratified sampling; a fixed seed and a random
stream per zone, so two threads can share the zones), moved into the zone where it fell in the cell's outside
part.  A sample stands for the area of its cell inside the zone, so zone areas are exact and covered areas are
unbiased estimates whose error shrinks with the spacing (see the accuracy test).  Each cell's area inside its
zone comes from the outline's edges alone (:mod:`.cutting`: no polygon intersection), and only the cells that
hold part of the zone are drawn; ``MAX_SAMPLES`` bounds the samples of a large region (:func:`budget_spacings`).
The types made here are in :mod:`.samples`; the cells' geometry in :mod:`.cells`.
"""

from __future__ import annotations

import hashlib
import threading
from collections import OrderedDict
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np

from layers.coverage.cells import EDGE_SEED, EDGE_SUBDIVISIONS, edge_sub, expand, quantised, zone_blocks
from layers.coverage.samples import SUB_Q, CompactSamples, Q, Samples, ZoneGrid, placed, spacing_for
from layers.errors import UserError
from layers.i18n import translate
from layers.tasks import CancelledFn, ProgressFn, check_cancelled, never_cancelled, no_progress

if TYPE_CHECKING:
    from layers.coverage.cutting import ZoneCells
    from layers.coverage.zones import Zones

SEED = 20261202  # the stream of the uint16 places (zones-5); 20240601 drew the float64 ones
MAX_SAMPLES = 1_500_000  # all zones together: coarser cells in the large zones beyond it (memory stays bounded)
FEW_POINTS = 4_096  # fewer points than this in a cut cell test go to the polygon (:func:`_inside`)
TINY_CELLS = 200  # a zone of fewer cells than this may get under 50 samples: it is checked (and refined) first

_KEPT: OrderedDict[str, Samples] = OrderedDict()  # the last regions' samples: zone preparation once per region
_KEPT_LOCK = threading.Lock()
KEEP_REGIONS = 2


def sample_zones(
    zones: Zones,
    target_samples: int = 60_000,
    min_spacing: float = 5.0,
    max_spacing: float = 100.0,
    progress: ProgressFn = no_progress,
    cancelled: CancelledFn = never_cancelled,
) -> Samples:
    """The zones' samples; the same zones (same geometry, same settings) are sampled once and then kept (the
    arrays are read-only, as every analysis of that region shares them)."""
    key = _zones_key(zones, target_samples, min_spacing, max_spacing)
    with _KEPT_LOCK:
        kept = _KEPT.get(key)
        if kept is not None:
            _KEPT.move_to_end(key)
    if kept is not None:
        progress(1.0, "zones sampled (kept from the last analysis of this region)")
        return kept
    from layers.coverage.zone_cache import load, store

    samples = load(key)
    if samples is not None:
        progress(1.0, "zones read from the cache of prepared zones")
    else:
        samples = _sample_zones(zones, target_samples, min_spacing, max_spacing, progress, cancelled)
        store(key, samples)
    samples.key = key  # what they were made from: the people spread over them are kept under it too
    _keep(key, samples)
    return samples


def _keep(key: str, samples: Samples) -> None:
    """Keep ``samples`` in memory for the next analysis of the region (read-only: every analysis shares them)."""
    for arr in (samples.x, samples.y, samples.zone, samples.ix, samples.iy, samples.area_w, samples.pop_w,
                samples.edge):
        if arr is not None:
            arr.setflags(write=False)
    with _KEPT_LOCK:
        _KEPT[key] = samples
        while len(_KEPT) > KEEP_REGIONS:
            _KEPT.popitem(last=False)


def _zones_key(zones: Zones, *settings: float) -> str:
    import shapely

    from layers.coverage.cells import BLOCK, EDGE_SEED, EDGE_SUBDIVISIONS
    from layers.coverage.zone_cache import FORMAT

    # everything the samples depend on: the disk cache must never hand one version's samples to another
    everything = (FORMAT, SEED, MAX_SAMPLES, TINY_CELLS, BLOCK, EDGE_SEED, EDGE_SUBDIVISIONS, *settings)
    digest = hashlib.blake2b(repr(everything).encode(), digest_size=16)
    for wkb in shapely.to_wkb(zones.frame.geometry.values):
        digest.update(b"-" if wkb is None else wkb)
    return digest.hexdigest()


def budget_spacings(areas: np.ndarray, target_samples: int, min_spacing: float, max_spacing: float,
                    budget: int | None = None) -> np.ndarray:
    """Each zone's spacing: ``target_samples`` per zone within ``[min_spacing, max_spacing]``, and where all zones
    together would pass ``budget`` samples, a cap on the samples of any one zone (found by bisection) so that they
    fit: the large zones get coarser cells, the small ones keep theirs.  A zone's area stays exact whatever its
    spacing (cut cells are measured); only its sampling noise grows.  For Finland's 309 municipalities this turns
    22 million samples (4.4 GB) into 1.5 million; Uusimaa's 0.84 million are left as they were."""
    budget = MAX_SAMPLES if budget is None else budget
    spacing = np.array([spacing_for(a, target_samples, min_spacing, max_spacing) for a in areas], dtype=float)
    counts = areas / spacing**2
    if float(counts.sum()) <= budget:
        return spacing
    lo, hi = 0.0, float(counts.max())
    for _ in range(60):
        mid = (lo + hi) / 2
        if np.minimum(counts, mid).sum() > budget:
            hi = mid
        else:
            lo = mid
    return np.where(counts > lo, np.sqrt(areas / max(lo, 1.0)), spacing)


def _sample_zones(zones: Zones, target_samples: int, min_spacing: float, max_spacing: float,
                  progress: ProgressFn, cancelled: CancelledFn) -> Samples:
    """Zone by zone (:func:`_zone_samples`), the zones shared by two threads: each zone draws from random
    streams of its own, so the samples do not depend on which thread took it.  Each zone's cell geometry that
    needs its polygon (the edge cells' sub-samples inside it) and its blocks are made in the same threads; the
    rest is arithmetic over all zones at once (:func:`layers.coverage.cells.expand`, as a warm run does it)."""
    from layers.coverage.parallel import in_two_threads

    geoms = zones.frame.geometry.values
    areas = np.array([float(g.area) if g is not None and not g.is_empty else 0.0 for g in geoms])
    spacings = budget_spacings(areas, target_samples, min_spacing, max_spacing)
    todo = [int(k) for k in np.argsort(-areas, kind="stable") if areas[k] > 0]  # large first: the threads even out
    done: list[int] = []
    lock = threading.Lock()

    def share(ks: list[int]) -> list[tuple[int, ZoneGrid, _ZonePart]]:
        out = []
        for k in ks:
            check_cancelled(cancelled)
            grid, part = _zone_samples(geoms[k], float(spacings[k]), float(areas[k]), k)
            out.append((k, grid, part))
            with lock:
                done.append(k)
                progress(0.9 * len(done) / max(len(todo), 1), "sampling the zones")
        return out

    made = {k: (grid, part) for half in in_two_threads(share, [todo[0::2], todo[1::2]]) for k, grid, part in half}
    grids: list[ZoneGrid | None] = [made[k][0] if k in made else None for k in range(len(geoms))]
    parts = [made[k][1] if k in made else _EMPTY for k in range(len(geoms))]
    progress(1.0, "zones sampled")
    counts = np.array([len(p.ix) for p in parts], dtype=np.int64)
    if not counts.sum():
        raise UserError(translate("coverage", "all zones are empty; check the region and the hot spots"))
    starts = np.cumsum(counts) - counts
    n_blocks = np.array([len(p.block_x) for p in parts], dtype=np.int64)
    block_starts = np.cumsum(n_blocks) - n_blocks

    def joined(name: str) -> np.ndarray:
        return np.concatenate([getattr(p, name) for p in parts])

    compact = CompactSamples(
        grids=grids, counts=counts, factor=np.array([p.factor for p in parts]), ix=joined("ix"), iy=joined("iy"),
        qx=joined("qx"), qy=joined("qy"),
        block=np.concatenate([p.block + np.int32(b) for p, b in zip(parts, block_starts, strict=True)]),
        block_x=joined("block_x"), block_y=joined("block_y"),
        edge_cells=np.concatenate([p.cut + a for p, a in zip(parts, starts, strict=True)]),
        cut_area=joined("cut_area"), sub_q=joined("sub_q"), inside=joined("inside"))
    return expand(compact)


@dataclass
class _ZonePart:
    """One zone's part of :class:`layers.coverage.samples.CompactSamples` (``cut``: its edge cells' places
    among its samples)."""

    ix: np.ndarray
    iy: np.ndarray
    qx: np.ndarray
    qy: np.ndarray
    factor: float
    block: np.ndarray
    block_x: np.ndarray
    block_y: np.ndarray
    cut: np.ndarray
    cut_area: np.ndarray
    sub_q: np.ndarray
    inside: np.ndarray


_M2 = EDGE_SUBDIVISIONS * EDGE_SUBDIVISIONS
_I32, _U16, _F = np.zeros(0, dtype=np.int32), np.zeros(0, dtype=np.uint16), np.zeros(0)
_EMPTY = _ZonePart(_I32, _I32, _U16, _U16, 0.0, _I32, _F, _F, np.zeros(0, dtype=np.int64), _F,
                   np.zeros((0, _M2, 2), dtype=np.uint8), np.zeros((0, _M2), dtype=bool))


def _zone_samples(geom, spacing: float, area: float, k: int) -> tuple[ZoneGrid, _ZonePart]:  # type: ignore[no-untyped-def]
    """One zone's grid over its bounds and its samples: each cell's area inside the zone from the outline's
    edges (:func:`layers.coverage.cutting.cut_cells`), one random sample in each cell with area inside (at one
    of Q x Q places: what the zone cache keeps is what is computed with), and a cut cell's sample drawn again
    in its cell where it fell outside the zone; the cut cells' sub-samples tested against the zone here too,
    and the samples' blocks.  A zone of few cells is sampled four times finer until at least 50 cells hold
    part of it."""
    import shapely

    from layers.coverage.cutting import cut_cells

    while True:
        bx0, by0, bx1, by1 = geom.bounds
        nx = max(int(np.ceil((bx1 - bx0) / spacing)), 1)
        ny = max(int(np.ceil((by1 - by0) / spacing)), 1)
        grid = ZoneGrid(bx0, by0, spacing, nx, ny)
        cells = cut_cells([geom], [grid])[0]
        inside = cells.index
        if area / (spacing * spacing) >= TINY_CELLS or spacing <= 0.5 or len(inside) >= 50:
            break
        spacing /= 4.0  # a tiny zone: sample it finer
    if not len(inside):
        return grid, _EMPTY
    rng = np.random.default_rng([SEED, k])  # the zone's own stream
    iy, ix = (a.astype(np.int32) for a in np.divmod(inside, nx))
    qx, qy = rng.integers(0, Q, (2, len(inside)), dtype=np.uint16)
    cut = cells.cut
    sub_q = np.random.default_rng([EDGE_SEED, k]).integers(0, SUB_Q, (len(cut), _M2, 2), dtype=np.uint8)
    in_zone = np.zeros((len(cut), _M2), dtype=bool)
    if len(cut):
        shapely.prepare(geom)
        _redraw(geom, grid, cells, ix[cut], iy[cut], qx, qy, rng)
        sub = edge_sub(sub_q)
        which = np.repeat(np.arange(len(cut)), _M2)
        in_zone = _inside(geom, grid, cells, which, (ix[cut][:, None] + sub[..., 0]).reshape(-1),
                          (iy[cut][:, None] + sub[..., 1]).reshape(-1)).reshape(len(cut), _M2)
    w = cells.area
    block, block_x, block_y = zone_blocks(ix, iy, nx, ny, bx0, by0, spacing)
    return grid, _ZonePart(ix, iy, qx, qy, area / float(w.sum()), block, block_x, block_y, cut, w[cut], sub_q,
                           in_zone)


def _inside(geom, grid: ZoneGrid, cells: ZoneCells, which: np.ndarray, u: np.ndarray,  # type: ignore[no-untyped-def]
            v: np.ndarray) -> np.ndarray:
    """Whether points (``u``, ``v`` in cell units), each in the cut cell ``which``, lie inside the zone: from
    the outline's pieces in their cells (:func:`layers.coverage.cutting.winding_inside`), the zone's polygon
    asked only where the outline touches both side edges of a cell."""
    import shapely

    from layers.coverage.cutting import winding_inside

    if len(u) < FEW_POINTS:  # a few redrawn samples: the prepared polygon answers them with less overhead
        return shapely.contains_xy(geom, grid.x0 + u * grid.spacing, grid.y0 + v * grid.spacing)
    known, inside = winding_inside(cells, which, u, v)
    rest = np.flatnonzero(~known)
    if len(rest):
        inside[rest] = shapely.contains_xy(geom, grid.x0 + u[rest] * grid.spacing, grid.y0 + v[rest] * grid.spacing)
    return inside


def _redraw(geom, grid: ZoneGrid, cells: ZoneCells, ex: np.ndarray, ey: np.ndarray,  # type: ignore[no-untyped-def]
            qx: np.ndarray, qy: np.ndarray, rng: np.random.Generator, tries: int = 8) -> None:
    """Cut cells' samples (``qx[cells.cut]``, ``qy[cells.cut]``; ``ex``, ``ey`` their cells) that lie outside
    the zone ``geom`` drawn again in their cells until they lie in it (at most ``tries`` rounds: then uniform
    over the cell's part, as a sample that fell there first is); a sliver's point from
    :func:`layers.coverage.cutting.cell_points` (its ``near`` point or one on the surface of cell ∩ zone), put
    at the first of the four places around it that lies in the zone."""
    import shapely

    from layers.coverage.cutting import cell_points

    g, cut = grid.spacing, cells.cut

    def at(i: np.ndarray, q: np.ndarray) -> np.ndarray:  # cell units, as :func:`placed` computes them
        return (q + 0.5) / Q + i

    miss = np.flatnonzero(~_inside(geom, grid, cells, np.arange(len(cut)), at(ex, qx[cut]), at(ey, qy[cut])))
    for _ in range(tries):
        if not len(miss):
            return
        cx, cy = rng.integers(0, Q, (2, len(miss)), dtype=np.uint16)
        hit = _inside(geom, grid, cells, miss, at(ex[miss], cx), at(ey[miss], cy))
        qx[cut[miss[hit]]], qy[cut[miss[hit]]] = cx[hit], cy[hit]
        miss = miss[~hit]
    if len(miss):
        lx, ly = grid.x0 + ex[miss] * g, grid.y0 + ey[miss] * g
        pts = cell_points(np.full(len(miss), geom, dtype=object), lx, ly, np.full(len(miss), g), cells.near[miss],
                          rng, tries=0)
        fx, fy = quantised(pts[:, 0], lx, g), quantised(pts[:, 1], ly, g)
        qx[cut[miss]], qy[cut[miss]] = fx, fy
        todo = np.arange(len(miss))
        for dx, dy in ((0, 0), (1, 0), (0, 1), (1, 1)):  # the first of the four places around it in the zone
            if not len(todo):
                break
            tx = np.minimum(fx[todo] + dx, Q - 1).astype(np.uint16)
            ty = np.minimum(fy[todo] + dy, Q - 1).astype(np.uint16)
            ok = shapely.contains_xy(geom, placed(grid.x0, ex[miss[todo]], tx, g),
                                     placed(grid.y0, ey[miss[todo]], ty, g))
            qx[cut[miss[todo[ok]]]], qy[cut[miss[todo[ok]]]] = tx[ok], ty[ok]
            todo = todo[~ok]
