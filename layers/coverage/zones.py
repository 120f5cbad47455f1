"""Zones of the coverage check: each municipality x {hot spot, in-between}, or x the classes of a zone set.

The area of a zone is the area of the polygons as given, clipped to a land outline where one is given.
Problems in the input (overlapping or invalid municipalities, hot spots outside the region) are repaired where
possible and reported as warnings; nothing here raises unless no zone at all is left.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING, Any

from layers.crs import WORK_CRS
from layers.errors import UserError
from layers.i18n import format_number, translate

if TYPE_CHECKING:
    import geopandas as gpd

HOTSPOT = "hotspot"
IN_BETWEEN = "in-between"
ZONE_KINDS = (HOTSPOT, IN_BETWEEN)


@dataclass
class Zones:
    """``frame``: one row per zone with ``code``, ``municipality``, ``zone``, ``geometry`` (EPSG:3067)."""

    frame: gpd.GeoDataFrame
    hotspots: gpd.GeoDataFrame  # hot spot polygons (for connections), EPSG:3067
    warnings: list[str] = field(default_factory=list)
    land: gpd.GeoDataFrame | None = None  # the land outline (EPSG:3067) where known: population lives on it
    # The zone classes in the order the totals list them, and the one the in-between targets judge: a zone set
    # (:mod:`layers.coverage.zone_sets`) has its own classes and judges its target class ("intermediate").
    classes: tuple[str, ...] = ZONE_KINDS
    target: str = IN_BETWEEN
    zone_set: dict | None = None  # what the zone set is (file, field, mapping, target) for the output; else None

    def __len__(self) -> int:
        return len(self.frame)

    @property
    def areas_m2(self):  # type: ignore[no-untyped-def]
        return self.frame.geometry.area.to_numpy()

    @cached_property
    def outline(self):  # type: ignore[no-untyped-def]
        """The union of all zones (prepared for fast predicates), computed once."""
        import shapely

        geom = shapely.union_all(self.frame.geometry.values)
        shapely.prepare(geom)
        return geom


def _clean_municipalities(muni: gpd.GeoDataFrame, warnings: list[str]) -> gpd.GeoDataFrame:
    import shapely

    muni = muni[muni.geometry.notna() & ~muni.geometry.is_empty].copy()
    invalid = ~muni.geometry.is_valid
    if invalid.any():
        names = ", ".join(muni.loc[invalid, "name"].astype(str).head(5))
        warnings.append(translate("coverage", "{count} municipality polygon(s) were invalid and have been repaired "
                                              "({names})").format(
                            count=format_number(int(invalid.sum())), names=names))
        muni.loc[invalid, "geometry"] = shapely.make_valid(muni.geometry[invalid].values)
    muni["geometry"] = [shapely.union_all(shapely.get_parts(g)[shapely.area(shapely.get_parts(g)) > 0])
                        if g.geom_type == "GeometryCollection" else g for g in muni.geometry]
    muni = muni[muni.geometry.area > 0]
    # Overlaps: an area claimed by two municipalities is counted once, for the first one.
    tree = shapely.STRtree(muni.geometry.values)
    left, right = tree.query(muni.geometry.values, predicate="intersects")
    pairs = [(i, j) for i, j in zip(left, right, strict=True) if i < j]
    overlap_pairs = []
    geoms = list(muni.geometry.values)
    for i, j in pairs:
        inter = shapely.intersection(geoms[i], geoms[j])
        if inter.area > 1.0:  # m2; shared borders have zero area
            overlap_pairs.append((i, j, inter.area))
            geoms[j] = shapely.difference(geoms[j], geoms[i])
    if overlap_pairs:
        total = sum(a for *_, a in overlap_pairs) / 1e6
        pairs_text = [f"{muni['name'].iloc[i]} / {muni['name'].iloc[j]}" for i, j, _ in overlap_pairs[:3]]
        warnings.append(translate("coverage", "municipalities overlap in {count} place(s), {total} km2 in all "
                                              "({names}); each overlap is counted once, for the first "
                                              "municipality").format(
                            count=format_number(len(overlap_pairs)), total=format_number(total, 2),
                            names='; '.join(pairs_text)))
        muni["geometry"] = geoms
    return muni.reset_index(drop=True)


def prepared_municipalities(municipalities: gpd.GeoDataFrame, land: gpd.GeoDataFrame | None,
                            warnings: list[str]) -> gpd.GeoDataFrame:
    """The municipalities (``code``, ``name``, ``geometry``) repaired, without overlaps and clipped to ``land``:
    what every zone set cuts into zones, so that hot spots and zone classes share one region."""
    import shapely

    if municipalities is None or municipalities.empty:
        raise UserError(translate("coverage", "the region has no municipalities; give a polygon file with --region"))
    muni = municipalities.copy()
    if "name" not in muni.columns:
        raise UserError(translate("coverage", "the municipalities need a 'name' field"))
    if "code" not in muni.columns:
        muni["code"] = [f"{i + 1:03d}" for i in range(len(muni))]
    muni["name"] = muni["name"].astype(str)
    muni["code"] = muni["code"].astype(str)
    muni = _clean_municipalities(muni[["code", "name", "geometry"]], warnings)
    if land is not None and not land.empty:
        outline = shapely.make_valid(land.union_all())
        muni["geometry"] = shapely.intersection(muni.geometry.values, outline)
        gone = muni.geometry.is_empty | (muni.geometry.area <= 0)
        if gone.any():
            warnings.append(translate("coverage", "{count} municipality(ies) lie entirely outside the land outline "
                                                  "and are left out: {names}").format(
                                count=format_number(int(gone.sum())), names=', '.join(muni.loc[gone, 'name'].head(5))))
        muni = muni[~gone].reset_index(drop=True)
        if muni.empty:
            raise UserError(translate("coverage", "no municipality overlaps the land outline; check that --land "
                                                  "covers the region"))
    return muni


def clipped_hotspots(hotspots: gpd.GeoDataFrame | None, region: Any, warnings: list[str]) -> gpd.GeoDataFrame:
    """The hot spot polygons inside ``region`` (a warning says how much lay outside), each with a ``name``."""
    import geopandas as gpd
    import shapely

    if hotspots is None or hotspots.empty:
        return gpd.GeoDataFrame({"name": []}, geometry=[], crs=WORK_CRS)
    hot = hotspots[hotspots.geom_type.isin(["Polygon", "MultiPolygon"])].copy()
    hot["geometry"] = shapely.make_valid(hot.geometry.values)
    inside = shapely.area(shapely.intersection(hot.geometry.values, region))
    total = hot.geometry.area.to_numpy()
    outside = total - inside
    if outside.sum() > 1.0:
        n_out = int((inside <= 0).sum())
        area = format_number(outside.sum() / 1e6, 2)
        warnings.append(translate("coverage", "hot spots reach {area} km2 outside the region ({count} lie entirely "
                                              "outside); only the parts inside the region are counted").format(
                            area=area, count=format_number(n_out)) if n_out else
                        translate("coverage", "hot spots reach {area} km2 outside the region; only the parts inside "
                                              "the region are counted").format(area=area))
    hot["geometry"] = shapely.intersection(hot.geometry.values, region)
    hot = hot[~hot.geometry.is_empty & (hot.geometry.area > 0)]
    if "name" not in hot.columns:
        hot["name"] = [f"hot spot {i + 1}" for i in range(len(hot))]
    return hot.reset_index(drop=True)


def zones_from_frames(
    municipalities: gpd.GeoDataFrame,
    hotspots: gpd.GeoDataFrame | None,
    land: gpd.GeoDataFrame | None = None,
) -> Zones:
    """Zones from municipalities (``name``, optional ``code``) and hot spot polygons, clipped to ``land``."""
    import geopandas as gpd
    import shapely

    from layers.hotspots import in_between

    warnings: list[str] = []
    muni = prepared_municipalities(municipalities, land, warnings)
    region = muni.union_all()
    hot = clipped_hotspots(hotspots, region, warnings)
    hot_union = hot.union_all() if len(hot) else shapely.Polygon()
    rows = []
    hot_parts = shapely.intersection(muni.geometry.values, hot_union)
    between = in_between(muni, hot)
    between_by_code = dict(zip(between["code"], between.geometry, strict=True))
    for code, name, hp in zip(muni["code"], muni["name"], hot_parts, strict=True):
        rows.append({"code": code, "municipality": name, "zone": HOTSPOT, "geometry": hp})
        rows.append({"code": code, "municipality": name, "zone": IN_BETWEEN,
                     "geometry": between_by_code.get(code, shapely.Polygon())})
    frame = gpd.GeoDataFrame(rows, geometry="geometry", crs=WORK_CRS)
    frame["geometry"] = [shapely.make_valid(g) if not g.is_valid else g for g in frame.geometry]
    return Zones(frame=frame, hotspots=hot, warnings=warnings, land=land)


def zones_from_document(document) -> Zones:  # type: ignore[no-untyped-def]
    """Zones of a :class:`~layers.document.MapDocument` (its municipalities and current hot spot layer)."""
    zones = zones_from_frames(document.region.municipalities, document.hotspot_layer.data)
    zones.land = document.land  # the region is already clipped to it; a population grid is clipped here
    return zones
