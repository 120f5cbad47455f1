"""``regionmap coverage --network ... --compare/--compare-map/--unique``: the other state, the difference map and
what each feature adds are all measured along the network, on a 100 m street grid the test writes.

Along a street grid a stop reaches the places within its radius in the Manhattan metric (plus the walk to the
street), a diamond inside the straight-line disc: two stops 400 m apart at 300 m share a lens of 22 % of each disc
in a straight line, and along the streets a diamond of 100 m half-diagonal, 11 % of each stop's diamond."""

from __future__ import annotations

import json

import geopandas as gpd
import numpy as np
import pytest
import shapely

from app.cli import main
from tests.layers.network.network_writer import CRS, X0, Y0, lattice


@pytest.fixture(scope="module")
def files(tmp_path_factory):
    """West and East, 1 km squares; a hot spot in West's centre; streets over West only; this run's stop low in
    West, the other project's high in West (their diamonds overlap around the hot spot); two stops for --unique."""
    tmp = tmp_path_factory.mktemp("compare_network")
    gpd.GeoDataFrame({"code": ["001", "002"], "name": ["West", "East"]},
                     geometry=[shapely.box(X0, Y0, X0 + 1000, Y0 + 1000),
                               shapely.box(X0 + 1000, Y0, X0 + 2000, Y0 + 1000)], crs=CRS).to_file(tmp / "region.gpkg")
    gpd.GeoDataFrame(geometry=[shapely.box(X0 + 450, Y0 + 450, X0 + 550, Y0 + 550)], crs=CRS).to_file(tmp / "hot.gpkg")
    streets = lattice(11, 100.0)
    streets["highway"] = "residential"
    streets.to_file(tmp / "streets.gpkg")
    for name, points in (("low", [(500, 300)]), ("high", [(500, 700)]), ("pair", [(300, 500), (700, 500)])):
        gpd.GeoDataFrame({"name": [f"{name}{i}" for i in range(len(points))]},
                         geometry=[shapely.Point(X0 + x, Y0 + y) for x, y in points], crs=CRS
                         ).to_file(tmp / f"{name}.gpkg")
    region = ["--region", str(tmp / "region.gpkg"), "--all", "--no-clip-land", "--name-field", "name",
              "--code-field", "code", "--hotspots", str(tmp / "hot.gpkg")]
    assert main(["project", str(tmp / "other.gpkg"), *region, "--layer", f"{tmp / 'high.gpkg'}:300",
                 "--quiet"]) == 0
    return tmp, region


def coverage(files, capsys, layer, *extra, network=True):
    tmp, region = files
    along = ["--network", f"{tmp / 'streets.gpkg'}:walk"] if network else []
    code = main(["coverage", *region, "--layer", f"{tmp / layer}:300", *along, *map(str, extra)])
    captured = capsys.readouterr()
    assert code == 0, captured.err
    return captured.out


def rows(text):
    return {(r["municipality"], r["zone"]): r for r in json.loads(text)["rows"]}


def test_the_other_state_is_measured_along_the_same_network(files, capsys, tmp_path):
    tmp, _ = files
    change = tmp_path / "change.geojson"
    got = rows(coverage(files, capsys, "low.gpkg", "--compare", tmp / "other.gpkg", "--compare-map", change))
    theirs = rows(coverage(files, capsys, "high.gpkg"))  # the other's layer, run along the network itself
    straight = rows(coverage(files, capsys, "high.gpkg", network=False))
    west = got["West", "in-between"]
    assert west["transport_share_other"] == pytest.approx(theirs["West", "in-between"]["transport_share"], abs=1e-6)
    assert west["transport_share_other"] < 0.8 * straight["West", "in-between"]["transport_share"]
    assert west["transport_share_diff"] == pytest.approx(west["transport_share_other"] - west["transport_share"],
                                                         abs=1e-5)
    # the straight-line shares are this run's only: nothing to compare them with
    assert "transport_straight_share" in west and "transport_straight_share_other" not in west
    assert got["East", "in-between"]["transport_share_other"] == 0.0  # no street there
    frame = gpd.read_file(change).to_crs(CRS).set_index("change")
    assert sorted(frame.index) == ["gained", "lost"]
    # whole cells along the network: gained - lost is the other's covered area less this run's, exactly
    mine = rows(coverage(files, capsys, "low.gpkg"))["West", "in-between"]["covered_km2"]
    other = theirs["West", "in-between"]["covered_km2"]
    assert frame.loc["gained", "area_km2"] - frame.loc["lost", "area_km2"] == pytest.approx(other - mine, abs=2e-4)
    assert 0.8 * other < frame.loc["gained", "area_km2"] < other  # the two overlap next to the hot spot
    assert frame.loc["gained"].geometry.contains(shapely.Point(X0 + 500, Y0 + 800))
    assert not frame.loc["gained"].geometry.intersects(shapely.Point(X0 + 700, Y0 + 900))  # 400 m along streets


