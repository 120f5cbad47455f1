"""Population weights for the coverage samples.

Two kinds of population data: points with a population field (settlements; each point's people are covered when
the point is) or polygons with a population field (a population grid).  A cell's people live on its land: they
are spread uniformly over the cell clipped to the land outline (``zones.land`` where known), so a cell half in the
sea puts all its people on its land half, and the part of a cell outside the region keeps its share outside.  Each
sample then gets ``density x the area it stands for``, scaled so that the samples of a cell add up to the people
of the cell's land inside the zones.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np

from layers.coverage.samples import Samples

if TYPE_CHECKING:
    import geopandas as gpd

    from layers.coverage.zones import Zones

POPULATION_FIELDS = ("population", "pop", "asukkaita", "vaesto", "väestö", "asukkaat", "POP", "Population")


def population_field(data: gpd.GeoDataFrame, wanted: str | None = None) -> str | None:
    cols = [c for c in data.columns if c != "geometry"]
    if wanted:
        return wanted if wanted in cols else None
    return next((c for c in POPULATION_FIELDS if c in cols), None)


def land_parts(cells: np.ndarray, land: gpd.GeoDataFrame | None, warnings: list[str]) -> np.ndarray:
    """Each cell clipped to the land outline; a cell the outline misses entirely (an island a coarse outline
    leaves out) keeps its whole area, so its people are not lost."""
    import shapely

    if land is None or land.empty or not len(cells):
        return cells
    x0, y0, x1, y1 = shapely.total_bounds(cells)
    near = land.geometry.values[shapely.intersects(land.geometry.values, shapely.box(x0, y0, x1, y1))]
    outline = shapely.clip_by_rect(shapely.union_all(shapely.make_valid(near)), x0, y0, x1, y1)
    clipped = shapely.intersection(cells, outline)
    at_sea = shapely.area(clipped) <= 0
    if at_sea.any():
        warnings.append(f"{int(at_sea.sum())} population cell(s) lie entirely off the land outline; their people "
                        "are spread over the whole cell")
        clipped = np.where(at_sea, cells, clipped)
    return clipped


def _people_inside(parts: np.ndarray, people: np.ndarray, zones: Zones) -> np.ndarray:
    """The people of each cell's land part that live inside the zones (all of them for a part the zones hold
    whole; the area share for one the region's edge cuts)."""
    import shapely

    outline = zones.outline
    inside = people.copy()
    whole = shapely.contains(outline, parts)
    cut = np.flatnonzero(~whole & (people > 0))
    if len(cut):
        areas = shapely.area(parts[cut])
        within = shapely.area(shapely.intersection(parts[cut], outline))
        inside[cut] = people[cut] * np.divide(within, areas, out=np.zeros(len(cut)), where=areas > 0)
    return inside


def _spread_polygons(samples: Samples, zones: Zones, cells: np.ndarray, values: np.ndarray,
                     warnings: list[str]) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Per sample its people from the grid; the cells with people inside the zones but no sample standing in
    them (too small: their people become a point); each cell's land part; and its people inside the zones."""
    import shapely

    parts = land_parts(cells, zones.land, warnings)
    density = values / np.maximum(shapely.area(parts), 1e-9)
    tree = shapely.STRtree(parts)
    pt_idx, cell_idx = tree.query(shapely.points(samples.x, samples.y), predicate="within")
    first = np.unique(pt_idx, return_index=True)[1]
    pt_idx, cell_idx = pt_idx[first], cell_idx[first]
    pop_w = samples.pop_w.copy()
    pop_w[pt_idx] = density[cell_idx] * samples.area_w[pt_idx]
    # the samples of a cell add up to the people of its land inside the zones
    wanted = _people_inside(parts, values, zones)
    got = np.bincount(cell_idx, pop_w[pt_idx], minlength=len(parts))
    scale = np.divide(wanted, got, out=np.ones(len(parts)), where=got > 0)
    pop_w[pt_idx] *= scale[cell_idx]
    missed = np.flatnonzero((got <= 0) & (wanted > 0))
    return pop_w, missed, parts, wanted


