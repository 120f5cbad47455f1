"""The light cold path of ``regionmap coverage`` (layers/commands/coverage_light.py): a first run on ``--region``
reads its files without pandas and geopandas and writes exactly what the full path (``REGIONMAP_FULL_PATH=1``)
writes: the same rows, warnings and errors; a file the light reader declines goes the full way."""

from __future__ import annotations

import json

import pytest

from tests.layers.commands.test_coverage_warm import CASES, cli, official  # noqa: F401  (official: a fixture)

LIGHT = {"pandas", "geopandas", "pyogrio"}


@pytest.mark.parametrize("case", list(CASES))
def test_a_first_run_writes_what_the_full_path_writes_without_pandas(official, tmp_path, case):  # noqa: F811
    def argv(out: str) -> list[str]:
        return ["--region", str(official["region"])] + [a.format(**official, out=tmp_path / out) for a in CASES[case]]

    full = cli(tmp_path / "full", *argv("full.csv"), full=True)
    light = cli(tmp_path / "light", *argv("light.csv"))
    assert full[0] == light[0] == 0
    assert "pandas" in full[3] and not light[3] & LIGHT, "the first run imported what it does not need"
    assert light[1] == full[1] and light[2] == full[2]
    if "--out" in CASES[case]:
        assert (tmp_path / "light.csv").read_bytes() == (tmp_path / "full.csv").read_bytes()
    warm = cli(tmp_path / "light", *argv("warm.csv"))  # the light run kept the zones: the next one is warm
    assert warm[1] == full[1] and not warm[3] & {"pandas", "geopandas", "pyproj"}


REAL = [("hsl_stops_2022_central_helsinki.geojson", 300), ("fi_rail_stations_digitraffic_2024.geojson", 1500),
        ("hsl_routes_2022.geojson", 1000)]


def test_the_real_geojson_layers_go_the_light_way_with_the_full_paths_figures(official, shared_data, tmp_path):  # noqa: F811
    argv = ["--region", str(official["region"])]
    for name, radius in REAL:
        argv += ["--layer", f"{shared_data / name}:{radius}"]
    full = cli(tmp_path / "full", *argv, full=True)
    light = cli(tmp_path / "light", *argv)
    assert full[0] == light[0] == 0, light[2]
    assert not light[3] & LIGHT
    assert light[1] == full[1] and light[2] == full[2]
    out = json.loads(light[1])
    assert out["connections"]["edges"]  # the commuter rail links hot spots
    warm = cli(tmp_path / "light", *argv)  # again: the kept zones, the same light reader (it went the full way)
    assert warm[:3] == light[:3] and not warm[3] & LIGHT


@pytest.mark.parametrize("options", [["--codes", "091,049,092"], ["--all", "--no-clip-land"],
                                     ["--codes", "091", "--no-clip-land"]])
def test_other_region_choices_give_the_full_paths_rows(official, tmp_path, options):  # noqa: F811
    argv = ["--region", str(official["region"]), *options, "--layer", f"{official['many']}:1500"]
    full = cli(tmp_path / "full", *argv, full=True)
    light = cli(tmp_path / "light", *argv)
    assert full[0] == light[0] == 0, light[2]
    assert not light[3] & LIGHT
    assert light[1] == full[1] and light[2] == full[2]


def test_an_error_is_the_full_paths_error(official, tmp_path):  # noqa: F811
    argv = ["--region", str(official["region"]), "--codes", "091,999", "--layer", f"{official['one']}:400"]
    full = cli(tmp_path / "full", *argv, full=True)
    light = cli(tmp_path / "light", *argv)
    assert full[0] == light[0] == 2
    assert light[2] == full[2] and "999" in light[2][-1] and light[2][-1].startswith("regionmap: ")


def test_a_file_the_light_reader_declines_goes_the_full_way(official, tmp_path):  # noqa: F811
    import geopandas as gpd

    gpkg = tmp_path / "stops.gpkg"
    gpd.read_parquet(official["many"]).to_file(gpkg)
    argv = ["--region", str(official["region"]), "--layer", f"{gpkg}:400"]
    full = cli(tmp_path / "full", *argv, full=True)
    other = cli(tmp_path / "other", *argv)
    assert "pandas" in other[3]  # a GeoPackage: the full reader's
    assert other[:3] == full[:3]


def test_a_first_run_by_people_on_another_region_choice_is_the_full_paths(official, tmp_path):  # noqa: F811
    """The light cold path spreads a population grid (GeoParquet in EPSG:3067) over three municipalities with the
    full path's figures and warnings, and the next run reads the spread people back."""
    import geopandas as gpd
    import numpy as np
    import shapely

    iy, ix = np.divmod(np.arange(24 * 20), 24)
    x0, y0 = 376_000.0, 6_668_000.0
    cells = shapely.box(x0 + ix * 250, y0 + iy * 250, x0 + ix * 250 + 250, y0 + iy * 250 + 250)
    counts = (np.arange(len(cells)) * 7919) % 300 * 1.0
    counts[[5, 6]] = np.nan
    grid = tmp_path / "grid.parquet"
    gpd.GeoDataFrame({"vaesto": counts}, geometry=cells, crs="EPSG:3067").to_parquet(grid)
    argv = ["--region", str(official["region"]), "--codes", "091,049,092", "--layer", f"{official['many']}:700",
            "--population", str(grid), "--format", "csv"]
    full = cli(tmp_path / "full", *argv, full=True)
    light = cli(tmp_path / "light", *argv)
    again = cli(tmp_path / "light", *argv)
    assert full[0] == 0 and "pandas" in full[3]
    assert light[:3] == full[:3] == again[:3] and not (light[3] | again[3]) & LIGHT
    assert any("2 feature(s) without a count" in line for line in light[2])
    assert "population_covered" in light[1].splitlines()[0]
