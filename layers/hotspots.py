"""City hot spots and the in-between areas.

Default method (from settlement points): every settlement with at least ``min_population`` inhabitants becomes
an urban disc whose area equals population / ``density`` (inhabitants per km2).  Settlements are taken largest
first; a settlement whose point lies inside an already accepted disc is a part of that place (a city district,
say) and is *absorbed*, not counted again.  Where a settlement carries its whole municipality's population
(GeoNames does this for Finnish towns), a place of that municipality that becomes a hot spot of its own has its
population taken off the town's.  Discs are made disjoint (a smaller disc loses what a larger one
already covers) and clipped to the region.  Alternatively any polygon layer can serve as the hot spots.

In-between areas = each municipality minus the hot spots, so hot spots + in-between = region with no overlap.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from layers.crs import WORK_CRS
from layers.frames import frame_like, geometries, take, union_all, values, with_columns

if TYPE_CHECKING:
    import geopandas as gpd


@dataclass(frozen=True)
class HotspotParams:
    """How the hot spots are made: the discs' threshold and density, and for a hot spot layer which categories
    of it count (``keep_field`` in ``keep_values``; none: all) and whether settlement discs fill in where the
    layer has no data (:func:`hotspots_from_layer`)."""

    min_population: int = 5_000
    density_per_km2: float = 2_000.0
    keep_field: str = ""
    keep_values: tuple[str, ...] = ()
    discs_elsewhere: bool = False

    def __post_init__(self) -> None:
        if self.min_population < 1:
            raise ValueError("the minimum population of a hot spot must be at least 1")
        if not (self.density_per_km2 > 0):
            raise ValueError("the urban density must be positive")
        if not isinstance(self.keep_field, str) or not isinstance(self.discs_elsewhere, bool):
            raise ValueError("the hot spot layer's filter field must be text and 'discs elsewhere' yes or no")
        if isinstance(self.keep_values, str) or not all(isinstance(v, str) for v in self.keep_values):
            raise ValueError("the hot spot layer's kept categories must be a list of texts")
        object.__setattr__(self, "keep_values", tuple(self.keep_values))  # a project's JSON list



def disc_radius_m(population: float, density_per_km2: float) -> float:
    """Radius (m) of a disc whose area in km2 is population / density."""
    return math.sqrt(population / density_per_km2 / math.pi) * 1000.0


SNAP_M = 2_000.0  # settlements this close to the region (coastal towns on a coarse coastline) count as inside


def hotspots_from_settlements(
    settlements: Any,
    region: Any,
    params: HotspotParams = HotspotParams(),
    municipal_totals: Mapping[int, str] | None = None,
    resolution: int = 32,
) -> Any:
    """Hot spot polygons with ``name``, ``population``, ``absorbed`` (names of nested places), ``municipality``.

    ``municipal_totals`` maps the ``geonames_id`` of a settlement whose population is the whole municipality's
    (GeoNames gives Finnish towns their municipal population) to that municipality's ``code``.  Other places of
    that municipality are part of the total: one that becomes a hot spot of its own has its population taken off
    the total's, so no inhabitant is counted twice.  ``settlements`` and ``region`` are GeoDataFrames or
    :class:`~layers.coverage.tables.GeoTable` s; the hot spots are of ``region``'s kind (:mod:`layers.frames`).
    """
    import numpy as np
    import shapely

    outline = union_all(region)
    points_all = geometries(settlements)
    population = np.asarray(values(settlements, "population"))
    near = np.flatnonzero(population >= params.min_population)
    near = near[shapely.dwithin(points_all[near], outline, SNAP_M)]
    order = near[np.argsort(-population[near], kind="stable")]  # largest first, ties in the file's order
    names = [str(n) for n in np.asarray(values(settlements, "name"), dtype=object)[order]]
    pops = [int(p) for p in population[order]]
    points = list(points_all[order])
    ids = ([int(i) for i in np.asarray(values(settlements, "geonames_id"))[order]]
           if "geonames_id" in settlements.columns else [-1] * len(order))
    codes = _municipality_codes(points_all[order], region)
    totals = dict(municipal_totals or {})
    total_of = {codes[i]: i for i in range(len(ids)) if totals.get(ids[i]) == codes[i] and codes[i]}

    separate: set[int] = set()
    made: dict[tuple[int, int], Any] = {}
    for _ in range(10):  # shrinking a total's disc can set more of its places apart; stops when stable
        effective = list(pops)
        for i in separate:
            t = total_of.get(codes[i])
            if t is not None and t != i:
                effective[t] -= pops[i]
        accepted = _accept_discs(effective, points, params, resolution, made)
        now = {i for i in accepted if codes[i] in total_of and total_of[codes[i]] != i}
        if now == separate:
            break
        separate = now

    rows = []
    taken = shapely.Polygon()
    for i in sorted(accepted, key=lambda k: -effective[k]):
        disc = accepted[i]["disc"]
        part = shapely.intersection(shapely.difference(disc, taken), outline)
        taken = shapely.union(taken, disc)
        if part.is_empty:
            continue
        rows.append((names[i], effective[i], ", ".join(names[k] for k in accepted[i]["absorbed"]), part))
    columns = [list(c) for c in zip(*rows, strict=True)] if rows else [np.empty(0, dtype=object)] * 4  # as before
    out = frame_like(region, dict(zip(("name", "population", "absorbed", "geometry"), columns, strict=True)),
                     crs=WORK_CRS)
    return _attach_municipality(out, region)


def _municipality_codes(points: Any, region: Any) -> list[str]:
    """Code of the municipality containing (or, off the coast, nearest to) each point (an array of them)."""
    import numpy as np
    import shapely

    muni = geometries(region)
    if not len(muni):
        return [""] * len(points)
    region_codes = values(region, "code")
    # every nearest municipality of each point (all at the least distance), of which the first: as an argmin
    point_at, muni_at = shapely.STRtree(muni).query_nearest(np.asarray(points, dtype=object), all_matches=True)
    first = np.full(len(points), len(muni), dtype=np.intp)  # len(muni): none (no geometry to be near)
    np.minimum.at(first, point_at, muni_at)
    return [str(region_codes[k]) if k < len(muni) else "" for k in first]


def _accept_discs(effective: list[int], points: list, params: HotspotParams, resolution: int,
                  made: dict[tuple[int, int], Any] | None = None) -> dict[int, dict]:
    """Largest first: a place inside an accepted disc (the first accepted that covers it) is absorbed; others
    under the threshold are dropped.  ``made`` keeps the discs by place and population for the next round."""
    import numpy as np
    import shapely

    made = {} if made is None else made
    order = sorted(range(len(points)), key=lambda k: -effective[k])
    ordered = np.asarray(points, dtype=object)[order] if order else np.empty(0, dtype=object)
    host = np.full(len(order), -1, dtype=np.intp)  # the disc (its place) that absorbs each later place
    accepted: dict[int, dict] = {}
    for pos, i in enumerate(order):
        if host[pos] >= 0:
            accepted[int(host[pos])]["absorbed"].append(i)
        elif effective[i] >= params.min_population:
            disc = made.get((i, effective[i]))
            if disc is None:
                radius = disc_radius_m(float(effective[i]), params.density_per_km2)
                disc = made[(i, effective[i])] = points[i].buffer(radius, resolution)
                shapely.prepare(disc)
            accepted[i] = {"disc": disc, "absorbed": []}
            free = pos + 1 + np.flatnonzero(host[pos + 1:] < 0)  # later places no earlier disc has absorbed
            host[free[shapely.covers(disc, ordered[free])]] = i
    return accepted


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


def _attach_municipality(hot: Any, region: Any) -> Any:
    """Name the municipality holding the largest share of each hot spot (a copy of ``hot`` with
    ``municipality``)."""
    import numpy as np
    import shapely

    muni = geometries(region)
    region_names = values(region, "name")
    tree = shapely.STRtree(muni)
    names = []
    for geom in geometries(hot):
        near = np.sort(tree.query(geom))  # the others share nothing with it (their boxes do not meet)
        shares = shapely.area(shapely.intersection(muni[near], geom))
        names.append(str(region_names[int(near[np.argmax(shares)])]) if len(shares) and shares.max() > 0 else "")
    return with_columns(hot, {"municipality": names})


def in_between(region: Any, hotspots: Any, *, hot_union: Any = None) -> Any:
    """Each municipality minus the hot spots (``code``, ``name``, ``geometry``, ``area_km2``), of ``region``'s
    kind (a GeoDataFrame or a :class:`~layers.coverage.tables.GeoTable`); ``hot_union``: the hot spots' union
    where the caller has it already."""
    import numpy as np
    import shapely

    hot = hot_union if hot_union is not None else union_all(hotspots) if len(hotspots) else shapely.Polygon()
    geoms = shapely.difference(geometries(region), hot)
    rows = np.flatnonzero(~shapely.is_empty(geoms))
    kept = take(region, rows)
    return frame_like(kept, {"code": kept["code"], "name": kept["name"], "geometry": geoms[rows],
                             "area_km2": shapely.area(geoms[rows]) / 1e6})


def category_key(value: object) -> str:
    """A category value as filters and zone mappings match it: text, trimmed, case-insensitive; 5.0 is "5"."""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value).strip().casefold()


def filter_categories(polygons: gpd.GeoDataFrame, field: str, keep: list[str]) -> gpd.GeoDataFrame:
    """The polygons whose ``field`` is one of ``keep`` (matched as :func:`category_key`): e.g. only the centre
    zones of SYKE's urban zones as hot spots.  Raises ValueError naming the field's values when nothing is kept,
    so that a mistyped value is said rather than giving no hot spots."""
    if field not in polygons.columns:
        fields = ", ".join(c for c in polygons.columns if c != "geometry") or "none"
        raise ValueError(f"has no field {field!r} (fields: {fields})")
    wanted = {category_key(v) for v in keep}
    kept = polygons[[category_key(v) in wanted for v in polygons[field].tolist()]]
    if kept.empty:
        values = ", ".join(repr(v) for v in list(dict.fromkeys(map(category_key, polygons[field].tolist())))[:10])
        raise ValueError(f"no polygon has {field} in {', '.join(keep)} (values: {values})")
    return kept


SOURCE_SHARE = 0.05  # a municipality this much covered by a hot spot layer's source is that source's to describe


def combined_hotspots(polygons: gpd.GeoDataFrame, discs: gpd.GeoDataFrame, region: gpd.GeoDataFrame,
                      extent: gpd.GeoDataFrame | None = None) -> gpd.GeoDataFrame:
    """Hot spots from two sources: ``polygons`` (e.g. SYKE's urban-zone centres) where their source exists, the
    settlement ``discs`` elsewhere.  ``extent``: the polygon source's data (default: the polygons themselves; for a
    filtered layer, the whole layer).  The source exists in each municipality that its data cover for at least
    :data:`SOURCE_SHARE` of the area (SYKE's zones leave forests and parks out, which must not get a town's disc
    back), and in its polygons; a disc is cut where it enters that.  The rows carry ``source`` ("layer" or
    "settlement disc") so that tables and maps can say which is which."""
    import geopandas as gpd
    import pandas as pd
    import shapely

    from_layer = hotspots_from_polygons(polygons, region)
    from_layer["source"] = "layer"
    where = extent if extent is not None else polygons
    data = shapely.make_valid(where[where.geom_type.isin(["Polygon", "MultiPolygon"])].union_all())
    muni = region.geometry.values
    shares = shapely.area(shapely.intersection(muni, data)) / shapely.area(muni)
    covered = shapely.union_all([data, *muni[shares >= SOURCE_SHARE]])
    rest = discs.copy()
    rest["geometry"] = shapely.difference(rest.geometry.values, covered)
    rest = rest[~rest.geometry.is_empty & (rest.geometry.area > 0)]
    rest["source"] = "settlement disc"
    columns = ["name", "population", "absorbed", "municipality", "source", "geometry"]
    rows = [frame[[c for c in columns if c in frame.columns]] for frame in (from_layer, rest) if len(frame)]
    if not rows:
        return gpd.GeoDataFrame({c: [] for c in columns[:-1]}, geometry=[], crs=WORK_CRS)
    return gpd.GeoDataFrame(pd.concat(rows, ignore_index=True), geometry="geometry", crs=WORK_CRS)


def hotspots_from_layer(polygons: gpd.GeoDataFrame, region: gpd.GeoDataFrame, params: HotspotParams,
                        settlements: gpd.GeoDataFrame | None = None,
                        municipal_totals: Mapping[int, str] | None = None) -> gpd.GeoDataFrame:
    """A hot spot layer as ``params`` says: only its ``keep_values`` of ``keep_field`` (where set), and with the
    settlement discs where the layer has no data (``discs_elsewhere``, :func:`combined_hotspots`)."""
    kept = filter_categories(polygons, params.keep_field, list(params.keep_values)) \
        if params.keep_field and params.keep_values else polygons
    if not params.discs_elsewhere or settlements is None:
        return hotspots_from_polygons(kept, region)
    discs = hotspots_from_settlements(settlements, region, params, municipal_totals=municipal_totals)
    return combined_hotspots(kept, discs, region, extent=polygons)
