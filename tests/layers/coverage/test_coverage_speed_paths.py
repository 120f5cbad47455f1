"""The fast first-result path (block bounds, cell-centre distances, bound-decided sub-samples) answers what the
full path (every sample's distance, every sub-sample queried) answers, and stays close to closed-form areas."""

from __future__ import annotations

import math

import geopandas as gpd
import numpy as np
import pytest
import shapely

from layers.coverage import CoverageEngine, CoverageInputs, ServiceSpec, zones_from_frames
from layers.coverage.distances import decided_distances, listed_cells, points_near_blocks
from layers.coverage.refine import exact_single_circle, known_distances, refine_cells

CRS = "EPSG:3067"
X0, Y0 = 300_000.0, 6_700_000.0


@pytest.fixture(scope="module")
def engine():
    muni = gpd.GeoDataFrame({"code": ["001", "002"], "name": ["West", "East"]},
                            geometry=[shapely.box(X0, Y0, X0 + 10_000, Y0 + 10_000),
                                      shapely.box(X0 + 10_000, Y0, X0 + 20_000, Y0 + 10_000)], crs=CRS)
    hot = gpd.GeoDataFrame({"name": ["Centre"]}, geometry=[shapely.box(X0 + 4_000, Y0 + 4_000, X0 + 6_000,
                                                                           Y0 + 6_000)], crs=CRS)
    rng = np.random.default_rng(3)
    xy = rng.random((300, 2)) * [20_000, 10_000] + [X0, Y0]
    stops = gpd.GeoDataFrame(geometry=shapely.points(xy), crs=CRS)
    line = gpd.GeoDataFrame(geometry=[shapely.LineString([(X0 + 1_000, Y0 + 9_000), (X0 + 19_000, Y0 + 1_500)])],
                            crs=CRS)
    inputs = CoverageInputs(zones_from_frames(muni, hot), [ServiceSpec("stops", stops, 300.0),
                                                           ServiceSpec("line", line, 250.0)], target_samples=4_000)
    return CoverageEngine.prepare(inputs), stops, line


def exact_km2(engine, stops, line, r_stops, r_line):
    cover = shapely.union_all(np.concatenate([shapely.buffer(stops.geometry.values, r_stops, quad_segs=128),
                                              shapely.buffer(line.geometry.values, r_line, quad_segs=128)]))
    return shapely.area(shapely.intersection(engine.zones.frame.geometry.values, cover)) / 1e6


def covered_share_of_each_box(boxes, circles):
    """The exact share of each box inside the union of the circles: every box against only the circles that touch
    it (an STRtree query), not against the union of all (the same answer, in a fraction of the time)."""
    box_i, circle_i = shapely.STRtree(circles).query(boxes, predicate="intersects")
    order = np.argsort(box_i, kind="stable")
    box_i, circle_i = box_i[order], circle_i[order]
    starts = np.flatnonzero(np.r_[True, np.diff(box_i) > 0])
    covered = np.zeros(len(boxes))
    for first, last in zip(starts, np.r_[starts[1:], len(box_i)], strict=True):
        union = shapely.union_all(circles[circle_i[first:last]])
        covered[box_i[first]] = shapely.area(shapely.intersection(boxes[box_i[first]], union))
    return covered / shapely.area(boxes)


def test_first_result_needs_no_per_sample_distances_and_matches_the_exact_union(engine):
    eng, stops, line = engine
    result = eng.evaluate()
    assert not any(s.has_distances for s in eng.services.values())  # answered from block and cell bounds
    ref = exact_km2(eng, stops, line, 300.0, 250.0)
    ours = np.array([r["covered_km2"] for r in result.rows])
    assert ref.sum() > 20  # not vacuous: hundreds of discs and a long buffer
    assert np.all(np.abs(ours - ref) <= np.maximum(0.01 * ref, 0.05))


def test_bound_decided_sub_samples_change_nothing(engine):
    """Refinement with the Lipschitz shortcut gives the very fractions that querying every sub-sample gives."""
    eng, _, _ = engine
    radii = eng.radii()
    names = eng.names()
    dist = decided_distances(eng, radii, names)
    idx = np.flatnonzero(np.abs(dist["stops"].d - radii["stops"]) < dist["stops"].reach)
    assert len(idx) > 1_000
    amb = {"stops": np.ones(len(idx), dtype=bool)}
    fallback = np.zeros(len(idx))
    points = eng.services["stops"].index.points
    known = {"stops": known_distances(eng, dist["stops"], idx, points)}
    with_bound = refine_cells(eng, idx, radii, amb, 4, fallback, known)
    queried = refine_cells(eng, idx, radii, amb, 4, fallback)
    assert np.array_equal(with_bound, queried)
    assert 0.0 < with_bound.mean() < 1.0


