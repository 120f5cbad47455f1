"""Reach in minutes along a network: travel time is each way's length at its class's speed for the mode, in
closed form on a lattice with two road classes, and the coverage threshold in minutes stays a threshold on the
prepared array."""

from __future__ import annotations

import geopandas as gpd
import numpy as np
import pytest
import shapely

from layers.coverage import CoverageEngine, CoverageInputs, ServiceSpec, zones_from_frames
from layers.coverage.network_choice import STRAIGHT, add_straight_shares, measure_along
from layers.coverage.network_distances import NetworkServiceSpec, metres_per_minute, straight_radius_m
from layers.network import build_network, snap
from layers.network.routing import network_distance
from tests.layers.network.network_writer import CRS, X0, Y0, lines

STEP, N = 100.0, 11
EAST = 50.0 * 1000 / 60  # m a minute on the east-west streets: primary, 50 km/h by car
NORTH = 30.0 * 1000 / 60  # on the north-south ones: residential, 30 km/h
SNAP = 40.0 * 1000 / 60  # the snap distance at the car's default 40 km/h


def two_class_lattice():
    """An 11 x 11 grid, 100 m apart: the east-west streets primary, the north-south ones residential."""
    rows = [[(i * STEP, j * STEP) for i in range(N)] for j in range(N)]
    cols = [[(i * STEP, j * STEP) for j in range(N)] for i in range(N)]
    return build_network(lines(*rows, *cols, highway=["primary"] * N + ["residential"] * N))


def minutes_from_corner(h, v, d=0.0):
    """From a stop at the grid's south-west corner to a place snapped at (h, v) on a street, ``d`` m off it: any
    way there goes h m east and v m north at least, and the monotone ones go just that (east on primary, north on
    residential), whichever street the place is on."""
    return h / EAST + v / NORTH + d / SNAP


def test_minutes_on_two_road_classes_are_in_closed_form():
    net = two_class_lattice()
    g = net.graph("car", minutes=True)
    s = snap(g, np.array([X0]), np.array([Y0]))
    xy = [(i * STEP, j * STEP) for i in range(N) for j in range(N)] + [(250, 300), (700, 450), (1000, 975)]
    t = snap(g, np.array([X0 + x for x, _ in xy]), np.array([Y0 + y for _, y in xy]))
    got = network_distance(g, s, t, 1e6)
    want = [minutes_from_corner(x, y) for x, y in xy]
    assert got == pytest.approx(want, abs=1e-4)
    assert got[1] == pytest.approx(100 / NORTH) and got[N] == pytest.approx(100 / EAST)  # 0.2 and 0.12 min
    metres = network_distance(net.graph("car"), s, snap(net.graph("car"), t_x := np.array([X0 + 500]),
                                                         np.array([Y0 + 500])), 1e6)
    assert metres[0] == pytest.approx(1000.0) and len(t_x) == 1  # the same network in metres: Manhattan


def grid_zones():
    muni = gpd.GeoDataFrame({"code": ["001"], "name": ["Grid"]},
                            geometry=[shapely.box(X0, Y0, X0 + 1000, Y0 + 1000)], crs=CRS)
    hot = gpd.GeoDataFrame(geometry=[shapely.box(X0 - 500, Y0 - 500, X0 - 400, Y0 - 400)], crs=CRS)
    return zones_from_frames(muni, hot)


@pytest.fixture(scope="module")
def timed():
    """A stop at the corner of the grid, reached in 1.5 minutes by car, with its straight-line copy."""
    stop = gpd.GeoDataFrame(geometry=[shapely.Point(X0, Y0)], crs=CRS)
    inputs = CoverageInputs(grid_zones(), [ServiceSpec("stop", stop, 800.0)], gaps=False, curve=False)
    measure_along(inputs, two_class_lattice(), "car", 200.0, "test", minutes={"stop": 1.5})
    return CoverageEngine.prepare(inputs)


def closed_form_minutes(engine):
    """Every sample's minutes from the corner: snapped to its nearest street (an east-west or a north-south one)."""
    x, y = engine.samples.x - X0, engine.samples.y - Y0
    hx, hy = np.round(x / STEP) * STEP, np.round(y / STEP) * STEP
    to_row, to_col = np.abs(y - hy), np.abs(x - hx)
    on_row = to_row <= to_col
    return np.where(on_row, minutes_from_corner(x, hy, to_row), minutes_from_corner(hx, y, to_col))


