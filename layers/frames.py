"""Tables of either kind read and built by one piece of code: a GeoDataFrame or a light table.

The region's preparation (:mod:`layers.io.region_boundaries`, :mod:`layers.io.boundaries`, :mod:`layers.hotspots`,
:mod:`layers.coverage.zones`) runs on the window's GeoDataFrames and on the pandas-free
:class:`layers.coverage.tables.GeoTable` of a light command-line run, by the same rules.  Those functions take
the columns and geometries out at the top, compute with numpy and shapely, and build their result here, of the
kind they were given::

    names = values(frame, "name")                 # Python values of a column
    geoms = geometries(frame)                     # shapely geometries, an object array
    kept = take(frame, rows)                      # the rows at these positions, of the frame's kind
    out = frame_like(frame, {"code": codes, "name": names, "geometry": geoms})  # columns in this order
    same = frame_like(frame, columns_of(frame))   # every column as it stands

A GeoDataFrame gives a GeoDataFrame (geopandas imported only then); any other table is built by its own class
from ``(columns, geometry, order=...)``, so this module never imports pandas.
"""

from __future__ import annotations

import math
import sys
from collections.abc import Mapping, Sequence
from typing import Any

import numpy as np

GEOMETRY = "geometry"
_KEEP_CRS = object()


def is_geodataframe(frame: Any) -> bool:
    """Whether ``frame`` is a GeoDataFrame (never imports geopandas: one that was never imported made none)."""
    gpd = sys.modules.get("geopandas")
    return gpd is not None and isinstance(frame, gpd.GeoDataFrame)


def field_names(frame: Any) -> list[str]:
    """The columns other than the geometry, in order."""
    geometry = frame.geometry.name if is_geodataframe(frame) else GEOMETRY
    return [str(c) for c in frame.columns if c != geometry]


def column_order(frame: Any) -> list[str]:
    """Every column in order, the geometry named ``"geometry"`` where it stands."""
    geometry = frame.geometry.name if is_geodataframe(frame) else GEOMETRY
    return [GEOMETRY if c == geometry else str(c) for c in frame.columns]


def values(frame: Any, name: str) -> list:
    """A column's values as Python objects (str, int, float; None or NaN where missing)."""
    return list(frame[name].tolist())


def geometries(frame: Any) -> np.ndarray:
    """The shapely geometries of ``frame``, an object array (None where missing)."""
    geometry = frame.geometry
    return np.asarray(geometry.values if is_geodataframe(frame) else geometry, dtype=object)


def union_all(frame: Any) -> Any:
    """The union of the frame's geometries (an empty GeometryCollection for no rows), as GeoDataFrame.union_all."""
    import shapely

    return shapely.union_all(geometries(frame))


def is_missing(value: Any) -> bool:
    """Whether a value is missing: None, NaN (a number column's gap) or pandas' NA."""
    pandas = sys.modules.get("pandas")
    return value is None or (isinstance(value, float) and math.isnan(value)) or (
        pandas is not None and value is pandas.NA)


def text(value: Any) -> str:
    """A value as text, the one rule of names and codes: missing is ``""``, a number as ``str`` gives it."""
    return "" if is_missing(value) else str(value)


def take(frame: Any, rows: Sequence[int] | np.ndarray) -> Any:
    """The rows of ``frame`` at these positions (in this order), of its kind, numbered from 0 again."""
    positions = np.asarray(rows, dtype=np.intp)
    if is_geodataframe(frame):
        return frame.iloc[positions].reset_index(drop=True)
    columns: dict[str, Any] = {c: np.asarray(frame[c])[positions] for c in field_names(frame)}
    columns[GEOMETRY] = geometries(frame)[positions]
    return frame_like(frame, {c: columns[c] for c in column_order(frame)})


def frame_like(template: Any, columns: Mapping[str, Any], *, crs: Any = _KEEP_CRS) -> Any:
    """A table of ``template``'s kind (None: a GeoDataFrame) with ``columns`` in their order, one of them
    ``"geometry"`` (shapely geometries).  A GeoDataFrame gets ``crs`` (default: the template's)."""
    if GEOMETRY not in columns:
        raise ValueError("a table needs a 'geometry' column")
    if template is None or is_geodataframe(template):
        import geopandas as gpd

        if crs is _KEEP_CRS:
            crs = getattr(template, "crs", None)
        data = {name: (v.reset_index(drop=True) if hasattr(v, "reset_index") else v) for name, v in columns.items()}
        data[GEOMETRY] = np.asarray(columns[GEOMETRY], dtype=object)
        return gpd.GeoDataFrame(data, geometry=GEOMETRY, crs=crs)
    fields = {name: v for name, v in columns.items() if name != GEOMETRY}
    return type(template)(fields, columns[GEOMETRY], order=list(columns))


def with_columns(frame: Any, columns: Mapping[str, Any]) -> Any:
    """``frame`` with these columns set (an existing one keeps its place, a new one comes last), as a copy."""
    if is_geodataframe(frame):
        out = frame.copy()
        for name, v in columns.items():
            out[name] = v
        return out
    return frame_like(frame, {**columns_of(frame), **columns})


def columns_of(frame: Any) -> dict[str, Any]:
    """Every column of ``frame`` in order, the geometry as shapely geometries under ``"geometry"``: what
    :func:`frame_like` builds a table of the same columns from."""
    return {c: (geometries(frame) if c == GEOMETRY else frame[c]) for c in column_order(frame)}
