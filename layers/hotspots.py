"""City hot spots and the in-between areas.

Default method (from settlement points): every settlement with at least ``min_population`` inhabitants becomes
an urban disc whose area equals population / ``density`` (inhabitants per km2).  Settlements are taken largest
first; a settlement whose point lies inside an already accepted disc is a part of that place (a city district,
say) and is *absorbed*, not counted again.  Discs are made disjoint (a smaller disc loses what a larger one
already covers) and clipped to the region.  Alternatively any polygon layer can serve as the hot spots.

In-between areas = each municipality minus the hot spots, so hot spots + in-between = region with no overlap.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import TYPE_CHECKING

from layers.crs import WORK_CRS

if TYPE_CHECKING:
    import geopandas as gpd


@dataclass(frozen=True)
class HotspotParams:
    min_population: int = 5_000
    density_per_km2: float = 2_000.0

    def __post_init__(self) -> None:
        if self.min_population < 1:
            raise ValueError("the minimum population of a hot spot must be at least 1")
        if not (self.density_per_km2 > 0):
            raise ValueError("the urban density must be positive")


def disc_radius_m(population: float, density_per_km2: float) -> float:
    """Radius (m) of a disc whose area in km2 is population / density."""
    return math.sqrt(population / density_per_km2 / math.pi) * 1000.0


def hotspots_from_settlements(
    settlements: gpd.GeoDataFrame,
    region: gpd.GeoDataFrame,
    params: HotspotParams = HotspotParams(),
    resolution: int = 32,
) -> gpd.GeoDataFrame:
    """Hot spot polygons with ``name``, ``population``, ``absorbed`` (names of nested places), ``municipality``."""
    import geopandas as gpd
    import shapely

    outline = region.union_all()
    cand = settlements[settlements["population"] >= params.min_population]
    cand = cand[cand.within(outline)].sort_values("population", ascending=False, kind="stable")
    accepted: list[dict] = []
    for name, pop, pt in zip(cand["name"], cand["population"], cand.geometry, strict=True):
        host = next((a for a in accepted if a["disc"].covers(pt)), None)
        if host is not None:
            host["absorbed"].append(str(name))
            continue
        disc = pt.buffer(disc_radius_m(float(pop), params.density_per_km2), resolution)
        accepted.append({"name": str(name), "population": int(pop), "disc": disc, "point": pt, "absorbed": []})
    rows = []
    taken = shapely.Polygon()
    for a in accepted:
        part = shapely.intersection(shapely.difference(a["disc"], taken), outline)
        taken = shapely.union(taken, a["disc"])
        if part.is_empty:
            continue
        rows.append({
            "name": a["name"],
            "population": a["population"],
            "absorbed": ", ".join(a["absorbed"]),
            "geometry": part,
        })
    out = gpd.GeoDataFrame(rows, columns=["name", "population", "absorbed", "geometry"], geometry="geometry",
                           crs=WORK_CRS)
    return _attach_municipality(out, region)


def hotspots_from_polygons(polygons: gpd.GeoDataFrame, region: gpd.GeoDataFrame) -> gpd.GeoDataFrame:
    """Use a polygon layer as hot spots: dissolved, made valid and clipped to the region."""
    import geopandas as gpd
    import shapely

    polys = polygons[polygons.geom_type.isin(["Polygon", "MultiPolygon"])]
    if polys.empty:
        raise ValueError("the hot spot layer has no polygons")
    merged = shapely.intersection(shapely.make_valid(polys.union_all()), region.union_all())
    parts = [g for g in shapely.get_parts(merged) if g.geom_type == "Polygon" and g.area > 0]
    out = gpd.GeoDataFrame({"name": [f"hot spot {i + 1}" for i in range(len(parts))],
                            "population": [None] * len(parts), "absorbed": [""] * len(parts)},
                           geometry=parts, crs=WORK_CRS)
    return _attach_municipality(out, region)


def _attach_municipality(hot: gpd.GeoDataFrame, region: gpd.GeoDataFrame) -> gpd.GeoDataFrame:
    """Name the municipality holding the largest share of each hot spot."""
    names = []
    for geom in hot.geometry:
        shares = region.geometry.intersection(geom).area
        names.append(str(region["name"].iloc[int(shares.argmax())]) if len(shares) and shares.max() > 0 else "")
    hot = hot.copy()
    hot["municipality"] = names
    return hot


def in_between(region: gpd.GeoDataFrame, hotspots: gpd.GeoDataFrame) -> gpd.GeoDataFrame:
    """Each municipality minus the hot spots (``code``, ``name``, ``area_km2``)."""
    import shapely

    hot = hotspots.union_all() if len(hotspots) else shapely.Polygon()
    out = region[["code", "name", "geometry"]].copy()
    out["geometry"] = shapely.difference(out.geometry.values, hot)
    out = out[~out.geometry.is_empty].reset_index(drop=True)
    out["area_km2"] = out.geometry.area / 1e6
    return out
