"""TaskRunner: work runs off the GUI thread, progress arrives, cancel works, errors and results come back."""

from __future__ import annotations

import threading
import time

import pytest

pytestmark = pytest.mark.gui


@pytest.fixture()
def runner(qtbot):
    from app.tasks.runner import TaskRunner

    r = TaskRunner()
    yield r
    r.cancel_all()
    r.wait_idle(5)


def slow_sum(n: int, *, progress, cancelled, delay: float = 0.01) -> int:
    from layers.tasks import check_cancelled

    total = 0
    for i in range(n):
        check_cancelled(cancelled)
        time.sleep(delay)
        total += i
        progress((i + 1) / n, f"step {i + 1}")
    return total


def test_result_and_progress_arrive_in_gui_thread(qtbot, runner):
    seen: list[tuple[float, str, bool]] = []
    results: list[tuple[int, bool]] = []
    gui = threading.current_thread()
    runner.progress.connect(lambda h, f, m: seen.append((f, m, threading.current_thread() is gui)))
    handle = runner.start("sum", slow_sum, 20, on_done=lambda r: results.append((r, threading.current_thread() is gui)))
    with qtbot.waitSignal(runner.finished, timeout=10_000):
        pass
    assert results == [(sum(range(20)), True)]
    assert handle.status == "done" and handle.result == 190
    assert seen and all(in_gui for *_, in_gui in seen)
    fractions = [f for f, _, _ in seen]
    assert fractions == sorted(fractions) and fractions[-1] == 1.0
    assert handle.message == "step 20"
    assert runner.is_idle()


def test_gui_thread_keeps_running_while_task_works(qtbot, runner):
    from PySide6.QtCore import QTimer

    ticks: list[float] = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(time.monotonic()))
    timer.start(10)
    started = time.monotonic()
    runner.start("slow", slow_sum, 100, delay=0.01)  # about 1 s of work off the GUI thread
    assert runner.wait_idle(20)
    took = time.monotonic() - started
    timer.stop()
    assert len(ticks) >= 20, "the GUI event loop was blocked while the task ran"
    # Run on the GUI thread, the task would block the timer from its start to its end: no tick could fall in the
    # first half of the run.  (A bound on the longest gap between ticks failed on a machine at load 12, where
    # the whole process stalls for a second now and then.)
    first_half = [t for t in ticks if started < t < started + took / 2]
    assert first_half, ("no timer tick in the first half of the task's run", took, ticks[:5])


def test_cancel_reports_cancelled_not_error(qtbot, runner):
    done, errors, cancelled = [], [], []
    handle = runner.start("long", slow_sum, 10_000, on_done=done.append, on_error=errors.append,
                          on_cancelled=lambda: cancelled.append(True))
    qtbot.waitUntil(lambda: handle.fraction > 0, timeout=5000)
    t0 = time.monotonic()
    handle.cancel()
    assert runner.wait_idle(5)
    assert time.monotonic() - t0 < 2
    assert handle.status == "cancelled"
    assert cancelled == [True] and not done and not errors


def test_errors_come_back_to_the_gui_thread(qtbot, runner):
    from layers.errors import UserError

    def broken(*, progress, cancelled):
        progress(0.5, "half way")
        raise UserError("the file is damaged")

    errors: list[BaseException] = []
    handle = runner.start("broken", broken, on_error=errors.append)
    assert runner.wait_idle(5)
    assert handle.status == "failed"
    assert len(errors) == 1 and isinstance(errors[0], UserError) and "damaged" in str(errors[0])


def test_several_tasks_run_at_once_and_kwargs_pass_through(qtbot, runner):
    def echo(value, *, progress, cancelled, suffix=""):
        time.sleep(0.05)
        return f"{value}{suffix}"

    started: list[str] = []
    runner.started.connect(lambda h: started.append(h.title))
    handles = [runner.start(f"t{i}", echo, i, suffix="!") for i in range(3)]
    assert len(runner.active()) == 3
    assert runner.wait_idle(5)
    assert [h.result for h in handles] == ["0!", "1!", "2!"]
    assert started == ["t0", "t1", "t2"]


def test_wait_idle_times_out_on_a_stuck_task(qtbot, runner):
    def stuck(*, progress, cancelled):
        while not cancelled():
            time.sleep(0.01)

    handle = runner.start("stuck", stuck)
    assert runner.wait_idle(0.2) is False
    handle.cancel()
    assert runner.wait_idle(5)
    assert handle.status == "cancelled"


def test_a_failing_callback_is_reported_not_lost(qtbot, runner):
    def ok(*, progress, cancelled):
        return 1

    def bad_callback(result):
        raise RuntimeError("callback broke")

    failures = []
    runner.callback_failed.connect(lambda h, exc: failures.append((h.title, str(exc))))
    handle = runner.start("cb", ok, on_done=bad_callback)
    assert runner.wait_idle(5)
    assert handle.status == "done"
    assert failures == [("cb", "callback broke")]


def test_cyclic_gc_is_off_in_workers_while_tasks_run_and_collected_in_gui_thread(qtbot, runner):
    import gc

    release = threading.Event()
    seen: list[bool] = []

    def task(progress, cancelled):
        seen.append(gc.isenabled())
        release.wait(5)
        return 1

    assert gc.isenabled()
    runner.start("hold", task)
    qtbot.waitUntil(lambda: bool(seen), timeout=5000)
    assert seen == [False] and not gc.isenabled()
    release.set()
    assert runner.wait_idle(5)
    assert gc.isenabled()


def test_a_tasks_garbage_is_collected_in_the_gui_thread_without_walking_the_whole_heap(qtbot, runner):
    """The objects a task made are all young (no collection ran meanwhile): collecting generation 0 frees their
    cycles, in the GUI thread, without the full collection of every long-lived object (0.3-0.5 s of a frozen
    window after each task once geopandas is loaded)."""
    import gc
    import weakref

    class Node:
        other: object = None

    made: list[weakref.ref] = []

    def task(progress, cancelled):
        a, b = Node(), Node()
        a.other, b.other = b, a  # a cycle: only the cyclic collector frees it
        made.append(weakref.ref(a))
        return 1

    collections: list[tuple[int, bool]] = []

    def watch(phase, info):
        if phase == "start":
            collections.append((info["generation"], threading.current_thread() is threading.main_thread()))

    gc.callbacks.append(watch)
    try:
        runner.start("cycle", task)
        assert runner.wait_idle(5)
    finally:
        gc.callbacks.remove(watch)
    assert made and made[0]() is None  # freed
    assert collections and all(in_gui for _, in_gui in collections)
    assert max(generation for generation, _ in collections) < 2  # never the whole heap


def test_a_non_daemon_runner_keeps_the_process_until_its_task_ends(qtbot):
    """The map's runner (daemon=False): exit waits for its short task instead of stopping it inside C++ code."""
    from app.tasks.runner import TaskRunner

    flags: dict[str, bool] = {}

    def note(name: str, *, progress, cancelled) -> str:
        flags[name] = threading.current_thread().daemon
        return name

    for daemon in (True, False):
        runner = TaskRunner(daemon=daemon)
        runner.start("note", note, f"daemon={daemon}")
        assert runner.wait_idle(10)
    assert flags == {"daemon=True": True, "daemon=False": False}
