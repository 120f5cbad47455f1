"""The Coverage dock: background compute, live slider answers, targets, gap layer and zoom-to-gap."""

from __future__ import annotations

import pytest

pytestmark = [pytest.mark.gui, pytest.mark.shared_data]


def panel_of(window):
    """The window's coverage panel (the dock's widget)."""
    from app.coverage.panel import CoveragePanel

    return window.findChild(CoveragePanel)


@pytest.fixture()
def window(bare_window, shared_data):
    from app.coverage import panel as coverage_panel
    from layers.io import read_layer
    from layers.model import Layer, LayerKind

    stations = read_layer(shared_data / "fi_rail_stations_digitraffic_2024.geojson").data
    bare_window.document.layers.append(Layer(stations, "Rail stations", kind=LayerKind.TRANSPORT, radius_m=1_000.0))
    from layers.coverage.population_source import PopulationSource

    # the gaps are sorted by people: count them with the GeoNames points (no source is by area)
    bare_window.session.coverage.set_population_source(PopulationSource("Settlements (GeoNames)", "population"))
    coverage_panel.install(bare_window)
    bare_window.resize(1400, 900)
    bare_window.canvas.zoom_to_region()
    return bare_window


def covered(panel, col=None):
    from layers.coverage.live_numbers import SECTOR_COLUMNS

    col = SECTOR_COLUMNS["transport"][0] if col is None else col  # one sector: its area share is the cover
    model = panel.table.model()
    texts = [model.index(i, col).data() for i in range(model.rowCount())]
    return [float(text) if text != "—" else None for text in texts]


def test_compute_then_slider_updates_numbers_gaps_and_zoom(window, qtbot, tmp_path):
    panel = panel_of(window)
    assert "coverage" in window.actions
    window.actions["coverage"].trigger()
    panel.compute()
    qtbot.waitUntil(lambda: panel.result is not None, timeout=180_000)
    assert panel.table.model().rowCount() == 52  # 26 municipalities x hot spot / in-between
    assert list(panel.sliders) == ["Rail stations"]
    before = covered(panel)
    gaps_before = panel.gaps["area_km2"].sum()
    slider = panel.sliders["Rail stations"]
    slider.setValue(3_000 // 50)  # 3 km
    after = covered(panel)
    assert sum(a > b for a, b in zip(after, before, strict=True) if a is not None) >= 10
    assert all(a >= b - 1e-9 for a, b in zip(after, before, strict=True) if a is not None)
    # the slider answer equals a full evaluation at that radius (no refinement: cells counted whole)
    engine = panel.live.engine
    area, _ = engine.per_zone(engine.covered_mask({"Rail stations": 3_000.0}))
    i = next(k for k, v in enumerate(after) if v and v > 1)
    assert after[i] == pytest.approx(100 * area[i] / engine.zone_area[i], abs=0.06)
    # the gap layer on the map follows the radius and is sorted by population
    gap_layer = next(lyr for lyr in window.document.layers if lyr.name == "Coverage gaps")
    assert gap_layer.data["area_km2"].sum() < gaps_before
    pops = panel.gaps["population"].tolist()
    known = [p for p in pops if p is not None]  # None: the settlement points reach no part of that zone
    assert known and known == sorted(known, reverse=True) and pops[:len(known)] == known
    assert any("people not known" in text for text, _ in panel.live.gap_entries()) == (len(known) < len(pops))
    # targets: none by default (nothing judged), a 1 % target passes some, a 100 % target fails some
    assert panel.passes == {} and panel.target.text() == "none"
    panel.target.setValue(1)
    assert panel.passes and any(panel.passes.values())
    panel.target.setValue(100)
    assert not all(panel.passes.values())
    # click a gap: the map zooms to it
    item = panel.gap_list.item(0)
    panel.gap_list.itemClicked.emit(item)
    x0, y0, x1, y1 = window.canvas.extent()
    gx0, gy0, gx1, gy1 = item.data(256)
    assert x0 <= gx0 and x1 >= gx1 and y0 <= gy0 and y1 >= gy1 and (x1 - x0) < 150_000
    window.actions["coverage"].trigger()
    window.canvas.zoom_to_region()
    qtbot.wait(200)
    assert window.grab().save(str(tmp_path / "coverage_panel.png"))