def add_population(
    samples: Samples, zones: Zones, data: gpd.GeoDataFrame, field: str, warnings: list[str]
) -> tuple[Samples, np.ndarray]:
    """Return samples with population weights (points appended as extra samples) and, per zone, whether the
    population data reach it (zones they do not reach get no population figure rather than a false zero)."""
    import geopandas as gpd
    import shapely

    values = np.asarray(data[field], dtype=float)
    bad = ~np.isfinite(values) | (values < 0)
    if bad.any():
        warnings.append(f"population field {field!r}: {int(bad.sum())} feature(s) without a count (unknown, e.g. "
                        "small counts the publisher hides, or negative) counted as 0 people: the people figures "
                        "are a lower bound")
        values = np.where(bad, 0.0, values)
    geoms = data.geometry.values
    types = shapely.get_type_id(geoms)
    reached = np.zeros(samples.n_zones, dtype=bool)
    zgeoms = zones.frame.geometry.values
    ztree = shapely.STRtree(zgeoms)
    # polygons (a population grid): spread over each cell's land
    poly = (types == 3) | (types == 6)
    pop_w = samples.pop_w.copy()
    if poly.any():
        pgeoms = geoms[poly]
        pop_w, missed, parts, wanted = _spread_polygons(samples, zones, pgeoms, values[poly], warnings)
        if len(missed):  # a cell too small to hold a sample: its people inside the zones at one point
            inside = shapely.intersection(parts[missed], zones.outline)
            keep = ~shapely.is_empty(inside)
            extra = data.iloc[np.flatnonzero(poly)[missed][keep]].copy()
            extra["geometry"] = shapely.point_on_surface(inside[keep])
            data = gpd.GeoDataFrame(extra, geometry="geometry", crs=data.crs)
            values, geoms = wanted[missed][keep], data.geometry.values
            types = shapely.get_type_id(geoms)
        else:
            types = np.full(0, -1)
            geoms = geoms[:0]
        zi, _ = ztree.query(pgeoms, predicate="intersects")[::-1]
        reached[np.unique(zi)] = True
    samples = Samples(samples.x, samples.y, samples.zone, samples.ix, samples.iy, samples.area_w, pop_w,
                      samples.grids, samples.n_zones, samples.edge)
    point = (types == 0) | (types == 4)
    if point.any():
        pts = shapely.get_parts(geoms[point])
        pvals = np.repeat(values[point], shapely.get_num_geometries(geoms[point]))
        pvals = pvals / np.repeat(shapely.get_num_geometries(geoms[point]), shapely.get_num_geometries(geoms[point]))
        p_idx, z_idx = ztree.query(pts, predicate="within")
        first = np.unique(p_idx, return_index=True)[1]
        p_idx, z_idx = p_idx[first], z_idx[first]
        outside = len(pts) - len(p_idx)
        if outside:
            warnings.append(f"{outside} population point(s) lie outside every zone and are not counted")
        xy = shapely.get_coordinates(pts[p_idx])
        n = len(p_idx)
        samples = Samples(
            x=np.concatenate([samples.x, xy[:, 0]]), y=np.concatenate([samples.y, xy[:, 1]]),
            zone=np.concatenate([samples.zone, z_idx.astype(np.int32)]),
            ix=np.concatenate([samples.ix, np.full(n, -1, np.int32)]),
            iy=np.concatenate([samples.iy, np.full(n, -1, np.int32)]),
            area_w=np.concatenate([samples.area_w, np.zeros(n)]),
            pop_w=np.concatenate([samples.pop_w, pvals[p_idx]]), grids=samples.grids, n_zones=samples.n_zones,
            edge=np.concatenate([samples.edge, np.zeros(n, dtype=bool)]))
        reached[np.unique(z_idx)] = True
    if not (poly.any() or point.any()):
        warnings.append("the population layer has neither points nor polygons; population is not computed")
    return samples, reached
