"""The dock's "People from" row: it binds to the live population source, offers point and polygon layers with
numbers, and hides the people column of a check by area."""

from __future__ import annotations

import geopandas as gpd
import pytest
import shapely

from layers.coverage.population_source import PopulationSource

pytestmark = pytest.mark.gui


@pytest.fixture()
def panel(qtbot, bare_window):
    from app.coverage import panel as coverage_panel
    from app.coverage.panel import CoveragePanel
    from layers.model import Layer, LayerKind

    doc = bare_window.document
    stations = doc.settlement_layer.data.nlargest(6, "population")[["name", "geometry"]].reset_index(drop=True)
    doc.layers.append(Layer(gpd.GeoDataFrame(stations, crs=doc.settlement_layer.data.crs), "Stations",
                            kind=LayerKind.TRANSPORT, radius_m=2_000.0))
    coverage_panel.install(bare_window)
    bare_window.actions["coverage"].trigger()
    return bare_window.findChild(CoveragePanel)


def combo_data(combo):
    return [combo.itemData(i) for i in range(combo.count())]


def test_the_chooser_starts_at_none_and_sets_the_live_source(panel, qtbot):
    from layers.model import Layer, LayerKind

    live = panel.live
    assert panel.population_layer.currentText() == "none: area only" and live.population_source is None
    assert "Settlements (GeoNames)" in combo_data(panel.population_layer)
    assert not panel.population_field.isEnabled()
    cells = gpd.GeoDataFrame({"asukkaita": [120], "code": [7]}, geometry=[shapely.box(385_000, 6_672_000,
                                                                                      386_000, 6_673_000)],
                             crs="EPSG:3067")
    live.document.layers.append(Layer(cells, "HSY grid", kind=LayerKind.POPULATION))
    assert combo_data(panel.population_layer)[1] == "HSY grid"  # offered at once, population layers first
    panel.population_layer.setCurrentIndex(panel.population_layer.findData("HSY grid"))
    assert live.population_source == PopulationSource("HSY grid", "asukkaita")
    assert combo_data(panel.population_field) == ["asukkaita", "code"]
    panel.population_field.setCurrentIndex(1)
    assert live.population_source == PopulationSource("HSY grid", "code")
    live.set_population_source(PopulationSource("Settlements (GeoNames)", "population"))  # e.g. a project
    assert panel.population_layer.currentData() == "Settlements (GeoNames)"
    assert panel.population_layer.currentText() == "Settlements (GeoNames) (approximate)"
    panel.population_layer.setCurrentIndex(0)
    assert live.population_source is None


def test_by_area_hides_the_people_column_and_geonames_marks_it_approximate(panel, qtbot):
    from PySide6.QtCore import Qt

    from layers.coverage.live_numbers import SECTOR_COLUMNS

    PEOPLE_COLUMN = SECTOR_COLUMNS["transport"][1]  # the transport layers' people column

    panel.compute()
    qtbot.waitUntil(lambda: panel.result is not None, timeout=120_000)
    assert panel.table.isColumnHidden(PEOPLE_COLUMN)
    assert panel.summary.text().startswith("By area")
    panel.population_layer.setCurrentIndex(panel.population_layer.findData("Settlements (GeoNames)"))
    first = panel.result
    panel.compute()
    qtbot.waitUntil(lambda: panel.result is not None and panel.result is not first, timeout=120_000)
    assert not panel.table.isColumnHidden(PEOPLE_COLUMN)
    model, horizontal = panel.table.model(), Qt.Orientation.Horizontal
    assert model.headerData(PEOPLE_COLUMN, horizontal) == "Transport people % (approx.)"
    assert "GeoNames settlement points" in model.headerData(PEOPLE_COLUMN, horizontal, Qt.ItemDataRole.ToolTipRole)
    assert "approximate (GeoNames settlement points)" in panel.summary.text()
    assert any(model.index(i, PEOPLE_COLUMN).data() != "—" for i in range(model.rowCount()))
