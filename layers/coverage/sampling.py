"""Zone samples, made once per region and kept (the last ``KEEP_REGIONS`` regions).

Each zone is covered by a square grid whose spacing is chosen per zone (fine for small zones,
coarser for large ones, ``target_samples`` per zone within ``[min_spacing, max_spacing]``).  Each grid cell holds
one sample at a random position inside the cell (stratified sampling, fixed seed), kept when its cell overlaps the
zone.  A sample stands for the area of its cell inside the zone, so zone areas are exact
and covered areas are unbiased estimates whose error shrinks with the spacing (see the accuracy test).
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
    samples = _sample_zones(zones, target_samples, min_spacing, max_spacing, progress, cancelled)
    for arr in (samples.x, samples.y, samples.zone, samples.ix, samples.iy, samples.area_w, samples.pop_w,
                samples.edge):
        if arr is not None:
            arr.setflags(write=False)
    with _KEPT_LOCK:
        _KEPT[key] = samples
        while len(_KEPT) > KEEP_REGIONS:
            _KEPT.popitem(last=False)
    return samples


def _zones_key(zones: Zones, *settings: float) -> str:
    import shapely

    digest = hashlib.blake2b(repr(settings).encode(), digest_size=16)
    for wkb in shapely.to_wkb(zones.frame.geometry.values):
        digest.update(b"-" if wkb is None else wkb)
    return digest.hexdigest()


def _sample_zones(zones: Zones, target_samples: int, min_spacing: float, max_spacing: float,
                  progress: ProgressFn, cancelled: CancelledFn) -> Samples:
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