def test_cells_decided_without_refinement_agree_with_every_sample_distance(engine):
    """Cells the block and centre bounds call wholly covered or wholly uncovered are so by each sample's distance."""
    eng, _, _ = engine
    r = eng.radii()["stops"]
    cd = decided_distances(eng, eng.radii(), ["stops"])["stops"]
    d, reach = cd.d, cd.reach
    exact = eng.services["stops"].index.distance(eng.samples.x, eng.samples.y)
    inside, outside = d <= r - reach, d >= r + reach
    assert inside.sum() > 1_000 and outside.sum() > 1_000
    assert np.all(exact[inside] <= r + 1e-3)
    assert np.all(exact[outside] > r - 1e-3)
    disc = math.pi * r**2 / 1e6
    assert eng.per_zone(eng.covered_fraction(names=["stops"]))[0].sum() / 1e6 < 300 * disc  # overlaps once


def test_cells_one_circle_cuts_get_the_exact_area(engine):
    """The closed form: each cell only one stop's circle cuts gets that circle's exact share of the cell."""
    eng, stops, _ = engine
    r = eng.radii()["stops"]
    cd = decided_distances(eng, eng.radii(), ["stops"])["stops"]
    amb = (np.abs(cd.d - r) < cd.reach) & (cd.d > r - cd.reach)
    n_amb = amb.astype(np.int8)
    frac = np.full(len(amb), -1.0)
    idx = np.flatnonzero(amb)
    left = exact_single_circle(eng, idx, {"stops": cd}, {"stops": r}, {"stops": amb}, n_amb, frac)
    done = np.setdiff1d(idx, left)
    assert len(done) > 500 and len(left) > 0  # most cells, not all (some are cut by two circles or the outline)
    half = eng.cells.spacing[eng.samples.zone[done]] / 2
    cx, cy = eng.cells.cx[done], eng.cells.cy[done]
    cells = shapely.box(cx - half, cy - half, cx + half, cy + half)
    circles = shapely.buffer(stops.geometry.values, r, quad_segs=256)
    ref = covered_share_of_each_box(cells, circles)
    assert np.max(np.abs(frac[done] - ref)) < 1e-4
    assert 0.05 < frac[done].mean() < 0.95


def test_listed_circles_answer_sub_samples_as_the_index_does(engine):
    """Sub-samples of cells several circles cut, tested against the listed circles, match index queries."""
    eng, _, _ = engine
    radii = eng.radii()
    cd = decided_distances(eng, radii, ["stops"])["stops"]
    assert cd.cand_cells is not None and len(cd.cand_cells) > 50
    idx = cd.cand_cells
    amb = {"stops": np.ones(len(idx), dtype=bool)}
    fallback = np.zeros(len(idx))
    listed = refine_cells(eng, idx, radii, amb, 4, fallback, cands={"stops": (cd.cand_cells, cd.cand)})
    queried = refine_cells(eng, idx, radii, amb, 4, fallback)
    assert np.array_equal(listed, queried)
    assert 0.0 < listed.mean() < 1.0


def test_zone_samples_are_prepared_once_per_region(engine):
    """Sampling the same zones again (a second Compute) returns the kept samples; other zones are sampled anew."""
    from layers.coverage.sampling import sample_zones

    eng, _, _ = engine
    zones = eng.zones
    first = sample_zones(zones, 4_000, 10.0, 150.0)
    again = sample_zones(zones, 4_000, 10.0, 150.0)
    assert again is first and again.cells is not None
    with pytest.raises(ValueError):
        first.x[0] = 0.0  # shared by every analysis of the region: read-only
    assert sample_zones(zones, 3_000, 10.0, 150.0) is not first  # other settings: sampled anew
    moved = zones_from_frames(
        gpd.GeoDataFrame({"code": ["001"], "name": ["West"]}, geometry=[shapely.box(X0, Y0, X0 + 9_000, Y0 + 9_000)],
                         crs=CRS),
        gpd.GeoDataFrame({"name": []}, geometry=[], crs=CRS))
    assert len(sample_zones(moved, 4_000, 10.0, 150.0)) != len(first)


@pytest.mark.parametrize("radius", [150.0, 700.0])
def test_a_layer_of_polygons_lines_and_points_matches_the_exact_union(radius):
    """An energy layer mixing areas (inside: distance 0), a line and a point: the first result against the exact
    union of its buffers, zone by zone."""
    muni = gpd.GeoDataFrame({"code": ["001", "002"], "name": ["West", "East"]},
                            geometry=[shapely.box(X0, Y0, X0 + 10_000, Y0 + 10_000),
                                      shapely.box(X0 + 10_000, Y0, X0 + 20_000, Y0 + 10_000)], crs=CRS)
    hot = gpd.GeoDataFrame({"name": ["C"]}, geometry=[shapely.box(X0 + 4_000, Y0 + 4_000, X0 + 6_000, Y0 + 6_000)],
                           crs=CRS)
    rng = np.random.default_rng(1)
    areas = [shapely.Point(X0 + x, Y0 + y).buffer(rng.uniform(100, 600), quad_segs=3)
             for x, y in rng.random((15, 2)) * [20_000, 10_000]]
    layer = gpd.GeoDataFrame(geometry=[*areas, shapely.LineString([(X0 + 500, Y0 + 500), (X0 + 19_000, Y0 + 9_000)]),
                                       shapely.Point(X0 + 15_000, Y0 + 2_000)], crs=CRS)
    zones = zones_from_frames(muni, hot)
    eng = CoverageEngine.prepare(CoverageInputs(zones, [ServiceSpec("heat", layer, radius, "energy")],
                                                target_samples=4_000))
    ours = np.array([r["covered_km2"] for r in eng.evaluate().rows])
    cover = shapely.union_all(shapely.buffer(layer.geometry.values, radius, quad_segs=128))
    ref = shapely.area(shapely.intersection(zones.frame.geometry.values, cover)) / 1e6
    assert ref.sum() > 5
    assert np.all(np.abs(ours - ref) <= np.maximum(0.01 * ref, 0.05))


