"""Kill a process saving a large project with SIGKILL at random moments: the file is always the old or the new one.

A helper process (this file run as a script) imports everything and builds a document with 20 000 points
once, then for each run forks a child that saves version ``i`` over the project (point count and a marker in the
state both say ``i``), kills it with SIGKILL after a random delay of up to three save times, and checks that
the project opens and holds either the last complete version or version ``i``, consistently.
"""

from __future__ import annotations

import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[3]
RUNS = 20  # kills at random moments; 20 land both before and after the replace (P(all one side) < 1e-3)
BASE_POINTS = 20_000

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="needs os.fork and SIGKILL (POSIX)")


def _version_of(path: Path) -> int:
    """The version a project file holds; raises if it is not a complete, consistent project."""
    import pyogrio

    from layers.project import read_state

    state = read_state(path)
    marker = int(state.extra["crash_marker"])
    points = next(st for st in state.layers if st.name == "points")
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as con:
        (count,) = con.execute(f'SELECT COUNT(*) FROM "{points.table}"').fetchone()
        assert con.execute("PRAGMA quick_check").fetchone()[0] == "ok"
    assert pyogrio.read_info(path, layer=points.table)["features"] == count
    if count != BASE_POINTS + marker or points.n_features != count:
        raise AssertionError(f"marker {marker} but {count} points")
    return marker


def _helper(target: Path, runs: int, seed: int) -> None:
    import geopandas as gpd
    import numpy as np

    from layers.document import MapDocument
    from layers.model import Layer, LayerKind
    from layers.project import save_project
    from layers.project.schema import register_extra_state

    rng = np.random.default_rng(seed)
    n = BASE_POINTS + runs + 1
    points = gpd.GeoDataFrame({"id": np.arange(n), "value": rng.random(n)},
                              geometry=gpd.points_from_xy(rng.uniform(300_000, 420_000, n),
                                                          rng.uniform(6_650_000, 6_740_000, n)), crs="EPSG:3067")
    document = MapDocument.default()
    layer = Layer(points.iloc[:BASE_POINTS], "points", kind=LayerKind.TRANSPORT)
    document.layers.append(layer)
    marker = {"value": 0}
    register_extra_state("crash_marker", lambda _doc: marker["value"], lambda _doc, _v: None)
    started = time.perf_counter()
    save_project(document, target)
    save_s = time.perf_counter() - started
    current = 0
    pick = random.Random(seed)
    outcomes = {"old": 0, "new": 0}
    for i in range(1, runs + 1):
        marker["value"] = i
        layer.data = points.iloc[: BASE_POINTS + i]
        pid = os.fork()
        if pid == 0:  # the child: save and exit without any clean-up
            try:
                save_project(document, target)
            finally:
                os._exit(0)
        time.sleep(pick.uniform(0.0, 3.0 * save_s))
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
        found = _version_of(target)
        if found not in (current, i):
            raise AssertionError(f"run {i}: file holds version {found}, expected {current} or {i}")
        outcomes["old" if found == current else "new"] += 1
        current = found
    print(json.dumps({"save_s": save_s, "final": current, **outcomes}))


def test_sigkill_during_save_leaves_the_old_or_the_new_project(tmp_path):
    target = tmp_path / "big.gpkg"
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.run([sys.executable, __file__, str(target), str(RUNS), "7"], capture_output=True, text=True,
                          cwd=ROOT, env=env, timeout=600)
    assert proc.returncode == 0, proc.stderr[-3000:]
    result = json.loads(proc.stdout.strip().splitlines()[-1])
    assert result["old"] + result["new"] == RUNS
    assert result["old"] > 0 and result["new"] > 0, result  # kills landed both before and after the replace
    assert _version_of(target) == result["final"]
    # Killed saves leave temporary files; the next save of that project removes them.
    (tmp_path / f".big.saving-{2**22 + 12345}-0badc0de.gpkg").write_bytes(b"partial")  # a dead pid's
    from layers.document import MapDocument
    from layers.project import load_project, save_project

    document = load_project(target)
    assert len(document.layers.by_name("points").data) == BASE_POINTS + result["final"]
    save_project(MapDocument.default(), target)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["big.gpkg"]


if __name__ == "__main__":
    _helper(Path(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3]))
