"""Planner habits: QGIS's shortcuts where they mean the same, and the main toolbar in its declared order."""

from __future__ import annotations

import pytest

from app.coverage import panel as coverage_panel
from app.help import keys_html
from app.io import loader
from app.layerlist import panel as layer_panel
from app.menus import QGIS_SHORTCUTS, TOOLBAR
from app.project import actions as project_actions

pytestmark = pytest.mark.gui


@pytest.fixture()
def window(feature_window):
    # installed in an order unlike the toolbar's, so that the toolbar must sort them
    return feature_window(coverage_panel, loader, layer_panel, project_actions)


def _keys(action) -> list[str]:
    return [s.toString() for s in action.shortcuts()]


def test_qgis_shortcuts(window):
    assert _keys(window.actions["open_project"])[0] == "Ctrl+O"  # a project, as in QGIS
    assert _keys(window.actions["open_file"]) == ["Ctrl+Shift+V"]  # QGIS: add vector layer
    assert _keys(window.actions["attribute_table"]) == ["F6"]
    assert _keys(window.actions["layer_style"]) == ["F7"]
    assert _keys(window.actions["remove_layer"]) == ["Ctrl+D"]
    assert _keys(window.actions["zoom_region"]) == ["Ctrl+Shift+F", "Home"]  # not Ctrl+Shift+H: QGIS hides layers
    assert _keys(window.actions["identify_panel"]) == ["Ctrl+Shift+I"]
    every = [k for action in window.actions.values() for k in _keys(action)]
    assert len(every) == len(set(every)), "two actions share a shortcut"
    for keys in QGIS_SHORTCUTS.values():  # the help box tells the truth
        assert keys[0].split("+")[-1] in keys_html()
    assert "Ctrl+Shift+H" not in keys_html()


def test_the_toolbar_follows_its_declared_order(window):
    bar = window.toolbar.toolbar
    shown = [a for a in bar.actions() if not a.isSeparator()]
    by_action = {id(action): key for key, action in window.actions.items()}
    assert [by_action[id(a)] for a in shown] == [k for k in TOOLBAR if k is not None]
    separators = [a for a in bar.actions() if a.isSeparator()]
    assert separators and all(s.isVisible() for s in separators)
    assert window.actions["identify_panel"] in bar.actions()  # a dock's toggle survives the toolbar's upkeep
