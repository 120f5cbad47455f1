"""Zone sets in the live check: the choice kept in the document (and projects), the rows municipality x class,
the target class judged and suggested, out of date when it changes, and the dialog's choices (zone_mapping)."""

from __future__ import annotations

import json

import geopandas as gpd
import pytest
import shapely

from layers.coverage.live import STALE, ZONE_SET, LiveCoverage
from layers.coverage.zone_mapping import (
    category_fields,
    field_values,
    matching_presets,
    preset_classes,
    zone_layer_candidates,
    zone_set_of,
)
from layers.coverage.zone_sets import INTERMEDIATE, PRESETS, RURAL, URBAN_CORE, ZoneSet
from layers.errors import UserError
from layers.model import Layer, LayerKind

CRS = "EPSG:3067"
X0, Y0, SIZE, CELL = 300_000.0, 6_700_000.0, 4_000.0, 1_000.0
URBAN_RURAL = ZoneSet("Cells", "luokka", dict(PRESETS["syke-urban-rural"].mapping), "syke-urban-rural")


def _cells() -> gpd.GeoDataFrame:
    """A 8 x 4 grid of 1 km cells over the two municipalities, classes 1..7 by column (the 8th column: 7 again);
    written here, as SYKE's 7-class grid would be."""
    cells, classes = [], []
    for i in range(8):
        for j in range(4):
            cells.append(shapely.box(X0 + i * CELL, Y0 + j * CELL, X0 + (i + 1) * CELL, Y0 + (j + 1) * CELL))
            classes.append(f"K{i + 1}" if i < 3 else f"M{min(i + 1, 7)}")
    return gpd.GeoDataFrame({"luokka": classes, "id": range(len(cells))}, geometry=cells, crs=CRS)


@pytest.fixture()
def document(two_municipalities):
    """Two 4 km municipalities side by side, a stop in the west one and the 7-class cells as a layer."""
    doc = two_municipalities(X0, Y0, SIZE, [(X0 + 1_000, Y0 + 2_000, 700), (X0 + 6_000, Y0 + 2_000, 300)])
    doc.layers.append(Layer(gpd.GeoDataFrame(geometry=[shapely.Point(X0 + 2_500, Y0 + 2_000)], crs=CRS), "Stops",
                            kind=LayerKind.TRANSPORT, radius_m=1_500.0))
    doc.layers.append(Layer(_cells(), "Cells", kind=LayerKind.OTHER))
    return doc


def test_a_chosen_zone_set_gives_rows_per_municipality_and_class_and_judges_its_target(document, compute):
    live = LiveCoverage(document)
    heard = []
    live.events.connect(lambda e: heard.append(e.value), [ZONE_SET])
    live.set_zone_set(URBAN_RURAL)
    assert heard == [URBAN_RURAL] and document.zone_set == URBAN_RURAL
    compute(live)
    assert {(r.municipality, r.zone) for r in live.rows} == {(m, c) for m in ("West", "East")
                                                             for c in (URBAN_CORE, INTERMEDIATE, RURAL)}
    area = {(r.municipality, r.zone): round(r.area_m2 / 1e6, 3) for r in live.rows}
    # west: columns K1, K2 (urban core), K3 and M4 (intermediate, rural); east: M5 (intermediate), M6, M7, M7
    assert area[("West", URBAN_CORE)] == 8.0 and area[("West", INTERMEDIATE)] == 4.0 and area[("West", RURAL)] == 4
    assert area[("East", INTERMEDIATE)] == 4.0 and area[("East", RURAL)] == 12.0
    live.set_target("transport", 0.5)
    assert set(live.verdicts) == {"West", "East"}
    judged = {(r.municipality, r.zone) for r in live.rows if r.verdict.passed is not None}
    assert judged == {("West", INTERMEDIATE), ("East", INTERMEDIATE)}  # only the target class is judged
    assert live.verdicts["West"].passed and not live.verdicts["East"].passed  # the stop is at x = 2.5 km
    text = live.summary.text
    assert "Zones: Cells: luokka (syke-urban-rural: urban core, intermediate, rural; judged: intermediate)" in text
    assert "(intermediate transport 50 %)" in text and "in-between" not in text
    assert live.gaps is not None and set(live.gaps["municipality"]) <= {"West", "East"}
    notes = {lay.name: lay.note for lay in document.layers if lay.derived}
    zones = "(zone set Cells: luokka (syke-urban-rural: urban core, intermediate, rural; judged: intermediate))"
    assert notes["Coverage gaps"] == f"uncovered intermediate areas at the current radii {zones}"
    assert notes["Coverage pass/fail"] == ("derived from the coverage check: intermediate share (people where "
                                           f"known) vs the target {zones}")
    assert all("in-between" not in note for note in notes.values() if note)


