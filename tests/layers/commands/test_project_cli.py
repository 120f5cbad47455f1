"""``regionmap project`` writes the same file the GUI saves; ``--project`` feeds other commands."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from app.cli import main
from layers.project import load_project, read_state

ROOT = Path(__file__).resolve().parents[3]


@pytest.mark.shared_data
def test_project_command_writes_layers_with_radii(shared_data, tmp_path, capsys):
    out = tmp_path / "plan.gpkg"
    stations = shared_data / "fi_rail_stations_digitraffic_2024.geojson"
    routes = shared_data / "hsl_routes_2022.geojson"
    assert main(["project", str(out), "--layer", f"{stations}:1500", "--layer", str(routes)]) == 0
    assert "wrote" in capsys.readouterr().out
    doc = load_project(out)
    names = [lyr.name for lyr in doc.layers]
    assert names[-2:] == [stations.stem, routes.stem]
    assert doc.layers[-2].radius_m == 1500
    assert doc.layers[-1].radius_m == 1000  # the default for lines
    assert len(doc.layers[-2].data) == 206
    assert doc.view == doc.region_extent()
    # --project starts from that project; more layers are added to it
    out2 = tmp_path / "more.gpkg"
    stops = shared_data / "hsl_stops_2022_central_helsinki.geojson"
    assert main(["project", str(out2), "--project", str(out), "--layer", f"{stops}:300", "--quiet",
                 "--view", "380000,6670000,390000,6680000"]) == 0
    assert capsys.readouterr().out == ""
    doc2 = load_project(out2)
    assert [lyr.name for lyr in doc2.layers] == [*names, stops.stem]
    assert doc2.layers[-1].radius_m == 300
    assert doc2.view == (380000.0, 6670000.0, 390000.0, 6680000.0)


@pytest.mark.shared_data
def test_region_and_hotspots_options(shared_data, tmp_path):
    out = tmp_path / "capital.gpkg"
    rc = main(["project", str(out), "--region", str(shared_data / "fi_municipalities_2023_nls.geojson"), "--all",
               "--no-clip-land", "--hotspots", str(shared_data / "syke_urban_zones_2021_capital_region.gpkg"),
               "--quiet"])
    assert rc == 0
    state = read_state(out)
    assert state.schematic is False
    assert state.hotspot_method == "layer"
    assert state.hotspot_layer_table == "rm_syke_urban_zones_2021_capital_region"
    doc = load_project(out)
    assert len(doc.region.municipalities) == 309
    assert doc.hotspot_source is not None and doc.hotspot_source.name == "syke_urban_zones_2021_capital_region"


@pytest.mark.shared_data
def test_region_is_filtered_and_clipped_as_in_the_window(shared_data, tmp_path):
    """Without --all, a national file gives the 26 Helsinki-Uusimaa municipalities on land (one rule with the
    window's boundaries dialog and ``regionmap coverage``)."""
    from layers import shipped

    out = tmp_path / "uusimaa.gpkg"
    assert main(["project", str(out), "--region", str(shared_data / "fi_municipalities_2023_nls.geojson"),
                 "--quiet"]) == 0
    muni = load_project(out).region.municipalities
    assert sorted(muni["code"]) == sorted(shipped.region_codes())
    assert muni.set_index("name").loc["Helsinki", "land_area_km2"] == pytest.approx(234, abs=5)
    assert "name_sv" in muni.columns


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["plan.txt"], "must end in .gpkg"),
        (["plan.gpkg", "--view", "1,2,3"], "four numbers"),
        (["plan.gpkg", "--view", "5,5,1,1"], "XMAX must be above XMIN"),
        (["plan.gpkg", "--layer", "missing.geojson"], "no such file"),
        (["plan.gpkg", "--project", "missing.gpkg"], "no such file"),
        (["nofolder/plan.gpkg"], "does not exist"),
        ([], "required"),
    ],
)
def test_errors_exit_2_with_a_clear_line(args, message, tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    assert main(["project", *args]) == 2
    last = capsys.readouterr().err.strip().splitlines()[-1]
    assert last.startswith("regionmap: ") and message in last
    assert not (tmp_path / "plan.gpkg").exists()


def test_help_runs_as_a_subprocess():
    proc = subprocess.run([sys.executable, "-m", "app.cli", "project", "--help"], capture_output=True, text=True,
                          cwd=ROOT, timeout=60)
    assert proc.returncode == 0
    assert "--layer" in proc.stdout and "OUT.gpkg" in proc.stdout
