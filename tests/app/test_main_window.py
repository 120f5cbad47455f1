"""MainWindow: menus, status bar coordinates and scale, schematic banner, path handlers, close guards, tasks."""

from __future__ import annotations

import re
import subprocess
import sys
import time
from pathlib import Path

import pytest

pytestmark = pytest.mark.gui
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture()
def window(bare_window):
    bare_window.canvas.zoom_to_region()
    return bare_window


def test_menus_in_order(window):
    assert list(window.menus) == ["file", "edit", "view", "layer", "region", "analysis", "help"]
    titles = [a.text().replace("&", "") for a in window.menuBar().actions()]
    assert titles == ["File", "Edit", "View", "Layer", "Region", "Analysis", "Help"]
    for key in ("zoom_in", "zoom_out", "zoom_region", "about"):
        assert key in window.actions


def test_view_actions_zoom(window):
    c = window.canvas
    mpp = c.metres_per_pixel()
    window.actions["zoom_in"].trigger()
    assert c.metres_per_pixel() == pytest.approx(mpp / 2)
    window.actions["zoom_out"].trigger()
    window.actions["zoom_out"].trigger()
    assert c.metres_per_pixel() == pytest.approx(mpp * 2)
    window.actions["zoom_region"].trigger()
    assert c.metres_per_pixel() == pytest.approx(mpp)


def test_status_bar_shows_3067_and_wgs84_of_the_cursor(window, qtbot):
    from PySide6.QtCore import QPoint

    from layers.crs import transformer

    # Helsinki Senate Square, about 60.1695 N 24.9525 E
    x, y = transformer("EPSG:4326", "EPSG:3067").transform(24.9525, 60.1695)
    c = window.canvas
    c.set_extent((x - 5000, y - 5000, x + 5000, y + 5000))
    px, py = c.to_screen(x, y)
    qtbot.mouseMove(c, QPoint(round(px), round(py)))
    qtbot.waitUntil(lambda: "°" in window.status_line.coord_label.text(), timeout=3000)
    text = window.status_line.coord_label.text()
    lat = float(re.search(r"([\d.]+)° N", text).group(1))
    lon = float(re.search(r"([\d.]+)° E", text).group(1))
    assert lat == pytest.approx(60.17, abs=0.01) and lon == pytest.approx(24.95, abs=0.01)
    east = float(re.search(r"E ([\d ]+)\s+N", text).group(1).replace(" ", ""))
    assert east == pytest.approx(x, abs=2 * c.metres_per_pixel())
    assert "EPSG:3067" in text


def test_scale_label_follows_zoom(window):
    def denominator() -> float:
        return float(window.status_line.scale_label.text().split(":")[1].replace(" ", ""))

    before = denominator()
    assert before == pytest.approx(window.canvas.scale_denominator(), rel=0.02)
    window.actions["zoom_in"].trigger()
    assert denominator() == pytest.approx(before / 2, rel=0.02)


def test_schematic_banner_shown_then_hidden_after_set_boundaries(window, document):
    from app.main_window import LOAD_BOUNDARIES_TEXT, SCHEMATIC_BANNER

    assert window.banner_visible()
    assert SCHEMATIC_BANNER in window.message_bar.texts()
    item = next(i for i in window.message_bar.items() if i.text == SCHEMATIC_BANNER)
    assert item.action_button is not None and item.action_button.text() == LOAD_BOUNDARIES_TEXT
    triggered = []
    from PySide6.QtGui import QAction

    action = QAction("load", window)
    action.triggered.connect(lambda: triggered.append(True))
    window.actions["load_official_boundaries"] = action
    item.action_button.click()
    assert triggered == [True]
    document.set_boundaries(document.region.municipalities.copy(), "Municipalities (official)", "test boundaries")
    assert not window.banner_visible()
    assert SCHEMATIC_BANNER not in window.message_bar.texts()


