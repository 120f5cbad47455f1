"""A fast streaming pre-check of GeoJSON text, and clear messages for GDAL's JSON errors.

:func:`scan_geojson` reads the file once in 1 MiB blocks (constant memory, ~1 GB/s): it checks that the text is
UTF-8 (RFC 7946 requires it; the error gives the line and column of the first bad byte), that the file is not
empty and starts like JSON, and counts ``"Feature"`` tokens so that reading can report progress for formats
whose feature count GDAL only knows after parsing everything.  Syntax errors are left to GDAL's parser, whose
message already carries the line and character; :func:`explain_gdal_json_error` rewords it.

Text that is not UTF-8 raises :class:`NotUtf8Error`.  Desktop GIS opens Windows-1252 (Latin-1) files, which are
common for Finnish names ("Mäntsälä" with byte 0xE4), so the loader then calls :func:`transcode_cp1252`: it
streams the file once more, block by block, into a UTF-8 temporary copy that GDAL reads with the usual streaming
path.  Text that is not plausible Windows-1252 either (bytes it leaves undefined, NUL or other control bytes of
binary junk) keeps the :class:`NotUtf8Error` refusal.
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from layers.errors import UserError
from layers.i18n import translate
from layers.tasks import CancelledFn, ProgressFn, check_cancelled, never_cancelled, no_progress

BLOCK = 1 << 20
_CONTROL_BYTES = re.compile(rb"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")  # never in JSON text (binary junk)


@dataclass(frozen=True)
class GeoJsonScan:
    size: int
    features_estimate: int  # number of "Feature" tokens (0 for a bare geometry)


class NotUtf8Error(UserError):
    """The file's text is not UTF-8; ``where`` is "line L, column C: byte 0xNN" of the first bad byte."""

    def __init__(self, path: Path, where: str) -> None:
        super().__init__(f"{path}: {where} is not UTF-8 text; GeoJSON must be UTF-8 (RFC 7946): re-save the file "
                         "as UTF-8")
        self.where = where


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
    """Check encoding and shape of a GeoJSON file; raise :class:`UserError` naming the file and the problem
    (:class:`NotUtf8Error` when the text is not UTF-8)."""
    size = path.stat().st_size
    if size == 0:
        raise UserError(translate(
            "io", "{path}: the file is empty (0 bytes); export the data again").format(path=path))
    from layers.io.source_file import open_regular

    with open_regular(path) as fh:  # never blocks (a FIFO named .geojson is refused)
        return _scan_blocks(path, _blocks(fh), size, progress, cancelled)


def transcode_cp1252(
    path: Path, not_utf8: NotUtf8Error, target: Path, progress: ProgressFn = no_progress,
    cancelled: CancelledFn = never_cancelled,
) -> GeoJsonScan:
    """Write ``path`` read as Windows-1252 to ``target`` as UTF-8 (one block in memory at a time) and scan it.

    Raises ``not_utf8`` again when the text is not plausible Windows-1252 either."""
    from layers.io.source_file import open_regular

    size = path.stat().st_size
    with open_regular(path) as src, open(target, "wb") as dst:
        return _scan_blocks(path, _cp1252_as_utf8(src, dst, not_utf8), size, progress, cancelled)


def _blocks(fh: BinaryIO) -> Iterator[bytes]:
    while block := fh.read(BLOCK):
        yield block


def _cp1252_as_utf8(src: BinaryIO, dst: BinaryIO, not_utf8: NotUtf8Error) -> Iterator[bytes]:
    """The blocks of ``src`` decoded as Windows-1252 and encoded as UTF-8, each also written to ``dst``."""
    for block in _blocks(src):
        if _CONTROL_BYTES.search(block):
            raise not_utf8
        try:
            utf8 = block.decode("cp1252").encode("utf-8")  # a single-byte code: blocks decode independently
        except UnicodeDecodeError:  # 0x81, 0x8d, 0x8f, 0x90 and 0x9d are not Windows-1252
            raise not_utf8 from None
        dst.write(utf8)
        yield utf8


def _scan_blocks(
    path: Path, blocks: Iterator[bytes], size: int, progress: ProgressFn, cancelled: CancelledFn
) -> GeoJsonScan:
    decoder = codecs.getincrementaldecoder("utf-8")()
    count = 0
    offset = 0
    tail = b""
    first = True
    while True:
        block = next(blocks, b"")
        final = not block
        pending = len(decoder.getstate()[0])
        try:
            decoder.decode(block, final=final)
        except UnicodeDecodeError as exc:
            bad = max(0, offset - pending + exc.start)
            line, col = _line_col(path, bad)
            byte = (exc.object[exc.start:exc.start + 1] or b"?").hex()
            raise NotUtf8Error(path, f"line {line}, column {col}: byte 0x{byte}") from None
        if final:
            break
        if first:
            head = block.lstrip(b"\xef\xbb\xbf \t\r\n")
            if head:
                if head[:1] not in (b"{", b"["):
                    raise UserError(translate(
                        "io", "{path}: is not JSON text (it starts with {head!r}); give a GeoJSON file").format(
                        path=path, head=head[:20]))
                first = False
        data = tail + block
        count += data.count(b'"Feature"')
        tail = block[-8:]  # a token split across blocks is counted once: it cannot fit in 8 bytes twice
        offset += len(block)
        progress(min(offset / size, 1.0), translate("io", "checking text"))
        check_cancelled(cancelled)
    if first:
        raise UserError(translate("io", "{path}: holds only white space; export the data again").format(path=path))
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
