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
from layers.frames import columns_of, frame_like, geometries, take, text, union_all, values
from layers.i18n import format_number, translate

if TYPE_CHECKING:
    import geopandas as gpd

HOTSPOT = "hotspot"
IN_BETWEEN = "in-between"
ZONE_KINDS = (HOTSPOT, IN_BETWEEN)


@dataclass
class Zones:
    """``frame``: one row per zone with ``code``, ``municipality``, ``zone``, ``geometry`` (EPSG:3067); the frames
    are GeoDataFrames, or :class:`~layers.coverage.tables.GeoTable` s where the municipalities were."""

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
    def tree(self):  # type: ignore[no-untyped-def]
        """An R-tree of the zones, made once: whether features touch or come near the region, asked of the zones
        themselves (the same answer as of their union, :attr:`outline`, without making it)."""
        import shapely

        return shapely.STRtree(self.frame.geometry.values)

    @cached_property
    def outline(self):  # type: ignore[no-untyped-def]
        """The union of all zones (prepared for fast predicates), computed once."""
        import shapely

        geom = shapely.union_all(self.frame.geometry.values)
        shapely.prepare(geom)
        return geom


def _clean_municipalities(muni: Any, warnings: list[str]) -> Any:
    """``muni`` (``code``, ``name``, ``geometry``) without missing, empty or zero-area polygons, invalid ones
    repaired and overlaps counted once (for the first municipality), renumbered from 0."""
    import numpy as np
    import shapely

    geoms = geometries(muni)
    muni = take(muni, np.flatnonzero(~shapely.is_missing(geoms) & ~shapely.is_empty(geoms)))
    geoms, names = geometries(muni), values(muni, "name")
    invalid = ~shapely.is_valid(geoms)
    if invalid.any():
        listed = ", ".join(str(names[i]) for i in np.flatnonzero(invalid)[:5])
        warnings.append(translate("coverage", "{count} municipality polygon(s) were invalid and have been repaired "
                                              "({names})").format(
                            count=format_number(int(invalid.sum())), names=listed))
        geoms[invalid] = shapely.make_valid(geoms[invalid])
    geoms = np.array([shapely.union_all(shapely.get_parts(g)[shapely.area(shapely.get_parts(g)) > 0])
                      if g.geom_type == "GeometryCollection" else g for g in geoms], dtype=object)
    rows = np.flatnonzero(shapely.area(geoms) > 0)
    muni, geoms = take(muni, rows), geoms[rows]
    names = values(muni, "name")
    # Overlaps: an area claimed by two municipalities is counted once, for the first one.
    tree = shapely.STRtree(geoms)
    left, right = tree.query(geoms, predicate="intersects")
    left, right = left[left < right], right[left < right]
    # Only where the interiors meet can an intersection have an area (a border shared has none): one vectorised
    # test of every pair spares the intersection of all the others (862 pairs for Finland's 309 municipalities).
    meet = shapely.relate_pattern(geoms[left], geoms[right], "2********")
    pairs = [(int(i), int(j)) for i, j in zip(left[meet], right[meet], strict=True)]
    overlap_pairs = []
    cut = list(geoms)
    for i, j in pairs:
        inter = shapely.intersection(cut[i], cut[j])
        if inter.area > 1.0:  # m2; shared borders have zero area
            overlap_pairs.append((i, j, inter.area))
            cut[j] = shapely.difference(cut[j], cut[i])
    if overlap_pairs:
        total = sum(a for *_, a in overlap_pairs) / 1e6
        pairs_text = [f"{names[i]} / {names[j]}" for i, j, _ in overlap_pairs[:3]]
        warnings.append(translate("coverage", "municipalities overlap in {count} place(s), {total} km2 in all "
                                              "({names}); each overlap is counted once, for the first "
                                              "municipality").format(
                            count=format_number(len(overlap_pairs)), total=format_number(total, 2),
                            names='; '.join(pairs_text)))
    return frame_like(muni, {"code": muni["code"], "name": muni["name"], "geometry": np.array(cut, dtype=object)})


