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
"""

from __future__ import annotations

import os
import tempfile
import warnings
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from layers.crs import WORK_CRS
from layers.errors import Cancelled, UserError
from layers.io import crs_detect
from layers.io.formats import SUPPORTED_TEXT, file_format, gdal_source
from layers.tasks import CancelledFn, ProgressFn, check_cancelled, never_cancelled, no_progress, sub_progress

if TYPE_CHECKING:
    import geopandas as gpd

    from layers.io.csv_points import CsvColumns
    from layers.io.geojson_check import GeoJsonScan, NotUtf8Error

BATCH_SIZE = 50_000


@dataclass
class LoadReport:
    """What the loader found and did; ``summary()`` is what the GUI and ``regionmap check`` show."""

    path: str
    n_features: int = 0
    geometry_types: list[str] = field(default_factory=list)
    crs: str = WORK_CRS  # the source CRS as "EPSG:nnnn" (or a WKT name when it has no code)
    crs_how: str = "declared"  # "declared", "detected", "given" (by the caller) or "assumed" (empty file)
    bbox_wgs84: tuple[float, float, float, float] | None = None
    repaired: int = 0
    skipped_empty: int = 0
    flattened_3d: int = 0
    notes: list[str] = field(default_factory=list)
    format: str = ""
    layer: str | None = None  # the layer read, for multi-layer files
    crs_declared: str | None = None  # what the file said (None: nothing)
    skipped_nonfinite: int = 0  # NaN or infinite coordinates
    skipped_out_of_range: int = 0  # coordinates outside the CRS's valid range
    axes_swapped: bool = False  # lat/lon were swapped back to lon/lat
    families: dict[str, int] = field(default_factory=dict)  # features per family: point/line/polygon/other
    encoding: str = "utf-8"  # of a text file's bytes: "cp1252" when a GeoJSON file was not UTF-8

    @property
    def skipped(self) -> int:
        return self.skipped_empty + self.skipped_nonfinite + self.skipped_out_of_range

    def summary(self) -> str:
        lines = [f"file: {self.path}"]
        if self.format:
            lines.append(f"format: {self.format}" + (f", layer {self.layer!r}" if self.layer else ""))
        lines += [
            f"features: {self.n_features}",
            f"geometry types: {', '.join(self.geometry_types) or 'none'}",
            f"CRS: {self.crs} ({self.crs_how})",
        ]
        if self.bbox_wgs84 is not None:
            lines.append("bounding box (lon/lat): " + ", ".join(f"{v:.5f}" for v in self.bbox_wgs84))
        lines.append(f"repaired invalid geometries: {self.repaired}")
        lines.append(f"skipped null or empty geometries: {self.skipped_empty}")
        if self.skipped_nonfinite:
            lines.append(f"{self.skipped_nonfinite} feature(s) with non-finite coordinates dropped (NaN or "
                         "infinite x/y; not drawn or analysed)")
        if self.skipped_out_of_range:
            lines.append(f"skipped features with coordinates out of range: {self.skipped_out_of_range}")
        if self.flattened_3d:
            lines.append(f"flattened 3D geometries: {self.flattened_3d}")
        lines += [f"note: {n}" for n in self.notes]
        return "\n".join(lines)


@dataclass
class LoadedData:
    data: gpd.GeoDataFrame  # EPSG:3067
    report: LoadReport


def read_layer(
    path: str | Path,
    *,
    layer: str | None = None,
    crs: str | None = None,
    csv_columns: CsvColumns | None = None,
    progress: ProgressFn = no_progress,
    cancelled: CancelledFn = never_cancelled,
) -> LoadedData:
    """Read ``path`` (optionally one ``layer`` of a multi-layer file; ``crs`` overrides what the file says)."""
    p = Path(path)
    try:
        return _read(p, layer, crs, csv_columns, progress, cancelled)
    except (UserError, Cancelled):
        raise
    except MemoryError:
        raise UserError(f"{p}: too big to load into the available memory; use a smaller extract of the data, "
                        "or close other programs") from None
    except RecursionError:
        raise UserError(f"{p}: objects or arrays are nested too deeply to read; simplify the file") from None
    except Exception as exc:
        if not p.exists():
            raise UserError(f"{p}: the file disappeared while it was being read; check that it is not being "
                            "moved or deleted, then load it again") from exc
        raise UserError(f"{p}: cannot be read: {_short(exc)}; check that it is a valid {SUPPORTED_TEXT} "
                        "file") from exc


def _short(exc: BaseException) -> str:
    text = " ".join(str(exc).split())
    for junk in ("It might help to specify the correct driver explicitly by prefixing the file path with "
                 "'<DRIVER>:', e.g. 'CSV:path'.",):
        text = text.replace(junk, "")
    text = text.strip(" ;.")
    return (text[:240] + "...") if len(text) > 240 else (text or type(exc).__name__)


def _read(
    p: Path, layer: str | None, crs: str | None, csv_columns: CsvColumns | None, progress: ProgressFn,
    cancelled: CancelledFn,
) -> LoadedData:
    if not p.exists():
        raise UserError(f"{p}: no such file; check the path")
    if p.is_dir():
        raise UserError(f"{p}: is a folder, not a file; choose the data file inside it")
    if p.stat().st_size == 0:
        raise UserError(f"{p}: the file is empty (0 bytes); export the data again")
    report = LoadReport(path=str(p))
    fmt = file_format(p)
    from layers.io.formats import FORMAT_NAMES

    report.format = FORMAT_NAMES.get(fmt, fmt)
    progress(0.0, f"reading {p.name}")
    read_part = sub_progress(progress, 0.0, 0.85)
    if fmt == "csv":
        from layers.io.csv_points import read_csv

        gdf, skipped = read_csv(p, csv_columns, read_part, cancelled)
        declared = None
        report.skipped_empty += skipped
        report.notes.append("coordinates read from the table's columns; the CRS comes from their value ranges")
        pre = None
    elif fmt == "geoparquet":
        gdf, declared = _read_parquet(p, read_part, cancelled)
        pre = None
    else:
        total = None
        transcoded: Path | None = None
        if fmt == "geojson":
            scan, transcoded = _scan_geojson_text(p, report, read_part, cancelled)
            total = scan.features_estimate or 1
            read_part = sub_progress(read_part, 0.16 if transcoded else 0.08, 1.0)
        try:
            src, layer = gdal_source(transcoded or p, layer)
            layer = _choose_layer(p, src, layer, fmt, report)
            if total is None:
                total = _feature_count(src, layer)
            gdf, declared, pre = _read_arrow(p, src, layer, total, crs, read_part, cancelled)
        except UserError as exc:
            if transcoded is None:
                raise
            raise UserError(str(exc).replace(str(transcoded), str(p))) from exc
        finally:
            if transcoded is not None:
                transcoded.unlink(missing_ok=True)
    check_cancelled(cancelled)
    holder = [gdf]
    del gdf
    return _finish(p, holder, declared, crs, report, sub_progress(progress, 0.85, 1.0), cancelled, pre)


def _scan_geojson_text(
    p: Path, report: LoadReport, progress: ProgressFn, cancelled: CancelledFn
) -> tuple[GeoJsonScan, Path | None]:
    """Scan the text; when it is not UTF-8 but Windows-1252, also the UTF-8 temporary copy to read instead (the
    caller deletes it).  Text that is neither stays refused with the not-UTF-8 message."""
    from layers.io.geojson_check import NotUtf8Error, scan_geojson

    try:
        return scan_geojson(p, sub_progress(progress, 0.0, 0.08), cancelled), None
    except NotUtf8Error as not_utf8:
        scan, copy = _transcode_to_temp(p, not_utf8, sub_progress(progress, 0.08, 0.16), cancelled)
        report.encoding = "cp1252"
        report.notes.append(f"{p.name} is not UTF-8 text ({not_utf8.where}); it was read as Windows-1252 (Latin-1) "
                            "text, as desktop GIS does. Check that names with ä, ö and å look right, and re-save the "
                            "file as UTF-8 to avoid this warning")
        return scan, copy


def _transcode_to_temp(
    p: Path, not_utf8: NotUtf8Error, progress: ProgressFn, cancelled: CancelledFn
) -> tuple[GeoJsonScan, Path]:
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
        raise UserError(f"{p}: is Windows-1252 text, not UTF-8, and its UTF-8 copy could not be written to the "
                        f"temporary folder ({exc.strerror or exc}); free disk space or re-save the file as "
                        "UTF-8") from exc
    except BaseException:
        if copy is not None:
            copy.unlink(missing_ok=True)
        raise


def _choose_layer(p: Path, src: str, layer: str | None, fmt: str, report: LoadReport) -> str | None:
    if fmt not in ("gpkg", "other"):
        return layer
    import pyogrio

    try:
        names = [str(n) for n, _ in pyogrio.list_layers(src)]
    except Exception as exc:
        raise UserError(f"{p}: cannot be opened as geodata ({_short(exc)}); give a {SUPPORTED_TEXT} file") from exc
    if layer is not None:
        if layer not in names:
            raise UserError(f"{p}: has no layer {layer!r}; its layers are: {', '.join(names) or 'none'}")
        report.layer = layer
        return layer
    if not names:
        raise UserError(f"{p}: holds no layers; give a file with geodata")
    if len(names) > 1:
        report.notes.append(f"the file has {len(names)} layers ({', '.join(names)}); read the first, "
                            f"{names[0]!r}: choose another with --layer NAME or in the load dialog")
    report.layer = names[0]
    return names[0]


def _feature_count(src: str, layer: str | None) -> int | None:
    import pyogrio

    try:
        n = int(pyogrio.read_info(src, layer=layer)["features"])
    except Exception:
        return None
    return n if n >= 0 else None


@dataclass
class _Decoded:
    """Geometry decoded while reading: already transformed to EPSG:3067 from ``crs`` (the CRS the file declares
    or the caller gave), with the per-feature bounds in that source CRS and the count of 3D geometries."""

    crs: Any
    bounds: np.ndarray
    flattened_3d: int
    projected: np.ndarray  # features that were projected (those whose coordinates fit ``crs``)


def _read_arrow(
    p: Path, src: str, layer: str | None, total: int | None, given: str | None, progress: ProgressFn,
    cancelled: CancelledFn,
) -> tuple[gpd.GeoDataFrame, Any, _Decoded | None]:
    """Stream the layer in Arrow batches.  A worker thread decodes each batch's WKB (and, when a CRS is known up
    front, projects it to EPSG:3067) while GDAL reads the next one, so the raw WKB of the whole file is never
    held next to the geometries and the projection costs little extra time.  If the CRS check later disagrees
    with that CRS, :func:`_finish` projects back (rare)."""
    from concurrent.futures import ThreadPoolExecutor

    import geopandas as gpd
    import pyarrow as pa
    import pyogrio

    batches = []
    futures = []
    n = 0
    pool = ThreadPoolExecutor(1, thread_name_prefix="regionmap-wkb")
    try:
        with warnings.catch_warnings(record=True) as caught, \
                pyogrio.open_arrow(src, layer=layer, batch_size=BATCH_SIZE, use_pyarrow=True) as (meta, reader):
            geom_name = meta.get("geometry_name") or "wkb_geometry"
            schema = reader.schema
            if geom_name not in schema.names:
                raise UserError(f"{p}: has no geometry column (it is a plain table); for a CSV with coordinates "
                                "name the columns lon/lat or x/y, or give a geodata file")
            attr_schema = schema.remove(schema.get_field_index(geom_name))
            spec = _speculative_crs(given or meta.get("crs"))
            for batch in reader:
                futures.append(pool.submit(_decode_batch, batch.column(geom_name), spec))
                batches.append(batch.drop_columns([geom_name]))
                del batch
                n += batches[-1].num_rows
                progress(min(n / total, 0.99) if total else 0.5, f"read {n:,} features")
                check_cancelled(cancelled)
            parts = [f.result() for f in futures]
    except (UserError, Cancelled):
        pool.shutdown(wait=True, cancel_futures=True)
        raise
    except Exception as exc:
        pool.shutdown(wait=True, cancel_futures=True)
        raise _gdal_error(p, exc) from exc
    pool.shutdown(wait=True)
    del futures
    gdal_notes = list(dict.fromkeys(" ".join(str(w.message).split()) for w in caught))
    table = pa.Table.from_batches(batches, schema=attr_schema)
    del batches
    df = table.to_pandas(split_blocks=True, self_destruct=True)
    del table
    geoms = np.concatenate([g for g, _, _ in parts]) if parts else np.empty(0, dtype=object)
    pre = None
    if spec is not None:
        bounds = np.concatenate([b for _, b, _ in parts]) if parts else np.zeros((0, 4))
        projected = np.concatenate([m for _, _, (_, m) in parts]) if parts else np.zeros(0, dtype=bool)
        pre = _Decoded(spec, bounds, sum(z for _, _, (z, _) in parts), projected)
    del parts
    gdf = gpd.GeoDataFrame(df, geometry=gpd.GeoSeries(geoms, index=df.index), crs=None)
    gdf.attrs["gdal_notes"] = [f"GDAL: {m[:200]}" for m in gdal_notes[:3]]
    return gdf, meta.get("crs"), pre


def _speculative_crs(crs: Any) -> Any:
    """The CRS to project from while reading (None: not known, or already EPSG:3067)."""
    from pyproj import CRS

    if crs is None:
        return None
    try:
        c = CRS.from_user_input(crs)
    except Exception:
        return None
    return None if c.to_epsg() == 3067 else c


def _projector(src: Any, dst: Any) -> Any:
    from pyproj import CRS

    from layers.crs import transformer

    def key(c: Any) -> str:
        c = CRS.from_user_input(c)
        return f"EPSG:{c.to_epsg()}" if c.to_epsg() else c.to_wkt()

    t = transformer(key(src), key(dst))

    def project(coords: np.ndarray) -> np.ndarray:
        x, y = t.transform(coords[:, 0], coords[:, 1])  # type: ignore[attr-defined]
        return np.column_stack([x, y])

    return project


def _decode_batch(column: Any, spec: Any) -> tuple[np.ndarray, np.ndarray | None, tuple[int, np.ndarray | None]]:
    import shapely

    geoms = _wkb_to_geoms(column)
    if spec is None:
        return geoms, None, (0, None)
    bounds = shapely.bounds(geoms)
    n3d = int(shapely.has_z(geoms).sum())
    fit = crs_detect.declared_fit(spec, bounds) & ~shapely.is_missing(geoms)
    with np.errstate(invalid="ignore", over="ignore"), warnings.catch_warnings():
        warnings.simplefilter("ignore", RuntimeWarning)
        if fit.all():
            geoms = shapely.transform(geoms, _projector(spec, WORK_CRS))
        elif fit.any():
            geoms[fit] = shapely.transform(geoms[fit], _projector(spec, WORK_CRS))
    return geoms, bounds, (n3d, fit)


def _wkb_to_geoms(column: Any) -> np.ndarray:
    import shapely

    wkb = column.to_numpy(zero_copy_only=False)
    with np.errstate(invalid="ignore"), warnings.catch_warnings():
        warnings.simplefilter("ignore", RuntimeWarning)  # NaN coordinates: counted and skipped later
        return shapely.from_wkb(wkb, on_invalid="ignore")


def _gdal_error(p: Path, exc: Exception) -> UserError:
    from layers.io.geojson_check import explain_gdal_json_error

    msg = str(exc)
    if not p.exists():
        return UserError(f"{p}: the file disappeared while it was being read; check that it is not being moved or "
                         "deleted, then load it again")
    explained = explain_gdal_json_error(p, msg)
    if explained:
        return UserError(explained)
    if "not recognized as being in a supported file format" in msg or "not recognized as a supported" in msg:
        return UserError(f"{p}: is not geodata that regionmap can read; give a {SUPPORTED_TEXT} file")
    if "Layer" in msg and "not" in msg and "found" in msg:
        return UserError(f"{p}: {_short(exc)}")
    return UserError(f"{p}: cannot be read: {_short(exc)}; check that it is a valid {SUPPORTED_TEXT} file")


def _read_parquet(p: Path, progress: ProgressFn, cancelled: CancelledFn) -> tuple[gpd.GeoDataFrame, Any]:
    import geopandas as gpd

    progress(0.1, "reading GeoParquet")
    try:
        gdf = gpd.read_parquet(p)
    except ValueError as exc:
        if "geo" in str(exc).lower():
            raise UserError(f"{p}: is a Parquet table without GeoParquet geometry metadata; write it with "
                            "GeoPandas/GDAL as GeoParquet, or export it as CSV with coordinate columns") from exc
        raise
    check_cancelled(cancelled)
    declared = gdf.crs
    progress(1.0, f"read {len(gdf):,} features")
    return gdf.set_crs(None, allow_override=True), declared


def _finish(
    p: Path, holder: list[gpd.GeoDataFrame], declared: Any, given: str | None, report: LoadReport,
    progress: ProgressFn, cancelled: CancelledFn, pre: _Decoded | None = None,
) -> LoadedData:
    """Clean, choose the CRS, repair, transform.  ``holder`` holds the only reference to the frame read, so its
    memory can go as soon as the parts are taken out (peak memory matters for big files)."""
    import geopandas as gpd
    import shapely
    from pyproj import CRS

    from layers.io import geometry_fix as fix

    progress(0.0, "checking geometries")
    gdf = holder.pop()
    report.notes += gdf.attrs.pop("gdal_notes", [])
    geoms = np.asarray(gdf.geometry.array, dtype=object)
    attrs = gdf.drop(columns=gdf.geometry.name)
    del gdf
    missing = fix.null_or_empty(geoms)
    nonfinite = fix.has_nonfinite_coords(geoms) & ~missing
    report.skipped_empty += int(missing.sum())
    report.skipped_nonfinite = int(nonfinite.sum())
    keep = ~(missing | nonfinite)
    pre_bounds = pre.bounds if pre is not None else None
    projected = pre.projected if pre is not None else None
    if not keep.all():
        geoms = geoms[keep]
        attrs = attrs[keep]
        if pre_bounds is not None and projected is not None:
            pre_bounds, projected = pre_bounds[keep], projected[keep]
    attrs = attrs.reset_index(drop=True)
    if pre is not None:
        report.flattened_3d = pre.flattened_3d  # projected geometries are already 2D
    else:
        geoms, report.flattened_3d = fix.flatten_3d(geoms)
    check_cancelled(cancelled)

    declared_crs = None
    if declared is not None:
        try:
            declared_crs = CRS.from_user_input(declared)
        except Exception:
            report.notes.append("the file's CRS definition could not be understood; detected one instead")
    report.crs_declared = crs_detect.crs_code(declared_crs) if declared_crs is not None else None
    bounds = pre_bounds if pre_bounds is not None else (shapely.bounds(geoms) if len(geoms) else np.zeros((0, 4)))
    src, mask = _choose_crs(p, bounds, declared_crs, given, report)
    in_work_crs = False
    if pre is not None and projected is not None:
        if not report.axes_swapped and CRS.from_user_input(src) == pre.crs and projected[mask].all():
            in_work_crs = True  # projected while reading
        else:  # the CRS check disagreed with the CRS used while reading: back to the source coordinates
            if projected.any():
                geoms = geoms.copy()
                geoms[projected] = shapely.transform(geoms[projected], _projector(WORK_CRS, pre.crs))
            geoms, _ = fix.flatten_3d(geoms)  # (counted while reading)
    if report.axes_swapped:
        geoms = fix.swap_xy(geoms)
        bounds = bounds[:, [1, 0, 3, 2]]
    report.skipped_out_of_range = int((~mask).sum())
    if report.skipped_out_of_range:
        geoms, bounds = geoms[mask], bounds[mask]
        attrs = attrs[mask].reset_index(drop=True)
    progress(0.3, "transforming to EPSG:3067")
    src_crs = CRS.from_user_input(src)
    bbox = _bbox_wgs84_from_source(bounds, src_crs)
    if len(geoms) and src_crs.to_epsg() != 3067 and not in_work_crs:
        with np.errstate(invalid="ignore", over="ignore"):
            geoms = shapely.transform(geoms, _projector(src_crs, WORK_CRS))
    check_cancelled(cancelled)
    progress(0.6, "repairing geometries")
    if len(geoms):
        bad = fix.non_finite(shapely.bounds(geoms))
        if bad.any():
            report.skipped_out_of_range += int(bad.sum())
            geoms = geoms[~bad]
            attrs = attrs[~bad].reset_index(drop=True)
            bbox = None
    geoms, report.repaired = fix.make_valid(geoms)
    out = gpd.GeoDataFrame(attrs, geometry=gpd.GeoSeries(geoms, index=attrs.index, crs=WORK_CRS), crs=WORK_CRS)
    del attrs
    report.n_features = len(out)
    if len(out):
        report.geometry_types, report.families = fix.type_summary(geoms)
    if len(report.families) > 1:
        report.notes.append("mixed geometry kept in one layer: " + ", ".join(
            f"{n} {k}{'s' if n != 1 else ''}" for k, n in report.families.items()))
    if len(out):
        report.bbox_wgs84 = bbox or _bbox_from_work(out)
    else:
        report.notes.append("the file holds no features to draw" + (
            " (all were skipped, see the counts above)" if report.skipped else ""))
    if report.skipped_out_of_range:
        report.notes.append(f"{report.skipped_out_of_range} feature(s) lie outside the valid range of {report.crs} "
                            "and were left out")
    progress(1.0, f"read {len(out):,} features")
    return LoadedData(out, report)


def _bbox_wgs84_from_source(bounds: np.ndarray, src: Any) -> tuple[float, float, float, float] | None:
    """Exact lon/lat bounds for WGS84 sources (their own bounds); None for others (see :func:`_bbox_from_work`)."""
    if len(bounds) == 0 or not (src.is_geographic and src.to_epsg() == 4326):
        return None
    b = (float(np.nanmin(bounds[:, 0])), float(np.nanmin(bounds[:, 1])), float(np.nanmax(bounds[:, 2])),
         float(np.nanmax(bounds[:, 3])))
    return b if np.isfinite(b).all() else None


def _bbox_from_work(out: gpd.GeoDataFrame) -> tuple[float, float, float, float]:
    """The EPSG:3067 bounds transformed to lon/lat (densified edges; slightly larger than the data's own)."""
    from layers.crs import transformer

    x0, y0, x1, y1 = out.total_bounds
    b = transformer(WORK_CRS, "EPSG:4326").transform_bounds(x0, y0, x1, y1)  # type: ignore[attr-defined]
    return (float(b[0]), float(b[1]), float(b[2]), float(b[3]))


def _choose_crs(
    p: Path, bounds: np.ndarray, declared: Any, given: str | None, report: LoadReport
) -> tuple[Any, np.ndarray]:
    """The source CRS and the mask of features that fit it; fills ``report.crs``/``crs_how``/notes."""
    from pyproj import CRS

    n = len(bounds)
    if given:
        try:
            crs = CRS.from_user_input(given)
        except Exception as exc:
            raise UserError(f"{p}: {given!r} is not a CRS regionmap knows; give an EPSG code such as EPSG:3067") \
                from exc
        mask = crs_detect.declared_fit(crs, bounds)
        if n and mask.mean() < crs_detect.MIN_FIT:
            raise UserError(f"{p}: the coordinates ({crs_detect.describe_range(bounds)}) cannot be in "
                            f"{crs_detect.crs_code(crs)}, the CRS given; check the CRS")
        report.crs, report.crs_how = crs_detect.crs_code(crs), "given"
        return crs, mask
    if n == 0:
        if declared is not None:
            report.crs, report.crs_how = crs_detect.crs_code(declared), "declared"
            return declared, np.zeros(0, dtype=bool)
        report.crs, report.crs_how = WORK_CRS, "assumed"
        return CRS.from_user_input(WORK_CRS), np.zeros(0, dtype=bool)
    if declared is not None:
        if declared.is_geographic:
            swapped = crs_detect.finland_swapped(bounds)
            if swapped is not None:
                report.crs, report.crs_how, report.axes_swapped = crs_detect.crs_code(declared), "detected", True
                report.notes.append("latitude and longitude were swapped in the file (the data would lie in the "
                                    "Arabian Sea); swapped them back. If this is wrong, load with the CRS given "
                                    f"explicitly ({report.crs})")
                return declared, swapped.mask
        mask = crs_detect.declared_fit(declared, bounds)
        if mask.mean() >= crs_detect.MIN_FIT:
            report.crs, report.crs_how = crs_detect.crs_code(declared), "declared"
            return declared, mask
    det = crs_detect.detect_crs(bounds)
    rng = crs_detect.describe_range(bounds)
    if det is None:
        said = (f"its coordinates ({rng}) do not fit its declared CRS {crs_detect.crs_code(declared)}"
                if declared is not None else f"it declares no CRS and its coordinates ({rng})")
        raise UserError(f"{p}: {said} nor any CRS used for Finnish data ({crs_detect.KNOWN_CRS_TEXT}); give the "
                        "CRS explicitly (for example --crs EPSG:3879, or choose it in the load dialog)")
    cand = det.candidate
    report.crs, report.crs_how, report.axes_swapped = cand.crs, "detected", cand.swapped
    if declared is not None:
        report.notes.append(f"the file says its CRS is {crs_detect.crs_code(declared)} but the coordinates ({rng}) "
                            f"do not fit it; they fit {cand.label} ({cand.crs}), which was assumed. Give the CRS "
                            "explicitly if this is wrong")
    else:
        report.notes.append(f"the file declares no CRS; its coordinates ({rng}) fit {cand.label} ({cand.crs}), "
                            "which was assumed. Give the CRS explicitly if this is wrong")
    return CRS.from_user_input(cand.crs), det.mask
