"""``regionmap coverage --hotspots FILE --hotspot-filter FIELD=V,... --hotspot-discs``: the real urban-zone centres
as hot spots where SYKE's file has zones, settlement discs elsewhere; and the errors of the two flags."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[3]
ZONES = "syke_urban_zones_2021_capital_region.gpkg"
CENTRES = "vyoh=1,2,10,11,12,40,41"  # SYKE's centre and sub-centre zones (combined ones too)

pytestmark = pytest.mark.shared_data


def run_cli(*args, timeout=300):
    return subprocess.run([sys.executable, "-m", "app.cli", "coverage", *map(str, args)], cwd=ROOT,
                          capture_output=True, text=True, timeout=timeout)


def test_centres_where_the_zones_exist_and_discs_elsewhere(shared_data, tmp_path) -> None:
    out = tmp_path / "out.json"
    proc = run_cli("--layer", f"{shared_data / 'fi_rail_stations_digitraffic_2024.geojson'}:1000",
                   "--region", shared_data / "fi_municipalities_2023_nls.geojson", "--codes", "091,049,257",
                   "--hotspots", shared_data / ZONES, "--hotspot-filter", CENTRES, "--hotspot-discs", "--out", out,
                   "--population", shared_data / "helsinki_population_grid_2020.gpkg")
    assert proc.returncode == 0, proc.stderr
    data = json.loads(out.read_text(encoding="utf-8"))
    hot = {r["municipality"]: r["area_km2"] for r in data["rows"] if r["zone"] == "hotspot"}
    # the JSON names where the people come from (the file: its name carries the year) and the zones (none)
    assert data["population_source"].startswith("helsinki_population_grid_2020.gpkg (") and data["zone_set"] is None
    import geopandas as gpd

    zones = gpd.read_file(shared_data / ZONES).to_crs("EPSG:3067")
    centres = zones[zones["vyoh"].isin([1, 2, 10, 11, 12, 40, 41])]
    # Helsinki's and Espoo's hot spots are their centre zones (clipped to land), not GeoNames discs; Kirkkonummi,
    # outside SYKE's file, gets its town's disc
    assert 0 < hot["Helsinki"] + hot["Espoo"] <= centres.geometry.area.sum() / 1e6 + 1e-6
    assert hot["Kirkkonummi"] > 0


def test_the_flags_say_what_they_need(shared_data) -> None:
    stations = f"{shared_data / 'fi_rail_stations_digitraffic_2024.geojson'}:1000"
    proc = run_cli("--layer", stations, "--hotspot-discs")
    assert proc.returncode == 2 and "Traceback" not in proc.stderr
    assert proc.stderr.strip().splitlines()[-1] == ("regionmap: --hotspot-discs: applies to a hot spot file; give "
                                                    "one with --hotspots FILE")
    from types import SimpleNamespace

    from layers.commands.coverage import _hotspot_sources
    from layers.errors import UserError
    from layers.io import read_layer

    zones = read_layer(shared_data / ZONES).data  # in-process: the message, without building a region first
    doc = SimpleNamespace(hotspots=zones)  # the coverage sources: the --hotspots file as read
    for given, said in (("vyoh=99", "--hotspot-filter: zones.gpkg no polygon has vyoh in 99 (values: '5', '4'"),
                        ("vyoh", "--hotspot-filter vyoh: give FIELD=VALUE,VALUE")):
        args = SimpleNamespace(hotspots="zones.gpkg", hotspot_filter=given, hotspot_discs=False)
        with pytest.raises(UserError) as caught:
            _hotspot_sources(args, doc)
        assert str(caught.value).startswith(said)
