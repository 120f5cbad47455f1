"""Fixtures of the coverage tests: a document of two square municipalities side by side, written here."""

from __future__ import annotations

import geopandas as gpd
import pytest
import shapely

CRS = "EPSG:3067"


@pytest.fixture()
def two_municipalities():
    """``make(x0, y0, size, settlements)``: a document of West and East, squares of ``size`` m from (x0, y0) with
    land over both, and the settlements ``[(x, y, population), ...]`` (West's first), not schematic."""
    from layers.document import MapDocument
    from layers.region import Region

    def make(x0: float, y0: float, size: float, settlements: list[tuple[float, float, int]]) -> MapDocument:
        names = ["West", "East"]
        muni = gpd.GeoDataFrame({"code": ["001", "002"], "name": names, "name_sv": names, "population": [900, 900],
                                 "land_area_km2": [size ** 2 / 1e6] * 2},
                                geometry=[shapely.box(x0 + i * size, y0, x0 + (i + 1) * size, y0 + size)
                                          for i in range(2)], crs=CRS)
        land = gpd.GeoDataFrame(geometry=[shapely.box(x0, y0, x0 + 2 * size, y0 + size)], crs=CRS)
        places = gpd.GeoDataFrame({"name": names, "population": [p for *_, p in settlements]},
                                  geometry=[shapely.Point(x, y) for x, y, _ in settlements], crs=CRS)
        return MapDocument(Region(muni, land, places, schematic=False, attribution="test"))

    return make


@pytest.fixture()
def compute():
    """``compute(live)``: run the live check's Compute in the test (few samples: the tests read rows, not the last
    per cent) and take it in; returns ``live``."""
    from layers.coverage import live as live_mod

    def run(live, samples: int = 4_000):
        inputs = live.inputs()
        inputs.target_samples = samples
        live.apply(live_mod.run(inputs))
        return live

    return run