def test_block_lists_answer_cells_as_their_own_queries_do():
    """Cells answered from their block's list of nearest points get the very distances, nearest point and listed
    circles that a query per cell gives, where points are sparse (lists) and where they crowd (queries)."""
    muni = gpd.GeoDataFrame({"code": ["001"], "name": ["Only"]},
                            geometry=[shapely.box(X0, Y0, X0 + 20_000, Y0 + 10_000)], crs=CRS)
    rng = np.random.default_rng(7)
    sparse = rng.random((400, 2)) * [20_000, 10_000] + [X0, Y0]
    crowd = rng.random((1_500, 2)) * [1_500, 1_500] + [X0 + 2_000, Y0 + 2_000]
    stops = gpd.GeoDataFrame(geometry=shapely.points(np.concatenate([sparse, crowd])), crs=CRS)
    zones = zones_from_frames(muni, gpd.GeoDataFrame({"name": []}, geometry=[], crs=CRS))
    eng = CoverageEngine.prepare(CoverageInputs(zones, [ServiceSpec("stops", stops, 350.0)], target_samples=6_000))
    r = 350.0
    svc = eng.services["stops"]
    assert svc.block_near is not None
    listed_d = decided_distances(eng, {"stops": r}, ["stops"])["stops"]
    lists, svc.block_near = svc.block_near, None
    try:
        queried_d = decided_distances(eng, {"stops": r}, ["stops"])["stops"]
    finally:
        svc.block_near = lists
    undecided = np.flatnonzero(np.isfinite(queried_d.d) & (queried_d.d > 0))
    listed, rest, _ = listed_cells(eng.cells, svc, r, undecided)
    assert len(listed) > 1_000 and len(rest) > 100  # both ways are taken
    near = listed[queried_d.d[listed] < r + eng.cells.half[listed]]  # a circle may reach the cell
    assert np.allclose(listed_d.d[near], queried_d.d[near], atol=1e-3)
    named = svc.index.points[listed_d.nearest[near]]  # of points at equal distance, either may be named
    assert np.allclose(np.hypot(named[:, 0] - eng.cells.cx[near], named[:, 1] - eng.cells.cy[near]), queried_d.d[near])
    reach = r + eng.cells.half[near]
    both_second = np.minimum(listed_d.second[near], reach), np.minimum(queried_d.second[near], reach)
    assert np.allclose(*both_second, atol=1e-3)  # the second circle is known as far as it matters
    assert np.array_equal(listed_d.cand_cells, queried_d.cand_cells)
    assert np.array_equal(np.sort(listed_d.cand, axis=1), np.sort(queried_d.cand, axis=1))
    covered = sum(row["covered_km2"] for row in eng.evaluate().rows)
    exact = shapely.area(shapely.intersection(muni.geometry.iloc[0], shapely.union_all(
        shapely.buffer(stops.geometry.values, r, quad_segs=128)))) / 1e6
    assert abs(covered - exact) <= max(0.01 * exact, 0.05)


def test_per_zone_sums_by_zone_slices_equal_a_weighted_count(engine):
    eng, _, _ = engine
    s = eng.samples
    assert eng.cells.zone_ends is not None  # grid samples come in zone order: the sums go slice by slice
    frac = np.random.default_rng(5).random(len(s))
    area, _ = eng.per_zone(frac)
    assert np.allclose(area, np.bincount(s.zone, s.area_w * frac, minlength=s.n_zones), rtol=1e-12, atol=1e-6)
    assert area.sum() > 0


def test_a_far_off_point_does_not_blow_up_the_density_grid(engine):
    """Points thousands of kilometres away (a wrong CRS, say) are left out of the density estimate."""
    eng, _, _ = engine
    points = np.array([[X0 + 5_000, Y0 + 5_000], [X0 + 5_100, Y0 + 5_000], [1e9, -1e9]])
    near = points_near_blocks(eng.cells, points, 650.0)
    assert near.shape == eng.cells.block_x.shape
    assert np.pi <= near.max() <= 2 * np.pi + 1e-9  # the two near points count (in one square or two), not the far one
