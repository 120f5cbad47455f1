"""The numbers the Coverage dock shows, from a prepared engine and without Qt: cover per zone at any radii
(answered from prepared sliders), the table rows with their verdicts, and the summary line.

:class:`CoverAnswers` keeps, per set of layers (all layers, or one sector's), the prepared slider of the layer
that moved last and the last answer: moving one slider is then a binary search per zone, a target change costs
nothing, and a sector whose layers did not move keeps its answer.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from layers.coverage.labels import verdict_word, zone_word
from layers.coverage.population_source import BY_AREA, basis_sentence
from layers.coverage.verdict import ALL, NOT_JUDGED, Targets, Verdict, percent_text, sector_word, zone_verdict
from layers.coverage.verdict import municipality_verdicts as verdict_per_municipality
from layers.coverage.verdict import suggested_targets as verdict_suggested_targets
from layers.coverage.zones import IN_BETWEEN
from layers.i18n import QT_TRANSLATE_NOOP, format_number, translate

if TYPE_CHECKING:
    import numpy as np

    from layers.coverage.engine import CoverageEngine, RadiusQuery
    from layers.coverage.result import CoverageResult
    from layers.names import PlaceName

Cover = tuple["np.ndarray", "np.ndarray"]  # covered area (m²) and covered people per zone
SUMMARY_LISTED = 8  # failing municipalities named in the summary before "…"


class CoverAnswers:
    """Cover per zone of a set of layers at given radii, from the engine's prepared distances."""

    def __init__(self, engine: CoverageEngine) -> None:
        self.engine = engine
        self._sliders: dict[tuple[str, ...], tuple[tuple, RadiusQuery]] = {}
        self._answers: dict[tuple[str, ...], tuple[tuple, Cover]] = {}

    def slider(self, names: list[str], radii: Mapping[str, float], layer: str) -> RadiusQuery:
        """The prepared slider of ``layer`` among ``names``, the others at ``radii`` (one sort, then kept until
        another of the layers changes its radius)."""
        key = tuple(names)
        others = (layer, tuple(radii[n] for n in names if n != layer))
        kept = self._sliders.get(key)
        if kept is None or kept[0] != others:
            kept = (others, self.engine.slider(layer, dict(radii), list(names)))
            self._sliders[key] = kept
        return kept[1]

    def cover(self, names: list[str], radii: Mapping[str, float], moved: str | None = None) -> Cover:
        """Covered area and people per zone by ``names`` at ``radii`` (cells counted whole).  When ``moved`` (the
        layer whose radius just changed) is one of them, the answer comes from its prepared slider."""
        key = tuple(names)
        at = tuple(radii[n] for n in names)
        kept = self._answers.get(key)
        if kept is not None and kept[0] == at:
            return kept[1]
        if moved in names:
            value = self.slider(names, radii, moved).query(radii[moved])  # type: ignore[arg-type]
        else:
            engine = self.engine
            value = engine.per_zone(engine.covered_mask(dict(radii), list(names)))
        self._answers[key] = (at, value)
        return value


def first_answers(engine: CoverageEngine, result: CoverageResult) -> CoverAnswers:
    """What :meth:`layers.coverage.live.LiveCoverage.apply` shows first, worked out in the Compute task rather
    than on the GUI thread: the cover by all layers and by each sector at the computed radii, and the prepared
    slider of the curve's layer (the first, among its sector's layers; its sort is the costly part)."""
    answers = CoverAnswers(engine)
    radii = dict(result.radii_m)
    names = list(radii)
    answers.cover(names, radii)
    sectors: dict[str, list[str]] = {}
    for name in names:
        sectors.setdefault(engine.services[name].spec.sector, []).append(name)
    for members in sectors.values():
        answers.cover(members, radii)
    if names and result.curve_radii_m:
        answers.slider(sectors[engine.services[names[0]].spec.sector], radii, names[0])
    return answers


COLUMNS = (QT_TRANSLATE_NOOP("coverage", "Municipality"), QT_TRANSLATE_NOOP("coverage", "Zone"),
           QT_TRANSLATE_NOOP("coverage", "Verdict"), QT_TRANSLATE_NOOP("coverage", "Area km²"),
           QT_TRANSLATE_NOOP("coverage", "Transport area %"), QT_TRANSLATE_NOOP("coverage", "Transport people %"),
           QT_TRANSLATE_NOOP("coverage", "Energy area %"), QT_TRANSLATE_NOOP("coverage", "Energy people %"),
           QT_TRANSLATE_NOOP("coverage", "Reason"),
           QT_TRANSLATE_NOOP("coverage", "Transport straight-line area %"),
           QT_TRANSLATE_NOOP("coverage", "Transport straight-line people %"),
           QT_TRANSLATE_NOOP("coverage", "Energy straight-line area %"),
           QT_TRANSLATE_NOOP("coverage", "Energy straight-line people %"))
