"""Record every error of a window session in the user's log, and show it in the window with the log folder.

A window started from a desktop icon has no terminal: an exception in a Qt slot, printed to stderr, would be
lost.  :func:`install` (called by ``app.gui_main`` before the window is built) therefore

- sends the standard :mod:`logging` records of ``layers`` and ``app`` to the rotated log file
  (:func:`layers.userdirs.log_to_file`);
- installs :data:`sys.excepthook` (PySide6 passes exceptions raised in slots and virtual methods to it) and
  :data:`threading.excepthook` (worker threads), both of which log the traceback and show one line in the
  window's message bar; the bar adds an "Open log folder" button to an error that names the log;
- enables :mod:`faulthandler` into ``faults.log`` next to the log, so even a crash inside Qt leaves the Python
  stacks behind.

:func:`attach` names the window the messages go to.  Messages from other threads reach it through a queued
signal, never by touching widgets off the GUI thread.
"""

from __future__ import annotations

import contextlib
import faulthandler
import logging
import sys
import threading
from pathlib import Path
from types import TracebackType
from typing import IO, Any

from PySide6.QtCore import QObject, Signal

from layers.userdirs import LOGGER, log_dir, log_exception, log_to_file

FAULTS_NAME = "faults.log"


class _Bridge(QObject):
    """Carries a message from any thread to the window's message bar in the GUI thread."""

    message = Signal(str)


_state: dict[str, Any] = {"window": None, "bridge": None, "faults": None, "installed": False}


def install() -> Path | None:
    """Log to the user's log folder and catch every unhandled exception; return the log's path (None: none)."""
    path = log_to_file()
    handler = next((h for h in logging.getLogger(LOGGER).handlers if isinstance(h, logging.FileHandler)), None)
    root = logging.getLogger()
    if handler is not None and handler not in root.handlers:
        root.addHandler(handler)  # the window's own warnings (e.g. repaired projects) are kept too
    if _state["faults"] is None:
        with contextlib.suppress(OSError, ValueError, RuntimeError):
            log_dir().mkdir(parents=True, exist_ok=True)
            faults: IO[str] = open(faults_path(), "a", encoding="utf-8")  # noqa: SIM115 - kept open
            faulthandler.enable(file=faults, all_threads=True)
            _state["faults"] = faults
    sys.excepthook = excepthook
    threading.excepthook = thread_excepthook
    _state["installed"] = True
    return path


def faults_path() -> Path:
    return log_dir() / FAULTS_NAME


def dump_stacks(reason: str) -> None:
    """Write every thread's stack to ``faults.log`` (why a run had to be ended, for the report)."""
    faults = _state["faults"]
    if faults is None:
        return
    with contextlib.suppress(Exception):
        faults.write(f"--- {reason}\n")
        faults.flush()
        faulthandler.dump_traceback(file=faults, all_threads=True)


def attach(window: Any) -> None:
    """Show the errors caught from now on in ``window`` (a :class:`~app.window_api.WindowApi`)."""
    bridge = _Bridge()
    bridge.message.connect(lambda text: _show(window, text))
    _state["window"], _state["bridge"] = window, bridge


def detach() -> None:
    """Stop showing errors in a window (it closes); they are still logged."""
    _state["window"], _state["bridge"] = None, None


def uninstall() -> None:
    """Give back the default hooks, take the log off the root logger and stop the fault handler (tests)."""
    sys.excepthook = sys.__excepthook__
    threading.excepthook = threading.__excepthook__
    root = logging.getLogger()
    for handler in list(logging.getLogger(LOGGER).handlers):
        if handler in root.handlers:
            root.removeHandler(handler)
    faults = _state["faults"]
    if faults is not None:
        with contextlib.suppress(Exception):
            faulthandler.disable()
            faults.close()
    _state.update(faults=None, installed=False)
    detach()


def excepthook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    """An exception nobody caught (a Qt slot, the event loop): log it and say so in the window."""
    if issubclass(kind, KeyboardInterrupt):
        sys.__excepthook__(kind, exc, tb)
        return
    report(exc.with_traceback(tb) if tb is not None else exc, "unhandled error in the window")


def thread_excepthook(args: threading.ExceptHookArgs) -> None:
    """An exception that ended a thread: log it and say so in the window (never 'Exception in thread')."""
    if args.exc_value is None or issubclass(args.exc_type, SystemExit):
        return
    name = args.thread.name if args.thread is not None else "a thread"
    report(args.exc_value, f"unhandled error in {name}")


def report(exc: BaseException, context: str) -> str:
    """Log ``exc``; write one line to stderr and show it in the window; return that line."""
    where = log_exception(exc, context)
    detail = f"details in {where}" if where else "details could not be logged"
    text = f"{context}: unexpected {type(exc).__name__}: {exc} ({detail})"
    with contextlib.suppress(Exception):
        sys.stderr.write(f"regionmap: {text}\n")
        sys.stderr.flush()
    bridge = _state["bridge"]
    if bridge is not None:
        with contextlib.suppress(RuntimeError):  # the bridge (and window) are being deleted
            bridge.message.emit(text)
    return text


def _show(window: Any, text: str) -> None:
    with contextlib.suppress(RuntimeError):  # the window is gone
        window.show_error(text)
