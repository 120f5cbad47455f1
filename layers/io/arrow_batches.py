"""Stream one GDAL layer in Arrow batches, with progress and Cancel between batches.

A worker thread decodes each batch's WKB (and, when a CRS is known up front, projects it to EPSG:3067) while
GDAL reads the next one, so the raw WKB of the whole file is never held next to the geometries and the
projection costs little extra time.  What was projected is handed on as :class:`Decoded`, so that
:mod:`layers.io.post_read` neither projects it twice nor recomputes the bounds in the source CRS.
"""

from __future__ import annotations

import warnings
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from layers.crs import WORK_CRS
from layers.errors import Cancelled, UserError
from layers.i18n import format_number, translate
from layers.io import crs_detect
from layers.io.limits import ReadLimits, current_limits, memory_estimate
from layers.io.projection import projector, speculative_crs
from layers.io.read_errors import gdal_error
from layers.tasks import CancelledFn, ProgressFn, check_cancelled

if TYPE_CHECKING:
    import geopandas as gpd

BATCH_SIZE = 50_000
MAX_GDAL_NOTES = 3  # GDAL's warnings kept as notes on the report (distinct ones, first seen first)


@dataclass
class Decoded:
    """Geometry decoded while reading: already transformed to EPSG:3067 from ``crs`` (the CRS the file declares
    or the caller gave), with the per-feature bounds in that source CRS and the count of 3D geometries."""

    crs: Any
    bounds: np.ndarray
    flattened_3d: int
    projected: np.ndarray  # features that were projected (those whose coordinates fit ``crs``)


def read_arrow(
    p: Path, src: str, layer: str | None, total: int | None, given: str | None, progress: ProgressFn,
    cancelled: CancelledFn, limits: ReadLimits | None = None,
) -> tuple[gpd.GeoDataFrame, Any, Decoded | None]:
    """The layer as a frame without a CRS, the CRS the file declares, and what was projected while reading
    (None when no CRS was known up front).  ``total`` (an estimate of the features, or None) scales the progress.
    If the CRS check later disagrees with the CRS used here, :func:`layers.io.post_read.prepare_loaded`
    projects back (rare).  ``limits`` are checked batch by batch (features, vertices, memory), so an input
    over them stops after one batch over, not after the whole file."""
    from concurrent.futures import ThreadPoolExecutor

    import geopandas as gpd
    import pyarrow as pa
    import pyogrio

    batches = []
    futures = []
    n = 0
    guard = _StreamGuard(p, limits or current_limits())
    pool = ThreadPoolExecutor(1, thread_name_prefix="regionmap-wkb")
    try:
        with warnings.catch_warnings(record=True) as caught, \
                pyogrio.open_arrow(src, layer=layer, batch_size=BATCH_SIZE, use_pyarrow=True) as (meta, reader):
            geom_name = meta.get("geometry_name") or "wkb_geometry"
            schema = reader.schema
            if geom_name not in schema.names:
                raise UserError(translate(
                    "io", "{path}: has no geometry column (it is a plain table); for a CSV with coordinates name the "
                    "columns lon/lat or x/y, or give a geodata file").format(path=p))
            attr_schema = schema.remove(schema.get_field_index(geom_name))
            spec = speculative_crs(given or meta.get("crs"))
            for batch in reader:
                futures.append(pool.submit(_decode_batch, batch.column(geom_name), spec))
                batches.append(batch.drop_columns([geom_name]))
                del batch
                n += batches[-1].num_rows
                guard.batch_read(n, batches[-1].nbytes, futures)
                progress(min(n / total, 0.99) if total else 0.5,
                         translate("io", "read {n} features").format(n=format_number(n)))
                check_cancelled(cancelled)
            parts = [f.result() for f in futures]
            guard.batch_read(n, 0, futures, wait=True)
    except (UserError, Cancelled):
        pool.shutdown(wait=True, cancel_futures=True)
        raise
    except Exception as exc:
        pool.shutdown(wait=True, cancel_futures=True)
        raise gdal_error(p, exc) from exc
    pool.shutdown(wait=True)
    del futures
    gdal_notes = list(dict.fromkeys(" ".join(str(w.message).split()) for w in caught))
    table = pa.Table.from_batches(batches, schema=attr_schema)
    del batches
    df = table.to_pandas(split_blocks=True, self_destruct=True)
    del table
    geoms = np.concatenate([g for g, _, _, _ in parts]) if parts else np.empty(0, dtype=object)
    pre = None
    if spec is not None:
        bounds = np.concatenate([b for _, b, _, _ in parts]) if parts else np.zeros((0, 4))
        projected = np.concatenate([m for _, _, (_, m), _ in parts]) if parts else np.zeros(0, dtype=bool)
        pre = Decoded(spec, bounds, sum(z for _, _, (z, _), _ in parts), projected)
    del parts
    gdf = gpd.GeoDataFrame(df, geometry=gpd.GeoSeries(geoms, index=df.index), crs=None)
    gdf.attrs["gdal_notes"] = [f"GDAL: {m[:200]}" for m in gdal_notes[:MAX_GDAL_NOTES]]
    return gdf, meta.get("crs"), pre


