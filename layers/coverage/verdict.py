"""The one pass/fail rule of the coverage check, for a zone and for a municipality, with its reason in words.

The Coverage dock, exports and ``regionmap coverage`` all judge with :func:`judge` (a zone against targets) and
:func:`municipality_verdict` (a municipality from its zones), so that the window and the command line cannot
disagree:

* the share is of the zone's people where the zone has population, else of its area, and is clipped to 1 (cells
  counted whole can add up to a little more than the zone);
* a target is judged against the cover of its sector's layers; :data:`ALL` ("all", what ``--target 90%`` gives)
  against all layers together;
* a sector without layers is not judged (nothing was asked of it), and a zone with no judged sector, or with
  neither area nor people, gets no verdict (``None``), not a fail;
* the zone passes when every judged share reaches its target; the binding sector is the one furthest below (or
  least above) its target;
* a municipality is judged on its in-between area (with a zone set: on the class the planner names, by default
  "intermediate"; its other classes are not judged); its hot spot counts only where hot-spot targets are set
  (:class:`Targets`), a separate and optional setting: a hot spot is not a second verdict by the same target.

There are no default targets: until the planner sets one nothing passes or fails (the shares are shown).
:func:`suggested_target` gives a target that says something, the share the best third of the in-between areas
reach, for the planner to take.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from layers.coverage.zones import HOTSPOT, IN_BETWEEN
from layers.i18n import QT_TRANSLATE_NOOP, format_percent, language, translate

ALL = "all"  # the target of all layers together
TOLERANCE = 1e-12  # a share equal to its target up to rounding passes
PEOPLE, AREA = "people", "area"
NO_TARGET = QT_TRANSLATE_NOOP("coverage", "no target set")  # English here (a constant); shown translated
HOTSPOT_NOT_JUDGED = QT_TRANSLATE_NOOP("coverage", "hot spots not judged (no hot-spot target)")


@dataclass(frozen=True)
class Verdict:
    """``passed``: True / False, or None when nothing is judged.  ``sector``, ``share`` and ``target`` are the
    binding sector's; ``shares`` every judged sector's share (clipped to 1), ``by`` what they are shares of
    (:data:`PEOPLE` or :data:`AREA`), ``note`` them in words, ``reason`` the verdict in a few words
    ("transport 62.0 % of people < 80 %")."""

    passed: bool | None
    sector: str | None = None
    share: float | None = None
    target: float | None = None
    shares: dict[str, float] = field(default_factory=dict)
    note: str = ""
    by: str = AREA
    reason: str = ""


NOT_JUDGED = Verdict(None, reason=NO_TARGET)


@dataclass(frozen=True)
class Targets:
    """What the planner asks: sector (or :data:`ALL`) -> share in [0, 1], for the in-between areas and,
    optionally, for the hot spots.  Empty: nothing is judged."""

    in_between: Mapping[str, float] = field(default_factory=dict)
    hotspot: Mapping[str, float] = field(default_factory=dict)

    @classmethod
    def of(cls, targets: Targets | Mapping[str, float] | None) -> Targets:
        """``targets`` as :class:`Targets`: a plain mapping is the in-between areas' (hot spots not judged)."""
        return targets if isinstance(targets, Targets) else cls(dict(targets or {}))

    def to_dict(self) -> dict[str, dict[str, float]]:
        return {"in_between": dict(self.in_between), "hotspot": dict(self.hotspot)}

    @classmethod
    def from_dict(cls, raw: object, sectors: Sequence[str]) -> Targets:
        """Targets kept in a document or project (:meth:`to_dict`); anything else in ``raw`` (a damaged or older
        file) is left out: only ``sectors`` with a share in (0, 1]."""
        def part(key: str) -> dict[str, float]:
            got = raw.get(key) if isinstance(raw, dict) else None
            if not isinstance(got, dict):
                return {}
            return {s: float(v) for s, v in got.items() if s in sectors and isinstance(v, int | float)
                    and not isinstance(v, bool) and 0 < v <= 1}

        return cls(part("in_between"), part("hotspot"))

    def with_target(self, sector: str, share: float | None, hotspot: bool) -> Targets:
        """These targets with ``sector``'s set to ``share`` (None or 0: removed) for hot spots or in-between."""
        part = dict(self.hotspot if hotspot else self.in_between)
        part.pop(sector, None)
        if share is not None and share > 0:
            part[sector] = float(share)
        return Targets(self.in_between, part) if hotspot else Targets(part, self.hotspot)

    def for_zone(self, zone: str, target: str = IN_BETWEEN) -> Mapping[str, float]:
        """The targets of a zone: a hot spot's, else the in-between ones, which a zone set's classes other than
        its ``target`` class do not get (only that class is judged)."""
        if zone == HOTSPOT:
            return self.hotspot
        return self.in_between if target == IN_BETWEEN or zone == target else {}

    def __bool__(self) -> bool:
        return bool(self.in_between) or bool(self.hotspot)


