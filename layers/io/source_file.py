"""The file itself, before any reader looks inside: is it a regular file of a readable size, opened so that
nothing can block, and named so that GDAL reads the file the user meant.

Why each part exists:

* :func:`check_source_file` works from ``stat`` alone, which never blocks: a FIFO named ``x.csv`` blocks any
  ``open`` until a writer comes (for ever), an endlessly fed one or a link to ``/dev/zero`` never ends, a folder
  named ``x.gpkg`` raises IsADirectoryError and ``/proc/self/mem`` an I/O error.  Each gets a message naming
  the file instead.  It also refuses files over the size limit (:mod:`layers.io.limits`) before they are read.
* :func:`open_regular` opens with ``O_NONBLOCK`` and checks the opened file again, so a path swapped for a FIFO
  after the check still cannot block the thread.
* :func:`gdal_path` hands GDAL (through pyogrio) a path it cannot misread.  pyogrio parses paths as URLs, so
  ``roads; 2024.geojson`` loses everything after the ``;`` and ``a!b.gpkg`` is taken for an archive member, and
  GDAL takes a relative ``GeoJSON:x.geojson`` for a driver prefix.  Such a file is read through a symbolic link
  with a plain name in a private temporary folder (with its shapefile side files), removed afterwards.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import stat
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from layers.errors import UserError
from layers.i18n import translate
from layers.io.limits import ReadLimits, current_limits

SPECIAL_ROOTS = ("/proc/", "/sys/")  # devices are caught by their file type
_KINDS = ((stat.S_ISFIFO, "a named pipe (FIFO)"), (stat.S_ISCHR, "a character device"),
          (stat.S_ISBLK, "a block device"), (stat.S_ISSOCK, "a socket"))
# Characters pyogrio's URL parsing or GDAL's driver prefixes may take for syntax (anything else is literal).
_GDAL_SYNTAX = frozenset(";!?#:")


def check_source_file(p: Path, limits: ReadLimits | None = None) -> os.stat_result:
    """``p``'s stat when it is a non-empty regular file within the size limit; else :class:`UserError`."""
    try:
        st = p.stat()  # follows links: a link to /dev/zero is a device
    except FileNotFoundError:
        if p.is_symlink():
            raise UserError(translate(
                "io", "{path}: is a link to a file that does not exist; check the link").format(path=p)) from None
        raise UserError(translate("io", "{path}: no such file; check the path").format(path=p)) from None
    except PermissionError:
        raise UserError(translate(
            "io", "{path}: permission denied; check that you may read the file and its folder").format(
            path=p)) from None
    except OSError as exc:
        raise UserError(translate(
            "io", "{path}: cannot be opened ({value}); check the path").format(
            path=p, value=exc.strerror or exc)) from None
    _refuse_unless_regular(p, st.st_mode)
    if _is_special(p):
        raise UserError(translate("io", "{path}: is a special system file, not data; choose a data file").format(
        path=p))
    if st.st_size == 0:
        raise UserError(translate("io", "{path}: the file is empty (0 bytes); export the data again").format(path=p))
    (limits or current_limits()).check(p, "max_file_mb", st.st_size, detail=translate("io", "the file's size"))
    return st


def _refuse_unless_regular(p: Path, mode: int) -> None:
    if stat.S_ISDIR(mode):
        raise UserError(translate("io", "{path}: is a folder, not a file; choose the data file inside it").format(
        path=p))
    if not stat.S_ISREG(mode):
        kind = next((name for test, name in _KINDS if test(mode)), "not a regular file")
        raise UserError(translate(
            "io", "{path}: is {kind}, not a data file; save the data to a file and open that").format(
            path=p, kind=kind))


def _is_special(p: Path) -> bool:
    """Whether ``p`` lies in the kernel's virtual file systems (their files claim sizes they do not have)."""
    try:
        resolved = str(p.resolve())
    except (OSError, RuntimeError):
        return False
    return resolved.startswith(SPECIAL_ROOTS)


def open_regular(p: Path) -> BinaryIO:
    """``p`` opened for binary reading without ever blocking; :class:`UserError` unless it is a regular file."""
    try:
        fd = os.open(p, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    except IsADirectoryError:
        raise UserError(translate(
            "io", "{path}: is a folder, not a file; choose the data file inside it").format(path=p)) from None
    except FileNotFoundError:
        raise UserError(translate("io", "{path}: no such file; check the path").format(path=p)) from None
    except OSError as exc:
        raise UserError(translate(
            "io", "{path}: cannot be opened ({value}); check the path").format(
            path=p, value=exc.strerror or exc)) from None
    try:
        _refuse_unless_regular(p, os.fstat(fd).st_mode)
        os.set_blocking(fd, True)
        return os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise


def read_head(p: Path, n: int) -> bytes:
    """At most ``n`` bytes from the start of ``p`` (never more, whatever the file claims)."""
    try:
        with open_regular(p) as fh:
            return fh.read(n)
    except OSError as exc:  # e.g. EIO from a file of the kernel's that refuses reads
        raise UserError(translate(
            "io", "{path}: cannot be read ({value}); check that it is a data file").format(
            path=p, value=exc.strerror or exc)) from None


def needs_alias(p: Path) -> bool:
    """Whether GDAL/pyogrio could misread the absolute path of ``p`` (see the module's docstring)."""
    text = str(p.absolute())
    return any(c in _GDAL_SYNTAX or not c.isprintable() for c in text)


@contextlib.contextmanager
def gdal_path(p: Path) -> Iterator[str]:
    """The path to give GDAL for ``p``: its absolute path, or a plainly named link to it (removed on exit)."""
    if not needs_alias(p):
        yield str(p.absolute())
        return
    folder = Path(tempfile.mkdtemp(prefix="regionmap-open-"))
    try:
        target = p.absolute()
        alias = folder / f"data{p.suffix.lower() if _plain(p.suffix) else ''}"
        os.symlink(target, alias)
        for side in _side_files(target):  # a shapefile's .shx, .dbf, .prj, .cpg
            os.symlink(side, folder / f"data{side.suffix.lower()}")
        yield str(alias)
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def _plain(suffix: str) -> bool:
    return all(c.isalnum() or c == "." for c in suffix)


def _side_files(target: Path) -> list[Path]:
    if target.suffix.lower() != ".shp":
        return []
    stem = target.stem
    try:
        return [s for s in target.parent.iterdir()
                if s.stem == stem and s != target and _plain(s.suffix) and s.suffix.lower() != ".shp"]
    except OSError:
        return []


def replace_alias(message: str, alias: str, p: Path) -> str:
    """``message`` with the alias GDAL saw replaced by the user's path."""
    return message.replace(alias, str(p)) if alias != str(p) else message
