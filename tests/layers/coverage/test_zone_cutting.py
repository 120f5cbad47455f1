"""The zone cells cut in bulk (layers/coverage/cutting.py) against a plain intersection of every cell, and the
sample budget that keeps large regions' memory bounded (layers/coverage/sampling.py)."""

from __future__ import annotations

import geopandas as gpd
import numpy as np
import pytest
import shapely
from hypothesis import given, settings
from hypothesis import strategies as st

from layers.coverage.cutting import cell_points, cut_cells
from layers.coverage.samples import ZoneGrid
from layers.coverage.sampling import budget_spacings, sample_zones
from layers.coverage.zones import zones_from_frames

CRS = "EPSG:3067"


def _reference(geom, grid: ZoneGrid) -> np.ndarray:
    iy, ix = np.divmod(np.arange(grid.nx * grid.ny), grid.nx)
    x0, y0 = grid.x0 + ix * grid.spacing, grid.y0 + iy * grid.spacing
    return shapely.area(shapely.intersection(shapely.box(x0, y0, x0 + grid.spacing, y0 + grid.spacing), geom))


def _dense(got, grid: ZoneGrid) -> np.ndarray:
    """A zone's cell areas as one array over its whole grid (0 for the cells outside, which are not kept)."""
    area = np.zeros(grid.nx * grid.ny)
    area[got.index] = got.area
    return area


def _grid(geom, spacing: float) -> ZoneGrid:
    bx0, by0, bx1, by1 = geom.bounds
    return ZoneGrid(bx0, by0, spacing, max(int(np.ceil((bx1 - bx0) / spacing)), 1),
                    max(int(np.ceil((by1 - by0) / spacing)), 1))


def _ragged_zone(seed: int):
    """A zone with holes, islands and a jagged coast: a union of random discs minus random lakes."""
    rng = np.random.default_rng(seed)
    land = shapely.union_all([shapely.Point(*xy).buffer(r, quad_segs=5)
                              for xy, r in zip(rng.random((40, 2)) * 3_000, rng.uniform(50, 500, 40), strict=True)])
    lakes = shapely.union_all([shapely.Point(*xy).buffer(r, quad_segs=3)
                               for xy, r in zip(rng.random((15, 2)) * 3_000, rng.uniform(10, 150, 15), strict=True)])
    return shapely.make_valid(land.difference(lakes))


@pytest.mark.parametrize("seed", [1, 2])
def test_every_cell_area_is_the_exact_intersection(seed):
    """Cells wholly inside, wholly outside and cut, several zones at once: each cell's area equals the
    intersection of the cell with the zone, and exactly the cells the outline crosses are listed as cut."""
    zones = [_ragged_zone(seed), _ragged_zone(seed + 10)]
    grids = [_grid(zones[0], 61.0), _grid(zones[1], 47.0)]
    for geom, grid, got in zip(zones, grids, cut_cells(zones, grids), strict=True):
        ref = _reference(geom, grid)
        full = grid.spacing ** 2
        assert np.allclose(_dense(got, grid), ref, rtol=0, atol=full * 1e-8)
        assert np.array_equal(got.index, np.flatnonzero(_dense(got, grid) > 0)) and np.all(got.area > 0)
        crossed = np.flatnonzero((ref > full * 1e-8) & (ref < full * (1 - 1e-8)))
        cut = got.index[got.cut]
        assert set(crossed) <= set(cut)
        assert len(cut) - len(crossed) < 0.01 * len(crossed)  # only rounding slivers beyond them
        assert np.all(np.diff(got.index) > 0) and np.all(np.diff(got.cut) > 0)
        assert abs(got.area.sum() - geom.area) < 1e-6 * geom.area


