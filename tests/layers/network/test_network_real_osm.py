"""The real central-Helsinki street network (OpenStreetMap, ODbL) with the real HSL stops: network distances agree
to 1 m with a plain-Python Dijkstra on the raw OSM segments, noded and snapped independently of layers.network."""

from __future__ import annotations

import heapq
import itertools
import math
from collections import defaultdict

import numpy as np
import pytest
import shapely

from layers.network import build_network, snap
from layers.network.profiles import profile
from layers.network.routing import network_distance
from layers.network.tags import read_osm_lines

pytestmark = [pytest.mark.shared_data]
SNAP_M = 200.0


@pytest.fixture(scope="module")
def osm(shared_data):
    from layers.io import read_layer

    lines = read_osm_lines(shared_data / "helsinki_centre_osm.pbf")
    net = build_network(lines, "helsinki_centre_osm.pbf")
    x0, y0, x1, y1 = lines.total_bounds
    stops = read_layer(shared_data / "hsl_stops_2022_central_helsinki.geojson").data
    xy = shapely.get_coordinates(stops.geometry.values)
    inside = (xy[:, 0] > x0) & (xy[:, 0] < x1) & (xy[:, 1] > y0) & (xy[:, 1] < y1)
    rng = np.random.default_rng(15)
    targets = np.c_[rng.uniform(x0, x1, 250), rng.uniform(y0, y1, 250)]
    return lines, net, xy[inside], targets


def _reference(lines, sources, targets, mode="walk"):
    """Network distance by a heapq Dijkstra over every raw segment of the mode's lines: vertices joined where a
    line ends at their point (every line there) or where lines share a vertex on the same level; each place
    snapped to its nearest segment within SNAP_M, the segment split at every place on it."""
    allowed = profile(mode).allowed
    geoms = list(lines.geometry.values)
    levels = lines["level"].tolist()
    usable = [h in allowed for h in lines["highway"]]
    coords = [[(round(x * 100), round(y * 100)) for x, y in g.coords] for g in geoms]
    ends = {c for cs in coords for c in (cs[0], cs[-1])}

    def key(c, lvl):
        return (c, None) if c in ends else (c, lvl)

    segs = []  # (a, b, start xy, end xy)
    for g, cs, lvl, ok in zip(geoms, coords, levels, usable, strict=True):
        if ok:
            pts = list(g.coords)
            segs += [(key(cs[i], lvl), key(cs[i + 1], lvl), pts[i], pts[i + 1]) for i in range(len(pts) - 1)]
    sa = np.array([s[2] for s in segs])
    sb = np.array([s[3] for s in segs])

    def snap_ref(p):
        d = sb - sa
        t = np.clip(((p - sa) * d).sum(1) / np.maximum((d * d).sum(1), 1e-12), 0, 1)
        q = sa + t[:, None] * d
        dist = np.hypot(*(q - p).T)
        i = int(np.argmin(dist))
        return i, float(t[i] * math.hypot(*d[i])), float(dist[i])

    on_seg = defaultdict(list)
    snaps = {}
    for kind, places in (("s", sources), ("t", targets)):
        for j, p in enumerate(places):
            i, along, d = snap_ref(np.asarray(p))
            if d <= SNAP_M:
                on_seg[i].append((along, (kind, j)))
                snaps[(kind, j)] = d
    adj = defaultdict(list)
    for i, (a, b, pa, pb) in enumerate(segs):
        chain = [(0.0, a), *sorted(on_seg.get(i, [])), (math.hypot(pb[0] - pa[0], pb[1] - pa[1]), b)]
        for (t0, n0), (t1, n1) in itertools.pairwise(chain):
            adj[n0].append((n1, t1 - t0))
            adj[n1].append((n0, t1 - t0))
    best = {}
    heap = [(snaps[k], i, k) for i, k in enumerate(k for k in snaps if k[0] == "s")]
    heapq.heapify(heap)
    pushed = len(heap)
    while heap:
        d, _, n = heapq.heappop(heap)
        if n in best:
            continue
        best[n] = d
        for m, w in adj[n]:
            if m not in best:
                pushed += 1
                heapq.heappush(heap, (d + w, pushed, m))
    return np.array([best.get(("t", j), math.inf) + snaps.get(("t", j), math.inf) for j in range(len(targets))])


def test_network_distances_agree_with_an_independent_dijkstra_to_a_metre(osm):
    lines, net, stops, targets = osm
    assert len(stops) > 20 and net.n_edges > 3000
    g = net.graph("walk")
    got = network_distance(g, snap(g, stops[:, 0], stops[:, 1], SNAP_M), snap(g, targets[:, 0], targets[:, 1], SNAP_M),
                           1e7)
    want = _reference(lines, stops, targets)
    finite = np.isfinite(want)
    assert finite.sum() > 200
    assert np.array_equal(np.isfinite(got), finite)
    assert np.max(np.abs(got[finite] - want[finite])) < 1.0


def test_network_distance_is_never_below_the_straight_line(osm):
    _, net, stops, targets = osm
    g = net.graph("walk")
    got = network_distance(g, snap(g, stops[:, 0], stops[:, 1]), snap(g, targets[:, 0], targets[:, 1]), 1e7)
    straight = np.min(np.hypot(targets[:, None, 0] - stops[None, :, 0], targets[:, None, 1] - stops[None, :, 1]),
                      axis=1)
    assert np.all(got >= straight - 1e-3)
    assert np.median(got[np.isfinite(got)] / straight[np.isfinite(got)]) > 1.1  # streets are not straight lines


def test_the_service_area_stays_inside_the_circles_widened_by_its_drawing_width(osm):
    from layers.network.areas import AREA_WIDTH_M, service_area
    from layers.network.routing import node_costs

    _, net, stops, _ = osm
    g = net.graph("walk")
    s = snap(g, stops[:, 0], stops[:, 1])
    area = service_area(g, s, node_costs(g, s, 200.0), 200.0)
    circles = shapely.union_all(shapely.buffer(shapely.points(stops), 200.0 + AREA_WIDTH_M + 0.5))
    assert area.area > 0.3e6
    assert area.difference(circles).area < 1.0
    assert area.area < 0.8 * circles.intersection(shapely.box(*shapely.bounds(area))).area


def test_file_open_of_the_extract_gives_its_highways_and_the_same_network_as_network(osm, shared_data):
    """File > Open reads the extract through the loader's ``read_layer``: the highway lines with their OSM tags
    (EPSG:3067), and the network the dock builds from that layer is the one ``--network FILE.pbf`` builds."""
    from layers.io import read_layer
    from layers.network.tags import normalise

    lines, net, _, _ = osm
    loaded = read_layer(shared_data / "helsinki_centre_osm.pbf")
    data = loaded.data
    assert data.crs.to_epsg() == 3067 and set(data.geom_type) == {"LineString"}
    assert data["highway"].notna().all() and {"osm_id", "name", "other_tags"} <= set(data.columns)
    assert len(data) == len(lines) > 1000
    assert any("highway lines" in n for n in loaded.report.notes)
    again = build_network(normalise(data), "opened")
    assert (again.n_edges, again.n_nodes) == (net.n_edges, net.n_nodes)
    assert float(again.length.sum()) == pytest.approx(float(net.length.sum()), rel=1e-6)
