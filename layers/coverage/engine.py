"""The coverage engine: prepare once, then answer radii, sectors, targets, curves and gaps.

:class:`CoverageEngine` is the facade over modules of one job each, all reading the prepared state
(:mod:`.state`):

* ``prepare`` samples the zones (once per region, kept: :mod:`.sampling`, :mod:`.cells`) and indexes each
  service layer (:mod:`.feature_index`), bounding its distance from every block of cells (:mod:`.distances`);
* ``evaluate`` (:mod:`.evaluate`) gives the first, exact result without computing every sample's distance: the
  block bounds decide most cells, cell-centre distances most of the rest (:mod:`.distances`), and the cells a
  radius edge cuts are measured in closed form or from sub-samples (:mod:`.refine`).  Whole-array passes run on
  two threads (:mod:`.parallel`);
* ``slider`` prepares one layer's radius slider: every sample's distance (computed once) and a sort per zone,
  after which every radius is a binary search (microseconds); ``curve`` gives share covered against radius
  0-10 km for every zone from one histogram (:mod:`.slider`);
* ``gaps`` polygonises the uncovered samples of the in-between zones (:mod:`.gaps`).

:func:`check` prepares, evaluates and adds curves, gaps and hot-spot links; :func:`run` is the task function of
the CLI and the exports (the app's, which then prepares the sliders, is :func:`layers.coverage.live.run`).
"""

from __future__ import annotations

import sys
from collections.abc import Mapping
from functools import partial
from typing import TYPE_CHECKING

import numpy as np

from layers.coverage.distances import build_service as _build_straight
from layers.coverage.evaluate import evaluate as _evaluate
from layers.coverage.inputs import MAX_RADIUS_M, SECTORS, CoverageInputs, ServiceSpec, check_radius
from layers.coverage.refine import REFINE_SUBDIVISIONS
from layers.coverage.refine import covered_fraction as _covered_fraction
from layers.coverage.sampling import sample_zones
from layers.coverage.slider import RadiusQuery, coverage_curve
from layers.coverage.state import CURVE_MAX_M, CURVE_STEP_M, CoverageState
from layers.coverage.verdict import Targets
from layers.coverage.zones import IN_BETWEEN
from layers.errors import UserError
from layers.i18n import format_number, translate
from layers.tasks import CancelledFn, ProgressFn, check_cancelled, never_cancelled, no_progress, sub_progress

if TYPE_CHECKING:
    import geopandas as gpd

    from layers.coverage.connections import Connections
    from layers.coverage.result import CoverageResult
    from layers.coverage.state import Service

# the constants, inputs and RadiusQuery are defined below this module; named here too for the callers of the
# one-module engine
__all__ = ["CURVE_MAX_M", "CURVE_STEP_M", "MAX_RADIUS_M", "SECTORS", "CoverageEngine", "CoverageInputs",
           "RadiusQuery", "ServiceSpec", "check", "hotspot_links", "run"]


def build_service(state: CoverageState, spec: ServiceSpec) -> tuple[Service | None, list[str]]:
    """The engine's hook: a layer measured along a network by its own rule
    (:func:`layers.coverage.network_distances.build_any_service`), any other as a circle.  A network layer's spec
    is a class of that module, so where the module is not loaded there is none, and the straight-line run does not
    import the network routing (and pandas with it)."""
    network = sys.modules.get("layers.coverage.network_distances")
    if network is not None:
        return network.build_any_service(state, spec)  # type: ignore[no-any-return]
    return _build_straight(state, spec)


def hotspot_links(engine: CoverageEngine, radii: dict[str, float]) -> Connections | None:
    """The hot spots that the engine's transport layers (lines and stations) link at ``radii``."""
    from layers.coverage.connections import transport_links

    return transport_links(engine.zones.hotspots,
                           ((n, s.spec.sector, s.spec.data) for n, s in engine.services.items()), radii,
                           engine.zones.frame["municipality"].astype(str))


