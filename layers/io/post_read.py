"""After the read: from the frame as the file holds it to the layer in EPSG:3067, with the report filled in.

The steps every format shares (the readers only produce a frame without a CRS, the CRS the file declares and,
for streamed files, what :mod:`layers.io.arrow_batches` already projected):

1. Geometry (:mod:`layers.io.geometry_fix`): null and empty geometries skipped (counted), features with
   NaN/infinite coordinates skipped (counted apart from the empty ones), 3D flattened (counted).
2. CRS (:func:`_choose_crs`, with the ranges of :mod:`layers.io.crs_detect`): the caller's, else the declared
   one when the coordinates fit it, else the detected one; swapped lat/lon swapped back; features outside the
   chosen CRS's range skipped (counted).
3. Transform to EPSG:3067 (unless done while reading), then invalid geometries repaired with ``make_valid``.
4. The report's counts, geometry types, lon/lat bounding box and notes.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from layers.crs import WORK_CRS
from layers.errors import UserError
from layers.i18n import format_number, translate
from layers.io import crs_detect
from layers.io.limits import ReadLimits, current_limits
from layers.io.load_report import LoadedData, LoadReport
from layers.io.projection import projector
from layers.tasks import CancelledFn, ProgressFn, check_cancelled

if TYPE_CHECKING:
    import geopandas as gpd

    from layers.io.arrow_batches import Decoded


def prepare_loaded(
    p: Path, holder: list[gpd.GeoDataFrame], declared: Any, given: str | None, report: LoadReport,
    progress: ProgressFn, cancelled: CancelledFn, pre: Decoded | None = None, limits: ReadLimits | None = None,
) -> LoadedData:
    """Clean, choose the CRS, repair, transform (:func:`prepare_geometries`).  ``holder`` holds the only reference
    to the frame read, so its memory can go as soon as the parts are taken out (peak memory matters for big
    files).  ``declared`` is the file's CRS (any pyproj input, or None), ``given`` the caller's; ``pre`` what was
    projected while reading.  ``limits``: the vertices of one geometry, and of an invalid one to repair
    (:mod:`layers.io.limits`)."""
    import geopandas as gpd

    gdf = holder.pop()
    report.notes += gdf.attrs.pop("gdal_notes", [])
    geoms = np.asarray(gdf.geometry.array, dtype=object)
    attrs = gdf.drop(columns=gdf.geometry.name)
    del gdf
    geoms, rows = prepare_geometries(p, geoms, declared, given, report, progress, cancelled, pre, limits)
    attrs = (attrs if len(rows) == len(attrs) else attrs.iloc[rows]).reset_index(drop=True)
    out = gpd.GeoDataFrame(attrs, geometry=gpd.GeoSeries(geoms, index=attrs.index, crs=WORK_CRS), crs=WORK_CRS)
    del attrs
    progress(1.0, translate("io", "read {n} features").format(n=format_number(len(out))))
    return LoadedData(out, report)


def prepare_geometries(
    p: Path, geoms: np.ndarray, declared: Any, given: str | None, report: LoadReport, progress: ProgressFn,
    cancelled: CancelledFn, pre: Decoded | None = None, limits: ReadLimits | None = None,
) -> tuple[np.ndarray, np.ndarray]:
    """The steps of :func:`prepare_loaded` on the geometries alone, for every reader (the full one's frame and the
    light one's table, :mod:`layers.io.light_read`): the geometries in EPSG:3067, and the rows of the input they
    come from (ascending), with the report filled in (all but the final progress)."""
    import shapely
    from pyproj import CRS

    from layers.io import geometry_fix as fix

    progress(0.0, translate("io", "checking geometries"))
    rows = np.arange(len(geoms))
    missing = fix.null_or_empty(geoms)
    nonfinite = fix.has_nonfinite_coords(geoms) & ~missing
    report.skipped_empty += int(missing.sum())
    report.skipped_nonfinite = int(nonfinite.sum())
    keep = ~(missing | nonfinite)
    pre_bounds = pre.bounds if pre is not None else None
    projected = pre.projected if pre is not None else None
    if not keep.all():
        geoms = geoms[keep]
        rows = rows[keep]
        if pre_bounds is not None and projected is not None:
            pre_bounds, projected = pre_bounds[keep], projected[keep]
    limits = limits or current_limits()
    if len(geoms):
        counts = shapely.get_num_coordinates(geoms)
        limits.check(p, "max_vertices", int(counts.max()), detail=translate("io", "feature {n}'s vertices").format(
            n=int(counts.argmax()) + 1))
        del counts
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
            report.notes.append(translate("io", "the file's CRS definition could not be understood; detected one "
                                          "instead"))
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
                geoms[projected] = shapely.transform(geoms[projected], projector(WORK_CRS, pre.crs))
            geoms, _ = fix.flatten_3d(geoms)  # (counted while reading)
    if report.axes_swapped:
        geoms = fix.swap_xy(geoms)
        bounds = bounds[:, [1, 0, 3, 2]]
    report.skipped_out_of_range = int((~mask).sum())
    if report.skipped_out_of_range:
        geoms, bounds, rows = geoms[mask], bounds[mask], rows[mask]
    progress(0.3, translate("io", "transforming to EPSG:3067"))
    src_crs = CRS.from_user_input(src)
    bbox = _bbox_wgs84_from_source(bounds, src_crs)
    moved = bool(len(geoms)) and src_crs.to_epsg() != 3067 and not in_work_crs
    if moved:
        with np.errstate(invalid="ignore", over="ignore"):
            geoms = shapely.transform(geoms, projector(src_crs, WORK_CRS))
    check_cancelled(cancelled)
    progress(0.6, translate("io", "repairing geometries"))
    if len(geoms):  # the bounds of the CRS check where nothing moved since (a file in EPSG:3067)
        bad = fix.non_finite(bounds if not moved and pre is None else shapely.bounds(geoms))
        if bad.any():
            report.skipped_out_of_range += int(bad.sum())
            geoms, rows = geoms[~bad], rows[~bad]
            bbox = None
    try:
        geoms, report.repaired = fix.make_valid(geoms, limits.max_repair_vertices)
    except fix.TooBigToRepair as big:
        limits.check(p, "max_repair_vertices", big.vertices,
                     detail=translate("io", "feature {n} is invalid (a ring crossing itself?) and its vertices").format(
                         n=big.index + 1),
                     instead=translate("io", "repair it first in a GIS (QGIS: Vector > Geometry tools > Fix "
                                       "geometries)"))
        raise
    report.n_features = len(geoms)
    if len(geoms):
        report.geometry_types, report.families = fix.type_summary(geoms)
    if len(report.families) > 1:
        report.notes.append(translate("io", "mixed geometry kept in one layer: {counts}").format(counts=", ".join(
            _family_count(k, n) for k, n in report.families.items())))
    if len(geoms):
        report.bbox_wgs84 = bbox or _bbox_from_work(geoms)
    else:
        report.notes.append(translate("io", "the file holds no features to draw (all were skipped, see the counts "
                                      "above)") if report.skipped else
                            translate("io", "the file holds no features to draw"))
    if report.skipped_out_of_range:
        report.notes.append(translate(
            "io", "{n} feature(s) lie outside the valid range of {crs} and were left out").format(
            n=report.skipped_out_of_range, crs=report.crs))
    return geoms, rows


def _family_count(family: str, n: int) -> str:
    """``3 points``: a count of one geometry family (point, line, polygon, other), in the language."""
    texts = {"point": (translate("io", "1 point"), translate("io", "{n} points")),
             "line": (translate("io", "1 line"), translate("io", "{n} lines")),
             "polygon": (translate("io", "1 polygon"), translate("io", "{n} polygons")),
             "other": (translate("io", "1 other"), translate("io", "{n} others"))}
    one, many = texts.get(family, (f"1 {family}", f"{{n}} {family}s"))
    return one if n == 1 else many.format(n=n)


def _bbox_wgs84_from_source(bounds: np.ndarray, src: Any) -> tuple[float, float, float, float] | None:
    """Exact lon/lat bounds for WGS84 sources (their own bounds); None for others (see :func:`_bbox_from_work`)."""
    if len(bounds) == 0 or not (src.is_geographic and src.to_epsg() == 4326):
        return None
    b = (float(np.nanmin(bounds[:, 0])), float(np.nanmin(bounds[:, 1])), float(np.nanmax(bounds[:, 2])),
         float(np.nanmax(bounds[:, 3])))
    return b if np.isfinite(b).all() else None


def _bbox_from_work(geoms: np.ndarray) -> tuple[float, float, float, float]:
    """The EPSG:3067 bounds transformed to lon/lat (densified edges; slightly larger than the data's own)."""
    import shapely

    from layers.crs import transformer

    b = shapely.bounds(geoms)  # the frame's total_bounds, as GeoPandas takes them
    x0, y0, x1, y1 = np.nanmin(b[:, 0]), np.nanmin(b[:, 1]), np.nanmax(b[:, 2]), np.nanmax(b[:, 3])
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
            raise UserError(translate(
                "io", "{path}: {given!r} is not a CRS regionmap knows; give an EPSG code such as EPSG:3067").format(
                path=p, given=given)) from exc
        mask = crs_detect.declared_fit(crs, bounds)
        if n and mask.mean() < crs_detect.MIN_FIT:
            raise UserError(translate(
                "io", "{path}: the coordinates ({range}) cannot be in {crs}, the CRS given; check the CRS").format(
                path=p, range=crs_detect.describe_range(bounds), crs=crs_detect.crs_code(crs)))
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
                report.notes.append(translate(
                    "io", "latitude and longitude were swapped in the file (the data would lie in the Arabian Sea); "
                    "swapped them back. If this is wrong, load with the CRS given explicitly ({crs})").format(
                    crs=report.crs))
                return declared, swapped.mask
        mask = crs_detect.declared_fit(declared, bounds)
        if mask.mean() >= crs_detect.MIN_FIT:
            report.crs, report.crs_how = crs_detect.crs_code(declared), "declared"
            return declared, mask
    det = crs_detect.detect_crs(bounds)
    rng = crs_detect.describe_range(bounds)
    if det is None:
        said = (translate("io", "its coordinates ({range}) do not fit its declared CRS {crs}").format(
            range=rng, crs=crs_detect.crs_code(declared)) if declared is not None else
            translate("io", "it declares no CRS and its coordinates ({range})").format(range=rng))
        raise UserError(translate(
            "io", "{path}: {said} nor any CRS used for Finnish data ({known}); give the CRS explicitly (for example "
            "--crs EPSG:3879, or choose it in the load dialog)").format(
            path=p, said=said, known=crs_detect.KNOWN_CRS_TEXT))
    cand = det.candidate
    report.crs, report.crs_how, report.axes_swapped = cand.crs, "detected", cand.swapped
    if declared is not None:
        report.notes.append(translate(
            "io", "the file says its CRS is {declared} but the coordinates ({range}) do not fit it; they fit {label} "
            "({crs}), which was assumed. Give the CRS explicitly if this is wrong").format(
            declared=crs_detect.crs_code(declared), range=rng, label=cand.label, crs=cand.crs))
    else:
        report.notes.append(translate(
            "io", "the file declares no CRS; its coordinates ({range}) fit {label} ({crs}), which was assumed. Give "
            "the CRS explicitly if this is wrong").format(range=rng, label=cand.label, crs=cand.crs))
    return CRS.from_user_input(cand.crs), det.mask
