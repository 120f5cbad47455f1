"""pytest-qt: what a save did with stale side files, and what opening a damaged project repaired, are shown in
the window's message bar (#20: they went only to the log before)."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from app.project.actions import PROJECT
from layers.project import save_project
from layers.project.schema import META_TABLE

pytestmark = pytest.mark.gui


@pytest.fixture()
def window(qtbot, document, settings):
    from app.main_window import MainWindow
    from app.project import actions as project_actions

    win = MainWindow(document, install_features=False)
    project_actions.install(win, settings)
    win.show()
    yield win
    win.task_runner.wait_idle(30)
    win.features.require(PROJECT).dirty = False
    win.close()
    win.deleteLater()


def test_a_save_that_moved_stale_side_files_says_so_in_the_message_bar(window, tmp_path):
    target = tmp_path / "P.gpkg"
    Path(f"{target}-journal").write_bytes(b"left by a crashed editor")  # its database is gone
    controller = window.features.require(PROJECT)
    controller._start_save(target)
    assert window.task_runner.wait_idle(60)
    assert target.exists()
    texts = window.message_bar.texts()
    assert any(t.startswith("Saved — P.gpkg: found") and "P.gpkg-journal" in t and "without their database" in t
               for t in texts), texts


def test_save_now_shows_the_notes_too(window, tmp_path, monkeypatch):
    target = tmp_path / "Q.gpkg"
    Path(f"{target}-wal").write_bytes(b"junk")
    controller = window.features.require(PROJECT)
    monkeypatch.setattr(controller, "_ask_save_path", lambda: target)
    assert controller.save_now()
    assert any("Q.gpkg-wal" in t for t in window.message_bar.texts()), window.message_bar.texts()


def test_a_plain_save_shows_no_message(window, tmp_path):
    controller = window.features.require(PROJECT)
    controller._start_save(tmp_path / "R.gpkg")
    assert window.task_runner.wait_idle(60)
    assert not [t for t in window.message_bar.texts() if t.startswith("Saved —")]


def test_opening_a_repaired_project_says_what_was_repaired(window, document, tmp_path):
    path = save_project(document, tmp_path / "damaged.gpkg")
    with sqlite3.connect(path) as con:
        (text,) = con.execute(f"SELECT value FROM {META_TABLE} WHERE key = 'state'").fetchone()
        state = json.loads(text)
        state["layers"][-1]["role"] = "__class__"
        state["hotspot_params"] = "many"
        con.execute(f"UPDATE {META_TABLE} SET value = ? WHERE key = 'state'", (json.dumps(state),))
    window.features.require(PROJECT).open_project(path, confirmed=True)
    assert window.task_runner.wait_idle(60)
    warnings = [item.text for item in window.message_bar.items() if item.level == "warning"]
    assert any(t.startswith("Opened damaged.gpkg with repairs — ") and "role was damaged" in t
               and "hotspot_params was damaged" in t for t in warnings), window.message_bar.texts()
    assert window.session.path == path


def test_the_start_up_offer_removes_leftovers_of_killed_autosaves(window):
    import os
    import subprocess
    import sys
    import time

    from layers.project import recovery

    pid = int(subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True,
                             text=True).stdout)
    recovery.recovery_dir().mkdir(parents=True, exist_ok=True)
    leftover = recovery.recovery_dir() / f".session-{pid}.saving-{pid}-0a1b2c3d.gpkg"
    leftover.write_bytes(b"x" * 4096)
    os.utime(leftover, (time.time() - 600, time.time() - 600))
    window.features.require(PROJECT).offer_recovery()
    assert not leftover.exists()