def test_suggested_targets_come_from_the_target_class(document, compute):
    live = LiveCoverage(document)
    live.set_zone_set(URBAN_RURAL)
    compute(live)
    shares = sorted(r.sector_shares["transport"][0] for r in live.rows if r.zone == INTERMEDIATE)
    suggested = live.suggest_targets()  # before: the in-between rows, of which a zone set has none: nothing
    assert suggested == {"transport": int(100 * shares[-1] + 1e-9) / 100}
    assert live.targets == suggested


def test_choosing_or_dropping_the_zone_set_or_changing_its_layer_makes_the_result_out_of_date(document, compute):
    live = compute(LiveCoverage(document))
    stale = []
    live.events.connect(lambda e: stale.append(e.value), [STALE])
    live.set_zone_set(URBAN_RURAL)
    assert stale == ["another zone set was chosen"]
    compute(live)
    cells = live.zone_layer()
    cells.name = "Renamed cells"  # follows the layer, and the same zones are not a reason
    assert live.zone_set.source == "Renamed cells" and live.stale == ""
    cells.data = cells.data.iloc[:-4]
    assert live.stale == "the features of the zone set's layer 'Renamed cells' changed"
    compute(live)
    document.layers.remove(cells)
    assert live.stale == "the zone set's layer 'Renamed cells' was removed"
    with pytest.raises(UserError, match="not loaded"):
        live.inputs()
    live.set_zone_set(None)
    assert live.inputs().zones.classes == ("hotspot", "in-between")


def test_projects_keep_the_zone_set_and_older_or_damaged_ones_have_none(document, tmp_path):
    from layers.project import load_project, save_project
    from layers.project.save import project_state
    from layers.project.schema import ProjectState

    own = ZoneSet("Cells", "luokka", {"K1": "town", "M7": "wild"}, None, "wild")
    LiveCoverage(document).set_zone_set(own)
    loaded = load_project(save_project(document, tmp_path / "p.gpkg"))
    assert loaded.zone_set == own
    document.zone_set = URBAN_RURAL
    state, _ = project_state(document)
    raw = json.loads(state.to_json())
    assert raw["zone_set"] == {"file": "Cells", "field": "luokka", "mapping": "syke-urban-rural",
                               "target_class": INTERMEDIATE}
    assert ZoneSet.from_dict(raw["zone_set"]) == URBAN_RURAL
    del raw["zone_set"]  # a file written before the key existed
    assert ProjectState.from_json(json.dumps(raw), "old.gpkg").zone_set is None
    for damaged in (None, [], {"file": "Cells"}, {"file": "C", "field": "f", "mapping": {"a": "all"}},
                    {"file": "C", "field": "f", "mapping": "no-such-preset"}):
        assert ZoneSet.from_dict(damaged) is None
    assert ZoneSet.from_dict({**own.to_dict(), "target_class": "gone"}).target == INTERMEDIATE


# ---- what the mapping dialog offers --------------------------------------------------------------------------------
def test_the_candidates_are_polygon_layers_with_a_category_field(document):
    names = {layer.name: fields for layer, fields in zone_layer_candidates(document)}
    assert names == {"Cells": ["luokka"]}  # not the region, hot spots, stops; "id" has a value per cell
    cells = _cells()
    assert matching_presets(cells, "luokka") == ["syke-urban-rural"]
    values = field_values(cells, "luokka")
    assert [(v.value, v.count) for v in values][:1] == [("M7", 8)] and len(values) == 7
    classes = preset_classes("syke-urban-rural", values)
    assert classes["K3"] == classes["M5"] == INTERMEDIATE and classes["M4"] == RURAL
    assert zone_set_of("Cells", "luokka", classes, "syke-urban-rural", None) == URBAN_RURAL
    edited = zone_set_of("Cells", "luokka", {**classes, "M4": ""}, "syke-urban-rural", "rural")
    assert edited.preset is None and "M4" not in edited.mapping and edited.target == RURAL  # edited: own mapping
    assert zone_set_of("Cells", "luokka", {"K1": "town", "M7": "wild"}, None, None).target == "town"


