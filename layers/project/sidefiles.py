"""SQLite's side files beside a project that is about to be replaced: settle them first, or refuse.

SQLite keeps a rollback journal (``P.gpkg-journal``) or a write-ahead log (``P.gpkg-wal`` with ``P.gpkg-shm``)
*next to* the database, found by name.  A program that crashed in the middle of a transaction (a GIS editor
with the project open) leaves them behind.  ``os.replace`` swaps only the database file, so SQLite would pair
the old side files with the new file on its next open: it rolls the journal "back" into the new file or plays
the old WAL frames over it, and the new project is damaged for good ("malformed database schema").

So before the rename, :func:`settle_side_files` lets SQLite finish its own recovery on the *old* file (the one
the side files belong to): it opens it read-write, switches it to the rollback journal mode (which folds a WAL
back in and removes it) and takes an exclusive lock once (which rolls a hot journal back and proves no other
program is writing).  Then the side files are gone and the old file is whole, in case the rename never comes.
What SQLite cannot use (a damaged old file, or side files with no database) is moved aside under a
``.stale-<time>`` name, kept for whoever wants to look.  A file another program still has open is refused with
a clear message: replacing it under that program's feet would damage the new file as soon as it writes.
"""

from __future__ import annotations

import logging
import os
import sqlite3
from datetime import datetime
from pathlib import Path

from layers.errors import UserError
from layers.i18n import translate

log = logging.getLogger(__name__)

SIDE_SUFFIXES = ("-journal", "-wal", "-shm")
_BUSY_CODES = {5, 6}  # SQLITE_BUSY, SQLITE_LOCKED


def side_files(path: Path) -> list[Path]:
    """The SQLite side files that exist beside ``path`` (journal, WAL, shared memory)."""
    return [p for p in (Path(f"{path}{suffix}") for suffix in SIDE_SUFFIXES) if p.exists()]


def settle_side_files(target: Path) -> list[str]:
    """Make sure no side file beside ``target`` can pair with a new file renamed over it.

    Returns what was done, one sentence each (empty when there was nothing to do).  Raises
    :class:`~layers.errors.UserError` when another program has ``target`` open; nothing is changed then.
    """
    found = side_files(target)
    if not found:
        return []
    names = ", ".join(p.name for p in found)
    notes: list[str] = []
    if target.exists():
        try:
            _recover(target)
        except sqlite3.Error as exc:
            if _is_busy(exc):
                raise UserError(translate(
                    "project", "{target}: is open in another program ({names} beside it are in use); close the "
                    "project there (e.g. in QGIS) and save again; nothing was saved").format(
                    target=target, names=names)) from exc
            notes.append(translate(
                "project", "{name}: found {names} left by a program that stopped without closing the file; the old "
                "file could not take them back ({exc}), which does not matter as it is replaced").format(
                name=target.name, names=names, exc=exc))
        else:
            settled = [p.name for p in found if not p.exists()]
            if settled:
                notes.append(translate(
                    "project", "{name}: found {names} left by a program that stopped without closing the file; "
                    "SQLite finished or undid that program's last changes in the old file before this "
                    "save replaced it").format(name=target.name, names=', '.join(settled)))
    else:
        notes.append(translate(
            "project", "{name}: found {names} without their database (left by a program that stopped without "
            "closing the file)").format(name=target.name, names=names))
    stamp = datetime.now().strftime("%Y%m%dT%H%M%S")
    for leftover in side_files(target):
        aside = leftover.with_name(f"{leftover.name}.stale-{stamp}")
        try:
            os.replace(leftover, aside)
        except OSError as exc:
            raise UserError(translate(
                "project", "{leftover}: cannot be moved out of the way ({reason}); it would damage the saved "
                "project; move or delete it and save again; nothing was saved").format(
                leftover=leftover, reason=exc.strerror or exc)) from exc
        notes.append(translate(
            "project", "moved {leftover} to {aside} so that it cannot damage the saved project").format(
            leftover=leftover.name, aside=aside.name))
    for note in notes:
        log.warning("%s", note)
    return notes


def _recover(path: Path) -> None:
    """Let SQLite finish a crashed transaction on ``path`` and drop its WAL; fail if anyone else has it open."""
    con = sqlite3.connect(path, timeout=0.2, isolation_level=None)
    try:
        # In WAL mode this checkpoints the log into the file and deletes it; it needs every other connection
        # gone, so it fails with SQLITE_BUSY while another program has the file open.
        con.execute("PRAGMA journal_mode=DELETE").fetchone()
        # Reading the schema under an exclusive lock rolls back a hot journal and proves nobody is writing.
        con.execute("BEGIN EXCLUSIVE")
        con.execute("SELECT count(*) FROM sqlite_master").fetchone()
        con.execute("COMMIT")
    finally:
        con.close()


def _is_busy(exc: sqlite3.Error) -> bool:
    code = getattr(exc, "sqlite_errorcode", None)  # Python 3.11+; extended codes carry the primary code's byte
    if isinstance(code, int):
        return (code & 0xFF) in _BUSY_CODES
    text = str(exc).lower()
    return "locked" in text or "busy" in text


__all__ = ["SIDE_SUFFIXES", "settle_side_files", "side_files"]
