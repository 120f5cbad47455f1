"""GeoJSON text before GDAL sees it: scanned, and read from a UTF-8 copy when the file is Windows-1252.

GDAL reads GeoJSON as UTF-8 only, but old desktop tools save names such as "Mäntsälä" as Windows-1252 (Latin-1).
:func:`scan_geojson_text` runs the text checks of :mod:`layers.io.geojson_check` and, for text that is not
UTF-8 but plausible Windows-1252, writes a UTF-8 temporary copy for GDAL to read instead, with a note on the
report; text that is neither stays refused with the not-UTF-8 message.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from layers.errors import UserError
from layers.i18n import translate
from layers.tasks import CancelledFn, ProgressFn, sub_progress

if TYPE_CHECKING:
    from layers.io.geojson_check import GeoJsonScan, NotUtf8Error
    from layers.io.load_report import LoadReport

SCAN_SHARE = 0.08  # of the read's progress for the scan; as much again for the copy, when one is made


def scan_geojson_text(
    p: Path, report: LoadReport, progress: ProgressFn, cancelled: CancelledFn
) -> tuple[GeoJsonScan, Path | None]:
    """Scan the text; when it is not UTF-8 but Windows-1252, also the UTF-8 temporary copy to read instead (the
    caller deletes it).  Text that is neither stays refused with the not-UTF-8 message."""
    from layers.io.geojson_check import NotUtf8Error, scan_geojson

    try:
        return scan_geojson(p, sub_progress(progress, 0.0, SCAN_SHARE), cancelled), None
    except NotUtf8Error as not_utf8:
        scan, copy = _transcode_to_temp(p, not_utf8, sub_progress(progress, SCAN_SHARE, 2 * SCAN_SHARE), cancelled)
        report.encoding = "cp1252"
        report.notes.append(translate(
            "io", "{file} is not UTF-8 text ({where}); it was read as Windows-1252 (Latin-1) text, as desktop GIS "
            "does. Check that names with ä, ö and å look right, and re-save the file as UTF-8 to avoid this "
            "warning").format(file=p.name, where=not_utf8.where))
        return scan, copy


def _transcode_to_temp(
    p: Path, not_utf8: NotUtf8Error, progress: ProgressFn, cancelled: CancelledFn
) -> tuple[GeoJsonScan, Path]:
    """The UTF-8 copy of ``p`` in the temporary folder; no copy is left behind when writing it fails."""
    from layers.io.geojson_check import transcode_cp1252

    copy: Path | None = None
    try:
        fd, name = tempfile.mkstemp(prefix="regionmap-utf8-", suffix=".geojson")
        os.close(fd)
        copy = Path(name)
        return transcode_cp1252(p, not_utf8, copy, progress, cancelled), copy
    except OSError as exc:
        if copy is not None:
            copy.unlink(missing_ok=True)
        raise UserError(translate(
            "io", "{path}: is Windows-1252 text, not UTF-8, and its UTF-8 copy could not be written to the temporary "
            "folder ({value}); free disk space or re-save the file as UTF-8").format(
            path=p, value=exc.strerror or exc)) from exc
    except BaseException:
        if copy is not None:
            copy.unlink(missing_ok=True)
        raise
