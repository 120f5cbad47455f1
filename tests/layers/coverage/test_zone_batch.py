"""The zones sampled all at once (layers/coverage/sampling.py) give every array of the samples, to the last bit,
that sampling each zone alone gave: the zone-by-zone sampling kept here as the reference, run in the same test."""

from __future__ import annotations

import geopandas as gpd
import numpy as np
import pytest
import shapely

from layers.coverage import sampling
from layers.coverage.cells import BLOCK, EDGE_SEED, EDGE_SUBDIVISIONS, edge_sub, expand, quantised
from layers.coverage.cutting import cell_points, cut_cells, winding_inside
from layers.coverage.samples import SUB_Q, CompactSamples, Q, ZoneGrid, placed
from layers.coverage.zones import zones_from_frames
from layers.tasks import never_cancelled, no_progress

CRS = "EPSG:3067"
_M2 = EDGE_SUBDIVISIONS * EDGE_SUBDIVISIONS


def _alone(geom, spacing: float, area: float, k: int):
    """One zone sampled alone (the zone-by-zone sampling): its grid and its part of the samples as a dict."""
    while True:
        bx0, by0, bx1, by1 = geom.bounds
        nx = max(int(np.ceil((bx1 - bx0) / spacing)), 1)
        ny = max(int(np.ceil((by1 - by0) / spacing)), 1)
        grid = ZoneGrid(bx0, by0, spacing, nx, ny)
        cells = cut_cells([geom], [grid])[0]
        inside = cells.index
        if area / (spacing * spacing) >= sampling.TINY_CELLS or spacing <= 0.5 or len(inside) >= 50:
            break
        spacing /= 4.0
    if not len(inside):
        return grid, None
    rng = np.random.default_rng([sampling.SEED, k])
    iy, ix = (a.astype(np.int32) for a in np.divmod(inside, nx))
    qx, qy = rng.integers(0, Q, (2, len(inside)), dtype=np.uint16)
    cut = cells.cut
    sub_q = np.random.default_rng([EDGE_SEED, k]).integers(0, SUB_Q, (len(cut), _M2, 2), dtype=np.uint8)
    in_zone = np.zeros((len(cut), _M2), dtype=bool)
    if len(cut):
        shapely.prepare(geom)
        _redraw_alone(geom, grid, cells, ix[cut], iy[cut], qx, qy, rng)
        sub = edge_sub(sub_q)
        which = np.repeat(np.arange(len(cut)), _M2)
        in_zone = _inside_alone(geom, grid, cells, which, (ix[cut][:, None] + sub[..., 0]).reshape(-1),
                                (iy[cut][:, None] + sub[..., 1]).reshape(-1)).reshape(len(cut), _M2)
    block, block_x, block_y = _blocks_alone(ix, iy, nx, ny, bx0, by0, spacing)
    return grid, {"ix": ix, "iy": iy, "qx": qx, "qy": qy, "factor": area / float(cells.area.sum()), "block": block,
                  "block_x": block_x, "block_y": block_y, "cut": cut, "cut_area": cells.area[cut], "sub_q": sub_q,
                  "inside": in_zone}


def _inside_alone(geom, grid, cells, which, u, v):
    if len(u) < sampling.FEW_POINTS:
        return shapely.contains_xy(geom, grid.x0 + u * grid.spacing, grid.y0 + v * grid.spacing)
    known, inside = winding_inside(cells, which, u, v)
    rest = np.flatnonzero(~known)
    if len(rest):
        inside[rest] = shapely.contains_xy(geom, grid.x0 + u[rest] * grid.spacing, grid.y0 + v[rest] * grid.spacing)
    return inside


