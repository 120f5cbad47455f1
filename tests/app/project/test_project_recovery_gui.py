"""pytest-qt: the start-up offer of autosaves crashed sessions left — Restore, Discard, Later — across starts.

Each test has its own data folder (conftest), so the autosaves here never reach another test.  A ``--screenshot``
run offers nothing and leaves the autosaves as they were.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from layers.model import Layer, LayerKind
from layers.project import recovery

pytestmark = pytest.mark.gui
Choice = recovery.Choice
ROOT = Path(__file__).resolve().parents[3]


def _crashed_session(pid: int, layer_name: str, saved_at: float | None = None) -> Path:
    """The autosave a crashed session (``pid``, not running) left, holding a layer called ``layer_name``."""
    from layers.document import MapDocument

    crashed = MapDocument.default()
    crashed.layers.append(Layer(crashed.settlement_layer.data.head(2), layer_name, kind=LayerKind.PROJECT))
    path = recovery.write_recovery(crashed, project=None)
    dead = recovery.recovery_path(pid=pid)
    os.replace(path, dead)
    meta = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
    meta["saved_at"] = time.time() if saved_at is None else saved_at
    dead.with_suffix(".json").write_text(json.dumps(meta), encoding="utf-8")
    path.with_suffix(".json").unlink()
    return dead


class Start:
    """One start of the app: a window with the project actions installed (which offers pending autosaves)."""

    def __init__(self, qtbot, settings) -> None:
        from app.main_window import MainWindow
        from app.project import actions as project_actions
        from layers.document import MapDocument

        self.qtbot = qtbot
        self.document = MapDocument.default()
        self.window = MainWindow(self.document, install_features=False)
        self.controller = project_actions.install(self.window, settings)
        self.window.show()

    def offer(self):
        self.qtbot.waitUntil(lambda: self.controller.recovery_message is not None, timeout=5000)
        return self.controller.recovery_message

    def offers_nothing(self) -> bool:
        self.qtbot.wait(200)  # the offer is made from the event loop right after the start
        return self.controller.recovery_message is None

    def close(self) -> None:
        self.window.task_runner.wait_idle(60)
        self.controller.shutdown()
        self.controller.dirty = False
        self.window.close()
        self.window.deleteLater()


def test_discard_deletes_the_autosave_and_the_next_start_offers_nothing(qtbot, settings):
    dead = _crashed_session(2**22 + 501, "Crashed work")
    first = Start(qtbot, settings)
    offer = first.offer()
    assert "did not close properly" in offer.text and "unsaved project" in offer.text
    assert offer.box.isVisible() and offer.box.informativeText().startswith("Restore opens")
    offer.answer(Choice.DISCARD)
    assert first.controller.recovery_message is None and not offer.box.isVisible()
    assert not dead.exists() and not dead.with_suffix(".json").exists()
    assert first.document.layers.by_name("Crashed work") is None  # discarding does not restore
    first.close()
    second = Start(qtbot, settings)
    assert second.offers_nothing()
    second.close()


def test_later_keeps_the_autosave_and_the_next_start_offers_it_again(qtbot, settings):
    dead = _crashed_session(2**22 + 502, "Crashed work")
    first = Start(qtbot, settings)
    first.offer().answer(Choice.LATER)
    assert first.controller.recovery_message is None
    assert dead.exists() and first.document.layers.by_name("Crashed work") is None
    first.close()
    second = Start(qtbot, settings)
    offer = second.offer()
    assert offer.found.path == dead
    offer.box.reject()  # Esc or closing the dialog is Later too
    assert dead.exists()
    second.close()
    assert [r.path for r in recovery.pending_recoveries()] == [dead]


def test_restore_from_the_dialog_opens_the_autosave_and_then_deletes_it(qtbot, settings):
    dead = _crashed_session(2**22 + 503, "Crashed work")
    start = Start(qtbot, settings)
    start.offer().answer(Choice.RESTORE)
    assert start.window.task_runner.wait_idle(60)
    assert start.document.layers.by_name("Crashed work") is not None
    assert start.controller.dirty and start.controller.path is None
    assert not dead.exists()
    start.close()
    assert recovery.pending_recoveries() == []
    again = Start(qtbot, settings)
    assert again.offers_nothing()
    again.close()


def test_after_discard_the_next_autosave_is_offered_and_old_ones_are_marked(qtbot, settings):
    old = _crashed_session(2**22 + 504, "Old work", saved_at=time.time() - 30 * recovery.DAY_S)
    new = _crashed_session(2**22 + 505, "New work")
    start = Start(qtbot, settings)
    offer = start.offer()
    assert offer.found.path == new and "(old: 30 days ago)" in offer.box.informativeText()
    offer.answer(Choice.DISCARD)
    second = start.offer()
    assert second is not offer and second.found.path == old and "(old: 30 days ago)" in second.text
    assert not new.exists() and old.exists()
    second.answer(Choice.LATER)
    assert old.exists() and start.controller.recovery_message is None
    start.close()


def test_a_failed_restore_keeps_the_autosave(qtbot, settings):
    dead = _crashed_session(2**22 + 506, "Crashed work")
    dead.write_bytes(b"not a geopackage")  # damaged after the crash
    start = Start(qtbot, settings)
    start.offer().answer(Choice.RESTORE)
    assert start.window.task_runner.wait_idle(60)
    assert dead.exists() and start.document.layers.by_name("Crashed work") is None
    start.close()


def _dialogs_shown_during(action):  # type: ignore[no-untyped-def]
    """Run ``action()``; return its result and the titles of the dialogs shown meanwhile."""
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtWidgets import QApplication, QDialog

    class DialogWatch(QObject):
        def __init__(self) -> None:
            super().__init__()
            self.shown: list[str] = []

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Show and isinstance(watched, QDialog):
                self.shown.append(watched.windowTitle())
            return False

    app = QApplication.instance()
    watch = DialogWatch()
    app.installEventFilter(watch)
    try:
        result = action()
    finally:
        app.removeEventFilter(watch)
    return result, watch.shown


def test_a_screenshot_shows_no_recovery_offer_and_keeps_the_autosave(qtbot, settings, tmp_path):
    from PySide6.QtGui import QImage
    from PySide6.QtWidgets import QApplication

    from app import gui_main
    from app.main_window import MainWindow
    from layers.document import MapDocument

    dead = _crashed_session(2**22 + 507, "Crashed work")
    autosaved, sidecar = dead.read_bytes(), dead.with_suffix(".json").read_text(encoding="utf-8")
    window = MainWindow(MapDocument.default())  # all features, as regionmap --screenshot makes it
    qtbot.addWidget(window)
    out = tmp_path / "shot.png"

    def screenshot_then_idle() -> int:
        code = gui_main._screenshot(QApplication.instance(), window, out, (900, 600), [])
        qtbot.wait(200)  # an offer would come from the event loop
        return code

    code, dialogs = _dialogs_shown_during(screenshot_then_idle)
    assert code == 0 and dialogs == []
    from app.project.actions import PROJECT

    controller = window.features.require(PROJECT)
    assert controller.unattended and controller.recovery_message is None
    image = QImage(str(out))
    assert (image.width(), image.height()) == (900, 600)
    assert dead.read_bytes() == autosaved and dead.with_suffix(".json").read_text(encoding="utf-8") == sidecar
    assert [r.path for r in recovery.pending_recoveries()] == [dead]  # offered again at the next real start


def test_the_screenshot_command_returns_and_leaves_a_crashed_sessions_autosave_alone(tmp_path):
    dead = _crashed_session(2**22 + 508, "Crashed work")
    autosaved = dead.read_bytes()
    out = tmp_path / "shot.png"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")  # XDG_DATA_HOME: this test's own (conftest)
    res = subprocess.run([sys.executable, "-m", "app.cli", "--screenshot", str(out), "--size", "900x600"], cwd=ROOT,
                         env=env, capture_output=True, text=True, timeout=120)
    assert res.returncode == 0, res.stderr
    assert out.is_file() and out.stat().st_size > 0
    assert dead.read_bytes() == autosaved and dead.with_suffix(".json").is_file()
    assert sorted(p.name for p in recovery.recovery_dir().glob("*.gpkg")) == [dead.name]  # wrote none of its own