def zone_share(covered_area: float, covered_people: float, area: float, people: float | None) -> float | None:
    """The covered share of a zone: of its people where it has some (``people`` > 0), else of its area; clipped
    to 1; None when the zone has neither."""
    if people is not None and people > 0:
        share = covered_people / people
    elif area > 0:
        share = covered_area / area
    else:
        return None
    return min(float(share), 1.0)


def judge(targets: Mapping[str, float], covered: Mapping[str, tuple[float, float]], area: float,
          people: float | None) -> Verdict:
    """The verdict of one zone.

    ``targets``: sector (or :data:`ALL`) -> share in [0, 1].  ``covered``: sector (or :data:`ALL`) -> (covered
    area m², covered people) of the zone by that sector's layers; a sector missing here has no layers and is not
    judged.  ``area``: the zone's area (m²); ``people``: its population where known (None: not known)."""
    if not targets:
        return NOT_JUDGED
    by = PEOPLE if people is not None and people > 0 else AREA
    shares: dict[str, float] = {}
    for sector in targets:
        if sector not in covered:
            continue
        c_area, c_people = covered[sector]
        share = zone_share(c_area, c_people, area, people)
        if share is not None:
            shares[sector] = share
    if not shares:
        reason = translate("coverage", "no area") if by == AREA and area <= 0 else \
            translate("coverage", "no layers of {sectors}").format(sectors=", ".join(sector_word(s) for s in targets))
        return Verdict(None, by=by, reason=reason)
    binding = min(shares, key=lambda k: shares[k] - targets[k])
    passed = all(shares[k] + TOLERANCE >= targets[k] for k in shares)
    return Verdict(passed=passed, sector=binding, share=shares[binding], target=targets[binding], shares=shares,
                   note=describe(shares, targets), by=by, reason=_reason(passed, shares, targets, binding, by))


def zone_verdict(targets: Targets, zone: str, covered: Mapping[str, tuple[float, float]], area: float,
                 people: float | None, target: str = IN_BETWEEN) -> Verdict:
    """A zone judged against its kind's targets: a hot spot only where hot-spot targets are set; in a zone set
    (``target``: its judged class) only the target class is judged, by the in-between targets."""
    if zone == HOTSPOT and not targets.hotspot:
        return Verdict(None, reason=translate("coverage", HOTSPOT_NOT_JUDGED))
    if zone != HOTSPOT and target != IN_BETWEEN and zone != target and targets:
        from layers.coverage.zone_sets import class_word

        return Verdict(None, reason=translate("coverage", "not judged (the targets are for the {zone} zones)").format(
            zone=class_word(target)))
    return judge(targets.for_zone(zone, target), covered, area, people)


def municipality_verdict(in_between: Verdict | None, hotspot: Verdict | None = None) -> Verdict:
    """A municipality's verdict: its in-between area's, failed too by its hot spot where that is judged."""
    parts = [(label, v) for label, v in ((translate("coverage", "in-between"), in_between),
                                         (translate("coverage", "hot spot"), hotspot))
             if v is not None and v.passed is not None]
    if not parts:
        return in_between if in_between is not None else NOT_JUDGED
    if len(parts) == 1 and parts[0][1] is in_between:
        return parts[0][1]
    failing = [(label, v) for label, v in parts if not v.passed]
    binding = (failing or parts)[0][1]
    reason = "; ".join(f"{lab}: {v.reason}" for lab, v in (failing or parts))
    return Verdict(passed=not failing, sector=binding.sector, share=binding.share, target=binding.target,
                   shares=binding.shares, note="; ".join(f"{lab}: {v.note}" for lab, v in parts), by=binding.by,
                   reason=reason)


