"""``regionmap coverage --project`` reads the service layers and radii stored in a project file."""

from __future__ import annotations

import json
import math
import subprocess
import sys
from pathlib import Path

import geopandas as gpd
import pytest
from shapely.geometry import Point

ROOT = Path(__file__).resolve().parents[3]


def _cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "app.cli", *args], cwd=ROOT, capture_output=True, text=True,
                          timeout=300)


def test_coverage_of_a_saved_project_uses_its_layers_and_radii(tmp_path):
    stops = tmp_path / "stops.geojson"
    # two stops in central Helsinki (lon/lat): their reach lies inside the Helsinki hot spot
    gpd.GeoDataFrame(geometry=[Point(24.94, 60.17), Point(24.95, 60.19)], crs=4326).to_file(stops)
    project = tmp_path / "p.gpkg"
    made = _cli("project", str(project), "--layer", f"{stops}:1000", "--quiet")
    assert made.returncode == 0, made.stderr

    small = _cli("coverage", "--project", str(project))
    assert small.returncode == 0, small.stderr
    rows = json.loads(small.stdout)["rows"]
    helsinki = next(r for r in rows if r["municipality"] == "Helsinki" and r["zone"] == "hotspot")
    # two discs of 1 km radius, nearly disjoint: at most 2 * pi km2 (clipped to land), within the engine's 1 %
    assert 3.0 < helsinki["covered_km2"] <= 2 * math.pi * 1.01
    assert sum(r["covered_km2"] for r in rows if r["municipality"] != "Helsinki") < 0.5


def test_coverage_without_any_service_layer_is_a_clear_error(tmp_path):
    project = tmp_path / "empty.gpkg"
    assert _cli("project", str(project), "--quiet").returncode == 0
    out = _cli("coverage", "--project", str(project))
    assert out.returncode == 2
    last = out.stderr.strip().splitlines()[-1]
    assert last.startswith("regionmap: coverage: give at least one service layer")


def test_coverage_of_a_project_uses_its_zone_set(tmp_path):
    """A project whose zones are a zone set gives rows per class, as the window's Compute does, and names it."""
    from shapely.geometry import box

    from layers.coverage.zone_sets import ZoneSet
    from layers.document import MapDocument
    from layers.model import Layer, LayerKind
    from layers.project.save import save_project
    from layers.region import default_region

    doc = MapDocument(default_region())
    west, east = box(370_000, 6_660_000, 385_000, 6_690_000), box(385_000, 6_660_000, 400_000, 6_690_000)
    zones = gpd.GeoDataFrame({"vyoh": ["keskusta", "autovyöhyke"]}, geometry=[west, east], crs=3067)
    doc.layers.append(Layer(zones, "Urban zones", kind=LayerKind.OTHER))
    doc.layers.append(Layer(gpd.GeoDataFrame(geometry=[Point(384_000, 6_675_000)], crs=3067), "Stops",
                            kind=LayerKind.TRANSPORT, radius_m=1000))
    doc.zone_set = ZoneSet("Urban zones", "vyoh", {"keskusta": "core", "autovyöhyke": "car zone"}, target="core")
    project = tmp_path / "zones.gpkg"
    save_project(doc, project)
    got = _cli("coverage", "--project", str(project))
    assert got.returncode == 0, got.stderr
    out = json.loads(got.stdout)
    assert {r["zone"] for r in out["rows"]} == {"core", "car zone"}
    assert out["zone_set"]["file"] == "Urban zones" and out["zone_set"]["target_class"] == "core"
    core = next(r for r in out["rows"] if r["municipality"] == "Helsinki" and r["zone"] == "core")
    assert 2.0 < core["covered_km2"] <= math.pi * 1.01


def _people_project(tmp_path: Path, source_field: str) -> tuple[Path, float]:
    """A project on the built-in region whose Coverage dock counts the people of a point layer (900 at a stop in
    Helsinki, 100 five kilometres east), its population source naming ``source_field``; and the people the stop's
    500 m reach holds."""
    from layers.coverage.population_source import PopulationSource
    from layers.document import MapDocument
    from layers.model import Layer, LayerKind
    from layers.project.save import save_project
    from layers.region import default_region

    doc = MapDocument(default_region())
    helsinki = doc.region.municipalities.set_index("name").geometry["Helsinki"]
    inside = helsinki.representative_point()
    people = gpd.GeoDataFrame({"asukkaat": [900, 100]}, crs=3067, geometry=[inside, Point(inside.x + 5_000, inside.y)])
    doc.layers.append(Layer(people, "Residents", kind=LayerKind.OTHER))
    doc.layers.append(Layer(gpd.GeoDataFrame(geometry=[inside], crs=3067), "Stops", kind=LayerKind.TRANSPORT,
                            radius_m=500))
    doc.population_source = PopulationSource("Residents", source_field)
    project = tmp_path / "people.gpkg"
    save_project(doc, project)
    return project, 900.0


def test_coverage_of_a_project_counts_the_people_its_dock_counts(tmp_path):
    """``coverage --project P`` counts the people of the project's population source, as its Coverage dock and
    ``export --project P --coverage`` do, and names the source; without it the rows were by area."""
    project, reached = _people_project(tmp_path, "asukkaat")
    got = _cli("coverage", "--project", str(project))
    assert got.returncode == 0, got.stderr
    out = json.loads(got.stdout)
    assert out["population_basis"].startswith("people: Residents (asukkaat)"), out["population_basis"]
    assert "Residents" in out["population_source"]
    people = sum(r["population"] for r in out["rows"] if r.get("population") is not None)
    covered = sum(r["population_covered"] for r in out["rows"] if r.get("population_covered") is not None)
    assert people == pytest.approx(1000.0, abs=0.5)
    assert covered == pytest.approx(reached, abs=0.5)


def test_a_project_whose_population_field_has_gone_is_counted_by_area_with_a_warning(tmp_path):
    project, _ = _people_project(tmp_path, "vaesto")
    got = _cli("coverage", "--project", str(project))
    assert got.returncode == 0, got.stderr
    assert "population layer 'Residents' has no numeric field 'vaesto'; counted by area" in got.stderr
    assert json.loads(got.stdout)["population_basis"] == "by area"
