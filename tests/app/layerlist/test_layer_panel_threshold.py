"""The layer panel's "Service level" box: enabled for transport stops with departures per hour, bound both ways
to the layer's service threshold (0: any), and disabled for layers it means nothing for."""

from __future__ import annotations

import geopandas as gpd
from shapely.geometry import Point

from app.layerlist.panel import LayerPanel
from layers.model import Layer, LayerKind


def _stops(per_hour: bool, name: str) -> Layer:
    columns = {"per_hour": [1.0, 6.0]} if per_hour else {}
    data = gpd.GeoDataFrame(columns, geometry=[Point(385_000, 6_672_000), Point(386_000, 6_673_000)],
                            crs="EPSG:3067")
    return Layer(data, name, kind=LayerKind.TRANSPORT)


def test_the_service_level_box_edits_the_threshold_of_timed_stops(qtbot, document, tmp_path):
    panel = LayerPanel(document)
    qtbot.addWidget(panel)
    plain, timed = _stops(False, "Stations"), _stops(True, "Feed — stops")
    document.layers.append(plain)
    assert not panel.threshold.isEnabled()  # no departures per hour: nothing to set
    document.layers.append(timed)
    assert panel.threshold.isEnabled() and panel.threshold.text() == "any"
    panel.threshold.setValue(4.0)
    assert timed.service_threshold == 4.0 and plain.service_threshold is None
    timed.service_threshold = 2.5  # model -> control
    assert panel.threshold.value() == 2.5
    panel.threshold.setValue(0.0)
    assert timed.service_threshold is None
    timed.kind = LayerKind.OTHER
    assert not panel.threshold.isEnabled()
    panel.resize(320, 480)
    panel.grab().save(str(tmp_path / "panel.png"))
