"""Small networks with distances known in closed form, as the network tests write them (EPSG:3067)."""

from __future__ import annotations

import geopandas as gpd
import shapely

from layers.network.tags import normalise

CRS = "EPSG:3067"
X0, Y0 = 300_000.0, 6_700_000.0


def lines(*coords, **columns):
    """A normalised network of the given vertex lists (offset by X0, Y0) with optional columns."""
    geoms = [shapely.LineString([(X0 + x, Y0 + y) for x, y in c]) for c in coords]
    return normalise(gpd.GeoDataFrame(columns, geometry=geoms, crs=CRS))


def lattice(n: int = 11, step: float = 100.0):
    """An n x n street grid (a vertex at every crossing): the distance between crossings is Manhattan."""
    rows = [[(i * step, j * step) for i in range(n)] for j in range(n)]
    cols = [[(i * step, j * step) for j in range(n)] for i in range(n)]
    return lines(*rows, *cols)


def add_streets_and_stop(doc) -> None:  # type: ignore[no-untyped-def]
    """A 100 m street grid "Streets" over the square at (X0, Y0) and one stop "Stops" on it (300 m): the dock's
    and the live check's network tests use the same."""
    from layers.model import Layer, LayerKind

    streets = lattice(11, 100.0)
    streets["highway"] = "residential"
    doc.layers.append(Layer(gpd.GeoDataFrame(streets, crs=CRS), "Streets", kind=LayerKind.OTHER))
    doc.layers.append(Layer(gpd.GeoDataFrame(geometry=[shapely.Point(X0 + 500, Y0 + 300)], crs=CRS), "Stops",
                            kind=LayerKind.TRANSPORT, radius_m=300.0))
