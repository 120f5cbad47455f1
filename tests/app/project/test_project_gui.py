"""pytest-qt: title and unsaved-changes prompt, save/open through the window, recent projects, undo/redo actions,
damaged files, the recovery offer and settings."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from app.project.actions import PROJECT, ProjectController
from app.settings import Settings
from layers.model import Layer, LayerKind
from layers.project import load_project, save_project

pytestmark = pytest.mark.gui
Button = QMessageBox.StandardButton


@pytest.fixture()
def window(qtbot, document, settings):
    from app.main_window import MainWindow
    from app.project import actions as project_actions

    win = MainWindow(document, install_features=False)
    project_actions.install(win, settings)
    win.show()
    yield win
    _close(win)


def controller_of(win) -> ProjectController:
    return win.features.require(PROJECT)


def _close(win) -> None:
    """Close without the unsaved-changes prompt (qtbot.addWidget would close with a modal prompt open)."""
    win.task_runner.wait_idle(30)
    controller_of(win).dirty = False
    win.close()
    win.deleteLater()


class Answers:
    """Replaces QMessageBox.exec: records the prompts and answers with the given buttons in turn."""

    def __init__(self, monkeypatch, *answers: Button) -> None:
        self.answers = list(answers)
        self.asked: list[str] = []
        monkeypatch.setattr(QMessageBox, "exec", lambda box: self._exec(box))

    def _exec(self, box: QMessageBox) -> int:
        self.asked.append(box.text())
        return int(self.answers.pop(0))


def _wait(window) -> None:
    assert window.task_runner.wait_idle(60)


def test_title_tracks_name_and_unsaved_changes(window, tmp_path):
    assert window.windowTitle() == "Untitled — regionmap"
    window.document.region_layer.visible = False
    assert window.windowTitle() == "Untitled* — regionmap"
    controller_of(window)._start_save(tmp_path / "uusimaa plan.gpkg")
    _wait(window)
    assert window.windowTitle() == "uusimaa plan — regionmap"
    assert not controller_of(window).dirty
    window.document.layers.move(0, 1)
    assert window.windowTitle() == "uusimaa plan* — regionmap"


def test_close_with_unsaved_changes_cancel_discard(window, monkeypatch):
    window.document.hotspot_layer.name = "Centres"
    answers = Answers(monkeypatch, Button.Cancel, Button.Discard)
    assert window.close() is False
    assert window.isVisible()
    assert answers.asked == ["Save the changes to Untitled?"]
    assert window.close() is True
    assert len(answers.asked) == 2


def test_close_with_save_writes_the_project(window, monkeypatch, tmp_path):
    target = tmp_path / "saved on close.gpkg"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target.with_suffix("")), FILTER))
    window.document.hotspot_layer.name = "Centres"
    Answers(monkeypatch, Button.Save)
    assert window.close() is True
    assert target.exists()  # .gpkg was added to the name typed
    assert load_project(target).layers.by_name("Centres") is not None


FILTER = "regionmap projects (*.gpkg)"


def test_saved_project_closes_without_asking(window, monkeypatch, tmp_path):
    window.document.hotspot_layer.name = "Centres"
    controller_of(window)._start_save(tmp_path / "p.gpkg")
    _wait(window)
    answers = Answers(monkeypatch)
    assert window.close() is True
    assert answers.asked == []


def test_recent_projects_menu_opens_them(window, settings, monkeypatch, tmp_path, document):
    first = tmp_path / "first.gpkg"
    second = tmp_path / "second.gpkg"
    window.document.region_layer.name = "First map"
    controller_of(window)._start_save(first)
    _wait(window)
    window.document.region_layer.name = "Second map"
    controller_of(window)._start_save(second)
    _wait(window)
    assert settings.recent_projects() == [second.resolve(), first.resolve()]
    menu = controller_of(window).recent_menu
    menu.aboutToShow.emit()
    entries = [a for a in menu.actions() if a.text().startswith("&")]
    assert [a.text() for a in entries] == ["&1 second.gpkg", "&2 first.gpkg"]
    entries[1].trigger()
    _wait(window)
    assert window.document.region_layer.name == "First map"
    assert window.windowTitle() == "first — regionmap"
    assert settings.recent_projects()[0] == first.resolve()
    # a recent file that is gone is not listed
    second.unlink()
    menu.aboutToShow.emit()
    assert [a.text() for a in menu.actions() if a.text().startswith("&")] == ["&1 first.gpkg"]
    # the list survives a new Settings object (it is stored in the settings file)
    assert Settings(settings.file_name).recent_projects() == [first.resolve()]


def test_open_asks_before_dropping_unsaved_changes(window, monkeypatch, tmp_path, document):
    from layers.document import MapDocument

    other = MapDocument.default()
    other.region_layer.name = "Other"
    path = save_project(other, tmp_path / "other.gpkg")
    window.document.settlement_layer.visible = True
    answers = Answers(monkeypatch, Button.Cancel)
    controller_of(window).open_project(path)
    _wait(window)
    assert window.document.layers.by_name("Other") is None and answers.asked
    Answers(monkeypatch, Button.Discard)
    controller_of(window).open_project(path)
    _wait(window)
    assert window.document.layers.by_name("Other") is window.document.region_layer
    assert window.windowTitle() == "other — regionmap"


def test_undo_redo_actions_for_each_layer_operation(window, document):
    undo, redo = window.actions["undo"], window.actions["redo"]
    assert not undo.isEnabled() and not redo.isEnabled()
    layers = document.layers
    before_names = [lyr.name for lyr in layers]
    new = Layer(document.settlement_layer.data.head(5), "Five places", kind=LayerKind.OTHER)
    layers.append(new)  # add
    assert undo.isEnabled() and undo.text() == "&Undo add Five places"
    layers.move(len(layers) - 1, 0)  # reorder
    new.name = "Five"  # rename
    new.style = new.style.with_(fill="#ff00ff")  # style
    new.kind = LayerKind.ENERGY  # kind (with its default radius)
    window.session.undo_stack.seal()
    new.radius_m = 2500  # radius
    layers.remove(document.hotspot_layer)  # remove
    for _ in range(7):
        undo.trigger()
    assert [lyr.name for lyr in layers] == before_names
    assert not undo.isEnabled() and redo.isEnabled()
    for _ in range(7):
        redo.trigger()
    assert layers[0] is new and (new.name, new.kind, new.radius_m, new.style.fill) == ("Five", LayerKind.ENERGY,
                                                                                        2500, "#ff00ff")
    assert document.hotspot_layer not in layers
    assert redo.text() == "&Redo" and not redo.isEnabled()


def test_undo_history_restarts_with_an_opened_project(window, tmp_path):
    path = save_project(window.document, tmp_path / "p.gpkg")
    window.document.region_layer.name = "changed"
    assert window.actions["undo"].isEnabled()
    controller_of(window).open_project(path, confirmed=True)
    _wait(window)
    assert not window.actions["undo"].isEnabled()
    window.document.region_layer.name = "again"
    window.actions["undo"].trigger()
    assert window.document.region_layer.name == "Municipalities (schematic)"


def test_damaged_project_shows_a_message_and_keeps_the_map(window, tmp_path):
    bad = tmp_path / "bad.gpkg"
    good = save_project(window.document, tmp_path / "good.gpkg")
    bad.write_bytes(good.read_bytes()[:4096])  # truncated: the SQLite header and our table are gone or broken
    layers_before = list(window.document.layers)
    controller_of(window).open_project(bad, confirmed=True)
    _wait(window)
    texts = window.message_bar.texts()
    assert any(str(bad) in t and "The map was not changed" in t for t in texts), texts
    assert list(window.document.layers) == layers_before
    assert window.windowTitle() == "Untitled — regionmap"


def test_path_handler_takes_projects_and_leaves_other_geopackages(window, tmp_path):
    import geopandas as gpd
    import shapely

    project = save_project(window.document, tmp_path / "proj.gpkg")
    data = tmp_path / "roads.gpkg"
    gpd.GeoDataFrame({"a": [1]}, geometry=[shapely.Point(0, 0)], crs="EPSG:3067").to_file(data, driver="GPKG")
    from layers.project.file_kind import PROJECT, kind_of

    assert kind_of(project) == PROJECT and kind_of(data) is None
    assert controller_of(window).handle_path(data, kind_of(data)) is False
    assert controller_of(window).handle_path(tmp_path / "notes.txt", None) is False
    assert window.open_paths([project]) == []
    _wait(window)
    assert window.windowTitle() == "proj — regionmap"


def test_recovery_is_offered_and_restored(qtbot, document, settings, tmp_path):
    from app.main_window import MainWindow
    from app.project import actions as project_actions
    from layers.document import MapDocument
    from layers.project import recovery

    crashed = MapDocument.default()
    crashed.layers.append(Layer(crashed.settlement_layer.data.head(2), "Unsaved work", kind=LayerKind.PROJECT))
    path = recovery.write_recovery(crashed, project=tmp_path / "plan.gpkg")
    dead = recovery.recovery_path(pid=2**22 + 999)
    os.replace(path, dead)
    os.replace(path.with_suffix(".json"), dead.with_suffix(".json"))

    win = MainWindow(document, install_features=False)
    controller = project_actions.install(win, settings)
    qtbot.waitUntil(lambda: controller.recovery_message is not None, timeout=5000)
    assert "did not close properly" in controller.recovery_message.text
    controller.restore(recovery.pending_recoveries()[0])
    assert win.task_runner.wait_idle(60)
    assert document.layers.by_name("Unsaved work") is not None
    assert controller.dirty and win.windowTitle() == "Untitled* — regionmap"  # plan.gpkg does not exist
    assert not dead.exists()
    win.task_runner.wait_idle(60)
    controller.shutdown()
    assert recovery.pending_recoveries() == []
    assert not recovery.recovery_path().exists()
    _close(win)


def test_autosave_after_a_task_writes_the_recovery_file(window, qtbot):
    from layers.project import recovery

    path = recovery.recovery_path()
    controller_of(window)._autosave_soon.setInterval(300)
    window.document.region_layer.name = "edited"
    window.run_task("Coverage check", lambda progress, cancelled: 42)
    qtbot.waitUntil(path.exists, timeout=20_000)  # soon after the analysis, not after minutes
    _wait(window)
    assert load_project(path).region_layer.name == "edited"
    controller_of(window).shutdown()
    assert not path.exists()


def test_autosave_skips_an_unchanged_map(window):
    from layers.project import recovery

    controller_of(window).autosave()
    assert window.task_runner.is_idle()
    assert not recovery.recovery_path().exists()


def test_settings_store_window_folders_and_basemap(qtbot, settings, tmp_path):
    from PySide6.QtWidgets import QMainWindow

    win = QMainWindow()
    qtbot.addWidget(win)
    win.resize(777, 555)
    settings.save_window(win)
    settings.set_last_folder("data", tmp_path / "file.geojson")
    settings.set_basemap("osm-light")
    again = Settings(settings.file_name)
    other = QMainWindow()
    qtbot.addWidget(other)
    assert again.restore_window(other)
    assert (other.width(), other.height()) == (777, 555)
    assert again.last_folder("data") == tmp_path
    assert again.last_folder("export") == Path.home()
    assert again.basemap() == "osm-light"
    assert str(tmp_path) in again.file_name
