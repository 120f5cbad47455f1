"""The Coverage dock's chooser rows do not refill while the dock is hidden (new boundaries send several layer
events, each refill reads every layer's geometry types): they fill once when shown, with what is there then."""

from __future__ import annotations

import geopandas as gpd
import pytest
import shapely

pytestmark = pytest.mark.gui


def test_a_hidden_dock_fills_its_rows_when_shown(qtbot, bare_window, monkeypatch):
    from app.coverage import panel as coverage_panel
    from app.coverage.panel import CoveragePanel
    from app.coverage.source_rows import PopulationRow
    from layers.model import Layer, LayerKind

    coverage_panel.install(bare_window)
    bare_window.actions["coverage"].trigger()
    panel = bare_window.findChild(CoveragePanel)
    dock = panel.parentWidget()
    dock.hide()
    fills: list[int] = []
    fill = PopulationRow.fill
    monkeypatch.setattr(PopulationRow, "fill", lambda self: fills.append(1) or fill(self))
    cells = gpd.GeoDataFrame({"asukkaita": [120]}, geometry=[shapely.box(385_000, 6_672_000, 386_000, 6_673_000)],
                             crs="EPSG:3067")
    layer = Layer(cells, "HSY grid", kind=LayerKind.POPULATION)
    bare_window.document.layers.append(layer)
    layer.name = "HSY grid 2024"
    assert fills == []  # hidden: nothing shows the chooser
    dock.show()
    qtbot.waitUntil(panel.isVisible)
    assert fills == [1]
    combo = panel.population_layer
    assert "HSY grid 2024" in [combo.itemData(i) for i in range(combo.count())]
    layer.name = "HSY grid 2025"  # shown: at once, as before
    assert len(fills) == 2 and combo.findData("HSY grid 2025") > 0
