"""A table of geometries without geopandas: what the warm path of ``regionmap coverage`` feeds the engine with.

The engine reads its zones, hot spots and service layers through a handful of table operations: a column by
name, the geometries and their areas, the rows a mask keeps, the geometry types, the length.  A
:class:`GeoTable` answers exactly those from numpy arrays and shapely geometries, so that a run whose region,
zones and layers come from the caches and a light reader (:mod:`layers.commands.coverage_warm`) computes with the
same engine without importing pandas, geopandas and pyproj (1 s of a 2 s run).  It is not a data frame: the
region's preparation reads and builds it through :mod:`layers.frames` (as it does GeoDataFrames), anything else
the engine is given stays a GeoDataFrame, and a GeoTable never leaves the command that made it.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

import numpy as np

# shapely's type ids (0 Point ... 7 GeometryCollection) as geopandas names them
TYPE_NAMES = np.array(["Point", "LineString", "LinearRing", "Polygon", "MultiPoint", "MultiLineString",
                       "MultiPolygon", "GeometryCollection"], dtype=object)
_NAMES_OR_NONE = np.array([*TYPE_NAMES, None], dtype=object)  # by type id; -1 (missing) is the last: None


class Column(np.ndarray):
    """One column: a numpy array with the few Series methods the engine calls on a column."""

    def __new__(cls, values: Any, dtype: Any = None) -> Column:
        return np.asarray(values, dtype=dtype).view(cls)

    @property
    def values(self) -> np.ndarray:
        return np.asarray(self)

    @property
    def iloc(self) -> np.ndarray:
        return np.asarray(self)

    def to_numpy(self, dtype: Any = None) -> np.ndarray:
        return np.asarray(self, dtype=dtype)

    def tolist(self) -> list:  # type: ignore[override]
        return np.asarray(self).tolist()  # type: ignore[no-any-return]

    def isin(self, values: Iterable[Any]) -> np.ndarray:
        wanted = list(dict.fromkeys(values))
        vals = np.asarray(self)
        out = np.zeros(len(vals), dtype=bool)
        for value in wanted:  # a few values asked of many rows: one comparison pass each
            out |= np.asarray(vals == value, dtype=bool)
        return out


class GeometryColumn(Column):
    """The geometry column: shapely geometries, with their areas, types and missing or empty ones."""

    @property
    def area(self) -> Column:
        import shapely

        return Column(shapely.area(np.asarray(self)))

    @property
    def is_empty(self) -> np.ndarray:
        import shapely

        return np.asarray(shapely.is_empty(np.asarray(self)))

    def notna(self) -> np.ndarray:
        import shapely

        return ~np.asarray(shapely.is_missing(np.asarray(self)))

    @property
    def geom_type(self) -> Column:
        import shapely

        return Column(_NAMES_OR_NONE[shapely.get_type_id(np.asarray(self))], dtype=object)  # -1 (missing): None


class _Rows:
    """What a table of rows answers from its geometry column alone (both tables below)."""

    geometry: Any

    @property
    def empty(self) -> bool:
        return len(self.geometry) == 0

    @property
    def geom_type(self) -> Column:
        return self.geometry.geom_type

    def __len__(self) -> int:
        return len(self.geometry)


class GeoTable(_Rows):
    """Columns of equal length (strings as Python ``str`` objects, numbers as floats) and a geometry column, in
    EPSG:3067; ``order`` lists every column, ``"geometry"`` included, where it is not last (as the GeoDataFrame
    the region's preparation makes of the same rows, :mod:`layers.frames`)."""

    def __init__(self, columns: Mapping[str, Any], geometry: Any, *, order: Sequence[str] | None = None) -> None:
        self.geometry = GeometryColumn(geometry, dtype=object)
        self._columns = {name: Column(values) for name, values in columns.items()}
        for name, values in self._columns.items():
            if len(values) != len(self.geometry):
                raise ValueError(f"column {name!r} has {len(values)} values for {len(self.geometry)} geometries")
        self._order = [*self._columns, "geometry"] if order is None else list(order)
        if sorted(self._order) != sorted([*self._columns, "geometry"]):
            raise ValueError(f"the column order {self._order} does not name the columns once each")

    @property
    def columns(self) -> list[str]:
        return list(self._order)

    def union_all(self) -> Any:
        """The union of the geometries (as GeoDataFrame.union_all)."""
        import shapely

        return shapely.union_all(np.asarray(self.geometry))

    def __getitem__(self, key: Any) -> Any:
        """A column by name; or the rows a boolean mask keeps, as a table."""
        if isinstance(key, str):
            return self.geometry if key == "geometry" else self._columns[key]
        mask = np.asarray(key)
        if mask.dtype != bool or mask.shape != (len(self),):
            raise TypeError("a GeoTable takes a column name or a boolean mask of its rows")
        return GeoTable({n: np.asarray(v)[mask] for n, v in self._columns.items()}, np.asarray(self.geometry)[mask],
                        order=self._order)


# ---- a layer of points carried as coordinates ----------------------------------------------------------------
class PointColumn:
    """The geometry column of a layer of 2D points kept as their (n, 2) coordinates: the engine measures the
    coordinates (:func:`point_xy`); shapely Points are made only where something asks for the geometries
    (``values``; a million of them cost a second)."""

    def __init__(self, xy: np.ndarray) -> None:
        self.xy = np.ascontiguousarray(xy, dtype=np.float64).reshape(-1, 2)
        self._points: np.ndarray | None = None

    def __len__(self) -> int:
        return len(self.xy)

    @property
    def values(self) -> np.ndarray:
        if self._points is None:
            import shapely

            self._points = np.asarray(shapely.points(self.xy), dtype=object)
        return self._points

    def __array__(self, dtype: Any = None, copy: Any = None) -> np.ndarray:
        return self.values if dtype is None else self.values.astype(dtype)

    @property
    def area(self) -> Column:
        return Column(np.zeros(len(self.xy)))

    @property
    def is_empty(self) -> np.ndarray:
        return np.zeros(len(self.xy), dtype=bool)  # every point has finite coordinates

    def notna(self) -> np.ndarray:
        return np.ones(len(self.xy), dtype=bool)

    @property
    def geom_type(self) -> Column:
        return Column(TYPE_NAMES[np.zeros(len(self.xy), dtype=np.int64)], dtype=object)


class PointTable(_Rows):
    """A layer of 2D points (no other columns) as a :class:`GeoTable` answers for it, backed by the coordinates:
    what the warm path's light reader gives the engine for a GeoParquet file of points."""

    def __init__(self, xy: np.ndarray) -> None:
        self.geometry = PointColumn(xy)

    @property
    def columns(self) -> list[str]:
        return ["geometry"]

    def __getitem__(self, key: Any) -> Any:
        """The geometry column by name; or the rows a boolean mask keeps, as a table."""
        if isinstance(key, str):
            if key != "geometry":
                raise KeyError(key)
            return self.geometry
        mask = np.asarray(key)
        if mask.dtype != bool or mask.shape != (len(self),):
            raise TypeError("a PointTable takes a column name or a boolean mask of its rows")
        return self if mask.all() else PointTable(self.geometry.xy[mask])


def point_xy(data: Any) -> np.ndarray | None:
    """The (n, 2) coordinates of a layer (a GeoDataFrame, :class:`GeoTable` or :class:`PointTable`) whose every
    feature is a non-empty point; None for any other layer (lines, polygons, multi-points, missing or empty
    geometries, no features).  From a :class:`PointTable` without making Points; from shapely otherwise, so that
    both give the engine the same numbers."""
    geometry = data.geometry
    if isinstance(geometry, PointColumn):
        return geometry.xy if len(geometry) else None
    import shapely

    geoms = np.asarray(geometry.values)
    if not len(geoms) or not (shapely.get_type_id(geoms) == 0).all() or shapely.is_empty(geoms).any():
        return None
    return np.asarray(shapely.get_coordinates(geoms))