def test_every_samples_minutes_are_the_closed_form_and_the_threshold_is_on_them(timed):
    svc = timed.services["stop"]
    assert svc.spec.minutes and svc.spec.radius_m == 1.5
    want = closed_form_minutes(timed)
    ties = np.abs(np.abs((timed.samples.x - X0) % STEP - 50) - np.abs((timed.samples.y - Y0) % STEP - 50)) < 1e-6
    assert np.allclose(svc.distance[~ties], want[~ties], atol=1e-4)  # (a tie may snap to either street)
    area = timed.samples.area_w
    shares = []
    for minutes in (0.5, 1.0, 1.5, 2.5, 3.5):
        shares.append(in_between(timed.evaluate(names=["stop"], radii={"stop": minutes}))["covered_share"])
        assert shares[-1] == pytest.approx(area[want <= minutes].sum() / area.sum(), abs=0.01)
    assert shares == sorted(shares) and 0 < shares[0] < 0.1 and shares[-1] == pytest.approx(1.0)  # far corner: 3.2 min


def in_between(result):
    return next(r for r in result.rows if r["zone"] == "in-between")


def test_the_straight_line_copy_is_the_circle_those_minutes_cover_at_the_default_speed(timed):
    copy = timed.services["stop" + STRAIGHT]
    assert copy.spec.radius_m == pytest.approx(1.5 * SNAP)  # 1 km: 1.5 min at 40 km/h
    assert straight_radius_m(timed.services["stop"].spec, 3.0) == pytest.approx(2000.0)
    assert straight_radius_m(ServiceSpec("m", copy.spec.data, 400.0), 400.0) == 400.0
    assert metres_per_minute("walk") == pytest.approx(5000 / 60)
    result = timed.evaluate(names=["stop"])
    add_straight_shares(timed, result, {"stop": 1.5})
    assert result.reach_min == {"stop": 1.5}
    row = in_between(result)
    circle = np.pi * 1000.0**2 / 4 / 1e6  # a quarter circle of 1 km in the 1 km2 square
    assert row["transport_straight_share"] == pytest.approx(circle, abs=0.01)
    assert row["transport_share"] < row["transport_straight_share"]
    assert "reach_min" in result.to_dict() and "stop" not in result.to_dict()["radii_m"]


def test_a_network_spec_in_metres_is_unchanged():
    spec = NetworkServiceSpec("s", gpd.GeoDataFrame(geometry=[shapely.Point(X0, Y0)], crs=CRS), 400.0)
    assert not spec.minutes and spec.unit == "m" and straight_radius_m(spec, 400.0) == 400.0


def test_gap_labels_of_a_reach_in_minutes_are_minutes(timed):
    from layers.coverage.dock_texts import gap_entries

    gaps = timed.gaps({"stop": 1.5}, ["stop"], min_gap_km2=0.001)
    assert len(gaps) and set(gaps["distance_unit"]) == {"min"}
    inner = shapely.get_coordinates(shapely.point_on_surface(gaps.geometry.values))
    x, y = inner[:, 0] - X0, inner[:, 1] - Y0
    hx, hy = np.round(x / STEP) * STEP, np.round(y / STEP) * STEP
    on_row = np.abs(y - hy) <= np.abs(x - hx)
    want = np.where(on_row, minutes_from_corner(x, hy, np.abs(y - hy)), minutes_from_corner(hx, y, np.abs(x - hx)))
    assert gaps["distance_m"].to_numpy() == pytest.approx(want, abs=0.01)
    assert (gaps["distance_m"] > 1.5).all() and (gaps["max_distance_m"] <= 3.3).all()
    assert gap_entries(gaps, "by area", 1)[0][0].endswith(f"{gaps['distance_m'].iloc[0]:,.1f} min to service")


def test_the_minutes_graph_shares_the_snap_index_of_the_metres_one():
    net = two_class_lattice()
    metres, minutes = net.graph("car"), net.graph("car", minutes=True)
    assert minutes.snap_index() is metres.snap_index()
    assert net.graph("walk", minutes=True).snap_index() is not metres.snap_index()