def municipality_verdicts(zone_verdicts: list[tuple[str, str, float, Verdict]],
                          target: str = IN_BETWEEN) -> dict[str, Verdict]:
    """Each municipality's verdict from its zones' (municipality, zone, area, verdict): the in-between area's
    (a zone set's: its ``target`` class's), with the hot spot's where that is judged
    (:func:`municipality_verdict`).  A municipality whose judged zone has no area is not judged."""
    zones: dict[str, dict[str, Verdict]] = {}
    for muni, zone, zone_area, verdict in zone_verdicts:
        if zone == target and zone_area <= 0:
            continue
        zones.setdefault(muni, {})[zone] = verdict
    out = {}
    for muni, by_zone in zones.items():
        if target not in by_zone:
            continue
        verdict = municipality_verdict(by_zone.get(target), by_zone.get(HOTSPOT))
        if verdict.passed is not None:
            out[muni] = verdict
    return out


def describe(shares: Mapping[str, float], targets: Mapping[str, float]) -> str:
    """``transport 62.0 % (target 80 %); energy 95.0 % (target 90 %)``: for tooltips and the pass/fail map."""
    return "; ".join(translate("coverage", "{sector} {share} (target {target})").format(
        sector=sector_word(sector), share=percent_text(share, 1), target=percent_text(targets[sector]))
        for sector, share in shares.items())


def percent_text(share: float, decimals: int | None = None) -> str:
    """``62.0 %`` (``decimals``) or ``80 %`` (as few as needed); a decimal comma and no-break space under fi/sv."""
    if decimals is None:
        text = f"{100 * share:g}"
        decimals = len(text.partition(".")[2])
    if language() == "en":
        return f"{100 * share:.{decimals}f} %"
    return format_percent(share, decimals)


def _reason(passed: bool, shares: Mapping[str, float], targets: Mapping[str, float], binding: str, by: str) -> str:
    """Why: the failing sectors ("transport 62.0 % of people < 80 %"), or the closest one where all pass."""
    def one(sector: str) -> str:
        sign = "≥" if shares[sector] + TOLERANCE >= targets[sector] else "<"
        template = translate("coverage", "{sector} {share} of people {sign} {target}") if by == PEOPLE \
            else translate("coverage", "{sector} {share} of area {sign} {target}")
        return template.format(sector=sector_word(sector), share=percent_text(shares[sector], 1), sign=sign,
                               target=percent_text(targets[sector]))

    if passed:
        return one(binding)
    return "; ".join(one(s) for s in sorted(shares, key=lambda k: shares[k] - targets[k])
                     if shares[s] + TOLERANCE < targets[s])


def sector_word(sector: str) -> str:
    """A sector in a reason, in the interface language ("all layers", "transport", "energy")."""
    words = {ALL: translate("coverage", "all layers"), "transport": translate("coverage", "transport"),
             "energy": translate("coverage", "energy")}
    return words.get(sector, sector)


def suggested_targets(zones: Sequence[tuple[str, float, Mapping[str, float | None]]], sectors: Sequence[str],
                      target: str = IN_BETWEEN) -> dict[str, float]:
    """Per sector, :func:`suggested_target` of the zones the targets judge: ``zones`` are (zone class, area,
    sector -> share of people where known, else of area); only the ``target`` class's zones with area count (the
    in-between areas, or a zone set's target class: a target suggested from the core zones would judge the
    intermediate ones by what the cities reach)."""
    out = {}
    for sector in sectors:
        shares = [by_sector.get(sector) for zone, area, by_sector in zones if zone == target and area > 0]
        suggested = suggested_target(shares)
        if suggested is not None:
            out[sector] = suggested
    return out


def suggested_target(shares: Sequence[float | None]) -> float | None:
    """A target that says something: the share that the best third of the zones reach (rounded down to a whole
    per cent, so that they do reach it); None without shares."""
    known = sorted((s for s in shares if s is not None and math.isfinite(s)), reverse=True)
    if not known:
        return None
    best_third = known[max(math.ceil(len(known) / 3) - 1, 0)]
    return math.floor(100 * best_third + 1e-9) / 100