@settings(max_examples=25, deadline=None)
@given(x=st.floats(-50, 50), y=st.floats(-50, 50), r=st.floats(3, 80), spacing=st.floats(1.5, 9))
def test_a_disc_with_a_hole_on_any_grid(x, y, r, spacing):
    geom = shapely.Point(x, y).buffer(r, quad_segs=7).difference(shapely.Point(x + r / 3, y).buffer(r / 4))
    grid = _grid(geom, spacing)
    got = cut_cells([geom], [grid])[0]
    assert np.allclose(_dense(got, grid), _reference(geom, grid), rtol=0, atol=spacing * spacing * 1e-8)


def test_a_point_of_each_cut_cell_lies_in_the_cell_and_the_zone():
    geom = _ragged_zone(3)
    grid = _grid(geom, 41.0)
    got = cut_cells([geom], [grid])[0]
    iy, ix = np.divmod(got.index[got.cut], grid.nx)
    x0, y0 = grid.x0 + ix * grid.spacing, grid.y0 + iy * grid.spacing
    shapely.prepare(geom)
    pts = cell_points(np.full(len(x0), geom, dtype=object), x0, y0, np.full(len(x0), grid.spacing))
    assert np.all((pts[:, 0] >= x0) & (pts[:, 0] <= x0 + grid.spacing))
    assert np.all((pts[:, 1] >= y0) & (pts[:, 1] <= y0 + grid.spacing))
    assert shapely.intersects_xy(geom, pts[:, 0], pts[:, 1]).all()


def test_the_budget_coarsens_only_the_large_zones_and_keeps_small_regions_as_they_were():
    areas = np.array([1e6, 4e7, 5e9, 2e10])
    free = budget_spacings(areas, 15_000, 10.0, 150.0, budget=10**9)
    assert np.array_equal(free, budget_spacings(areas, 15_000, 10.0, 150.0))  # the default budget: untouched
    capped = budget_spacings(areas, 15_000, 10.0, 150.0, budget=200_000)
    assert np.sum(areas / capped**2) <= 200_000 * 1.001
    assert capped[0] == free[0] and capped[1] == free[1]  # small zones keep their cells
    assert capped[3] > free[3]