def _redraw_alone(geom, grid, cells, ex, ey, qx, qy, rng, tries: int = 8) -> None:
    g, cut = grid.spacing, cells.cut

    def at(i, q):
        return (q + 0.5) / Q + i

    miss = np.flatnonzero(~_inside_alone(geom, grid, cells, np.arange(len(cut)), at(ex, qx[cut]), at(ey, qy[cut])))
    for _ in range(tries):
        if not len(miss):
            return
        cx, cy = rng.integers(0, Q, (2, len(miss)), dtype=np.uint16)
        hit = _inside_alone(geom, grid, cells, miss, at(ex[miss], cx), at(ey[miss], cy))
        qx[cut[miss[hit]]], qy[cut[miss[hit]]] = cx[hit], cy[hit]
        miss = miss[~hit]
    if len(miss):
        lx, ly = grid.x0 + ex[miss] * g, grid.y0 + ey[miss] * g
        pts = cell_points(np.full(len(miss), geom, dtype=object), lx, ly, np.full(len(miss), g), cells.near[miss],
                          rng, tries=0)
        fx, fy = quantised(pts[:, 0], lx, g), quantised(pts[:, 1], ly, g)
        qx[cut[miss]], qy[cut[miss]] = fx, fy
        todo = np.arange(len(miss))
        for dx, dy in ((0, 0), (1, 0), (0, 1), (1, 1)):
            if not len(todo):
                break
            tx = np.minimum(fx[todo] + dx, Q - 1).astype(np.uint16)
            ty = np.minimum(fy[todo] + dy, Q - 1).astype(np.uint16)
            ok = shapely.contains_xy(geom, placed(grid.x0, ex[miss[todo]], tx, g),
                                     placed(grid.y0, ey[miss[todo]], ty, g))
            qx[cut[miss[todo[ok]]]], qy[cut[miss[todo[ok]]]] = tx[ok], ty[ok]
            todo = todo[~ok]


