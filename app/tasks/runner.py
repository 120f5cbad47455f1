"""Run plain ``layers/`` task functions off the GUI thread, with progress and Cancel (Orange3's TaskState split).

``runner.start(title, fn, *args, on_done=..., on_error=..., **kwargs)`` calls
``fn(*args, progress=report, cancelled=is_cancelled, **kwargs)`` in a worker thread.  Progress reports travel to
the GUI thread through queued Qt signals (throttled to ~30 per second); ``on_done(result)`` and
``on_error(exc)`` run in the GUI thread (if they raise, ``callback_failed(handle, exc)`` is emitted).
``handle.cancel()`` makes ``cancelled()`` return True; a task that then raises
:class:`~layers.errors.Cancelled` (or returns anyway) ends as *cancelled*, neither done nor failed.
"""

from __future__ import annotations

import contextlib
import gc
import itertools
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, Qt, QTimer, Signal, Slot

from app.qt_compat import protect_none_refcount
from layers.errors import Cancelled

protect_none_refcount()  # PySide6 6.12 on Python 3.11: see app/qt_compat.py

RUNNING, DONE, FAILED, CANCELLED = "running", "done", "failed", "cancelled"
PROGRESS_INTERVAL_S = 0.033

_ids = itertools.count(1)


class _GcGuard:
    """Python's cyclic garbage collector runs in whichever thread happens to allocate; if that is a worker, it
    may finalise Qt wrappers of widgets that must die in the GUI thread, and the process segfaults.  While any
    task runs, automatic collection is off; when the last one ends, the GUI thread collects generation 0: with
    collection off nothing was promoted, so every object made meanwhile is there, and a full collection would
    walk every long-lived object too (0.3-0.5 s of a frozen window once geopandas is loaded)."""

    running = 0
    was_enabled = True

    @classmethod
    def task_started(cls) -> None:
        if cls.running == 0:
            cls.was_enabled = gc.isenabled()
            gc.disable()
        cls.running += 1

    @classmethod
    def task_finished(cls) -> None:
        cls.running = max(cls.running - 1, 0)
        if cls.running == 0 and cls.was_enabled:
            gc.collect(0)
            gc.enable()


@dataclass(eq=False)
class TaskHandle:
    """A running or finished task.  ``status`` is one of running, done, failed, cancelled."""

    title: str
    id: int = field(default_factory=lambda: next(_ids))
    status: str = RUNNING
    fraction: float = 0.0
    message: str = ""
    result: Any = None
    error: BaseException | None = None
    started_at: float = field(default_factory=time.monotonic)
    quiet: bool = False  # set when a newer task supersedes this one: its end is not news to the planner
    _cancel: threading.Event = field(default_factory=threading.Event, repr=False)
    _finished: threading.Event = field(default_factory=threading.Event, repr=False)
    on_done: Callable[[Any], None] | None = field(default=None, repr=False)
    on_error: Callable[[BaseException], None] | None = field(default=None, repr=False)
    on_cancelled: Callable[[], None] | None = field(default=None, repr=False)

    def cancel(self) -> None:
        """Ask the task to stop; it notices the next time it polls ``cancelled()``."""
        self._cancel.set()

    @property
    def cancel_requested(self) -> bool:
        return self._cancel.is_set()

    @property
    def running(self) -> bool:
        return self.status == RUNNING

    @property
    def elapsed(self) -> float:
        return time.monotonic() - self.started_at


class _Bridge(QObject):
    """Lives in the GUI thread; worker threads emit on it and Qt queues the calls."""

    progress = Signal(object, float, str)
    finished = Signal(object, object, object)


