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


def two_municipalities(x0: float, y0: float, size: float, settlements: list[tuple[float, float, int]]):  # type: ignore[no-untyped-def]
    """A document of West and East, squares of ``size`` m side by side from (x0, y0) with land over both, and the
    settlements ``[(x, y, population), ...]`` (West's first), not schematic."""
    from layers.document import MapDocument
    from layers.region import Region

    names = ["West", "East"]
    muni = gpd.GeoDataFrame({"code": ["001", "002"], "name": names, "name_sv": names, "population": [900, 900],
                             "land_area_km2": [size ** 2 / 1e6] * 2},
                            geometry=[shapely.box(x0 + i * size, y0, x0 + (i + 1) * size, y0 + size)
                                      for i in range(2)], crs=CRS)
    land = gpd.GeoDataFrame(geometry=[shapely.box(x0, y0, x0 + 2 * size, y0 + size)], crs=CRS)
    places = gpd.GeoDataFrame({"name": names, "population": [p for *_, p in settlements]},
                              geometry=[shapely.Point(x, y) for x, y, _ in settlements], crs=CRS)
    return MapDocument(Region(muni, land, places, schematic=False, attribution="test"))


# the 1 km squares the network tests use: West under the street grid, a settlement in each
SQUARES = (X0, Y0, 1000.0, [(X0 + 200, Y0 + 800, 500), (X0 + 1800, Y0 + 200, 500)])


def add_streets_and_stop(doc) -> None:  # type: ignore[no-untyped-def]
    """A 100 m street grid "Streets" over the square at (X0, Y0) and one stop "Stops" on it (300 m): the dock's
    and the live check's network tests use the same."""
    from layers.model import Layer, LayerKind

    streets = lattice(11, 100.0)
    streets["highway"] = "residential"
    doc.layers.append(Layer(gpd.GeoDataFrame(streets, crs=CRS), "Streets", kind=LayerKind.OTHER))
    doc.layers.append(Layer(gpd.GeoDataFrame(geometry=[shapely.Point(X0 + 500, Y0 + 300)], crs=CRS), "Stops",
                            kind=LayerKind.TRANSPORT, radius_m=300.0))
