"""Building the graph: noding where lines end or share a vertex on one level, one-way per mode, tags."""

from __future__ import annotations

import geopandas as gpd
import numpy as np
import pytest
import shapely

from layers.errors import UserError
from layers.network import build_network, snap
from layers.network.routing import network_distance
from layers.network.tags import normalise
from tests.layers.network.network_writer import CRS, X0, Y0, lattice, lines


def dist(net, mode, src, dst, limit=1e6):
    g = net.graph(mode)
    s = snap(g, np.array([X0 + src[0]]), np.array([Y0 + src[1]]))
    t = snap(g, np.array([X0 + x for x, _ in dst]), np.array([Y0 + y for _, y in dst]))
    return network_distance(g, s, t, limit)


def test_a_lattice_is_noded_at_every_crossing_and_distances_are_manhattan():
    net = build_network(lattice(11, 100.0))
    assert net.n_nodes == 121 and net.n_edges == 220
    targets = [(1000, 1000), (300, 700), (550, 500), (500, 550), (0, 0)]
    d = dist(net, "walk", (0, 0), targets)
    assert d.tolist() == pytest.approx([2000.0, 1000.0, 1050.0, 1050.0, 0.0], abs=1e-3)


def test_off_network_places_add_their_snap_distance():
    net = build_network(lattice(3, 100.0))
    d = dist(net, "walk", (-30, 0), [(200, 230), (150, 40)])
    # (200, 230) snaps to the corner (200, 200) 30 m away; (150, 40) to (150, 0)
    assert d.tolist() == pytest.approx([30 + 400 + 30, 30 + 150 + 40], abs=1e-3)


def test_a_line_with_a_gap_does_not_connect():
    net = build_network(lines([(0, 0), (100, 0)], [(101, 0), (200, 0)]))
    d = dist(net, "walk", (0, 0), [(50, 0), (150, 0), (100.4, 0)])
    assert d[0] == pytest.approx(50.0)
    assert np.isinf(d[1])
    assert d[2] == pytest.approx(100.4, abs=1e-3)  # snaps to the first line's end, 0.4 m off


def test_a_bridge_over_a_road_on_a_shared_vertex_does_not_connect():
    road = [(0, 0), (100, 0), (200, 0)]
    bridge = [(100, -100), (100, 0), (100, 100)]
    both = lines(road, bridge, bridge=[None, "yes"], layer=["0", "1"])
    d = dist(build_network(both), "walk", (100, -100), [(200, 0), (100, 100)])
    assert np.isinf(d[0])
    assert d[1] == pytest.approx(200.0)
    level = lines(road, bridge)  # the same lines on one level: a crossing
    assert dist(build_network(level), "walk", (100, -100), [(200, 0)])[0] == pytest.approx(200.0)


def test_a_bridge_joins_the_road_where_it_ends():
    road = [(0, 0), (100, 0), (200, 0)]
    bridge = [(100, 0), (100, 100)]  # ends on the road's vertex: its approach
    net = build_network(lines(road, bridge, bridge=[None, "yes"]))
    assert dist(net, "walk", (100, 100), [(200, 0)])[0] == pytest.approx(200.0)


def test_a_one_way_loop_is_one_way_for_cars_only():
    ring = [(0, 0), (100, 0), (100, 100), (0, 100), (0, 0)]  # counter-clockwise, 400 m round
    net = build_network(lines(ring, highway=["residential"], oneway=["yes"]))
    car = dist(net, "car", (0, 0), [(100, 0), (0, 100), (50, 0)])
    assert car.tolist() == pytest.approx([100.0, 300.0, 50.0])
    back = dist(net, "car", (100, 0), [(0, 0), (50, 0)])
    assert back.tolist() == pytest.approx([300.0, 350.0])
    assert dist(net, "walk", (100, 0), [(0, 0), (50, 0)]).tolist() == pytest.approx([100.0, 50.0])


def test_services_on_the_target_edge_measure_straight_along_it():
    long = [(0, 0), (1000, 0)]
    net = build_network(lines(long))
    g = net.graph("walk")
    # one service 100 m off the line at 400, one on it at 700: a target at 450 is 350 + 100... or 250 + 0
    s = snap(g, np.array([X0 + 400, X0 + 700]), np.array([Y0 + 100, Y0]))
    t = snap(g, np.array([X0 + 450, X0 + 350, X0 + 900, X0 + 50]), np.full(4, Y0))
    d = network_distance(g, s, t, 1e6)
    assert d.tolist() == pytest.approx([150.0, 150.0, 200.0, 450.0])


def test_a_one_way_edge_with_a_service_on_it_serves_only_downstream():
    net = build_network(lines([(0, 0), (1000, 0)], highway=["tertiary"], oneway=["yes"]))
    g = net.graph("car")
    s = snap(g, np.array([X0 + 500]), np.array([Y0]))
    t = snap(g, np.array([X0 + 700, X0 + 300]), np.array([Y0, Y0]))
    d = network_distance(g, s, t, 1e6)
    assert d[0] == pytest.approx(200.0) and np.isinf(d[1])


