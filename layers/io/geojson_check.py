"""A fast streaming pre-check of GeoJSON text, and clear messages for GDAL's JSON errors.

:func:`scan_geojson` reads the file once in 1 MiB blocks (constant memory, ~1 GB/s): it checks that the text is
UTF-8 (RFC 7946 requires it; the error gives the line and column of the first bad byte), that the file is not
empty and starts like JSON, and counts ``"Feature"`` tokens so that reading can report progress for formats
whose feature count GDAL only knows after parsing everything.  Syntax errors are left to GDAL's parser, whose
message already carries the line and character; :func:`explain_gdal_json_error` rewords it.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass
from pathlib import Path

from layers.errors import UserError
from layers.tasks import CancelledFn, ProgressFn, check_cancelled, never_cancelled, no_progress

BLOCK = 1 << 20


@dataclass(frozen=True)
class GeoJsonScan:
    size: int
    features_estimate: int  # number of "Feature" tokens (0 for a bare geometry)


def _line_col(path: Path, offset: int) -> tuple[int, int]:
    """1-based line and column (in bytes) of byte ``offset``."""
    line, last_nl, pos = 1, -1, 0
    with open(path, "rb") as fh:
        while pos < offset:
            block = fh.read(min(BLOCK, offset - pos))
            if not block:
                break
            n = block.count(b"\n")
            if n:
                line += n
                last_nl = pos + block.rfind(b"\n")
            pos += len(block)
    return line, offset - last_nl


def scan_geojson(
    path: Path, progress: ProgressFn = no_progress, cancelled: CancelledFn = never_cancelled
) -> GeoJsonScan:
    """Check encoding and shape of a GeoJSON file; raise :class:`UserError` naming the file and the problem."""
    size = path.stat().st_size
    if size == 0:
        raise UserError(f"{path}: the file is empty (0 bytes); export the data again")
    decoder = codecs.getincrementaldecoder("utf-8")()
    count = 0
    offset = 0
    tail = b""
    first = True
    with open(path, "rb") as fh:
        while True:
            block = fh.read(BLOCK)
            final = not block
            pending = len(decoder.getstate()[0])
            try:
                decoder.decode(block, final=final)
            except UnicodeDecodeError as exc:
                bad = max(0, offset - pending + exc.start)
                line, col = _line_col(path, bad)
                byte = (exc.object[exc.start:exc.start + 1] or b"?").hex()
                raise UserError(
                    f"{path}: line {line}, column {col}: byte 0x{byte} is not UTF-8 text; GeoJSON must be UTF-8 "
                    "(RFC 7946): re-save the file as UTF-8") from None
            if final:
                break
            if first:
                head = block.lstrip(b"\xef\xbb\xbf \t\r\n")
                if head:
                    if head[:1] not in (b"{", b"["):
                        raise UserError(f"{path}: is not JSON text (it starts with {head[:20]!r}); give a GeoJSON "
                                        "file")
                    first = False
            data = tail + block
            count += data.count(b'"Feature"')
            tail = block[-8:]  # a token split across blocks is counted once: it cannot fit in 8 bytes twice
            offset += len(block)
            progress(offset / size, "checking text")
            check_cancelled(cancelled)
    if first:
        raise UserError(f"{path}: holds only white space; export the data again")
    return GeoJsonScan(size, count)


_GDAL_POS = re.compile(r"At line (\d+), character (\d+): (.*)$")


def explain_gdal_json_error(path: Path, message: str) -> str | None:
    """A user message for a GDAL JSON parse error, or None when ``message`` is not one."""
    m = _GDAL_POS.search(message)
    if not m:
        return None
    line, char, what = m.group(1), m.group(2), m.group(3).strip()
    detail = {
        "Unexpected state": "unexpected character (a missing comma, colon, quote or bracket?)",
        "Too many nested objects and/or arrays": "objects or arrays are nested too deeply",
        "Unexpected end of file": "the file ends in the middle of the JSON text (is it truncated?)",
    }.get(what, what[:1].lower() + what[1:])
    return f"{path}: line {line}, column {char}: broken JSON: {detail}; fix the file or export it again"
