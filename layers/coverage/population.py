"""Population weights for the coverage samples.

Two kinds of population data: points with a population field (settlements; each point's people are covered when
the point is) or polygons with a population field (a population grid).  A cell's people live on its land: they
are spread uniformly over the cell clipped to the land outline (``zones.land`` where known), so a cell half in the
sea puts all its people on its land half, and the part of a cell outside the region keeps its share outside.  Each
sample then gets ``density x the area it stands for``, scaled so that the samples of a cell add up to the people
of the cell's land inside the zones.

The population layer is a GeoDataFrame (the window, the full command line) or a light table of the same rows
(:class:`layers.coverage.tables.GeoTable`, or a file read as far as the people cache needs,
:class:`layers.commands.coverage_people.PeopleFile`, on the light command-line paths): its columns by name and its
geometries through :mod:`layers.frames`, one rule for both kinds.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple, TypeAlias

import numpy as np

from layers.coverage.cells import with_points
from layers.coverage.samples import Samples
from layers.i18n import format_number, translate

if TYPE_CHECKING:
    import geopandas as gpd

    from layers.coverage.tables import GeoTable
    from layers.coverage.zones import Zones

    # or any table answering as they do: columns, a column by name, geometry
    PopulationData: TypeAlias = gpd.GeoDataFrame | GeoTable

POPULATION_FIELDS = ("population", "pop", "asukkaita", "vaesto", "väestö", "asukkaat", "POP", "Population")


def population_field(data: PopulationData, wanted: str | None = None) -> str | None:
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
        warnings.append(translate("coverage", "{count} population cell(s) lie entirely off the land outline; their "
                                              "people are spread over the whole cell").format(
                            count=format_number(int(at_sea.sum()))))
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


LATTICE_TOL = 1e-7  # in cell sizes: how far a cell's corner or size may be from the grid's and still be on it
EDGE_TOL = 1e-3  # m: a sample this close to a grid line is placed by the polygons, not by arithmetic


class Lattice(NamedTuple):
    """A regular grid of cells: origin, cell size, columns, and each cell's ``row * columns + column`` (``keys``)
    with the cells in key order (``order``)."""

    x0: float
    y0: float
    w: float
    h: float
    ncols: int
    keys: np.ndarray
    order: np.ndarray

    def cell_at(self, col: np.ndarray, row: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """(cell, found) of grid positions: the cell at each (column, row), and whether there is one."""
        key = (row * self.ncols + col).astype(np.int64)
        pos = np.clip(np.searchsorted(self.keys[self.order], key), 0, len(self.keys) - 1)
        cell = self.order[pos]
        return cell, (col >= 0) & (col < self.ncols) & (row >= 0) & (self.keys[cell] == key)


def grid_lattice(cells: np.ndarray) -> Lattice | None:
    """The lattice of ``cells`` when every cell is an axis-aligned rectangle of one size on one lattice (a
    population grid as published in EPSG:3067) and no two cells are the same; else None."""
    import shapely

    if not len(cells) or not bool(np.all(shapely.get_type_id(cells) == 3)):
        return None
    b = shapely.bounds(cells)
    w, h = b[:, 2] - b[:, 0], b[:, 3] - b[:, 1]
    w0, h0 = float(np.median(w)), float(np.median(h))
    if not (np.isfinite(b).all() and w0 > 0 and h0 > 0):
        return None
    same = (np.abs(w - w0) <= LATTICE_TOL * w0) & (np.abs(h - h0) <= LATTICE_TOL * h0)
    # 4 corners and the closing one, as large as the bounds: the polygon is its bounding rectangle
    square = (shapely.get_num_coordinates(cells) == 5) & (np.abs(shapely.area(cells) - w * h) <= LATTICE_TOL * w * h)
    if not bool(np.all(same & square)):
        return None
    x0, y0 = float(b[:, 0].min()), float(b[:, 1].min())
    col, row = (b[:, 0] - x0) / w0, (b[:, 1] - y0) / h0
    icol, irow = np.rint(col).astype(np.int64), np.rint(row).astype(np.int64)
    if not (np.all(np.abs(col - icol) <= LATTICE_TOL) and np.all(np.abs(row - irow) <= LATTICE_TOL)):
        return None
    ncols = int(icol.max()) + 1
    keys = irow * ncols + icol
    order = np.argsort(keys)
    if bool(np.any(keys[order][1:] == keys[order][:-1])):
        return None  # two cells in one place: the polygons decide
    return Lattice(x0, y0, w0, h0, ncols, keys, order)


def samples_in_cells(x: np.ndarray, y: np.ndarray, cells: np.ndarray, parts: np.ndarray,
                     part_area: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(sample, cell), by sample, for every sample ``within`` a cell's land part (the first cell of an STRtree's
    answer where cells overlap).  A regular grid (:func:`grid_lattice`) is looked up by index arithmetic, and the
    polygons are asked only where a part is not its whole cell (clipped to land) or a sample lies on a grid line:
    for a 150,000-cell grid and 840,000 samples about 0.1 s instead of 4 s through the STRtree."""
    import shapely

    lat = grid_lattice(cells)
    if lat is None:
        return _within(x, y, parts)
    fx, fy = (x - lat.x0) / lat.w, (y - lat.y0) / lat.h
    col, row = np.floor(fx), np.floor(fy)
    cell, hit = lat.cell_at(col, row)
    near_line = ((np.minimum(fx - col, col + 1 - fx) * lat.w <= EDGE_TOL)
                 | (np.minimum(fy - row, row + 1 - fy) * lat.h <= EDGE_TOL))
    whole = part_area >= shapely.area(cells) * (1 - 1e-12)  # not clipped to land
    sure = hit & ~near_line & whole[cell]
    ask = np.flatnonzero(hit & ~near_line & ~whole[cell])  # in a clipped cell: inside its land part?
    ask = ask[shapely.contains_xy(parts[cell[ask]], x[ask], y[ask])] if len(ask) else ask
    line_pt, line_cell = _on_lines(np.flatnonzero(near_line), x, y, parts, lat)
    pt = np.concatenate([np.flatnonzero(sure), ask, line_pt])
    ci = np.concatenate([cell[sure], cell[ask], line_cell])
    o = np.argsort(pt, kind="stable")
    return pt[o], ci[o]


