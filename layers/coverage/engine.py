"""The coverage engine: prepare once, then answer radii, sectors, targets, curves and gaps.

``CoverageEngine.prepare`` samples the zones (once per region, kept: :mod:`.sampling`, :mod:`.cells`) and indexes
each service layer (:mod:`.feature_index`).  Then:

* :meth:`CoverageEngine.evaluate` (any radii, any set of layers) gives the first, exact result without computing
  every sample's distance: one query per block of 4 x 4 cells decides most cells; for the rest a points layer's
  nearest points come from their block's short list where points are sparse (or a query at the cell centre),
  a line layer's distance bounds from a query at the cell centre; a cell one circle cuts gets its covered share
  in closed form (:mod:`.disc_area`) and other cut cells are sub-sampled (against their listed circles, or the
  index with exact distances near the radius).  Whole-array passes run on two threads;
* :meth:`CoverageEngine.slider` prepares one layer's radius slider: every sample's distance (computed once) and
  a sort per zone, after which every radius is a binary search (microseconds);
* :meth:`CoverageEngine.curve` gives share covered against radius 0-10 km for every zone from one histogram;
* :meth:`CoverageEngine.gaps` polygonises the uncovered samples of the in-between zones.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field
from functools import partial
from typing import TYPE_CHECKING, NamedTuple

import numpy as np

from layers.coverage.cells import EDGE_SUBDIVISIONS, cell_geometry, stratified_offsets
from layers.coverage.disc_area import disc_square_area
from layers.coverage.feature_index import FeatureIndex, feature_index
from layers.coverage.result import CoverageResult
from layers.coverage.samples import Samples
from layers.coverage.sampling import sample_zones
from layers.coverage.zones import HOTSPOT, IN_BETWEEN, Zones
from layers.crs import WORK_CRS
from layers.errors import UserError
from layers.tasks import CancelledFn, ProgressFn, check_cancelled, never_cancelled, no_progress, sub_progress

if TYPE_CHECKING:
    import geopandas as gpd

SECTORS = ("transport", "energy")
MAX_RADIUS_M = 100_000.0
CURVE_MAX_M = 10_000.0
CURVE_STEP_M = 50.0
REFINE_SUBDIVISIONS = EDGE_SUBDIVISIONS  # so that the outline cells' stored sub-samples serve refinement
LISTED_MAX = 4  # circles listed per block: cells of blocks that more may reach are queried one by one
CANDIDATES = 8  # circles listed per cell that several circles cut (more: sub-samples are queried instead)


@dataclass
class ServiceSpec:
    """A service layer: its features (EPSG:3067), radius in metres and sector (``transport`` or ``energy``)."""

    name: str
    data: gpd.GeoDataFrame
    radius_m: float
    sector: str = "transport"


@dataclass
class CoverageInputs:
    zones: Zones
    services: list[ServiceSpec]
    population: gpd.GeoDataFrame | None = None
    population_field: str | None = None
    targets: dict[str, float] = field(default_factory=dict)  # sector or "all" -> share in [0, 1]
    selection: list[str] | None = None  # names of the layers forming the analysed set (default: all)
    curve: bool = True
    gaps: bool = True
    connections: bool = True
    target_samples: int = 15_000
    min_spacing: float = 10.0
    max_spacing: float = 150.0
    min_gap_km2: float = 0.01


class CellDistances(NamedTuple):
    """One layer's distances as the first result knows them: ``d`` per cell, ``reach`` (how far a point of the
    cell can be from where ``d`` was measured), the nearest vertex found for the cell (a point of the layer's
    index) and, for a points layer, the distance to the second nearest point and the circles listed per cell."""

    d: np.ndarray
    reach: np.ndarray
    nearest: np.ndarray | None = None
    second: np.ndarray | None = None
    cand_cells: np.ndarray | None = None  # sorted cells whose reaching circles are all listed in ``cand``
    cand: np.ndarray | None = None
    slack: np.ndarray | None = None  # lines: the true centre distance is within d ± slack (``reach`` includes it)
    at_centre: bool = True  # measured at cell centres (first result), else at the samples


class BlockLists(NamedTuple):
    """A points layer's ``LISTED_MAX + 1`` nearest points to the centres of the blocks its radius may leave
    undecided (where points are sparse): ``row`` per block (-1: not listed), then per listed block the distances
    (sorted; ``inf`` beyond ``upper``) and the points' rows (``tree.n`` for none)."""

    row: np.ndarray
    d: np.ndarray
    p: np.ndarray
    upper: float

    def usable(self, r: float, block_reach_max: float) -> bool:
        """Whether the lists hold every point within ``r`` of any cell of a listed block."""
        return r + block_reach_max < self.upper


@dataclass
class Service:
    """A prepared layer.  ``block_lo``/``block_hi``: bounds of the distance from the centre of every block of
    samples (cheap, computed first);
    ``distance``: every sample's distance, computed on first use (sliders, curves, gaps)."""

    spec: ServiceSpec
    index: FeatureIndex
    upper: float
    block_lo: np.ndarray
    block_hi: np.ndarray
    block_upper: float
    _samples: Samples = field(repr=False)
    _distance: np.ndarray | None = field(default=None, repr=False)
    block_i: np.ndarray | None = field(default=None, repr=False)  # nearest coarse vertex of each block (-1: none)
    block_near: BlockLists | None = field(default=None, repr=False)

    @property
    def distance(self) -> np.ndarray:
        """float32 per sample; ``inf`` beyond ``upper``."""
        if self._distance is None:
            self._distance = self.index.distance(self._samples.x, self._samples.y, self.upper)
        return self._distance

    @distance.setter
    def distance(self, value: np.ndarray | None) -> None:
        self._distance = value

    @property
    def has_distances(self) -> bool:
        return self._distance is not None


def check_radius(name: str, radius: float) -> str | None:
    if not np.isfinite(radius) or radius <= 0:
        return f"layer {name!r}: the radius must be more than 0 m, not {radius:g}; the layer is left out"
    if radius > MAX_RADIUS_M:
        return f"layer {name!r}: a radius of {radius:g} m is more than 100 km; the layer is left out"
    return None


