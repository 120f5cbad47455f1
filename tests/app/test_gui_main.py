"""app.gui_main: --screenshot has a total time limit that ends the run cleanly (#20, finding 8), and a window
session records its errors (finding 9)."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import geopandas as gpd
import shapely

ROOT = Path(__file__).resolve().parents[2]


def _run(*args: str, timeout: float = 120) -> subprocess.CompletedProcess:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    return subprocess.run([sys.executable, "-m", "app.cli", *args], cwd=ROOT, env=env, capture_output=True,
                          text=True, timeout=timeout)


def _geojson(folder: Path) -> Path:
    path = folder / "stops.geojson"
    gdf = gpd.GeoDataFrame({"n": range(300)}, crs="EPSG:4326",
                           geometry=[shapely.Point(24.6 + i / 1000, 60.2) for i in range(300)])
    gdf.to_file(path, driver="GeoJSON")
    return path


def test_the_time_limit_ends_the_run_with_one_clear_line(tmp_path):
    out = tmp_path / "shot.png"
    started = time.monotonic()
    res = _run(str(_geojson(tmp_path)), "--screenshot", str(out), "--timeout", "0.2")
    took = time.monotonic() - started
    assert res.returncode == 2, res.stderr
    last = res.stderr.strip().splitlines()[-1]
    assert last.startswith("regionmap: --screenshot: not finished within the time limit of 0.2 s"), res.stderr
    assert "--timeout SECONDS" in last
    assert "Traceback" not in res.stderr and "Exception in thread" not in res.stderr
    assert not out.exists()
    assert took < 60


def test_timeout_needs_screenshot_and_a_sensible_value(tmp_path):
    alone = _run("--timeout", "5")
    assert alone.returncode == 2 and "--timeout only applies with --screenshot" in alone.stderr.splitlines()[-1]
    zero = _run("--screenshot", str(tmp_path / "x.png"), "--timeout", "0")
    assert zero.returncode == 2 and "more than 0" in zero.stderr.splitlines()[-1]


def test_a_normal_screenshot_is_unchanged_and_the_session_keeps_a_fault_log(tmp_path):
    out = tmp_path / "shot.png"
    cache = tmp_path / "cache"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CACHE_HOME=str(cache))
    res = subprocess.run([sys.executable, "-m", "app.cli", str(_geojson(tmp_path)), "--screenshot", str(out),
                          "--size", "700x500"], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    assert res.returncode == 0, res.stderr
    assert "regionmap:" not in res.stderr
    from PySide6.QtGui import QImage

    image = QImage(str(out))
    assert (image.width(), image.height()) == (700, 500)
    assert (cache / "regionmap" / "faults.log").exists()  # app.crash_log was installed for the session
