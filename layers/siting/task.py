"""Siting as a task: where N new sites of a sector would cover the most people (or area) not covered yet.

``run(inputs, progress, cancelled)`` prepares the coverage engine on the inputs' zones, population and existing
layers (:class:`layers.coverage.CoverageEngine`), takes each sample's weight that the sector's layers leave
uncovered in the chosen zones (people where population data reach the zones, else area; a sample whose cell the
existing layers cover in part keeps the uncovered part), builds which samples each candidate would cover
(:mod:`.sets`) and chooses greedily with lazy evaluation (:mod:`.greedy`: at least (1 - 1/e) of the best
possible N sites' weight).  The new per-municipality table is the coverage check's own
(:meth:`~layers.coverage.CoverageEngine.evaluate`, with its verdicts), with the proposed sites added as a layer of
the sector at the radius, beside the table before.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import numpy as np

from layers.coverage.engine import CoverageEngine
from layers.coverage.inputs import SECTORS, CoverageInputs, ServiceSpec, check_radius
from layers.coverage.refine import covered_fraction
from layers.coverage.verdict import AREA, PEOPLE, Targets
from layers.errors import UserError
from layers.i18n import QT_TRANSLATE_NOOP, format_number, translate
from layers.siting.candidates import Candidates, CandidateSource, candidate_sites
from layers.siting.greedy import gain, lazy_greedy, plain_greedy, take
from layers.siting.result import SitingResult, sites_frame
from layers.siting.sets import coverage_sets
from layers.tasks import CancelledFn, ProgressFn, check_cancelled, never_cancelled, no_progress, sub_progress

if TYPE_CHECKING:
    import geopandas as gpd
    from scipy import sparse

ALL_ZONES = "all"
GUARANTEE = QT_TRANSLATE_NOOP("siting", "greedy maximal covering with lazy evaluation: covers at least (1 - 1/e) = "
                                        "63.2 % of what the best {n} sites of these candidates could cover")
# the method in the JSON (``method``) stays English; the summary shows it translated (SitingResult.summary)


@dataclass
class SitingInputs:
    """What siting is asked.  ``coverage``: the zones, the existing layers (of every sector), population and
    targets, as for a coverage check; ``zones``: the zone classes whose uncovered weight counts (None: the class
    the targets judge, the in-between areas; ``("all",)``: every class); ``exclude_zones``/``exclude_areas``:
    where no site may stand; ``per_municipality_min``: sites each municipality with uncovered weight gets first."""

    coverage: CoverageInputs
    candidates: CandidateSource
    count: int
    radius_m: float
    sector: str = "transport"
    zones: tuple[str, ...] | None = None
    exclude_zones: tuple[str, ...] = ()
    exclude_areas: gpd.GeoDataFrame | None = None
    per_municipality_min: int = 0
    name: str = "Proposed sites"
    warnings: list[str] = field(default_factory=list)
    greedy: str = "lazy"  # "plain": the reference that recomputes every candidate at every step (benchmark)


def chosen_classes(inputs: SitingInputs) -> tuple[str, ...]:
    """The zone classes whose weight counts, checked against the zones' classes."""
    zones = inputs.coverage.zones
    if inputs.zones is None:
        return (zones.target,)
    if ALL_ZONES in inputs.zones:
        return tuple(zones.classes)
    for name in (*inputs.zones, *inputs.exclude_zones):
        if name not in zones.classes:
            raise UserError(translate("siting", "zones {name}: there is no such zone class; the classes are "
                                                "{classes} (or all)").format(name=repr(name),
                                                                             classes=", ".join(zones.classes)))
    return tuple(inputs.zones)


def check_inputs(inputs: SitingInputs) -> None:
    """Refuse what siting cannot answer, in one clear message each."""
    if inputs.sector not in SECTORS:
        raise UserError(translate("siting", "sector {sector}: give one of {sectors}").format(
            sector=repr(inputs.sector), sectors=", ".join(SECTORS)))
    problem = check_radius(inputs.name, inputs.radius_m)
    if problem:
        raise UserError(problem.replace("; the layer is left out", "; give the new sites' radius"))
    if inputs.count < 1:
        raise UserError(translate("siting", "sites to add: {count}; give at least 1").format(count=inputs.count))
    if inputs.per_municipality_min < 0:
        raise UserError(translate("siting", "per-municipality minimum {minimum}: give 0 or more").format(
            minimum=inputs.per_municipality_min))


def prepare(inputs: SitingInputs, progress: ProgressFn, cancelled: CancelledFn) -> CoverageEngine:
    """The coverage engine on the inputs.  Without any existing layer the engine is prepared with the candidates
    as its one layer (it needs one) and forgets them: siting from nothing is asked as often as filling gaps."""
    cov = inputs.coverage
    if cov.services:
        return CoverageEngine.prepare(cov, progress, cancelled)
    import dataclasses

    import geopandas as gpd

    from layers.crs import WORK_CRS

    placeholder = gpd.GeoDataFrame(geometry=gpd.points_from_xy([0.0], [0.0]), crs=WORK_CRS)
    engine = CoverageEngine.prepare(dataclasses.replace(cov, services=[ServiceSpec("_", placeholder, 1.0)]),
                                    progress, cancelled)
    engine.services.clear()
    return engine