class RadiusQuery:
    """Answers one layer's radius changes with the other layers' radii fixed (from one sort, no geometry)."""

    def __init__(self, engine: CoverageEngine, name: str, radii: dict[str, float], names: list[str]) -> None:
        s = engine.samples
        others = [n for n in names if n != name]
        base = engine.covered_mask(radii, others)
        rest = ~base
        nz = s.n_zones
        self.base_area = np.bincount(s.zone[base], s.area_w[base], minlength=nz)
        self.base_pop = np.bincount(s.zone[base], s.pop_w[base], minlength=nz)
        svc = engine.services[name]
        d = np.minimum(svc.distance[rest].astype(np.float64), svc.upper)  # beyond the computed range: never
        z = s.zone[rest]
        self.max_radius = svc.upper - 1.0
        self._span = svc.upper + 1.0
        key = z * self._span + d
        order = np.argsort(key, kind="stable")
        self._key = key[order]
        self._cum_area = np.concatenate([[0.0], np.cumsum(s.area_w[rest][order])])
        self._cum_pop = np.concatenate([[0.0], np.cumsum(s.pop_w[rest][order])])
        self._starts = np.searchsorted(self._key, np.arange(nz) * self._span, side="left")
        self._zones = np.arange(nz)

    def curve(self, radii: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Covered area (m2) and population per zone (zones x radii) as this layer's radius runs over ``radii``
        with the other layers' radii fixed: one binary search per zone and radius."""
        radii = np.minimum(np.asarray(radii, dtype=np.float64), self.max_radius)
        keys = self._zones[:, None] * self._span + radii[None, :]
        ends = np.searchsorted(self._key, keys, side="right")
        start = self._starts[:, None]
        area = self.base_area[:, None] + self._cum_area[ends] - self._cum_area[start]
        pop = self.base_pop[:, None] + self._cum_pop[ends] - self._cum_pop[start]
        return area, pop

    def query(self, radius: float) -> tuple[np.ndarray, np.ndarray]:
        """Covered area (m2) and covered population per zone at ``radius`` (up to ``max_radius``) for the slider's
        layer; cells are counted whole (no refinement), which is what makes a query take microseconds."""
        ends = np.searchsorted(self._key, self._zones * self._span + min(radius, self.max_radius), side="right")
        area = self.base_area + self._cum_area[ends] - self._cum_area[self._starts]
        pop = self.base_pop + self._cum_pop[ends] - self._cum_pop[self._starts]
        return area, pop


class CoverageEngine:
    """Prepared zones + per-layer distances.  Build with :meth:`prepare`."""

    def __init__(self, zones: Zones, samples: Samples, services: dict[str, Service], warnings: list[str],
                 pop_reached: np.ndarray | None, spacing_note: str) -> None:
        self.zones = zones
        self.samples = samples
        self.services = services
        self.warnings = warnings
        self.pop_reached = pop_reached
        self.method = spacing_note
        self.zone_area = zones.frame.geometry.area.to_numpy()
        if samples.cells is None:  # samples made elsewhere (with population points): derive once, keep
            samples.cells = cell_geometry(samples, zones.frame.geometry.values)
        c = samples.cells
        self._cells = c
        self._x0, self._y0, self._spacing, self._max_spacing = c.x0, c.y0, c.spacing, c.max_spacing
        self._reach = c.reach  # the farthest a point of a sample's cell can be from the sample
        self._cx, self._cy, self._half = c.cx, c.cy, c.half  # cell centres and half diagonals
        self._block, self._block_x, self._block_y = c.block, c.block_x, c.block_y
        self._block_reach, self._block_reach_max = c.block_reach, c.block_reach_max
        self._zone_ends = c.zone_ends

    def _decided_distances(self, radii: dict[str, float], names: list[str]) -> dict[str, CellDistances]:
        """Per layer: a distance stand-in per cell and how far any point of the cell can be from it.

        With every sample's distance computed: (sample distances, cell diagonal).  Otherwise the block bounds
        decide the cells: 0 where the whole block is in reach, inf where all of it is out, and elsewhere the
        distance from the cell's centre (queried now, for those cells only) with the cell's half diagonal as
        reach, which makes the band of cells left to refine half as wide as with the random samples.  For a
        layer of points the centre query also returns the nearest point and the second distance, so that a cell
        only one circle can reach gets its covered share in closed form.

        Layers of points go first; a cell one layer already covers wholly is not queried for the next ones (its
        distance to them stays ``inf``: the cell is decided whatever they reach)."""
        out = {}
        covered = np.zeros(len(self.samples), dtype=bool)
        for n in sorted(names, key=lambda name: not self.services[name].index.points_only):
            svc = self.services[n]
            r = radii[n]
            if svc.has_distances or r + self._block_reach_max >= svc.block_upper:
                out[n] = CellDistances(svc.distance, self._reach, at_centre=False)
            else:
                d = np.empty(len(self.samples), dtype=np.float32)
                need = np.concatenate(_in_halves(partial(self._block_decided, svc, r, d=d, covered=covered), len(d)))
                need = self._inside_block_nearest(svc, r, need, d)
                out[n] = (self._point_cells if svc.index.points_only else self._line_cells)(svc, r, need, d)
            cd, r = out[n], radii[n]

            def add_covered(part: slice, cd: CellDistances = cd, r: float = r) -> None:
                covered[part] |= cd.d[part] <= r - cd.reach[part]

            _in_halves(add_covered, len(covered))
        return {n: out[n] for n in names}

    def _block_decided(self, svc: Service, r: float, part: slice, d: np.ndarray, covered: np.ndarray) -> np.ndarray:
        """For the cells ``part``: ``d`` 0 where their block's bounds put the whole cell in reach, inf elsewhere;
        returns the cells the bounds leave undecided that no earlier layer covers."""
        blk, reach = self._block[part], self._block_reach[part]
        lo = svc.block_lo[blk] - reach
        hi = svc.block_hi[blk] + reach
        d[part] = np.where(hi <= r, np.float32(0.0), np.float32(np.inf))
        return np.flatnonzero((hi > r) & (lo < r) & ~covered[part]) + part.start

    def _line_cells(self, svc: Service, r: float, need: np.ndarray, d: np.ndarray) -> CellDistances:
        """A layer with lines or polygons: bounds of the distance from each undecided cell's centre (one query
        of the coarse vertices); ``d`` is their middle, and half their gap widens the cell's reach."""
        slack = np.zeros(len(d), dtype=np.float32)
        vertex = np.full(len(d), -1, dtype=np.int64)
        if len(need):
            lo, hi, vertex[need] = svc.index.bounds(self._cx[need], self._cy[need], r + self._max_spacing + 1.0)
            finite = np.isfinite(hi)
            with np.errstate(invalid="ignore"):  # inf - inf where nothing is in reach
                d[need] = np.where(finite, (lo + hi) / 2, np.inf)
                slack[need] = np.where(finite, (hi - lo) / 2, 0.0)
        return CellDistances(d, self._half + slack, nearest=vertex, slack=slack)

    def _inside_block_nearest(self, svc: Service, r: float, need: np.ndarray, d: np.ndarray) -> np.ndarray:
        """Cells wholly within ``r`` of their block's nearest feature vertex are covered (d = 0): no query.
        Returns the cells still to query."""
        if svc.block_i is None or not len(need):
            return need
        block_i, points = svc.block_i, svc.index.points

        def inside(part: np.ndarray) -> np.ndarray:
            vertex = block_i[self._block[part]]
            xy = points[np.maximum(vertex, 0)]
            reach = np.hypot(xy[:, 0] - self._cx[part], xy[:, 1] - self._cy[part]) + self._half[part]
            return (vertex >= 0) & (reach <= r)

        covered = np.concatenate(_in_two_threads(inside, _chunks(need, 250_000)))
        d[need[covered]] = 0.0
        return need[~covered]

    def _point_cells(self, svc: Service, r: float, need: np.ndarray, d: np.ndarray) -> CellDistances:
        """A points layer's cells the block bound left undecided: the nearest points to each cell centre (from its
        block's list where that holds every circle that can reach the cell, else one query of the cell's own) give
        the nearest and second-nearest distance and, for each cell a circle's edge may cross, every circle that
        reaches it (rows of ``CANDIDATES`` point indices, -1 padded; cells that more circles reach are left out
        and sub-sampled against the index)."""
        nearest = np.full(len(d), -1, dtype=np.int64)
        second = np.full(len(d), np.inf)
        n_points = svc.index.tree.n  # type: ignore[attr-defined]
        listed, need, block_count = self._listed_cells(svc, r, need)

        def from_list(part: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
            return self._from_block_list(svc, r, part, block_count, d, second, nearest)

        def query(part: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
            half = self._half[part]
            dk, ik = svc.index.tree.query(np.c_[self._cx[part], self._cy[part]], k=CANDIDATES + 1,  # type: ignore[attr-defined]
                                          workers=1, distance_upper_bound=r + self._max_spacing + 1.0)
            d[part], second[part] = dk[:, 0], dk[:, 1]
            nearest[part] = np.where(ik[:, 0] < n_points, ik[:, 0], -1)
            reach = r + half
            # cut: a circle's edge may cross the cell; listed: every circle reaching the cell is among those found
            rows = np.flatnonzero((np.abs(dk[:, 0] - r) < half) & (dk[:, 0] > r - half) & (dk[:, -1] >= reach))
            return part[rows], np.where(dk[rows, :-1] < reach[rows, None], ik[rows, :-1], -1)

        found = _in_two_threads(from_list, _chunks(listed, 125_000)) + _in_two_threads(query, _chunks(need, 125_000))
        cells_parts, cand_parts = [c for c, _ in found], [k for _, k in found]
        cells = np.concatenate(cells_parts) if cells_parts else np.empty(0, dtype=np.int64)
        cand = np.concatenate(cand_parts) if cand_parts else np.empty((0, CANDIDATES), dtype=np.int64)
        order = np.argsort(cells, kind="stable")
        return CellDistances(d, self._half, nearest, second, cells[order], cand[order])

    def _listed_cells(self, svc: Service, r: float, need: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Split ``need`` into the cells whose block lists every circle that may reach them and the rest; also
        give, per listed block, how many of its circles may reach some cell of the block."""
        lists, none = svc.block_near, np.empty(0, dtype=np.int64)
        if lists is None or not len(need) or not len(lists.d) or not lists.usable(r, self._block_reach_max):
            return none, need, np.empty(0, dtype=np.uint8)
        block_count = (lists.d[:, :LISTED_MAX] < r + self._block_reach_max).sum(axis=1).astype(np.uint8)
        row = lists.row[self._block[need]]
        complete = (row >= 0) & (lists.d[np.maximum(row, 0), -1] >= r + self._block_reach[need])
        if complete.sum() <= len(need) // 10:  # too few for a pass of their own
            return none, need, block_count
        return need[complete], need[~complete], block_count

    def _from_block_list(self, svc: Service, r: float, part: np.ndarray, block_count: np.ndarray, d: np.ndarray,
                         second: np.ndarray, nearest: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """For the cells ``part`` (listed): set ``d``, ``second`` and ``nearest`` from their block's list and
        return the cells a circle's edge may cross with every circle that reaches each (-1 padded)."""
        lists = svc.block_near
        assert lists is not None
        # cells with the most circles first: the k-th circle is then measured for a prefix of the rows
        blk = lists.row[self._block[part]]
        order = np.argsort(LISTED_MAX - block_count[blk], kind="stable")  # a radix sort of small integers
        part, blk = part[order], blk[order]
        rows_k = np.searchsorted(-block_count[blk].astype(np.int16), -np.arange(LISTED_MAX), side="left")
        cx, cy = self._cx[part], self._cy[part]
        dist = np.full((LISTED_MAX, len(part)), np.inf)
        d1, d2 = np.full(len(part), np.inf), np.full(len(part), np.inf)
        i1 = np.full(len(part), -1, dtype=np.int64)
        for k in range(LISTED_MAX):
            m = rows_k[k]
            if m == 0:
                break
            p = lists.p[blk[:m], k]
            xy = svc.index.points[p]
            v = dist[k, :m] = np.hypot(xy[:, 0] - cx[:m], xy[:, 1] - cy[:m])
            np.minimum(d2[:m], np.maximum(d1[:m], v), out=d2[:m])  # the second smallest so far
            better = v < d1[:m]
            i1[:m][better], d1[:m][better] = p[better], v[better]
        d[part], second[part], nearest[part] = d1, d2, i1
        half = self._half[part]
        cut = np.flatnonzero((np.abs(d1 - r) < half) & (d1 > r - half))
        cand = np.full((len(cut), CANDIDATES), -1, dtype=np.int64)
        cut_dist, reach = dist[:, cut].transpose(), (r + half[cut])[:, None]
        cand[:, :LISTED_MAX] = np.where(cut_dist < reach, lists.p[blk[cut], :LISTED_MAX], -1)
        return part[cut], cand

    # ---- preparation ----------------------------------------------------------------------------------------
    @classmethod
    def prepare(
        cls,
        inputs: CoverageInputs,
        progress: ProgressFn = no_progress,
        cancelled: CancelledFn = never_cancelled,
    ) -> CoverageEngine:
        from layers.coverage.population import add_population, population_field

        warnings = list(inputs.zones.warnings)
        samples = sample_zones(inputs.zones, inputs.target_samples, inputs.min_spacing, inputs.max_spacing,
                               sub_progress(progress, 0.0, 0.3), cancelled)
        pop_reached = None
        if inputs.population is not None:
            fld = population_field(inputs.population, inputs.population_field)
            if fld is None:
                wanted = inputs.population_field or "population"
                warnings.append(f"the population layer has no field {wanted!r} (fields: "
                                f"{', '.join(c for c in inputs.population.columns if c != 'geometry')}); "
                                "population is not computed")
            else:
                samples, pop_reached = add_population(samples, inputs.zones, inputs.population, fld, warnings)
        engine = cls(inputs.zones, samples, {}, warnings, pop_reached, "")
        engine.method = (f"zones sampled on stratified grids of {engine.spacing_range()} spacing "
                         f"({len(samples):,} samples); a cell one circle cuts is measured exactly, other cut cells "
                         "from 16 sub-samples each, with exact distances; sliders count whole cells")
        progress(0.3, "indexing " + ", ".join(spec.name for spec in inputs.services))
        engine.add_services(inputs.services, cancelled)
        if not engine.services:
            raise UserError("no usable service layer: " + "; ".join(warnings[-len(inputs.services):] or
                                                                   ["give at least one --layer"]))
        progress(1.0, "prepared")
        return engine

    def spacing_range(self) -> str:
        sp = [g.spacing for g in self.samples.grids if g is not None]
        lo, hi = min(sp), max(sp)
        return f"{lo:.0f} m" if abs(hi - lo) < 0.5 else f"{lo:.0f}-{hi:.0f} m"

    def add_service(self, spec: ServiceSpec) -> bool:
        """Index the layer (its distances come on demand); on bad input add a warning and return False."""
        return self.add_services([spec]) == 1

    def add_services(self, specs: list[ServiceSpec], cancelled: CancelledFn = never_cancelled) -> int:
        """Index several layers at once (two at a time, in threads: the work is mostly outside the GIL); they
        are added in the given order.  Returns how many were usable."""
        from concurrent.futures import ThreadPoolExecutor

        _ = self.zones.outline  # shared by the layers: compute it before the threads start
        check_cancelled(cancelled)
        if len(specs) > 1:
            with ThreadPoolExecutor(max_workers=2) as pool:
                built = list(pool.map(self._build_service, specs))
        else:
            built = [self._build_service(spec) for spec in specs]
        check_cancelled(cancelled)
        for spec, (service, problems) in zip(specs, built, strict=True):
            self.warnings.extend(problems)
            if service is not None:
                self.services[spec.name] = service
        return sum(service is not None for service, _ in built)

    def _build_service(self, spec: ServiceSpec) -> tuple[Service | None, list[str]]:
        """The prepared layer (None when it cannot be used) and the warnings about it."""
        import shapely

        problem = check_radius(spec.name, float(spec.radius_m))
        if problem:
            return None, [problem]
        problems = []
        if spec.sector not in SECTORS:
            problems.append(f"layer {spec.name!r}: unknown sector {spec.sector!r}, counted as transport")
            spec.sector = "transport"
        data = spec.data[spec.data.geometry.notna() & ~spec.data.geometry.is_empty]
        if data.empty:
            return None, [*problems, f"layer {spec.name!r} has no features; it is left out"]
        region = self.zones.outline
        geoms = np.asarray(data.geometry.values)
        if not _any_chunked(lambda part: shapely.dwithin(part, region, spec.radius_m), geoms):
            problems.append(f"layer {spec.name!r}: none of its {len(data)} features is within "
                            f"{spec.radius_m:g} m of the region; it covers nothing there")
        elif not _any_chunked(lambda part: shapely.intersects(part, region), geoms):
            problems.append(f"layer {spec.name!r} has no features inside the region (only near it)")
        index = feature_index(data)
        block_upper = spec.radius_m + self._block_reach_max + 1.0
        block_lo, block_hi, block_i = index.bounds(self._block_x, self._block_y, block_upper)
        block_near = self._block_lists(index, block_lo, block_hi, spec.radius_m, block_upper) \
            if index.points_only else None
        return Service(spec, index, self._upper(spec.radius_m), block_lo, block_hi, block_upper, self.samples,
                       block_i=block_i, block_near=block_near), problems

    def _block_lists(self, index: FeatureIndex, block_lo: np.ndarray, block_hi: np.ndarray, r: float,
                     upper: float) -> BlockLists:
        """The nearest few points of the centres of the blocks ``r`` leaves undecided, where the points are sparse
        enough for the lists to hold every circle that may reach the block (their cells then need no query of
        their own; where points are denser, cells are queried one by one, which is then cheaper)."""
        reach = self._block_reach_max
        undecided = (block_hi + reach > r) & (block_lo - reach < r)
        blocks = np.flatnonzero(undecided & (self._points_near_blocks(index.points, upper) <= LISTED_MAX))
        row = np.full(len(block_lo), -1, dtype=np.int64)
        row[blocks] = np.arange(len(blocks))
        d, p = index.tree.query(np.c_[self._block_x[blocks], self._block_y[blocks]],  # type: ignore[attr-defined]
                                k=LISTED_MAX + 1, workers=-1, distance_upper_bound=upper)
        return BlockLists(row, d, p, upper)

    def _points_near_blocks(self, points: np.ndarray, upper: float) -> np.ndarray:
        """About how many of ``points`` lie within ``upper`` of each block centre (from the points' density in
        squares of about that size)."""
        if not len(self._block_x):
            return np.zeros(0)
        size = max(upper, 500.0)
        # only points that can be within ``upper`` of a block centre count (and far-off ones cannot blow the grid up)
        x0, y0 = self._block_x.min() - upper, self._block_y.min() - upper
        x1, y1 = self._block_x.max() + upper, self._block_y.max() + upper
        points = points[(points[:, 0] >= x0) & (points[:, 0] <= x1) & (points[:, 1] >= y0) & (points[:, 1] <= y1)]
        nx, ny = int((x1 - x0) // size) + 1, int((y1 - y0) // size) + 1
        ix, iy = ((points - (x0, y0)) // size).astype(np.int64).T
        counts = np.bincount(ix * ny + iy, minlength=nx * ny).astype(np.float64)
        bx = ((self._block_x - x0) // size).astype(np.int64)  # every block centre lies inside the grid
        by = ((self._block_y - y0) // size).astype(np.int64)
        return counts[bx * ny + by] * np.pi * upper**2 / size**2

    def prepare_all(self, cancelled: CancelledFn = never_cancelled) -> None:
        """Compute every sample's distance for every layer (what sliders, curves and gaps answer from)."""
        for svc in self.services.values():
            check_cancelled(cancelled)
            _ = svc.distance

    def _upper(self, radius: float) -> float:
        """How far distances are computed: the curve's range or the radius, plus a margin for refinement."""
        return max(CURVE_MAX_M, radius) + 2 * self._max_spacing + 1.0

    def set_radius(self, name: str, radius: float) -> None:
        """Change a layer's radius; only a radius beyond the computed distance range recomputes distances."""
        problem = check_radius(name, radius)
        if problem:
            raise ValueError(problem)
        svc = self.services[name]
        svc.spec.radius_m = float(radius)
        if radius + 2 * self._max_spacing >= svc.upper:
            svc.upper = self._upper(radius)
            if svc.has_distances:
                svc.distance = None  # recomputed on next use with the wider range

    # ---- answers --------------------------------------------------------------------------------------------
    def radii(self) -> dict[str, float]:
        return {n: float(s.spec.radius_m) for n, s in self.services.items()}

    def names(self, sector: str | None = None) -> list[str]:
        return [n for n, s in self.services.items() if sector in (None, "all") or s.spec.sector == sector]

    def covered_mask(self, radii: dict[str, float] | None = None, names: list[str] | None = None) -> np.ndarray:
        radii = {**self.radii(), **(radii or {})}
        names = self.names() if names is None else names
        mask = np.zeros(len(self.samples), dtype=bool)
        for n in names:
            mask |= self.services[n].distance <= radii[n]
        return mask

    def covered_fraction(self, radii: dict[str, float] | None = None, names: list[str] | None = None,
                         refine: bool = True, subdivisions: int = REFINE_SUBDIVISIONS) -> np.ndarray:
        """Covered fraction of each sample's cell: 0/1 where the whole cell is surely in or out, else (when
        ``refine``) the share of ``subdivisions``² stratified sub-samples of the cell that are covered."""
        radii = {**self.radii(), **(radii or {})}
        names = self.names() if names is None else names
        if not refine:
            return self.covered_mask(radii, names).astype(np.float64)
        dist = self._decided_distances(radii, names)
        if not names:
            return np.zeros(len(self.samples))
        size = len(self.samples)
        frac = np.empty(size)
        n_amb = np.zeros(size, dtype=np.int8)
        layer_amb = {n: np.empty(size, dtype=bool) for n in names}

        def classify(part: slice) -> np.ndarray:
            """Covered (1) or not (0) by the distance stand-ins; the undecided cells (a layer's radius edge may
            cross them and no layer surely covers them)."""
            mask = np.zeros(part.stop - part.start, dtype=bool)
            sure = np.zeros(len(mask), dtype=bool)
            for n in names:
                d, reach, r = dist[n].d[part], dist[n].reach[part], radii[n]
                mask |= d <= r
                sure |= d <= r - reach
                layer_amb[n][part] = amb = np.abs(d - r) < reach
                n_amb[part] += amb
            frac[part] = mask
            return np.flatnonzero((n_amb[part] > 0) & ~sure) + part.start

        idx = np.concatenate(_in_halves(classify, size))
        idx = self._exact_single_circle(idx, dist, radii, layer_amb, n_amb, frac)
        cands = {n: (c.cand_cells, c.cand) for n in names
                 if (c := dist[n]).cand_cells is not None and c.cand is not None}

        def refine_chunk(chunk: np.ndarray) -> np.ndarray:
            known = {n: self._known(dist[n], chunk, self.services[n].index.points) for n in names}
            return self._refine(chunk, radii, {n: a[chunk] for n, a in layer_amb.items()}, subdivisions,
                                frac[chunk], known, cands)

        chunks = _chunks(idx, 50_000)
        for chunk, part in zip(chunks, _in_two_threads(refine_chunk, chunks), strict=True):
            frac[chunk] = part
        return frac

    def _exact_single_circle(self, idx: np.ndarray, dist: dict[str, CellDistances], radii: dict[str, float],
                             layer_amb: dict[str, np.ndarray], n_amb: np.ndarray, frac: np.ndarray) -> np.ndarray:
        """Set ``frac`` in closed form for the undecided cells ``idx`` that one circle of one points layer cuts
        and nothing else reaches (no other circle of that layer, no other layer), wholly inside their zone;
        return the cells still left to sub-sample."""
        if not len(idx):
            return idx
        s = self.samples
        inner = (s.ix[idx] >= 0) & (n_amb[idx] == 1)
        if s.edge is not None:
            inner &= ~s.edge[idx]
        done = np.zeros(len(idx), dtype=bool)
        for n, cd in dist.items():
            if cd.nearest is None or cd.second is None:
                continue
            r = radii[n]
            ok = inner & layer_amb[n][idx] & (cd.second[idx] >= r + self._half[idx]) & (cd.nearest[idx] >= 0)
            cells = idx[ok]
            if not len(cells):
                continue
            def share(part: np.ndarray, r: float = r, points: np.ndarray = self.services[n].index.points,
                      nearest: np.ndarray = cd.nearest) -> np.ndarray:
                pts, g = points[nearest[part]], self._spacing[s.zone[part]]
                return disc_square_area(self._cx[part], self._cy[part], g, pts[:, 0], pts[:, 1], r) / (g * g)

            frac[cells] = np.concatenate(_in_two_threads(share, _chunks(cells, 100_000)))
            done |= ok
        return idx[~done]

    def _known(self, dist: CellDistances, idx: np.ndarray, points: np.ndarray) -> tuple[np.ndarray, ...]:
        """Where a layer's distance is known for the cells ``idx`` (x, y), its value there, how far off it may
        be, and the nearest vertex found (x, y; NaN where none): the cell centre (first result) or the sample
        (once every sample's distance is computed)."""
        slack = dist.slack[idx] if dist.slack is not None else np.zeros(len(idx), dtype=np.float32)
        if dist.nearest is not None:
            v = dist.nearest[idx]
            vxy = np.where((v >= 0)[:, None], points[np.maximum(v, 0)], np.nan)
        else:
            vxy = np.full((len(idx), 2), np.nan)
        if dist.at_centre:
            return self._cx[idx], self._cy[idx], dist.d[idx], slack, vxy[:, 0], vxy[:, 1]
        return self.samples.x[idx], self.samples.y[idx], dist.d[idx], slack, vxy[:, 0], vxy[:, 1]

    def _refine(self, idx: np.ndarray, radii: dict[str, float], layer_amb: dict[str, np.ndarray], m: int,
                fallback: np.ndarray, known: dict[str, tuple[np.ndarray, ...]] | None = None,
                cands: dict[str, tuple[np.ndarray, np.ndarray]] | None = None) -> np.ndarray:
        """Covered share of the cells ``idx`` from m x m sub-samples; a layer is asked only about the cells its
        radius edge may cross (``layer_amb``); in the others it reaches no part of the cell.  With ``known``
        (per layer: x, y, distance of a point of each cell, its slack, the nearest vertex found), a sub-sample at
        distance rho from that point has a distance within d ± (rho + slack) (distance is 1-Lipschitz), and one
        within r of that vertex is in reach, so those need no query.  With
        ``cands`` (per points layer: cells and every circle reaching each), sub-samples there are tested
        against those circles directly."""
        import shapely

        s = self.samples
        z = s.zone[idx]
        g = self._spacing[z]
        mm = m * m
        sub, sub_y = (a.reshape(len(idx), mm) for a in stratified_offsets(np.random.default_rng(len(idx)), len(idx),
                                                                         m))
        # cells the zone outline cuts: the region's fixed sub-samples, whose side of the outline is known
        c = self._cells
        edge_pos = np.minimum(np.searchsorted(c.edge_cells, idx), max(len(c.edge_cells) - 1, 0))
        stored = (np.flatnonzero(c.edge_cells[edge_pos] == idx) if len(c.edge_cells) and mm == c.edge_sub.shape[1]
                  else np.empty(0, dtype=np.int64))
        sub[stored], sub_y[stored] = c.edge_sub[edge_pos[stored], :, 0], c.edge_sub[edge_pos[stored], :, 1]
        gx = (self._x0[z] + s.ix[idx] * g)[:, None] + sub * g[:, None]
        gy = (self._y0[z] + s.iy[idx] * g)[:, None] + sub_y * g[:, None]
        px, py = gx.reshape(-1), gy.reshape(-1)
        cov = np.zeros(len(px), dtype=bool)
        for n, amb in layer_amb.items():
            ask = np.repeat(amb, m * m) & ~cov  # a sub-sample another layer reaches needs no more queries
            r = radii[n]
            if ask.any() and cands and n in cands:  # exact and cheap: first, for the cells it knows
                self._test_candidates(idx, m, px, py, ask, cov, r, self.services[n].index.points, *cands[n])
            if ask.any() and known is not None and n in known:
                kx, ky, kd, ks, vx, vy = (np.repeat(a, m * m)[ask] for a in known[n])
                qx, qy = px[ask], py[ask]
                rho = np.hypot(qx - kx, qy - ky) + ks
                # in reach: by the bound, or by the nearest vertex found (it lies on a feature; NaN: none)
                inside = (kd + rho <= r) | (np.hypot(qx - vx, qy - vy) <= r)
                where = np.flatnonzero(ask)
                cov[where[inside]] = True
                ask[where[inside | (kd - rho > r)]] = False
            if ask.any():
                cov[ask] |= self.services[n].index.within(px[ask], py[ask], r)
        inside = np.ones(len(px), dtype=bool)
        zz = np.repeat(z, m * m)
        edge = s.edge[idx] if s.edge is not None else np.zeros(len(idx), dtype=bool)
        if len(stored):
            inside.reshape(len(idx), mm)[stored] = c.edge_inside[edge_pos[stored]]
            edge[stored] = False
        if edge.any():
            sel = np.repeat(edge, m * m)
            for zone in np.unique(zz[sel]):
                k = sel & (zz == zone)
                inside[k] = shapely.contains_xy(self.zones.frame.geometry.iloc[zone], px[k], py[k])
        cov = (cov & inside).reshape(len(idx), m * m).sum(axis=1)
        n_in = inside.reshape(len(idx), m * m).sum(axis=1)
        return np.where(n_in > 0, cov / np.maximum(n_in, 1), fallback)

    def _test_candidates(self, idx: np.ndarray, m: int, px: np.ndarray, py: np.ndarray, ask: np.ndarray,
                         cov: np.ndarray, r: float, points: np.ndarray, cells: np.ndarray,
                         cand: np.ndarray) -> None:
        """Answer the asked sub-samples of the cells in ``cells`` from their listed circles (in place)."""
        pos = np.minimum(np.searchsorted(cells, idx), max(len(cells) - 1, 0))
        rows = np.flatnonzero(cells[pos] == idx) if len(cells) else np.empty(0, dtype=np.int64)
        if not len(rows):
            return
        mm = m * m
        flat = (rows[:, None] * mm + np.arange(mm)).reshape(-1)
        wanted = ask[flat].reshape(len(rows), mm)
        ox, oy = self._cx[idx[rows]], self._cy[idx[rows]]  # local coordinates: float32 keeps millimetres
        sx = (px[flat].reshape(len(rows), mm) - ox[:, None]).astype(np.float32)
        sy = (py[flat].reshape(len(rows), mm) - oy[:, None]).astype(np.float32)
        hit = np.zeros((len(rows), mm), dtype=bool)
        rr = np.float32(r * r)
        cand = cand[pos[rows]]
        for k in range(cand.shape[1]):
            c = cand[:, k]
            live = c >= 0
            if not live.any():
                break
            cx = np.where(live, points[np.maximum(c, 0), 0] - ox, np.inf).astype(np.float32)
            cy = np.where(live, points[np.maximum(c, 0), 1] - oy, np.inf).astype(np.float32)
            hit |= (sx - cx[:, None]) ** 2 + (sy - cy[:, None]) ** 2 <= rr
        cov[flat] |= (hit & wanted).reshape(-1)
        ask[flat] = False

    def per_zone(self, covered: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Covered area (m2) and people per zone from a boolean mask or a covered fraction per sample."""
        s = self.samples
        w = covered.astype(np.float64, copy=False)
        area = self._zone_sums(s.area_w, w)
        if self.pop_reached is None:  # no population data: every weight is 0
            return area, np.zeros(s.n_zones)
        return area, self._zone_sums(s.pop_w, w)

    def _zone_sums(self, weight: np.ndarray, w: np.ndarray) -> np.ndarray:
        """Per zone: the sum of ``weight * w`` over its samples (one dot product per zone where the samples are
        in zone order, as sampled; else a weighted count)."""
        s = self.samples
        if self._zone_ends is None:
            return np.bincount(s.zone, weight * w, minlength=s.n_zones)
        starts = np.r_[0, self._zone_ends[:-1]]
        return np.array([np.dot(weight[a:b], w[a:b]) for a, b in zip(starts, self._zone_ends, strict=True)])

    def zone_population(self) -> np.ndarray | None:
        if self.pop_reached is None:
            return None
        s = self.samples
        return np.bincount(s.zone, s.pop_w, minlength=s.n_zones)

    def slider(self, name: str, radii: dict[str, float] | None = None, names: list[str] | None = None) -> RadiusQuery:
        return RadiusQuery(self, name, {**self.radii(), **(radii or {})}, self.names() if names is None else names)

    def curve(self, names: list[str] | None = None, max_m: float = CURVE_MAX_M,
              step_m: float = CURVE_STEP_M) -> tuple[np.ndarray, np.ndarray]:
        """Radii (m) and covered share per zone (zones x radii), all chosen layers at the same radius."""
        s = self.samples
        names = self.names() if names is None else names
        dmin = np.full(len(s), np.inf, dtype=np.float32)
        for n in names:
            np.minimum(dmin, self.services[n].distance, out=dmin)
        nb = round(max_m / step_m)
        idx = np.minimum(np.ceil(dmin / step_m), nb + 1).astype(np.int64)
        hist = np.bincount(s.zone.astype(np.int64) * (nb + 2) + idx, s.area_w,
                           minlength=s.n_zones * (nb + 2)).reshape(s.n_zones, nb + 2)
        cov = np.cumsum(hist, axis=1)[:, : nb + 1]
        with np.errstate(invalid="ignore", divide="ignore"):
            share = np.where(self.zone_area[:, None] > 0, cov / self.zone_area[:, None], np.nan)
        return np.arange(nb + 1) * step_m, np.clip(share, 0.0, 1.0)

    def evaluate(self, radii: dict[str, float] | None = None, names: list[str] | None = None,
                 targets: dict[str, float] | None = None, refine: bool = True) -> CoverageResult:
        """Rows and totals for the chosen layers (default all) at ``radii`` (default each layer's radius)."""
        radii = {**self.radii(), **(radii or {})}
        names = self.names() if names is None else [n for n in names if n in self.services]
        frame = self.zones.frame
        area = self.zone_area
        all_frac = self.covered_fraction(radii, names, refine)
        cov_area, cov_pop = self.per_zone(all_frac)
        pop = self.zone_population()
        sector_cov: dict[str, tuple[np.ndarray, np.ndarray]] = {}
        sector_masks = {}
        for sec in SECTORS:
            sec_names = [n for n in names if self.services[n].spec.sector == sec]
            if sec_names:
                if sec_names == names:
                    sector_masks[sec], sector_cov[sec] = all_frac, (cov_area, cov_pop)
                else:
                    sector_masks[sec] = self.covered_fraction(radii, sec_names, refine)
                    sector_cov[sec] = self.per_zone(sector_masks[sec])
        double_gap = None
        if len(sector_masks) == 2:
            # cells are independent per sector only approximately; a cell's uncovered share by both sectors
            # is at least 1 - t - e and at most min(1 - t, 1 - e): take the lower bound where cells are split
            t, e = sector_masks["transport"], sector_masks["energy"]
            neither = np.where((t % 1 == 0) & (e % 1 == 0), (1 - t) * (1 - e), np.maximum(1 - t - e, 0.0))
            double_gap = self.per_zone(neither)[0]
        targets = targets or {}
        rows = []
        for i, (code, muni, zone) in enumerate(zip(frame["code"], frame["municipality"], frame["zone"],
                                                   strict=True)):
            row: dict = {"municipality": muni, "code": code, "zone": zone, "area_km2": round(area[i] / 1e6, 4),
                         "covered_km2": round(min(cov_area[i], area[i]) / 1e6, 4),
                         "covered_share": _share(cov_area[i], area[i])}
            has_pop = pop is not None and self.pop_reached is not None and bool(self.pop_reached[i])
            if pop is not None:
                row["population"] = round(float(pop[i])) if has_pop else None
                row["population_covered"] = round(float(cov_pop[i])) if has_pop else None
                row["population_share"] = _share(cov_pop[i], pop[i]) if has_pop else None
            if len(sector_cov) == 2:  # with one sector these would repeat covered_share
                for sec, (a, _) in sector_cov.items():
                    row[f"{sec}_share"] = _share(a[i], area[i])
            if double_gap is not None:
                row["double_gap_km2"] = round(double_gap[i] / 1e6, 4)
            if targets:
                row["target_pass"] = self._passes(i, targets, cov_area, cov_pop, sector_cov, pop, has_pop)
            rows.append(row)
        totals = []
        sel: np.ndarray
        for label, sel in ((HOTSPOT, frame["zone"].to_numpy() == HOTSPOT),
                           (IN_BETWEEN, frame["zone"].to_numpy() == IN_BETWEEN), ("all", np.ones(len(frame), bool))):
            a_tot, c_tot = float(area[sel].sum()), float(np.minimum(cov_area, area)[sel].sum())
            tot: dict = {"zone": label, "area_km2": round(a_tot / 1e6, 4), "covered_km2": round(c_tot / 1e6, 4),
                         "covered_share": _share(c_tot, a_tot)}
            if pop is not None and self.pop_reached is not None:
                reach = sel & self.pop_reached
                p, pc = float(pop[reach].sum()), float(cov_pop[reach].sum())
                tot.update(population=round(p), population_covered=round(pc), population_share=_share(pc, p))
            totals.append(tot)
        muni_pass = {}
        if targets:
            for row in rows:
                if row["zone"] == IN_BETWEEN and row["area_km2"] > 0:
                    muni_pass[row["municipality"]] = bool(row["target_pass"])
        return CoverageResult(rows=rows, totals=totals, warnings=list(self.warnings),
                              radii_m={n: radii[n] for n in names}, method=self.method,
                              municipality_pass=muni_pass, engine=self)

    def _passes(self, i, targets, cov_area, cov_pop, sector_cov, pop, has_pop) -> bool | None:  # type: ignore[no-untyped-def]
        ok = True
        for sec, target in targets.items():
            if sec == "all":
                a, p = cov_area, cov_pop
            elif sec in sector_cov:
                a, p = sector_cov[sec]
            else:
                return False  # no layer of that sector: nothing reaches
            share = (p[i] / pop[i]) if has_pop and pop is not None and pop[i] > 0 else (
                a[i] / self.zone_area[i] if self.zone_area[i] > 0 else None)
            if share is None:
                return None
            ok = ok and bool(share + 1e-12 >= target)
        return ok

    # ---- gaps -----------------------------------------------------------------------------------------------
    def gaps(self, radii: dict[str, float] | None = None, names: list[str] | None = None,
             min_gap_km2: float = 0.01, zone_kind: str = IN_BETWEEN) -> gpd.GeoDataFrame:
        """Uncovered parts of the ``zone_kind`` zones, sorted by population then area (largest first).

        ``distance_m``: from a point inside the gap to the nearest service feature; ``max_distance_m``: how far
        the gap's most remote sample is from any service.  Outlines follow the sample grid inside the zone.
        """
        import geopandas as gpd
        import shapely
        from scipy import ndimage

        radii = {**self.radii(), **(radii or {})}
        names = self.names() if names is None else names
        s = self.samples
        uncovered = ~self.covered_mask(radii, names)
        dmin = np.full(len(s), np.inf, dtype=np.float32)
        for n in names:
            np.minimum(dmin, self.services[n].distance, out=dmin)
        frame = self.zones.frame
        recs = []
        for z in np.flatnonzero(frame["zone"].to_numpy() == zone_kind):
            grid = s.grids[z]
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
            polys = _label_polygons(labels, keep, grid)
            zgeom = frame.geometry.iloc[z]
            for lab_id, poly in zip(keep, polys, strict=True):
                part = shapely.intersection(poly, zgeom)
                if part.is_empty:
                    continue
                recs.append({"municipality": frame["municipality"].iloc[z], "code": frame["code"].iloc[z],
                             "area_km2": round(float(part.area) / 1e6, 4),
                             "population": float(pop_l[lab_id]),
                             "max_distance_m": round(float(dmax[lab_id]), 1), "geometry": part})
        gdf = gpd.GeoDataFrame(recs, columns=["municipality", "code", "area_km2", "population",
                                              "max_distance_m", "geometry"], geometry="geometry", crs=WORK_CRS)
        if len(gdf):
            inner = shapely.point_on_surface(gdf.geometry.values)
            xy = shapely.get_coordinates(inner)
            dist = np.full(len(gdf), np.inf)
            for n in names:
                dist = np.minimum(dist, self.services[n].index.distance(xy[:, 0], xy[:, 1]))
            gdf.insert(4, "distance_m", np.round(dist, 1))
            if self.pop_reached is None:
                gdf["population"] = None
            else:
                gdf["population"] = gdf["population"].round().astype(int)
            gdf = gdf.sort_values(["population", "area_km2"], ascending=False, na_position="last",
                                  key=lambda c: c.fillna(-1) if c.name == "population" else c)
        else:
            gdf.insert(4, "distance_m", [])
        return gdf.reset_index(drop=True)


def _label_polygons(labels: np.ndarray, keep: np.ndarray, grid) -> list:  # type: ignore[no-untyped-def]
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


def _chunks(idx: np.ndarray, size: int) -> list[np.ndarray]:
    """``idx`` in an even number of pieces of at most ``size`` (two threads share them)."""
    pieces = max(2, 2 * -(-len(idx) // (2 * size)))
    return [part for part in np.array_split(idx, pieces) if len(part)]


def _in_two_threads(fn, parts: list):  # type: ignore[no-untyped-def]
    """``[fn(p) for p in parts]`` on two threads (numpy and the k-d tree release the GIL while they work)."""
    if len(parts) < 2:
        return [fn(p) for p in parts]
    from concurrent.futures import ThreadPoolExecutor

    with ThreadPoolExecutor(max_workers=2) as pool:
        return list(pool.map(fn, parts))


def _in_halves(fn, n: int) -> list:  # type: ignore[no-untyped-def]
    """``[fn(first half), fn(second half)]`` of ``range(n)`` as slices, on two threads (whole-array numpy passes
    release the GIL)."""
    half = n // 2
    return _in_two_threads(fn, [slice(0, half), slice(half, n)])


def _any_chunked(test, geoms: np.ndarray, chunk: int = 256) -> bool:  # type: ignore[no-untyped-def]
    """Whether ``test`` holds for any geometry, testing a chunk at a time and stopping at the first hit."""
    return any(bool(np.any(test(geoms[i:i + chunk]))) for i in range(0, len(geoms), chunk))


def _share(part: float, whole: float) -> float | None:
    if whole is None or whole <= 0:
        return None
    return round(min(float(part) / float(whole), 1.0), 6)


def run(inputs: CoverageInputs, progress: ProgressFn = no_progress,
        cancelled: CancelledFn = never_cancelled) -> CoverageResult:
    """The task function: prepare, evaluate, and add gaps, curves and hot-spot connections."""
    engine = CoverageEngine.prepare(inputs, sub_progress(progress, 0.0, 0.8), cancelled)
    names = inputs.selection
    if names is not None:
        missing = [n for n in names if n not in engine.services]
        if missing:
            engine.warnings.append(f"selected layer(s) not available: {', '.join(missing)}")
    result = engine.evaluate(names=names, targets=inputs.targets)
    check_cancelled(cancelled)
    if inputs.curve:
        progress(0.85, "coverage curves")
        radii, shares = engine.curve(names=list(result.radii_m))
        result.curve_radii_m = radii.tolist()
        result.curves = [[round(float(v), 5) for v in row] for row in shares]
    if inputs.gaps:
        progress(0.9, "gaps")
        result.gaps = engine.gaps(names=list(result.radii_m), min_gap_km2=inputs.min_gap_km2)
    if inputs.connections and len(inputs.zones.hotspots):
        from layers.coverage.connections import hotspot_connections

        lines = [(n, s.spec.data, s.spec.radius_m) for n, s in engine.services.items()
                 if s.spec.sector == "transport" and n in result.radii_m]
        if any(d.geom_type.isin(["LineString", "MultiLineString"]).any() for _, d, _ in lines):
            result.connections = hotspot_connections(inputs.zones.hotspots, lines)
    result.warnings = list(engine.warnings)
    progress(1.0, "done")
    return result
