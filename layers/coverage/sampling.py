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

from layers.coverage.cells import EDGE_SEED, EDGE_SUBDIVISIONS, edge_sub, expand, grid_arrays, quantised, zone_blocks
from layers.coverage.samples import SUB_Q, CompactSamples, Q, Samples, ZoneGrid, placed, spacing_for
from layers.errors import UserError
from layers.i18n import translate
from layers.tasks import CancelledFn, ProgressFn, check_cancelled, never_cancelled, no_progress

if TYPE_CHECKING:
    from collections.abc import Callable

    from layers.coverage.cutting import ZoneCells
    from layers.coverage.zones import Zones

SEED = 20261202  # the stream of the uint16 places (zones-5); 20240601 drew the float64 ones
MAX_SAMPLES = 1_500_000  # all zones together: coarser cells in the large zones beyond it (memory stays bounded)
FEW_POINTS = 4_096  # a zone with fewer points than this in a test asks its polygon (:func:`_inside`)
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
    from layers.coverage.zone_cache import load, store_compact

    samples = load(key)
    if samples is not None:
        progress(1.0, "zones read from the cache of prepared zones")
    else:  # written to the cache while the samples are built from what it keeps
        samples = _sample_zones(zones, target_samples, min_spacing, max_spacing, progress, cancelled,
                                alongside=lambda compact: store_compact(key, compact))
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
                  progress: ProgressFn, cancelled: CancelledFn,
                  alongside: Callable[[CompactSamples], object] | None = None) -> Samples:
    """All zones in whole passes over their cells together (:func:`_some_zones`), the zones in two runs of
    consecutive zones of about as much work each (:func:`_work`), one per thread (numpy's and shapely's passes
    release the GIL; per zone only its random draws and the tiny zones' refinement are left).  Each zone
    draws from random streams of its own, in the order and sizes it would alone, so its samples do not depend
    on the other zones (nor on the thread); the per-sample arithmetic is :func:`layers.coverage.cells.expand`'s,
    as a warm run does it; ``alongside`` is called with the compact samples on another thread meanwhile
    (the zone cache's writing) and has returned when the samples are."""
    from layers.coverage.parallel import in_two_threads

    geoms = np.asarray(zones.frame.geometry.values, dtype=object)
    areas = np.array([float(g.area) if g is not None and not g.is_empty else 0.0 for g in geoms])
    spacings = budget_spacings(areas, target_samples, min_spacing, max_spacing)
    half = _halfway(np.cumsum(_work(geoms, areas, spacings)))
    runs = [r for r in (range(0, half), range(half, len(geoms))) if len(r)]
    shares = [0.0] * len(runs)
    lock = threading.Lock()

    def some(run: int) -> tuple[CompactSamples, np.ndarray]:
        def step(share: float) -> None:  # this thread's share of its zones' work done
            check_cancelled(cancelled)
            with lock:
                shares[run] = share
                progress(0.9 * sum(shares) / len(runs), "sampling the zones")

        return _some_zones(geoms, spacings, areas, runs[run], step)

    parts = in_two_threads(some, list(range(len(runs))))
    progress(1.0, "zones sampled")
    if not parts or not sum(len(c.ix) for c, _ in parts):
        raise UserError(translate("coverage", "all zones are empty; check the region and the hot spots"))
    compact, sub = _joined(parts)
    if alongside is None:
        return expand(compact, sub)
    from concurrent.futures import ThreadPoolExecutor

    with ThreadPoolExecutor(max_workers=1) as pool:
        done = pool.submit(alongside, compact)
        samples = expand(compact, sub)
        done.result()
    return samples


def _work(geoms: np.ndarray, areas: np.ndarray, spacings: np.ndarray) -> np.ndarray:
    """About how long each zone takes to sample: its cells, and its outline's cells (about its length over the
    spacing) ``CUT_WORK`` times as much (each is tested again and again, with its sub-samples)."""
    import shapely

    lengths = np.nan_to_num(shapely.length(geoms).astype(float)) * (areas > 0)
    return areas / spacings**2 + CUT_WORK * lengths / spacings


