"""The built-in default region: the 26 municipalities of Uusimaa with *schematic* areas.

Official boundaries are not shipped.  The schematic areas are a Voronoi partition of the municipal centres,
bounded by the centres of the neighbouring municipalities outside the region, limited to
``MAX_REACH_M`` from each centre and clipped to land.  They are labelled as schematic wherever shown.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from layers import shipped
from layers.crs import WORK_CRS

if TYPE_CHECKING:
    import geopandas as gpd
    from shapely.geometry.base import BaseGeometry

MAX_REACH_M = 40_000.0
SCHEMATIC_NOTE = "Schematic areas generated from municipal centres — not official boundaries"


@dataclass
class Region:
    """Municipalities (fields ``code``, ``name``, ``name_sv``, ``population``, ``land_area_km2``), land, settlements."""

    municipalities: gpd.GeoDataFrame
    land: gpd.GeoDataFrame
    settlements: gpd.GeoDataFrame
    schematic: bool
    attribution: str

    @property
    def outline(self) -> BaseGeometry:
        return self.municipalities.union_all()


def schematic_municipalities() -> gpd.GeoDataFrame:
    import geopandas as gpd
    import numpy as np
    import shapely

    rows = shipped.municipality_rows()
    lon = np.array([float(r["centre_lon"]) for r in rows])
    lat = np.array([float(r["centre_lat"]) for r in rows])
    pts = gpd.GeoSeries(gpd.points_from_xy(lon, lat), crs="EPSG:4326").to_crs(WORK_CRS)
    centres = shapely.MultiPoint(list(pts.values))
    envelope = shapely.box(*centres.buffer(200_000).bounds)
    cells = shapely.get_parts(shapely.voronoi_polygons(centres, extend_to=envelope, ordered=True))
    land = shipped.land().union_all()
    out = []
    for row, pt, cell in zip(rows, pts.values, cells, strict=True):
        if row["in_region"] != "1":
            continue
        area = shapely.intersection(shapely.intersection(cell, pt.buffer(MAX_REACH_M, 32)), land)
        out.append({
            "code": row["code"],
            "name": row["name_fi"],
            "name_sv": row["name_sv"],
            "population": int(row["population"]),
            "land_area_km2": float(row["land_area_km2"]),
            "centre_x": pt.x,
            "centre_y": pt.y,
            "geometry": shapely.make_valid(area),
        })
    return gpd.GeoDataFrame(out, geometry="geometry", crs=WORK_CRS)


def default_region() -> Region:
    return Region(
        municipalities=schematic_municipalities(),
        land=shipped.land(),
        settlements=shipped.settlements(),
        schematic=True,
        attribution="; ".join(
            [shipped.MUNICIPALITY_FACTS_ATTRIBUTION, shipped.SETTLEMENTS_ATTRIBUTION, shipped.LAND_ATTRIBUTION]
        ),
    )
