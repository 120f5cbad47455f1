"""Closed-form disc-in-square areas and the line densification behind the distance index."""

from __future__ import annotations

import numpy as np
import shapely
from hypothesis import given, settings
from hypothesis import strategies as st

from layers.coverage.disc_area import disc_square_area
from layers.coverage.feature_index import distinct_segments, feature_index

coord = st.floats(-800, 800, allow_nan=False)


@settings(max_examples=200, deadline=None)
@given(cx=coord, cy=coord, side=st.floats(1, 500), r=st.floats(5, 900))
def test_disc_in_square_matches_fine_polygons(cx, cy, side, r):
    ours = float(disc_square_area(np.array([cx]), np.array([cy]), np.array([side]), 0.0, 0.0, r)[0])
    circle = shapely.Point(0, 0).buffer(r, quad_segs=512)
    ref = circle.intersection(shapely.box(cx - side / 2, cy - side / 2, cx + side / 2, cy + side / 2)).area
    # the polygon falls short of the circle by at most the sagitta of one of its chords along the arc
    sagitta = r * (np.pi / 1024) ** 2 / 8
    assert abs(ours - ref) <= min(4 * side, 2 * np.pi * r) * sagitta + 1e-9 * side * side + 1e-9


def test_disc_in_square_limits():
    side = np.array([10.0, 10.0, 10.0])
    area = disc_square_area(np.array([0.0, 100.0, 5.0]), np.array([0.0, 0.0, 0.0]), side, 0.0, 0.0, 50.0)
    assert area[0] == 100.0  # square wholly inside
    assert area[1] == 0.0  # wholly outside
    assert area[2] == 100.0  # touching the centre, still inside
    half = disc_square_area(np.array([50.0]), np.array([0.0]), np.array([0.1]), 0.0, 0.0, 50.0)
    assert abs(half[0] / 0.01 - 0.5) < 1e-3  # a small square centred on the circle: half in


def test_a_segment_two_lines_share_counts_once_either_way_round():
    a = shapely.LineString([(0, 0), (95, 0), (95, 37)])
    b = shapely.LineString([(95, 37), (95, 0)])  # the same segment, drawn the other way
    starts, ends = distinct_segments(np.array([a, b], dtype=object))
    assert len(starts) == 2
    assert {tuple(sorted([tuple(s), tuple(e)])) for s, e in zip(starts, ends, strict=True)} == {
        ((0.0, 0.0), (95.0, 0.0)), ((95.0, 0.0), (95.0, 37.0))}


def test_points_only_index_knows_the_nearest_point():
    import geopandas as gpd

    frame = gpd.GeoDataFrame(geometry=shapely.points([(0, 0), (30, 0), (100, 0)]), crs="EPSG:3067")
    index = feature_index(frame)
    assert index.points_only
    d1, i1 = index.nearest(np.array([10.0, 500.0]), np.array([0.0, 0.0]), 200.0)
    assert d1[0] == 10.0 and tuple(index.points[i1[0]]) == (0.0, 0.0)
    assert np.isinf(d1[1]) and i1[1] == -1
    lines = gpd.GeoDataFrame(geometry=[shapely.LineString([(0, 0), (1, 1)])], crs="EPSG:3067")
    assert not feature_index(lines).points_only


def _routes_like():
    import geopandas as gpd

    rng = np.random.default_rng(5)
    lines = []
    for _ in range(12):  # wiggly lines with long and short segments, some sharing a stretch
        xy = np.cumsum(rng.normal(0, 1, (30, 2)) * rng.choice([8.0, 60.0, 240.0], (30, 1)), axis=0)
        lines.append(shapely.LineString(xy))
    lines.append(shapely.LineString(shapely.get_coordinates(lines[0])[::-1][:10]))  # a shared stretch, reversed
    ring = shapely.Point(400, -300).buffer(120, quad_segs=4)
    stops = shapely.points(rng.normal(0, 400, (20, 2)))
    return gpd.GeoDataFrame(geometry=[*lines, ring, *stops], crs="EPSG:3067")


def test_line_index_bounds_hold_and_within_is_exact():
    frame = _routes_like()
    index = feature_index(frame)
    assert not index.points_only and 0 < index.half_step <= 25.0
    union = shapely.union_all(frame.geometry.values)
    rng = np.random.default_rng(9)
    x, y = rng.uniform(-1500, 1500, 20_000), rng.uniform(-1500, 1500, 20_000)
    exact = shapely.distance(shapely.points(x, y), union)
    lo, hi, _ = index.bounds(x, y, 5_000.0)
    assert np.all(lo <= exact + 1e-3) and np.all(exact <= hi + 1e-3)
    far_out = exact > 200
    assert np.mean((hi - lo)[far_out]) < 2.0  # tight away from the lines: hi - lo is about half_step² / 2d
    for r in (30.0, 150.0, 400.0):
        # exact to the millimetre, even for points in the band between the bounds
        near = np.abs(exact - r) > 1e-3
        assert np.array_equal(index.within(x, y, r)[near], (exact <= r)[near])
        band = (lo <= r) & (hi > r)
        assert band.any()
    far = index.exact_distance(x[:500], y[:500], hi[:500])
    ok = np.isfinite(hi[:500])
    np.testing.assert_allclose(far[ok], exact[:500][ok], atol=1e-6)


def test_fine_distances_are_within_centimetres_of_exact():
    frame = _routes_like()
    index = feature_index(frame)
    union = shapely.union_all(frame.geometry.values)
    rng = np.random.default_rng(2)
    x, y = rng.uniform(-1500, 1500, 5_000), rng.uniform(-1500, 1500, 5_000)
    exact = shapely.distance(shapely.points(x, y), union)
    d = index.distance(x, y)
    assert np.all(d >= exact - 1e-3)
    far = exact > 20
    assert np.all(d[far] - exact[far] <= 10.0**2 / (8 * exact[far]) + 1e-3)


def test_exact_distance_where_many_vertices_are_near():
    """A bundle of parallel lines: more vertices are near than one array query returns; the ball query takes over."""
    import geopandas as gpd

    from layers.coverage.feature_index import NEAR_VERTICES

    lines = [shapely.LineString([(0, k * 2.0), (600, k * 2.0 + 30)]) for k in range(30)]
    index = feature_index(gpd.GeoDataFrame(geometry=lines, crs="EPSG:3067"))
    rng = np.random.default_rng(4)
    x, y = rng.uniform(-50, 650, 400), rng.uniform(-40, 110, 400)
    _, hi, _ = index.bounds(x, y, 1_000.0)
    dk, _ = index.tree.query(np.c_[x, y], k=NEAR_VERTICES)
    assert (dk[:, -1] <= np.sqrt(hi**2 + index.half_step**2)).sum() > 50  # the crowded case is exercised
    exact = shapely.distance(shapely.points(x, y), shapely.union_all(lines))
    np.testing.assert_allclose(index.exact_distance(x, y, hi), exact, atol=1e-6)
