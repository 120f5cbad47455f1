"""``regionmap coverage`` end to end in a subprocess with the real data."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[3]

pytestmark = pytest.mark.shared_data


def run_cli(*args, timeout=300):
    return subprocess.run([sys.executable, "-m", "app.cli", "coverage", *map(str, args)], cwd=ROOT,
                          capture_output=True, text=True, timeout=timeout)


@pytest.fixture(scope="module")
def inputs(shared_data, tmp_path_factory):
    """Official Uusimaa municipalities and SYKE centre zones as hot spots, written as derived test files."""
    import geopandas as gpd

    tmp = tmp_path_factory.mktemp("coverage_cli")
    regions = gpd.read_file(shared_data / "fi_regions_2023_nls.geojson")
    uusimaa = regions[regions["NATCODE"] == "01"].union_all()
    muni = gpd.read_file(shared_data / "fi_municipalities_2023_nls.geojson")
    muni = muni[muni.representative_point().within(uusimaa)]
    muni.to_file(tmp / "uusimaa.geojson", driver="GeoJSON")
    zones = gpd.read_file(shared_data / "syke_urban_zones_2021_capital_region.gpkg")
    centres = zones[zones["vyohselite"].str.contains("keskus")]
    centres.to_file(tmp / "centres.gpkg", driver="GPKG")
    return {"region": tmp / "uusimaa.geojson", "hotspots": tmp / "centres.gpkg", "tmp": tmp,
            "n_centres": len(centres)}


def test_json_with_real_boundaries_hotspots_population_and_energy(shared_data, inputs):
    out = inputs["tmp"] / "out.json"
    gaps = inputs["tmp"] / "gaps.geojson"
    proc = run_cli("--region", inputs["region"], "--no-clip-land", "--hotspots", inputs["hotspots"],
                   "--layer", f"{shared_data / 'fi_rail_stations_digitraffic_2024.geojson'}:1000",
                   "--layer", f"{shared_data / 'hsl_routes_2022.geojson'}:300",
                   "--energy", f"{shared_data / 'fi_powerplants_2025.geojson'}:5000",
                   "--population", shared_data / "helsinki_population_grid_2020.gpkg",
                   "--target", "80%", "--out", out, "--gaps", gaps)
    assert proc.returncode == 0, proc.stderr
    assert "Traceback" not in proc.stderr
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["crs"] == "EPSG:3067"
    rows = data["rows"]
    assert len(rows) == 52 and {r["zone"] for r in rows} == {"hotspot", "in-between"}
    for r in rows:
        assert 0 <= r["covered_km2"] <= r["area_km2"] + 1e-6
    helsinki = {r["zone"]: r for r in rows if r["municipality"] == "Helsinki"}
    # centre zones exist only in the capital region: Helsinki has hot spot area, Hanko none
    assert helsinki["hotspot"]["area_km2"] > 20
    assert next(r for r in rows if r["municipality"] == "Hanko" and r["zone"] == "hotspot")["area_km2"] == 0
    # population: the grid covers central Helsinki only (71,724 residents); other zones get no figure
    pop_total = sum(r["population"] for r in rows if r.get("population") is not None)
    assert pop_total == pytest.approx(71_724, rel=0.01)
    assert next(r for r in rows if r["municipality"] == "Hanko")["population"] is None
    assert helsinki["hotspot"]["population_covered"] <= helsinki["hotspot"]["population"]
    # both sectors: per-sector shares and the double gap
    assert {"transport_share", "energy_share", "double_gap_km2", "target_pass"} <= set(helsinki["hotspot"])
    totals = {t["zone"]: t for t in data["totals"]}
    assert totals["all"]["area_km2"] == pytest.approx(sum(r["area_km2"] for r in rows), abs=0.01)
    assert totals["all"]["area_km2"] == pytest.approx(16_092, rel=0.001)  # Uusimaa incl. its sea areas
    assert totals["in-between"]["covered_km2"] == pytest.approx(
        sum(r["covered_km2"] for r in rows if r["zone"] == "in-between"), abs=0.01)
    assert set(data["municipality_pass"]) <= {r["municipality"] for r in rows}
    assert data["gaps"] and data["gaps"][0]["area_km2"] > 0
    import geopandas as gpd

    gap_layer = gpd.read_file(gaps)
    assert len(gap_layer) == len(data["gaps"]) and {"municipality", "distance_m"} <= set(gap_layer.columns)


def test_csv_has_the_same_rows_and_warnings_go_to_stderr(shared_data, inputs):
    proc = run_cli("--region", inputs["region"], "--layer",
                   f"{shared_data / 'hsl_stops_2022_central_helsinki.geojson'}:400",
                   "--population", shared_data / "fi_rail_stations_digitraffic_2024.geojson", "--format", "csv")
    assert proc.returncode == 0, proc.stderr
    rows = list(csv.DictReader(io.StringIO(proc.stdout)))
    assert len(rows) == 52
    assert {"municipality", "zone", "area_km2", "covered_km2", "covered_share"} <= set(rows[0])
    hel = next(r for r in rows if r["municipality"] == "Helsinki" and float(r["covered_km2"]) > 0)
    assert 0 < float(hel["covered_share"]) <= 1
    assert "warning: the population layer has no field 'population'" in proc.stderr


@pytest.mark.parametrize(("args", "expected"), [
    (["--layer", "no/such/file.geojson:800"], "no such file"),
    (["--layer", "x.geojson:0"], "radius"),
    (["--layer", "x.geojson:150000"], "radius"),
    (["--format", "xml", "--layer", "x.geojson"], "invalid choice"),
    ([], "at least one service layer"),
    (["--target", "150%", "--layer", "x.geojson"], "between 0 and 100"),
    (["--target", "water=50%", "--layer", "x.geojson"], "unknown sector 'water'"),
])
def test_bad_arguments_exit_2_with_one_clear_line(args, expected):
    proc = run_cli(*args)
    assert proc.returncode == 2
    last = proc.stderr.strip().splitlines()[-1]
    assert last.startswith("regionmap: ") and expected in last
    assert "Traceback" not in proc.stderr


def test_a_region_file_without_polygons_exits_2(shared_data):
    proc = run_cli("--region", shared_data / "fi_rail_stations_digitraffic_2024.geojson",
                   "--layer", f"{shared_data / 'hsl_routes_2022.geojson'}:300")
    assert proc.returncode == 2
    assert "no polygons" in proc.stderr.strip().splitlines()[-1]


def test_targets_per_sector_judge_each_sector_on_its_own(shared_data, tmp_path):
    stations = f"{shared_data / 'fi_rail_stations_digitraffic_2024.geojson'}:2000"
    plants = f"{shared_data / 'fi_powerplants_2025.geojson'}:5000"
    out = tmp_path / "out.json"
    proc = run_cli("--layer", stations, "--energy", plants, "--target", "transport=0%", "--target", "energy=60%",
                   "--out", out)
    assert proc.returncode == 0, proc.stderr
    rows = json.loads(out.read_text(encoding="utf-8"))["rows"]
    judged = [r for r in rows if r["area_km2"] > 0 and r["zone"] == "in-between"]
    assert judged and all(r["target_pass"] == (r["energy_share"] + 1e-9 >= 0.6) for r in judged)
    assert {r["target_pass"] for r in judged} == {True, False}  # not vacuous
    # each row says why, with both sectors' shares and the targets beside it
    for r in judged:
        assert (r["transport_target"], r["energy_target"]) == (0.0, 0.6)
        assert ("energy" in r["reason"] and "< 60 %" in r["reason"]) == (not r["target_pass"])
        assert "transport_share" in r and "energy_share" in r
    hot = [r for r in rows if r["zone"] == "hotspot"]
    assert hot and all(r["target_pass"] is None and "hot spots not judged" in r["reason"] for r in hot)
    # a target for a sector without layers is refused, naming what to do
    proc = run_cli("--layer", stations, "--target", "energy=50%")
    assert proc.returncode == 2
    assert "no energy layer" in proc.stderr.strip().splitlines()[-1]


MUNIS = "fi_municipalities_2023_nls.geojson"


def test_codes_choose_the_municipalities_and_land_clipping_can_be_turned_off(shared_data, tmp_path):
    """``--codes`` keeps exactly the named municipalities of a national file, clipped to land as in the window;
    ``--no-clip-land`` keeps the official polygons with their sea."""
    stations = f"{shared_data / 'fi_rail_stations_digitraffic_2024.geojson'}:1000"
    clipped, sea = tmp_path / "clipped.json", tmp_path / "sea.json"
    proc = run_cli("--region", shared_data / MUNIS, "--codes", "091,049,92", "--layer", stations, "--out", clipped)
    assert proc.returncode == 0, proc.stderr
    rows = json.loads(clipped.read_text(encoding="utf-8"))["rows"]
    assert {r["municipality"] for r in rows} == {"Helsinki", "Espoo", "Vantaa"} and len(rows) == 6
    helsinki = sum(r["area_km2"] for r in rows if r["municipality"] == "Helsinki")
    assert helsinki == pytest.approx(234, abs=5)
    proc = run_cli("--region", shared_data / MUNIS, "--codes", "091", "--no-clip-land", "--layer", stations,
                   "--out", sea)
    assert proc.returncode == 0, proc.stderr
    rows = json.loads(sea.read_text(encoding="utf-8"))["rows"]
    assert {r["municipality"] for r in rows} == {"Helsinki"}
    assert sum(r["area_km2"] for r in rows) == pytest.approx(730, abs=15)  # the NLS polygon includes sea


@pytest.mark.parametrize(("region", "args", "expected"), [
    (True, ["--codes", "091,999,998"], "has no municipality with code 999, 998 in field 'NATCODE'"),
    (True, ["--codes", ","], "--codes"),
    (False, ["--codes", "091"], "--codes: applies to a --region boundaries file"),
    (False, ["--no-clip-land"], "--no-clip-land: applies to a --region"),
    (True, ["--codes", "091", "--all"], "not allowed with argument --codes"),
    (True, ["--code-field", "KOODI"], "has no field 'KOODI'"),
])
def test_region_choices_that_cannot_work_exit_2_with_one_clear_line(shared_data, region, args, expected):
    where = ["--region", shared_data / MUNIS] if region else []
    proc = run_cli(*where, *args, "--layer", f"{shared_data / 'hsl_routes_2022.geojson'}:300")
    assert proc.returncode == 2
    last = proc.stderr.strip().splitlines()[-1]
    assert last.startswith("regionmap: ") and expected in last, last
    assert "Traceback" not in proc.stderr