def _halfway(work: np.ndarray) -> int:
    """Where to split zones of cumulative ``work`` in two runs of about as much each (the zone whose work
    passes half goes to the side it leaves nearer half)."""
    if not len(work):
        return 0
    past = int(np.searchsorted(work, work[-1] / 2))  # the zone whose work passes half
    before = work[past - 1] if past else 0.0
    return past + 1 if work[past] - work[-1] / 2 < work[-1] / 2 - before else past


CUT_WORK = 25  # a cut cell's time over a whole cell's (Uusimaa: ~4 us against ~0.15 us)


def _joined(parts: list[tuple[CompactSamples, np.ndarray]]) -> tuple[CompactSamples, np.ndarray]:
    """Runs of consecutive zones' samples and edge cells' sub-sample offsets as one region's (their blocks and
    edge cells renumbered), the arrays joined on two threads."""
    from layers.coverage.parallel import in_two_threads

    if len(parts) == 1:
        return parts[0]
    compacts = [c for c, _ in parts]
    renumbered = {"block": [len(c.block_x) for c in compacts], "edge_cells": [len(c.ix) for c in compacts]}

    def joined(names: tuple[str, ...]) -> list[tuple[str, np.ndarray]]:
        out = []
        for name in names:
            pieces = [sub for _, sub in parts] if name == "sub" else [getattr(c, name) for c in compacts]
            whole = np.concatenate(pieces)
            if name in renumbered:  # each run's numbers after those of the runs before it
                ends = np.cumsum([len(piece) for piece in pieces])
                for a, b, by in zip(ends[:-1], ends[1:], np.cumsum(renumbered[name])[:-1], strict=True):
                    whole[a:b] += int(by)
            out.append((name, whole))
        return out

    halves = (("ix", "iy", "block", "counts", "factor"),
              ("qx", "qy", "block_x", "block_y", "edge_cells", "cut_area", "sub_q", "inside", "sub"))
    got = dict(pair for half in in_two_threads(joined, list(halves)) for pair in half)
    sub = got.pop("sub")
    return CompactSamples(grids=[g for c in compacts for g in c.grids], **got), sub


_M2 = EDGE_SUBDIVISIONS * EDGE_SUBDIVISIONS