SECTOR_COLUMNS = {"transport": (4, 5), "energy": (6, 7)}  # each sector's area and people columns
STRAIGHT_COLUMNS = {"transport": (9, 10), "energy": (11, 12)}  # along a network: the straight-line shares beside
VERDICT_COLUMN, REASON_COLUMN = 2, 8


@dataclass(frozen=True)
class ZoneRow:
    """One zone of the table: its shares (clipped to 1; None where it has no area or no known people), per
    sector (area, people) for the sectors with layers, and its verdict."""

    municipality: str
    zone: str
    area_m2: float
    covered_share: float | None
    people_share: float | None
    verdict: Verdict = NOT_JUDGED
    sector_shares: dict[str, tuple[float | None, float | None]] = field(default_factory=dict)
    straight_shares: dict[str, tuple[float | None, float | None]] = field(default_factory=dict)  # along a network

    def cells(self, names: Mapping[str, PlaceName] | None = None) -> tuple[str, ...]:
        """The texts of :data:`COLUMNS`: municipality (in the interface language: ``names``, Finnish name -> its
        :class:`~layers.names.PlaceName`), zone, pass / fail / —, area km², each sector's area and people covered
        %, the reason, and (along a network) each sector's straight-line area and people %, numbers in the
        interface language."""
        sectors = [_percent(self.sector_shares.get(s, (None, None))[k]) for s in SECTOR_COLUMNS for k in (0, 1)]
        straight = [_percent(self.straight_shares.get(s, (None, None))[k]) for s in STRAIGHT_COLUMNS for k in (0, 1)]
        place = (names or {}).get(self.municipality)
        return (place.label if place is not None else self.municipality, zone_word(self.zone),
                verdict_word(self.verdict.passed, "—"), format_number(self.area_m2 / 1e6, 2), *sectors,
                translate("coverage", self.verdict.reason), *straight)  # NOT_JUDGED's reason is a constant


def column_titles() -> list[str]:
    """:data:`COLUMNS` in the interface language (the dock's headers)."""
    return [translate("coverage", title) for title in COLUMNS]


def _percent(share: float | None) -> str:
    return "—" if share is None else format_number(100 * share, 1, grouping=False)


def _clipped(part: float, whole: float | None) -> float | None:
    return min(float(part) / whole, 1.0) if whole is not None and whole > 0 else None


def zone_rows(engine: CoverageEngine, total: Cover, sectors: Mapping[str, Cover],
              targets: Targets | Mapping[str, float], straight: Mapping[str, Cover] | None = None) -> list[ZoneRow]:
    """The rows, zone by zone: ``total`` is the cover by all layers, ``sectors`` each sector's that has layers
    (``straight``: along a network, each sector's straight-line copies', shown beside and never judged); the
    verdict judges ``targets`` (the in-between areas', and the hot spots' where set) by
    :func:`layers.coverage.verdict.zone_verdict`."""
    straight = straight or {}
    targets = Targets.of(targets)
    judged = engine.zones.target  # the class the in-between targets judge ("in-between", or a zone set's)
    area, people = total
    pop = engine.zone_population()
    reached = engine.pop_reached
    frame = engine.zones.frame
    rows = []
    for i, (muni, zone) in enumerate(zip(frame["municipality"], frame["zone"], strict=True)):
        a = float(engine.zone_area[i])
        zone_people = float(pop[i]) if pop is not None and reached is not None and reached[i] and pop[i] > 0 \
            else None
        covered = {ALL: (area[i], people[i]), **{s: (c[0][i], c[1][i]) for s, c in sectors.items()}}
        rows.append(ZoneRow(
            str(muni), str(zone), a,
            covered_share=_clipped(area[i], a), people_share=_clipped(people[i], zone_people),
            verdict=zone_verdict(targets, str(zone), covered, a, zone_people, judged),
            sector_shares={s: (_clipped(c[0][i], a), _clipped(c[1][i], zone_people)) for s, c in sectors.items()},
            straight_shares={s: (_clipped(c[0][i], a), _clipped(c[1][i], zone_people)) for s, c in straight.items()}))
    return rows


