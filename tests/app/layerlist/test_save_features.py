"""Layer > Save features as…: in the layer list's context menu and the Layer menu; writes off the GUI thread."""

from __future__ import annotations

import geopandas as gpd
import pyogrio
import pytest
from shapely.geometry import Point

from app.layerlist import panel as layer_panel
from app.layerlist.save_features import SaveFeaturesDialog, start_save
from layers.io.formats import WRITE_FORMAT_BY_KEY, WRITE_FORMATS
from layers.model import Layer, LayerKind

pytestmark = pytest.mark.gui


@pytest.fixture()
def window(feature_window):
    return feature_window(layer_panel)


def test_the_dialog_offers_every_format_and_kml_is_wgs84(qtbot):
    dialog = SaveFeaturesDialog("Stops")
    qtbot.addWidget(dialog)
    assert dialog.format_box.count() == len(WRITE_FORMATS)
    assert dialog.chosen_format().key == "gpkg" and dialog.chosen_crs() == "EPSG:3067"
    dialog.format_box.setCurrentIndex([f.key for f in WRITE_FORMATS].index("kml"))
    assert dialog.chosen_crs() == "EPSG:4326" and not dialog.crs_box.isEnabled()


def test_save_runs_in_the_background_and_says_where(window, qtbot, tmp_path):
    stops = gpd.GeoDataFrame({"name": ["Pasila", "Kerava"]},
                             geometry=[Point(385_000, 6_675_000), Point(394_000, 6_700_000)], crs=3067)
    layer = Layer(stops, "Stops", kind=LayerKind.TRANSPORT)
    window.document.layers.append(layer)
    panel = window.features.get(layer_panel.LAYER_PANEL)
    assert panel.act_save in panel.context_menu().actions()
    assert "save_layer_as" in window.actions
    handle = start_save(window, layer, tmp_path / "stops", WRITE_FORMAT_BY_KEY["geojson"], "EPSG:4326")
    qtbot.waitUntil(lambda: handle.status != "running", timeout=20_000)
    assert handle.status == "done"
    back = pyogrio.read_dataframe(tmp_path / "stops.geojson")
    assert list(back["name"]) == ["Pasila", "Kerava"] and back.crs.to_epsg() == 4326
    qtbot.waitUntil(lambda: any("stops.geojson" in text for text in window.message_bar.texts()), timeout=5000)
