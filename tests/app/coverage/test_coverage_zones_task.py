"""Compute with a zone set builds its zones in a background task (the dock stays live), once per document
state: a second Compute reuses them, another region or layer builds them again."""

from __future__ import annotations

import threading

import geopandas as gpd
import pytest
import shapely

pytestmark = [pytest.mark.gui, pytest.mark.timeout(300)]


def urban_rural_cells() -> gpd.GeoDataFrame:
    """250 m cells over central Helsinki written by the test, SYKE's classes 1-7 by column."""
    x0, y0 = 382_000.0, 6_672_000.0
    cells, classes = [], []
    for i in range(14):
        for j in range(12):
            cells.append(shapely.box(x0 + i * 250, y0 + j * 250, x0 + (i + 1) * 250, y0 + (j + 1) * 250))
            classes.append(1 + i % 7)
    return gpd.GeoDataFrame({"luokka": classes}, geometry=cells, crs="EPSG:3067")


@pytest.fixture()
def panel(qtbot, bare_window):
    from app.coverage import panel as coverage_panel
    from app.coverage.panel import CoveragePanel
    from layers.model import Layer, LayerKind

    doc = bare_window.document
    stop = gpd.GeoDataFrame(geometry=[shapely.Point(384_000, 6_673_500)], crs="EPSG:3067")
    doc.layers.append(Layer(stop, "Stops", kind=LayerKind.TRANSPORT, radius_m=800.0))
    doc.layers.append(Layer(urban_rural_cells(), "Urban-rural", kind=LayerKind.OTHER))
    coverage_panel.install(bare_window)
    bare_window.actions["coverage"].trigger()
    return bare_window.findChild(CoveragePanel)


def threads_calling(monkeypatch, real, *where):  # type: ignore[no-untyped-def]
    """The names of the threads that call ``real``, patched in at each (module, attribute name) of ``where``."""
    threads: list[str] = []

    def recording(*args, **kwargs):  # type: ignore[no-untyped-def]
        threads.append(threading.current_thread().name)
        return real(*args, **kwargs)

    for module, name in where:
        monkeypatch.setattr(module, name, recording)
    return threads

def test_the_zones_are_built_in_a_task_once(panel, qtbot, monkeypatch) -> None:
    from app.coverage import panel as coverage_panel
    from layers.coverage import zone_sets
    from layers.coverage.zone_sets import PRESETS, ZoneSet

    # what the panel's task calls, and what Compute would call on the GUI thread
    threads = threads_calling(monkeypatch, zone_sets.build_zones, (coverage_panel, "build_zones"),
                              (zone_sets, "build_zones"))
    live = panel.live
    live.set_zone_set(ZoneSet("Urban-rural", "luokka", dict(PRESETS["syke-urban-rural"].mapping),
                              "syke-urban-rural"))
    panel.compute()
    assert "Building the zones of Urban-rural" in panel.status.toPlainText()
    assert not panel.compute_button.isEnabled()
    qtbot.waitUntil(lambda: panel.result is not None, timeout=240_000)
    assert len(threads) == 1 and threads[0] != threading.main_thread().name  # built once, off the GUI thread
    rows = {panel.table.model().index(i, 1).data() for i in range(panel.table.model().rowCount())}
    assert rows == {"urban core", "intermediate", "rural"}
    first = panel.result
    panel.compute()  # the same document: the built zones are reused, no second build
    qtbot.waitUntil(lambda: panel.result is not first, timeout=240_000)
    assert len(threads) == 1
    layer = next(lay for lay in panel.live.document.layers if lay.name == "Urban-rural")
    layer.data = layer.data.iloc[: len(layer.data) // 2].copy()  # another zone-set layer: built again
    assert panel.live.zones_request() is not None


def test_choosing_a_zone_set_builds_its_zones_in_the_background(panel, qtbot, monkeypatch) -> None:
    from app.coverage import panel as coverage_panel
    from layers.coverage import zone_sets
    from layers.coverage.zone_sets import PRESETS, ZoneSet

    threads = threads_calling(monkeypatch, zone_sets.build_zones, (coverage_panel, "build_zones"),
                              (zone_sets, "build_zones"))
    panel.live.set_zone_set(ZoneSet("Urban-rural", "luokka", dict(PRESETS["syke-urban-rural"].mapping),
                                    "syke-urban-rural"))
    assert panel.main_window.task_runner.wait_idle(120)
    assert len(threads) == 1 and threads[0] != threading.main_thread().name
    assert panel.live.zones_request() is None and panel.result is None  # ready, and nothing computed unasked
    panel.compute()
    qtbot.waitUntil(lambda: panel.result is not None, timeout=240_000)
    assert len(threads) == 1


def test_the_hot_spot_and_in_between_zones_are_built_in_a_task_too(panel, qtbot, monkeypatch) -> None:
    """Without a zone set, Compute builds municipality x hot spot / in-between off the GUI thread as well (0.5-1 s
    for official boundaries) and keeps them: a second Compute on the same region builds none."""
    from layers.coverage import zones as zones_module

    threads = threads_calling(monkeypatch, zones_module.zones_from_frames, (zones_module, "zones_from_frames"))
    assert panel.live.zone_set is None
    panel.compute()
    assert panel.status.toPlainText() == "Computing…" and not panel.compute_button.isEnabled()
    qtbot.waitUntil(lambda: panel.result is not None, timeout=240_000)
    assert threads and threading.main_thread().name not in threads  # never on the GUI thread
    assert {panel.table.model().index(i, 1).data() for i in range(panel.table.model().rowCount())} == {
        "hotspot", "in-between"}
    built, first = len(threads), panel.result
    panel.compute()
    qtbot.waitUntil(lambda: panel.result is not first, timeout=240_000)
    assert len(threads) == built  # kept for the same region and hot spots
    panel.live.document.set_boundaries(panel.live.document.region.municipalities.iloc[:5].copy(), "Five", "test")
    assert panel.live.zones_request() is not None  # another region: built again
