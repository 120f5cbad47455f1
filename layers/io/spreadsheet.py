"""Spreadsheets (XLSX, ODS) with point coordinates or WKT, read as CSV tables are.

GDAL reads both formats (its XLSX and ODS drivers; each sheet is a layer and the header row is found by GDAL).
The coordinate columns are found by the names :mod:`layers.io.csv_points` knows (lon/lat, x/y, E/N, itä/
pohjoinen, WKT ...); the CRS is left to the loader, which detects it from the value ranges as for a CSV.
Numbers typed as text with a decimal comma (``24,93``), as Finnish spreadsheets hold them, are read as numbers.
Rows without usable coordinates are skipped and counted.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from layers.errors import UserError
from layers.i18n import translate
from layers.io.csv_points import WKT_NAMES, X_NAMES, Y_NAMES, _pick
from layers.io.limits import ReadLimits, current_limits
from layers.tasks import CancelledFn, ProgressFn, check_cancelled, never_cancelled, no_progress

if TYPE_CHECKING:
    import geopandas as gpd
    import numpy as np
    import pandas as pd


def _numbers(column: pd.Series) -> np.ndarray:
    """A column as floats; text cells with a decimal comma count, anything else is NaN."""
    import pandas as pd

    text = column.astype(str).str.strip().str.replace(",", ".", regex=False)
    return pd.to_numeric(text.where(column.notna()), errors="coerce").to_numpy(dtype=float)


def read_spreadsheet(
    path: Path,
    layer: str | None = None,
    progress: ProgressFn = no_progress,
    cancelled: CancelledFn = never_cancelled,
    limits: ReadLimits | None = None,
) -> tuple[gpd.GeoDataFrame, int, str]:
    """The sheet ``layer`` (else the first) as points without CRS, the rows skipped, and the sheet read."""
    import geopandas as gpd
    import numpy as np
    import pyogrio
    import shapely

    try:
        sheets = [str(name) for name, _type in pyogrio.list_layers(path)]
    except Exception as exc:  # GDAL raises several types for a damaged file
        raise UserError(translate(
            "io", "{path}: cannot be opened as a spreadsheet ({exc}); save it again as XLSX or ODS").format(
            path=path, exc=str(exc)[:200])) from exc
    if not sheets:
        raise UserError(translate("io", "{path}: has no sheets; give a spreadsheet with a table of coordinates").format(
            path=path))
    sheet = layer if layer is not None else sheets[0]
    if sheet not in sheets:
        raise UserError(translate("io", "{path}: has no sheet {sheet!r}; its sheets are: {sheets}").format(
            path=path, sheet=sheet, sheets=", ".join(sheets)))
    progress(0.1, translate("io", "reading sheet {sheet}").format(sheet=sheet))
    try:
        info = pyogrio.read_info(path, layer=sheet)
        (limits or current_limits()).check(path, "max_features", int(info.get("features") or 0),
                                           detail=translate("io", "its rows"))
        df = pyogrio.read_dataframe(path, layer=sheet, read_geometry=False)
    except UserError:
        raise
    except Exception as exc:
        raise UserError(translate("io", "{path}: sheet {sheet!r} cannot be read ({exc})").format(
            path=path, sheet=sheet, exc=str(exc)[:200])) from exc
    check_cancelled(cancelled)
    columns = [str(c) for c in df.columns]
    x, y, wkt = _pick(columns, X_NAMES), _pick(columns, Y_NAMES), _pick(columns, WKT_NAMES)
    if wkt is not None:
        geoms = shapely.from_wkt(df[wkt].astype(str).where(df[wkt].notna()).to_numpy(), on_invalid="ignore")
        df = df.drop(columns=[wkt])
    elif x is not None and y is not None:
        xs, ys = _numbers(df[x]), _numbers(df[y])
        ok = np.isfinite(xs) & np.isfinite(ys)
        geoms = np.full(len(df), None, dtype=object)
        geoms[ok] = shapely.points(xs[ok], ys[ok])
    else:
        raise UserError(translate(
            "io", "{path}: sheet {sheet!r} has no coordinate columns (columns: {columns}); name them lon/lat, x/y or "
            "E/N, or add a WKT column").format(path=path, sheet=sheet,
                                               columns=", ".join(columns) or translate("io", "none")))
    missing = np.array([g is None for g in geoms], dtype=bool)
    gdf = gpd.GeoDataFrame(df, geometry=gpd.GeoSeries(list(geoms), index=df.index), crs=None)
    progress(1.0, translate("io", "read sheet {sheet}").format(sheet=sheet))
    return gdf[~missing].reset_index(drop=True), int(missing.sum()), sheet


__all__ = ["read_spreadsheet"]
