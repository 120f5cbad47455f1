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
from typing import TYPE_CHECKING

import numpy as np

from layers.coverage.cells import cell_geometry
from layers.coverage.samples import Samples, ZoneGrid, spacing_for
from layers.errors import UserError
from layers.i18n import translate
from layers.tasks import CancelledFn, ProgressFn, check_cancelled, never_cancelled, no_progress

if TYPE_CHECKING:
    from layers.coverage.zones import Zones

SEED = 20240601
MAX_SAMPLES = 1_500_000  # all zones together: coarser cells in the large zones beyond it (memory stays bounded)
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
    """Zone by zone (:func:`_zone_samples`), the zones shared by two threads: each zone draws from a random
    stream of its own, so the samples do not depend on which thread took it."""
    from layers.coverage.parallel import in_two_threads

    geoms = zones.frame.geometry.values
    areas = np.array([float(g.area) if g is not None and not g.is_empty else 0.0 for g in geoms])
    spacings = budget_spacings(areas, target_samples, min_spacing, max_spacing)
    todo = [int(k) for k in np.argsort(-areas, kind="stable") if areas[k] > 0]  # large first: the threads even out
    done: list[int] = []
    lock = threading.Lock()

    def share(ks: list[int]) -> list[tuple[int, ZoneGrid, tuple[np.ndarray, ...]]]:
        out = []
        for k in ks:
            check_cancelled(cancelled)
            grid, arrays = _zone_samples(geoms[k], float(spacings[k]), float(areas[k]), k)
            out.append((k, grid, arrays))
            with lock:
                done.append(k)
                progress(0.9 * len(done) / max(len(todo), 1), "sampling the zones")
        return out

    made = {k: (grid, arrays) for part in in_two_threads(share, [todo[0::2], todo[1::2]]) for k, grid, arrays in part}
    grids: list[ZoneGrid | None] = [made[k][0] if k in made else None for k in range(len(geoms))]
    kept = [(k, made[k][1]) for k in range(len(geoms)) if k in made and len(made[k][1][0])]
    progress(1.0, "zones sampled")
    if not kept:
        raise UserError(translate("coverage", "all zones are empty; check the region and the hot spots"))
    x, y, ix, iy, w, edge = (np.concatenate([a[i] for _, a in kept]) for i in range(6))
    zone = np.concatenate([np.full(len(a[0]), k, dtype=np.int32) for k, a in kept])
    samples = Samples(x=x, y=y, zone=zone, ix=ix, iy=iy, area_w=w, pop_w=np.zeros(len(x)), grids=grids,
                      n_zones=len(geoms), edge=edge)
    samples.cells = cell_geometry(samples, geoms)
    return samples


def _zone_samples(geom, spacing: float, area: float,  # type: ignore[no-untyped-def]
                  k: int) -> tuple[ZoneGrid, tuple[np.ndarray, ...]]:
    """One zone's grid over its bounds and its samples (x, y, ix, iy, area weight, cut): each cell's area inside
    the zone from the outline's edges (:func:`layers.coverage.cutting.cut_cells`), one random sample in each
    cell with area inside, and a cut cell's sample moved into its part of the zone where it fell outside it.  A
    zone of few cells is sampled four times finer until at least 50 cells hold part of it."""
    import shapely

    from layers.coverage.cutting import cell_points, cut_cells

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
    rng = np.random.default_rng([SEED, k])  # the zone's own stream
    iy, ix = np.divmod(inside, nx)
    px = bx0 + (ix + rng.random(len(inside))) * spacing
    py = by0 + (iy + rng.random(len(inside))) * spacing
    edge = np.zeros(len(inside), dtype=bool)
    edge[cells.cut] = True
    if len(cells.cut):
        # a cut cell's sample must lie in its part of the zone: else it is drawn again in the cell until it does
        shapely.prepare(geom)
        at = np.flatnonzero(edge)
        miss = ~shapely.contains_xy(geom, px[at], py[at])
        out = at[miss]
        if len(out):
            rep = cell_points(np.full(len(out), geom, dtype=object), bx0 + ix[out] * spacing,
                              by0 + iy[out] * spacing, np.full(len(out), spacing), cells.near[miss], rng)
            px[out], py[out] = rep[:, 0], rep[:, 1]
    w = cells.area
    return grid, (px, py, ix.astype(np.int32), iy.astype(np.int32), w * (area / w.sum()), edge)