def test_the_limit_cuts_distances_and_minutes_follow_the_speed():
    net = build_network(lines([(0, 0), (1000, 0), (2000, 0)], highway=["residential"]))
    assert np.isinf(dist(net, "walk", (0, 0), [(2000, 0)], limit=1500.0)[0])
    g = net.graph("car", minutes=True)
    s = snap(g, np.array([X0]), np.array([Y0]))
    t = snap(g, np.array([X0 + 2000]), np.array([Y0]))
    assert network_distance(g, s, t, 1e6)[0] == pytest.approx(2.0 / 30 * 60)  # 2 km at 30 km/h: 4 min


def test_modes_keep_to_their_classes():
    net = build_network(lines([(0, 0), (100, 0)], [(100, 0), (200, 0)], highway=["footway", "motorway"]))
    # a car cannot use the footway: both places snap to the motorway's start, 100 m and 50 m away
    assert dist(net, "car", (0, 0), [(50, 0)])[0] == pytest.approx(150.0)
    assert dist(net, "walk", (0, 0), [(50, 0)])[0] == pytest.approx(50.0)
    walk = net.graph("walk")
    assert walk.usable.tolist() == [True, False]


def test_osm_other_tags_give_oneway_layer_bridge_and_tunnel():
    tags = ['"oneway"=>"yes","layer"=>"1","bridge"=>"yes"', '"oneway"=>"-1","tunnel"=>"yes","layer"=>"-1"',
            '"junction"=>"roundabout"', '"oneway"=>"no","junction"=>"roundabout"', None]
    geoms = [shapely.LineString([(X0 + i, Y0), (X0 + i, Y0 + 10)]) for i in range(5)]
    frame = normalise(gpd.GeoDataFrame({"highway": ["primary"] * 5, "other_tags": tags}, geometry=geoms, crs=CRS))
    assert frame["oneway"].tolist() == [1, -1, 1, 0, 0]
    assert frame["level"].tolist() == [5, -2, 0, 0, 0]


def test_digiroad_direction_and_bridge_fields():
    geoms = [shapely.LineString([(X0 + i, Y0), (X0 + i, Y0 + 10)]) for i in range(3)]
    frame = normalise(gpd.GeoDataFrame({"AJOSUUNTA": [2, 3, 4], "SILTA_ALIK": [0, 1, -1]}, geometry=geoms,
                                       crs=CRS))
    assert frame["oneway"].tolist() == [0, -1, 1]
    assert frame["level"].tolist() == [0, 1, 2]


def test_unclassed_lines_beside_classed_ones_are_not_ways():
    """An OSM-derived file (the .pbf's "lines" layer, or a GeoPackage made from it) also holds railways and power
    lines without a highway class; a file without any class is all ways (Digiroad, a planner's own lines)."""
    geoms = [shapely.LineString([(X0, Y0), (X0 + 100, Y0)]), shapely.LineString([(X0, Y0 + 50), (X0 + 100, Y0 + 50)])]
    mixed = normalise(gpd.GeoDataFrame({"highway": ["residential", None]}, geometry=geoms, crs=CRS))
    assert mixed["highway"].tolist() == ["residential"]
    unclassed = normalise(gpd.GeoDataFrame({"name": ["a", "b"]}, geometry=geoms, crs=CRS))
    assert len(unclassed) == 2


def test_no_lines_is_a_clear_error():
    empty = normalise(gpd.GeoDataFrame(geometry=[shapely.Point(X0, Y0)], crs=CRS))
    with pytest.raises(UserError, match="no lines to route on"):
        build_network(empty, "points.geojson")


def test_parallel_ways_between_two_nodes_keep_the_shorter():
    straight = [(0, 0), (100, 0)]
    detour = [(0, 0), (50, 100), (100, 0)]
    net = build_network(lines(detour, straight, [(100, 0), (200, 0)]))
    assert net.graph("walk").csr[int(net.edge_u[0]), int(net.edge_v[0])] == pytest.approx(100.0)
    assert dist(net, "walk", (0, 0), [(200, 0)])[0] == pytest.approx(200.0)


def test_every_entry_drops_the_unclassed_lines_of_an_osm_derived_layer(tmp_path):
    """Reach along a network (the window's task) and ``--network FILE.gpkg`` go through the same rule as the
    dock and the .pbf reader: a railway beside the street is no way, so the stop 5 m from it snaps to the street."""
    from pathlib import Path

    from layers.commands.network_args import NetworkArg, read_network
    from layers.network.reach import ReachInputs, run

    frame = gpd.GeoDataFrame({"highway": ["residential", None]},
                             geometry=[shapely.LineString([(X0, Y0), (X0 + 1000, Y0)]),
                                       shapely.LineString([(X0, Y0 + 50), (X0 + 1000, Y0 + 50)])], crs=CRS)
    path = tmp_path / "osm_lines.gpkg"
    frame.to_file(path, driver="GPKG")
    assert read_network(NetworkArg(Path(path), "walk")).n_edges == 1
    stop = gpd.GeoDataFrame(geometry=[shapely.Point(X0 + 500, Y0 + 45)], crs=CRS)
    reach = run(ReachInputs(frame, "osm_lines", [("stop", stop, 300.0)]))
    area = reach.areas["stop"].geometry.iloc[0]
    assert area.contains(shapely.Point(X0 + 700, Y0))  # along the street
    assert not area.contains(shapely.Point(X0 + 700, Y0 + 50))  # not along the railway
