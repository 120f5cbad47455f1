"""Zone samples, made once per region and kept (the last ``KEEP_REGIONS`` regions).

Each zone is covered by a square grid whose spacing is chosen per zone (fine for small zones,
coarser for large ones, ``target_samples`` per zone within ``[min_spacing, max_spacing]``).  Each grid cell holds
one sample at a random position inside the cell (stratified sampling, fixed seed), kept when its cell overlaps the
zone.  A sample stands for the area of its cell inside the zone, so zone areas are exact
and covered areas are unbiased estimates whose error shrinks with the spacing (see the accuracy test).
Which cells lie inside, outside or on an outline is decided for all zones at once by :mod:`.cutting` (no polygon
intersection for most cells); ``MAX_SAMPLES`` bounds the samples of a large region (:func:`budget_spacings`).
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
    """Grids and random samples zone by zone (one random stream, in zone order), then every zone's cells cut
    against its outline at once (:func:`layers.coverage.cutting.cut_cells`)."""
    import shapely

    from layers.coverage.cutting import cell_points, cut_cells

    rng = np.random.default_rng(SEED)
    geoms = zones.frame.geometry.values
    areas = np.array([float(g.area) if g is not None and not g.is_empty else 0.0 for g in geoms])
    spacings = budget_spacings(areas, target_samples, min_spacing, max_spacing)
    grids: list[ZoneGrid | None] = []
    drawn: list[tuple[int, np.ndarray, np.ndarray, np.ndarray, np.ndarray]] = []  # zone, ix, iy, px, py
    for k, geom in enumerate(geoms):
        check_cancelled(cancelled)
        progress(0.3 * k / max(len(geoms), 1), "sampling the zones")
        if areas[k] <= 0:
            grids.append(None)
            continue
        grid, ix, iy, px, py = _zone_grid(geom, float(spacings[k]), areas[k], rng)
        grids.append(grid)
        drawn.append((k, ix, iy, px, py))
    progress(0.3, "cutting the cells the zone outlines cross")
    with_grid = [d[0] for d in drawn]
    cut = cut_cells([geoms[k] for k in with_grid], [grids[k] for k in with_grid])  # type: ignore[misc]
    check_cancelled(cancelled)
    xs, ys, zs, ixs, iys, ws, edges = [], [], [], [], [], [], []
    for (z, ix, iy, px, py), cells in zip(drawn, cut, strict=True):
        w = cells.area
        inside = w > 0
        e_idx = cells.cut
        edge = np.zeros(len(w), dtype=bool)
        edge[e_idx] = True
        if len(e_idx):
            # a cut cell's sample must lie in its part of the zone: else it moves to a point of that part
            out = ~shapely.contains_xy(cells.parts, px[e_idx], py[e_idx])
            if out.any():
                g = grids[z]
                assert g is not None  # zones with cells have a grid
                moved = e_idx[out]
                rep = cell_points(cells.parts[out], g.x0 + ix[moved] * g.spacing, g.y0 + iy[moved] * g.spacing,
                                  np.full(len(moved), g.spacing))
                px[moved], py[moved] = rep[:, 0], rep[:, 1]
        n = int(inside.sum())
        if n == 0:
            continue
        xs.append(px[inside])
        ys.append(py[inside])
        zs.append(np.full(n, z, dtype=np.int32))
        ixs.append(ix[inside].astype(np.int32))
        iys.append(iy[inside].astype(np.int32))
        ws.append(w[inside] * (areas[z] / w[inside].sum()))
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


def _zone_grid(geom, spacing: float, area: float,  # type: ignore[no-untyped-def]
               rng: np.random.Generator) -> tuple[ZoneGrid, np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """The zone's grid over its bounds and one random sample in each cell (flat arrays ``iy * nx + ix``).  A zone
    of few cells is tested point by point and sampled four times finer until at least 50 samples fall in it."""
    import shapely

    while True:
        bx0, by0, bx1, by1 = geom.bounds
        nx = max(int(np.ceil((bx1 - bx0) / spacing)), 1)
        ny = max(int(np.ceil((by1 - by0) / spacing)), 1)
        iy, ix = np.divmod(np.arange(nx * ny, dtype=np.int64), nx)
        px = bx0 + (ix + rng.random(ix.size)) * spacing
        py = by0 + (iy + rng.random(iy.size)) * spacing
        if area / (spacing * spacing) >= TINY_CELLS or spacing <= 0.5:
            break
        shapely.prepare(geom)
        if int(shapely.contains_xy(geom, px, py).sum()) >= 50:
            break
        spacing /= 4.0  # a tiny zone: sample it finer
    return ZoneGrid(bx0, by0, spacing, nx, ny), ix, iy, px, py
