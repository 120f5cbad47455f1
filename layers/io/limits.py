"""The one place that says how big an input regionmap reads, and how a planner raises those limits.

Without limits a single file could freeze the window or eat the machine's memory: a 59 MB zip of 12 million
identical points unpacks to 492 MB and needs about 7 GB once loaded, a sparse 16 GiB file would be read whole
before failing, and repairing one self-crossing ring of 200,000 vertices takes minutes and gigabytes.  Every
reader (:func:`layers.io.read.read_layer`, so the window, ``check``, ``coverage``, ``project`` and ``export``
alike) checks the same :class:`ReadLimits`, as early as the file lets it (file size and a zip's unpacked size
before reading, the feature count from the format's metadata where it is cheap, then counts while streaming).

The defaults suit regional data on a planner's laptop.  Each limit can be raised deliberately with an
environment variable (``0`` or ``none`` means no limit)::

    REGIONMAP_MAX_FILE_MB=8192 regionmap check big.gpkg

A refusal names the file, the limit, the variable and the value that would be needed.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, fields
from pathlib import Path

from layers.errors import UserError
from layers.i18n import QT_TRANSLATE_NOOP, translate
from layers.userdirs import ZONE_CACHE_LIMIT_ENV, ZONE_CACHE_MB

MB = 1024 * 1024
# Memory per loaded feature (the geometry object, its GEOS copy and a row of attributes) and per vertex; fitted
# to the load benchmark (795,000 features of a 200 MB GeoJSON take 2.76x the file) and to 12 million points.
BYTES_PER_FEATURE = 500
BYTES_PER_VERTEX = 40
TEXT_MEMORY_FACTOR = 3  # a text format (GeoJSON, CSV) loaded takes about this many times its file's size


@dataclass(frozen=True)
class Limit:
    """One limit: its field on :class:`ReadLimits`, environment variable, what it counts, and its unit."""

    field: str
    env: str
    what: str
    unit: str  # "MB" or "" (a count)


LIMITS: tuple[Limit, ...] = (
    Limit("max_file_mb", "REGIONMAP_MAX_FILE_MB", QT_TRANSLATE_NOOP("io", "file size, or a zip's unpacked size"),
          "MB"),
    Limit("max_features", "REGIONMAP_MAX_FEATURES", QT_TRANSLATE_NOOP("io", "features"), ""),
    Limit("max_vertices", "REGIONMAP_MAX_VERTICES", QT_TRANSLATE_NOOP("io", "vertices in one geometry"), ""),
    Limit("max_repair_vertices", "REGIONMAP_MAX_REPAIR_VERTICES",
          QT_TRANSLATE_NOOP("io", "vertices of an invalid geometry to repair"), ""),
    Limit("max_memory_mb", "REGIONMAP_MAX_MEMORY_MB", QT_TRANSLATE_NOOP("io", "estimated memory of the loaded layer"),
          "MB"),
    Limit("max_zone_cache_mb", ZONE_CACHE_LIMIT_ENV,
          QT_TRANSLATE_NOOP("io", "disk space of the prepared zones' cache"), "MB"),
)  # ``what`` in English; shown through translate("io", what)
_BY_FIELD = {lim.field: lim for lim in LIMITS}


@dataclass(frozen=True)
class ReadLimits:
    """How big an input may be; ``None`` is no limit.  :func:`current_limits` applies the environment."""

    max_file_mb: float | None = 2048.0
    max_features: int | None = 5_000_000
    max_vertices: int | None = 2_000_000
    max_repair_vertices: int | None = 100_000  # repair time grows faster than the vertex count
    max_memory_mb: float | None = 4096.0
    max_zone_cache_mb: float | None = ZONE_CACHE_MB  # not a read limit: beyond it the least recently used go

    def check(self, p: Path | str, field: str, value: float, *, detail: str = "",
              instead: str = "") -> None:
        """Raise :class:`UserError` when ``value`` (in bytes for the MB limits) is over the limit ``field``;
        the message names ``p``, the limit and its variable, and suggests ``instead`` or raising the limit."""
        limit = getattr(self, field)
        lim = _BY_FIELD[field]
        if limit is None:
            return
        shown = value / MB if lim.unit == "MB" else value
        if shown <= limit:
            return
        raise UserError(translate(
            "io", "{path}: {what_here}: {value}, over regionmap's limit of {limit} ({what}); {instead}, or raise the "
            "limit deliberately if the computer has the memory, e.g. {env}={suggest}").format(
            path=p, what_here=detail or translate("io", lim.what), value=_fmt(shown, lim.unit),
            limit=_fmt(limit, lim.unit), what=translate("io", lim.what),
            instead=instead or translate("io", "load a smaller extract"), env=lim.env, suggest=_suggest(shown)))


def _fmt(value: float, unit: str) -> str:
    return f"{value:,.0f} MB" if unit == "MB" else f"{value:,.0f}"


def _suggest(value: float) -> int:
    """A round value above ``value`` for the message's example."""
    step = 10 ** max(len(str(int(value))) - 1, 0)
    return int((value // step + 1) * step)


def _parse(lim: Limit, text: str) -> float | None:
    t = text.strip().lower().replace("_", "").replace(",", "")
    if t in ("0", "none", "off", "unlimited", ""):
        return None
    try:
        value = float(t)
    except ValueError:
        raise UserError(translate(
            "io", "environment variable {env}={text!r} is not a number; give a number ({unit}), or 0 for no "
            "limit").format(env=lim.env, text=text, unit=translate("io", "megabytes") if lim.unit
                            else translate("io", "a count"))) from None
    if value < 0 or value != value:
        raise UserError(translate(
            "io", "environment variable {env}={text!r} must be a positive number, or 0 for no limit").format(
            env=lim.env, text=text))
    return value


def current_limits(environ: dict[str, str] | None = None) -> ReadLimits:
    """The defaults with any ``REGIONMAP_MAX_*`` environment variable applied (read on every call, so a planner
    who sets one before a command or before starting the window gets it)."""
    env = os.environ if environ is None else environ
    changes: dict[str, float | int | None] = {}
    for lim in LIMITS:
        if lim.env in env:
            value = _parse(lim, env[lim.env])
            changes[lim.field] = value if (value is None or lim.unit) else int(value)
    base = ReadLimits()
    return ReadLimits(**{f.name: changes.get(f.name, getattr(base, f.name)) for f in fields(ReadLimits)})


def memory_estimate(features: int, vertices: int = 0, raw_bytes: int = 0) -> int:
    """Bytes a layer of ``features`` (with ``vertices`` in all, and ``raw_bytes`` of attributes and WKB) takes."""
    return features * BYTES_PER_FEATURE + vertices * BYTES_PER_VERTEX + raw_bytes


def describe_limits(limits: ReadLimits | None = None) -> str:
    """The limits in force, one per line (``regionmap check --limits``)."""
    limits = limits or current_limits()
    lines = []
    for lim in LIMITS:
        value = getattr(limits, lim.field)
        shown = translate("io", "0 (no limit)") if value is None else f"{value:.0f}"
        what = (translate("io", "{what} in MB") if lim.unit else "{what}").format(what=translate("io", lim.what))
        lines.append(f"{lim.env}={shown}\t{what}")
    return "\n".join(lines)
