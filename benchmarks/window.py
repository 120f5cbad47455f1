"""The window as a planner waits for it: from Compute on freshly loaded official boundaries to the first table.

Each run is a fresh child process that starts the real window (``QT_QPA_PLATFORM=offscreen``) and then does what
a user does, without think time: Region > Load official boundaries… from the NLS 2023 municipalities file
(/work/shared/data; the 26 of Helsinki-Uusimaa by code, clipped to land: the dialog's defaults) through the
dialog's own reading task, "Use these boundaries"; File > Open data… of a service layer (the real rail stations,
or the HSL stops) through the loader's task, confirmed as transport at the given radius (what the load dialog
offers); Analysis > Coverage check…, Compute.  It times until the Coverage dock's table is first painted with
rows, and the whole process from spawn to that paint.  A ``QTimer`` heartbeat (every 10 ms) measures the GUI
thread's longest stall (the largest gap between ticks, less the interval) in each phase, and a sampler thread
records the GUI thread's stack while it has not ticked for over 100 ms (what blocked it).

Interleaved run by run with the baseline script (benchmarks/baseline_coverage.py, a child process, on the same
layer and the zones regionmap makes, handed to it already written, so it does less than the window), with a cold
zone cache (an empty ``REGIONMAP_CACHE_DIR``: no prepared zones or region) and warm (the same folder again); the
start-up cache of the default region is warm in both (filled by an untimed first start).  ``--code DIR`` adds the
window of another checkout (e.g. a worktree of the code before a change) as a fourth runner in the same rounds.

    PYTHONPATH=. .venv/bin/python benchmarks/window.py [--repeats 3] [--layer rail|stops] [--code DIR]
        [--png OUT.png]   # also save the dock of the last warm run as a picture
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import traceback
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
DATA = Path(os.environ.get("REGIONMAP_SHARED_DATA", "/work/shared/data"))
BOUNDARIES = DATA / "fi_municipalities_2023_nls.geojson"
LAYERS = {"rail": (DATA / "fi_rail_stations_digitraffic_2024.geojson", 1500.0),
          "stops": (DATA / "hsl_stops_2022_central_helsinki.geojson", 300.0)}
OUT_ENV, SPAWN_ENV = "REGIONMAP_BENCH_OUT", "REGIONMAP_BENCH_SPAWN"
TICK_MS = 10
STALL_S = 0.1  # the sampler records the GUI thread's stack while it has not ticked for longer
PHASES = (("start-up", "spawn", "shown"), ("boundaries read", "shown", "boundaries_read"),
          ("boundaries used", "boundaries_read", "boundaries_used"), ("layer loaded", "boundaries_used", "loaded"),
          ("compute to table", "compute", "first_table"))


# ---- the child: the real window, driven as a user drives it ---------------------------------------------------
class Heartbeat:
    """Ticks of a 10 ms timer on the GUI thread, and a sampler thread that keeps the GUI thread's stack (its
    innermost frames of app/ and layers/) for every 20 ms it has not ticked for more than 100 ms."""

    def __init__(self) -> None:
        from PySide6.QtCore import Qt, QTimer

        self.ticks: list[float] = []
        self.stacks: Counter[str] = Counter()
        self.gui = threading.get_ident()
        self.timer = QTimer()
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(lambda: self.ticks.append(time.time()))
        self._stop = threading.Event()
        self.thread = threading.Thread(target=self._sample, name="stall-sampler", daemon=True)

    def start(self) -> None:
        self.ticks.append(time.time())
        self.timer.start()
        self.thread.start()

    def stop(self) -> None:
        self.timer.stop()
        self._stop.set()

    def _sample(self) -> None:
        while not self._stop.wait(0.02):
            if not self.ticks or time.time() - self.ticks[-1] < STALL_S:
                continue
            frame = sys._current_frames().get(self.gui)
            if frame is None:
                continue
            ours = [f for f in traceback.extract_stack(frame) if "/app/" in f.filename or "/layers/" in f.filename]
            where = " < ".join(f"{Path(f.filename).parent.name}/{Path(f.filename).name}:{f.name}"
                               for f in reversed(ours[-3:])) or "(Qt or a library)"
            self.stacks[where] += 1

    def stalls(self, start: float, end: float) -> tuple[float, float]:
        """(longest gap between ticks less the interval, when it ended) within [start, end]: a gap that crosses
        either end counts with its part inside."""
        best, at = 0.0, start
        for a, b in zip(self.ticks, self.ticks[1:], strict=False):
            inside = min(b, end) - max(a, start)
            if inside > best:
                best, at = inside, min(b, end)
        return max(best - TICK_MS / 1000.0, 0.0), at


def child(layer_key: str, png: str | None) -> int:
    marks: dict[str, float] = {"main": time.time()}
    from PySide6.QtCore import QEvent, QObject, QTimer

    from app.gui_main import _make_unattended, make_application

    app = make_application([])
    from app.coverage.panel import CoveragePanel
    from app.io import loader as loader_module
    from app.io.boundaries_dialog import BOUNDARIES as BOUNDARIES_KEY
    from app.io.load_dialog import LoadChoice
    from app.main_window import MainWindow
    from app.startup_cache import default_region_cached
    from layers.coverage import network_compute
    from layers.document import MapDocument
    from layers.model import LayerKind

    window = MainWindow(MapDocument(default_region_cached()))
    _make_unattended(window)
    window.resize(1400, 900)
    window.show()
    window.canvas.zoom_to_region()
    beat = Heartbeat()
    path, radius = LAYERS[layer_key]
    task_run = network_compute.run

    def timed_run(*args: Any, **kwargs: Any) -> Any:  # the Compute task in its worker: when it ends
        out = task_run(*args, **kwargs)
        marks["task_done"] = time.time()
        return out

    network_compute.run = timed_run  # type: ignore[assignment]  # compute_task looks it up when Compute is pressed
    from app.tasks import runner

    finished = runner._GcGuard.task_finished

    def timed_finished() -> None:  # the collection of the task's garbage on the GUI thread, when the last one ends
        start = time.time()
        finished()
        gc_times.append(time.time() - start)

    runner._GcGuard.task_finished = timed_finished  # type: ignore[method-assign]
    gc_times: list[float] = []
    loader_module.CONFIRM = lambda loaded, name, parent: LoadChoice(name, LayerKind.TRANSPORT, radius)

    class FirstPaint(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if (event.type() == QEvent.Type.Paint and "compute" in marks and "first_table" not in marks
                    and panel.table.model() is not None and panel.table.model().rowCount() > 0):
                marks["first_table"] = time.time()
                for profile in profiles:
                    profile.disable()
            return False

    found = window.findChild(CoveragePanel)
    assert found is not None, "the window has no Coverage dock"
    panel: CoveragePanel = found
    painted = FirstPaint()
    panel.table.viewport().installEventFilter(painted)
    failure: list[str] = []
    profiles: list[Any] = []

    def script():  # type: ignore[no-untyped-def]
        marks["shown"] = time.time()
        window.actions["load_official_boundaries"].trigger()
        dialog = window.features.get(BOUNDARIES_KEY).dialog
        dialog.from_file.setChecked(True)
        dialog.path_edit.setText(str(BOUNDARIES))
        dialog.read_source()
        yield lambda: dialog.ok_button.isEnabled() or bool(dialog.error)
        if dialog.error:
            raise RuntimeError(f"boundaries: {dialog.error}")
        marks["boundaries_read"] = time.time()
        dialog.ok_button.click()
        marks["boundaries_used"] = time.time()
        yield window.task_runner.is_idle
        window.open_paths([path])
        yield lambda: any(lyr.name == path.stem for lyr in window.document.layers)
        marks["loaded"] = time.time()
        yield window.task_runner.is_idle
        window.actions["coverage"].trigger()
        yield lambda: panel.isVisible()
        marks["compute"] = time.time()
        done = panel._done
        profile = None
        if os.environ.get("REGIONMAP_BENCH_PROFILE"):  # where the GUI thread's time goes once the task is done
            import cProfile

            profile = cProfile.Profile()
            profiles.append(profile)

        def timed_done(computed: Any) -> None:  # the task's result taken in on the GUI thread
            marks["done_start"] = time.time()
            if profile is not None:
                profile.enable()
            done(computed)
            marks["done_end"] = time.time()

        panel._done = timed_done  # type: ignore[method-assign]  # looked up when Compute starts the task
        if profile is not None:
            profile.enable()  # what the click itself does on the GUI thread, then what taking the result in does
        panel.compute_button.click()
        if profile is not None:
            profile.disable()
        yield lambda: "first_table" in marks or panel.status.toPlainText().startswith("Coverage check failed")
        if "first_table" not in marks:
            raise RuntimeError(panel.status.toPlainText())
        yield window.task_runner.is_idle
        marks["idle"] = time.time()

    steps = script()
    waiting: list[Any] = [lambda: True]

    def poll() -> None:
        try:
            while waiting[0]():
                waiting[0] = next(steps)
                if os.environ.get("REGIONMAP_BENCH_TRACE"):
                    print(f"{time.time() - marks['main']:.2f} s: {max(marks, key=lambda k: marks[k])}", file=sys.stderr)
        except StopIteration:
            if os.environ.get("REGIONMAP_BENCH_TRACE"):
                print("script done", file=sys.stderr)
            poller.stop()
            app.exit(0)
        except Exception as exc:
            failure.append(f"{type(exc).__name__}: {exc}")
            poller.stop()
            app.exit(0)

    poller = QTimer()
    poller.setInterval(5)
    poller.timeout.connect(poll)
    beat.start()
    poller.start()
    def give_up() -> None:
        failure.append("time limit of 600 s")
        app.exit(0)

    QTimer.singleShot(600_000, give_up)
    app.exec()
    beat.stop()
    if os.environ.get("REGIONMAP_BENCH_TRACE"):
        print(f"event loop left; tasks: {[h.title for h in window.task_runner.active()]}", file=sys.stderr)
    if png and not failure:
        for _ in range(10):  # the layout requests still queued when the event loop was left
            app.processEvents()
            time.sleep(0.02)
        dock = panel.parentWidget()
        assert dock is not None
        dock.grab().save(png)
    if profiles:
        import pstats

        pstats.Stats(profiles[0], stream=sys.stderr).sort_stats("cumulative").print_stats(45)
    spawn = float(os.environ.get(SPAWN_ENV, marks["main"]))
    marks["spawn"] = spawn
    out: dict[str, Any] = {"failure": failure, "marks": marks,
                           "rows": panel.table.model().rowCount() if panel.table.model() is not None else 0}
    for name, a, b in PHASES:
        if a in marks and b in marks:
            stall, at = beat.stalls(marks[a], marks[b])
            out[name] = {"s": marks[b] - marks[a], "stall_s": stall, "stall_at_s": at - marks[a]}
    if "first_table" in marks:
        out["whole"] = marks["first_table"] - spawn
        out["longest stall"] = beat.stalls(marks["shown"], marks["first_table"])[0]
        if "task_done" in marks:
            out["compute task"] = marks["task_done"] - marks["compute"]
            out["after the task"] = marks["first_table"] - marks["task_done"]
        if "done_end" in marks:
            out["result taken in"] = marks["done_end"] - marks["done_start"]
            out["then to the first paint"] = marks["first_table"] - marks["done_end"]
    out["gc after tasks"] = gc_times
    out["stall stacks (s)"] = {k: round(v * 0.02, 2) for k, v in beat.stacks.most_common(8)}
    Path(os.environ[OUT_ENV]).write_text(json.dumps(out), encoding="utf-8")
    window.close_guards.clear()
    window.close()
    return 1 if failure else 0


# ---- the parent: interleaved runs, medians, ratios -------------------------------------------------------------
def window_run(code: Path, layer: str, env: dict[str, str], png: str | None = None) -> dict[str, Any]:
    from benchmarks.coverage import run_child

    with tempfile.TemporaryDirectory(prefix="regionmap-bench-window-") as tmp:
        out = Path(tmp) / "out.json"
        cmd = [sys.executable, str(Path(__file__).resolve()), "--child", "--layer", layer]
        if png:
            cmd += ["--png", png]
        run_env = {**env, OUT_ENV: str(out), SPAWN_ENV: f"{time.time():.6f}", "XDG_DATA_HOME": str(Path(tmp) / "data"),
                   "PYTHONPATH": str(code), "QT_QPA_PLATFORM": "offscreen"}
        wall, cpu, peak, done = run_child_in(code, cmd, run_env, run_child)
        got = json.loads(out.read_text(encoding="utf-8")) if out.is_file() else {"failure": ["no output"]}
    got.update(process_s=wall, cpu_s=cpu, peak_mb=peak)
    if got["failure"] or not done:
        raise RuntimeError(f"window run failed: {got['failure']}")
    return got


def run_child_in(code: Path, cmd: list[str], env: dict[str, str], run_child: Any) -> tuple[float, float, float, bool]:
    import benchmarks.coverage as coverage

    saved = coverage.ROOT
    coverage.ROOT = code  # the child's working folder: the checkout whose window runs
    try:
        return run_child(cmd, env, 900.0)  # type: ignore[no-any-return]
    finally:
        coverage.ROOT = saved


def med(values: list[float]) -> float:
    return statistics.median(values) if values else float("nan")


def report(runs: dict[str, list[dict[str, Any]]], baseline: list[tuple[float, float]]) -> str:
    base_wall, base_cpu = med([w for w, _ in baseline]), med([c for _, c in baseline])
    lines = [f"baseline script (whole process, zones handed to it written): {base_wall:.2f} s (CPU {base_cpu:.2f} s)",
             "", "| figure (median) | " + " | ".join(runs) + " |", "|---|" + "---|" * len(runs)]

    def row(label: str, get: Any, unit: str = "s") -> None:
        cells = []
        for got in runs.values():
            values = [v for v in (get(g) for g in got) if v is not None]
            cells.append(f"{med(values):.2f} {unit}" if values else "—")
        lines.append(f"| {label} | " + " | ".join(cells) + " |")

    row("whole process: spawn to first table", lambda g: g.get("whole"))
    for name, _, _ in PHASES:
        row(f"  {name}", lambda g, n=name: g.get(n, {}).get("s"))
    row("  of Compute: the task (worker)", lambda g: g.get("compute task"))
    row("  of Compute: task done to table painted (GUI thread)", lambda g: g.get("after the task"))
    row("    of which the result taken in (the dock's callback)", lambda g: g.get("result taken in"))
    row("    of which the gc after the task", lambda g: g["gc after tasks"][-1] if g.get("gc after tasks") else None)
    row("longest GUI stall, shown to first table", lambda g: g.get("longest stall"))
    for name, _, _ in PHASES:
        row(f"  longest stall: {name}", lambda g, n=name: g.get(n, {}).get("stall_s"))
    row("process CPU to exit", lambda g: g["cpu_s"])
    row("peak RSS", lambda g: g["peak_mb"], "MB")
    lines.append("")
    for label, got in runs.items():
        whole = med([g["whole"] for g in got])
        compute = med([g["compute to table"]["s"] for g in got])
        cpu = med([g["cpu_s"] for g in got])
        lines.append(f"{label}: whole / baseline {whole / base_wall:.2f}x; compute to table / baseline "
                     f"{compute / base_wall:.2f}x; CPU to exit / baseline CPU {cpu / base_cpu:.2f}x")
        lines.append(f"  GUI-thread stalls > {STALL_S * 1000:.0f} ms, where (last run): "
                     f"{json.dumps(got[-1]['stall stacks (s)'])}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--layer", choices=sorted(LAYERS), default="rail")
    parser.add_argument("--code", type=Path, help="also run the window of this checkout (e.g. the code before)")
    parser.add_argument("--png", help="save the Coverage dock of the last warm run (ours) as a picture")
    args = parser.parse_args(argv)
    if args.child:
        sys.path.insert(0, os.getcwd())  # the checkout whose window runs (the parent sets the working folder)
        return child(args.layer, args.png)
    sys.path.insert(0, str(ROOT))
    if not BOUNDARIES.is_file():
        print(f"benchmarks/window.py: {BOUNDARIES} is missing; point REGIONMAP_SHARED_DATA at the shared data")
        return 2
    from benchmarks.coverage import compile_sources, region_zones, run_child

    compile_sources()
    if args.code:  # the other checkout's modules byte-compiled too, as installed
        subprocess.run([sys.executable, "-m", "compileall", "-q", "app", "layers", "resources"], cwd=args.code,
                       check=True, stdout=subprocess.DEVNULL)
    path, radius = LAYERS[args.layer]
    codes = {"window (this code)": ROOT} | ({f"window ({args.code})": args.code.resolve()} if args.code else {})
    with tempfile.TemporaryDirectory(prefix="regionmap-bench-window-") as work:
        zones = region_zones("26")
        frame = zones.frame.assign(zone=zones.frame["code"] + " " + zones.frame["zone"])[["zone", "geometry"]]
        frame.to_parquet(Path(work) / "zones.parquet")
        env = {**os.environ, "XDG_CACHE_HOME": str(Path(work) / "xdg-cache"),
               "XDG_CONFIG_HOME": str(Path(work) / "xdg-config")}
        for code in codes.values():  # untimed: the start-up cache of the default region, as after a first start
            window_run(code, args.layer, {**env, "REGIONMAP_CACHE_DIR": str(Path(work) / "warmup")})
        baseline_cmd = [sys.executable, str(ROOT / "benchmarks" / "baseline_coverage.py"),
                        str(Path(work) / "zones.parquet"), f"{path}:{radius:g}"]
        runs: dict[str, list[dict[str, Any]]] = {}
        baseline: list[tuple[float, float]] = []
        for k in range(args.repeats):
            wall, cpu, _, _ = run_child(baseline_cmd, env, 900.0)
            baseline.append((wall, cpu))
            print(f"round {k + 1}: baseline {wall:.2f} s", flush=True)
            for label, code in codes.items():
                with tempfile.TemporaryDirectory(prefix="regionmap-bench-zones-") as cache:
                    for state in ("cold", "warm"):
                        png = args.png if (k == args.repeats - 1 and state == "warm" and code == ROOT) else None
                        got = window_run(code, args.layer, {**env, "REGIONMAP_CACHE_DIR": cache}, png)
                        runs.setdefault(f"{label}, {state}", []).append(got)
                        print(f"  {label}, {state}: whole {got['whole']:.2f} s, compute to table "
                              f"{got['compute to table']['s']:.2f} s, longest stall {got['longest stall']:.3f} s, "
                              f"{got['rows']} rows", flush=True)
    print(f"\nlayer: {path.name} at {radius:g} m; {args.repeats} interleaved round(s); load average "
          f"{os.getloadavg()[0]:.1f} at the end")
    print(report(runs, baseline))
    return 0


if __name__ == "__main__":
    sys.exit(main())
