"""The load dialog recognises a population grid by its fields (not its name) and asks for the count field; the
layer it adds becomes the coverage check's population source."""

from __future__ import annotations

import geopandas as gpd
import pytest
import shapely

from app.io.load_dialog import LoadDialog, default_choice, guess_kind
from layers.model import LayerKind

pytestmark = pytest.mark.gui


@pytest.fixture()
def grid(shared_data):
    from layers.io.read import read_layer

    return read_layer(shared_data / "helsinki_population_grid_2020.gpkg")


@pytest.mark.shared_data
def test_the_helsinki_grid_is_population_by_its_fields_although_its_name_says_grid(qtbot, grid):
    name = "helsinki_population_grid_2020"
    assert guess_kind("polygon", name) is LayerKind.ENERGY  # the name alone would say "grid": energy
    choice = default_choice(grid, name)
    assert choice.kind is LayerKind.POPULATION and choice.population_field == "population"
    assert choice.radius_m is None
    dialog = LoadDialog(grid, name)
    qtbot.addWidget(dialog)
    dialog.show()
    assert LayerKind(dialog.kind.currentData()) is LayerKind.POPULATION
    assert dialog.count_field.isVisible() and dialog.count_field.currentData() == "population"
    assert [dialog.count_field.itemData(i) for i in range(dialog.count_field.count())] == ["population", "id"]
    assert not dialog.radius.isEnabled()
    dialog.count_field.setCurrentIndex(dialog.count_field.findData("id"))
    assert dialog.choice().population_field == "id"  # the planner may pick another field
    dialog.kind.setCurrentIndex(dialog.kind.findData("other"))
    assert not dialog.count_field.isVisible() and dialog.choice().population_field is None


def test_lines_are_not_offered_as_population(qtbot):
    from layers.io.read import LoadedData, LoadReport

    lines = gpd.GeoDataFrame({"vaesto": [3]}, geometry=[shapely.LineString([(0, 0), (1, 1)])], crs="EPSG:3067")
    loaded = LoadedData(lines, LoadReport(path="routes.geojson", n_features=1))
    assert default_choice(loaded, "routes").kind is LayerKind.TRANSPORT
    dialog = LoadDialog(loaded, "routes")
    qtbot.addWidget(dialog)
    assert dialog.kind.findData("population") < 0


@pytest.mark.shared_data
def test_a_loaded_population_layer_becomes_the_population_source(qtbot, bare_window, shared_data, monkeypatch):
    from app.io import loader as io_actions
    from layers.coverage.population_source import PopulationSource

    monkeypatch.setattr(io_actions, "ASK", False)
    loader = io_actions.install(bare_window)
    loader.load(shared_data / "helsinki_population_grid_2020.gpkg")
    qtbot.waitUntil(lambda: bare_window.document.layers.by_name("helsinki_population_grid_2020") is not None,
                    timeout=60_000)
    layer = bare_window.document.layers.by_name("helsinki_population_grid_2020")
    assert layer.kind is LayerKind.POPULATION
    assert bare_window.session.coverage.population_source == PopulationSource(layer.name, "population")