def _some_zones(geoms: np.ndarray, spacings: np.ndarray, areas: np.ndarray, ks: range,
                step: Callable[[float], None]) -> tuple[CompactSamples, np.ndarray]:
    """The samples of the zones ``ks`` (consecutive) and their edge cells' sub-sample offsets: each zone's grid
    over its bounds, each cell's area inside the zone from the outline's edges
    (:func:`layers.coverage.cutting.all_cells`), one random sample in each cell with area inside (at one of
    Q x Q places: what the zone cache keeps is what is computed with), a cut cell's sample drawn again in its
    cell where it fell outside the zone (:func:`_redraw`), the cut cells' sub-samples tested against the zone
    and the samples' blocks; all zones in each pass.  A zone of few cells is sampled four times finer until at
    least 50 cells hold part of it (:func:`_final_grids`).  ``step`` is called between the passes."""
    import shapely

    from layers.coverage.cutting import all_cells

    grids = _final_grids(geoms, spacings, areas, ks)
    live = np.array([k for k in ks if grids[k - ks.start] is not None], dtype=np.int64)
    if not len(live):
        return _no_samples(grids), np.zeros((0, _M2, 2), dtype=np.float32)
    step(0.2)
    live_grids = [g for g in grids if g is not None]
    every = all_cells(list(geoms[live]), live_grids)
    c, z, ends = every.cells, every.zone, every.ends
    per_zone = np.diff(ends)
    nx, ny = (np.array([getattr(g, name) for g in live_grids], dtype=np.int64) for name in ("nx", "ny"))
    zg = _ZoneGrids(geoms[live], *grid_arrays(live_grids))
    ix, iy = every.ix, every.iy
    q = np.empty((2, len(z)), dtype=np.uint16)
    sub_q = np.empty((len(c.cut), _M2, 2), dtype=np.uint8)
    rngs = []
    for i, k in enumerate(live.tolist()):  # each zone's own streams, drawn as it would draw them alone
        rng = np.random.default_rng([SEED, k])
        q[:, ends[i]:ends[i + 1]] = rng.integers(0, Q, (2, int(per_zone[i])), dtype=np.uint16)
        cuts = slice(every.cut_ends[i], every.cut_ends[i + 1])
        sub_q[cuts] = np.random.default_rng([EDGE_SEED, k]).integers(0, SUB_Q, (cuts.stop - cuts.start, _M2, 2),
                                                                     dtype=np.uint8)
        rngs.append(rng)
    qx, qy = q
    cut, cz = c.cut, z[c.cut]
    ex, ey = ix[cut], iy[cut]
    step(0.4)
    shapely.prepare(zg.geoms[np.unique(cz)])
    _redraw(zg, c, cz, ex, ey, qx, qy, rngs)
    step(0.6)
    sub = edge_sub(sub_q)
    in_zone = _sub_inside(zg, c, cz, ex, ey, sub)
    step(0.8)
    block, block_x, block_y = zone_blocks(ix, iy, nx, ny, per_zone, zg.x0, zg.y0, zg.spacing)
    counts = np.zeros(len(ks), dtype=np.int64)
    counts[live - ks.start] = per_zone
    factor = np.zeros(len(ks))
    for i, k in enumerate(live.tolist()):
        if per_zone[i]:
            factor[k - ks.start] = float(areas[k]) / float(c.area[ends[i]:ends[i + 1]].sum())
    step(1.0)
    return CompactSamples(grids=grids, counts=counts, factor=factor, ix=ix, iy=iy, qx=qx, qy=qy, block=block,
                          block_x=block_x, block_y=block_y, edge_cells=cut, cut_area=c.area[cut], sub_q=sub_q,
                          inside=in_zone.reshape(len(cut), _M2)), sub


def _no_samples(grids: list[ZoneGrid | None]) -> CompactSamples:
    """The samples of zones none of which holds any."""
    i32, u16, f = np.zeros(0, dtype=np.int32), np.zeros(0, dtype=np.uint16), np.zeros(0)
    return CompactSamples(grids=grids, counts=np.zeros(len(grids), dtype=np.int64), factor=np.zeros(len(grids)),
                          ix=i32, iy=i32, qx=u16, qy=u16, block=i32, block_x=f, block_y=f,
                          edge_cells=np.zeros(0, dtype=np.int64), cut_area=f,
                          sub_q=np.zeros((0, _M2, 2), dtype=np.uint8), inside=np.zeros((0, _M2), dtype=bool))


