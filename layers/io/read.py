"""Read a vector file into EPSG:3067 with a report of what was done.

This is the single entry point every part of regionmap uses to load user data (GUI, ``check``, ``coverage``,
``export``, ``project``)::

    loaded = read_layer(path, layer=None, crs=None, csv_columns=None, progress=..., cancelled=...)
    loaded.data     # GeoDataFrame in EPSG:3067 (index 0..n-1, columns as in the file + "geometry")
    loaded.report   # LoadReport; loaded.report.summary() is the text the GUI and `regionmap check` show

``read_layer`` is a task function (:mod:`layers.tasks`): it reports ``progress(fraction, message)`` and stops
with :class:`~layers.errors.Cancelled` when ``cancelled()`` turns true.  Every failure to load is a
:class:`~layers.errors.UserError` whose message starts with the path and says what is wrong, where, and what
to do -- never another exception (MemoryError included).

What it does, in order:

1. Format (:mod:`layers.io.formats`): GeoJSON, GeoPackage (``layer`` picks one; default the first, with a
   note), Shapefile (``.shp`` or ``.zip``), FlatGeobuf, GeoParquet, CSV (:mod:`layers.io.csv_points`;
   ``csv_columns`` overrides the detected columns).  GeoJSON text is pre-checked by
   :func:`layers.io.geojson_check.scan_geojson` (UTF-8, empty file, not JSON) and GDAL's syntax errors are
   reported with line and column.  GeoJSON that is not UTF-8 but plausible Windows-1252 (Latin-1) is read from a
   UTF-8 temporary copy (``report.encoding == "cp1252"``, with a note naming the file); other non-UTF-8 text is
   refused.  Files are streamed in Arrow batches (progress + cancel between batches).
2. Geometry (:mod:`layers.io.geometry_fix`): null and empty geometries skipped (counted), features with
   NaN/infinite coordinates skipped (counted apart from the empty ones), 3D flattened (counted), invalid
   geometries repaired with ``make_valid`` (counted).  Mixed types stay in one layer (see ``split_by_family``).
3. CRS (:mod:`layers.io.crs_detect`): ``crs=`` (the caller's choice) wins -> ``crs_how == "given"``; else the
   file's declared CRS -> ``"declared"`` when at least 90% of the features lie where it is valid; else (no CRS,
   or coordinates that do not fit it: metres in a "WGS84" file, swapped lat/lon) the CRS is detected from the
   coordinate ranges -> ``"detected"`` with a note saying what was assumed.  Features outside the chosen CRS's
   range are skipped and counted.  If nothing fits, UserError naming the range and asking for the CRS.
   An empty file without a CRS is ``"assumed"`` EPSG:3067.
4. Transform to EPSG:3067.

An empty FeatureCollection (or a file whose features were all skipped) loads as an empty layer with a note.

Where each part lives: this module checks the path and dispatches on the format (and reads GeoParquet, one
call); :mod:`layers.io.gdal_read` reads what GDAL opens, streamed by :mod:`layers.io.arrow_batches`, with the
GeoJSON text handled by :mod:`layers.io.geojson_encoding`; CSV is :mod:`layers.io.csv_points`; steps 2-4 are
:mod:`layers.io.post_read` (projections from :mod:`layers.io.projection`); the report is
:mod:`layers.io.load_report`, and the messages for the libraries' exceptions :mod:`layers.io.read_errors`.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from layers.errors import Cancelled, UserError
from layers.i18n import format_number, translate
from layers.io.arrow_batches import BATCH_SIZE
from layers.io.formats import FORMAT_NAMES, SUPPORTED_TEXT, file_format
from layers.io.gdal_read import read_gdal_file
from layers.io.limits import ReadLimits, current_limits, memory_estimate
from layers.io.load_report import LoadedData, LoadReport
from layers.io.post_read import prepare_loaded
from layers.io.read_errors import short_error, vanished_error
from layers.io.source_file import check_source_file
from layers.tasks import CancelledFn, ProgressFn, check_cancelled, never_cancelled, no_progress, sub_progress

if TYPE_CHECKING:
    import geopandas as gpd

    from layers.io.csv_points import CsvColumns

__all__ = ["BATCH_SIZE", "LoadReport", "LoadedData", "read_layer"]

READ_SHARE = 0.85  # of the progress for reading the file; the rest is for the checks, CRS and transform


def read_layer(
    path: str | Path,
    *,
    layer: str | None = None,
    crs: str | None = None,
    csv_columns: CsvColumns | None = None,
    progress: ProgressFn = no_progress,
    cancelled: CancelledFn = never_cancelled,
    limits: ReadLimits | None = None,
) -> LoadedData:
    """Read ``path`` (optionally one ``layer`` of a multi-layer file; ``crs`` overrides what the file says).
    ``limits`` (default: :func:`layers.io.limits.current_limits`, the environment's) bound what is read."""
    p = Path(path)
    limits = limits or current_limits()
    check_source_file(p, limits)  # a regular file within the size limit: nothing below can block or run away
    try:
        return _read(p, layer, crs, csv_columns, progress, cancelled, limits)
    except Cancelled:
        raise
    except UserError as exc:
        if not p.exists():  # it was there a moment ago
            raise vanished_error(p) from exc
        raise
    except MemoryError:
        raise UserError(translate(
            "io", "{path}: too big to load into the available memory; use a smaller extract of the data, or close "
            "other programs").format(path=p)) from None
    except RecursionError:
        raise UserError(translate(
            "io", "{path}: objects or arrays are nested too deeply to read; simplify the file").format(
            path=p)) from None
    except Exception as exc:
        if not p.exists():
            raise vanished_error(p) from exc
        raise UserError(translate(
            "io", "{path}: cannot be read: {short_error}; check that it is a valid {formats} file").format(
            path=p, short_error=short_error(exc), formats=SUPPORTED_TEXT)) from exc


def _read(
    p: Path, layer: str | None, crs: str | None, csv_columns: CsvColumns | None, progress: ProgressFn,
    cancelled: CancelledFn, limits: ReadLimits,
) -> LoadedData:
    """Read the checked path with the reader of its format, then prepare the frame (:mod:`layers.io.post_read`)."""
    report = LoadReport(path=str(p))
    fmt = file_format(p)
    report.format = FORMAT_NAMES.get(fmt, fmt)
    progress(0.0, translate("io", "reading {file}").format(file=p.name))
    read_part = sub_progress(progress, 0.0, READ_SHARE)
    if fmt == "csv":
        from layers.io.csv_points import read_csv

        gdf, skipped = read_csv(p, csv_columns, read_part, cancelled, limits)
        declared = None
        report.skipped_empty += skipped
        report.notes.append(translate("io", "coordinates read from the table's columns; the CRS comes from their "
                                      "value ranges"))
        pre = None
    elif fmt == "geoparquet":
        gdf, declared = _read_parquet(p, read_part, cancelled, limits)
        pre = None
    elif fmt == "spreadsheet":
        from layers.io.spreadsheet import read_spreadsheet

        gdf, skipped, report.layer = read_spreadsheet(p, layer, read_part, cancelled, limits)
        declared, pre = None, None
        report.skipped_empty += skipped
        report.notes.append(translate(
            "io", "coordinates read from the columns of sheet {sheet!r}; the CRS comes from their value ranges").format(
            sheet=report.layer))
    elif fmt == "osm":
        gdf, declared, pre = _read_osm(p, report, limits)
    else:
        gdf, declared, pre = read_gdal_file(p, fmt, layer, crs, report, read_part, cancelled, limits)
    check_cancelled(cancelled)
    from layers.io.credits import read_credit

    report.credit, report.credit_from = read_credit(p, fmt, report.layer or layer)  # for the exports' credits
    holder = [gdf]
    del gdf
    return prepare_loaded(p, holder, declared, crs, report, sub_progress(progress, READ_SHARE, 1.0), cancelled, pre,
                          limits)


def _read_osm(p: Path, report: LoadReport, limits: ReadLimits) -> tuple[gpd.GeoDataFrame, Any, None]:
    """An OpenStreetMap extract's highway lines (a line layer to measure along: the Coverage dock's Distance row,
    Analysis > Reach along a network), as ``--network`` reads them."""
    from layers.network.tags import OSM_LAYER, read_osm_highways

    gdf = read_osm_highways(p, limits.max_file_mb)
    limits.check(p, "max_features", len(gdf), detail=translate("io", "its highway lines"))
    report.layer = OSM_LAYER
    report.notes.append(translate("io", "the extract's highway lines (roads, streets and paths) only, with their OSM "
                                  "tags; railways, power lines and outlines are left out"))
    return gdf, "EPSG:4326", None


def _read_parquet(
    p: Path, progress: ProgressFn, cancelled: CancelledFn, limits: ReadLimits
) -> tuple[gpd.GeoDataFrame, Any]:
    """The GeoParquet table without its CRS, and that CRS (GeoPandas reads it whole: Parquet is compact, so the
    row count and the unpacked size from its footer are checked against the limits first)."""
    import geopandas as gpd
    import pyarrow.parquet as pq

    progress(0.1, translate("io", "reading GeoParquet"))
    try:
        meta = pq.read_metadata(p)
    except Exception:
        meta = None  # not Parquet after all: GeoPandas' own error below says so
    if meta is not None:
        unpacked = sum(meta.row_group(i).total_byte_size for i in range(meta.num_row_groups))
        limits.check(p, "max_features", meta.num_rows, detail=translate("io", "its features"))
        limits.check(p, "max_memory_mb", memory_estimate(meta.num_rows, raw_bytes=unpacked),
                     detail=translate("io", "the memory it would need"))
    try:
        gdf = gpd.read_parquet(p)
    except ValueError as exc:
        if "geo" in str(exc).lower():
            raise UserError(translate(
                "io", "{path}: is a Parquet table without GeoParquet geometry metadata; write it with GeoPandas/GDAL "
                "as GeoParquet, or export it as CSV with coordinate columns").format(path=p)) from exc
        raise
    check_cancelled(cancelled)
    declared = gdf.crs
    progress(1.0, translate("io", "read {n} features").format(n=format_number(len(gdf))))
    return gdf.set_crs(None, allow_override=True), declared
