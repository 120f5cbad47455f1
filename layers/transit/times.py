"""GTFS times (``H:MM:SS`` or ``HH:MM:SS``, past ``24:00:00`` for trips after midnight) as seconds.

Five million stop times parsed through Python strings take seconds; here the digits are read straight from the
Arrow string buffer as bytes (all values of eight characters, the usual case), with a slower exact path for the
rest.  A missing or malformed time is ``-1``: the caller decides what that means.
"""

from __future__ import annotations

import re

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

MISSING = -1
_TIME = re.compile(r"^\s*(\d{1,3}):([0-5]\d):([0-5]\d)\s*$")


def parse_times(values: pa.ChunkedArray | pa.Array) -> np.ndarray:
    """Seconds after the service day's noon minus twelve hours (int32), ``-1`` where missing or malformed."""
    arr = values.combine_chunks() if isinstance(values, pa.ChunkedArray) else values
    if not pa.types.is_string(arr.type) and not pa.types.is_large_string(arr.type):
        arr = pc.cast(arr, pa.string())
    n = len(arr)
    out = np.full(n, MISSING, dtype=np.int32)
    if n == 0:
        return out
    if arr.null_count == 0 and pc.min_max(pc.binary_length(arr)).as_py() == {"min": 8, "max": 8}:
        return _digits8(arr)  # the usual case: no copy, no padding
    arr = pc.utf8_lpad(pc.utf8_trim_whitespace(arr), 8, "0")  # "7:05:00" -> "07:05:00"
    lengths = pc.fill_null(pc.binary_length(arr), 0).to_numpy(zero_copy_only=False)
    fixed = lengths == 8
    if fixed.any():
        out[fixed] = _digits8(pc.filter(arr, pa.array(fixed)))
    for i in np.flatnonzero(~fixed):
        out[i] = parse_one(arr[i].as_py())
    return out


def _digits8(arr: pa.Array) -> np.ndarray:
    """Seconds of ``HH:MM:SS`` strings, all eight bytes long and without nulls (``-1`` for malformed ones)."""
    large = pa.types.is_large_string(arr.type)
    offsets = np.frombuffer(arr.buffers()[1], dtype=np.int64 if large else np.int32, count=len(arr) + 1,
                            offset=arr.offset * (8 if large else 4))
    data = np.frombuffer(arr.buffers()[2], dtype=np.uint8, count=int(offsets[-1] - offsets[0]),
                         offset=int(offsets[0]))
    b = data.reshape(len(arr), 8)
    ok = (b[:, 2] == 58) & (b[:, 5] == 58)  # the colons
    for col in (0, 1, 3, 4, 6, 7):
        ok &= (b[:, col] >= 48) & (b[:, col] <= 57)
    ok &= (b[:, 3] <= 53) & (b[:, 6] <= 53)  # minutes and seconds below 60

    def digit(col: int) -> np.ndarray:
        return b[:, col].astype(np.int32) - 48

    seconds = (digit(0) * 10 + digit(1)) * 3600 + (digit(3) * 10 + digit(4)) * 60 + digit(6) * 10 + digit(7)
    seconds[~ok] = MISSING
    return seconds


def parse_one(text: str | None) -> int:
    """One time as seconds, ``-1`` when missing or malformed (``"25:10:00"`` is 90,600: valid GTFS)."""
    if text is None:
        return MISSING
    m = _TIME.match(text)
    if not m:
        return MISSING
    return int(m.group(1)) * 3600 + int(m.group(2)) * 60 + int(m.group(3))


def format_time(seconds: float) -> str:
    """``HH:MM`` on the service day's clock (``25:10`` is ten past one the next night), ``""`` when missing."""
    if seconds is None or seconds < 0 or not np.isfinite(seconds):
        return ""
    s = int(seconds)
    return f"{s // 3600:02d}:{s % 3600 // 60:02d}"


def parse_window(text: str) -> tuple[int, int]:
    """``"07-09"`` or ``"07:30-09:00"`` as (start, end) seconds; the end is exclusive and may pass 24:00."""
    parts = text.replace("–", "-").split("-")
    if len(parts) != 2:
        raise ValueError(f"window {text!r}: give it as HH-HH or HH:MM-HH:MM, e.g. 07-09")
    bounds = []
    for part in parts:
        p = part.strip()
        if ":" not in p:
            p += ":00"
        m = re.fullmatch(r"(\d{1,2}):([0-5]\d)", p)
        if not m:
            raise ValueError(f"window {text!r}: {part.strip()!r} is not an hour (HH or HH:MM)")
        bounds.append(int(m.group(1)) * 3600 + int(m.group(2)) * 60)
    start, end = bounds
    if not (0 <= start < end <= 48 * 3600):
        raise ValueError(f"window {text!r}: the end must come after the start (hours 0 to 48 on the service day)")
    return start, end
