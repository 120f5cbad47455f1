"""``regionmap export``: every format headless, errors as exit 2 + one line, no half-written files."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[3]


def run_cli(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    return subprocess.run([sys.executable, "-m", "app.cli", "export", *args], capture_output=True, text=True,
                          cwd=cwd or ROOT, env={**env, "PYTHONPATH": str(ROOT)}, timeout=180)


def last_line(proc: subprocess.CompletedProcess[str]) -> str:
    return proc.stderr.strip().splitlines()[-1] if proc.stderr.strip() else ""


def test_png_with_size_and_no_display(tmp_path) -> None:
    from tests.app.export.test_export_page import png_info

    out = tmp_path / "map.png"
    proc = run_cli("--out", str(out), "--size", "900x600", "--dpi", "120", "--title", "CLI map")
    assert proc.returncode == 0, proc.stderr
    assert png_info(out) == (900, 600, pytest.approx(120, abs=0.1))
    assert "Traceback" not in proc.stderr


def test_pdf_svg_html_from_real_data(tmp_path, shared_data) -> None:
    routes = str(shared_data / "hsl_routes_2022.geojson")
    stations = str(shared_data / "fi_rail_stations_digitraffic_2024.geojson") + ":1500"
    for suffix in ("pdf", "svg", "html"):
        out = tmp_path / f"map.{suffix}"
        proc = run_cli("--out", str(out), "--layer", routes, "--layer", stations, "--title", "Real layers",
                       "--paper", "A3",
                       "--attribution", "Contains data from Helsinki Region Transport (HSL), CC BY 4.0",
                       "--attribution", "Contains data from Fintraffic / Digitraffic, CC BY 4.0")
        assert proc.returncode == 0, proc.stderr
        assert out.stat().st_size > 10_000
    ET.parse(tmp_path / "map.svg")
    html = (tmp_path / "map.html").read_text(encoding="utf-8")
    assert "hsl_routes_2022" in html and "Real layers" in html
    assert "Contains data from Fintraffic / Digitraffic, CC BY 4.0" in html and "licence not stated" not in html
    from tests.app.export.test_export_page import _svg_text

    svg_text = " ".join(_svg_text(ET.parse(tmp_path / "map.svg").getroot()).split())  # wrapped lines joined
    assert "Helsinki Region Transport (HSL), CC BY 4.0" in svg_text
    assert sorted(p.name for p in tmp_path.iterdir()) == ["map.html", "map.pdf", "map.svg"]


def test_coverage_and_report(tmp_path, shared_data) -> None:
    stations = str(shared_data / "fi_rail_stations_digitraffic_2024.geojson") + ":2000"
    out, report = tmp_path / "cov.pdf", tmp_path / "cov.csv"
    proc = run_cli("--out", str(out), "--layer", stations, "--coverage", "--target", "0.5", "--report", str(report))
    assert proc.returncode == 0, proc.stderr
    lines = report.read_text(encoding="utf-8").splitlines()
    assert lines[0].startswith("municipality,code,zone")
    assert sum(1 for line in lines if line.startswith("Helsinki,")) == 2  # hot spot and in-between rows
    fc = json.loads(report.with_suffix(".geojson").read_text(encoding="utf-8"))
    parts = {f["properties"]["part"] for f in fc["features"]}
    assert parts == {"zone", "gap"}
    zone = next(f for f in fc["features"] if f["properties"]["part"] == "zone"
                and f["properties"]["municipality"] == "Helsinki" and f["properties"]["zone"] == "in-between")
    assert 0 <= zone["properties"]["covered_share"] <= 1
    if __import__("shutil").which("pdftotext"):
        text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True).stdout
        assert "Coverage check" in text and "Helsinki" in text and "municipalities meet the target" in text


def test_project_file_is_exported(tmp_path, shared_data) -> None:
    project = tmp_path / "p.gpkg"
    stations = str(shared_data / "fi_rail_stations_digitraffic_2024.geojson")
    made = subprocess.run([sys.executable, "-m", "app.cli", "project", str(project), "--layer", stations],
                          capture_output=True, text=True, cwd=ROOT, timeout=180)
    if made.returncode != 0:
        pytest.skip(f"could not write a project to export: {made.stderr.strip()[-200:]}")
    out = tmp_path / "p.svg"
    proc = run_cli("--out", str(out), "--project", str(project), "--title", "From project")
    assert proc.returncode == 0, proc.stderr
    text = out.read_text(encoding="utf-8")
    assert "fi_rail_stations_digitraffic_2024" in text and "From project" in text


@pytest.mark.parametrize(("args", "message"), [
    (["--out", "map.doc"], "unknown format '.doc'"),
    (["--out", "map.pdf", "--size", "800x600"], "--size is for PNG only"),
    (["--out", "map.png", "--size", "huge"], "WIDTHxHEIGHT"),
    (["--out", "map.png", "--dpi", "5"], "between 36 and 1200 dpi"),
    (["--out", "missing/map.png"], "the folder does not exist"),
    (["--out", "map.png", "--layer", "nothere.geojson"], "nothere.geojson: no such file"),
    (["--out", "map.png", "--project", "nothere.gpkg"], "nothere.gpkg"),
    (["--out", "map.png", "--project", "p.gpkg", "--codes", "091"], "--codes: applies to a --region"),  # not ignored
    (["--out", "map.png", "--coverage"], "no service layer"),
    (["--out", "map.png", "--target", "0.5"], "need --coverage"),
    (["--title", "x"], "--out"),
    (["--out", "map.png", "--attribution", "CC0"], "one --attribution per --layer"),
])
def test_errors_exit_2_with_one_line_and_no_file(tmp_path, args, message) -> None:
    proc = run_cli(*args, cwd=tmp_path)
    assert proc.returncode == 2
    line = last_line(proc)
    assert line.startswith("regionmap: ") and message in line, proc.stderr
    assert "Traceback" not in proc.stderr
    assert list(tmp_path.iterdir()) == []


def test_unwritable_folder(tmp_path) -> None:
    if os.geteuid() == 0:
        pytest.skip("root can write anywhere")
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o500)
    try:
        proc = run_cli("--out", str(locked / "map.png"))
        assert proc.returncode == 2 and "no permission" in last_line(proc)
    finally:
        locked.chmod(0o700)


def test_export_of_a_project_honours_its_zone_set(tmp_path) -> None:
    """A project whose coverage zones are a zone set (the classes of a category layer) exports its coverage per
    class, as the window's Compute measures it, not per hot spot / in-between."""
    import csv

    import geopandas as gpd
    from shapely.geometry import Point, box

    from layers.coverage.zone_sets import ZoneSet
    from layers.document import MapDocument
    from layers.model import Layer, LayerKind
    from layers.project.save import save_project
    from layers.region import default_region

    doc = MapDocument(default_region())
    west, east = box(370_000, 6_660_000, 385_000, 6_690_000), box(385_000, 6_660_000, 400_000, 6_690_000)
    zones = gpd.GeoDataFrame({"vyoh": ["keskusta", "autovyöhyke"]}, geometry=[west, east], crs=3067)
    doc.layers.append(Layer(zones, "Urban zones", kind=LayerKind.OTHER))
    stops = gpd.GeoDataFrame(geometry=[Point(384_000, 6_675_000)], crs=3067)
    doc.layers.append(Layer(stops, "Stops", kind=LayerKind.TRANSPORT, radius_m=1000))
    doc.zone_set = ZoneSet("Urban zones", "vyoh", {"keskusta": "core", "autovyöhyke": "car zone"}, target="core")
    project = tmp_path / "zones.gpkg"
    save_project(doc, project)
    report = tmp_path / "report.csv"
    proc = run_cli("--project", str(project), "--out", str(tmp_path / "map.html"), "--coverage", "--report",
                   str(report))
    assert proc.returncode == 0, proc.stderr
    with report.open(encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    assert {r["zone"] for r in rows} == {"core", "car zone", "all"}  # the zone set's classes, no hot spot / in-between
    covered = {r["zone"]: float(r["covered_km2"]) for r in rows if r["municipality"] == "Helsinki"}
    assert 2.0 < covered["core"] <= 3.15 and covered["car zone"] < 0.01  # the 1 km disc lies in the west zone


def test_export_of_a_project_counts_its_people(tmp_path) -> None:
    """A project whose Coverage dock counts people exports its coverage by people too: the report carries the
    people's shares and names the source, as the dock's own export does."""
    import csv

    import geopandas as gpd
    from shapely.geometry import Point

    from layers.coverage.population_source import PopulationSource
    from layers.document import MapDocument
    from layers.model import Layer, LayerKind
    from layers.project.save import save_project
    from layers.region import default_region

    doc = MapDocument(default_region())
    helsinki = doc.region.municipalities.set_index("name").geometry["Helsinki"]
    inside = helsinki.representative_point()
    people = gpd.GeoDataFrame({"asukkaat": [900, 100]}, crs=3067,
                              geometry=[inside, Point(inside.x + 5_000, inside.y)])
    people = people[people.within(helsinki)]
    doc.layers.append(Layer(people, "Residents", kind=LayerKind.OTHER))
    doc.layers.append(Layer(gpd.GeoDataFrame(geometry=[inside], crs=3067), "Stops", kind=LayerKind.TRANSPORT,
                            radius_m=500))
    doc.population_source = PopulationSource("Residents", "asukkaat")
    project = tmp_path / "people.gpkg"
    save_project(doc, project)
    report = tmp_path / "report.csv"
    proc = run_cli("--project", str(project), "--out", str(tmp_path / "map.png"), "--size", "400x300",
                   "--coverage", "--report", str(report))
    assert proc.returncode == 0, proc.stderr
    with report.open(encoding="utf-8") as f:
        rows = [r for r in csv.DictReader(f) if r["municipality"] == "Helsinki"]
    shares = {r["zone"]: r["population_share"] for r in rows}
    assert any(v not in ("", None) for v in shares.values()), rows  # by people, not by area only
    total = sum(float(r["population"]) for r in rows if r.get("population") not in ("", None) and r["zone"] != "all")
    assert total == pytest.approx(float(len(people) and people["asukkaat"].sum()), abs=0.5)


def test_a_project_measured_along_a_network_is_exported_as_its_dock_measures(tmp_path) -> None:
    """``export --project P --coverage``: the project's Distance choice (along its street grid, in minutes) gives the
    pages' and the report's shares, the dock's own, below the straight line beside them."""
    import csv

    from tests.layers.commands.test_coverage_network_cli import network_project

    live, project = network_project(tmp_path)
    out, report = tmp_path / "net.svg", tmp_path / "net.csv"
    proc = run_cli("--project", str(project), "--coverage", "--out", str(out), "--report", str(report))
    assert proc.returncode == 0, proc.stderr
    assert "measured along the project's network 'Streets' (walk, snap 150 m)" in proc.stderr
    rows = list(csv.DictReader(report.open(encoding="utf-8")))
    west = next(r for r in rows if r["municipality"] == "West" and r["zone"] == "in-between")
    dock = next(r for r in live.rows if r.municipality == "West" and r.zone == "in-between")
    assert float(west["transport_share"]) == pytest.approx(dock.sector_shares["transport"][0], abs=1e-4)
    assert float(west["transport_share"]) < float(west["transport_straight_share"])
