"""Style dialog: applies colours/widths/opacity, categorises by field with an 'other' bucket, live preview with
Cancel restoring the old style; the panel's legend follows."""

from __future__ import annotations

import itertools

import geopandas as gpd
import pandas as pd
import pytest
from shapely.geometry import Point

from app.layerlist import style_dialog
from app.layerlist.model import LayerListModel
from app.layerlist.style_dialog import StyleDialog, categorise
from app.widgets.swatches import OTHER_COLOUR, OTHER_LABEL, QUALITATIVE_PALETTE
from layers.model import Layer, LayerKind, LayerList


@pytest.fixture()
def plants() -> Layer:
    fuels = ["hydro", "wind", "wind", "solar", "biomass", "wind", None, "hydro"]
    gdf = gpd.GeoDataFrame({"fuel": fuels, "mw": range(len(fuels))},
                           geometry=[Point(385000 + 500 * i, 6672000) for i in range(len(fuels))], crs="EPSG:3067")
    return Layer(gdf, "Power plants", kind=LayerKind.ENERGY)


def test_categorise_sorts_values_and_caps_with_other():
    values = pd.Series(["b", "a", "a", "c", "d", "d", "d", None])
    assert categorise(values, 10) == (("a", QUALITATIVE_PALETTE[0]), ("b", QUALITATIVE_PALETTE[1]),
                                      ("c", QUALITATIVE_PALETTE[2]), ("d", QUALITATIVE_PALETTE[3]))
    capped = categorise(values, 2)  # the two most frequent: d (3), a (2)
    assert [v for v, _c in capped] == ["a", "d", OTHER_LABEL]
    assert capped[-1][1] == OTHER_COLOUR
    numbers = categorise(pd.Series([10, 9, 100]), 5)
    assert [v for v, _c in numbers] == ["9", "10", "100"]  # numeric order, not text order


def test_dialog_applies_plain_style(qtbot, plants):
    dialog = StyleDialog(plants, live=False)
    qtbot.addWidget(dialog)
    dialog.fill.set_colour("#123456")
    dialog.stroke.set_colour("#abcdef")
    dialog.line_width.setValue(3.5)
    dialog.point_size.setValue(11)
    dialog.opacity.setValue(80)
    assert plants.style.fill != "#123456"  # not live: nothing until OK
    dialog.accept()
    s = plants.style
    assert (s.fill, s.stroke, s.width, s.point_size, s.opacity) == ("#123456", "#abcdef", 3.5, 11.0, 0.8)
    assert s.category_field is None


def test_categorised_style_and_legend_children(qtbot, plants):
    model = LayerListModel(LayerList([plants]))
    dialog = StyleDialog(plants)
    qtbot.addWidget(dialog)
    dialog.set_field("fuel")
    assert dialog.categories.count() == 4
    dialog.max_categories.setValue(2)  # wind (3), hydro (2) + other
    assert [dialog.categories.item(i).text() for i in range(dialog.categories.count())] == \
        ["hydro", "wind", OTHER_LABEL]
    dialog.set_category_colour(1, "#00aa00")
    dialog.accept()
    style = plants.style
    assert style.category_field == "fuel"
    assert style.colour_for("wind") == "#00aa00"
    assert style.colour_for("solar") == OTHER_COLOUR  # outside the categories: the "other" colour
    parent = model.index(0, 0)
    assert model.rowCount(parent) == 3
    assert model.data(model.index(1, 0, parent)) == "wind"


def test_live_preview_and_cancel_restores(qtbot, plants):
    before = plants.style
    dialog = StyleDialog(plants)
    qtbot.addWidget(dialog)
    dialog.fill.set_colour("#ff0000")
    assert plants.style.fill == "#ff0000"  # previewed on the map while editing
    assert dialog.preview.style_.fill == "#ff0000"
    dialog.reject()
    assert plants.style == before


def test_dialog_opens_on_an_existing_categorised_style(qtbot, plants):
    plants.style = plants.style.with_(category_field="fuel", categories=(("wind", "#010203"),))
    dialog = StyleDialog(plants)
    qtbot.addWidget(dialog)
    assert dialog.selected_field() == "fuel"
    assert dialog.result_style().categories == (("wind", "#010203"),)  # kept, not recomputed on open


