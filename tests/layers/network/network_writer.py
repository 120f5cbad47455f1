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
