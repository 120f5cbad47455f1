"""``regionmap coverage --zones FILE:FIELD=MAPPING`` end to end in a subprocess with the real data, and bad input."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[3]
ZONES = "syke_urban_zones_2021_capital_region.gpkg"
CAPITAL = {"Helsinki", "Espoo", "Vantaa", "Kauniainen"}

pytestmark = pytest.mark.shared_data


def run_cli(*args, timeout=300):
    return subprocess.run([sys.executable, "-m", "app.cli", "coverage", *map(str, args)], cwd=ROOT,
                          capture_output=True, text=True, timeout=timeout)


def base_args(shared_data) -> list:
    return ["--layer", f"{shared_data / 'fi_rail_stations_digitraffic_2024.geojson'}:1000",
            "--region", shared_data / "fi_municipalities_2023_nls.geojson", "--codes", "091,049,092,235"]


def last_line(proc) -> str:
    return proc.stderr.strip().splitlines()[-1]


def test_preset_rows_are_municipality_x_class_and_the_intermediate_class_is_judged(shared_data, tmp_path) -> None:
    out = tmp_path / "out.json"
    proc = run_cli(*base_args(shared_data), "--zones", f"{shared_data / ZONES}:vyohselite=syke-urban-zones",
                   "--target", "50%", "--out", out)
    assert proc.returncode == 0, proc.stderr
    assert "Traceback" not in proc.stderr
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["zone_set"] == {"file": ZONES, "field": "vyohselite", "mapping": "syke-urban-zones",
                                "target_class": "intermediate"}
    rows = data["rows"]
    assert {(r["municipality"], r["zone"]) for r in rows} == {
        (m, z) for m in CAPITAL for z in ("core", "intermediate", "car zone")}
    for r in rows:
        assert r["area_km2"] > 0 and 0 <= r["covered_km2"] <= r["area_km2"] + 1e-6
        assert (r["target_pass"] is not None) == (r["zone"] == "intermediate")
    # stations sit in the centres: the core is better covered than the car zone, region-wide
    totals = {t["zone"]: t for t in data["totals"]}
    assert list(totals) == ["core", "intermediate", "car zone", "all"]
    assert totals["core"]["covered_share"] > totals["intermediate"]["covered_share"] > totals["car zone"][
        "covered_share"]
    assert totals["all"]["area_km2"] == pytest.approx(sum(r["area_km2"] for r in rows), abs=1e-3)
    assert set(data["municipality_pass"]) == CAPITAL
    reasons = data["municipality_reasons"]
    by_muni = {r["municipality"]: r for r in rows if r["zone"] == "intermediate"}
    for muni, reason in reasons.items():
        assert reason == by_muni[muni]["reason"]


def test_own_mapping_on_the_code_field_to_csv_and_unmapped_values_warned(shared_data, tmp_path) -> None:
    # codes 3 and 4: the public-transport zones; 5: the car zone; the centre codes are left unmapped
    proc = run_cli(*base_args(shared_data), "--zones", f"{shared_data / ZONES}:vyoh=3=transit,4=transit,5=car",
                   "--zone-target", "car", "--target", "transport=10%", "--format", "csv")
    assert proc.returncode == 0, proc.stderr
    rows = list(csv.DictReader(io.StringIO(proc.stdout)))
    assert {r["zone"] for r in rows} == {"transit", "car"} and len(rows) == 8
    assert all((r["target_pass"] != "") == (r["zone"] == "car") for r in rows)
    assert "left out" in proc.stderr and "'1'" in proc.stderr  # the centre code 1 is named


@pytest.mark.parametrize(("zones", "extra", "says"), [
    ("{f}", [], "FILE:FIELD=MAPPING"),
    ("{f}:vyohselite=keskusta", [], "value=class"),
    ("{f}:vyohselite=a=all", [], "cannot be a class name"),
    ("{d}/no_such.gpkg:vyohselite=syke-urban-zones", [], "no_such.gpkg: no such file"),
    ("{f}:nosuchfield=syke-urban-zones", [], "no field 'nosuchfield'"),
    ("{f}:vyohselite=x=core,y=car", [], "no value of the field is in the mapping"),
    ("{f}:vyohselite=syke-urban-zones", ["--zone-target", "rural", "--target", "50%"], "no such class"),
    ("{f}:vyohselite=syke-urban-zones", ["--hotspot-target", "50%"], "a zone set has no hot spots"),
])
def test_bad_input_exits_2_with_one_line_naming_it(shared_data, zones, extra, says) -> None:
    arg = zones.format(f=shared_data / ZONES, d=shared_data)
    proc = run_cli(*base_args(shared_data), "--zones", arg, *extra)
    assert proc.returncode == 2, proc.stderr
    assert "Traceback" not in proc.stderr
    line = last_line(proc)
    assert line.startswith("regionmap: ") and says in line, line
    if "no field" in says:
        assert ZONES in line and "vyohselite" in line  # the file and the fields it has
    if "no value" in says:
        assert "'autovyöhyke'" in line  # the values it has


def test_zone_target_without_zones_is_refused(shared_data) -> None:
    proc = run_cli(*base_args(shared_data), "--zone-target", "intermediate")
    assert proc.returncode == 2 and "give the set with --zones" in last_line(proc)


def test_the_zones_argument_splits_at_the_first_equals_and_the_last_colon_before_it() -> None:
    from layers.commands.coverage import _parse_zones_arg

    assert _parse_zones_arg("C:/data/z.gpkg:vyoh=3=transit,5=car") == ("C:/data/z.gpkg", "vyoh", "3=transit,5=car")
    assert _parse_zones_arg("z.gpkg:=syke-urban-rural") == ("z.gpkg", "", "syke-urban-rural")