def test_message_bar_levels_actions_and_close(window, qtbot):
    clicked = []
    item = window.show_message("Saved", "info", "Undo", lambda: clicked.append(1))
    item.action_button.click()
    assert clicked == [1]
    err = window.show_error("The file is damaged")
    assert err.level == "error" and "The file is damaged" in window.message_bar.texts()
    err.close_button.click()
    assert "The file is damaged" not in window.message_bar.texts()


def test_open_paths_tries_handlers_in_order(window, tmp_path):
    calls: list[tuple[str, str]] = []
    good = tmp_path / "data.gpkg"
    good.write_text("x")
    other = tmp_path / "notes.txt"
    other.write_text("x")
    window.path_handlers.append(lambda p, kind: calls.append(("first", p.name)) or p.suffix == ".gpkg")
    window.path_handlers.append(lambda p, kind: calls.append(("second", p.name)) or False)
    unhandled = window.open_paths([good, other, tmp_path / "missing.gpkg"])
    # data.gpkg must be read to know whether it is a project: that look is a task, so it is offered after it
    assert calls == [("first", "notes.txt"), ("second", "notes.txt")]
    assert [p.name for p in unhandled] == ["notes.txt", "missing.gpkg"]
    assert window.task_runner.wait_idle(30)
    assert calls[-1] == ("first", "data.gpkg")
    texts = " ".join(window.message_bar.texts())
    assert "notes.txt" in texts and "missing.gpkg" in texts


def test_handler_user_error_goes_to_the_message_bar(window, tmp_path):
    from layers.errors import UserError

    f = tmp_path / "bad.geojson"
    f.write_text("{")

    def handler(path, kind):
        raise UserError(f"{path.name}: not valid GeoJSON; fix the file")

    window.path_handlers.append(handler)
    assert window.open_paths([f]) == []
    assert "bad.geojson: not valid GeoJSON; fix the file" in window.message_bar.texts()


def test_close_guards_are_respected(window):
    answers = [False]
    window.close_guards.append(lambda: answers[0])
    assert window.close() is False
    assert window.isVisible()
    answers[0] = True
    assert window.close() is True


def test_tasks_show_progress_and_cancel_in_the_status_bar(window, qtbot):
    def slow(*, progress, cancelled):
        from layers.tasks import check_cancelled

        for i in range(500):
            check_cancelled(cancelled)
            progress(i / 500, "working")
            time.sleep(0.01)

    handle = window.run_task("Coverage", slow)
    status = window.status_line.task_status
    qtbot.waitUntil(lambda: status.isVisible() and status.bar.value() > 0, timeout=3000)
    assert "Coverage" in status.label.text()
    status.cancel_button.click()
    assert window.task_runner.wait_idle(5)
    assert handle.status == "cancelled"
    assert not status.isVisible()


def test_task_errors_reach_the_message_bar(window):
    from layers.errors import UserError

    def broken(*, progress, cancelled):
        raise UserError("coverage: the service layer is empty; add stops first")

    window.run_task("Coverage", broken)
    assert window.task_runner.wait_idle(5)
    assert "coverage: the service layer is empty; add stops first" in window.message_bar.texts()


def test_about_lists_sources_and_licences(window, document):
    from app.help import sources_html

    text = sources_html(window.document)
    assert "GeoNames" in text and "CC BY 4.0" in text and "Natural Earth" in text
    document.hotspot_layer.attribution = "Test source, CC0"
    assert "Test source, CC0" in sources_html(window.document)


def test_broken_feature_module_does_not_stop_the_window(qtbot, document, monkeypatch):
    import app.features
    from app.main_window import MainWindow

    monkeypatch.setattr(app.features, "FEATURE_MODULES", ["app.no_such_feature_module"])
    w = MainWindow(document)
    qtbot.addWidget(w)
    assert any("no_such_feature_module" in t for t in w.message_bar.texts())
    assert w.installed_features == []


def test_all_feature_modules_install(qtbot, document):
    from app.features import FEATURE_MODULES
    from app.main_window import MainWindow

    w = MainWindow(document)
    qtbot.addWidget(w)
    assert w.installed_features == FEATURE_MODULES, w.message_bar.texts()


