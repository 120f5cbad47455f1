"""The built-in default region: the 26 municipalities of Uusimaa with *schematic* areas.

Official boundaries are not shipped.  The schematic areas are a *power diagram* (a Voronoi partition with one
weight per centre) of the municipal centres, bounded by the centres of the neighbouring municipalities outside
the region, limited to ``MAX_REACH_M`` from each centre and clipped to land.  The weights (``weight_m2`` in
``municipalities.csv``) were fitted by ``resources/build_resources.py`` so that each area comes close to the
municipality's official land area.  They are labelled as schematic wherever shown.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from layers import shipped
from layers.crs import WORK_CRS
from layers.i18n import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    import geopandas as gpd
    import numpy as np
    from shapely.geometry.base import BaseGeometry

MAX_REACH_M = 40_000.0
SCHEMATIC_NOTE = QT_TRANSLATE_NOOP("layers", "Schematic areas generated from municipal centres — not official "
                                              "boundaries")  # English here; the layer's note is translated


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
    xy = np.c_[pts.x.to_numpy(), pts.y.to_numpy()]
    weights = np.array([float(r.get("weight_m2") or 0.0) for r in rows])
    cells = power_cells(xy, weights)
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


def power_cells(xy: np.ndarray, weights: np.ndarray, margin: float = 150_000.0) -> list[BaseGeometry]:
    """Cells of the power diagram: cell i = {x : |x - p_i|² - w_i <= |x - p_j|² - w_j for all j}.

    Each cell is the intersection of half-planes ``x·(p_j - p_i) <= (|p_j|² - |p_i|² - w_j + w_i) / 2`` within a
    box ``margin`` metres around the points; a cell can be empty when its weight is much smaller than its
    neighbours'.
    """
    import numpy as np
    import shapely

    lo, hi = xy.min(axis=0) - margin, xy.max(axis=0) + margin
    box = shapely.box(lo[0], lo[1], hi[0], hi[1])
    mid = xy.mean(axis=0)
    big = float(np.hypot(*(hi - lo))) * 2
    sq = (xy**2).sum(axis=1)
    cells = []
    for i in range(len(xy)):
        cell = box
        for j in range(len(xy)):
            if i == j:
                continue
            d = xy[j] - xy[i]
            norm = float(np.hypot(*d))
            if norm == 0:
                continue
            u = d / norm
            t = (sq[j] - sq[i] - weights[j] + weights[i]) / (2 * norm)  # boundary: x·u = t
            foot = mid - u * (mid @ u - t)
            perp = np.array([-u[1], u[0]]) * big
            half = shapely.Polygon([foot + perp, foot + perp - u * big, foot - perp - u * big, foot - perp])
            cell = cell.intersection(half)
            if cell.is_empty:
                break
        cells.append(cell)
    return cells


def default_region() -> Region:
    return Region(
        municipalities=schematic_municipalities(),
        land=shipped.land(),
        settlements=shipped.settlements(),
        schematic=True,
        attribution=shipped.region_credits(),
    )