@pytest.fixture(scope="module")
def urban_zones(shared_data):
    from layers.io import read_layer

    return read_layer(shared_data / "syke_urban_zones_2021_capital_region.gpkg").data


@pytest.mark.shared_data
def test_the_real_urban_zones_offer_their_preset_on_both_fields_and_not_the_urban_rural_one(urban_zones):
    assert category_fields(urban_zones)[:2] == ["vyoh", "vyohselite"]  # those a preset fits first
    assert matching_presets(urban_zones, "vyohselite") == ["syke-urban-zones"]
    assert matching_presets(urban_zones, "vyoh") == ["syke-urban-zones"]  # codes 1-5, 10-41: not classes 1-7
    values = field_values(urban_zones, "vyohselite")
    assert len(values) == 10 and sum(v.count for v in values) == len(urban_zones)
    classes = preset_classes("syke-urban-zones", values)
    assert all(classes.values()) and classes["autovyöhyke"] == "car zone"
    assert classes["keskustan reunavyöhyke/joukkoliikennevyöhyke"] == "core"
    zone_set = zone_set_of("SYKE zones", "vyohselite", classes, "syke-urban-zones", None)
    assert zone_set.preset == "syke-urban-zones" and zone_set.target == INTERMEDIATE


def test_every_table_names_the_population_source_with_its_year_and_the_zone_set(document, compute, tmp_path):
    import csv
    import io

    from layers.coverage.population_source import PopulationSource
    from layers.export.report import coverage_table, table_csv

    credit = "Population grid 1 km 2023: Statistics Finland, CC BY 4.0"
    grid = gpd.GeoDataFrame({"vaesto": [500, 300]}, geometry=[shapely.box(X0, Y0, X0 + 4_000, Y0 + 4_000),
                            shapely.box(X0 + 4_000, Y0, X0 + 8_000, Y0 + 4_000)], crs=CRS)
    document.layers.append(Layer(grid, "Grid", kind=LayerKind.POPULATION, attribution=credit))
    live = LiveCoverage(document)
    live.set_population_source(PopulationSource("Grid", "vaesto"))
    live.set_zone_set(URBAN_RURAL)
    compute(live)
    live.set_target("transport", 0.5)
    result = live.current_result()
    label = f"Grid (vaesto): {credit}"
    zones = "Cells: luokka (syke-urban-rural: urban core, intermediate, rural; judged: intermediate)"
    assert result.population_source == label and f"Population source: {label}." in live.summary.text
    data = result.to_dict()
    assert data["population_source"] == label and data["zone_set"]["mapping"] == "syke-urban-rural"
    rows = list(csv.DictReader(io.StringIO(result.to_csv())))
    assert {(r["population_source"], r["zone_set"]) for r in rows} == {(label, zones)}
    assert "municipality" in rows[0] and "transport_share" in rows[0]  # the existing columns stay
    table = coverage_table(result)  # what the page, the HTML map and the report CSV show
    assert f"population source: {label}" in table.summary and f"zones: {zones}" in table.summary
    assert "zone_set" in table_csv(table).splitlines()[0]
    from layers.export.html_map import HtmlOptions, export_html

    export_html(document, tmp_path / "map.html", HtmlOptions(), coverage=result)
    page = (tmp_path / "map.html").read_text(encoding="utf-8")
    assert f"population source: {label}" in page and "zones: Cells: luokka (syke-urban-rural" in page
    cols, lines = table.compact()  # the printed page's table
    assert cols == ["Intermediate zones", "Transport", "Target"]
    assert {line[0]: line[-1] for line in lines} == {"West": "pass", "East": "fail"}
    live.set_zone_set(None)
    live.set_population_source(None)
    compute(live)
    plain = live.current_result()
    assert plain.to_dict()["population_source"] is None and plain.to_dict()["zone_set"] is None
    assert "zones: hot spots / in-between" in coverage_table(plain).summary
    assert next(csv.DictReader(io.StringIO(plain.to_csv())))["population_source"] == "none (by area)"
    assert coverage_table(plain).compact()[0] == ["Municipality", "Transport", "Hot spots", "Target"]
