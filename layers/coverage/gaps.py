"""The uncovered parts of the zones as places: polygons (outlines following the sample grid), most people first.

Each connected uncovered part of a zone is a gap of its own, with its area, its people (where population is
known) and its distance to the nearest service, so that the dock can list and show places, not municipalities.
The uncovered cells are labelled by grid connectivity and then clipped to the zone; a part that the clipping cuts
in two (a thin hot spot or an inlet running across a cell) becomes two gaps, each with its own samples.  Parts
smaller than ``min_gap_km2`` (slivers along a radius edge) stay out.
"""

from __future__ import annotations

import itertools
from typing import TYPE_CHECKING

import numpy as np

from layers.coverage.zones import IN_BETWEEN
from layers.crs import WORK_CRS

if TYPE_CHECKING:
    import geopandas as gpd

    from layers.coverage.samples import ZoneGrid
    from layers.coverage.state import CoverageState


def gaps(state: CoverageState, radii: dict[str, float] | None = None, names: list[str] | None = None,
         min_gap_km2: float = 0.01, zone_kind: str = IN_BETWEEN) -> gpd.GeoDataFrame:
    """Uncovered parts of the ``zone_kind`` zones, sorted by population then area (largest first).

    ``distance_m``: from a point inside the gap to the nearest service feature; ``max_distance_m``: how far
    the gap's most remote sample is from any service (both along the network for layers measured along one; in
    minutes where ``distance_unit`` says "min", see :func:`distance_layers`; empty where no service is reached).
    Outlines follow the sample grid inside the zone.
    """
    import geopandas as gpd
    import pandas as pd
    import shapely
    from scipy import ndimage

    radii = {**state.radii(), **(radii or {})}
    names = state.names() if names is None else names
    s = state.samples
    uncovered = ~state.covered_mask(radii, names)
    measured, unit = distance_layers(state, names)
    dmin = np.full(len(s), np.inf, dtype=np.float32)
    for n in measured:
        np.minimum(dmin, state.services[n].distance, out=dmin)
    frame = state.zones.frame
    recs = []
    for z in np.flatnonzero(frame["zone"].to_numpy() == zone_kind):
        grid = s.grids[z]
        # people only where the population data reach the zone: elsewhere "not known", not a false 0
        reached = state.pop_reached is not None and bool(state.pop_reached[z])
        if grid is None:
            continue
        sel = (s.zone == z) & uncovered
        cells = sel & (s.ix >= 0)
        if not cells.any():
            continue
        mask = np.zeros((grid.ny, grid.nx), dtype=bool)
        mask[s.iy[cells], s.ix[cells]] = True
        labels, n_lab = ndimage.label(mask)
        ix = np.where(s.ix[sel] >= 0, s.ix[sel],
                      np.clip(((s.x[sel] - grid.x0) // grid.spacing).astype(np.int64), 0, grid.nx - 1))
        iy = np.where(s.iy[sel] >= 0, s.iy[sel],
                      np.clip(((s.y[sel] - grid.y0) // grid.spacing).astype(np.int64), 0, grid.ny - 1))
        lab = labels[iy, ix]
        area_l = np.bincount(lab, s.area_w[sel], minlength=n_lab + 1)
        pop_l = np.bincount(lab, s.pop_w[sel], minlength=n_lab + 1)
        dmax = np.zeros(n_lab + 1)
        np.maximum.at(dmax, lab, dmin[sel].astype(np.float64))
        keep = np.flatnonzero(area_l >= min_gap_km2 * 1e6)
        keep = keep[keep > 0]
        if not len(keep):
            continue
        polys = label_polygons(labels, keep, grid)
        zgeom = frame.geometry.iloc[z]
        sx, sy, spop, sdist = s.x[sel], s.y[sel], s.pop_w[sel], dmin[sel].astype(np.float64)
        for lab_id, poly in zip(keep, polys, strict=True):
            parts = [g for g in shapely.get_parts(shapely.intersection(poly, zgeom))
                     if g.geom_type == "Polygon" and g.area > 0]
            if len(parts) == 1:  # the usual case: the label's sums are the gap's
                pieces = [(parts[0], float(pop_l[lab_id]), float(dmax[lab_id]))]
            else:
                mine = np.flatnonzero(lab == lab_id)
                pieces = _split(parts, sx[mine], sy[mine], spop[mine], sdist[mine])
            for part, people, farthest in pieces:
                if part.area < min_gap_km2 * 1e6:
                    continue
                recs.append({"municipality": frame["municipality"].iloc[z], "code": frame["code"].iloc[z],
                             "area_km2": round(float(part.area) / 1e6, 4),
                             "population": people if reached else None,
                             "max_distance_m": round(farthest, 1), "geometry": part})
    gdf = gpd.GeoDataFrame(recs, columns=["municipality", "code", "area_km2", "population",
                                          "max_distance_m", "geometry"], geometry="geometry", crs=WORK_CRS)
    if len(gdf):
        inner = shapely.point_on_surface(gdf.geometry.values)
        xy = shapely.get_coordinates(inner)
        dist = np.full(len(gdf), np.inf)
        for n in measured:
            dist = np.minimum(dist, state.services[n].distance_at(xy[:, 0], xy[:, 1]))
        gdf.insert(4, "distance_m", np.where(np.isfinite(dist), np.round(dist, 2 if unit == "min" else 1), np.nan))
        gdf["max_distance_m"] = gdf["max_distance_m"].where(np.isfinite(gdf["max_distance_m"]))
        gdf.insert(5, "distance_unit", unit)
        gdf["population"] = pd.Series([None if v is None or not np.isfinite(v) else round(float(v))
                                       for v in gdf["population"]], index=gdf.index, dtype=object)
        gdf = gdf.sort_values(["population", "area_km2"], ascending=False, na_position="last",
                              key=lambda c: c.fillna(-1) if c.name == "population" else c)
    else:
        gdf.insert(4, "distance_m", [])
        gdf.insert(5, "distance_unit", [])
    return gdf.reset_index(drop=True)


def distance_layers(state: CoverageState, names: list[str]) -> tuple[list[str], str]:
    """The layers a gap's distance to service is measured from, and its unit: all of them in metres (in a
    straight line, or along a network for network layers); all in minutes where every layer reaches in minutes
    along a network; where both are given (the command line's ``PATH:5min`` beside ``PATH:400``), the metre
    layers only."""
    minutes = [n for n in names if getattr(state.services[n].spec, "minutes", False)]
    if minutes and len(minutes) == len(names):
        return names, "min"
    return [n for n in names if n not in minutes], "m"


def _split(parts: list, x: np.ndarray, y: np.ndarray, pop: np.ndarray,
           dist: np.ndarray) -> list[tuple[object, float, float]]:
    """(polygon, people, farthest sample's distance) of each part of one label that the zone outline cut apart:
    each sample goes to the part nearest to it (the part holding it, or the closest across a cell's edge)."""
    import shapely

    if not len(x):
        return [(part, 0.0, 0.0) for part in parts]
    tree = shapely.STRtree(parts)
    sample_idx, part_idx = tree.query_nearest(shapely.points(x, y), all_matches=False)
    nearest = np.zeros(len(x), dtype=np.int64)
    nearest[sample_idx] = part_idx
    people = np.bincount(nearest, pop, minlength=len(parts))
    farthest = np.zeros(len(parts))
    np.maximum.at(farthest, nearest, dist)
    return [(part, float(people[k]), float(farthest[k])) for k, part in enumerate(parts)]


def label_polygons(labels: np.ndarray, keep: np.ndarray, grid: ZoneGrid) -> list:
    """One polygon per kept label: its cells merged row by row into runs, then unioned."""
    import shapely

    ny, nx = labels.shape
    padded = np.zeros((ny, nx + 2), dtype=labels.dtype)
    padded[:, 1:-1] = labels
    change = padded[:, 1:] != padded[:, :-1]
    rows, cols = np.nonzero(change)
    # runs: between consecutive change points in each row, value = label at start
    out_boxes: dict[int, list] = {int(k): [] for k in keep}
    for r in np.unique(rows):
        cs = cols[rows == r]
        for c0, c1 in itertools.pairwise(cs):
            v = int(labels[r, c0]) if c0 < nx else 0
            if v in out_boxes:
                out_boxes[v].append((c0, c1, r))
    polys = []
    g = grid.spacing
    for k in keep:
        runs = np.array(out_boxes[int(k)], dtype=float)
        boxes = shapely.box(grid.x0 + runs[:, 0] * g, grid.y0 + runs[:, 2] * g, grid.x0 + runs[:, 1] * g,
                            grid.y0 + (runs[:, 2] + 1) * g)
        polys.append(shapely.coverage_union_all(boxes) if len(boxes) > 1 else boxes[0])
    return polys
