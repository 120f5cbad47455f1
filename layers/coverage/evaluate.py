"""The rows and totals of a coverage result, with each zone's verdict against the targets (the one rule of
:func:`layers.coverage.verdict.judge`)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

import numpy as np

from layers.coverage.inputs import SECTORS
from layers.coverage.refine import covered_fraction
from layers.coverage.result import CoverageResult
from layers.coverage.verdict import ALL, Targets, municipality_verdicts, zone_verdict

if TYPE_CHECKING:
    from layers.coverage.state import CoverageState


def _share(part: float, whole: float) -> float | None:
    if whole is None or whole <= 0:
        return None
    return round(min(float(part) / float(whole), 1.0), 6)


def evaluate(state: CoverageState, radii: dict[str, float] | None = None, names: list[str] | None = None,
             targets: Targets | Mapping[str, float] | None = None, refine: bool = True) -> CoverageResult:
    """Rows and totals for the chosen layers (default all) at ``radii`` (default each layer's radius), each zone
    judged against ``targets`` (a plain mapping: the in-between areas' targets)."""
    radii = {**state.radii(), **(radii or {})}
    names = state.names() if names is None else [n for n in names if n in state.services]
    frame = state.zones.frame
    area = state.zone_area
    all_frac = covered_fraction(state, radii, names, refine)
    cov_area, cov_pop = state.per_zone(all_frac)
    pop = state.zone_population()
    sector_cov: dict[str, tuple[np.ndarray, np.ndarray]] = {}
    sector_masks = {}
    for sec in SECTORS:
        sec_names = [n for n in names if state.services[n].spec.sector == sec]
        if sec_names:
            if sec_names == names:
                sector_masks[sec], sector_cov[sec] = all_frac, (cov_area, cov_pop)
            else:
                sector_masks[sec] = covered_fraction(state, radii, sec_names, refine)
                sector_cov[sec] = state.per_zone(sector_masks[sec])
    double_gap = None
    if len(sector_masks) == 2:
        # cells are independent per sector only approximately; a cell's uncovered share by both sectors
        # is at least 1 - t - e and at most min(1 - t, 1 - e): take the lower bound where cells are split
        t, e = sector_masks["transport"], sector_masks["energy"]
        neither = np.where((t % 1 == 0) & (e % 1 == 0), (1 - t) * (1 - e), np.maximum(1 - t - e, 0.0))
        double_gap = state.per_zone(neither)[0]
    targets = Targets.of(targets)
    judged = state.zones.target  # the class the in-between targets judge: "in-between", or a zone set's class
    rows = []
    zone_verdicts = []
    for i, (code, muni, zone) in enumerate(zip(frame["code"], frame["municipality"], frame["zone"], strict=True)):
        row: dict = {"municipality": muni, "code": code, "zone": zone, "area_km2": round(area[i] / 1e6, 4),
                     "covered_km2": round(min(cov_area[i], area[i]) / 1e6, 4),
                     "covered_share": _share(cov_area[i], area[i])}
        has_pop = pop is not None and state.pop_reached is not None and bool(state.pop_reached[i])
        if pop is not None:
            row["population"] = round(float(pop[i])) if has_pop else None
            row["population_covered"] = round(float(cov_pop[i])) if has_pop else None
            row["population_share"] = _share(cov_pop[i], pop[i]) if has_pop else None
        for sec, (sec_area, sec_people) in sector_cov.items():
            row[f"{sec}_share"] = _share(sec_area[i], area[i])
            if pop is not None:
                row[f"{sec}_people_share"] = _share(sec_people[i], pop[i]) if has_pop else None
        if double_gap is not None:
            row["double_gap_km2"] = round(double_gap[i] / 1e6, 4)
        if targets:
            covered = {ALL: (cov_area[i], cov_pop[i])} | {sec: (c[0][i], c[1][i]) for sec, c in sector_cov.items()}
            verdict = zone_verdict(targets, str(zone), covered, float(area[i]),
                                   float(pop[i]) if has_pop and pop is not None else None, judged)
            for sector, share in targets.for_zone(str(zone), judged).items():
                row[f"{sector}_target"] = share
            row["target_pass"] = verdict.passed
            row["reason"] = verdict.reason
            zone_verdicts.append((str(muni), str(zone), float(area[i]), verdict))
        rows.append(row)
    totals = []
    sel: np.ndarray
    zone_of = frame["zone"].to_numpy()
    for label, sel in [*((c, zone_of == c) for c in state.zones.classes), ("all", np.ones(len(frame), bool))]:
        a_tot, c_tot = float(area[sel].sum()), float(np.minimum(cov_area, area)[sel].sum())
        tot: dict = {"zone": label, "area_km2": round(a_tot / 1e6, 4), "covered_km2": round(c_tot / 1e6, 4),
                     "covered_share": _share(c_tot, a_tot)}
        if pop is not None and state.pop_reached is not None:
            reach = sel & state.pop_reached
            p, pc = float(pop[reach].sum()), float(cov_pop[reach].sum())
            tot.update(population=round(p), population_covered=round(pc), population_share=_share(pc, p))
        totals.append(tot)
    verdicts = municipality_verdicts(zone_verdicts, judged)
    return CoverageResult(rows=rows, totals=totals, warnings=list(state.warnings),
                          radii_m={n: radii[n] for n in names}, method=state.method,
                          municipality_pass={m: bool(v.passed) for m, v in verdicts.items()},
                          municipality_reasons={m: v.reason for m, v in verdicts.items()}, zones=state.zones)
