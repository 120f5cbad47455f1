"""Where regionmap keeps its files for this user, and the log of unexpected errors.

Kept apart from the command-line convention (:mod:`layers.commands.support`) because readers, caches and the
GUI need the folders without any of the CLI: the WFS download cache and the autosaves live in :func:`data_dir`,
the startup cache and the log in :func:`cache_dir`.  Both follow the XDG variables, so tests (and users) can
move them.
"""

from __future__ import annotations

import os
import traceback
from datetime import datetime
from pathlib import Path


def cache_dir() -> Path:
    """Files that can be rebuilt (startup cache, log): ``$XDG_CACHE_HOME/regionmap`` or ``~/.cache/regionmap``."""
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "regionmap"


def data_dir() -> Path:
    """Files worth keeping (downloads for offline use, autosaves): ``$XDG_DATA_HOME/regionmap`` or
    ``~/.local/share/regionmap``."""
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "regionmap"


def log_path() -> Path:
    return cache_dir() / "regionmap.log"


def log_exception(exc: BaseException, context: str = "") -> Path | None:
    """Append the traceback to the log file; return its path (None if even that failed)."""
    path = log_path()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with open(path, "a", encoding="utf-8") as fh:
            fh.write(f"--- {datetime.now().isoformat(timespec='seconds')} {context}\n")
            fh.write("".join(traceback.format_exception(exc)))
        return path
    except OSError:
        return None
