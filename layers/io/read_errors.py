"""GDAL's and the libraries' exceptions turned into the reader's :class:`~layers.errors.UserError` messages.

Every failure to load must reach the user as one message that starts with the path and says what to do; the
raw texts of pyogrio/GDAL are long, carry advice that does not apply to regionmap ("prefix the path with the
driver") and differ between versions, so they are shortened and recognised here, in one place.
"""

from __future__ import annotations

from pathlib import Path

from layers.errors import UserError
from layers.i18n import translate
from layers.io.formats import SUPPORTED_TEXT

MAX_DETAIL = 240  # characters of a library's message kept in ours

_NOT_FOR_USERS = (
    "It might help to specify the correct driver explicitly by prefixing the file path with '<DRIVER>:', e.g. "
    "'CSV:path'.",
)


def short_error(exc: BaseException) -> str:
    """``exc``'s message on one line, without GDAL's driver-prefix advice, cut to :data:`MAX_DETAIL`."""
    text = " ".join(str(exc).split())
    for junk in _NOT_FOR_USERS:
        text = text.replace(junk, "")
    text = text.strip(" ;.")
    return (text[:MAX_DETAIL] + "...") if len(text) > MAX_DETAIL else (text or type(exc).__name__)


def vanished_error(p: Path) -> UserError:
    """The message for a file that was there when the read began and is gone now."""
    return UserError(translate(
        "io", "{path}: the file disappeared while it was being read; check that it is not being moved or deleted, then "
        "load it again").format(path=p))


def gdal_error(p: Path, exc: Exception) -> UserError:
    """What a failure of GDAL while streaming ``p`` means for the user (JSON syntax errors with line/column)."""
    from layers.io.geojson_check import explain_gdal_json_error

    msg = str(exc)
    if not p.exists():
        return vanished_error(p)
    explained = explain_gdal_json_error(p, msg)
    if explained:
        return UserError(explained)
    if "not recognized as being in a supported file format" in msg or "not recognized as a supported" in msg:
        return UserError(translate(
            "io", "{path}: is not geodata that regionmap can read; give a {formats} file").format(
            path=p, formats=SUPPORTED_TEXT))
    if "Layer" in msg and "not" in msg and "found" in msg:
        return UserError(translate("io", "{path}: {short_error}").format(path=p, short_error=short_error(exc)))
    return UserError(translate(
        "io", "{path}: cannot be read: {short_error}; check that it is a valid {formats} file").format(
        path=p, short_error=short_error(exc), formats=SUPPORTED_TEXT))