class TaskRunner(QObject):
    """Starts tasks in worker threads.  Signals: ``started(handle)``, ``progress(handle, fraction, message)``,
    ``finished(handle)`` (after the handle's status is final and its callback has run)."""

    started = Signal(object)
    progress = Signal(object, float, str)
    finished = Signal(object)
    callback_failed = Signal(object, object)  # (handle, exception) when on_done/on_error itself raised

    def __init__(self, parent: QObject | None = None, *, daemon: bool = True) -> None:
        """``daemon=False``: the process waits for a running task at exit (for short tasks that run in C++ code,
        such as the map's preparation: a daemon thread stopped inside it aborts the process)."""
        super().__init__(parent)
        self._daemon = daemon
        self._bridge = _Bridge()
        self._bridge.progress.connect(self._on_progress, Qt.ConnectionType.QueuedConnection)
        self._bridge.finished.connect(self._on_finished, Qt.ConnectionType.QueuedConnection)
        self._active: list[TaskHandle] = []

    # ---- public API -----------------------------------------------------------------------------------------
    def start(self, title: str, fn: Callable[..., Any], *args: Any, on_done: Callable[[Any], None] | None = None,
              on_error: Callable[[BaseException], None] | None = None,
              on_cancelled: Callable[[], None] | None = None, **kwargs: Any) -> TaskHandle:
        handle = TaskHandle(title, on_done=on_done, on_error=on_error, on_cancelled=on_cancelled)
        self._active.append(handle)
        bridge = self._bridge
        last_time, last_message = 0.0, ""

        def report(fraction: float, message: str = "") -> None:
            nonlocal last_time, last_message
            now = time.monotonic()
            fraction = min(max(float(fraction), 0.0), 1.0)
            if now - last_time >= PROGRESS_INTERVAL_S or message != last_message or fraction >= 1.0:
                last_time, last_message = now, message
                bridge.progress.emit(handle, fraction, message)

        def work() -> None:
            result: Any = None
            error: BaseException | None = None
            try:
                result = fn(*args, progress=report, cancelled=handle._cancel.is_set, **kwargs)
            except BaseException as exc:  # reported to the GUI thread, never lost in the worker
                error = exc
            with contextlib.suppress(RuntimeError):  # the runner's Qt object is gone (window closed): none waits
                bridge.finished.emit(handle, result, error)

        thread = threading.Thread(target=work, name=f"task-{handle.id}", daemon=self._daemon)
        _GcGuard.task_started()
        self.started.emit(handle)
        thread.start()
        return handle

    def active(self) -> list[TaskHandle]:
        return list(self._active)

    def is_idle(self) -> bool:
        return not self._active

    def cancel_all(self) -> None:
        for handle in self._active:
            handle.cancel()

    def wait_idle(self, timeout: float = 30.0) -> bool:
        """Process events until no task is running (True) or ``timeout`` seconds passed (False)."""
        deadline = time.monotonic() + timeout
        while self._active:
            if time.monotonic() >= deadline:
                return False
            QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
            if self._active:
                time.sleep(0.002)
        QCoreApplication.processEvents()
        return True

    # ---- GUI-thread slots -----------------------------------------------------------------------------------
    @Slot(object, float, str)
    def _on_progress(self, handle: TaskHandle, fraction: float, message: str) -> None:
        if handle.status != RUNNING:
            return
        handle.fraction = fraction
        if message:
            handle.message = message
        self.progress.emit(handle, fraction, message)

    @Slot(object, object, object)
    def _on_finished(self, handle: TaskHandle, result: Any, error: BaseException | None) -> None:
        if handle in self._active:
            self._active.remove(handle)
            _GcGuard.task_finished()
        callback: Callable[[], None] | None
        if isinstance(error, Cancelled) or (error is None and handle.cancel_requested):
            handle.status = CANCELLED
            callback = handle.on_cancelled
        elif error is not None:
            handle.status, handle.error = FAILED, error
            callback = (lambda: handle.on_error(error)) if handle.on_error else None  # type: ignore[misc]
        else:
            handle.status, handle.result, handle.fraction = DONE, result, 1.0
            callback = (lambda: handle.on_done(result)) if handle.on_done else None  # type: ignore[misc]
        handle._finished.set()
        try:
            if callback is not None:
                callback()
        except Exception as exc:  # a broken callback must not vanish into the event loop
            self.callback_failed.emit(handle, exc)
        finally:
            self.finished.emit(handle)


def call_later(ms: int, fn: Callable[[], None], context: QObject | None = None) -> None:
    """Run ``fn`` in the GUI thread after ``ms`` milliseconds (not at all once ``context`` is deleted)."""
    if context is not None:
        QTimer.singleShot(ms, context, fn)
    else:
        QTimer.singleShot(ms, fn)
