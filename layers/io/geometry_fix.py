"""Geometry clean-up done on every load, and the mixed-geometry policy.

Policy for mixed geometry types: a file holding points, lines and polygons together loads as ONE layer (the
map draws each feature by its own type, and coverage uses every feature); the report says how many of each.
Callers that want one layer per type (the GUI offers it) use :func:`split_by_family`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np

if TYPE_CHECKING:
    import geopandas as gpd

FAMILIES = ("point", "line", "polygon")
_FAMILY = {"Point": "point", "MultiPoint": "point", "LineString": "line", "MultiLineString": "line",
           "LinearRing": "line", "Polygon": "polygon", "MultiPolygon": "polygon"}


def family_of(geom_type: str | None) -> str:
    return _FAMILY.get(geom_type or "", "other")


def split_by_family(gdf: gpd.GeoDataFrame) -> dict[str, gpd.GeoDataFrame]:
    """``{"point": ..., "line": ..., "polygon": ..., "other": ...}`` with only the non-empty parts, in that order.

    Geometry collections are exploded first so their members land in their own family.
    """
    if len(gdf) and (gdf.geom_type == "GeometryCollection").any():
        gdf = gdf.explode(index_parts=False)
    fam = gdf.geom_type.map(lambda t: family_of(t))
    out = {}
    for name in (*FAMILIES, "other"):
        part = gdf[fam == name]
        if len(part):
            out[name] = part.reset_index(drop=True)
    return out


# shapely type ids: 0 Point, 1 LineString, 2 LinearRing, 3 Polygon, 4 MultiPoint, 5 MultiLineString,
# 6 MultiPolygon, 7 GeometryCollection
_TYPE_NAMES = ("Point", "LineString", "LinearRing", "Polygon", "MultiPoint", "MultiLineString", "MultiPolygon",
               "GeometryCollection")
_TYPE_FAMILY = ("point", "line", "line", "polygon", "point", "line", "polygon", "other")


def type_summary(geoms: np.ndarray) -> tuple[list[str], dict[str, int]]:
    """(sorted geometry type names, features per family) of a non-null geometry array, vectorised."""
    import shapely

    ids = shapely.get_type_id(geoms)
    counts = np.bincount(ids[ids >= 0], minlength=8)
    names = sorted(_TYPE_NAMES[i] for i in range(8) if counts[i])
    fam: dict[str, int] = {}
    for i in range(8):
        if counts[i]:
            fam[_TYPE_FAMILY[i]] = fam.get(_TYPE_FAMILY[i], 0) + int(counts[i])
    return names, {k: fam[k] for k in (*FAMILIES, "other") if k in fam}


def family_counts(gdf: gpd.GeoDataFrame) -> dict[str, int]:
    return type_summary(np.asarray(gdf.geometry.array, dtype=object))[1]


def null_or_empty(geoms: np.ndarray) -> np.ndarray:
    import shapely

    return shapely.is_missing(geoms) | shapely.is_empty(geoms)


def non_finite(bounds: np.ndarray) -> np.ndarray:
    """Rows with a NaN or infinite coordinate in their bounding box."""
    if len(bounds) == 0:
        return np.zeros(0, dtype=bool)
    return ~np.isfinite(bounds).all(axis=1)


def has_nonfinite_coords(geoms: np.ndarray) -> np.ndarray:
    """Features with any NaN/infinite coordinate (bounds skip NaNs in some GEOS versions, so look at all)."""
    import shapely

    bad = np.zeros(len(geoms), dtype=bool)
    if np.isfinite(shapely.get_coordinates(geoms, include_z=False)).all():  # the common case, without the index
        return bad
    coords, index = shapely.get_coordinates(geoms, include_z=False, return_index=True)
    if len(coords):
        rows = ~np.isfinite(coords).all(axis=1)
        bad[np.unique(index[rows])] = True
    return bad


class TooBigToRepair(Exception):
    """An invalid geometry has more vertices than may be repaired (``index`` in the array, its ``vertices``)."""

    def __init__(self, index: int, vertices: int) -> None:
        super().__init__(f"geometry {index} is invalid and has {vertices} vertices")
        self.index, self.vertices = index, vertices


def make_valid(geoms: np.ndarray, max_vertices: int | None = None) -> tuple[np.ndarray, int]:
    """Repair invalid geometries (``shapely.make_valid``, structure method keeping polygons as polygons).

    The repair's time and memory grow much faster than the vertex count when a ring crosses itself many times
    (one such ring of 200,000 vertices: 40 s here, minutes and gigabytes later in the coverage check), so an
    invalid geometry of more than ``max_vertices`` raises :class:`TooBigToRepair` before any repair starts."""
    import shapely

    invalid = ~shapely.is_valid(geoms)
    n = int(invalid.sum())
    if n and max_vertices is not None:
        counts = shapely.get_num_coordinates(geoms[invalid])
        if int(counts.max()) > max_vertices:
            raise TooBigToRepair(int(np.flatnonzero(invalid)[counts.argmax()]), int(counts.max()))
    if n:
        geoms = geoms.copy()
        try:
            geoms[invalid] = shapely.make_valid(geoms[invalid], method="structure", keep_collapsed=False)
        except Exception:  # older GEOS without the structure method
            geoms[invalid] = shapely.make_valid(geoms[invalid])
    return geoms, n


def flatten_3d(geoms: np.ndarray) -> tuple[np.ndarray, int]:
    import shapely

    has_z = shapely.has_z(geoms)
    n = int(has_z.sum())
    if n:
        geoms = geoms.copy()
        geoms[has_z] = shapely.force_2d(geoms[has_z])
    return geoms, n


def swap_xy(geoms: np.ndarray) -> np.ndarray:
    import shapely

    return shapely.transform(geoms, lambda c: c[:, ::-1])
