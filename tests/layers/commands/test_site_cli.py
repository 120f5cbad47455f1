"""``regionmap site`` on small written files, in process: the sites, the table and the unique coverage it
writes, and one ``regionmap:`` line with exit 2 for each bad input."""

from __future__ import annotations

import json

import geopandas as gpd
import pyogrio
import pytest
import shapely

from app.cli import main
from tests.layers.commands.region_writer import CRS, X0, Y0, write_two_municipalities


@pytest.fixture(scope="module")
def files(tmp_path_factory):
    """Two 10 km square municipalities (codes 901, 902), a hot spot in the first, one stop, people in East."""
    tmp = tmp_path_factory.mktemp("site_cli")
    write_two_municipalities(tmp)
    gpd.GeoDataFrame({"name": ["S1", "S2"]}, geometry=[shapely.Point(X0 + 5_000, Y0 + 5_000),
                                                       shapely.Point(X0 + 5_500, Y0 + 5_000)],
                     crs=CRS).to_file(tmp / "stops.gpkg")
    gpd.GeoDataFrame({"population": [300, 200, 20]}, geometry=[shapely.Point(X0 + 18_000, Y0 + 2_000),
                     shapely.Point(X0 + 12_000, Y0 + 8_000), shapely.Point(X0 + 1_000, Y0 + 9_000)],
                     crs=CRS).to_file(tmp / "people.gpkg")
    return tmp


def args(files, *extra):
    return ["site", "--region", str(files / "region.gpkg"), "--all", "--no-clip-land", "--hotspots",
            str(files / "hot.gpkg"), "--layer", f"{files / 'stops.gpkg'}:800", "--population",
            str(files / "people.gpkg"), *map(str, extra)]


def test_sites_table_and_unique_coverage_are_written(files, tmp_path, capsys):
    out, table, unique = tmp_path / "sites.gpkg", tmp_path / "table.json", tmp_path / "unique.geojson"
    code = main(args(files, "--candidates", "grid:500", "--add", "3", "--per-municipality-min", "1", "--target",
                     "transport=50%", "--out", out, "--table", table, "--unique", unique))
    captured = capsys.readouterr()
    assert code == 0, captured.err
    sites = gpd.read_file(out, layer="proposed_sites")
    assert list(sites["rank"]) == [1, 2, 3] and sites.crs.to_epsg() == 3067
    assert sorted(sites["municipality"]) == ["East", "East", "West"]  # the minimum gives West its one
    assert sites["adds_people"].sum() == pytest.approx(520)
    data = json.loads(table.read_text(encoding="utf-8"))
    assert data["by"] == "people" and data["added"] == pytest.approx(520)
    east = next(c for c in data["changes"] if c["municipality"] == "East" and c["zone"] == "in-between")
    assert east["population_share_before"] == 0 and east["population_share_after"] == 1.0
    assert east["target_pass_before"] is False and east["target_pass_after"] is True
    got = gpd.read_file(unique)
    assert list(got["name"]) == ["S1", "S2"] or list(got["name"]) == ["S2", "S1"]
    assert (got["unique_area_km2"] > 0).all() and (got["covered_area_km2"] > got["unique_area_km2"]).all()
    assert "3 transport sites at 800 m" in captured.out and "wrote" in captured.out


def test_add_zero_with_unique_only_measures(files, tmp_path, capsys):
    unique = tmp_path / "unique.gpkg"
    assert main(args(files, "--add", "0", "--unique", unique)) == 0, capsys.readouterr().err
    assert len(pyogrio.read_dataframe(unique)) == 2


@pytest.mark.parametrize(("extra", "message"), [
    ((), "give how many sites to propose with --add N"),
    (("--add", "2", "--out", "x.gpkg"), "--candidates: give the candidate sites"),
    (("--add", "2", "--candidates", "grid:abc", "--out", "x.gpkg"), "give the grid's spacing in metres"),
    (("--add", "2", "--candidates", "nosuch.gpkg", "--out", "x.gpkg"), "--candidates nosuch.gpkg: no such file"),
    (("--add", "2", "--candidates", "points:1,2,3", "--out", "x.gpkg"), "give points as points:X,Y"),
    (("--add", "2", "--candidates", "grid:500", "--out", "x.txt"), "cannot write the out as .txt"),
    (("--add", "1", "--candidates", "points:0,0", "--out", "x.gpkg"), "none of the 1 candidate sites lies inside"),
    (("--add", "1", "--candidates", "grid:500", "--radius", "0", "--out", "x.gpkg"), "radius must be more than 0"),
    (("--add", "1", "--candidates", "grid:500", "--zones", "downtown", "--out", "x.gpkg"), "no such zone class"),
    (("--add", "0", "--sector", "energy", "--unique", "u.gpkg"), "--unique: there is no energy layer"),
])
def test_bad_input_exits_2_with_one_line(files, tmp_path, monkeypatch, capsys, extra, message):
    monkeypatch.chdir(tmp_path)
    assert main(args(files, *extra)) == 2
    err = capsys.readouterr().err
    assert "Traceback" not in err
    last = err.strip().splitlines()[-1]
    assert last.startswith("regionmap: ") and message in last, last
