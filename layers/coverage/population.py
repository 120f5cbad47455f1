"""Population weights for the coverage samples.

Two kinds of population data: points with a population field (settlements; each point's people are covered when
the point is) or polygons with a population field (a population grid; the people of a cell are spread uniformly
over the cell's area, so each sample gets ``density x the area it stands for``).
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
        warnings.append(f"population field {field!r}: {int(bad.sum())} missing or negative value(s) counted as 0")
        values = np.where(bad, 0.0, values)
    geoms = data.geometry.values
    types = shapely.get_type_id(geoms)
    reached = np.zeros(samples.n_zones, dtype=bool)
    zgeoms = zones.frame.geometry.values
    ztree = shapely.STRtree(zgeoms)
    # polygons (a population grid): spread over their area
    poly = (types == 3) | (types == 6)
    pop_w = samples.pop_w.copy()
    if poly.any():
        pgeoms = geoms[poly]
        density = values[poly] / np.maximum(shapely.area(pgeoms), 1e-9)
        tree = shapely.STRtree(pgeoms)
        pt_idx, poly_idx = tree.query(shapely.points(samples.x, samples.y), predicate="within")
        first = np.unique(pt_idx, return_index=True)[1]
        pt_idx, poly_idx = pt_idx[first], poly_idx[first]
        pop_w[pt_idx] = density[poly_idx] * samples.area_w[pt_idx]
        # make each polygon's people add up exactly: scale its samples; a polygon too small to hold a sample
        # becomes a point at its inside point
        got = np.bincount(poly_idx, pop_w[pt_idx], minlength=len(pgeoms))
        scale = np.divide(values[poly], got, out=np.ones(len(pgeoms)), where=got > 0)
        pop_w[pt_idx] *= scale[poly_idx]
        missed = (got <= 0) & (values[poly] > 0)
        if missed.any():
            extra = data.iloc[np.flatnonzero(poly)[missed]].copy()
            extra["geometry"] = shapely.point_on_surface(pgeoms[missed])
            data = gpd.GeoDataFrame(extra, geometry="geometry", crs=data.crs)
            values, geoms = values[np.flatnonzero(poly)[missed]], data.geometry.values
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
