"""Answers from every sample's distance, without geometry: a layer's radius slider and the coverage curve."""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np

from layers.coverage.state import CURVE_MAX_M, CURVE_STEP_M

if TYPE_CHECKING:
    from layers.coverage.state import CoverageState


class RadiusQuery:
    """Answers one layer's radius changes with the other layers' radii fixed (from one sort, no geometry)."""

    def __init__(self, state: CoverageState, name: str, radii: dict[str, float], names: list[str]) -> None:
        s = state.samples
        others = [n for n in names if n != name]
        base = state.covered_mask(radii, others)
        rest = ~base
        nz = s.n_zones
        self.base_area = np.bincount(s.zone[base], s.area_w[base], minlength=nz)
        self.base_pop = np.bincount(s.zone[base], s.pop_w[base], minlength=nz)
        svc = state.services[name]
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


def coverage_curve(state: CoverageState, names: list[str] | None = None, max_m: float = CURVE_MAX_M,
                   step_m: float = CURVE_STEP_M) -> tuple[np.ndarray, np.ndarray]:
    """Radii (m) and covered share per zone (zones x radii), all chosen layers at the same radius (from one
    histogram of every sample's distance to the nearest of them)."""
    s = state.samples
    names = state.names() if names is None else names
    dmin = np.full(len(s), np.inf, dtype=np.float32)
    for n in names:
        np.minimum(dmin, state.services[n].distance, out=dmin)
    nb = round(max_m / step_m)
    idx = np.minimum(np.ceil(dmin / step_m), nb + 1).astype(np.int64)
    hist = np.bincount(s.zone.astype(np.int64) * (nb + 2) + idx, s.area_w,
                       minlength=s.n_zones * (nb + 2)).reshape(s.n_zones, nb + 2)
    cov = np.cumsum(hist, axis=1)[:, : nb + 1]
    with np.errstate(invalid="ignore", divide="ignore"):
        share = np.where(state.zone_area[:, None] > 0, cov / state.zone_area[:, None], np.nan)
    return np.arange(nb + 1) * step_m, np.clip(share, 0.0, 1.0)
