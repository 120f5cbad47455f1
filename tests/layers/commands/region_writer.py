"""The small written region the siting and coverage-comparison CLI tests share: West (901) and East (902), 10 km
squares side by side, with a 2 km hot spot in West's centre."""

from __future__ import annotations

from pathlib import Path

import geopandas as gpd
import shapely

CRS = "EPSG:3067"
X0, Y0 = 380_000.0, 6_700_000.0


def write_two_municipalities(folder: Path) -> None:
    """``region.gpkg`` and ``hot.gpkg`` in ``folder``."""
    gpd.GeoDataFrame({"code": ["901", "902"], "name": ["West", "East"]},
                     geometry=[shapely.box(X0, Y0, X0 + 10_000, Y0 + 10_000),
                               shapely.box(X0 + 10_000, Y0, X0 + 20_000, Y0 + 10_000)], crs=CRS
                     ).to_file(folder / "region.gpkg")
    gpd.GeoDataFrame({"name": ["Centre"]}, geometry=[shapely.box(X0 + 4_000, Y0 + 4_000, X0 + 6_000, Y0 + 6_000)],
                     crs=CRS).to_file(folder / "hot.gpkg")
