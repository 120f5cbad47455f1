"""``regionmap coverage --compare``, ``--compare-map`` and ``--unique`` on small written files, in process: both
values and the difference per municipality x zone, where coverage is gained and lost, and one ``regionmap:`` line
with exit 2 for a missing project, an unknown scenario and another region."""

from __future__ import annotations

import csv
import io
import json
import math

import geopandas as gpd
import pytest
import shapely

from app.cli import main
from tests.layers.commands.region_writer import CRS, X0, Y0, write_two_municipalities

DISC = math.pi * 0.8**2  # km² of one 800 m disc


@pytest.fixture(scope="module")
def files(tmp_path_factory):
    """West (901) and East (902), 10 km squares, a hot spot in West's centre; this run's stop in West's
    in-between area, the other project's stop in East's (no overlap), and a scenario "wide" of it at 1,600 m."""
    from layers.project import load_project
    from layers.project.save import save_project
    from layers.siting.scenarios import capture

    tmp = tmp_path_factory.mktemp("coverage_compare")
    write_two_municipalities(tmp)
    gpd.GeoDataFrame({"name": ["W"]}, geometry=[shapely.Point(X0 + 2_000, Y0 + 2_000)], crs=CRS
                     ).to_file(tmp / "west.gpkg")
    gpd.GeoDataFrame({"name": ["E"]}, geometry=[shapely.Point(X0 + 15_000, Y0 + 2_000)], crs=CRS
                     ).to_file(tmp / "east.gpkg")
    region = ["--region", str(tmp / "region.gpkg"), "--all", "--no-clip-land", "--hotspots", str(tmp / "hot.gpkg")]
    assert main(["project", str(tmp / "other.gpkg"), *region, "--layer", f"{tmp / 'east.gpkg'}:800", "--quiet"]) == 0
    doc = load_project(tmp / "other.gpkg")
    layer = next(iter(doc.service_layers()))
    layer.radius_m = 1_600
    capture(doc, "wide")
    layer.radius_m = 800
    save_project(doc, tmp / "other.gpkg")
    gpd.GeoDataFrame({"code": ["901"], "name": ["West"]}, geometry=[shapely.box(X0, Y0, X0 + 10_000, Y0 + 10_000)],
                     crs=CRS).to_file(tmp / "west_only.gpkg")
    assert main(["project", str(tmp / "elsewhere.gpkg"), "--region", str(tmp / "west_only.gpkg"), "--all",
                 "--no-clip-land", "--hotspots", str(tmp / "hot.gpkg"), "--layer", f"{tmp / 'east.gpkg'}:800",
                 "--quiet"]) == 0
    return tmp, region


def run(files, capsys, *extra):
    tmp, region = files
    code = main(["coverage", *region, "--layer", f"{tmp / 'west.gpkg'}:800", *map(str, extra)])
    captured = capsys.readouterr()
    assert code == 0, captured.err
    return captured.out


def rows_by_key(rows):
    return {(r["municipality"], r["zone"]): r for r in rows}


def test_compare_gives_both_shares_and_the_difference_with_a_map(files, tmp_path, capsys):
    tmp, _ = files
    change = tmp_path / "change.geojson"
    data = json.loads(run(files, capsys, "--compare", tmp / "other.gpkg", "--compare-map", change))
    assert data["compared_with"] == str(tmp / "other.gpkg")
    rows = rows_by_key(data["rows"])
    west, east = rows["West", "in-between"], rows["East", "in-between"]
    assert west["covered_km2"] == pytest.approx(DISC, rel=0.02) and west["covered_share_other"] == 0
    assert west["covered_share_diff"] == pytest.approx(-west["covered_share"])
    assert east["covered_share"] == 0 and east["covered_share_other"] == pytest.approx(DISC / 100, rel=0.02)
    assert east["covered_share_diff"] == pytest.approx(east["covered_share_other"])
    assert rows["West", "hotspot"]["covered_share_diff"] == 0
    got = gpd.read_file(change).to_crs(CRS).set_index("change")
    assert sorted(got.index) == ["gained", "lost"]
    assert got.loc["gained", "municipality"] == "East" and got.loc["lost", "municipality"] == "West"
    assert got.loc["gained"].geometry.contains(shapely.Point(X0 + 15_000, Y0 + 2_000))
    assert got.loc["lost"].geometry.contains(shapely.Point(X0 + 2_000, Y0 + 2_000))
    for kind in ("gained", "lost"):  # the cells' outline: the disc within a cell's width
        assert got.loc[kind].geometry.area / 1e6 == pytest.approx(DISC, rel=0.1)
        assert got.loc[kind, "area_km2"] == pytest.approx(DISC, rel=0.05)


def test_compare_with_a_saved_scenario_in_csv(files, capsys):
    tmp, _ = files
    out = run(files, capsys, "--compare", f"{tmp / 'other.gpkg'}#wide", "--format", "csv")
    reader = csv.DictReader(io.StringIO(out))
    assert "covered_share_other" in (reader.fieldnames or []) and "covered_share_diff" in (reader.fieldnames or [])
    east = next(r for r in reader if r["municipality"] == "East" and r["zone"] == "in-between")
    assert float(east["covered_share_other"]) == pytest.approx(4 * DISC / 100, rel=0.02)  # 1,600 m: four times
    assert float(east["covered_share_diff"]) == pytest.approx(float(east["covered_share_other"]))


def test_unique_writes_what_each_feature_alone_covers(files, tmp_path, capsys):
    tmp, _ = files
    unique = tmp_path / "unique.geojson"
    run(files, capsys, "--layer", f"{tmp / 'east.gpkg'}:800", "--unique", unique)
    got = gpd.read_file(unique)
    assert sorted(got["name"]) == ["E", "W"]
    assert got["unique_area_km2"].to_numpy() == pytest.approx([DISC, DISC], rel=0.05)


@pytest.mark.parametrize(("compare", "message"), [
    ("missing.gpkg", "--compare missing.gpkg: no such project"),
    ("other.gpkg#narrow", "has no scenario 'narrow'; its scenarios: 'wide'"),
    ("elsewhere.gpkg", "its region is different"),
])
def test_bad_compare_exits_2_with_one_line(files, monkeypatch, capsys, compare, message):
    tmp, region = files
    monkeypatch.chdir(tmp)
    code = main(["coverage", *region, "--layer", f"{tmp / 'west.gpkg'}:800", "--compare", compare])
    last = capsys.readouterr().err.strip().splitlines()[-1]
    assert code == 2 and last.startswith("regionmap: ") and message in last, last
