"""app.crash_log: an exception in a Qt slot or a thread is logged to the user's log folder and shown in the
message bar with "Open log folder" (#20, finding 9: it went only to stderr before)."""

from __future__ import annotations

import sys
import threading

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtGui import QDesktopServices

from app import crash_log
from app.widgets.message_bar import OPEN_LOG_TEXT
from layers.userdirs import log_dir, log_path

pytestmark = pytest.mark.gui


@pytest.fixture()
def installed(monkeypatch, bare_window):
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # pytest-qt's own hook comes back afterwards
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    path = crash_log.install()
    crash_log.attach(bare_window)
    yield path
    crash_log.uninstall()


def _boom() -> None:
    raise ZeroDivisionError("slot went wrong")


@pytest.mark.qt_no_exception_capture
def test_an_exception_in_a_qt_slot_is_logged_and_shown_with_the_log_folder(installed, bare_window, qtbot,
                                                                             monkeypatch, capfd):
    assert installed == log_path()
    QTimer.singleShot(0, _boom)
    qtbot.waitUntil(lambda: any("slot went wrong" in t for t in bare_window.message_bar.texts()), timeout=5000)
    text = log_path().read_text(encoding="utf-8")
    assert "unhandled error in the window" in text and "ZeroDivisionError: slot went wrong" in text
    assert "Traceback" in text and "_boom" in text
    item = next(i for i in bare_window.message_bar.items() if "slot went wrong" in i.text)
    assert item.level == "error" and str(log_path()) in item.text
    assert item.action_button is not None and item.action_button.text() == OPEN_LOG_TEXT
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()) or True)
    item.action_button.click()
    assert opened == [str(log_dir())]
    err = capfd.readouterr().err
    assert "regionmap: unhandled error in the window: unexpected ZeroDivisionError" in err
    assert "Traceback" not in err


def test_an_exception_that_ends_a_thread_is_logged_not_printed_as_a_traceback(installed, bare_window, qtbot, capfd):
    worker = threading.Thread(target=_boom, name="task-worker")
    worker.start()
    worker.join()
    qtbot.waitUntil(lambda: any("task-worker" in t for t in bare_window.message_bar.texts()), timeout=5000)
    assert "unhandled error in task-worker" in log_path().read_text(encoding="utf-8")
    err = capfd.readouterr().err
    assert "Exception in thread" not in err and "Traceback" not in err


def test_warnings_of_the_window_session_reach_the_log(installed):
    import logging

    logging.getLogger("layers.project.load").warning("a repaired project, for the record")
    assert "a repaired project, for the record" in log_path().read_text(encoding="utf-8")


def test_faults_go_to_a_file_next_to_the_log(installed):
    assert crash_log.faults_path().parent == log_dir() and crash_log.faults_path().exists()
    crash_log.dump_stacks("asked by the test")
    text = crash_log.faults_path().read_text(encoding="utf-8")
    assert "asked by the test" in text and "test_faults_go_to_a_file_next_to_the_log" in text


def test_only_errors_that_name_the_log_get_the_button(bare_window):
    bar = bare_window.message_bar
    plain = bar.show("x.geojson: not a GeoJSON file", "error")
    named = bar.show(f"unexpected KeyError: 'a' (details in {log_path()})", "error")
    warning = bar.show(f"see {log_path()}", "warning")
    assert plain is not None and plain.action_button is None
    assert named is not None and named.action_button is not None and named.action_button.text() == OPEN_LOG_TEXT
    assert warning is not None and warning.action_button is None