class CoverageEngine(CoverageState):
    """Prepared zones + per-layer distances.  Build with :meth:`prepare`."""

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
                warnings.append(translate("coverage", "the population layer has no field {wanted!r} (fields: "
                                                      "{names}); population is not computed").format(
                                    wanted=wanted,
                                    names=", ".join(c for c in inputs.population.columns if c != "geometry")))
            else:
                samples, pop_reached = add_population(samples, inputs.zones, inputs.population, fld, warnings)
        engine = cls(inputs.zones, samples, {}, warnings, pop_reached, "")
        engine.method = translate(
            "coverage", "zones sampled on stratified grids of {spacing} spacing ({samples} samples); a cell one "
            "circle cuts is measured exactly, other cut cells from 16 sub-samples each, with exact distances; "
            "sliders count whole cells").format(spacing=engine.spacing_range(), samples=format_number(len(samples)))
        progress(0.3, "indexing " + ", ".join(spec.name for spec in inputs.services))
        engine.add_services(inputs.services, cancelled)
        if not engine.services:
            raise UserError(translate("coverage", "no usable service layer: {why}").format(
                why="; ".join(warnings[-len(inputs.services):] or
                              [translate("coverage", "give at least one --layer")])))
        progress(1.0, translate("coverage", "prepared"))
        return engine

    def add_service(self, spec: ServiceSpec) -> bool:
        """Index the layer (its distances come on demand); on bad input add a warning and return False."""
        return self.add_services([spec]) == 1

    def add_services(self, specs: list[ServiceSpec], cancelled: CancelledFn = never_cancelled) -> int:
        """Index several layers at once (two at a time, in threads: the work is mostly outside the GIL); they
        are added in the given order.  Returns how many were usable."""
        from concurrent.futures import ThreadPoolExecutor

        _ = self.zones.tree  # shared by the layers: made before the threads start
        check_cancelled(cancelled)
        if len(specs) > 1:
            with ThreadPoolExecutor(max_workers=2) as pool:
                built = list(pool.map(partial(build_service, self), specs))
        else:
            built = [build_service(self, spec) for spec in specs]
        check_cancelled(cancelled)
        for spec, (service, problems) in zip(specs, built, strict=True):
            self.warnings.extend(problems)
            if service is not None:
                self.services[spec.name] = service
        return sum(service is not None for service, _ in built)

    def prepare_all(self, cancelled: CancelledFn = never_cancelled) -> None:
        """Compute every sample's distance for every layer (what sliders, curves and gaps answer from)."""
        for svc in self.services.values():
            check_cancelled(cancelled)
            _ = svc.distance

    def set_radius(self, name: str, radius: float) -> None:
        """Change a layer's radius; only a radius beyond the computed distance range recomputes distances."""
        problem = check_radius(name, radius)
        if problem:
            raise ValueError(problem)
        svc = self.services[name]
        svc.spec.radius_m = float(radius)
        if radius + 2 * self.cells.max_spacing >= svc.upper:
            svc.upper = self.distance_upper(radius)
            if svc.has_distances:
                svc.distance = None  # recomputed on next use with the wider range

    # ---- answers (radii, names, covered_mask, per_zone, zone_population: CoverageState) ---------------------
    def covered_fraction(self, radii: dict[str, float] | None = None, names: list[str] | None = None,
                         refine: bool = True, subdivisions: int = REFINE_SUBDIVISIONS) -> np.ndarray:
        """Covered fraction of each sample's cell (:func:`layers.coverage.refine.covered_fraction`)."""
        return _covered_fraction(self, radii, names, refine, subdivisions)

    def slider(self, name: str, radii: dict[str, float] | None = None, names: list[str] | None = None) -> RadiusQuery:
        return RadiusQuery(self, name, {**self.radii(), **(radii or {})}, self.names() if names is None else names)

    def curve(self, names: list[str] | None = None, max_m: float = CURVE_MAX_M,
              step_m: float = CURVE_STEP_M) -> tuple[np.ndarray, np.ndarray]:
        """Radii (m) and covered share per zone (zones x radii), all chosen layers at the same radius."""
        return coverage_curve(self, names, max_m, step_m)

    def evaluate(self, radii: dict[str, float] | None = None, names: list[str] | None = None,
                 targets: Targets | Mapping[str, float] | None = None, refine: bool = True) -> CoverageResult:
        """Rows and totals for the chosen layers (default all) at ``radii`` (default each layer's radius)."""
        return _evaluate(self, radii, names, targets, refine)

    def gaps(self, radii: dict[str, float] | None = None, names: list[str] | None = None,
             min_gap_km2: float = 0.01, zone_kind: str = IN_BETWEEN) -> gpd.GeoDataFrame:
        """Uncovered parts of the ``zone_kind`` zones, most people first (:func:`layers.coverage.gaps.gaps`)."""
        from layers.coverage.gaps import gaps as _gaps

        return _gaps(self, radii, names, min_gap_km2, zone_kind)


# ---- task functions -------------------------------------------------------------------------------------------
def check(inputs: CoverageInputs, progress: ProgressFn = no_progress,
          cancelled: CancelledFn = never_cancelled) -> tuple[CoverageEngine, CoverageResult]:
    """Prepare, evaluate at the inputs' radii, and add what the inputs ask for: curves, gaps, hot-spot links."""
    engine = CoverageEngine.prepare(inputs, sub_progress(progress, 0.0, 0.8), cancelled)
    names = inputs.selection
    if names is not None:
        missing = [n for n in names if n not in engine.services]
        if missing:
            engine.warnings.append(translate("coverage", "selected layer(s) not available: {names}").format(
                                       names=', '.join(missing)))
    result = engine.evaluate(names=names, targets=Targets(inputs.targets, inputs.hotspot_targets))
    check_cancelled(cancelled)
    if inputs.curve:
        progress(0.85, "coverage curves")
        radii, shares = engine.curve(names=list(result.radii_m))
        result.curve_radii_m = radii.tolist()
        result.curves = [[round(float(v), 5) for v in row] for row in shares]
    if inputs.gaps:
        progress(0.9, "gaps")
        result.gaps = engine.gaps(names=list(result.radii_m), min_gap_km2=inputs.min_gap_km2,
                                  zone_kind=engine.zones.target)
    if inputs.connections:
        result.connections = hotspot_links(engine, result.radii_m)
    result.warnings = list(engine.warnings)
    progress(1.0, "done")
    return engine, result


def run(inputs: CoverageInputs, progress: ProgressFn = no_progress,
        cancelled: CancelledFn = never_cancelled) -> CoverageResult:
    """The task function of the CLI and the exports: prepare, evaluate, and add gaps, curves and hot-spot
    connections."""
    return check(inputs, progress, cancelled)[1]
