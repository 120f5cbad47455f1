"""The one pass/fail rule of the coverage check, for a zone: each judged sector's share against its target.

The Coverage dock, exports and ``regionmap coverage`` all judge a zone with :func:`judge`, so that the window and
the command line cannot disagree:

* the share is of the zone's people where the zone has population, else of its area, and is clipped to 1 (cells
  counted whole can add up to a little more than the zone);
* a target is judged against the cover of its sector's layers; :data:`ALL` ("all", what ``--target 90%`` gives)
  against all layers together;
* a sector without layers is not judged (nothing was asked of it), and a zone with no judged sector, or with
  neither area nor people, gets no verdict (``None``), not a fail;
* the zone passes when every judged share reaches its target; the binding sector is the one furthest below (or
  least above) its target.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

ALL = "all"  # the target of all layers together
TOLERANCE = 1e-12  # a share equal to its target up to rounding passes


@dataclass(frozen=True)
class Verdict:
    """``passed``: True / False, or None when nothing is judged.  ``sector``, ``share`` and ``target`` are the
    binding sector's; ``shares`` every judged sector's share (clipped to 1) and ``note`` them in words."""

    passed: bool | None
    sector: str | None = None
    share: float | None = None
    target: float | None = None
    shares: dict[str, float] = field(default_factory=dict)
    note: str = ""


NOT_JUDGED = Verdict(None)


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
    shares: dict[str, float] = {}
    for sector in targets:
        if sector not in covered:
            continue
        c_area, c_people = covered[sector]
        share = zone_share(c_area, c_people, area, people)
        if share is not None:
            shares[sector] = share
    if not shares:
        return NOT_JUDGED
    binding = min(shares, key=lambda k: shares[k] - targets[k])
    return Verdict(passed=all(shares[k] + TOLERANCE >= targets[k] for k in shares), sector=binding,
                   share=shares[binding], target=targets[binding], shares=shares, note=describe(shares, targets))


def describe(shares: Mapping[str, float], targets: Mapping[str, float]) -> str:
    """``transport 62.0 % (target 80 %); energy 95.0 % (target 90 %)``: for tooltips and the pass/fail map."""
    return "; ".join(f"{sector} {100 * share:.1f} % (target {100 * targets[sector]:g} %)"
                     for sector, share in shares.items())
