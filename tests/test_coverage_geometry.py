"""Closed-form disc-in-square areas and the line densification behind the distance index."""

from __future__ import annotations

import numpy as np
import shapely
from hypothesis import given, settings
from hypothesis import strategies as st

from layers.coverage.disc_area import disc_square_area
from layers.coverage.prepared import densified_segments, feature_index

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


def test_densified_segments_shared_segments_count_once_and_no_gap_exceeds_the_step():
    a = shapely.LineString([(0, 0), (95, 0), (95, 37)])
    b = shapely.LineString([(95, 37), (95, 0)])  # the same segment, drawn the other way
    pts = densified_segments(np.array([a, b], dtype=object), 10.0)
    on_a = shapely.distance(shapely.points(pts), a)
    assert np.all(on_a < 1e-9)
    assert len(pts) == len(np.unique(pts, axis=0)) + 1  # only the shared corner (95, 0) twice
    # every point of the line is within step / 2 of a vertex
    probe = shapely.get_coordinates(shapely.segmentize(a, 0.5))
    d = np.min(np.hypot(probe[:, None, 0] - pts[None, :, 0], probe[:, None, 1] - pts[None, :, 1]), axis=1)
    assert d.max() <= 5.0 + 1e-9


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
