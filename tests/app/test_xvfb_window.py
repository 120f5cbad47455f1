"""Start the real app on a real X server (Xvfb), take a screenshot and check it shows the map."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import numpy as np
import pytest

pytestmark = [pytest.mark.xvfb, pytest.mark.gui]
ROOT = Path(__file__).resolve().parents[2]


def _free_display() -> int:
    for n in range(90, 190):
        if not Path(f"/tmp/.X{n}-lock").exists() and not Path(f"/tmp/.X11-unix/X{n}").exists():
            return n
    raise RuntimeError("no free X display number between :90 and :189")


@pytest.fixture()
def xvfb():
    if shutil.which("Xvfb") is None:
        pytest.skip("Xvfb is not installed (make test installs it: apt-get install xvfb)")
    for _attempt in range(3):
        n = _free_display()
        proc = subprocess.Popen(["Xvfb", f":{n}", "-screen", "0", "1600x1000x24", "-nolisten", "tcp"],
                                stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline and proc.poll() is None:
            if Path(f"/tmp/.X11-unix/X{n}").exists():
                break
            time.sleep(0.05)
        if proc.poll() is None:
            break
    else:
        pytest.fail("Xvfb did not start")
    try:
        yield f":{n}"
    finally:
        proc.terminate()
        try:
            proc.wait(5)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(5)


def test_app_window_screenshot_under_xvfb(xvfb, tmp_path):
    from PySide6.QtGui import QImage

    from app.render.painter import LAND_COLOUR, SEA_COLOUR
    from layers.model import DEFAULT_STYLES, LayerKind

    out = tmp_path / "out.png"
    env = dict(os.environ, QT_QPA_PLATFORM="xcb", DISPLAY=xvfb)
    res = subprocess.run([sys.executable, "-m", "app.cli", "--screenshot", str(out), "--size", "1400x900"],
                         cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    assert res.returncode == 0, res.stderr
    image = QImage(str(out)).convertToFormat(QImage.Format.Format_RGB32)
    assert (image.width(), image.height()) == (1400, 900)
    px = np.frombuffer(image.constBits(), dtype=np.uint32, count=900 * image.bytesPerLine() // 4)
    px = px.reshape(900, -1)[:, :1400] & 0xFFFFFF
    assert len(np.unique(px)) > 200, "screenshot looks blank"

    def share(hex_colour: str, tol: int = 6) -> float:
        c = int(hex_colour.lstrip("#"), 16)
        r, g, b = (px >> 16) & 255, (px >> 8) & 255, px & 255
        return float(((abs(r - (c >> 16)) <= tol) & (abs(g - ((c >> 8) & 255)) <= tol)
                      & (abs(b - (c & 255)) <= tol)).mean())

    assert share(SEA_COLOUR) > 0.10, "sea not visible"
    assert share(LAND_COLOUR) > 0.03, "land outside the region not visible"
    # In-between areas: their green blended over land.
    r, g, b = (px >> 16) & 255, (px >> 8) & 255, px & 255
    assert ((g > r) & (g > b) & (r > 200)).mean() > 0.10, "in-between areas (region) not in view"
    hot = DEFAULT_STYLES[LayerKind.HOTSPOT].fill
    hr = int(hot[1:3], 16)
    assert ((abs(r - hr) < 30) & (g < 180) & (b < 140)).mean() > 0.002, "hot spots not visible"
    # The schematic banner (warning yellow) is shown above the map.
    assert share("#fff4d6", 2) > 0.005, "schematic banner missing"
