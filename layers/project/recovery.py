"""Autosave and crash recovery.

Each running regionmap writes its recovery project to ``data_dir()/recovery/session-<pid>.gpkg`` (atomically,
with :func:`~layers.project.save.save_project`) every few minutes and after each analysis, plus a small JSON
sidecar naming the project the session was editing.  A clean exit removes both and stamps ``clean-exit``.  On
start, :func:`pending_recoveries` lists recovery files left by sessions that are no longer running: a clean exit
deletes its own file, so what remains is newer than that session's last clean exit, i.e. what a crash left
behind, and the GUI offers to restore it.  (Keyed by session rather than by one global clean-exit time, so that
a second window exiting cleanly cannot hide the crash of the first.)
"""

from __future__ import annotations

import contextlib
import json
import os
import time
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from layers.cli_support import data_dir
from layers.project.save import process_alive
from layers.tasks import CancelledFn, ProgressFn, never_cancelled, no_progress

if TYPE_CHECKING:
    from layers.document import MapDocument

AUTOSAVE_INTERVAL_S = 180
PREFIX = "session-"


def recovery_dir() -> Path:
    return data_dir() / "recovery"


def recovery_path(pid: int | None = None) -> Path:
    return recovery_dir() / f"{PREFIX}{os.getpid() if pid is None else pid}.gpkg"


def _sidecar(path: Path) -> Path:
    return path.with_suffix(".json")


def _clean_exit_stamp() -> Path:
    return recovery_dir() / "clean-exit"


@dataclass(frozen=True)
class Recovery:
    """A recovery file left behind by a session that did not exit cleanly."""

    path: Path
    project: Path | None  # the project file that session was editing (None: never saved)
    saved_at: float  # time.time() of the autosave

    @property
    def description(self) -> str:
        when = time.strftime("%Y-%m-%d %H:%M", time.localtime(self.saved_at))
        what = self.project.name if self.project else "an unsaved project"
        return f"{what}, autosaved {when}"


def write_recovery(
    document: MapDocument,
    project: Path | None = None,
    progress: ProgressFn = no_progress,
    cancelled: CancelledFn = never_cancelled,
) -> Path:
    """Autosave ``document`` to this session's recovery file (atomic; the old copy survives a crash)."""
    from layers.project.save import save_project

    path = recovery_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    save_project(document, path, progress, cancelled)
    meta = {"pid": os.getpid(), "project": str(project) if project else None, "saved_at": time.time()}
    temp = _sidecar(path).with_suffix(".json.tmp")
    temp.write_text(json.dumps(meta), encoding="utf-8")
    os.replace(temp, _sidecar(path))
    return path


def pending_recoveries() -> list[Recovery]:
    """Recovery files of sessions that ended without a clean exit, newest first."""
    folder = recovery_dir()
    if not folder.is_dir():
        return []
    found = []
    for path in folder.glob(f"{PREFIX}*.gpkg"):
        try:
            pid = int(path.stem[len(PREFIX):])
        except ValueError:
            continue
        if process_alive(pid):
            continue
        meta: dict = {}
        with contextlib.suppress(OSError, ValueError):
            meta = json.loads(_sidecar(path).read_text(encoding="utf-8"))
        saved_at = float(meta.get("saved_at") or path.stat().st_mtime)
        project = Path(meta["project"]) if meta.get("project") else None
        found.append(Recovery(path, project, saved_at))
    return sorted(found, key=lambda r: r.saved_at, reverse=True)


def discard(recovery: Recovery | Path) -> None:
    """Delete a recovery file and its sidecar (after restoring it or when the user declines)."""
    path = recovery.path if isinstance(recovery, Recovery) else recovery
    for p in (path, _sidecar(path)):
        with contextlib.suppress(OSError):
            p.unlink()


def clean_exit() -> None:
    """Called when the app closes normally: remove this session's recovery file and stamp the clean exit."""
    discard(recovery_path())
    with contextlib.suppress(OSError):
        recovery_dir().mkdir(parents=True, exist_ok=True)
        _clean_exit_stamp().write_text(str(time.time()), encoding="utf-8")
