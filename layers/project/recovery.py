"""Autosave and crash recovery.

Each running regionmap writes its recovery project to ``data_dir()/recovery/session-<pid>.gpkg`` (atomically,
with :func:`~layers.project.save.save_project`) every few minutes and after each analysis, plus a small JSON
sidecar naming the project the session was editing.  A clean exit removes both and stamps ``clean-exit``.  On
start, :func:`pending_recoveries` lists recovery files left by sessions that are no longer running: a clean exit
deletes its own file, so what remains is newer than that session's last clean exit, i.e. what a crash left
behind, and the GUI offers to restore it.  (Keyed by session rather than by one global clean-exit time, so that
a second window exiting cleanly cannot hide the crash of the first.)

The GUI asks about each one, newest first (:func:`offer_question`, :func:`offer_details`): Restore, Discard
(:func:`discard` deletes that autosave) or Later (it stays and is offered again at the next start).  Autosaves
older than :data:`OLD_AFTER_DAYS` are marked as old in the question; none is ever deleted without the user
choosing Discard for it, and :func:`discard` refuses anything that is not a recovery file.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import time
from collections.abc import Sequence
from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING

from layers.project.save import TEMP_MARK, process_alive
from layers.tasks import CancelledFn, ProgressFn, never_cancelled, no_progress
from layers.userdirs import data_dir

if TYPE_CHECKING:
    from layers.document import MapDocument

AUTOSAVE_INTERVAL_S = 180
PREFIX = "session-"
OLD_AFTER_DAYS = 14  # older autosaves are marked as old when offered (never deleted unasked)
DAY_S = 24 * 3600
LISTED_OTHERS = 5  # at most this many other autosaves are named in the question


class Choice(Enum):
    """The answers to the offer of an autosave."""

    RESTORE = "restore"  # open it (and delete it once it is open; the session autosaves it anew)
    DISCARD = "discard"  # delete it
    LATER = "later"  # keep it and ask again at the next start


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

    def age_days(self, now: float | None = None) -> int:
        """Whole days since the autosave."""
        return max(0, int(((time.time() if now is None else now) - self.saved_at) // DAY_S))

    def is_old(self, now: float | None = None) -> bool:
        return self.age_days(now) >= OLD_AFTER_DAYS

    def label(self, now: float | None = None) -> str:
        """The description, marked as old when the autosave is older than :data:`OLD_AFTER_DAYS`."""
        if self.is_old(now):
            return f"{self.description} (old: {self.age_days(now)} days ago)"
        return self.description


def offer_question(found: Recovery, now: float | None = None) -> str:
    """The question the GUI asks about ``found`` (the newest pending autosave not yet answered)."""
    return f"regionmap did not close properly last time. An autosaved copy exists: {found.label(now)}."


def offer_details(found: Recovery, others: Sequence[Recovery], now: float | None = None) -> str:
    """What each answer does, and which other autosaves are kept (old ones marked)."""
    lines = ["Restore opens the autosaved copy; your saved project file is not changed until you save.",
             "Discard deletes this autosaved copy.", "Later keeps it and asks again at the next start."]
    if found.is_old(now):
        lines.append(f"This autosave is older than {OLD_AFTER_DAYS} days.")
    if others:
        lines.append(f"{len(others)} other autosaved {'copy is' if len(others) == 1 else 'copies are'} kept "
                     "and will be offered after this one:")
        lines += [f"  • {other.label(now)}" for other in others[:LISTED_OTHERS]]
        if len(others) > LISTED_OTHERS:
            lines.append(f"  • and {len(others) - LISTED_OTHERS} more")
    return "\n".join(lines)


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


# What a session killed while autosaving leaves: the temporary save (with SQLite's side files) and the sidecar's
# temporary copy.  Group "owner" is the session's pid, group "writer" the pid of the process that wrote it.
_LEFTOVER = re.compile(rf"^\.{PREFIX}(?P<owner>\d+){re.escape(TEMP_MARK)}(?P<writer>\d+)-[0-9a-f]+"
                       r"\.gpkg(-journal|-wal|-shm)?$"
                       rf"|^{PREFIX}(?P<sidecar>\d+)\.json\.tmp$")
LEFTOVER_MIN_AGE_S = 60.0  # never touch a file written in the last minute, whoever wrote it


def remove_leftovers(now: float | None = None) -> list[Path]:
    """Delete the temporary files of autosaves whose sessions died mid-save; return what was deleted.

    Only files named as an autosave's temporary copy are considered, and one is deleted only when every
    process its name mentions has ended and it was last written over :data:`LEFTOVER_MIN_AGE_S` ago, so a
    save still running (in this or another live session) is never touched.  The autosaves themselves are
    not: they are offered, and go only when the user chooses.
    """
    folder = recovery_dir()
    if not folder.is_dir():
        return []
    now = time.time() if now is None else now
    removed = []
    for path in folder.iterdir():
        match = _LEFTOVER.match(path.name)
        if match is None:
            continue
        pids = [int(v) for v in match.group("owner", "writer", "sidecar") if v is not None]
        if any(process_alive(pid) for pid in pids):
            continue
        try:
            if now - path.stat().st_mtime < LEFTOVER_MIN_AGE_S or not path.is_file():
                continue
            path.unlink()
        except OSError:
            continue
        removed.append(path)
    return removed


def is_recovery_file(path: Path) -> bool:
    """True for a session's recovery file in :func:`recovery_dir` (never a project the user saved)."""
    return (path.suffix == ".gpkg" and path.name.startswith(PREFIX)
            and path.resolve().parent == recovery_dir().resolve())


def discard(recovery: Recovery | Path) -> None:
    """Delete a recovery file and its sidecar (after restoring it or when the user chose Discard)."""
    path = recovery.path if isinstance(recovery, Recovery) else recovery
    if not is_recovery_file(path):
        raise ValueError(f"{path} is not an autosave in {recovery_dir()}; it was not deleted")
    for p in (path, _sidecar(path)):
        with contextlib.suppress(OSError):
            p.unlink()


def clean_exit() -> None:
    """Called when the app closes normally: remove this session's recovery file and stamp the clean exit."""
    discard(recovery_path())
    with contextlib.suppress(OSError):
        recovery_dir().mkdir(parents=True, exist_ok=True)
        _clean_exit_stamp().write_text(str(time.time()), encoding="utf-8")
