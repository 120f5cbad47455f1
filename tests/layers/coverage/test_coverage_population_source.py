"""The coverage check's people come from the source the planner chose: none (by area), a layer and its field, or
the GeoNames settlement points (then every table says "approximate"); projects keep the choice."""

from __future__ import annotations

import json

import geopandas as gpd
import pytest
import shapely

from layers.coverage.live import POPULATION, LiveCoverage
from layers.coverage.population_source import (
    BY_AREA,
    GEONAMES_BASIS,
    PopulationSource,
    candidate_layers,
    resolve,
)
from layers.export.report import coverage_table, table_csv
from layers.model import Layer, LayerKind

CRS = "EPSG:3067"
X0, Y0, SIZE = 300_000.0, 6_700_000.0, 10_000.0
SETTLEMENTS = "Settlements (GeoNames)"


@pytest.fixture()
def document(two_municipalities):
    """Two 10 km municipalities, settlements with a population, a stop, a population grid and a line layer."""
    doc = two_municipalities(X0, Y0, SIZE, [(X0 + 2_000, Y0 + 2_000, 700), (X0 + 15_000, Y0 + 5_000, 300)])
    doc.layers.append(Layer(gpd.GeoDataFrame(geometry=[shapely.Point(X0 + 2_000, Y0 + 2_000)], crs=CRS), "Stops",
                            kind=LayerKind.TRANSPORT, radius_m=1_000.0))
    grid = gpd.GeoDataFrame({"vaesto": [1_000, 400], "name": ["a", "b"]},
                            geometry=[shapely.box(X0, Y0, X0 + 4_000, Y0 + 4_000),
                                      shapely.box(X0 + 14_000, Y0 + 4_000, X0 + 16_000, Y0 + 6_000)], crs=CRS)
    doc.layers.append(Layer(grid, "Grid", kind=LayerKind.POPULATION))
    doc.layers.append(Layer(gpd.GeoDataFrame({"pop": [5]}, geometry=[shapely.LineString([(X0, Y0), (X0 + 1, Y0)])],
                                             crs=CRS), "Line with numbers", kind=LayerKind.OTHER))
    return doc


def test_without_a_choice_the_check_is_by_area_and_claims_no_people(document, compute):
    live = LiveCoverage(document)
    inputs = live.inputs()
    assert inputs.population is None and inputs.population_field is None  # the settlements are not used
    compute(live)
    assert all(row.people_share is None for row in live.rows)
    assert live.population_basis == BY_AREA and live.result.population_basis == BY_AREA
    assert live.summary.text.startswith("By area")
    assert not live.result.has_population
    table = coverage_table(live.current_result())
    assert "by area" in table.summary and "people" not in table.summary
    assert json.loads(live.result.to_json())["population_basis"] == BY_AREA


def test_geonames_counts_only_when_picked_and_every_table_says_approximate(document, compute):
    live = LiveCoverage(document)
    seen = []
    live.events.connect(lambda e: seen.append((e.type, e.data.get("value"))))
    source = PopulationSource(SETTLEMENTS, "population")
    live.set_population_source(source)
    assert seen == [(POPULATION, source)] and document.population_source == source
    assert live.inputs().population is document.settlement_layer.data
    compute(live)
    west = next(r for r in live.rows if r.municipality == "West" and r.zone == "in-between")
    assert west.people_share == pytest.approx(1.0)  # the one 700-person point is within 1 km of the stop
    assert live.population_basis == GEONAMES_BASIS
    assert "approximate (GeoNames settlement points)" in live.summary.text
    assert "approximate (GeoNames settlement points)" in live.note
    live.set_radius("Stops", 1_200.0)  # what exports show: the result at the current radii says it too
    table = coverage_table(live.current_result())
    assert GEONAMES_BASIS in table.summary
    csv_text = table_csv(table)
    assert "population_basis" in csv_text.splitlines()[0] and "GeoNames settlement points" in csv_text


def test_a_grid_layer_and_its_field_count_the_people(document, compute):
    live = LiveCoverage(document)
    live.set_population_source(PopulationSource("Grid", "vaesto"))
    inputs = live.inputs()
    assert inputs.population is document.layers.by_name("Grid").data and inputs.population_field == "vaesto"
    compute(live)
    assert live.population_basis == "people: Grid (vaesto)"
    people = live.engine.zone_population()
    assert people.sum() == pytest.approx(1_400, abs=1)


def test_a_source_whose_layer_went_is_by_area_and_says_why(document, compute):
    live = LiveCoverage(document)
    live.set_population_source(PopulationSource("Grid", "vaesto"))
    document.layers.remove(document.layers.by_name("Grid"))
    assert live.inputs().population is None
    compute(live)
    assert live.population_basis == BY_AREA and "'Grid' is not loaded" in live.note
    assert resolve(document, PopulationSource(SETTLEMENTS, "name")).missing  # a text field counts nobody


def test_a_renamed_population_layer_stays_the_source(document):
    live = LiveCoverage(document)
    live.set_population_source(PopulationSource("Grid", "vaesto"))
    document.layers.by_name("Grid").name = "Väestöruudut"
    assert live.population_source == PopulationSource("Väestöruudut", "vaesto")


def test_the_candidates_are_point_and_polygon_layers_with_numbers(document):
    names = {layer.name: fields for layer, fields in candidate_layers(document)}
    assert next(iter(names)) == "Grid"  # population layers first
    assert names["Grid"] == ("vaesto",)
    assert names[SETTLEMENTS][0] == "population"
    assert "Line with numbers" not in names and "Stops" not in names  # a line; no numeric field
    assert "Hot spots" not in names and "In-between areas" not in names


def test_projects_keep_the_choice_and_older_projects_are_by_area(document, tmp_path):
    from layers.project import load_project, save_project
    from layers.project.save import project_state

    LiveCoverage(document).set_population_source(PopulationSource("Grid", "vaesto"))
    path = save_project(document, tmp_path / "p.gpkg")
    loaded = load_project(path)
    assert loaded.population_source == PopulationSource("Grid", "vaesto")
    state, _ = project_state(document)
    raw = json.loads(state.to_json())
    assert raw["population_source"] == {"layer": "Grid", "field": "vaesto"}
    assert PopulationSource.from_dict(None) is None and PopulationSource.from_dict({"layer": 3}) is None
    from layers.project.schema import ProjectState

    del raw["population_source"]  # a file written before the key existed
    assert ProjectState.from_json(json.dumps(raw), "old.gpkg").population_source is None
    document.population_source = None
    old = save_project(document, tmp_path / "old.gpkg")  # the key is None, as an older file lacks it
    assert load_project(old).population_source is None