def prepared_municipalities(municipalities: Any, land: Any, warnings: list[str]) -> Any:
    """The municipalities (``code``, ``name``, ``geometry``) repaired, without overlaps and clipped to ``land``:
    what every zone set cuts into zones, so that hot spots and zone classes share one region.  GeoDataFrames or
    :class:`~layers.coverage.tables.GeoTable` s; the result of ``municipalities``' kind (:mod:`layers.frames`)."""
    import numpy as np
    import shapely

    if municipalities is None or municipalities.empty:
        raise UserError(translate("coverage", "the region has no municipalities; give a polygon file with --region"))
    if "name" not in municipalities.columns:
        raise UserError(translate("coverage", "the municipalities need a 'name' field"))
    codes = (values(municipalities, "code") if "code" in municipalities.columns
             else [f"{i + 1:03d}" for i in range(len(municipalities))])
    muni = frame_like(municipalities, {"code": [text(v) for v in codes],
                                       "name": [text(v) for v in values(municipalities, "name")],
                                       "geometry": geometries(municipalities)})
    muni = _clean_municipalities(muni, warnings)
    if land is not None and not land.empty:
        outline = shapely.make_valid(union_all(land))
        geoms = shapely.intersection(geometries(muni), outline)
        gone = shapely.is_empty(geoms) | (shapely.area(geoms) <= 0)
        if gone.any():
            names = values(muni, "name")
            warnings.append(translate("coverage", "{count} municipality(ies) lie entirely outside the land outline "
                                                  "and are left out: {names}").format(
                                count=format_number(int(gone.sum())),
                                names=', '.join(str(names[i]) for i in np.flatnonzero(gone)[:5])))
        rows = np.flatnonzero(~gone)
        kept = take(muni, rows)
        muni = frame_like(kept, {"code": kept["code"], "name": kept["name"], "geometry": geoms[rows]})
        if muni.empty:
            raise UserError(translate("coverage", "no municipality overlaps the land outline; check that --land "
                                                  "covers the region"))
    return muni


def clipped_hotspots(hotspots: Any, region: Any, warnings: list[str], *, like: Any = None) -> Any:
    """The hot spot polygons inside ``region`` (a warning says how much lay outside), each with a ``name``; of
    ``hotspots``' kind (none: of ``like``'s, default a GeoDataFrame)."""
    import numpy as np
    import shapely

    if hotspots is None or hotspots.empty:
        return frame_like(like if hotspots is None else hotspots, {"name": [], "geometry": []}, crs=WORK_CRS)
    hot = hotspots[hotspots.geom_type.isin(["Polygon", "MultiPolygon"])]
    geoms = shapely.make_valid(geometries(hot))
    clipped = shapely.intersection(geoms, region)
    inside = shapely.area(clipped)
    total = shapely.area(geoms)
    outside = total - inside
    if outside.sum() > 1.0:
        n_out = int((inside <= 0).sum())
        area = format_number(outside.sum() / 1e6, 2)
        warnings.append(translate("coverage", "hot spots reach {area} km2 outside the region ({count} lie entirely "
                                              "outside); only the parts inside the region are counted").format(
                            area=area, count=format_number(n_out)) if n_out else
                        translate("coverage", "hot spots reach {area} km2 outside the region; only the parts inside "
                                              "the region are counted").format(area=area))
    geoms = clipped
    rows = np.flatnonzero(~shapely.is_empty(geoms) & (inside > 0))
    kept = take(hot, rows)
    columns = {**columns_of(kept), "geometry": geoms[rows]}
    if "name" not in columns:
        columns["name"] = [f"hot spot {i + 1}" for i in range(len(rows))]
    return frame_like(kept, columns)


def zones_from_frames(municipalities: Any, hotspots: Any, land: Any = None) -> Zones:
    """Zones from municipalities (``name``, optional ``code``) and hot spot polygons, clipped to ``land``;
    GeoDataFrames or :class:`~layers.coverage.tables.GeoTable` s, the zones' frames of ``municipalities``' kind."""
    import numpy as np
    import shapely

    from layers.hotspots import in_between

    warnings: list[str] = []
    muni = prepared_municipalities(municipalities, land, warnings)
    region = union_all(muni)
    hot = clipped_hotspots(hotspots, region, warnings, like=muni)
    hot_union = union_all(hot) if len(hot) else shapely.Polygon()
    hot_parts = shapely.intersection(geometries(muni), hot_union)
    between = in_between(muni, hot, hot_union=hot_union)
    between_by_code = dict(zip(values(between, "code"), geometries(between), strict=True))
    codes, names = values(muni, "code"), values(muni, "name")
    geoms = np.empty(2 * len(codes), dtype=object)
    geoms[0::2] = hot_parts
    geoms[1::2] = [between_by_code.get(code, shapely.Polygon()) for code in codes]
    invalid = ~shapely.is_valid(geoms)
    geoms[invalid] = shapely.make_valid(geoms[invalid])
    frame = frame_like(muni, {"code": [c for c in codes for _ in ZONE_KINDS],
                              "municipality": [n for n in names for _ in ZONE_KINDS],
                              "zone": [HOTSPOT, IN_BETWEEN] * len(codes), "geometry": geoms}, crs=WORK_CRS)
    return Zones(frame=frame, hotspots=hot, warnings=warnings, land=land)


def zones_from_document(document) -> Zones:  # type: ignore[no-untyped-def]
    """Zones of a :class:`~layers.document.MapDocument` (its municipalities and current hot spot layer)."""
    zones = zones_from_frames(document.region.municipalities, document.hotspot_layer.data)
    zones.land = document.land  # the region is already clipped to it; a population grid is clipped here
    return zones