def test_csv_rows_compare_the_network_shares(files, capsys):
    tmp, _ = files
    text = coverage(files, capsys, "low.gpkg", "--compare", tmp / "other.gpkg", "--format", "csv")
    header = text.splitlines()[0].split(",")
    assert "transport_share_other" in header and "transport_share_diff" in header
    assert "transport_straight_share" in header and "transport_straight_share_other" not in header


def test_unique_is_what_only_each_stop_reaches_along_the_streets(files, capsys, tmp_path):
    along, straight = tmp_path / "along.gpkg", tmp_path / "straight.gpkg"
    coverage(files, capsys, "pair.gpkg", "--unique", along)
    coverage(files, capsys, "pair.gpkg", "--unique", straight, network=False)
    net = gpd.read_file(along).set_index("name")
    line = gpd.read_file(straight).set_index("name")
    for stop in ("pair0", "pair1"):
        assert net.loc[stop, "covered_area_km2"] < 0.75 * line.loc[stop, "covered_area_km2"]  # a diamond in a disc
        share = net.loc[stop, "unique_area_km2"] / net.loc[stop, "covered_area_km2"]
        assert 0.85 < share < 0.97  # 11 % of a diamond shared (a little less: the walk to the street)
        assert line.loc[stop, "unique_area_km2"] == pytest.approx(0.78 * line.loc[stop, "covered_area_km2"],
                                                                  rel=0.05)  # the lens: 22 % of a disc


def test_unique_along_a_network_adds_up_to_the_layer_and_matches_brute_force(files):
    """Per feature, the samples a full (unbounded, unfiltered) network distance reaches; the union is the
    network layer's own covered samples."""
    from layers.coverage import CoverageEngine, CoverageInputs, ServiceSpec, zones_from_frames
    from layers.coverage.network_distances import NetworkServiceSpec
    from layers.network import build_network
    from layers.network.routing import network_distance, snap
    from layers.siting.unique import unique_coverage

    tmp, _ = files
    region = gpd.read_file(tmp / "region.gpkg")
    zones = zones_from_frames(region, gpd.read_file(tmp / "hot.gpkg"))
    streets = lattice(11, 100.0)
    streets["highway"] = "residential"
    network = build_network(streets, "streets")
    stops = gpd.GeoDataFrame(geometry=[shapely.Point(X0 + x, Y0 + y) for x, y in ((300, 500), (700, 500),
                                                                                  (520, 480))], crs=CRS)
    spec = NetworkServiceSpec("stops", stops, 300.0, network=network)
    engine = CoverageEngine.prepare(CoverageInputs(zones, [spec], gaps=False, curve=False))
    got = unique_coverage(engine, [spec])
    s = engine.samples
    graph = network.graph("walk")
    targets = snap(graph, s.x, s.y, spec.max_snap_m)
    reach = np.array([network_distance(graph, snap(graph, [p.x], [p.y], spec.max_snap_m), targets, 1e9) <= 300.0
                      for p in stops.geometry])
    count = reach.sum(axis=0)
    assert count.max() >= 2  # the third stop shares with both
    covered = engine.covered_mask(names=["stops"])
    assert np.array_equal(count >= 1, covered)
    assert got.union_area == pytest.approx(float(s.area_w[covered].sum()))
    assert got.shared_area == pytest.approx(float(s.area_w[count >= 2].sum()))
    by_point = {(round(g.x), round(g.y)): i for i, g in enumerate(stops.geometry)}
    for _, row in got.features.iterrows():
        i = by_point[round(row.geometry.x), round(row.geometry.y)]
        assert row["unique_area_km2"] == pytest.approx(float(s.area_w[reach[i] & (count == 1)].sum()) / 1e6)
        assert row["covered_area_km2"] == pytest.approx(float(s.area_w[reach[i]].sum()) / 1e6)
    straight = unique_coverage(engine, [ServiceSpec("stops", stops, 300.0)])
    assert got.union_area < straight.union_area