def municipality_verdicts(rows: list[ZoneRow], target: str = IN_BETWEEN) -> dict[str, Verdict]:
    """Each municipality's verdict: its in-between area's (a zone set's: its ``target`` class's), with its hot
    spot's where hot-spot targets are set."""
    return verdict_per_municipality([(r.municipality, r.zone, r.area_m2, r.verdict) for r in rows], target)


def suggested_targets(rows: list[ZoneRow], sectors: list[str], target: str = IN_BETWEEN) -> dict[str, float]:
    """Per sector, the share the best third of the judged zones reach (the in-between areas, or a zone set's
    ``target`` class; of people where known, else area): a target that says something, offered to the planner
    (:func:`layers.coverage.verdict.suggested_targets`)."""
    def share(area: float | None, people: float | None) -> float | None:
        return people if people is not None else area

    return verdict_suggested_targets(
        [(r.zone, r.area_m2, {s: share(*r.sector_shares.get(s, (None, None))) for s in sectors}) for r in rows],
        sectors, target)


@dataclass(frozen=True)
class Summary:
    """The line under the sliders: area covered over the region, and the municipalities below target."""

    covered_m2: float
    area_m2: float
    targets: dict[str, float] = field(default_factory=dict)
    failing: tuple[str, ...] = ()  # sorted
    judged: int = 0
    basis: str = BY_AREA  # how people are counted (:mod:`.population_source`): "by area" claims none
    hotspot_targets: dict[str, float] = field(default_factory=dict)
    target_class: str = IN_BETWEEN  # the zones the in-between targets judge (a zone set's target class)
    zones_label: str = ""  # what the zones are, in words (a zone set and its classes); "" names none
    population_source: str = ""  # where the people come from, with the year (:mod:`.labels`); "": by area

    @classmethod
    def of(cls, rows: list[ZoneRow], verdicts: Mapping[str, Verdict], targets: Targets | Mapping[str, float],
           basis: str = BY_AREA, target_class: str = IN_BETWEEN, zones_label: str = "",
           population_source: str = "") -> Summary:
        targets = Targets.of(targets)
        covered = sum(min(r.covered_share or 0.0, 1.0) * r.area_m2 for r in rows)
        failing = tuple(sorted(m for m, v in verdicts.items() if not v.passed))
        return cls(covered, sum(r.area_m2 for r in rows), dict(targets.in_between), failing, len(verdicts), basis,
                   dict(targets.hotspot), target_class, zones_label, population_source)

    @property
    def text(self) -> str:
        zones = translate("coverage", "Zones: {zones}. ").format(zones=translate("coverage", self.zones_label)) \
            if self.zones_label else ""
        source = translate("coverage", " Population source: {source}.").format(source=self.population_source) \
            if self.population_source else ""
        covered = translate("coverage", "{zones}{basis}.{source} Covered by any layer: {covered} of {area} km² "
                            "({share}).").format(
            zones=zones, basis=basis_sentence(self.basis), source=source,
            covered=format_number(self.covered_m2 / 1e6, 1), area=format_number(self.area_m2 / 1e6, 1),
            share=percent_text(self.covered_m2 / max(self.area_m2, 1), 1))
        if not self.targets and not self.hotspot_targets:
            return covered + translate("coverage", " No target set: set one above (or Suggest) for a pass / fail "
                                       "per municipality.")
        named = ", ".join(self.failing[:SUMMARY_LISTED])
        listed = (f" ({named}…)" if len(self.failing) > SUMMARY_LISTED else f" ({named})" if self.failing else "")
        targets = ", ".join(f"{sector_word(k)} {percent_text(v)}" for k, v in self.targets.items()) \
            or translate("coverage", "none")
        hot = ", ".join(f"{sector_word(k)} {percent_text(v)}" for k, v in self.hotspot_targets.items())
        asked = f"{translate('coverage', self.target_class)} {targets}" + (  # "in-between", or a zone set's class
            translate("coverage", "; hot spots {targets}").format(targets=hot) if hot else "")
        return translate("coverage", "{covered} Municipalities below target ({asked}): {n} of {judged}{listed}").format(
            covered=covered, asked=asked, n=len(self.failing), judged=self.judged, listed=listed)
