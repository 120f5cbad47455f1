"""Propose sites > Pick on map…: clicks on the map add candidate sites to a temporary layer, a drag still pans and
adds none, and Esc brings the dialog back with the picked points as its candidates."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QDialog

from app.siting import dialog as siting
from app.siting.pick import PICKED_LAYER_NAME

pytestmark = pytest.mark.gui


def test_clicks_add_candidates_and_esc_returns_to_the_dialog(feature_window, qtbot, monkeypatch):
    window = feature_window(siting, size=(900, 650))
    feature = siting.SitingFeature(window)
    shown = []

    def fake_exec(dialog):
        shown.append(dialog)
        if len(shown) == 1:
            dialog.pick_button.click()  # the first time: go and pick
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(siting.ProposeDialog, "exec", fake_exec)
    feature.propose()
    assert feature.picking.active and not window.canvas.identify_enabled
    canvas = window.canvas
    spots = [QPoint(300, 250), QPoint(520, 330)]
    for spot in spots:
        qtbot.mouseClick(canvas, Qt.MouseButton.LeftButton, pos=spot)
    extent = canvas.extent()
    qtbot.mousePress(canvas, Qt.MouseButton.LeftButton, pos=QPoint(400, 400))  # a drag pans, adds nothing
    qtbot.mouseMove(canvas, QPoint(460, 430))
    qtbot.mouseRelease(canvas, Qt.MouseButton.LeftButton, pos=QPoint(460, 430))
    assert canvas.extent() != extent
    layer = next(lyr for lyr in window.document.layers if lyr.name == PICKED_LAYER_NAME)
    assert layer.derived and len(layer.data) == 2
    # the points are where the clicks were, in map coordinates of the view they were made in
    qtbot.keyClick(canvas, Qt.Key.Key_Escape)
    assert not feature.picking.active and canvas.identify_enabled
    assert len(shown) == 2  # the dialog came back...
    again = shown[1]
    assert again.candidates.currentData() == layer.id  # ...with the picked points as the candidates
    source = again.values()["candidates"]
    assert source.label == PICKED_LAYER_NAME and len(source.layer) == 2
    assert layer.data.geometry.x.is_unique


def test_clicks_land_at_the_clicked_place(feature_window, qtbot, monkeypatch):
    monkeypatch.setattr(siting.ProposeDialog, "exec", lambda dialog: QDialog.DialogCode.Rejected)
    window = feature_window(siting, size=(900, 650))
    feature = siting.SitingFeature(window)
    feature.picking.start()
    canvas = window.canvas
    x, y = canvas.to_map(320, 240)
    qtbot.mouseClick(canvas, Qt.MouseButton.LeftButton, pos=QPoint(320, 240))
    point = feature.picking.layer.data.geometry.iloc[0]
    assert (point.x, point.y) == pytest.approx((x, y), abs=canvas.to_map(1, 0)[0] - canvas.to_map(0, 0)[0])
    feature.picking.end()  # a second round adds to the same layer
    feature.picking.start()
    qtbot.mouseClick(canvas, Qt.MouseButton.LeftButton, pos=QPoint(500, 300))
    assert len(feature.picking.layer.data) == 2
    assert [lyr.name for lyr in window.document.layers].count(PICKED_LAYER_NAME) == 1
