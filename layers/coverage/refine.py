"""Covered fraction per cell: whole cells decided by their distance bounds (:mod:`.distances`), the rest refined.

A cell one circle of a points layer cuts, and nothing else reaches, gets its covered share in closed form
(:mod:`.disc_area`); other cut cells are sub-sampled (``REFINE_SUBDIVISIONS``² stratified sub-samples), each
sub-sample answered from the circles listed for its cell, from the distance bound of a point of the cell, or by
a query of the layer's index.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np

from layers.coverage.cells import EDGE_SUBDIVISIONS, stratified_offsets
from layers.coverage.disc_area import disc_square_area
from layers.coverage.distances import CellDistances, decided_distances
from layers.coverage.parallel import chunks, in_halves, in_two_threads

if TYPE_CHECKING:
    from layers.coverage.state import CoverageState

REFINE_SUBDIVISIONS = EDGE_SUBDIVISIONS  # so that the outline cells' stored sub-samples serve refinement


def covered_fraction(state: CoverageState, radii: dict[str, float] | None = None, names: list[str] | None = None,
                     refine: bool = True, subdivisions: int = REFINE_SUBDIVISIONS) -> np.ndarray:
    """Covered fraction of each sample's cell: 0/1 where the whole cell is surely in or out, else (when
    ``refine``) the share of ``subdivisions``² stratified sub-samples of the cell that are covered."""
    radii = {**state.radii(), **(radii or {})}
    names = state.names() if names is None else names
    if not refine:
        return state.covered_mask(radii, names).astype(np.float64)
    dist = decided_distances(state, radii, names)
    if not names:
        return np.zeros(len(state.samples))
    size = len(state.samples)
    frac = np.empty(size)
    n_amb = np.zeros(size, dtype=np.int8)
    layer_amb = {n: np.empty(size, dtype=bool) for n in names}

    def classify(part: slice) -> np.ndarray:
        """Covered (1) or not (0) by the distance stand-ins; the undecided cells (a layer's radius edge may
        cross them and no layer surely covers them)."""
        mask = np.zeros(part.stop - part.start, dtype=bool)
        sure = np.zeros(len(mask), dtype=bool)
        for n in names:
            d, reach, r = dist[n].d[part], dist[n].reach[part], radii[n]
            mask |= d <= r
            sure |= d <= r - reach
            layer_amb[n][part] = amb = np.abs(d - r) < reach
            n_amb[part] += amb
        frac[part] = mask
        return np.flatnonzero((n_amb[part] > 0) & ~sure) + part.start

    idx = np.concatenate(in_halves(classify, size))
    idx = exact_single_circle(state, idx, dist, radii, layer_amb, n_amb, frac)
    cands = {n: (c.cand_cells, c.cand) for n in names
             if (c := dist[n]).cand_cells is not None and c.cand is not None}

    def refine_chunk(chunk: np.ndarray) -> np.ndarray:
        known = {n: known_distances(state, dist[n], chunk, state.services[n].index.points) for n in names}
        return refine_cells(state, chunk, radii, {n: a[chunk] for n, a in layer_amb.items()}, subdivisions,
                            frac[chunk], known, cands)

    parts = chunks(idx, 50_000)
    for chunk, part in zip(parts, in_two_threads(refine_chunk, parts), strict=True):
        frac[chunk] = part
    return frac


def exact_single_circle(state: CoverageState, idx: np.ndarray, dist: dict[str, CellDistances],
                        radii: dict[str, float], layer_amb: dict[str, np.ndarray], n_amb: np.ndarray,
                        frac: np.ndarray) -> np.ndarray:
    """Set ``frac`` in closed form for the undecided cells ``idx`` that one circle of one points layer cuts
    and nothing else reaches (no other circle of that layer, no other layer), wholly inside their zone;
    return the cells still left to sub-sample."""
    if not len(idx):
        return idx
    s, c = state.samples, state.cells
    inner = (s.ix[idx] >= 0) & (n_amb[idx] == 1)
    if s.edge is not None:
        inner &= ~s.edge[idx]
    done = np.zeros(len(idx), dtype=bool)
    for n, cd in dist.items():
        if cd.nearest is None or cd.second is None:
            continue
        r = radii[n]
        ok = inner & layer_amb[n][idx] & (cd.second[idx] >= r + c.half[idx]) & (cd.nearest[idx] >= 0)
        cells = idx[ok]
        if not len(cells):
            continue

        def share(part: np.ndarray, r: float = r, points: np.ndarray = state.services[n].index.points,
                  nearest: np.ndarray = cd.nearest) -> np.ndarray:
            pts, g = points[nearest[part]], c.spacing[s.zone[part]]
            return disc_square_area(c.cx[part], c.cy[part], g, pts[:, 0], pts[:, 1], r) / (g * g)

        frac[cells] = np.concatenate(in_two_threads(share, chunks(cells, 100_000)))
        done |= ok
    return idx[~done]


def known_distances(state: CoverageState, dist: CellDistances, idx: np.ndarray,
                    points: np.ndarray) -> tuple[np.ndarray, ...]:
    """Where a layer's distance is known for the cells ``idx`` (x, y), its value there, how far off it may
    be, and the nearest vertex found (x, y; NaN where none): the cell centre (first result) or the sample
    (once every sample's distance is computed)."""
    slack = dist.slack[idx] if dist.slack is not None else np.zeros(len(idx), dtype=np.float32)
    if dist.nearest is not None:
        v = dist.nearest[idx]
        vxy = np.where((v >= 0)[:, None], points[np.maximum(v, 0)], np.nan)
    else:
        vxy = np.full((len(idx), 2), np.nan)
    if dist.at_centre:
        return state.cells.cx[idx], state.cells.cy[idx], dist.d[idx], slack, vxy[:, 0], vxy[:, 1]
    return state.samples.x[idx], state.samples.y[idx], dist.d[idx], slack, vxy[:, 0], vxy[:, 1]


def refine_cells(state: CoverageState, idx: np.ndarray, radii: dict[str, float], layer_amb: dict[str, np.ndarray],
                 m: int, fallback: np.ndarray, known: dict[str, tuple[np.ndarray, ...]] | None = None,
                 cands: dict[str, tuple[np.ndarray, np.ndarray]] | None = None) -> np.ndarray:
    """Covered share of the cells ``idx`` from m x m sub-samples; a layer is asked only about the cells its
    radius edge may cross (``layer_amb``); in the others it reaches no part of the cell.  With ``known``
    (per layer: x, y, distance of a point of each cell, its slack, the nearest vertex found), a sub-sample at
    distance rho from that point has a distance within d ± (rho + slack) (distance is 1-Lipschitz), and one
    within r of that vertex is in reach, so those need no query.  With
    ``cands`` (per points layer: cells and every circle reaching each), sub-samples there are tested
    against those circles directly."""
    import shapely

    s, c = state.samples, state.cells
    z = s.zone[idx]
    g = c.spacing[z]
    mm = m * m
    sub, sub_y = (a.reshape(len(idx), mm) for a in stratified_offsets(np.random.default_rng(len(idx)), len(idx),
                                                                     m))
    # cells the zone outline cuts: the region's fixed sub-samples, whose side of the outline is known
    edge_pos = np.minimum(np.searchsorted(c.edge_cells, idx), max(len(c.edge_cells) - 1, 0))
    stored = (np.flatnonzero(c.edge_cells[edge_pos] == idx) if len(c.edge_cells) and mm == c.edge_sub.shape[1]
              else np.empty(0, dtype=np.int64))
    sub[stored], sub_y[stored] = c.edge_sub[edge_pos[stored], :, 0], c.edge_sub[edge_pos[stored], :, 1]
    gx = (c.x0[z] + s.ix[idx] * g)[:, None] + sub * g[:, None]
    gy = (c.y0[z] + s.iy[idx] * g)[:, None] + sub_y * g[:, None]
    px, py = gx.reshape(-1), gy.reshape(-1)
    cov = np.zeros(len(px), dtype=bool)
    for n, amb in layer_amb.items():
        ask = np.repeat(amb, m * m) & ~cov  # a sub-sample another layer reaches needs no more queries
        r = radii[n]
        if ask.any() and cands and n in cands:  # exact and cheap: first, for the cells it knows
            _test_candidates(state, idx, m, px, py, ask, cov, r, state.services[n].index.points, *cands[n])
        if ask.any() and known is not None and n in known:
            kx, ky, kd, ks, vx, vy = (np.repeat(a, m * m)[ask] for a in known[n])
            qx, qy = px[ask], py[ask]
            rho = np.hypot(qx - kx, qy - ky) + ks
            # in reach: by the bound, or by the nearest vertex found (it lies on a feature; NaN: none)
            inside = (kd + rho <= r) | (np.hypot(qx - vx, qy - vy) <= r)
            where = np.flatnonzero(ask)
            cov[where[inside]] = True
            ask[where[inside | (kd - rho > r)]] = False
        if ask.any():
            cov[ask] |= state.services[n].index.within(px[ask], py[ask], r)
    inside = np.ones(len(px), dtype=bool)
    zz = np.repeat(z, m * m)
    edge = s.edge[idx] if s.edge is not None else np.zeros(len(idx), dtype=bool)
    if len(stored):
        inside.reshape(len(idx), mm)[stored] = c.edge_inside[edge_pos[stored]]
        edge[stored] = False
    if edge.any():
        sel = np.repeat(edge, m * m)
        for zone in np.unique(zz[sel]):
            k = sel & (zz == zone)
            inside[k] = shapely.contains_xy(state.zones.frame.geometry.iloc[zone], px[k], py[k])
    cov = (cov & inside).reshape(len(idx), m * m).sum(axis=1)
    n_in = inside.reshape(len(idx), m * m).sum(axis=1)
    return np.where(n_in > 0, cov / np.maximum(n_in, 1), fallback)


def _test_candidates(state: CoverageState, idx: np.ndarray, m: int, px: np.ndarray, py: np.ndarray,
                     ask: np.ndarray, cov: np.ndarray, r: float, points: np.ndarray, cells: np.ndarray,
                     cand: np.ndarray) -> None:
    """Answer the asked sub-samples of the cells in ``cells`` from their listed circles (in place)."""
    pos = np.minimum(np.searchsorted(cells, idx), max(len(cells) - 1, 0))
    rows = np.flatnonzero(cells[pos] == idx) if len(cells) else np.empty(0, dtype=np.int64)
    if not len(rows):
        return
    mm = m * m
    flat = (rows[:, None] * mm + np.arange(mm)).reshape(-1)
    wanted = ask[flat].reshape(len(rows), mm)
    ox, oy = state.cells.cx[idx[rows]], state.cells.cy[idx[rows]]  # local coordinates: float32 keeps millimetres
    sx = (px[flat].reshape(len(rows), mm) - ox[:, None]).astype(np.float32)
    sy = (py[flat].reshape(len(rows), mm) - oy[:, None]).astype(np.float32)
    hit = np.zeros((len(rows), mm), dtype=bool)
    rr = np.float32(r * r)
    cand = cand[pos[rows]]
    for k in range(cand.shape[1]):
        c = cand[:, k]
        live = c >= 0
        if not live.any():
            break
        cx = np.where(live, points[np.maximum(c, 0), 0] - ox, np.inf).astype(np.float32)
        cy = np.where(live, points[np.maximum(c, 0), 1] - oy, np.inf).astype(np.float32)
        hit |= (sx - cx[:, None]) ** 2 + (sy - cy[:, None]) ** 2 <= rr
    cov[flat] |= (hit & wanted).reshape(-1)
    ask[flat] = False
