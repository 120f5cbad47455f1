"""``regionmap coverage --network FILE[:MODE]`` on small written inputs: shares along the network beside the
straight-line ones, service areas, and one clear message for each kind of bad input."""

from __future__ import annotations

import json
from pathlib import Path

import geopandas as gpd
import pytest
import shapely

from layers.commands.coverage import main
from layers.commands.support import run_command
from tests.layers.network.network_writer import CRS, X0, Y0, lattice


@pytest.fixture(scope="module")
def files(tmp_path_factory):
    """Two 1 km municipalities side by side; a 100 m street grid over the west one only; one stop on it."""
    tmp = tmp_path_factory.mktemp("network_cli")
    muni = gpd.GeoDataFrame({"code": ["001", "002"], "name": ["West", "East"]},
                            geometry=[shapely.box(X0, Y0, X0 + 1000, Y0 + 1000),
                                      shapely.box(X0 + 1000, Y0, X0 + 2000, Y0 + 1000)], crs=CRS)
    muni.to_file(tmp / "region.geojson", driver="GeoJSON")
    hot = gpd.GeoDataFrame(geometry=[shapely.box(X0 + 450, Y0 + 450, X0 + 550, Y0 + 550)], crs=CRS)
    hot.to_file(tmp / "hot.geojson", driver="GeoJSON")
    streets = lattice(11, 100.0)
    streets["highway"] = "residential"
    streets.to_file(tmp / "streets.gpkg", driver="GPKG")
    gpd.GeoDataFrame(geometry=[shapely.Point(X0 + 500, Y0 + 300)], crs=CRS).to_file(tmp / "stop.geojson",
                                                                                   driver="GeoJSON")
    return tmp


def coverage(files, *extra, layer="stop.geojson:300"):
    base = ["--region", files / "region.geojson", "--all", "--no-clip-land", "--name-field", "name", "--code-field",
            "code", "--hotspots", files / "hot.geojson", "--layer", f"{files / layer}"]
    return run_command(main, [str(a) for a in [*base, *extra]], "coverage")


def last_line(err):
    return err.strip().splitlines()[-1]


def test_rows_are_along_the_network_with_the_straight_line_shares_beside(files, capsys):
    out = files / "out.json"
    areas = files / "areas.geojson"
    code = coverage(files, "--network", f"{files / 'streets.gpkg'}:walk", "--out", out, "--service-areas", areas)
    err = capsys.readouterr().err
    assert code == 0, err
    data = json.loads(out.read_text(encoding="utf-8"))
    assert "along the network streets.gpkg (walk" in data["method"]
    west = next(r for r in data["rows"] if r["municipality"] == "West" and r["zone"] == "in-between")
    assert 0 < west["transport_share"] < west["transport_straight_share"]
    assert west["covered_share"] <= west["straight_covered_share"]
    east = next(r for r in data["rows"] if r["municipality"] == "East" and r["zone"] == "in-between")
    assert east["transport_share"] == 0.0  # no street there: every sample is over the snap limit
    assert "count as unreachable along the network" in err
    frame = gpd.read_file(areas).to_crs(CRS)
    assert frame["layer"].tolist() == ["stop"] and frame["mode"].tolist() == ["walk"]
    area = frame.geometry.iloc[0]
    assert area.contains(shapely.Point(X0 + 500, Y0 + 590))  # 290 m up the street
    assert not area.contains(shapely.Point(X0 + 850, Y0 + 650))  # 700 m along the streets, 430 m as the crow flies
    assert area.area < 3.1416 * 300**2


def test_csv_has_the_straight_line_columns_beside_the_network_ones():
    from layers.coverage.result import CoverageResult

    row = {"municipality": "West", "code": "001", "zone": "in-between", "transport_share": 0.4,
           "transport_straight_share": 0.5, "straight_covered_share": 0.5}
    header = CoverageResult(rows=[row], totals=[], warnings=[], radii_m={}).to_csv().splitlines()[0].split(",")
    assert header == ["municipality", "code", "zone", "transport_share", "straight_covered_share",
                      "transport_straight_share", "population_source", "zone_set"]  # the labels come last