def test_a_budget_keeps_the_zone_areas_exact(monkeypatch):
    """Coarser cells where the budget bites, but each zone's samples still add up to its exact area."""
    muni = gpd.GeoDataFrame({"code": ["001", "002"], "name": ["A", "B"]},
                            geometry=[_ragged_zone(4), shapely.box(4_000, 0, 9_000, 4_000)], crs=CRS)
    zones = zones_from_frames(muni, gpd.GeoDataFrame({"name": []}, geometry=[], crs=CRS))
    import layers.coverage.sampling as sampling

    fine = sample_zones(zones, 15_000, 10.0, 150.0)
    monkeypatch.setattr(sampling, "MAX_SAMPLES", len(fine) // 4)
    coarse = sampling._sample_zones(zones, 15_000, 10.0, 150.0, lambda *a: None, lambda: False)
    assert len(coarse) <= len(fine) // 4 * 1.15  # the budget counts area / cell area; cut cells add a little
    exact = zones.frame.geometry.area.to_numpy()
    for s in (fine, coarse):
        assert np.allclose(np.bincount(s.zone, weights=s.area_w, minlength=len(exact)), exact, rtol=1e-9)


def test_either_ring_orientation_and_collections_give_the_same_areas():
    """Shells clockwise or anticlockwise, holes either way, a polygon inside a collection with a line and a
    point: the edge sums follow each ring's own orientation, and what has no area adds none."""
    geom = _ragged_zone(5)
    grid = _grid(geom, 53.0)
    ref = _reference(geom, grid)
    flipped = shapely.reverse(geom)  # every ring the other way round
    mixed = shapely.GeometryCollection([geom, shapely.LineString([(0, 0), (3_000, 3_000)]), shapely.Point(5, 5)])
    for variant in (geom, flipped, mixed):
        got = cut_cells([variant], [grid])[0]
        assert np.allclose(_dense(got, grid), ref, rtol=0, atol=grid.spacing ** 2 * 1e-8)


def test_a_sliver_cell_still_gets_a_point_in_the_zone():
    """A strip a thousandth of a cell wide along a row of cells: random points of the cell almost never fall in
    it, so each cell gets its point off the outline (``near``), inside the strip and its own cell."""
    g = 10.0
    strip = shapely.box(0.0, 3.0, 200.0, 3.01)  # 20 cells of 10 m, 1 cm high
    grid = ZoneGrid(0.0, 0.0, g, 20, 1)
    got = cut_cells([strip], [grid])[0]
    assert np.array_equal(got.index, np.arange(20)) and np.array_equal(got.cut, np.arange(20))
    assert np.allclose(got.area, 0.1, rtol=1e-9)
    x0 = got.index * g
    shapely.prepare(strip)
    parts = np.full(len(x0), strip, dtype=object)
    pts = cell_points(parts, x0, np.zeros(len(x0)), np.full(len(x0), g), got.near)
    assert shapely.contains_xy(strip, pts[:, 0], pts[:, 1]).all()
    assert np.all((pts[:, 0] >= x0) & (pts[:, 0] <= x0 + g))


def test_near_points_lie_in_their_cells_and_almost_all_in_the_zone():
    geom = _ragged_zone(6)
    grid = _grid(geom, 37.0)
    got = cut_cells([geom], [grid])[0]
    iy, ix = np.divmod(got.index[got.cut], grid.nx)
    x0, y0 = grid.x0 + ix * grid.spacing, grid.y0 + iy * grid.spacing
    assert np.all((got.near[:, 0] >= x0) & (got.near[:, 0] <= x0 + grid.spacing))
    assert np.all((got.near[:, 1] >= y0) & (got.near[:, 1] <= y0 + grid.spacing))
    inside = shapely.contains_xy(geom, got.near[:, 0], got.near[:, 1])
    assert inside.mean() > 0.99  # the rest (a segment on a grid line, a vertex's corner) fall back to a cut


def test_every_sample_lies_in_its_zone_and_cell_and_the_same_every_time():
    """Samples of cut cells moved into their zone, none outside their cell; two zones sampled on two threads
    give the same samples again (each zone draws from its own random stream)."""
    muni = gpd.GeoDataFrame({"code": ["001", "002"], "name": ["A", "B"]},
                            geometry=[_ragged_zone(7), shapely.box(4_000, 0, 9_000, 4_000)], crs=CRS)
    zones = zones_from_frames(muni, gpd.GeoDataFrame({"name": []}, geometry=[], crs=CRS))
    import layers.coverage.sampling as sampling

    one = sampling._sample_zones(zones, 15_000, 10.0, 150.0, lambda *a: None, lambda: False)
    two = sampling._sample_zones(zones, 15_000, 10.0, 150.0, lambda *a: None, lambda: False)
    assert np.array_equal(one.x, two.x) and np.array_equal(one.y, two.y) and np.array_equal(one.zone, two.zone)
    geoms = zones.frame.geometry.values
    for z in np.unique(one.zone):
        rows = one.zone == z
        assert shapely.intersects_xy(geoms[z], one.x[rows], one.y[rows]).all()
        g = one.grids[z]
        cx, cy = (one.x[rows] - g.x0) / g.spacing, (one.y[rows] - g.y0) / g.spacing
        assert np.all((cx >= one.ix[rows]) & (cx <= one.ix[rows] + 1))
        assert np.all((cy >= one.iy[rows]) & (cy <= one.iy[rows] + 1))
    assert one.edge.any()


def test_a_zone_of_small_parts_over_wide_bounds_keeps_only_its_cells():
    """Two 20 m squares 2,000 km apart on a 1 m grid: 4 x 10^12 cells in the bounds, 800 hold part of the zone.
    Nothing as large as the bounds is made (a zone set's class scattered over a region, a hot spot's islands),
    and the samples' cell geometry follows suit."""
    import tracemalloc

    geom = shapely.union_all([shapely.box(0.3, 0.3, 20.3, 20.3), shapely.box(2e6, 2e6, 2e6 + 20, 2e6 + 20)])
    grid = _grid(geom, 1.0)
    tracemalloc.start()
    got = cut_cells([geom], [grid])[0]
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert grid.nx * grid.ny > 4e12 and peak < 5e6
    # the grid starts at the first square's corner: its 400 cells are whole; the second lies 0.7 m off the grid
    # lines, so 21 x 21 cells hold part of it, the 80 of the outer ring cut
    assert len(got.index) == 400 + 21 * 21 and got.area.sum() == pytest.approx(800.0, rel=1e-12)
    assert len(got.cut) == 4 * 20
    muni = gpd.GeoDataFrame({"code": ["001"], "name": ["A"]}, geometry=[geom], crs=CRS)
    zones = zones_from_frames(muni, gpd.GeoDataFrame({"name": []}, geometry=[], crs=CRS))
    import layers.coverage.sampling as sampling

    s = sampling._sample_zones(zones, 800, 1.0, 150.0, lambda *a: None, lambda: False)
    assert np.bincount(s.zone, weights=s.area_w)[1] == pytest.approx(800.0)
    assert s.cells is not None and len(s.cells.block_x) <= len(s)


def _winding_agrees(geom, grid: ZoneGrid, per_cell: int = 16, seed: int = 0) -> float:
    """Random points in every cut cell: where the cell's own outline pieces decide (``known``) they give the
    polygon's own answer; returns the share they decide."""
    from layers.coverage.cutting import winding_inside

    cells = cut_cells([geom], [grid])[0]
    which = np.repeat(np.arange(len(cells.cut)), per_cell)
    iy, ix = np.divmod(cells.index[cells.cut], grid.nx)
    rng = np.random.default_rng(seed)
    u = ix[which] + rng.random(len(which))
    v = iy[which] + rng.random(len(which))
    known, inside = winding_inside(cells, which, u, v)
    truth = shapely.contains_xy(geom, grid.x0 + u * grid.spacing, grid.y0 + v * grid.spacing)
    assert np.array_equal(inside[known], truth[known])
    assert not inside[~known].any()  # undecided points are left to the polygon, never guessed
    return float(known.mean()) if len(known) else 1.0


@pytest.mark.parametrize("seed", [3, 4])
def test_the_outline_pieces_of_a_cell_tell_which_points_lie_inside(seed):
    """Holes, islands, both ring orientations and a box whose left and bottom sides lie on grid lines (so the
    outline runs along cell edges): each answer the pieces give is the polygon's own, for most points."""
    zone = _ragged_zone(seed)
    assert _winding_agrees(zone, _grid(zone, 53.0), seed=seed) > 0.6
    flipped = shapely.Polygon(zone.geoms[0].exterior.coords[::-1]) if zone.geom_type == "MultiPolygon" else \
        shapely.Polygon(zone.exterior.coords[::-1])
    assert _winding_agrees(flipped, _grid(flipped, 41.0), seed=seed) > 0.6
    box = shapely.box(0, 0, 1_000.5, 730.25)  # its top row's cells are crossed from side to side: undecided
    assert _winding_agrees(box, ZoneGrid(0.0, 0.0, 50.0, 21, 15), seed=seed) == pytest.approx(15 / 35)  # the column
    wedge = shapely.Polygon([(0, 0), (200, 0), (200, 300), (0, 50)])  # its right side is the cut cells' right edge
    assert _winding_agrees(wedge, ZoneGrid(0.0, 0.0, 100.0, 2, 3), seed=seed) > 0.3


def test_the_outline_pieces_agree_with_the_polygons_of_real_municipalities(shared_data):
    frame = gpd.read_file(shared_data / "fi_municipalities_2023_nls.geojson").to_crs(CRS)
    ragged = frame.geometry.values[np.argsort(-shapely.get_num_coordinates(frame.geometry.values))[:12]]
    for k, geom in enumerate(ragged):
        spacing = max(float(np.sqrt(geom.area / 15_000)), 10.0)
        assert _winding_agrees(geom, _grid(geom, spacing), per_cell=4, seed=k) > 0.6
