"""Every test has its own app data folder (conftest): an autosave one test leaves is never offered in the next.

The two tests run in this order; the first leaves a crashed session's autosave behind on purpose, the second
checks that its own data folder is fresh, while the first one's autosave is still there, i.e. only out of reach.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from layers.project import recovery
from layers.userdirs import data_dir

CRASHED_PID = 2**22 + 777  # above any pid_max: never a running process
left_behind: list[Path] = []  # the autosave the first test leaves, for the second to look for


def _leave_crashed_autosave(document) -> Path:  # type: ignore[no-untyped-def]
    """Write an autosave and make it look like one a crashed session (``CRASHED_PID``) left behind."""
    path = recovery.write_recovery(document, project=None)
    dead = recovery.recovery_path(pid=CRASHED_PID)
    os.replace(path, dead)
    meta = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
    dead.with_suffix(".json").write_text(json.dumps({**meta, "pid": CRASHED_PID}), encoding="utf-8")
    path.with_suffix(".json").unlink()
    return dead


def test_1_a_test_leaves_an_autosave_in_its_data_folder(document):
    dead = _leave_crashed_autosave(document)
    assert dead.is_relative_to(Path(os.environ["XDG_DATA_HOME"])) and dead.parent == recovery.recovery_dir()
    assert [r.path for r in recovery.pending_recoveries()] == [dead]  # this test's window would offer it
    left_behind.append(dead)


def test_2_the_next_test_has_a_fresh_data_folder_and_finds_no_autosave():
    assert not data_dir().exists(), f"{data_dir()} was used before this test"
    assert recovery.pending_recoveries() == []
    for earlier in left_behind:  # (absent when this test runs alone)
        assert earlier.exists(), "the first test's autosave should still exist, only in another folder"
        assert not earlier.is_relative_to(Path(os.environ["XDG_DATA_HOME"]))


def test_the_data_folder_is_below_the_session_temp_and_the_cache_is_shared(tmp_path_factory):
    base = tmp_path_factory.getbasetemp()
    assert Path(os.environ["XDG_DATA_HOME"]).is_relative_to(base)
    assert Path(os.environ["XDG_CACHE_HOME"]) == base / "home" / "cache"  # the start-up cache lasts the session