def uncovered_weights(engine: CoverageEngine, sector: str, chosen: tuple[str, ...]) -> tuple[np.ndarray, ...]:
    """Per sample: the people and the area the sector's layers leave uncovered in the chosen zones, and which
    the choice counts (:data:`PEOPLE` where the population reaches the chosen zones, else :data:`AREA`)."""
    s = engine.samples
    zone_class = engine.zones.frame["zone"].astype(str).to_numpy()
    counted = np.isin(zone_class, list(chosen))[s.zone]
    names = engine.names(sector)
    left = 1.0 - (covered_fraction(engine, names=names) if names else np.zeros(len(s)))
    people = np.where(counted, s.pop_w * left, 0.0)
    area = np.where(counted, s.area_w * left, 0.0)
    return people, area


def run(inputs: SitingInputs, progress: ProgressFn = no_progress,
        cancelled: CancelledFn = never_cancelled) -> SitingResult:
    """Choose the sites, and the coverage table before and after them (see the module's doc)."""
    check_inputs(inputs)
    chosen = chosen_classes(inputs)
    zones = inputs.coverage.zones
    cands = candidate_sites(inputs.candidates, zones, chosen, inputs.exclude_zones, inputs.exclude_areas)
    if inputs.count > len(cands):
        raise UserError(translate("siting", "sites to add: {count} is more than the {candidates} candidate sites "
                                            "({source}); ask for at most {candidates} or give more candidates").format(
            count=inputs.count, candidates=format_number(len(cands)), source=inputs.candidates.label))
    engine = prepare(inputs, sub_progress(progress, 0.0, 0.6), cancelled)
    check_cancelled(cancelled)
    progress(0.6, translate("progress", "what each candidate would cover"))
    people, area = uncovered_weights(engine, inputs.sector, chosen)
    by = PEOPLE if engine.pop_reached is not None and people.sum() > 0 else AREA
    weight = people if by == PEOPLE else area
    cols = np.flatnonzero(weight > 0)
    s = engine.samples
    sets = coverage_sets(cands.x, cands.y, s.x[cols], s.y[cols], inputs.radius_m)
    check_cancelled(cancelled)
    progress(0.8, translate("progress", "choosing {n} sites from {candidates} candidates").format(
        n=inputs.count, candidates=format_number(len(cands))))
    groups, wanting, names = _municipality_groups(engine, cands, weight)
    choose = plain_greedy if inputs.greedy == "plain" else lazy_greedy
    choice = choose(sets, weight[cols], inputs.count, groups, inputs.per_municipality_min, wanting, cancelled)
    warnings = [*inputs.warnings, *cands.warnings]
    if len(choice.order) < inputs.count:
        warnings.append(translate("siting", "only {chosen} of the {count} sites asked for add anything: the other "
                                            "candidates cover nothing the chosen ones and the existing layers leave "
                                            "uncovered").format(chosen=len(choice.order), count=inputs.count))
    if choice.unmet:
        warnings.append(translate("siting", "no candidate of {municipalities} adds anything, so the minimum of "
                                            "{minimum} site(s) per municipality is not met there").format(
            municipalities=", ".join(names[g] for g in choice.unmet), minimum=inputs.per_municipality_min))
    known = ((PEOPLE, people), (AREA, area)) if engine.pop_reached is not None else ((AREA, area),)
    adds = {key: _replay(sets, w[cols], choice.order) for key, w in known}
    sites = sites_frame(cands, choice.order, adds, zones, inputs.candidates, inputs.sector)
    progress(0.9, translate("progress", "the table with the proposed sites"))
    targets = Targets(inputs.coverage.targets, inputs.coverage.hotspot_targets)
    before = engine.evaluate(targets=targets)
    engine.add_services([ServiceSpec(inputs.name, sites, inputs.radius_m, inputs.sector)] if len(sites) else [])
    after = engine.evaluate(targets=targets)
    progress(1.0, translate("progress", "done"))
    return SitingResult(sites=sites, before=before, after=after, by=by, sector=inputs.sector,
                        radius_m=inputs.radius_m, uncovered=float(weight.sum()), candidates=len(cands),
                        evaluations=choice.evaluations, warnings=warnings + list(engine.warnings),
                        method=GUARANTEE.format(n=inputs.count) + (
                            f"; {inputs.per_municipality_min} site(s) per municipality first"
                            if inputs.per_municipality_min else ""), engine=engine, asked=inputs.count,
                        per_municipality_min=inputs.per_municipality_min)


def _municipality_groups(engine: CoverageEngine, cands: Candidates,
                         weight: np.ndarray) -> tuple[np.ndarray, list[int], list[str]]:
    """Each candidate's municipality as a number, the municipalities with uncovered weight, and their names."""
    frame = engine.zones.frame
    codes = frame["code"].astype(str).to_numpy()
    unique, zone_group = np.unique(codes, return_inverse=True)
    left = np.bincount(zone_group[engine.samples.zone], weight, minlength=len(unique))
    name_of = dict(zip(codes, frame["municipality"].astype(str), strict=True))
    return zone_group[cands.zone], np.flatnonzero(left > 0).tolist(), [name_of[c] for c in unique]


def _replay(sets: sparse.csr_matrix, weight: np.ndarray, order: list[int]) -> list[float]:
    """What each chosen site adds of ``weight`` (people, or area: the choice counted one of them), in order."""
    remaining = np.array(weight, dtype=np.float64)
    out = []
    for c in order:
        out.append(gain(sets, remaining, c))
        take(sets, remaining, c)
    return out
