"""Temporary files of autosaves killed mid-save are removed at the next start, never those of a live session."""

from __future__ import annotations

import os
import subprocess
import sys
import time

from layers.project import recovery as rec


def _dead_pid() -> int:
    proc = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    return int(proc.stdout)


def _old(path, age_s: float = 3600.0):
    path.write_bytes(b"x" * 1000)
    then = time.time() - age_s
    os.utime(path, (then, then))
    return path


def test_leftovers_of_dead_sessions_go_and_the_rest_stays():
    folder = rec.recovery_dir()
    folder.mkdir(parents=True)
    dead, live = _dead_pid(), os.getpid()
    gone = [_old(folder / f".session-{dead}.saving-{dead}-0123abcd.gpkg"),
            _old(folder / f".session-{dead}.saving-{dead}-0123abcd.gpkg-journal"),
            _old(folder / f"session-{dead}.json.tmp")]
    kept = [_old(folder / f".session-{live}.saving-{live}-89abcdef.gpkg"),  # this (live) session's save
            _old(folder / f"session-{live}.json.tmp"),
            (folder / f".session-{dead}.saving-{dead}-fedcba98.gpkg"),  # written just now: never touched
            _old(folder / f"session-{dead}.gpkg"),  # the autosave itself: only the user discards it
            _old(folder / f"session-{dead}.json"),
            _old(folder / f".other.saving-{dead}-0123abcd.gpkg"),  # not an autosave's name
            _old(folder / "notes.txt")]
    kept[2].write_bytes(b"y")
    removed = rec.remove_leftovers()
    assert sorted(removed) == sorted(gone)
    assert not any(p.exists() for p in gone)
    assert all(p.exists() for p in kept)
    assert [r.path for r in rec.pending_recoveries()] == [folder / f"session-{dead}.gpkg"]


def test_no_recovery_folder_is_fine():
    assert not rec.recovery_dir().exists()
    assert rec.remove_leftovers() == []