def test_panel_style_button_opens_the_dialog(qtbot, document, monkeypatch):
    from app.layerlist.panel import LayerPanel

    monkeypatch.setattr(style_dialog, "ASK", False)
    panel = LayerPanel(document)
    qtbot.addWidget(panel)
    seen = []
    panel.style_requested.connect(lambda layer: seen.append(style_dialog.edit_style(layer, panel)))
    panel.set_current(document.hotspot_layer)
    panel.act_style.trigger()
    assert seen and seen[0].layer is document.hotspot_layer
    assert seen[0].fill_opacity.isEnabled() and not seen[0].point_size.isEnabled()


def test_live_preview_is_one_undo_step(qtbot, plants):
    from layers.undo import UndoStack

    stack = UndoStack(LayerList([plants]))
    before = plants.style
    dialog = StyleDialog(plants, undo=stack)
    qtbot.addWidget(dialog)
    dialog.fill.set_colour("#ff0000")
    dialog.line_width.setValue(4.0)
    dialog.reject()
    assert len(stack) == 0 and plants.style == before
    dialog = StyleDialog(plants, undo=stack)
    qtbot.addWidget(dialog)
    dialog.fill.set_colour("#00ff00")
    dialog.set_field("fuel")
    dialog.accept()
    assert len(stack) == 1 and plants.style.category_field == "fuel"
    stack.undo()
    assert plants.style == before


def test_preview_draws_the_edited_colour(qtbot, plants):
    from PySide6.QtGui import QColor

    dialog = StyleDialog(plants, live=False)
    qtbot.addWidget(dialog)
    dialog.fill.set_colour("#ff0000")
    dialog.point_size.setValue(20)
    image = dialog.preview.grab().toImage()
    red = QColor("#ff0000").rgb()
    assert any(image.pixel(x, y) == red for x in range(image.width()) for y in range(image.height()))


def test_graduated_style_by_a_numeric_field_with_legend_rows_and_one_undo_step(qtbot, plants):
    from layers.classify import RAMPS, classify
    from layers.undo import UndoStack

    stack = UndoStack(LayerList([plants]))
    model = LayerListModel(LayerList([plants]))
    before = plants.style
    dialog = StyleDialog(plants, undo=stack)
    qtbot.addWidget(dialog)
    assert [dialog.grad_field.itemData(i) for i in range(dialog.grad_field.count())] == [None, "mw"]  # not "fuel"
    assert not dialog.grad_count.isEnabled()
    dialog.set_field("fuel")
    dialog.set_graduated("mw", method="equal_interval", count=4, ramp_name="blues")
    assert dialog.selected_field() is None  # graduated replaces categorised
    assert dialog.grad_classes.count() == 4 and dialog.grad_count.isEnabled()
    assert plants.style.graduated  # previewed live, not recorded
    dialog.accept()
    style = plants.style
    bounds = classify(plants.data["mw"], 4, "equal_interval")
    assert style.graduated_field == "mw" and style.graduated_method == "equal_interval"
    assert [(lo, hi) for lo, hi, _c in style.classes] == list(itertools.pairwise(bounds))
    assert style.classes[0][2] == RAMPS["blues"][0] and style.classes[-1][2] == RAMPS["blues"][-1]
    assert style.category_field is None and style.categories == ()
    assert style.colour_for(0) == style.classes[0][2] and style.colour_for(7) == style.classes[-1][2]
    parent = model.index(0, 0)
    assert model.rowCount(parent) == 4
    assert model.data(model.index(0, 0, parent)) == "0 – 1.75"
    assert len(stack) == 1
    stack.undo()
    assert plants.style == before
    stack.redo()
    reopened = StyleDialog(plants)
    qtbot.addWidget(reopened)
    assert reopened.graduated_field() == "mw" and reopened.grad_count.value() == 4
    assert reopened.grad_ramp.currentData() == "blues" and reopened.result_style() == style
    reopened.set_field("fuel")  # categorised clears graduated
    assert reopened.graduated_field() is None and not reopened.result_style().graduated
    reopened.reject()
