"""Autosave to a recovery file; a crashed session's file is offered on the next start; a clean exit removes it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from layers.model import Layer, LayerKind
from layers.project import load_project, save_project
from layers.project import recovery as rec

ROOT = Path(__file__).resolve().parents[3]


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


def _dead_autosave(document, pid: int, saved_at: float, project: Path | None = None) -> Path:
    """An autosave as a crashed session (``pid`` no longer running) left it, written at ``saved_at``."""
    path = rec.write_recovery(document, project=project)
    dead = rec.recovery_path(pid=pid)
    os.replace(path, dead)
    meta = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
    dead.with_suffix(".json").write_text(json.dumps({**meta, "pid": pid, "saved_at": saved_at}), encoding="utf-8")
    path.with_suffix(".json").unlink()
    return dead


@pytest.fixture()
def own_recovery_dir(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    return rec.recovery_dir()


def test_old_autosaves_are_marked_as_old_and_kept(document, own_recovery_dir, tmp_path):
    now = time.time()
    recent = _dead_autosave(document, 2**22 + 11, now - 3600, project=tmp_path / "plan.gpkg")
    old = _dead_autosave(document, 2**22 + 12, now - (rec.OLD_AFTER_DAYS + 6) * rec.DAY_S)
    pending = rec.pending_recoveries()
    assert [r.path for r in pending] == [recent, old]  # newest first
    newest, oldest = pending
    assert not newest.is_old(now) and oldest.is_old(now) and oldest.age_days(now) == rec.OLD_AFTER_DAYS + 6
    assert "old" not in rec.offer_question(newest, now)
    assert f"(old: {rec.OLD_AFTER_DAYS + 6} days ago)" in rec.offer_question(oldest, now)
    details = rec.offer_details(newest, [oldest], now)
    assert "1 other autosaved copy is kept" in details and oldest.label(now) in details and "(old:" in details
    assert f"older than {rec.OLD_AFTER_DAYS} days" in rec.offer_details(oldest, [], now)
    assert recent.exists() and old.exists() and len(rec.pending_recoveries()) == 2  # nothing deleted unasked


def test_the_offer_names_at_most_a_few_other_autosaves(document, own_recovery_dir):
    now = time.time()
    for i in range(rec.LISTED_OTHERS + 3):
        _dead_autosave(document, 2**22 + 100 + i, now - i * 60)
    first, *others = rec.pending_recoveries()
    details = rec.offer_details(first, others, now)
    assert f"{rec.LISTED_OTHERS + 2} other autosaved copies are kept" in details
    assert details.count("•") == rec.LISTED_OTHERS + 1 and "and 2 more" in details


def test_discard_refuses_anything_but_an_autosave(document, own_recovery_dir, tmp_path):
    project = tmp_path / "session-plan.gpkg"  # a saved project, even one named like an autosave
    save_project(document, project)
    with pytest.raises(ValueError, match="not an autosave"):
        rec.discard(project)
    with pytest.raises(ValueError, match="not an autosave"):
        rec.discard(rec.recovery_dir() / "notes.gpkg")
    assert project.exists() and load_project(project).layers.by_name(document.region_layer.name) is not None