def _final_grids(geoms: np.ndarray, spacings: np.ndarray, areas: np.ndarray, ks: range) -> list[ZoneGrid | None]:
    """Each zone's grid over its bounds (None for an empty zone): at its spacing, or for a zone of fewer than
    ``TINY_CELLS`` cells at a quarter of it, again and again, until at least 50 cells hold part of it (or the
    spacing is half a metre); the tiny zones cut together in each round."""
    import shapely

    from layers.coverage.cutting import cut_cells

    bounds = shapely.bounds(geoms[ks.start:ks.stop]).tolist()

    def grid(k: int, spacing: float) -> ZoneGrid:
        bx0, by0, bx1, by1 = bounds[k - ks.start]
        return ZoneGrid(bx0, by0, spacing, max(int(np.ceil((bx1 - bx0) / spacing)), 1),
                        max(int(np.ceil((by1 - by0) / spacing)), 1))

    def few(k: int, spacing: float) -> bool:
        return not (float(areas[k]) / (spacing * spacing) >= TINY_CELLS or spacing <= 0.5)

    out: list[ZoneGrid | None] = [None] * len(ks)
    tiny = []
    for k in ks:
        if areas[k] > 0:
            spacing = float(spacings[k])
            out[k - ks.start] = grid(k, spacing)
            if few(k, spacing):
                tiny.append((k, spacing))
    while tiny:
        cells = cut_cells(list(geoms[[k for k, _ in tiny]]), [grid(k, spacing) for k, spacing in tiny])
        finer = [(k, spacing / 4.0) for (k, spacing), got in zip(tiny, cells, strict=True) if len(got.index) < 50]
        for k, spacing in finer:
            out[k - ks.start] = grid(k, spacing)
        tiny = [(k, spacing) for k, spacing in finer if few(k, spacing)]
    return out


@dataclass
class _ZoneGrids:
    """Some zones' polygons and grids (origin, spacing), indexed as :attr:`layers.coverage.cutting.AllCells.zone`."""

    geoms: np.ndarray
    x0: np.ndarray
    y0: np.ndarray
    spacing: np.ndarray

    def contains(self, z: np.ndarray, u: np.ndarray, v: np.ndarray) -> np.ndarray:
        """Whether the points (``u``, ``v``: cell units of the grids of their zones ``z``) lie in their zones."""
        import shapely

        return shapely.contains_xy(self.geoms[z], self.x0[z] + u * self.spacing[z], self.y0[z] + v * self.spacing[z])


def _inside(zg: _ZoneGrids, cells: ZoneCells, z: np.ndarray, which: np.ndarray, u: np.ndarray,
            v: np.ndarray) -> np.ndarray:
    """Whether points (``u``, ``v`` in cell units), each in the cut cell ``which`` of zone ``z``, lie inside
    their zones: from the outline's pieces in their cells (:func:`layers.coverage.cutting.winding_inside`), the
    zone's polygon asked only where the outline touches both side edges of a cell, and for all of a zone's
    points where it has fewer than ``FEW_POINTS`` of them (the prepared polygon answers them with less
    overhead)."""
    from layers.coverage.cutting import winding_inside

    def polygon(at: np.ndarray) -> np.ndarray:
        return zg.contains(z[at], u[at], v[at])

    few = np.bincount(z, minlength=len(zg.geoms))[z] < FEW_POINTS
    inside = np.empty(len(u), dtype=bool)
    asked = np.flatnonzero(few)
    if len(asked):
        inside[asked] = polygon(asked)
    wound = np.flatnonzero(~few)
    if len(wound):
        known, by_winding = winding_inside(cells, which[wound], u[wound], v[wound])
        rest = np.flatnonzero(~known)
        if len(rest):
            by_winding[rest] = polygon(wound[rest])
        inside[wound] = by_winding
    return inside


def _sub_inside(zg: _ZoneGrids, cells: ZoneCells, cz: np.ndarray, ex: np.ndarray, ey: np.ndarray,
                sub: np.ndarray) -> np.ndarray:
    """:func:`_inside` for the cut cells' sub-samples (cells ``ex``, ``ey`` of zones ``cz``; ``sub`` their
    offsets, (cut cells, m*m, 2)), as it answers them: the polygon asked for all of a zone with fewer than
    ``FEW_POINTS`` of them and where the outline touches both side edges of a cell, else the outline's pieces
    in the cell (:func:`layers.coverage.cutting.winding_inside_cells`)."""
    from layers.coverage.cutting import winding_inside_cells

    def cell_units(rows: np.ndarray) -> tuple[np.ndarray, np.ndarray]:  # the rows' points, as (rows, m*m)
        return ex[rows][:, None] + sub[rows, :, 0], ey[rows][:, None] + sub[rows, :, 1]

    m = sub.shape[1]
    few = np.bincount(cz, minlength=len(zg.geoms))[cz] * m < FEW_POINTS
    wound = np.flatnonzero(~few)
    inside = np.empty(sub.shape[:2], dtype=bool)
    known, by_winding = winding_inside_cells(cells, wound, *cell_units(wound))
    inside[wound] = by_winding
    asked = np.r_[np.flatnonzero(few), wound[~known]]
    if len(asked):
        u, v = (a.reshape(-1) for a in cell_units(asked))
        inside[asked] = zg.contains(np.repeat(cz[asked], m), u, v).reshape(-1, m)
    return inside


