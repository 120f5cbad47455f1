"""Autosave to a recovery file; a crashed session's file is offered on the next start; a clean exit removes it."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

from layers.model import Layer, LayerKind
from layers.project import load_project
from layers.project import recovery as rec

ROOT = Path(__file__).resolve().parents[1]


def test_own_session_is_not_offered_and_clean_exit_removes_it(document, tmp_path):
    path = rec.write_recovery(document, project=tmp_path / "plan.gpkg")
    assert path == rec.recovery_path()
    assert path.parent == rec.recovery_dir() and str(rec.recovery_dir()).startswith(os.environ["XDG_DATA_HOME"])
    assert rec.pending_recoveries() == []  # this session is alive
    rec.clean_exit()
    assert not path.exists()
    assert rec.pending_recoveries() == []


def test_a_killed_session_leaves_a_recovery_that_restores(tmp_path):
    script = textwrap.dedent("""
        import os, signal
        import geopandas as gpd, shapely
        from layers.document import MapDocument
        from layers.model import Layer
        from layers.project import recovery
        doc = MapDocument.default()
        pts = gpd.GeoDataFrame({"n": [1, 2]}, geometry=[shapely.Point(385000, 6672000),
                               shapely.Point(390000, 6675000)], crs="EPSG:3067")
        doc.layers.append(Layer(pts, "unsaved work", kind="energy", radius_m=2500))
        recovery.write_recovery(doc, project=None)
        os.kill(os.getpid(), signal.SIGKILL)
    """)
    proc = subprocess.run([sys.executable, "-c", script], cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)},
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == -9, proc.stderr
    pending = rec.pending_recoveries()
    assert len(pending) == 1
    found = pending[0]
    assert found.project is None and "unsaved project" in found.description
    doc = load_project(found.path)
    layer = doc.layers.by_name("unsaved work")
    assert layer is not None and layer.kind == LayerKind.ENERGY and layer.radius_m == 2500
    rec.discard(found)
    assert rec.pending_recoveries() == []


def test_recovery_remembers_the_project_path(document, tmp_path):
    document.layers.append(Layer(document.settlement_layer.data.head(3), "three", kind="project"))
    path = rec.write_recovery(document, project=tmp_path / "plan.gpkg")
    dead = rec.recovery_path(pid=2**22 + 4321)  # a pid no process has
    os.replace(path, dead)
    os.replace(path.with_suffix(".json"), dead.with_suffix(".json"))
    pending = rec.pending_recoveries()
    assert [r.path for r in pending] == [dead]
    assert pending[0].project == tmp_path / "plan.gpkg"
    assert "plan.gpkg, autosaved" in pending[0].description
    rec.discard(pending[0])
    assert not dead.exists() and not dead.with_suffix(".json").exists()
