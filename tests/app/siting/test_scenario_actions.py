"""Analysis > Save scenario…, Switch to scenario… and Compare scenarios… in the window."""

from __future__ import annotations

import functools

import geopandas as gpd
import pytest
import shapely

from app.siting import dialog as siting
from app.siting.scenarios import ScenarioActions
from layers.model import Layer, LayerKind

pytestmark = pytest.mark.gui


def test_save_switch_and_compare(feature_window, qtbot, monkeypatch):
    from layers.coverage.inputs import CoverageInputs

    monkeypatch.setattr("layers.siting.document.CoverageInputs", functools.partial(CoverageInputs,
                        target_samples=1_500, max_spacing=600.0))
    window = feature_window(siting, size=(900, 600))
    assert window.action("compare_scenarios") is not None
    stops = gpd.GeoDataFrame(geometry=[shapely.Point(385_500, 6_672_000)], crs="EPSG:3067")
    layer = Layer(stops, "Stops", kind=LayerKind.TRANSPORT, radius_m=500)
    window.document.layers.append(layer)
    actions = ScenarioActions(window, siting._table)
    actions.save_as("today")
    layer.radius_m = 3_000
    actions.save_as("wider")
    actions.switch_to("today")
    assert layer.radius_m == 500
    stack = window.session.undo_stack
    assert stack.undo_text == "switch to scenario today"  # Edit > Undo goes back to before the switch
    assert stack.undo() and layer.radius_m == 3_000
    assert stack.redo() and layer.radius_m == 500
    actions.start_compare("today", "wider")
    qtbot.waitUntil(lambda: actions.compared is not None, timeout=120_000)
    table = actions.compared.findChild(siting.QTableWidget)
    assert table.rowCount() == 2 * len(window.document.region.municipalities)
    diffs = [table.item(i, 4).data(0) for i in range(table.rowCount())]
    assert max(d for d in diffs if isinstance(d, float)) > 0
    # the difference map: a stop added in Helsinki's in-between area gains coverage around it and loses none
    from layers.coverage.zones import zones_from_document
    from layers.siting.change import CHANGE_LAYER_NAME

    frame = zones_from_document(window.document).frame
    between = frame[(frame["municipality"] == "Helsinki") & (frame["zone"] == "in-between")].geometry.iloc[0]
    spot = between.representative_point()
    window.document.layers.append(Layer(gpd.GeoDataFrame(geometry=[spot], crs="EPSG:3067"), "New stop",
                                        kind=LayerKind.TRANSPORT, radius_m=600))
    actions.save_as("plus")
    actions.compared = None
    actions.start_compare("today", "plus")
    qtbot.waitUntil(lambda: actions.compared is not None, timeout=120_000)
    change = [lyr for lyr in window.document.layers if lyr.name == CHANGE_LAYER_NAME]
    assert len(change) == 1 and change[0].derived and not change[0].kind.is_service
    assert list(change[0].data["change"]) == ["gained"] and list(change[0].data["municipality"]) == ["Helsinki"]
    assert change[0].data.geometry.iloc[0].contains(spot)
    assert change[0].style.category_field == "change"
    assert [v for v, _ in change[0].style.categories] == ["gained", "lost"]
    actions.show_comparison([], "plus", "today", change[0].data.assign(change="lost"))
    again = [lyr for lyr in window.document.layers if lyr.name == CHANGE_LAYER_NAME]
    assert len(again) == 1 and set(again[0].data["change"]) == {"lost"}  # the last comparison's replaces it


def test_the_difference_map_covers_the_zones_chosen(feature_window, qtbot, monkeypatch):
    from layers.coverage.inputs import CoverageInputs
    from layers.siting.change import CHANGE_LAYER_NAME

    monkeypatch.setattr("layers.siting.document.CoverageInputs", functools.partial(CoverageInputs,
                        target_samples=1_500, max_spacing=600.0))
    window = feature_window(siting, size=(900, 600))
    actions = ScenarioActions(window, siting._table)
    assert actions.zone_choices() == [("in-between", ("in-between",)), ("hotspot", ("hotspot",)),
                                      ("all", ("hotspot", "in-between"))]
    stops = gpd.GeoDataFrame(geometry=[shapely.Point(385_500, 6_672_000)], crs="EPSG:3067")  # central Helsinki
    layer = Layer(stops, "Stops", kind=LayerKind.TRANSPORT, radius_m=300)
    window.document.layers.append(layer)
    actions.save_as("small")
    layer.radius_m = 3_000
    actions.save_as("wide")
    actions.start_compare("small", "wide", ("hotspot",))
    qtbot.waitUntil(lambda: actions.compared is not None, timeout=120_000)
    change = next(lyr for lyr in window.document.layers if lyr.name == CHANGE_LAYER_NAME)
    assert set(change.data["zone"]) == {"hotspot"} and set(change.data["change"]) == {"gained"}
    assert "in hotspot (small: measured in a straight line; wide: measured in a straight line)" in change.note