def _run_cli(*args: str, env_extra: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    import os

    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", **(env_extra or {}))
    return subprocess.run([sys.executable, "-m", "app.cli", *args], cwd=ROOT, env=env, capture_output=True,
                          text=True, timeout=120)


def test_screenshot_offscreen_and_bad_arguments(tmp_path):
    out = tmp_path / "shot.png"
    res = _run_cli("--screenshot", str(out), "--size", "900x600")
    assert res.returncode == 0, res.stderr
    from PySide6.QtGui import QImage

    image = QImage(str(out))
    assert (image.width(), image.height()) == (900, 600)

    bad = _run_cli("--screenshot", str(tmp_path / "no" / "such" / "dir" / "x.png"))
    assert bad.returncode == 2 and bad.stderr.strip().splitlines()[-1].startswith("regionmap: ")
    assert "Traceback" not in bad.stderr and "does not exist" in bad.stderr
    size = _run_cli("--screenshot", str(out), "--size", "big")
    assert size.returncode == 2 and "WIDTHxHEIGHT" in size.stderr.strip().splitlines()[-1]
    missing = _run_cli("--screenshot", str(out), str(tmp_path / "absent.gpkg"))
    assert missing.returncode == 2 and "absent.gpkg" in missing.stderr.strip().splitlines()[-1]


def test_no_display_is_a_clear_error(tmp_path):
    import os

    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    res = subprocess.run([sys.executable, "-m", "app.cli"], cwd=ROOT, env=env, capture_output=True, text=True,
                         timeout=60)
    assert res.returncode == 2
    last = res.stderr.strip().splitlines()[-1]
    assert last.startswith("regionmap: ") and "QT_QPA_PLATFORM=offscreen" in last


def test_unreachable_x_display_is_a_clear_error():
    import os

    env = {k: v for k, v in os.environ.items() if k not in ("WAYLAND_DISPLAY",)}
    env.update(QT_QPA_PLATFORM="xcb", DISPLAY=":987")
    res = subprocess.run([sys.executable, "-m", "app.cli"], cwd=ROOT, env=env, capture_output=True, text=True,
                         timeout=60)
    assert res.returncode == 2, res.stderr
    last = res.stderr.strip().splitlines()[-1]
    assert last.startswith("regionmap: ") and "':987'" in last and "QT_QPA_PLATFORM=offscreen" in last


def test_x_display_probe():
    from app.gui_main import x_display_reachable

    assert x_display_reachable(":987") is False
    assert x_display_reachable("nonsense") is None


def test_a_layer_that_cannot_be_drawn_is_reported_once_and_the_rest_still_draws(window, document, monkeypatch):
    from app.render.geometry_cache import LayerGeometry

    real_init = LayerGeometry.__init__

    def broken(self, data):
        if "boom" in data.columns:
            raise ValueError("broken geometry")
        real_init(self, data)

    monkeypatch.setattr(LayerGeometry, "__init__", broken)
    from layers.model import Layer

    bad = document.hotspot_layer.data.assign(boom=1)
    document.layers.append(Layer(bad, "Broken layer"))
    window.canvas._render_now()
    window.canvas._render_now()
    texts = [t for t in window.message_bar.texts() if "Broken layer" in t]
    assert len(texts) == 1 and "could not be drawn" in texts[0] and "broken geometry" in texts[0]
    assert window.canvas.is_render_current()


def test_message_timeout_after_the_window_is_gone_is_harmless(qtbot, document):
    from app.main_window import MainWindow

    w = MainWindow(document, install_features=False)
    w.show_message("temporary", "info", timeout_ms=50)
    item = w.show_message("short", "info", timeout_ms=10)
    qtbot.waitUntil(lambda: "short" not in w.message_bar.texts(), timeout=2000)
    assert item is not None
    w.deleteLater()
    qtbot.wait(120)  # the 50 ms timer would fire on a deleted bar: it must die with it


def test_a_deleted_window_no_longer_listens_to_the_document(qtbot, document):
    from PySide6.QtCore import QCoreApplication, QEvent

    from app.main_window import MainWindow

    w = MainWindow(document, install_features=False)
    before_layers = len(document.layers.events._callbacks)
    before_doc = len(document.events._callbacks)
    assert before_layers >= 2 and before_doc >= 1
    w.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    qtbot.wait(10)
    assert len(document.layers.events._callbacks) < before_layers - 1
    assert len(document.events._callbacks) < before_doc
    document.hotspot_layer.visible = False  # no RuntimeError from a deleted canvas
    document.set_boundaries(document.region.municipalities.copy(), "Official", "test")


def test_measure_distance_tool(window, qtbot):
    from PySide6.QtCore import QPoint, Qt
    from PySide6.QtGui import QContextMenuEvent
    from PySide6.QtWidgets import QApplication

    from layers.measure import format_distance

    c = window.canvas
    identified = []
    c.identified.connect(lambda *a: identified.append(a))
    window.actions["measure"].trigger()
    assert c.measuring and window.actions["measure"].isChecked()
    mpp = c.metres_per_pixel()
    qtbot.mouseClick(c, Qt.MouseButton.LeftButton, pos=QPoint(300, 300))
    qtbot.mouseClick(c, Qt.MouseButton.LeftButton, pos=QPoint(400, 300))
    qtbot.mouseMove(c, QPoint(400, 360))
    assert c.measurement.total() == pytest.approx(160 * mpp, rel=1e-6)
    at = QPoint(400, 360)
    QApplication.sendEvent(c, QContextMenuEvent(QContextMenuEvent.Reason.Mouse, at, c.mapToGlobal(at)))
    assert c.measurement.finished and c.measurement.total() == pytest.approx(100 * mpp, rel=1e-6)
    assert f"Distance {format_distance(100 * mpp)}" in window.status_line.hover_label.text()
    assert identified == [], "clicks while measuring must not identify"
    image = c.grab().toImage()
    assert image.pixelColor(350, 300).red() > 150  # the red measuring line is drawn
    qtbot.keyClick(c, Qt.Key.Key_Escape)
    assert c.measuring and not c.measurement.points
    qtbot.keyClick(c, Qt.Key.Key_Escape)
    assert not c.measuring and not window.actions["measure"].isChecked()


def test_format_distance():
    from layers.measure import format_distance

    assert format_distance(842.4) == "842 m"
    assert format_distance(1234.0) == "1.23 km"
    assert format_distance(123_456.0) == "123.5 km"


def test_library_probe():
    from app.gui_main import _have_library

    assert _have_library("c")  # libc is always there
    assert not _have_library("regionmap-no-such-library")


def test_the_look_inside_a_geopackage_or_zip_is_not_on_the_gui_thread(window, tmp_path, monkeypatch):
    """Whether a .gpkg is a project and a .zip a timetable is read off the GUI thread; the handlers get the
    kind when that look is done, and the GUI thread itself only stats the files."""
    import threading

    from layers.project import file_kind, load
    from layers.transit import feed

    threads: list[str] = []
    real_project, real_gtfs = load.is_project, feed.is_gtfs_path
    monkeypatch.setattr(load, "is_project", lambda p: threads.append(threading.current_thread().name)
                        or real_project(p))
    monkeypatch.setattr(feed, "is_gtfs_path", lambda p: threads.append(threading.current_thread().name)
                        or real_gtfs(p))
    got: list[tuple[str, str | None]] = []
    window.path_handlers.insert(0, lambda p, kind: got.append((p.name, kind)) or True)
    data = tmp_path / "data.gpkg"
    data.write_bytes(b"SQLite format 3\x00" + bytes(100))
    archive = tmp_path / "feed.zip"
    import zipfile

    with zipfile.ZipFile(archive, "w") as zf:
        zf.writestr("stops.txt", "stop_id\n")
        zf.writestr("stop_times.txt", "trip_id\n")
    assert window.open_paths([data, archive]) == [] and got == []
    assert window.task_runner.wait_idle(30)
    assert got == [("data.gpkg", None), ("feed.zip", file_kind.GTFS)]
    assert len(threads) == 2 and threading.main_thread().name not in threads
