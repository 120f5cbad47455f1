"""The prepared state of a coverage check, which every job of the engine reads: the zones, their samples and
cell geometry, the prepared service layers, the warnings and where population data reach, with the small queries
answered from every sample's distance (radii, names, covered mask, per-zone sums)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, NamedTuple

import numpy as np

from layers.coverage.cells import cell_geometry

if TYPE_CHECKING:
    from layers.coverage.feature_index import FeatureIndex
    from layers.coverage.inputs import ServiceSpec
    from layers.coverage.samples import CellGeometry, Samples
    from layers.coverage.zones import Zones

CURVE_MAX_M = 10_000.0
CURVE_STEP_M = 50.0


class BlockLists(NamedTuple):
    """A points layer's ``LISTED_MAX + 1`` nearest points (:mod:`.distances`) to the centres of the blocks its
    radius may leave undecided (where points are sparse): ``row`` per block (-1: not listed), then per listed block
    the distances (sorted; ``inf`` beyond ``upper``) and the points' rows (``tree.n`` for none)."""

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

    def distance_at(self, x: np.ndarray, y: np.ndarray) -> np.ndarray:
        """The distance from places (x, y) to the layer: in a straight line here; along the network, and in its
        unit, for a layer measured along one (:class:`layers.coverage.network_distances.NetworkService`)."""
        return self.index.distance(x, y)


class CoverageState:
    """Prepared zones + per-layer distances; ``cells`` is the samples' cell geometry (derived here once for
    samples made elsewhere, e.g. with population points)."""

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
        self.cells: CellGeometry = samples.cells

    def radii(self) -> dict[str, float]:
        return {n: float(s.spec.radius_m) for n, s in self.services.items()}

    def names(self, sector: str | None = None) -> list[str]:
        return [n for n, s in self.services.items() if sector in (None, "all") or s.spec.sector == sector]

    def covered_mask(self, radii: dict[str, float] | None = None, names: list[str] | None = None) -> np.ndarray:
        """Per sample: whether any of ``names`` (default all) reaches it at ``radii`` (default each layer's)."""
        radii = {**self.radii(), **(radii or {})}
        names = self.names() if names is None else names
        mask = np.zeros(len(self.samples), dtype=bool)
        for n in names:
            mask |= self.services[n].distance <= radii[n]
        return mask

    def per_zone(self, covered: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Covered area (m2) and people per zone from a boolean mask or a covered fraction per sample."""
        s = self.samples
        w = covered.astype(np.float64, copy=False)
        area = self._zone_sums(s.area_w, w)
        if self.pop_reached is None:  # no population data: every weight is 0
            return area, np.zeros(s.n_zones)
        return area, self._zone_sums(s.pop_w, w)

    def _zone_sums(self, weight: np.ndarray, w: np.ndarray) -> np.ndarray:
        """Per zone: the sum of ``weight * w`` over its samples (one pass of ``np.add.reduceat`` over the zones'
        runs where the samples are in zone order, as sampled; else a weighted count).  Not a dot product per
        zone: that calls BLAS, whose thread pool took 0.4-0.6 s to wake on the first call of a process."""
        s = self.samples
        ends = self.cells.zone_ends
        if ends is None:
            return np.bincount(s.zone, weight * w, minlength=s.n_zones)
        if not len(ends):
            return np.zeros(0)
        starts = np.r_[0, ends[:-1]]
        # a trailing 0 keeps every start a valid index (empty zones at the end start at len(samples))
        sums = np.add.reduceat(np.append(weight * w, 0.0), starts)
        sums[starts >= ends] = 0.0  # an empty zone's run: reduceat gives the element at its start
        return sums

    def zone_population(self) -> np.ndarray | None:
        if self.pop_reached is None:
            return None
        s = self.samples
        return np.bincount(s.zone, s.pop_w, minlength=s.n_zones)

    def distance_upper(self, radius: float) -> float:
        """How far a layer's distances are computed: the curve's range or the radius, plus a margin for
        refinement."""
        return max(CURVE_MAX_M, radius) + 2 * self.cells.max_spacing + 1.0

    def spacing_range(self) -> str:
        sp = [g.spacing for g in self.samples.grids if g is not None]
        lo, hi = min(sp), max(sp)
        return f"{lo:.0f} m" if abs(hi - lo) < 0.5 else f"{lo:.0f}-{hi:.0f} m"