def _on_lines(pts: np.ndarray, x: np.ndarray, y: np.ndarray, parts: np.ndarray,
              lat: Lattice) -> tuple[np.ndarray, np.ndarray]:
    """(sample, cell) for the samples ``pts`` on or next to a grid line: the part of one of the 3 x 3 cells
    around each that holds it (cells of a lattice do not overlap, so at most one does)."""
    import shapely

    col, row = np.floor((x[pts] - lat.x0) / lat.w), np.floor((y[pts] - lat.y0) / lat.h)
    found_pt, found_cell = [], []
    for dc in (-1, 0, 1):
        for dr in (-1, 0, 1):
            cell, ok = lat.cell_at(col + dc, row + dr)
            ok[ok] = shapely.contains_xy(parts[cell[ok]], x[pts[ok]], y[pts[ok]])
            found_pt.append(pts[ok])
            found_cell.append(cell[ok])
    return np.concatenate(found_pt), np.concatenate(found_cell)


def _within(x: np.ndarray, y: np.ndarray, parts: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(point, part) for every point within a part, the first part of the tree's answer for a point in two."""
    import shapely

    pt_idx, cell_idx = shapely.STRtree(parts).query(shapely.points(x, y), predicate="within")
    first = np.unique(pt_idx, return_index=True)[1]
    return pt_idx[first], cell_idx[first]


class Spread(NamedTuple):
    """People of a grid spread over the samples (:func:`_spread_polygons`)."""

    pop_w: np.ndarray  # per sample its people from the grid
    missed: np.ndarray  # the cells with people inside the zones but no sample in them (too small: a point each)
    parts: np.ndarray  # each cell's land part
    wanted: np.ndarray  # each cell's people inside the zones
    sampled_zones: np.ndarray  # the zones with a sample in a cell (the grid reaches them)


def _spread_polygons(samples: Samples, zones: Zones, cells: np.ndarray, values: np.ndarray,
                     warnings: list[str]) -> Spread:
    """The grid's people spread over the samples (see :class:`Spread`)."""
    import shapely

    parts = land_parts(cells, zones.land, warnings)
    part_area = shapely.area(parts)
    density = values / np.maximum(part_area, 1e-9)
    pt_idx, cell_idx = samples_in_cells(samples.x, samples.y, cells, parts, part_area)
    pop_w = samples.pop_w.copy()
    pop_w[pt_idx] = density[cell_idx] * samples.area_w[pt_idx]
    # the samples of a cell add up to the people of its land inside the zones
    wanted = _people_inside(parts, values, zones)
    got = np.bincount(cell_idx, pop_w[pt_idx], minlength=len(parts))
    scale = np.divide(wanted, got, out=np.ones(len(parts)), where=got > 0)
    pop_w[pt_idx] *= scale[cell_idx]
    missed = np.flatnonzero((got <= 0) & (wanted > 0))
    return Spread(pop_w, missed, parts, wanted, np.unique(samples.zone[pt_idx]))


def zones_reached(zgeoms: np.ndarray, cells: np.ndarray, sampled: np.ndarray) -> np.ndarray:
    """Per zone: whether a cell intersects it.  A zone with a sample inside a cell's part is (the sample lies in
    both); only the others are asked of the polygons (150,000 cells against every zone took 0.6 s)."""
    import shapely

    reached = np.zeros(len(zgeoms), dtype=bool)
    reached[sampled] = True
    rest = np.flatnonzero(~reached)
    if len(rest) and len(cells):
        zi, _ = shapely.STRtree(cells).query(zgeoms[rest], predicate="intersects")
        reached[rest[np.unique(zi)]] = True
    return reached


def add_population(
    samples: Samples, zones: Zones, data: PopulationData, field: str, warnings: list[str]
) -> tuple[Samples, np.ndarray]:
    """Return samples with population weights (points appended as extra samples) and, per zone, whether the
    population data reach it (zones they do not reach get no population figure rather than a false zero).
    Kept on disk beside the zones' samples (:mod:`.population_cache`): the same people over the same samples
    are spread once."""
    from layers.coverage.population_cache import key as people_key
    from layers.coverage.population_cache import load as load_people
    from layers.coverage.population_cache import store as store_people

    key = people_key(samples, zones, data, field)
    kept = load_people(key) if key else None
    if kept is not None:
        warnings.extend(kept.warnings)
        out = Samples(samples.x, samples.y, samples.zone, samples.ix, samples.iy, samples.area_w, kept.pop_w,
                      samples.grids, samples.n_zones, samples.edge)
        out.cells = samples.cells
        if len(kept.px):
            out = append_points(out, kept.px, kept.py, kept.pzone, kept.ppeople)
        return out, kept.reached
    said = len(warnings)
    out, reached = _add_population(samples, zones, data, field, warnings)
    if key:
        store_people(key, out, len(samples), reached, warnings[said:])
    return out, reached


def _add_population(
    samples: Samples, zones: Zones, data: PopulationData, field: str, warnings: list[str]
) -> tuple[Samples, np.ndarray]:
    import shapely

    from layers.frames import geometries

    values = np.asarray(data[field], dtype=float)
    bad = ~np.isfinite(values) | (values < 0)
    if bad.any():
        warnings.append(translate("coverage", "population field {field!r}: {count} feature(s) without a count "
                                              "(unknown, e.g. small counts the publisher hides, or negative) counted "
                                              "as 0 people: the people figures are a lower bound").format(
                            field=field, count=format_number(int(bad.sum()))))
        values = np.where(bad, 0.0, values)
    geoms = geometries(data)
    types = shapely.get_type_id(geoms)
    reached = np.zeros(samples.n_zones, dtype=bool)
    zgeoms = zones.frame.geometry.values
    ztree = shapely.STRtree(zgeoms)
    point = (types == 0) | (types == 4)
    pt_geoms, pt_values = geoms[point], values[point]  # points (settlements, addresses): counted where they stand
    # polygons (a population grid): spread over each cell's land
    poly = (types == 3) | (types == 6)
    pop_w = samples.pop_w.copy()
    if poly.any():
        pgeoms = geoms[poly]
        pop_w, missed, parts, wanted, sampled = _spread_polygons(samples, zones, pgeoms, values[poly], warnings)
        if len(missed):  # a cell too small to hold a sample: its people inside the zones at one point
            inside = shapely.intersection(parts[missed], zones.outline)
            keep = ~shapely.is_empty(inside)
            pt_geoms = np.concatenate([pt_geoms, shapely.point_on_surface(inside[keep])])
            pt_values = np.concatenate([pt_values, wanted[missed][keep]])
        reached |= zones_reached(zgeoms, pgeoms, sampled)
    kept_cells = samples.cells
    samples = Samples(samples.x, samples.y, samples.zone, samples.ix, samples.iy, samples.area_w, pop_w,
                      samples.grids, samples.n_zones, samples.edge)
    samples.cells = kept_cells  # the same samples, other weights: their cells' geometry stays (0.6-1 s to derive)
    if len(pt_geoms):
        parts_of = shapely.get_num_geometries(pt_geoms)  # a multipoint's people shared by its points
        pts = shapely.get_parts(pt_geoms)
        pvals = np.repeat(pt_values / np.maximum(parts_of, 1), parts_of)
        p_idx, z_idx = ztree.query(pts, predicate="within")
        first = np.unique(p_idx, return_index=True)[1]
        p_idx, z_idx = p_idx[first], z_idx[first]
        outside = len(pts) - len(p_idx)
        if outside:
            warnings.append(translate("coverage", "{outside} population point(s) lie outside every zone and are not "
                                                  "counted").format(outside=format_number(outside)))
        xy = shapely.get_coordinates(pts[p_idx])
        samples = append_points(samples, xy[:, 0], xy[:, 1], z_idx.astype(np.int32), pvals[p_idx])
        reached[np.unique(z_idx)] = True
    if not (poly.any() or point.any()):
        warnings.append(translate("coverage", "the population layer has neither points nor polygons; population is "
                                              "not computed"))
    return samples, reached


def append_points(samples: Samples, x: np.ndarray, y: np.ndarray, zone: np.ndarray, people: np.ndarray) -> Samples:
    """``samples`` with population points appended (each a cell and a block of its own, of no area)."""
    n = len(x)
    out = Samples(x=np.concatenate([samples.x, x]), y=np.concatenate([samples.y, y]),
                  zone=np.concatenate([samples.zone, zone]), ix=np.concatenate([samples.ix, np.full(n, -1, np.int32)]),
                  iy=np.concatenate([samples.iy, np.full(n, -1, np.int32)]),
                  area_w=np.concatenate([samples.area_w, np.zeros(n)]), pop_w=np.concatenate([samples.pop_w, people]),
                  grids=samples.grids, n_zones=samples.n_zones,
                  edge=np.concatenate([samples.edge, np.zeros(n, dtype=bool)]))
    if samples.cells is not None:  # the grid samples' cells stay; each point is a cell of its own
        out.cells = with_points(samples.cells, out, n)
    return out
