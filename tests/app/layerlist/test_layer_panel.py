"""Layer panel <-> layer list sync in both directions, drag-and-drop reordering, legend swatches."""

from __future__ import annotations

import geopandas as gpd
import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QColor
from PySide6.QtTest import QAbstractItemModelTester
from shapely.geometry import LineString, Point, box

from app.layerlist.model import LAYER_ROLE, LayerListModel
from app.layerlist.panel import LayerPanel
from layers.model import Layer, LayerKind, LayerList, Style


def _points(n: int = 3, name: str = "stops", kind: LayerKind = LayerKind.TRANSPORT) -> Layer:
    gdf = gpd.GeoDataFrame({"kind": [("a", "b")[i % 2] for i in range(n)]},
                           geometry=[Point(385000 + 100 * i, 6672000) for i in range(n)], crs="EPSG:3067")
    return Layer(gdf, name, kind=kind)


def _polys(name: str = "areas") -> Layer:
    gdf = gpd.GeoDataFrame({"v": [1, 2]}, geometry=[box(380000, 6670000, 381000, 6671000),
                                                     box(390000, 6670000, 392000, 6672000)], crs="EPSG:3067")
    return Layer(gdf, name, kind=LayerKind.PROJECT)


def _line(name: str = "route") -> Layer:
    gdf = gpd.GeoDataFrame(geometry=[LineString([(380000, 6670000), (390000, 6680000)])], crs="EPSG:3067")
    return Layer(gdf, name, kind=LayerKind.TRANSPORT)


def _names(model: LayerListModel) -> list[str]:
    return [model.data(model.index(r, 0)) for r in range(model.rowCount())]


@pytest.fixture()
def layers() -> LayerList:
    return LayerList([_polys("bottom"), _line("middle"), _points(name="top")])


def test_model_rows_are_top_most_first_and_pass_the_qt_model_tester(qtbot, layers):
    model = LayerListModel(layers)
    QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    assert _names(model) == ["top", "middle", "bottom"]
    assert model.data(model.index(0, 0), LAYER_ROLE) is layers[2]
    layers.append(_points(name="newest"))
    layers.move(0, 2)
    layers.pop(1)
    assert _names(model) == [lyr.name for lyr in reversed(list(layers))]


