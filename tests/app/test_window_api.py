"""The window's API for features: declared menu groups, the typed feature registry, the session's undo without
the project feature, and features that neither set attributes on the window nor import each other."""

from __future__ import annotations

import ast
import importlib
from pathlib import Path

import pytest

pytestmark = pytest.mark.gui

ROOT = Path(__file__).resolve().parents[2]
FEATURE_FOLDERS = ("coverage", "export", "io", "layerlist", "map", "project")  # app/<folder>: one feature each


def _entries(menu) -> list[str]:
    return ["---" if a.isSeparator() else a.text() for a in menu.actions()]


def _window_with(qtbot, document, modules, settings=None):
    from app.main_window import MainWindow

    window = MainWindow(document, install_features=False)
    qtbot.addWidget(window)
    for name in modules:
        module = importlib.import_module(name)
        module.install(window, settings) if name == "app.project.actions" else module.install(window)
    return window


def test_menus_follow_their_groups_whatever_the_install_order(qtbot, document, settings):
    from app.features import FEATURE_MODULES

    forward = _window_with(qtbot, document, FEATURE_MODULES, settings)
    backward = _window_with(qtbot, document, list(reversed(FEATURE_MODULES)), settings)
    for key in forward.menus:
        assert _entries(forward.menus[key]) == _entries(backward.menus[key]), key
    assert _entries(forward.menus["file"]) == [
        "&New project", "Open &project…", "Open &recent project", "&Save project", "Save project &as…", "---",
        "&Open data…", "Open &timetable folder…", "&Export…", "---", "&Quit"]
    assert _entries(forward.menus["edit"])[:2] == ["&Undo", "&Redo"]
    assert _entries(forward.menus["analysis"]) == [
        "&Coverage check…", "---", "Timetable &day and window…", "Hot spots by &timetable…", "---",
        "Reach along a &network…", "---", "&Propose sites…", "&What each facility adds…", "---", "Save &scenario…",
        "Switc&h to scenario…", "C&ompare scenarios…"]
    for key, menu in forward.menus.items():  # Alt+letter reaches one entry of a menu, not the first of two
        letters = [t.split("&")[1][0].lower() for t in _entries(menu) if "&" in t]
        assert len(letters) == len(set(letters)), (key, _entries(menu))
    for window in (forward, backward):
        window.close_guards.clear()


def test_an_action_goes_to_its_group_by_order(bare_window):
    bare_window.add_action("late", "Late", lambda: None, "file", group="project", order=90)
    bare_window.add_action("early", "Early", lambda: None, "file", group="project", order=5)
    bare_window.add_action("data", "Data", lambda: None, "file", group="data")
    assert _entries(bare_window.menus["file"]) == ["Early", "Late", "---", "Data", "---", "&Quit"]
    sub = bare_window.add_menu("more", "More", "file", group="data", order=-1)
    assert _entries(bare_window.menus["file"])[3:5] == ["More", "Data"] and bare_window.action("more") is \
        sub.menuAction()


def test_unknown_menus_groups_and_keys_fail_loudly(bare_window):
    with pytest.raises(ValueError, match="there is no 'tools' menu"):
        bare_window.add_action("x", "X", lambda: None, "tools")
    with pytest.raises(ValueError, match="no group 'projekt'"):
        bare_window.add_action("x", "X", lambda: None, "file", group="projekt")
    with pytest.raises(ValueError, match="say which one"):
        bare_window.add_action("x", "X", lambda: None, "file")  # File has several groups
    assert bare_window.action("x") is None
    bare_window.add_action("x", "X", lambda: None, "help")  # a menu of one group needs none
    with pytest.raises(ValueError, match="registered already"):
        bare_window.add_action("x", "Again", lambda: None, "help")


def test_the_feature_registry_is_typed_by_key_and_one_per_key(bare_window):
    from app.io import loader
    from app.window_api import FeatureKey

    assert bare_window.features.get(loader.LOADER) is None
    with pytest.raises(LookupError, match="data loader is not installed"):
        bare_window.features.require(loader.LOADER)
    installed = loader.install(bare_window)
    assert bare_window.features.require(loader.LOADER) is installed
    assert bare_window.features.get(FeatureKey("data loader")) is None  # keys are objects, not names
    with pytest.raises(ValueError, match="installed twice"):
        bare_window.features.add(loader.LOADER, installed)


def test_undo_and_redo_work_without_the_project_feature(bare_window, document):
    undo, redo = bare_window.actions["undo"], bare_window.actions["redo"]
    assert not undo.isEnabled()
    document.region_layer.name = "Kunnat"
    assert undo.isEnabled() and undo.text() == "&Undo rename Municipalities (schematic)"
    undo.trigger()
    assert document.region_layer.name == "Municipalities (schematic)" and redo.isEnabled()
    assert bare_window.session.undo_stack.redo_text == "rename Municipalities (schematic)"  # the session's stack


def test_features_set_no_attributes_on_the_window(qtbot, document, settings):
    from app.features import FEATURE_MODULES
    from app.main_window import MainWindow

    window = MainWindow(document, install_features=False)
    qtbot.addWidget(window)
    before = set(vars(window))
    for name in FEATURE_MODULES:
        module = importlib.import_module(name)
        module.install(window, settings) if name == "app.project.actions" else module.install(window)
    assert set(vars(window)) == before
    window.close_guards.clear()


def test_a_path_handler_can_go_first(bare_window, tmp_path):
    asked = []
    bare_window.add_path_handler(lambda p, kind: asked.append("second") or False)
    bare_window.add_path_handler(lambda p, kind: asked.append("first") or True, first=True)
    target = tmp_path / "x.txt"
    target.write_text("x")
    assert bare_window.open_paths([target]) == [] and asked == ["first"]


def _imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
            names.update(f"{node.module}.{alias.name}" for alias in node.names)
    return names


def test_no_feature_folder_imports_another_or_the_window():
    offences = []
    for folder in FEATURE_FOLDERS:
        for path in sorted((ROOT / "app" / folder).glob("*.py")):
            for name in _imported_modules(path):
                parts = name.split(".")
                if parts[0] != "app" or len(parts) < 2:
                    continue
                if (parts[1] in FEATURE_FOLDERS and parts[1] != folder) or parts[1] in ("main_window", "gui_main"):
                    offences.append(f"{path.relative_to(ROOT)} imports {name}")
    assert offences == []


def test_a_window_can_share_a_session_and_leaves_it_running_when_it_goes(qtbot, document):
    from PySide6.QtCore import QCoreApplication, QEvent

    from app.main_window import MainWindow
    from layers.session import Session

    session = Session(document)
    window = MainWindow(session, install_features=False)
    assert window.session is session and window.document is document
    window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    document.region_layer.name = "Kunnat"  # the session still counts and records, and no dead window is called
    assert session.dirty and session.undo_stack.can_undo


def test_help_boxes_show_the_sources_of_the_map_on_screen(bare_window, document):
    from PySide6.QtWidgets import QMessageBox

    document.region_layer.attribution = "Own survey, CC0"
    bare_window.actions["about"].trigger()
    bare_window.actions["keys"].trigger()
    boxes = bare_window.findChildren(QMessageBox)
    texts = {box.windowTitle(): box.text() for box in boxes}
    for box in boxes:  # an open box would stay on screen over the next test's window and take its mouse
        box.done(0)
        box.deleteLater()
    assert "Own survey, CC0" in texts["About regionmap"] and "Ctrl+Shift+M" in texts["Keyboard and mouse"]
