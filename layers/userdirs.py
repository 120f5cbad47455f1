"""Where regionmap keeps its files for this user, and the log of unexpected errors.

Kept apart from the command-line convention (:mod:`layers.commands.support`) because readers, caches and the
GUI need the folders without any of the CLI: the WFS download cache and the autosaves live in :func:`data_dir`,
the startup cache and the prepared zones (:func:`zone_cache_dir`) in :func:`cache_dir`, the log in
:func:`log_dir`.  The folders come from ``platformdirs``, so
they are the platform's own on Windows and macOS, and on Linux follow the XDG variables (tests and users can move
them).

The log is written with the standard :mod:`logging` module to a rotated file (:data:`LOG_BYTES` times
:data:`LOG_BACKUPS` at most), so an error in a window started from a desktop icon is recorded somewhere a user
can find and send.
"""

from __future__ import annotations

import logging
import sys
import threading
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

import platformdirs

if TYPE_CHECKING:
    import logging.handlers

APP = "regionmap"
LOG_NAME = "regionmap.log"
LOG_BYTES = 1_000_000
LOG_BACKUPS = 3
LOGGER = "regionmap"  # the logger the file handler is attached to (what layers/ and app/ log goes there too)


def cache_dir() -> Path:
    """Files that can be rebuilt (the startup cache): ``$XDG_CACHE_HOME/regionmap`` or ``~/.cache/regionmap``
    on Linux."""
    return platformdirs.user_cache_path(APP, appauthor=False)


ZONE_CACHE_ENV = "REGIONMAP_CACHE_DIR"
ZONE_CACHE_LIMIT_ENV = "REGIONMAP_MAX_ZONE_CACHE_MB"  # listed with the read limits (layers/io/limits.py)
ZONE_CACHE_MB = 1024.0


def zone_cache_limit_mb() -> float | None:
    """The prepared zones' disk space in MB (``$REGIONMAP_MAX_ZONE_CACHE_MB``; ``0`` or ``none``: no limit).  Read
    here, below every package that writes the cache, as :mod:`layers.io.limits` reads the read limits; a value
    that is not a number keeps the default (the cache is no reason to fail a run)."""
    import os

    text = os.environ.get(ZONE_CACHE_LIMIT_ENV, "").strip().lower().replace("_", "").replace(",", "")
    if not text:
        return ZONE_CACHE_MB
    if text in ("0", "none", "off", "unlimited"):
        return None
    try:
        value = float(text)
    except ValueError:
        return ZONE_CACHE_MB
    return value if value > 0 else ZONE_CACHE_MB


def zone_cache_dir() -> Path:
    """Prepared zones (:mod:`layers.coverage.zone_cache`): ``zones`` in ``$REGIONMAP_CACHE_DIR`` where that is
    set (tests, benchmarks of a cold cache, a shared disk), else in :func:`cache_dir`."""
    import os

    base = os.environ.get(ZONE_CACHE_ENV)
    return (Path(base) if base else cache_dir()) / "zones"


def data_dir() -> Path:
    """Files worth keeping (downloads for offline use, autosaves): ``$XDG_DATA_HOME/regionmap`` or
    ``~/.local/share/regionmap`` on Linux."""
    return platformdirs.user_data_path(APP, appauthor=False)


def log_dir() -> Path:
    """The folder of the log: the platform's log folder on Windows and macOS; on Linux the cache folder, where
    regionmap has always written it (the README names it, and it moves with ``XDG_CACHE_HOME``)."""
    if sys.platform.startswith(("win", "darwin")):
        return platformdirs.user_log_path(APP, appauthor=False)
    return cache_dir()


def log_path() -> Path:
    return log_dir() / LOG_NAME


_lock = threading.Lock()
_handler: logging.handlers.RotatingFileHandler | None = None


def log_to_file() -> Path | None:
    """Make sure the ``regionmap`` logger writes to :func:`log_path` (rotated); return the path, or None when the
    file cannot be opened.  Called again after the folders move (tests), it follows them."""
    global _handler
    path = log_path()
    with _lock:
        if _handler is not None and Path(_handler.baseFilename) == path.absolute():
            return path
        import logging.handlers  # here, not with the module: it imports socket and pickle (every command's start)

        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            handler = logging.handlers.RotatingFileHandler(path, maxBytes=LOG_BYTES, backupCount=LOG_BACKUPS,
                                                           encoding="utf-8")
        except OSError:
            return None
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s",
                                               datefmt="%Y-%m-%dT%H:%M:%S"))
        logger = logging.getLogger(LOGGER)
        if _handler is not None:
            logger.removeHandler(_handler)
            _handler.close()
        logger.addHandler(handler)
        if logger.level == logging.NOTSET or logger.level > logging.INFO:
            logger.setLevel(logging.INFO)
        _handler = handler
        return path


def log_exception(exc: BaseException, context: str = "") -> Path | None:
    """Log ``exc`` with its traceback; return the log's path (None if even that failed)."""
    path = log_to_file()
    if path is None or _handler is None:
        return None
    record = logging.getLogger(f"{LOGGER}.errors").makeRecord(
        f"{LOGGER}.errors", logging.ERROR, "", 0, f"--- {datetime.now().isoformat(timespec='seconds')} {context}",
        (), (type(exc), exc, exc.__traceback__))
    try:
        _handler.handle(record)
        _handler.flush()
    except Exception:
        return None
    return path if path.exists() else None
