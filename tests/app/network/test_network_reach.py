"""Analysis > Reach along a network: a line layer as the network, the service layers' reach drawn as areas."""

from __future__ import annotations

import geopandas as gpd
import pytest
import shapely

from app.network import reach
from layers.model import Layer, LayerKind
from tests.layers.network.network_writer import CRS, lattice

pytestmark = pytest.mark.gui


def _region_point(document, dx=0.0, dy=0.0):
    c = document.region.outline.centroid
    return c.x + dx, c.y + dy


def test_the_reach_of_a_stop_along_a_street_grid_is_drawn_as_an_area(feature_window, qtbot, document):
    window = feature_window(reach)
    x, y = _region_point(document)
    streets = lattice(11, 100.0)  # written at X0, Y0: move it to the region's centre
    streets = streets.set_geometry(shapely.transform(streets.geometry.values, lambda c: c - c.min(axis=0) + (x, y)))
    network = Layer(streets, "streets", kind=LayerKind.OTHER)
    stop = Layer(gpd.GeoDataFrame(geometry=[shapely.Point(x + 500, y + 500)], crs=CRS), "stop",
                 kind=LayerKind.TRANSPORT, radius_m=250.0)
    document.layers.append(network)
    document.layers.append(stop)
    feature = window.features.require(reach.NETWORK_REACH)
    assert feature.line_layers() == [network]
    handle = feature.compute(network, "walk")
    qtbot.waitUntil(lambda: handle.status != "running", timeout=20000)
    assert handle.status == "done", handle.error
    layer = next(lyr for lyr in document.layers if lyr.name == "stop" + reach.SUFFIX)
    assert layer.derived and "walk" in layer.note
    area = layer.data.geometry.iloc[0]
    assert area.contains(shapely.Point(x + 500, y + 740))  # 240 m up the street
    assert not area.contains(shapely.Point(x + 650, y + 650))  # 300 m round the block, 212 m as the crow flies
    again = feature.compute(network, "walk")  # computed again: the layer is replaced, not added twice
    qtbot.waitUntil(lambda: again.status != "running", timeout=20000)
    assert [lyr.name for lyr in document.layers].count("stop" + reach.SUFFIX) == 1


def test_without_a_service_layer_it_says_so(feature_window, document):
    window = feature_window(reach)
    streets = Layer(lattice(3, 100.0), "streets", kind=LayerKind.OTHER)
    document.layers.append(streets)
    for lyr in document.service_layers():
        lyr.visible = False
    assert window.features.require(reach.NETWORK_REACH).compute(streets) is None