def _redraw(zg: _ZoneGrids, cells: ZoneCells, cz: np.ndarray, ex: np.ndarray, ey: np.ndarray, qx: np.ndarray,
            qy: np.ndarray, rngs: list[np.random.Generator], tries: int = 8) -> None:
    """Cut cells' samples (``qx[cells.cut]``, ``qy[cells.cut]``; ``cz`` their zones, ``ex``, ``ey`` their
    cells) that lie outside their zones drawn again in their cells until they lie in them (at most ``tries``
    rounds, each zone's draws from its stream ``rngs[zone]``: then uniform over the cell's part, as a sample
    that fell there first is); a sliver's point from :func:`layers.coverage.cutting.cell_points` (its ``near``
    point or one on the surface of cell ∩ zone), put at the first of the four places around it that lies in
    the zone."""
    import shapely

    from layers.coverage.cutting import cell_points

    cut = cells.cut

    def at(i: np.ndarray, q: np.ndarray) -> np.ndarray:  # cell units, as :func:`placed` computes them
        return (q + 0.5) / Q + i

    miss = np.flatnonzero(~_inside(zg, cells, cz, np.arange(len(cut)), at(ex, qx[cut]), at(ey, qy[cut])))
    for _ in range(tries):
        if not len(miss):
            return
        mz = cz[miss]
        cx, cy = np.empty((2, len(miss)), dtype=np.uint16)
        firsts = np.flatnonzero(np.r_[True, mz[1:] != mz[:-1]])
        for a, b in zip(firsts.tolist(), np.r_[firsts[1:], len(mz)].tolist(), strict=True):
            cx[a:b], cy[a:b] = rngs[int(mz[a])].integers(0, Q, (2, b - a), dtype=np.uint16)
        hit = _inside(zg, cells, mz, miss, at(ex[miss], cx), at(ey[miss], cy))
        qx[cut[miss[hit]]], qy[cut[miss[hit]]] = cx[hit], cy[hit]
        miss = miss[~hit]
    if len(miss):
        mz = cz[miss]
        g, x0, y0 = zg.spacing[mz], zg.x0[mz], zg.y0[mz]
        lx, ly = x0 + ex[miss] * g, y0 + ey[miss] * g
        pts = cell_points(zg.geoms[mz], lx, ly, g, cells.near[miss], tries=0)
        fx, fy = quantised(pts[:, 0], lx, g), quantised(pts[:, 1], ly, g)
        qx[cut[miss]], qy[cut[miss]] = fx, fy
        todo = np.arange(len(miss))
        for dx, dy in ((0, 0), (1, 0), (0, 1), (1, 1)):  # the first of the four places around it in the zone
            if not len(todo):
                break
            tx = np.minimum(fx[todo] + dx, Q - 1).astype(np.uint16)
            ty = np.minimum(fy[todo] + dy, Q - 1).astype(np.uint16)
            ok = shapely.contains_xy(zg.geoms[mz[todo]], placed(x0[todo], ex[miss[todo]], tx, g[todo]),
                                     placed(y0[todo], ey[miss[todo]], ty, g[todo]))
            qx[cut[miss[todo[ok]]]], qy[cut[miss[todo[ok]]]] = tx[ok], ty[ok]
            todo = todo[~ok]
