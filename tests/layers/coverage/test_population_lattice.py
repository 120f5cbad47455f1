"""People from a regular population grid are placed by index arithmetic, not by polygon queries: the answer is
the polygons' answer (samples on grid lines, cells clipped to land, missing cells, samples outside), grids that
are not regular are left to the polygons, and population points keep the grid samples' cell geometry."""

from __future__ import annotations

import geopandas as gpd
import numpy as np
import pytest
import shapely

from layers.coverage import CoverageInputs, ServiceSpec, run, zones_from_frames
from layers.coverage.cells import cell_geometry, with_points
from layers.coverage.population import _within, grid_lattice, samples_in_cells, zones_reached
from layers.coverage.samples import CellGeometry, Samples, ZoneGrid

CRS = "EPSG:3067"
X0, Y0 = 300_000.0, 6_700_000.0
SIDE = 250.0


def grid(nx: int, ny: int, drop: float = 0.2, seed: int = 1) -> np.ndarray:
    """nx x ny cells of 250 m, about ``drop`` of them missing (uninhabited cells are not published)."""
    rng = np.random.default_rng(seed)
    iy, ix = np.divmod(np.arange(nx * ny), nx)
    keep = rng.random(nx * ny) >= drop
    x, y = X0 + ix[keep] * SIDE, Y0 + iy[keep] * SIDE
    return shapely.box(x, y, x + SIDE, y + SIDE)


def points(nx: int, ny: int, n: int, seed: int = 2) -> tuple[np.ndarray, np.ndarray]:
    """Random points over the grid and beyond it, points exactly on grid lines and corners, and points a tenth
    of a millimetre beside a line (placed by the polygons near it)."""
    rng = np.random.default_rng(seed)
    x = X0 - 500 + rng.random(n) * (nx * SIDE + 1_000)
    y = Y0 - 500 + rng.random(n) * (ny * SIDE + 1_000)
    k = n // 10
    x[:k] = X0 + rng.integers(0, nx + 1, k) * SIDE  # on a vertical line
    y[k:2 * k] = Y0 + rng.integers(0, ny + 1, k) * SIDE  # on a horizontal line
    x[2 * k:3 * k] = X0 + rng.integers(0, nx + 1, k) * SIDE + 1e-4  # just beside one
    x[3 * k:4 * k] = X0 + rng.integers(0, nx + 1, k) * SIDE  # at a corner
    y[3 * k:4 * k] = Y0 + rng.integers(0, ny + 1, k) * SIDE
    return x, y


@pytest.mark.parametrize("clip_to_land", [False, True])
def test_index_arithmetic_places_every_sample_as_the_polygons_do(clip_to_land):
    cells = grid(40, 30)
    parts = cells
    if clip_to_land:  # a coast running diagonally through the grid, and a bay: many cells are cut
        land = shapely.difference(shapely.Polygon([(X0 - 1, Y0 - 1), (X0 + 10_001, Y0 - 1), (X0 - 1, Y0 + 7_501)]),
                                  shapely.Point(X0 + 2_000, Y0 + 2_000).buffer(700))
        parts = shapely.intersection(cells, land)
        parts = np.where(shapely.area(parts) > 0, parts, cells)
    x, y = points(40, 30, 20_000)
    got = samples_in_cells(x, y, cells, parts, shapely.area(parts))
    want = _within(x, y, parts)
    assert len(want[0]) > 7_000  # most points fall in a cell, those on its lines in none
    beside = (want[0] >= 4_000) & (want[0] < 6_000)
    assert beside.sum() > 1_000  # the points beside a line are in a cell
    assert np.array_equal(got[0], want[0])
    assert np.array_equal(got[1], want[1])


def test_only_a_regular_grid_is_taken_for_a_lattice():
    cells = grid(10, 10, drop=0.0)
    assert grid_lattice(cells) is not None
    moved = cells.copy()
    moved[3] = shapely.affinity.translate(moved[3], 10.0, 0.0)  # off the lattice (overlaps its neighbour)
    assert grid_lattice(moved) is None
    bigger = cells.copy()
    bigger[5] = shapely.box(X0, Y0, X0 + 500, Y0 + 500)  # another size
    assert grid_lattice(bigger) is None
    twice = np.concatenate([cells, cells[:1]])  # one cell listed twice
    assert grid_lattice(twice) is None
    turned = shapely.affinity.rotate(shapely.GeometryCollection(list(cells)), 1.0, origin=(X0, Y0))
    assert grid_lattice(np.array(shapely.get_parts(turned))) is None  # a grid reprojected from another CRS
    six = np.array([shapely.Polygon([(X0, Y0), (X0 + 125, Y0), (X0 + 250, Y0), (X0 + 250, Y0 + 250),
                                     (X0, Y0 + 250)])])  # a square with an extra vertex: left to the polygons
    assert grid_lattice(six) is None