def test_checkbox_and_visibility_sync_both_ways(qtbot, layers):
    model = LayerListModel(layers)
    top = layers[2]
    idx = model.index(0, 0)
    assert model.data(idx, Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    assert model.setData(idx, Qt.CheckState.Unchecked, Qt.ItemDataRole.CheckStateRole)
    assert top.visible is False
    changed: list[int] = []
    model.dataChanged.connect(lambda a, b: changed.append(a.row()))
    top.visible = True
    assert model.data(idx, Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    assert changed == [0]


def test_rename_both_ways_without_loops(qtbot, layers):
    model = LayerListModel(layers)
    events: list[str] = []
    layers.events.connect(lambda e: events.append(e.type))
    assert model.setData(model.index(1, 0), "Ring rail", Qt.ItemDataRole.EditRole)
    assert layers[1].name == "Ring rail"
    assert events == ["changed"]  # exactly one change: no echo from the model back to the layer
    layers[0].name = "Parks"
    assert model.data(model.index(2, 0)) == "Parks"
    assert not model.setData(model.index(2, 0), "   ", Qt.ItemDataRole.EditRole)
    assert layers[0].name == "Parks"


def test_reorder_through_the_model_and_through_the_list(qtbot, layers):
    model = LayerListModel(layers)
    moved: list[tuple[int, int]] = []
    model.rowsMoved.connect(lambda p, s, e, d, row: moved.append((s, row)))
    # model move: view row 0 ("top") to the bottom
    assert model.moveRows(QModelIndex(), 0, 1, QModelIndex(), 3)
    assert [lyr.name for lyr in layers] == ["top", "bottom", "middle"]
    assert _names(model) == ["middle", "bottom", "top"]
    # list move: back on top
    layers.move(0, 2)
    assert _names(model) == ["top", "middle", "bottom"]
    assert len(moved) == 2


def test_drag_and_drop_mime_round_trip_moves_the_layer(qtbot, layers):
    model = LayerListModel(layers)
    mime = model.mimeData([model.index(2, 0)])  # "bottom"
    assert model.canDropMimeData(mime, Qt.DropAction.MoveAction, 0, 0, QModelIndex())
    model.dropMimeData(mime, Qt.DropAction.MoveAction, 0, 0, QModelIndex())
    assert _names(model) == ["bottom", "top", "middle"]
    assert layers[len(layers) - 1].name == "bottom"
    # dropping onto a layer places it above that layer
    mime = model.mimeData([model.index(0, 0)])
    model.dropMimeData(mime, Qt.DropAction.MoveAction, -1, 0, model.index(2, 0))
    assert _names(model) == ["top", "bottom", "middle"]


def test_insert_and_remove_reach_the_view(qtbot, document):
    panel = LayerPanel(document)
    qtbot.addWidget(panel)
    n = panel.model.rowCount()
    new = _points(name="Stations")
    document.layers.append(new)
    assert panel.model.rowCount() == n + 1
    assert panel.current_layer() is new  # a new layer becomes current
    panel.remove_current()
    assert new not in document.layers
    assert panel.model.rowCount() == n


def test_region_and_derived_layers_cannot_be_removed(qtbot, document):
    panel = LayerPanel(document)
    qtbot.addWidget(panel)
    panel.set_current(document.hotspot_layer)
    assert not panel.act_remove.isEnabled()
    panel.remove_current()
    assert document.hotspot_layer in document.layers


def test_panel_controls_edit_the_current_layer_and_follow_it(qtbot, document):
    panel = LayerPanel(document)
    qtbot.addWidget(panel)
    stops = _points(name="Stops", kind=LayerKind.OTHER)
    document.layers.append(stops)
    panel.opacity.setValue(40)
    assert stops.opacity == pytest.approx(0.4)
    assert not panel.radius.isEnabled()
    panel.kind.setCurrentIndex(panel.kind.findData("transport"))
    assert stops.kind is LayerKind.TRANSPORT
    assert stops.style == Style(fill="#1c7ed6", stroke="#1864ab", width=2.0, point_size=6.0, opacity=0.4)
    assert panel.radius.isEnabled() and panel.radius.value() == 800
    panel.radius.setValue(650)
    assert stops.radius_m == 650
    stops.radius_m = 1200  # model -> control
    assert panel.radius.value() == 1200
    stops.opacity = 0.7
    assert panel.opacity.value() == 70


def test_use_polygon_layer_as_hotspots(qtbot, document):
    panel = LayerPanel(document)
    qtbot.addWidget(panel)
    areas = _polys("Centres")
    document.layers.append(areas)
    assert panel.act_hotspots.isEnabled()
    panel.act_hotspots.trigger()
    assert document.hotspot_source is areas
    assert panel.act_hotspots.isChecked()
    panel.act_hotspots.trigger()
    assert document.hotspot_source is None
    document.layers.append(_line("Rail"))
    assert not panel.act_hotspots.isEnabled()


def test_delete_key_removes_current_layer(qtbot, document):
    panel = LayerPanel(document)
    qtbot.addWidget(panel)
    extra = _points(name="Extra")
    document.layers.append(extra)
    panel.view.setFocus()
    qtbot.keyClick(panel.view, Qt.Key.Key_Delete)
    assert extra not in document.layers


def _icon_colours(icon, size: int = 16) -> set[str]:
    image = icon.pixmap(size, size).toImage()
    found = set()
    for x in range(image.width()):
        for y in range(image.height()):
            c = image.pixelColor(x, y)
            if c.alpha() > 200:
                found.add(c.name())
    return found


def test_legend_swatches_follow_the_style(qtbot, layers):
    model = LayerListModel(layers)
    top = layers[2]  # points
    top.style = top.style.with_(fill="#ff0000", stroke="#ff0000")
    assert "#ff0000" in _icon_colours(model.data(model.index(0, 0), Qt.ItemDataRole.DecorationRole))
    line = layers[1]
    line.style = line.style.with_(stroke="#00ff00", opacity=1.0)
    assert "#00ff00" in _icon_colours(model.data(model.index(1, 0), Qt.ItemDataRole.DecorationRole))
    poly = layers[0]
    poly.style = poly.style.with_(fill="#0000ff", fill_opacity=1.0, width=0.0)
    assert "#0000ff" in _icon_colours(model.data(model.index(2, 0), Qt.ItemDataRole.DecorationRole))


def test_categorised_layer_shows_categories_as_children(qtbot, layers):
    model = LayerListModel(layers)
    QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    top = layers[2]
    top.style = top.style.with_(category_field="kind", categories=(("a", "#112233"), ("b", "#aa0000")))
    parent = model.index(0, 0)
    assert model.rowCount(parent) == 2
    child = model.index(1, 0, parent)
    assert model.data(child) == "b"
    assert model.parent(child) == parent
    assert QColor("#aa0000").name() in _icon_colours(model.data(child, Qt.ItemDataRole.DecorationRole))
    top.style = top.style.with_(category_field=None, categories=())
    assert model.rowCount(parent) == 0


def test_tooltip_names_kind_count_radius_and_note(qtbot, document):
    model = LayerListModel(document.layers)
    tip = model.data(model.index_of(document.region_layer), Qt.ItemDataRole.ToolTipRole)
    assert "features: 26" in tip and "schematic" in tip.lower()
    stops = _points(name="Stops")
    document.layers.append(stops)
    tip = model.data(model.index_of(stops), Qt.ItemDataRole.ToolTipRole)
    assert "800 m" in tip and "Transport" in tip


def test_view_drag_drop_of_the_panel_is_internal_move(qtbot, document):
    panel = LayerPanel(document)
    qtbot.addWidget(panel)
    from PySide6.QtWidgets import QAbstractItemView

    assert panel.view.dragDropMode() == QAbstractItemView.DragDropMode.InternalMove
    names = [lyr.name for lyr in document.layers]
    # reorder through the panel's model the way a drop does
    mime = panel.model.mimeData([panel.model.index(panel.model.rowCount() - 1, 0)])
    panel.model.dropMimeData(mime, Qt.DropAction.MoveAction, 0, 0, QModelIndex())
    assert [lyr.name for lyr in document.layers] == names[1:] + names[:1]


def test_kind_change_with_new_colours_is_one_undo_step(qtbot, document):
    from layers.undo import UndoStack

    panel = LayerPanel(document)
    qtbot.addWidget(panel)
    stack = UndoStack(document.layers)
    panel.undo_stack = lambda: stack
    stops = _points(name="Stops", kind=LayerKind.OTHER)
    document.layers.append(stops)
    n = len(stack)
    before = stops.style
    panel.kind.setCurrentIndex(panel.kind.findData("energy"))
    assert stops.kind is LayerKind.ENERGY and stops.style != before
    assert len(stack) == n + 1
    stack.undo()
    assert stops.kind is LayerKind.OTHER and stops.style == before
    assert panel.kind.currentData() == "other"  # the panel follows the undo


def test_hotspot_action_follows_the_document(qtbot, document):
    panel = LayerPanel(document)
    qtbot.addWidget(panel)
    areas = _polys("Centres")
    document.layers.append(areas)
    assert not panel.act_hotspots.isChecked()
    document.use_hotspot_layer(areas)  # set elsewhere (load dialog, project)
    assert panel.act_hotspots.isChecked()


def test_install_docks_the_panel_and_fills_the_layer_menu(qtbot, document):
    from app.layerlist import panel as layer_panel
    from app.main_window import MainWindow

    window = MainWindow(document, install_features=False)
    qtbot.addWidget(window)
    panel = layer_panel.install(window)
    assert window.features.require(layer_panel.LAYER_PANEL) is panel
    texts = [a.text() for a in window.menus["layer"].actions()]
    assert {"Style…", "Zoom to layer", "Open attribute table", "Remove layer"} <= set(texts)
    extra = _points(name="Extra")
    document.layers.append(extra)
    assert panel.current_layer() is extra
    window.actions["attribute_table"].trigger()
    assert window.features.require(layer_panel.ATTRIBUTE_TABLES).docks[extra.id].widget().layer is extra
    window.actions["zoom_to_layer"].trigger()
    x0, y0, x1, y1 = window.canvas.extent()
    assert x0 <= extra.bounds[0] and extra.bounds[2] <= x1 and y0 <= extra.bounds[1] <= extra.bounds[3] <= y1
    window.actions["remove_layer"].trigger()
    assert extra not in document.layers
    panel.set_current(document.region_layer)
    assert not window.actions["remove_layer"].isEnabled()


def test_source_licence_field_edits_the_current_layer_follows_it_and_undoes(qtbot, document):
    from layers.undo import UndoStack

    panel = LayerPanel(document)
    qtbot.addWidget(panel)
    stack = UndoStack(document.layers, document=document)
    panel.undo_stack = lambda: stack
    stops = _points(name="Stops")
    stops.source = "/data/hsl_stops.geojson"
    areas = _polys("Areas")
    areas.attribution = "Own survey 2024"
    document.layers.append(areas)
    document.layers.append(stops)
    assert panel.current_layer() is stops and panel.attribution.text() == ""
    assert "/data/hsl_stops.geojson" in panel.attribution.toolTip()
    assert panel.attribution.placeholderText().startswith("e.g. ©")
    n = len(stack)
    qtbot.keyClicks(panel.attribution, "© City of Helsinki, CC BY 4.0")
    assert stops.attribution == ""  # not before editing is finished
    qtbot.keyClick(panel.attribution, Qt.Key.Key_Return)
    assert stops.attribution == "© City of Helsinki, CC BY 4.0"
    assert len(stack) == n + 1 and stack.undo_text == "credit Stops"
    qtbot.keyClick(panel.attribution, Qt.Key.Key_Return)  # finishing again without a change adds no step
    assert len(stack) == n + 1
    panel.set_current(areas)
    assert panel.attribution.text() == "Own survey 2024"
    assert "/data/hsl_stops.geojson" not in panel.attribution.toolTip()
    panel.set_current(document.settlement_layer)  # a built-in layer shows its own
    assert panel.attribution.text() == "GeoNames, CC BY 4.0" and "built-in" in panel.attribution.toolTip()
    panel.set_current(stops)
    assert panel.attribution.text() == "© City of Helsinki, CC BY 4.0"
    assert stack.undo() and stops.attribution == ""
    assert panel.attribution.text() == ""  # the field follows the undo
    assert stack.redo() and panel.attribution.text() == "© City of Helsinki, CC BY 4.0"


def test_source_licence_typed_then_switching_layer_goes_to_the_layer_it_was_typed_for(qtbot, document):
    panel = LayerPanel(document)
    qtbot.addWidget(panel)
    first, second = _points(name="First"), _points(name="Second")
    document.layers.append(first)
    document.layers.append(second)
    qtbot.keyClicks(panel.attribution, "Operator X, CC0")
    panel.set_current(first)  # e.g. a click in the tree, before the field reports that editing finished
    assert second.attribution == "Operator X, CC0" and first.attribution == ""
    assert panel.attribution.text() == ""
    qtbot.keyClick(panel.attribution, Qt.Key.Key_Return)
    assert first.attribution == ""


def test_tooltip_mentions_the_licence(qtbot, document):
    model = LayerListModel(document.layers)
    stops = _points(name="Stops")
    document.layers.append(stops)
    assert "licence" not in model.data(model.index_of(stops), Qt.ItemDataRole.ToolTipRole)
    stops.attribution = "HSL <open data>, CC BY 4.0"
    tip = model.data(model.index_of(stops), Qt.ItemDataRole.ToolTipRole)
    assert "licence: HSL &lt;open data&gt;, CC BY 4.0" in tip


def test_use_as_hotspots_from_the_panel_is_undone_and_the_action_follows(qtbot, document):
    from layers.undo import UndoStack

    panel = LayerPanel(document)
    qtbot.addWidget(panel)
    stack = UndoStack(document.layers, document=document)
    areas = _polys("Centres")
    document.layers.append(areas)
    panel.act_hotspots.trigger()
    assert document.hotspot_source is areas and panel.act_hotspots.isChecked()
    assert stack.undo() and document.hotspot_source is None and not panel.act_hotspots.isChecked()
    assert stack.redo() and document.hotspot_source is areas and panel.act_hotspots.isChecked()