@pytest.mark.parametrize(("extra", "message"), [
    (["--network", "{files}/stop.geojson"], "has no lines to route on"),
    (["--network", "{files}/streets.gpkg:drive"], "unknown mode 'drive'"),
    (["--network", "{files}/nothere.osm.pbf"], "no such file"),
    (["--network", "{files}/region.geojson.pbf"], "cannot be read as an OpenStreetMap extract"),
    (["--service-areas", "{files}/a.geojson"], "give one with --network"),
    (["--network", "{files}/streets.gpkg", "--snap-m", "-3"], "more than 0 and at most 5000 m"),
])
def test_bad_input_gets_one_clear_line(files, capsys, extra, message):
    (files / "region.geojson.pbf").write_text("not a pbf")
    code = coverage(files, *[e.format(files=files) for e in extra])
    err = capsys.readouterr().err
    assert code == 2
    assert last_line(err).startswith("regionmap: ") and message in last_line(err)
    assert "Traceback" not in err


def test_services_beyond_the_snap_limit_are_said():
    """Only the straight-line copies would be usable: nothing can be measured along the network."""
    from argparse import Namespace

    from layers.commands import network_args
    from layers.coverage import CoverageInputs, ServiceSpec, zones_from_frames
    from layers.errors import UserError
    from layers.network import build_network

    muni = gpd.GeoDataFrame({"code": ["001"], "name": ["West"]}, geometry=[shapely.box(X0, Y0, X0 + 500, Y0 + 500)],
                            crs=CRS)
    far = gpd.GeoDataFrame(geometry=[shapely.Point(X0 + 250, Y0 + 900)], crs=CRS)
    inputs = CoverageInputs(zones_from_frames(muni, None), [ServiceSpec("far", far, 800.0)], gaps=False, curve=False)
    args = Namespace(network=network_args.NetworkArg(Path("streets.gpkg"), "walk"), snap_m=200.0, service_areas=None)
    with pytest.raises(UserError, match=r"no service layer reaches the network: .*within 200 m of a walk way"):
        network_args.check_along(inputs, build_network(lattice(6, 100.0)), args)


def test_an_osm_extract_without_highways_is_said(files, capsys):
    osm = files / "rails.osm"
    osm.write_text('<?xml version="1.0"?><osm version="0.6">'
                   '<node id="1" lat="60.17" lon="24.94"/><node id="2" lat="60.18" lon="24.95"/>'
                   '<way id="3"><nd ref="1"/><nd ref="2"/><tag k="railway" v="rail"/></way></osm>')
    assert coverage(files, "--network", osm) == 2
    assert "has no highway lines" in last_line(capsys.readouterr().err)


def test_a_reach_in_minutes_is_along_the_network_with_its_circle_beside(files, capsys):
    """``stop.geojson:4min`` on foot: 4 minutes at 5 km/h is 333 m along the streets; the straight-line shares
    are of the 333 m circle."""
    out, areas = files / "minutes.json", files / "minutes_areas.geojson"
    code = coverage(files, "--network", f"{files / 'streets.gpkg'}:walk", "--out", out, "--service-areas", areas,
                    layer="stop.geojson:4min")
    err = capsys.readouterr().err
    assert code == 0, err
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["reach_min"] == {"stop": 4.0} and "stop" not in data["radii_m"]
    assert "Reach in minutes (stop)" in data["method"]
    west = next(r for r in data["rows"] if r["municipality"] == "West" and r["zone"] == "in-between")
    assert 0 < west["transport_share"] < west["transport_straight_share"]
    metres = coverage(files, "--network", f"{files / 'streets.gpkg'}:walk", "--out", files / "m.json",
                      layer=f"stop.geojson:{4 * 5000 / 60}")
    assert metres == 0
    same = json.loads((files / "m.json").read_text(encoding="utf-8"))
    west_m = next(r for r in same["rows"] if r["municipality"] == "West" and r["zone"] == "in-between")
    # walking has one speed on residential streets: 4 min is the same reach as 333 m
    assert west["transport_share"] == pytest.approx(west_m["transport_share"], abs=1e-6)
    assert west["transport_straight_share"] == pytest.approx(west_m["transport_straight_share"], abs=1e-6)
    frame = gpd.read_file(areas)
    assert frame["reach_min"].tolist() == [4.0] and frame["radius_m"].isna().all()


