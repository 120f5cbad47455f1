"""Service areas: the reachable parts of the ways at a radius, buffered; one-way and same-edge services."""

from __future__ import annotations

import numpy as np
import pytest
import shapely

from layers.network import build_network, snap
from layers.network.areas import AREA_WIDTH_M, reachable_intervals, service_area
from layers.network.routing import node_costs
from tests.layers.network.network_writer import X0, Y0, lines


def area_of(net, mode, xy, r):
    g = net.graph(mode)
    s = snap(g, np.array([X0 + x for x, _ in xy]), np.array([Y0 + y for _, y in xy]))
    return g, s, service_area(g, s, node_costs(g, s, r), r)


def test_a_stop_in_the_middle_of_a_street_reaches_its_radius_each_way():
    net = build_network(lines([(0, 0), (1000, 0)], [(1000, 0), (1000, 1000)]))
    g, s, area = area_of(net, "walk", [(500, 20)], 300.0)
    edge, start, end = reachable_intervals(g, s, node_costs(g, s, 300.0), 300.0)
    assert edge.tolist() == [0] and start[0] == pytest.approx(220.0) and end[0] == pytest.approx(780.0)
    width = 2 * AREA_WIDTH_M
    assert area.area == pytest.approx(560 * width + np.pi * AREA_WIDTH_M**2, rel=0.02)


def test_the_area_turns_corners_and_respects_one_way_streets():
    ring = [(0, 0), (1000, 0), (1000, 1000)]
    net = build_network(lines(ring, highway=["residential"], oneway=["yes"]))
    _, _, walk = area_of(net, "walk", [(900, 0)], 300.0)
    assert walk.contains(shapely.Point(X0 + 1000, Y0 + 190)) and walk.contains(shapely.Point(X0 + 650, Y0))
    _, _, car = area_of(net, "car", [(900, 0)], 300.0)
    assert car.contains(shapely.Point(X0 + 1000, Y0 + 190))
    assert not car.contains(shapely.Point(X0 + 650, Y0))  # behind the stop on a one-way street


def test_nothing_reached_is_an_empty_area():
    net = build_network(lines([(0, 0), (1000, 0)]))
    _, _, area = area_of(net, "walk", [(500, 150)], 100.0)  # the snap alone is over the radius
    assert area.is_empty
