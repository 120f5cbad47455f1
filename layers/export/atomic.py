"""Write a file so that a failure never leaves a half-written file behind.

The content goes to a temporary file in the destination folder, which then replaces the destination with
``os.replace`` (atomic on the same file system).  OS errors become :class:`~layers.errors.UserError` with a
message that says what went wrong and what to do.
"""

from __future__ import annotations

import errno
import os
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

from layers.errors import UserError
from layers.i18n import translate


def describe_os_error(exc: OSError, path: Path) -> str:
    """One clear line for an OS error while writing ``path``."""
    if exc.errno == errno.ENOSPC or exc.errno == errno.EDQUOT:
        return f"{path}: the disk is full; free some space or choose another folder"
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return f"{path}: no permission to write here; choose a folder you can write to"
    if exc.errno == errno.ENOENT:
        return f"{path.parent}: the folder does not exist; create it or choose another folder"
    if exc.errno == errno.EISDIR:
        return f"{path}: is a folder; give a file name"
    if exc.errno == errno.ENAMETOOLONG:
        return f"{path}: the file name is too long; choose a shorter name"
    return f"{path}: cannot be written ({exc.strerror or exc}); choose another file or folder"


def check_writable(path: str | Path) -> Path:
    """Fail early (before slow work) when ``path`` cannot possibly be written."""
    p = Path(path)
    if p.is_dir():
        raise UserError(translate("export", "{p}: is a folder; give a file name").format(p=p))
    parent = p.parent if str(p.parent) else Path(".")
    if not parent.is_dir():
        raise UserError(translate(
            "export", "{parent}: the folder does not exist; create it or choose another folder").format(
            parent=parent))
    if not os.access(parent, os.W_OK | os.X_OK):
        raise UserError(translate(
            "export", "{p}: no permission to write in {parent}; choose a folder you can write to").format(
            p=p, parent=parent))
    return p


@contextmanager
def atomic_path(path: str | Path) -> Iterator[Path]:
    """Yield a temporary path next to ``path``; on success it replaces ``path``, on any failure it is removed."""
    dest = check_writable(path)
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{dest.name}.", suffix=".part", dir=dest.parent)
    except OSError as exc:
        raise UserError(describe_os_error(exc, dest)) from exc
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        yield tmp
        if not tmp.exists() or tmp.stat().st_size == 0:
            raise UserError(translate(
                "export", "{dest}: nothing was written (the export produced an empty file); please report it").format(
                dest=dest))
        mode = 0o666 & ~_umask()
        os.chmod(tmp, mode)
        os.replace(tmp, dest)
    except OSError as exc:
        _remove(tmp)
        raise UserError(describe_os_error(exc, dest)) from exc
    except BaseException:
        _remove(tmp)
        raise


def write_bytes(path: str | Path, data: bytes) -> Path:
    with atomic_path(path) as tmp:
        tmp.write_bytes(data)
    return Path(path)


def write_text(path: str | Path, text: str) -> Path:
    return write_bytes(path, text.encode("utf-8"))


def write_with(path: str | Path, writer: Callable[[Path], None]) -> Path:
    """Call ``writer(tmp_path)`` and move the result into place."""
    with atomic_path(path) as tmp:
        writer(tmp)
    return Path(path)


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def _remove(p: Path) -> None:
    with suppress(OSError):
        p.unlink()