@pytest.mark.parametrize("layer, extra, message", [
    ("stop.geojson:5min", [], "a travel time is measured along a network"),
    ("stop.geojson:0min", ["--network", "{files}/streets.gpkg"], "more than 0 and at most 600 minutes"),
])
def test_minutes_without_a_network_or_out_of_range_are_refused(files, capsys, layer, extra, message):
    code = coverage(files, *[e.format(files=files) for e in extra], layer=layer)
    err = capsys.readouterr().err
    assert code == 2 and message in last_line(err) and "Traceback" not in err


def test_a_network_with_no_lines_in_the_region_is_said(files, capsys):
    """The street grid moved 50 km east: no stop and no zone sample is near a way; one line says so."""
    far = gpd.read_file(files / "streets.gpkg")
    far["geometry"] = far.geometry.translate(50_000, 0)
    far.to_file(files / "elsewhere.gpkg", driver="GPKG")
    code = coverage(files, "--network", files / "elsewhere.gpkg")
    err = capsys.readouterr().err
    assert code == 2 and "Traceback" not in err
    line = last_line(err)
    assert line.startswith("regionmap: --network: no service layer reaches the network")
    assert "within 200 m of a walk way" in line and "is the network of the same area?" in line


def network_project(tmp_path: Path):  # type: ignore[no-untyped-def]
    """A project of two 1 km municipalities whose Coverage dock measures along its street grid on foot, 3 min
    for the stops, computed (the dock's live state, and the saved project)."""
    from layers.coverage.live import LiveCoverage
    from layers.coverage.network_choice import NetworkChoice
    from layers.coverage.network_compute import compute_task
    from layers.project import save_project
    from tests.layers.network.network_writer import SQUARES, add_streets_and_stop, two_municipalities

    doc = two_municipalities(*SQUARES)
    add_streets_and_stop(doc)
    live = LiveCoverage(doc)
    live.set_network_choice(NetworkChoice("Streets", "walk", 150.0, unit="min", reach_min=(("Stops", 3.0),)))
    fn, args = compute_task(live, live.inputs())
    live.apply(fn(*args))
    return live, save_project(doc, tmp_path / "p.gpkg")


def test_a_project_measured_along_a_network_is_measured_along_it_as_its_dock_does(tmp_path, capsys):
    """``--project P`` without ``--network``: the project's Distance choice (its line layer, mode, snap limit and
    minutes) gives the rows, so the command gives the window's numbers."""
    live, project = network_project(tmp_path)
    out = tmp_path / "rows.json"
    assert run_command(main, ["--project", str(project), "--format", "json", "--out", str(out)], "coverage") == 0
    err = capsys.readouterr().err
    assert "measured along the project's network 'Streets' (walk, snap 150 m, in minutes)" in err
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["reach_min"] == {"Stops": 3.0} and "along the network Streets (walk" in data["method"]
    cli = next(r for r in data["rows"] if r["municipality"] == "West" and r["zone"] == "in-between")
    dock = next(r for r in live.rows if r.municipality == "West" and r.zone == "in-between")
    assert cli["transport_share"] == pytest.approx(dock.sector_shares["transport"][0], abs=1e-9)
    assert cli["transport_share"] < cli["transport_straight_share"]


def test_a_projects_network_layer_that_is_gone_is_said():
    from argparse import Namespace

    from layers.commands import network_args
    from layers.commands.common import CoverageSources
    from layers.coverage.network_choice import NetworkChoice
    from layers.errors import UserError

    args = Namespace(network=None, project="p.gpkg", compare=None, compare_map=None, unique=None, snap_m=200.0)
    sources = CoverageSources(None, None, False, [], distance=NetworkChoice("Streets"))
    with pytest.raises(UserError, match="network layer 'Streets', which the project does not hold"):
        network_args.project_network(args, sources)
    assert network_args.project_network(args, CoverageSources(None, None, False, [], distance=None)) is None
