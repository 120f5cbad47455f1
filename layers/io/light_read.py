"""Read a GeoJSON or GeoParquet file without pandas, geopandas and pyogrio, exactly as the full reader would.

``regionmap coverage`` on a small region spends 0.8 s of a cold run importing pandas, geopandas and pyogrio just to
read its files.  :func:`read_light` reads the files it is sure of with Python's json (:mod:`layers.light_geojson`)
or pyarrow (:mod:`layers.io.light_parquet`), shapely and pyproj, as columns and geometries for a
:class:`~layers.coverage.tables.GeoTable`, and gives what :func:`layers.io.read_layer` gives for them: the same
columns and values, the same geometries to the last bit, the same report (CRS, counts, notes, the credit of
:func:`layers.io.credits.read_credit`).

It follows the full reader step by step and calls its functions rather than repeating its rules: the source file
check and the read limits (:mod:`layers.io.source_file`, :mod:`layers.io.limits`), the projection while reading
(:func:`layers.io.arrow_batches.project_fitting`) and everything after the read -- null, empty and non-finite
geometries skipped and counted, the CRS decision and window check, the transform, the validity repair
(:func:`layers.io.post_read.prepare_geometries`).

Anything it is not sure of, and anything the full reader would refuse or word a message about, is declined: it
returns None, and the caller reads the file with :func:`~layers.io.read_layer`, which says what is wrong.  So a
light read never changes a result or a message; it only makes the right ones cheaper.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from layers.io.limits import MB, TEXT_MEMORY_FACTOR, ReadLimits, current_limits, memory_estimate
from layers.io.load_report import LoadReport
from layers.light_geojson import Declined
from layers.tasks import never_cancelled, no_progress

log = logging.getLogger("regionmap.light_read")

# GeoJSON text parsed whole by Python's json takes some ten times its size in objects (the full reader streams
# it): larger files go the full way, where the light path would not be faster anyway.
LIGHT_MAX_TEXT_MB = 64


@dataclass
class LightRead:
    """A light read: the columns as the full reader's frame holds them (strings as ``str``, nulls of text columns
    as None), the geometries in EPSG:3067, and the full reader's report.  ``GeoTable(light.columns,
    light.geometry)`` is the engine's table (:class:`layers.coverage.tables.GeoTable`: a layer ``layers.io``
    may not import, so the caller makes it)."""

    columns: dict[str, np.ndarray]
    geometry: np.ndarray
    report: LoadReport

    @property
    def credit(self) -> str:
        """``loaded.report.credit`` of the full reader: the source and licence the file names, or ""."""
        return self.report.credit

    @property
    def notes(self) -> list[str]:
        """``loaded.report.notes`` of the full reader (what ``read_region_boundaries`` passes on)."""
        return self.report.notes


def read_light(path: str | Path, limits: ReadLimits | None = None) -> LightRead | None:
    """``path`` read as :func:`layers.io.read_layer` would read it (default options), or None where the full
    reader must read it (see the module's docstring).  Never raises."""
    from layers.io.formats import file_format

    p = Path(path)
    try:
        limits = limits or current_limits()
        fmt = file_format(p)
        if fmt == "geojson":
            return _read_geojson(p, limits)
        if fmt == "geoparquet":
            from layers.io.light_parquet import read_parquet_columns

            columns, geoms, declared, raw = read_parquet_columns(p, limits)
            return _prepared(p, fmt, columns, geoms, declared, None, limits, raw)
    except Exception as exc:  # declined, over a limit, or anything unusual: the full reader says what
        log.debug("%s: not read lightly (%s: %s)", p, type(exc).__name__, exc)
    return None


def _read_geojson(p: Path, limits: ReadLimits) -> LightRead:
    from layers.io.arrow_batches import project_fitting
    from layers.io.projection import speculative_crs
    from layers.io.source_file import check_source_file, open_regular
    from layers.light_geojson import parse_geojson

    size = check_source_file(p, limits).st_size
    if size > LIGHT_MAX_TEXT_MB * 1024 * 1024:
        raise Declined("too big to parse whole")
    limits.check(p, "max_memory_mb", TEXT_MEMORY_FACTOR * size)  # the full reader's estimate from the size
    with open_regular(p) as fh:
        text = fh.read(size + 1)
    if len(text) != size:
        raise Declined("the file changed while read")
    parsed = parse_geojson(text)
    del text
    n = len(parsed.geometry)
    limits.check(p, "max_features", n)
    spec = speculative_crs(parsed.declared)  # as GDAL's stream is read: projected while decoded
    geoms, bounds, (n3d, fit), (most, total, _) = project_fitting(parsed.geometry, spec)
    limits.check(p, "max_vertices", most)
    _memory_well_within(limits, memory_estimate(n, total, _attribute_bytes(parsed.columns)))
    pre = None
    if spec is not None:
        from layers.io.arrow_batches import Decoded

        assert bounds is not None and fit is not None
        pre = Decoded(spec, bounds, n3d, fit)
    return _prepared(p, "geojson", parsed.columns, geoms, parsed.declared, pre, limits)


def _memory_well_within(limits: ReadLimits, estimate: int) -> None:
    """Decline a table whose memory estimate comes near the limit: the full reader counts the attributes' bytes
    in Arrow, a little differently, and decides there."""
    if limits.max_memory_mb is not None and 2 * estimate > limits.max_memory_mb * MB:
        raise Declined("near the memory limit")


def _attribute_bytes(columns: dict[str, np.ndarray]) -> int:
    """Roughly what the attributes take (the full reader counts Arrow's bytes; over the limit only for huge
    tables, where both decline or refuse)."""
    out = 0
    for col in columns.values():
        out += col.nbytes if col.dtype != object else sum(len(v) for v in col if isinstance(v, str)) + 8 * len(col)
    return out


def _prepared(
    p: Path, fmt: str, columns: dict[str, np.ndarray], geoms: np.ndarray, declared: Any, pre: Any,
    limits: ReadLimits, raw: int = 0,
) -> LightRead:
    """The full reader's steps after the read (:func:`layers.io.post_read.prepare_geometries`) and its report."""
    from layers.io.credits import geojson_credit, read_credit
    from layers.io.formats import FORMAT_NAMES
    from layers.io.post_read import prepare_geometries

    report = LoadReport(path=str(p))
    report.format = FORMAT_NAMES.get(fmt, fmt)
    if fmt == "geojson":
        found = geojson_credit(p)
        if found is None:
            raise Declined("a description member, which GDAL's metadata reads")
        report.credit, report.credit_from = found
    else:
        report.credit, report.credit_from = read_credit(p, fmt, None)
    geoms, rows = prepare_geometries(p, geoms, declared, None, report, no_progress, never_cancelled, pre, limits)
    if report.axes_swapped or report.crs_how == "detected":
        raise Declined("the coordinates do not fit the declared CRS")  # the full reader words what it assumed
    kept = {name: (col if len(rows) == len(col) else col[rows]) for name, col in columns.items()}
    return LightRead(kept, geoms, report)


__all__ = ["LIGHT_MAX_TEXT_MB", "LightRead", "read_light"]
