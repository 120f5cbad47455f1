"""The window and ``regionmap coverage`` give the same numbers for the same inputs (issue 12).

The window's path is taken headless: the national boundaries file prepared as Region > Load official boundaries
does by default (the dialog's fields and "Keep": the 26 Helsinki-Uusimaa codes, clipped to the document's land),
set on a :class:`MapDocument`, service layers added as loaded layers, and the check computed by
:class:`LiveCoverage` (what the dock shows and the exports write).  The command line gets the same files.
"""

from __future__ import annotations

import json
import math

import pytest

from layers import shipped

pytestmark = pytest.mark.shared_data

MUNIS = "fi_municipalities_2023_nls.geojson"
STATIONS = "fi_rail_stations_digitraffic_2024.geojson"
PLANTS = "fi_powerplants_2025.geojson"
GRID = "helsinki_population_grid_2020.gpkg"
RADII = {STATIONS: 1_000.0, PLANTS: 5_000.0}
# the CLI writes shares to 6 decimals and km2 to 4; the dock's sliders count sample cells (half a percent)
SHARE_ABS, KM2_ABS, DOCK_SHARE_ABS = 2e-6, 2e-4, 0.005


@pytest.fixture(scope="module")
def window_check(shared_data):
    """LiveCoverage on a document whose boundaries are set as the boundaries dialog sets them."""
    from layers.coverage import live as live_mod
    from layers.coverage.live import LiveCoverage
    from layers.document import MapDocument
    from layers.io import read_layer
    from layers.io.boundaries import suggest_fields
    from layers.io.region_boundaries import RegionChoice, region_boundaries
    from layers.model import Layer, LayerKind

    doc = MapDocument.default()
    source = read_layer(shared_data / MUNIS).data
    fields = suggest_fields(source)  # what the dialog pre-selects
    got = region_boundaries(source, RegionChoice.uusimaa(name_field=fields.name, code_field=fields.code),
                            land=doc.land, source=MUNIS)
    doc.set_boundaries(got.data, "Municipalities (official)", f"From {MUNIS}")
    for name, kind in ((STATIONS, LayerKind.TRANSPORT), (PLANTS, LayerKind.ENERGY)):
        path = shared_data / name
        doc.layers.append(Layer(read_layer(path).data, path.stem, kind=kind, radius_m=RADII[name],
                                source=str(path)))
    live = LiveCoverage(doc)
    inputs = live.inputs()
    # the population source is the planner's choice; both sides get the same grid and field
    inputs.population = read_layer(shared_data / GRID).data
    inputs.population_field = "population"
    live.apply(live_mod.run(inputs))
    assert set(live.suggest_targets()) == {"transport", "energy"}  # the planner takes the suggested targets
    inputs = live.inputs()  # and computes again (a target changed after Compute is judged on the prepared
    inputs.population = read_layer(shared_data / GRID).data  # engine, whose refinement differs by ~1e-5)
    inputs.population_field = "population"
    live.apply(live_mod.run(inputs))
    return doc, live


@pytest.fixture(scope="module")
def cli_output(shared_data, window_check, tmp_path_factory):
    from app.cli import main

    _, live = window_check
    out = tmp_path_factory.mktemp("agree") / "coverage.json"
    targets = [a for sector, share in sorted(live.judged_targets().in_between.items())
               for a in ("--target", f"{sector}={share}")]
    rc = main(["coverage", "--region", str(shared_data / MUNIS),
               "--layer", f"{shared_data / STATIONS}:{RADII[STATIONS]:g}",
               "--energy", f"{shared_data / PLANTS}:{RADII[PLANTS]:g}",
               "--population", str(shared_data / GRID), "--population-field", "population",
               *targets, "--format", "json", "--out", str(out)])
    assert rc == 0
    return json.loads(out.read_text(encoding="utf-8"))


def _same(a: object, b: object, key: str) -> bool:
    if isinstance(a, bool) or isinstance(b, bool) or a is None or b is None or isinstance(a, str):
        return a == b
    tol = KM2_ABS if key.endswith("km2") else SHARE_ABS if "share" in key else 0.5  # people: whole persons
    return math.isclose(float(a), float(b), abs_tol=tol)  # type: ignore[arg-type]


def test_the_region_is_the_windows_26_municipalities_on_land(window_check, cli_output):
    doc, _ = window_check
    rows = cli_output["rows"]
    assert {r["code"] for r in rows} == set(shipped.region_codes()) == set(doc.region.municipalities["code"])
    helsinki = sum(r["area_km2"] for r in rows if r["municipality"] == "Helsinki")
    assert helsinki == pytest.approx(234, abs=5)  # land only: the NLS polygon with its sea is 730 km2
    window_helsinki = doc.region.municipalities.set_index("name").loc["Helsinki", "land_area_km2"]
    assert helsinki == pytest.approx(window_helsinki, abs=0.01)


def test_every_row_agrees_with_the_window(window_check, cli_output):
    _, live = window_check
    window_rows = live.current_result().rows  # what the window's exports write
    cli_rows = cli_output["rows"]
    assert len(cli_rows) == len(window_rows) == 52
    compared = set(window_rows[0]) & set(cli_rows[0])
    assert {"municipality", "code", "zone", "area_km2", "covered_km2", "covered_share", "population",
            "population_covered", "transport_share", "energy_share", "transport_people_share",
            "energy_people_share", "target_pass", "reason"} <= compared
    for w, c in zip(window_rows, cli_rows, strict=True):
        assert {k for k, v in w.items() if v is not None} == {k for k, v in c.items() if v is not None}
        compared = set(w) & set(c)
        differ = {k: (w[k], c[k]) for k in compared if not _same(w[k], c[k], k)}
        assert not differ, f"{w['municipality']} {w['zone']}: window vs CLI {differ}"
    assert sum(r["population"] or 0 for r in cli_rows) > 50_000  # the grid's people were counted, not vacuous
    assert {r["target_pass"] for r in cli_rows if r["zone"] == "in-between"} == {True, False}  # not vacuous
    for key in ("totals", "municipality_pass"):
        if key in cli_output:
            assert json.loads(json.dumps(live.current_result().to_dict()[key])) == cli_output[key]


def test_the_docks_table_shows_the_same_shares(window_check, cli_output):
    _, live = window_check
    for row, c in zip(live.rows, cli_output["rows"], strict=True):
        assert (row.municipality, row.zone) == (c["municipality"], c["zone"])
        assert row.area_m2 / 1e6 == pytest.approx(c["area_km2"], abs=KM2_ABS)
        if c["covered_share"] is not None:
            assert row.covered_share == pytest.approx(c["covered_share"], abs=DOCK_SHARE_ABS)
