"""``regionmap [FILE ...] [--screenshot OUT.png] [--size WxH]``: open the window (or render it headless).

Start-up is kept fast: Qt first, the window shown as soon as the default document exists; geopandas, pyproj and
friends load only where they are needed.  Every error of the session is logged (:mod:`app.crash_log`).

``--screenshot`` has a total time limit (``--timeout``, default :data:`SCREENSHOT_TIMEOUT_S`): when it is hit
the run ends at once with exit code 2 and one ``regionmap:`` line, even while files are still being read in
background threads (a watchdog ends the process if the GUI thread itself is stuck).

Set ``REGIONMAP_FIRST_FRAME_EXIT=1`` to print the time of the first
painted frame (seconds since the epoch) and quit; ``benchmarks/startup.py`` uses it.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

from app.qt_compat import protect_none_refcount
from layers.commands.support import EXIT_ERROR, ArgumentParser, print_error
from layers.errors import UserError
from layers.i18n import translate

protect_none_refcount()  # PySide6 6.12 on Python 3.11: see app/qt_compat.py

if TYPE_CHECKING:
    from app.main_window import MainWindow

DEFAULT_SIZE = (1400, 900)
FIRST_FRAME_ENV = "REGIONMAP_FIRST_FRAME_EXIT"
SCREENSHOT_TIMEOUT_S = 120.0  # the whole --screenshot run, start to image
WATCHDOG_GRACE_S = 5.0  # how long after the limit the watchdog waits for the GUI thread to give up by itself


def parse_size(text: str) -> tuple[int, int]:
    parts = text.lower().replace("×", "x").split("x")
    try:
        w, h = (int(p) for p in parts)
    except ValueError:
        raise UserError(translate(
            "cli", "--size {text!r}: expected WIDTHxHEIGHT in pixels, e.g. 1400x900").format(text=text)) from None
    if not (200 <= w <= 10_000 and 150 <= h <= 10_000):
        raise UserError(translate(
            "cli", "--size {text!r}: width must be 200..10000 and height 150..10000 pixels").format(
            text=text))
    return w, h


def build_parser() -> ArgumentParser:
    parser = ArgumentParser(prog="regionmap", description="Open the regionmap window on the Helsinki-Uusimaa region.")
    parser.add_argument("files", nargs="*", metavar="FILE", help="geodata files or a project to open")
    parser.add_argument("--screenshot", metavar="OUT.png", help="render the window to a PNG file and exit")
    parser.add_argument("--size", metavar="WxH", help="window size for --screenshot (default 1400x900)")
    parser.add_argument("--timeout", metavar="SECONDS", type=float,
                        help=f"total time limit of --screenshot (default {SCREENSHOT_TIMEOUT_S:.0f} s)")
    return parser


def _check_output(path: Path) -> Path:
    path = path.expanduser()
    if path.suffix.lower() not in (".png", ".jpg", ".jpeg"):
        raise UserError(translate(
            "cli", "--screenshot {path}: the file name must end in .png (or .jpg)").format(path=path))
    folder = path.resolve().parent
    if not folder.is_dir():
        raise UserError(translate(
            "cli", "--screenshot {path}: the folder {folder} does not exist; create it or choose another").format(
            path=path, folder=folder))
    if not os.access(folder, os.W_OK) or (path.exists() and not os.access(path, os.W_OK)):
        raise UserError(translate(
            "cli", "--screenshot {path}: cannot write there (permission denied); choose another place").format(
            path=path))
    return path


def x_display_reachable(display: str, timeout: float = 2.0) -> bool | None:
    """Whether the X server of ``display`` (``:N``, ``unix:N``, ``host:N``) accepts connections (None: unknown)."""
    import socket

    host, _, rest = display.rpartition(":")
    number = rest.split(".")[0]
    if not number.isdigit():
        return None
    if host in ("", "unix"):
        path = f"/tmp/.X11-unix/X{number}"
        for address in ("\0" + path, path):  # Linux abstract socket first, then the file
            with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as sock:
                sock.settimeout(timeout)
                try:
                    sock.connect(address)
                    return True
                except OSError:
                    continue
        return False
    if host.startswith("/"):  # launchd-style paths (macOS): cannot check cheaply
        return None
    try:
        with socket.create_connection((host, 6000 + int(number)), timeout=timeout):
            return True
    except OSError:
        return False


def _check_x11(display: str) -> None:
    """Qt aborts the process when it cannot reach the X server or load its xcb plugin: say why first."""
    if x_display_reachable(display) is False:
        raise UserError(translate(
            "cli", "cannot connect to the X display {display!r}; check that the X server runs and DISPLAY is right, "
            "or run headless with QT_QPA_PLATFORM=offscreen").format(display=display))
    if not _have_library("xcb-cursor"):
        raise UserError(translate(
            "cli", "the Qt xcb platform needs the system library libxcb-cursor0; install it (sudo apt-get install "
            "libxcb-cursor0) or run headless with QT_QPA_PLATFORM=offscreen"))


def _have_library(name: str) -> bool:
    """Whether the shared library ``lib<name>.so`` can be found (ldconfig, then the usual folders)."""
    import ctypes.util
    import glob

    if ctypes.util.find_library(name) is not None:
        return True
    patterns = [f"{folder}/lib{name}.so*" for folder in ("/usr/lib", "/lib", "/usr/local/lib", "/usr/lib64", "/lib64")]
    patterns += [f"{folder}/*/lib{name}.so*" for folder in ("/usr/lib", "/lib")]
    for folder in os.environ.get("LD_LIBRARY_PATH", "").split(os.pathsep):
        if folder:
            patterns.append(f"{folder}/lib{name}.so*")
    return any(glob.glob(pattern) for pattern in patterns)


def make_application(argv: Sequence[str]):  # type: ignore[no-untyped-def]
    """The QApplication, or a UserError saying why the Qt platform cannot start."""
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if app is not None:
        return app
    platform = os.environ.get("QT_QPA_PLATFORM", "")
    if not platform and sys.platform.startswith("linux") and not (os.environ.get("DISPLAY")
                                                                   or os.environ.get("WAYLAND_DISPLAY")):
        raise UserError(translate(
            "cli", "no display to open the window on (DISPLAY is not set); run it from a desktop session, or "
            "headless with QT_QPA_PLATFORM=offscreen (e.g. for --screenshot)"))
    if platform.startswith("xcb") and not os.environ.get("DISPLAY"):
        raise UserError(translate(
            "cli", "QT_QPA_PLATFORM=xcb but DISPLAY is not set; start an X server or use QT_QPA_PLATFORM=offscreen"))
    uses_x11 = platform.startswith("xcb") or (not platform and sys.platform.startswith("linux")
                                              and not os.environ.get("WAYLAND_DISPLAY"))
    if uses_x11:
        _check_x11(os.environ.get("DISPLAY", ""))
    try:
        app = QApplication([sys.argv[0] if sys.argv else "regionmap"])
    except Exception as exc:  # pragma: no cover - Qt aborts rather than raising in most cases
        raise UserError(translate(
            "cli", "the Qt platform could not start ({exc}); try QT_QPA_PLATFORM=offscreen").format(exc=exc)) from exc
    app.setApplicationName("regionmap")
    app.setOrganizationName("regionmap")
    app.setApplicationDisplayName("regionmap")
    app.setDesktopFileName("regionmap")
    from app import i18n
    from app.settings import Settings

    i18n.install(app, Settings().language())
    return app


def main(argv: Sequence[str]) -> int:
    started = time.monotonic()
    args = build_parser().parse_args(list(argv))
    size = parse_size(args.size) if args.size else DEFAULT_SIZE
    if args.size and not args.screenshot:
        raise UserError(translate("cli", "--size only applies with --screenshot OUT.png"))
    if args.timeout is not None and not args.screenshot:
        raise UserError(translate("cli", "--timeout only applies with --screenshot OUT.png"))
    limit = SCREENSHOT_TIMEOUT_S if args.timeout is None else args.timeout
    if not 0 < limit <= 24 * 3600:
        raise UserError(translate(
            "cli", "--timeout {timeout:g}: give the time limit in seconds, more than 0 and at most 86400").format(
            timeout=args.timeout))
    out = _check_output(Path(args.screenshot)) if args.screenshot else None
    for f in args.files:
        if not Path(f).expanduser().exists():
            raise UserError(translate("cli", "{f}: no such file; check the name and the folder").format(f=f))
    if out is not None and not os.environ.get("QT_QPA_PLATFORM") and not os.environ.get("DISPLAY"):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"  # a screenshot needs no screen

    from app import crash_log

    crash_log.install()
    deadline = started + limit
    if out is not None:
        _start_watchdog(deadline + WATCHDOG_GRACE_S, limit)
    marks: list[tuple[str, float]] = [("main", time.time())]
    app = make_application(argv)
    from PySide6.QtCore import QTimer

    from app.main_window import MainWindow
    from app.startup_cache import default_region_cached
    from layers.document import MapDocument

    marks.append(("qt", time.time()))
    document = MapDocument(default_region_cached())
    marks.append(("document", time.time()))
    window = MainWindow(document)
    crash_log.attach(window)
    marks.append(("window", time.time()))
    if out is not None:
        return _screenshot(app, window, out, size, args.files, deadline, limit)

    window.show()
    window.canvas.zoom_to_region()
    window.canvas.setFocus()  # arrow keys and +/- work at once
    if os.environ.get(FIRST_FRAME_ENV):
        def report() -> None:
            print(" ".join(f"{name} {t:.6f}" for name, t in marks), flush=True)
            print(f"first-frame {time.time():.6f}", flush=True)
            QTimer.singleShot(0, app.quit)

        window.canvas.first_frame.connect(report)
    if args.files:
        QTimer.singleShot(0, lambda: window.open_paths(args.files))
    return int(app.exec())


def _screenshot(app, window, out: Path, size: tuple[int, int],  # type: ignore[no-untyped-def]
                files: Sequence[str], deadline: float | None = None, limit: float = SCREENSHOT_TIMEOUT_S) -> int:
    if deadline is None:
        deadline = time.monotonic() + limit
    _make_unattended(window)
    window.resize(*size)
    window.show()
    for _ in range(5):  # let docks and the message bar settle before fitting the region
        app.processEvents()
    window.canvas.zoom_to_region()
    if files:
        window.open_paths(files)
    # Opening files may start tasks that start more tasks: wait until all are done and the canvas is current.
    while time.monotonic() < deadline:
        window.task_runner.wait_idle(max(0.05, min(0.5, deadline - time.monotonic())))
        app.processEvents()
        if window.task_runner.is_idle():
            break
    if not window.task_runner.is_idle():
        running = window.task_runner.active()
        window.task_runner.cancel_all()
        _give_up(f"--screenshot: not finished within the time limit of {limit:g} s ({len(running)} background "
                 f"task{'s' if len(running) != 1 else ''} still running, e.g. {running[0].title}); open fewer "
                 "files or layers, or give more time with --timeout SECONDS")
    if time.monotonic() > deadline:
        _give_up(f"--screenshot: not finished within the time limit of {limit:g} s; open fewer files or layers, "
                 "or give more time with --timeout SECONDS")
    window.canvas._render_now()
    window.canvas.repaint()
    app.processEvents()
    image = window.grab().toImage()
    if image.width() != size[0] or image.height() != size[1]:
        from PySide6.QtCore import Qt

        image = image.scaled(size[0], size[1], Qt.AspectRatioMode.IgnoreAspectRatio,
                             Qt.TransformationMode.SmoothTransformation)
    if not image.save(str(out)):
        raise UserError(translate(
            "cli", "--screenshot {out}: could not write the image; check the folder and free space").format(
            out=out))
    window.close_guards.clear()  # nothing was edited: a screenshot never asks to save
    window.close()
    return 0


def _give_up(message: str) -> NoReturn:
    """End the process now with the convention's last line and exit code 2.

    Background threads may be inside a file read that cannot be interrupted: waiting for them would break
    the time limit, and letting the interpreter shut down around them can make them raise.  So the process
    ends here, after the message and the log are flushed."""
    import logging

    print_error(message)
    logging.shutdown()
    os._exit(EXIT_ERROR)


def _start_watchdog(at: float, limit: float) -> None:
    """Give up at monotonic time ``at`` even if the GUI thread is stuck in one long call."""
    import threading

    from app import crash_log

    def watch() -> None:
        while (left := at - time.monotonic()) > 0:
            time.sleep(min(left, 1.0))
        crash_log.dump_stacks("--screenshot time limit: the GUI thread did not return")
        _give_up(f"--screenshot: not finished within the time limit of {limit:g} s (still busy in the window; "
                 f"where, is in {crash_log.faults_path()}); open fewer files or layers, or give more time with "
                 "--timeout SECONDS")

    threading.Thread(target=watch, name="screenshot-watchdog", daemon=True).start()


def _make_unattended(window: MainWindow) -> None:
    """A screenshot run shows no modal question (no crash-recovery offer; the autosaves are kept for the next
    interactive start) and writes no autosave of its own.  Called before any event is processed."""
    from app.io.loader import LOADER
    from app.project.actions import PROJECT

    controller = window.features.get(PROJECT)
    if controller is not None:
        controller.set_unattended()
    loader = window.features.get(LOADER)
    if loader is not None:  # files given on the command line load with the defaults, no questions
        loader.unattended = True