def _blocks_alone(ix, iy, nx, ny, x0, y0, spacing):
    nbx, nby = -(-nx // BLOCK), -(-ny // BLOCK)
    key = (iy.astype(np.int64) // BLOCK) * nbx + ix // BLOCK
    if nbx * nby <= 8 * len(key) + 1024:
        occupied = np.bincount(key, minlength=nbx * nby) > 0
        block = (np.cumsum(occupied) - 1)[key]
        keys = np.flatnonzero(occupied)
    else:
        keys, block = np.unique(key, return_inverse=True)
    kby, kbx = np.divmod(keys, max(nbx, 1))
    return block.astype(np.int32), x0 + (kbx * BLOCK + BLOCK / 2) * spacing, y0 + (kby * BLOCK + BLOCK / 2) * spacing


def _zone_by_zone(zones, target_samples: int) -> CompactSamples:
    """The region's samples from each zone sampled alone, joined in zone order."""
    geoms = zones.frame.geometry.values
    areas = np.array([float(g.area) if g is not None and not g.is_empty else 0.0 for g in geoms])
    spacings = sampling.budget_spacings(areas, target_samples, 5.0, 100.0)
    grids, parts = [], []
    for k, geom in enumerate(geoms):
        grid, part = _alone(geom, float(spacings[k]), float(areas[k]), k) if areas[k] > 0 else (None, None)
        grids.append(grid)
        parts.append(part)
    live = [p for p in parts if p is not None]
    counts = np.array([len(p["ix"]) if p is not None else 0 for p in parts], dtype=np.int64)
    starts = (np.cumsum(counts) - counts)[[p is not None for p in parts]]
    blocks = np.cumsum([0] + [len(p["block_x"]) for p in live])

    def joined(name):
        return np.concatenate([p[name] for p in live])

    return CompactSamples(
        grids=grids, counts=counts, factor=np.array([p["factor"] if p is not None else 0.0 for p in parts]),
        ix=joined("ix"), iy=joined("iy"), qx=joined("qx"), qy=joined("qy"),
        block=np.concatenate([p["block"] + np.int32(b) for p, b in zip(live, blocks, strict=False)]),
        block_x=joined("block_x"), block_y=joined("block_y"),
        edge_cells=np.concatenate([p["cut"] + a for p, a in zip(live, starts, strict=True)]),
        cut_area=joined("cut_area"), sub_q=joined("sub_q"), inside=joined("inside"))


@pytest.fixture(scope="module")
def real_zones(shared_data):
    """Real municipalities (a small one, a coast with islands, an archipelago) and hot spots from wide to a few
    square metres (sampled finer); the small one's wholly a hot spot (its zone between them is empty)."""
    frame = gpd.read_file(shared_data / "fi_municipalities_2023_nls.geojson").to_crs(CRS)
    frame = frame[frame["NATCODE"].isin(["235", "091", "149"])].rename(columns={"NATCODE": "code",
                                                                                "NAMEFIN": "name"})
    radius = {"235": 6_000.0, "091": 900.0, "149": 12.0}
    hot = [shapely.buffer(c, radius[code])
           for c, code in zip(shapely.point_on_surface(frame.geometry.values), frame["code"], strict=True)]
    return zones_from_frames(frame[["code", "name", "geometry"]],
                             gpd.GeoDataFrame({"name": list("abc")}, geometry=hot, crs=CRS))


@pytest.mark.parametrize("few_points", [sampling.FEW_POINTS, 300])
def test_all_zones_at_once_give_each_zone_alone_bit_for_bit(real_zones, monkeypatch, few_points):
    """Every array of the samples (values and dtypes) and every grid equal the zone-by-zone sampling's; with
    fewer points asked of the polygon too, so that both ways of testing points take part in every pass."""
    monkeypatch.setattr(sampling, "FEW_POINTS", few_points)
    target = 30_000
    ref = _zone_by_zone(real_zones, target)
    samples = sampling._sample_zones(real_zones, target, 5.0, 100.0, no_progress, never_cancelled)
    got = samples.compact
    assert got is not None
    assert got.grids == ref.grids
    assert any(g is not None and g.spacing < 5.0 for g in ref.grids)  # a tiny zone was sampled finer
    assert 0 in ref.counts and len(ref.edge_cells) > 1_000
    for name in CompactSamples.__dataclass_fields__:
        if name != "grids":
            a, b = getattr(got, name), getattr(ref, name)
            assert a.dtype == b.dtype and a.shape == b.shape and a.tobytes() == b.tobytes(), name
    again = expand(ref)  # as a warm run builds them from the cache: the same samples and cell geometry
    assert again.cells is not None and samples.cells is not None
    for owner, other in ((samples, again), (samples.cells, again.cells)):
        for name, a in vars(owner).items():
            if isinstance(a, np.ndarray):
                b = getattr(other, name)
                assert a.dtype == b.dtype and a.tobytes() == b.tobytes(), name


def test_the_sub_sample_offsets_are_the_float64_formula_rounded_to_float32():
    """Every place of every sub-cell: the float32 arithmetic gives the offsets the float64 formula gives."""
    q = np.stack(np.meshgrid(np.arange(SUB_Q), np.arange(SUB_Q), indexing="ij"), axis=-1).reshape(-1, 1, 2)
    sub_q = np.broadcast_to(q, (len(q), _M2, 2)).astype(np.uint8)
    j = np.arange(_M2)[None, :]
    m = EDGE_SUBDIVISIONS
    want = np.stack([(j % m + (sub_q[..., 0] + 0.5) / SUB_Q) / m, (j // m + (sub_q[..., 1] + 0.5) / SUB_Q) / m],
                    axis=-1).astype(np.float32)
    got = edge_sub(sub_q)
    assert got.dtype == np.float32 and got.tobytes() == want.tobytes()


@pytest.mark.parametrize("hot_radius", [0.0, 5_000.0])
def test_a_region_of_one_sampled_zone_is_sampled_as_alone(hot_radius):
    """One municipality with no hot spot (its hot spot zone empty, the run of it holds no samples) or wholly a
    hot spot (its zone between them empty: one run of all the zones): the same samples as zone by zone."""
    muni = gpd.GeoDataFrame({"code": ["001"], "name": ["A"]}, geometry=[shapely.box(0, 0, 3_000, 2_000)], crs=CRS)
    hot = [shapely.Point(1_500, 1_000).buffer(hot_radius)] if hot_radius else []
    zones = zones_from_frames(muni, gpd.GeoDataFrame({"name": ["h"] * len(hot)}, geometry=hot, crs=CRS))
    ref = _zone_by_zone(zones, 5_000)
    assert list(ref.counts > 0) == ([False, True] if not hot_radius else [True, False])
    got = sampling._sample_zones(zones, 5_000, 5.0, 100.0, no_progress, never_cancelled).compact
    assert got is not None and got.grids == ref.grids
    for name in CompactSamples.__dataclass_fields__:
        if name != "grids":
            a, b = getattr(got, name), getattr(ref, name)
            assert a.dtype == b.dtype and a.shape == b.shape and a.tobytes() == b.tobytes(), name
