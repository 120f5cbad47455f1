"""The coverage dock's "≥ N /h" box: in the slider row of stops with departures per hour only, bound to the
layer's service threshold (one undo step, moved back by undo), and a change is answered without a Compute."""

from __future__ import annotations

import geopandas as gpd
import pytest
import shapely

pytestmark = pytest.mark.gui


@pytest.fixture()
def window(bare_window):
    from app.coverage import panel as coverage_panel
    from layers.model import Layer, LayerKind

    points = [shapely.Point(385_500 + 900 * i, 6_672_000 + 400 * i) for i in range(6)]
    stops = gpd.GeoDataFrame({"stop_id": [f"s{i}" for i in range(6)], "per_hour": [0.5, 1, 2, 4, 8, 16]},
                             geometry=points, crs="EPSG:3067")
    layers = bare_window.document.layers
    layers.append(Layer(stops, "Feed — stops", kind=LayerKind.TRANSPORT, radius_m=500.0))
    layers.append(Layer(gpd.GeoDataFrame(geometry=points[:2], crs="EPSG:3067"), "Depots", kind=LayerKind.ENERGY,
                        radius_m=800.0))
    coverage_panel.install(bare_window)
    bare_window.resize(1400, 900)
    return bare_window


def test_the_box_sits_beside_the_stops_slider_and_drives_the_threshold(window, qtbot, tmp_path):
    from app.coverage.panel import CoveragePanel

    panel = window.findChild(CoveragePanel)
    window.actions["coverage"].trigger()
    panel.compute()
    qtbot.waitUntil(lambda: panel.result is not None, timeout=120_000)
    assert set(panel.sliders) == {"Feed — stops", "Depots"}
    assert list(panel.thresholds) == ["Feed — stops"]  # the depots have no departures per hour
    box = panel.thresholds["Feed — stops"]
    assert box.text() == "any" and not panel.stale_banner.isVisibleTo(panel)
    stops = window.document.layers.by_name("Feed — stops")
    box.setValue(4.0)
    assert stops.service_threshold == 4.0 and box.text() == "≥ 4.0 /h"
    assert not panel.stale_banner.isVisibleTo(panel)  # answered at once from the prepared steps
    assert panel.live.current_result().thresholds == {"Feed — stops": 4.0}
    window.session.undo_stack.undo()
    assert stops.service_threshold is None and box.value() == 0.0
    stops.service_threshold = 8.0  # set elsewhere (the layer panel, a script): the box follows
    assert box.value() == 8.0
    panel.compute()
    qtbot.waitUntil(lambda: panel.result is not None and bool(panel.result.thresholds), timeout=120_000)
    assert panel.result.thresholds == {"Feed — stops": 8.0}
    assert panel.thresholds["Feed — stops"].value() == 8.0  # the rebuilt row shows it
    window.grab().save(str(tmp_path / "dock.png"))  # renders with the box in the row