def test_the_same_people_from_a_grid_and_from_the_same_cells_as_other_polygons():
    """End to end: a grid taken as a lattice and the same cells with an extra vertex on each (the polygons' path)
    give the same people and covered people in every zone."""
    muni = gpd.GeoDataFrame({"code": ["001", "002"], "name": ["West", "East"]},
                            geometry=[shapely.box(X0 + 100, Y0 + 100, X0 + 5_000, Y0 + 7_000),
                                      shapely.Polygon([(X0 + 5_000, Y0 + 100), (X0 + 9_700, Y0 + 100),
                                                       (X0 + 5_000, Y0 + 7_000)])], crs=CRS)
    hot = gpd.GeoDataFrame({"name": ["Centre"]}, geometry=[shapely.Point(X0 + 2_600, Y0 + 3_300).buffer(900)],
                           crs=CRS)
    zones = zones_from_frames(muni, hot)
    cells = grid(40, 30, drop=0.1)
    people = np.random.default_rng(4).integers(1, 300, len(cells))
    b = shapely.bounds(cells)
    six = np.array([shapely.Polygon([(x0, y0), ((x0 + x1) / 2, y0), (x1, y0), (x1, y1), (x0, y1)])
                    for x0, y0, x1, y1 in b])
    stops = gpd.GeoDataFrame(geometry=shapely.points([(X0 + 2_000, Y0 + 2_000), (X0 + 6_500, Y0 + 1_500)]), crs=CRS)
    out = []
    for geoms in (cells, six):
        assert (grid_lattice(geoms) is None) == (geoms is six)
        pop = gpd.GeoDataFrame({"population": people}, geometry=geoms, crs=CRS)
        result = run(CoverageInputs(zones, [ServiceSpec("stops", stops, 1_200.0)], population=pop,
                                    target_samples=5_000, gaps=False, curve=False, connections=False))
        out.append([(r["population"], r["population_covered"]) for r in result.rows])
    assert out[0] == out[1]
    assert sum(p or 0 for p, _ in out[0]) > 0.5 * people.sum()


def test_population_points_keep_the_grid_samples_cell_geometry():
    rng = np.random.default_rng(7)
    grids = [ZoneGrid(X0, Y0, 100.0, 30, 20), None, ZoneGrid(X0 + 3_000, Y0, 50.0, 40, 40)]
    zone = np.r_[np.zeros(500, np.int32), np.full(700, 2, np.int32)]
    ix = np.r_[rng.integers(0, 30, 500), rng.integers(0, 40, 700)].astype(np.int32)
    iy = np.r_[rng.integers(0, 20, 500), rng.integers(0, 40, 700)].astype(np.int32)
    sp = np.array([100.0, 0.0, 50.0])[zone]
    x0 = np.array([X0, 0.0, X0 + 3_000])[zone]
    x, y = x0 + (ix + rng.random(len(ix))) * sp, Y0 + (iy + rng.random(len(iy))) * sp
    zone_geoms = np.array([shapely.box(X0, Y0, X0 + 3_000, Y0 + 1_900), shapely.Polygon(),
                           shapely.Point(X0 + 4_000, Y0 + 1_000).buffer(990)])
    edge = rng.random(len(x)) < 0.2
    base = Samples(x, y, zone, ix, iy, np.ones(len(x)), np.zeros(len(x)), grids, 3, edge)
    cells = cell_geometry(base, zone_geoms)
    n = 25
    px, py = X0 + rng.random(n) * 5_000, Y0 + rng.random(n) * 2_000
    both = Samples(np.r_[x, px], np.r_[y, py], np.r_[zone, rng.integers(0, 3, n).astype(np.int32)],
                   np.r_[ix, np.full(n, -1, np.int32)], np.r_[iy, np.full(n, -1, np.int32)], np.ones(len(x) + n),
                   np.ones(len(x) + n), grids, 3, np.r_[edge, np.zeros(n, bool)])
    extended, derived = with_points(cells, both, n), cell_geometry(both, zone_geoms)
    for name in CellGeometry.__dataclass_fields__:
        a, b = getattr(extended, name), getattr(derived, name)
        assert (a is None and b is None) or np.array_equal(a, b), name


def test_zones_a_grid_reaches_are_those_its_cells_intersect():
    """A zone with a sample in a cell is reached without asking the polygons; the others are asked: one a cell
    only touches, one no cell meets, an empty one."""
    zgeoms = np.array([shapely.box(X0, Y0, X0 + 1_000, Y0 + 1_000),  # sampled
                       shapely.box(X0 + 2_000, Y0, X0 + 3_000, Y0 + 1_000),  # a cell reaches into it, no sample
                       shapely.box(X0 + 5_000, Y0, X0 + 6_000, Y0 + 1_000),  # no cell
                       shapely.Polygon()])
    cells = np.array([shapely.box(X0, Y0, X0 + SIDE, Y0 + SIDE), shapely.box(X0 + 1_900, Y0, X0 + 2_150, Y0 + SIDE)])
    want = np.zeros(len(zgeoms), dtype=bool)
    want[np.unique(shapely.STRtree(zgeoms).query(cells, predicate="intersects")[1])] = True
    got = zones_reached(zgeoms, cells, np.array([0]))
    assert got.tolist() == want.tolist() == [True, True, False, False]
