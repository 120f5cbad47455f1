"""The coverage check's k-d tree (pykdtree behind :class:`layers.coverage.feature_index.KdTree`) answers as a
brute-force search and scipy's cKDTree do; the crowded case of the exact distance; the hot spots' spanning tree
without scipy; and a coverage run that imports no scipy at all."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import geopandas as gpd
import numpy as np
import pytest
import shapely
from scipy.sparse.csgraph import minimum_spanning_tree
from scipy.spatial import cKDTree

from layers.coverage.connections import _joining_links
from layers.coverage.feature_index import NEAR_VERTICES, KdTree, feature_index

ROOT = Path(__file__).resolve().parents[3]


def brute(data: np.ndarray, q: np.ndarray, k: int, upper: float) -> np.ndarray:
    """The ``k`` smallest distances from each query point to ``data`` closer than ``upper`` (inf-padded; as in
    scipy's tree, "closer" compares the squared distance with the square of ``upper``)."""
    out = np.full((len(q), k), np.inf)
    if len(data):
        dx, dy = data[None, :, 0] - q[:, None, 0], data[None, :, 1] - q[:, None, 1]
        d2 = np.sort(dx * dx + dy * dy, axis=1)[:, :k]
        out[:, :d2.shape[1]] = np.where(d2 < upper * upper, np.sqrt(d2), np.inf)
    return out


def check_against_brute(data: np.ndarray, q: np.ndarray, k: int, upper: float) -> tuple[np.ndarray, np.ndarray]:
    tree = KdTree(data)
    d, i = tree.query(q, k=k, distance_upper_bound=upper)
    d, i = d.reshape(len(q), k), i.reshape(len(q), k)
    assert d.dtype == np.float64 and i.dtype == np.int64
    assert np.array_equal(d, brute(data, q, k, upper))  # the same numbers, nearest first
    found = np.isfinite(d)
    assert np.all(i[~found] == len(data)) and np.all(i[found] < len(data))  # row n: no neighbour
    if found.any():  # each row given is a point at the distance given, and no point twice
        rows = np.nonzero(found)
        got = data[i[rows]] - q[rows[0]]
        assert np.array_equal(np.sqrt(got[:, 0] ** 2 + got[:, 1] ** 2), d[rows])
        assert all(len(set(r[f])) == f.sum() for r, f in zip(i, found, strict=True))
    return d, i


@pytest.mark.parametrize("n", [1, 2, 3, 17, 64, 65, 2_000])
def test_the_tree_answers_as_a_brute_force_search_and_as_scipys(n):
    rng = np.random.default_rng(n)
    data = rng.random((n, 2)) * 1000
    q = rng.random((1_500, 2)) * 1400 - 200
    reference = cKDTree(data, leafsize=16, balanced_tree=False, compact_nodes=False)
    for k in (1, 4, 17):  # 17 > n for the small trees
        for upper in (np.inf, 1e300, 250.0, 40.0, 0.0):
            d, _ = check_against_brute(data, q, k, upper)
            ref_d, ref_i = reference.query(q, k=k, distance_upper_bound=upper)
            assert np.array_equal(d.reshape(ref_d.shape), ref_d)
            assert np.array_equal(np.isinf(d).reshape(ref_d.shape), ref_i == n)


def test_ties_duplicates_and_points_exactly_at_the_bound():
    rng = np.random.default_rng(5)
    grid = rng.integers(0, 12, (300, 2)).astype(np.float64)  # many duplicates and equal distances
    q = rng.integers(-2, 14, (800, 2)).astype(np.float64)
    for k in (1, 3, 9):
        for upper in (5.0, 3.0, np.sqrt(2.0), 1.0):  # distances of exactly 5, 3, sqrt 2 and 1 are common here
            check_against_brute(grid, q, k, upper)
    tree = KdTree(np.array([[0.0, 0.0], [3.0, 4.0], [3.0, 4.0]]))
    d, i = tree.query(np.array([[0.0, 0.0]]), k=4, distance_upper_bound=5.0)  # 5 m is not within 5 m
    assert d.tolist() == [[0.0, np.inf, np.inf, np.inf]] and i.tolist() == [[0, 3, 3, 3]]
    d, i = tree.query(np.array([[0.0, 0.0]]), k=4, distance_upper_bound=np.nextafter(5.0, 6.0))
    assert d.tolist() == [[0.0, 5.0, 5.0, np.inf]] and sorted(i[0, 1:3].tolist()) == [1, 2] and i[0, 3] == 3


def test_empty_trees_and_empty_queries():
    empty = KdTree(np.empty((0, 2)))
    assert empty.n == 0 and empty.data.shape == (0, 2)
    d, i = empty.query(np.array([[1.0, 2.0], [3.0, 4.0]]), k=2, distance_upper_bound=10.0)
    assert np.isinf(d).all() and d.shape == (2, 2) and (i == 0).all()
    tree = KdTree(np.array([[0.0, 0.0], [1.0, 1.0]], dtype=np.float32))  # float32 input: float64 answers
    assert tree.data.dtype == np.float64
    for k in (1, 3):
        d, i = tree.query(np.empty((0, 2)), k=k)
        assert d.shape == i.shape == ((0,) if k == 1 else (0, k))
    d, i = tree.query(np.array([[0.0, 0.5]], dtype=np.float32))
    assert d.dtype == np.float64 and d.tolist() == [0.5] and i.tolist() == [0]


def crowded_lines() -> list[shapely.LineString]:
    """Fans of short lines through two centres: around them hundreds of vertices lie within the reach of a query
    point, several doublings of ``NEAR_VERTICES``."""
    fans = []
    for cx, cy in ((0.0, 0.0), (400.0, 30.0)):
        for a in np.linspace(0, np.pi, 90, endpoint=False):
            dx, dy = 120 * np.cos(a), 120 * np.sin(a)
            fans.append(shapely.LineString([(cx - dx, cy - dy), (cx + dx, cy + dy)]))
    return fans


def test_the_exact_distance_where_hundreds_of_vertices_are_near():
    lines = crowded_lines()
    index = feature_index(gpd.GeoDataFrame(geometry=lines, crs="EPSG:3067"))
    rng = np.random.default_rng(8)
    x, y = rng.uniform(-200, 600, 3_000), rng.uniform(-200, 250, 3_000)
    _, hi, _ = index.bounds(x, y, 1_000.0)
    reach = np.sqrt(hi.astype(np.float64) ** 2 + index.half_step**2)
    near = (index.points[None, :, 0] - x[:, None]) ** 2 + (index.points[None, :, 1] - y[:, None]) ** 2
    many = (near <= reach[:, None] ** 2).sum(axis=1)
    assert (many > NEAR_VERTICES).sum() > 100 and many.max() > 8 * NEAR_VERTICES  # several rounds are needed
    exact = shapely.distance(shapely.points(x, y), shapely.union_all(lines))
    np.testing.assert_allclose(index.exact_distance(x, y, hi), exact, atol=1e-6)
    for r in (3.0, 25.0, 60.0):
        assert np.array_equal(index.within(x, y, r), exact <= r)


def test_the_spanning_tree_is_scipys_where_the_distances_differ():
    rng = np.random.default_rng(11)
    for n in (3, 4, 10, 60, 250):
        centres = shapely.points(rng.uniform(0, 50_000, (n + 5, 2)))
        served = sorted(rng.choice(n + 5, n, replace=False).tolist())
        xy = shapely.get_coordinates(centres[served])
        dist = np.hypot(*(xy[:, None, :] - xy[None, :, :]).transpose(2, 0, 1))
        ref = minimum_spanning_tree(dist).tocoo()
        expected = sorted((min(served[i], served[j]), max(served[i], served[j]))
                          for i, j in zip(ref.row, ref.col, strict=True))
        assert _joining_links(centres, served) == expected


def test_the_spanning_tree_of_equal_distances_is_a_shortest_one():
    centres = shapely.points([(x, y) for x in range(0, 5_000, 1_000) for y in range(0, 4_000, 1_000)]
                             + [(0, 0), (0, 0)])  # a square grid: many equal links, and three centres at one place
    served = list(range(len(centres)))
    links = _joining_links(centres, served)
    xy = shapely.get_coordinates(centres)
    dist = np.hypot(*(xy[:, None, :] - xy[None, :, :]).transpose(2, 0, 1))
    assert len(links) == len(served) - 1 and len(set(links)) == len(links)
    reached, todo = {0}, True
    while todo:  # the links join every centre
        todo = False
        for a, b in links:
            if (a in reached) != (b in reached):
                reached |= {a, b}
                todo = True
    assert reached == set(served)
    weight = sum(dist[a, b] for a, b in links)
    # scipy reads a 0 as no link: coincident centres get a link of 1 mm
    assert weight == pytest.approx(minimum_spanning_tree(np.maximum(dist, 1e-3) * (1 - np.eye(len(xy)))).sum(),
                                   abs=0.01)
    assert _joining_links(centres, [3]) == [] and _joining_links(centres, [7, 2]) == [(2, 7)]


DRIVER = ("import sys\nfrom app.cli import main\nrc = main(sys.argv[1:])\n"
          "sys.stderr.write('SCIPY ' + ','.join(sorted(m for m in sys.modules if m.startswith('scipy'))) + '\\n')\n"
          "sys.exit(rc)\n")


def test_a_coverage_run_on_a_thousand_points_imports_no_scipy(default_region, tmp_path):
    outline = shapely.union_all(np.asarray(default_region.municipalities.geometry.values))
    x0, y0, x1, y1 = outline.bounds
    rng = np.random.default_rng(2)
    xy = rng.random((20_000, 2)) * [x1 - x0, y1 - y0] + [x0, y0]
    xy = xy[shapely.contains_xy(outline, xy[:, 0], xy[:, 1])][:1_000]
    assert len(xy) == 1_000
    layer = tmp_path / "points.parquet"
    gpd.GeoDataFrame(geometry=gpd.points_from_xy(xy[:, 0], xy[:, 1]), crs="EPSG:3067").to_parquet(layer)
    env = {**os.environ, "REGIONMAP_CACHE_DIR": str(tmp_path / "cache"), "QT_QPA_PLATFORM": "offscreen"}
    outputs = []
    for _ in ("cold", "warm"):
        got = subprocess.run([sys.executable, "-c", DRIVER, "coverage", "--layer", f"{layer}:400"], cwd=ROOT,
                             env=env, capture_output=True, text=True, timeout=600)
        assert got.returncode == 0, got.stderr[-3000:]
        last = got.stderr.splitlines()[-1]
        assert last.startswith("SCIPY "), got.stderr[-3000:]
        assert last == "SCIPY ", f"the coverage check imported {last[6:]}"
        outputs.append(got.stdout)
    assert outputs[0] == outputs[1] and '"rows"' in outputs[0]