class _StreamGuard:
    """The limits checked while streaming: features as they are read, and the vertices of each batch as soon as
    its geometries are decoded (the worker thread counts them)."""

    def __init__(self, p: Path, limits: ReadLimits) -> None:
        self.p, self.limits = p, limits
        self.checked = 0  # batches whose vertex counts were checked
        self.rows = 0  # features in those batches
        self.vertices = 0
        self.raw = 0  # bytes of the attribute batches kept

    def batch_read(self, n: int, raw: int, futures: list[Any], wait: bool = False) -> None:
        self.raw += raw
        self.limits.check(self.p, "max_features", n, detail=translate("io", "its features (counted so far)"))
        while self.checked < len(futures) and (wait or futures[self.checked].done()):
            geoms, _, _, (most, total, where) = futures[self.checked].result()
            self.limits.check(self.p, "max_vertices", most, detail=translate("io", "feature {n}'s vertices").format(
                n=self.rows + where + 1))
            self.rows += len(geoms)
            self.vertices += total
            self.checked += 1
        self.limits.check(self.p, "max_memory_mb", memory_estimate(n, self.vertices, self.raw),
                          detail=translate("io", "the memory it needs (estimated, so far)"))


def _decode_batch(
    column: Any, spec: Any
) -> tuple[np.ndarray, np.ndarray | None, tuple[int, np.ndarray | None], tuple[int, int, int]]:
    """One batch's geometries, decoded from WKB and :func:`project_fitting`."""
    return project_fitting(_wkb_to_geoms(column), spec)


def project_fitting(
    geoms: np.ndarray, spec: Any
) -> tuple[np.ndarray, np.ndarray | None, tuple[int, np.ndarray | None], tuple[int, int, int]]:
    """Geometries as read; with a CRS ``spec``, those that fit it projected to EPSG:3067, plus the bounds in
    ``spec``, (the count of 3D geometries, the mask of the projected ones) and (the most vertices of one geometry,
    all the vertices, the index of that geometry).  The streamed reader calls it batch by batch, the light reader
    (:mod:`layers.io.light_read`) once: the same numbers either way."""
    import shapely

    counts = shapely.get_num_coordinates(geoms)
    stats = (int(counts.max()), int(counts.sum()), int(counts.argmax())) if len(counts) else (0, 0, 0)
    if spec is None:
        return geoms, None, (0, None), stats
    bounds = shapely.bounds(geoms)
    n3d = int(shapely.has_z(geoms).sum())
    fit = crs_detect.declared_fit(spec, bounds) & ~shapely.is_missing(geoms)
    with np.errstate(invalid="ignore", over="ignore"), warnings.catch_warnings():
        warnings.simplefilter("ignore", RuntimeWarning)
        if fit.all():
            geoms = shapely.transform(geoms, projector(spec, WORK_CRS))
        elif fit.any():
            geoms[fit] = shapely.transform(geoms[fit], projector(spec, WORK_CRS))
    return geoms, bounds, (n3d, fit), stats


def _wkb_to_geoms(column: Any) -> np.ndarray:
    import shapely

    wkb = column.to_numpy(zero_copy_only=False)
    with np.errstate(invalid="ignore"), warnings.catch_warnings():
        warnings.simplefilter("ignore", RuntimeWarning)  # NaN coordinates: counted and skipped later
        return shapely.from_wkb(wkb, on_invalid="ignore")
