"""Map scale and scale bars: one rule for the canvas, the status bar and the printed page.

The canvas (screen pixels), the status bar (``1:N`` on this screen) and the exported page (millimetres on paper)
used to carry their own copies of these rules, and the copies disagreed at the edges (a zero length was ``0.0``
on screen and an error on paper).  Here every edge case has one answer:

* :func:`scale_denominator` gives ``nan`` ("no scale") when nothing is drawn or a length is not finite;
* :func:`nice_length` raises :class:`ValueError` when no round length fits (not positive, not finite, or below the
  smallest normal float), so a caller can never draw a bar that lies about its length;
* :func:`format_length` and :func:`format_scale` never raise: text that cannot be known is shown as ``?``.

Map coordinates are metres in EPSG:3067, so a scale is exact on the projection's plane.
"""

from __future__ import annotations

import math
import sys
from dataclasses import dataclass
from decimal import Decimal

from layers.crs import Extent

MM_PER_INCH = 25.4
ROUND_STEPS = (5, 2, 1)  # a round length is 1, 2 or 5 x 10^k
SEGMENTS_BY_STEP = {1: 4, 2: 4, 5: 5}  # a 5 km bar reads best in five 1 km segments


def scale_denominator(ground_m: float, drawn_mm: float) -> float:
    """The scale 1 : N at which ``ground_m`` metres of ground are drawn ``drawn_mm`` millimetres long.

    ``nan`` when there is no scale: nothing drawn (``drawn_mm <= 0``), a negative ground length, or a length that
    is not finite."""
    if not (math.isfinite(ground_m) and math.isfinite(drawn_mm)) or drawn_mm <= 0 or ground_m < 0:
        return math.nan
    return ground_m / (drawn_mm / 1000.0)


def nice_length(max_m: float) -> float:
    """The largest round length (1, 2 or 5 x 10^k metres) not longer than ``max_m``.

    The candidates are parsed from their decimal text, so each is the float nearest the round number (``0.05``,
    not ``5 * 0.01``) and a power of ten that does not fit a float is skipped instead of overflowing."""
    if not math.isfinite(max_m) or max_m < sys.float_info.min:
        raise ValueError(f"a scale bar needs a positive, finite length, not {max_m}")
    limit = max_m * (1 + 1e-9)  # a length computed as exactly 2 km must not lose to rounding noise
    k = math.floor(math.log10(max_m))
    for exp in (k + 1, k, k - 1):  # log10 may round across a power of ten: look one step either side
        for step in ROUND_STEPS:
            value = float(f"{step}e{exp}")
            if 0 < value <= limit and math.isfinite(value):
                return value
    raise ValueError(f"no round length fits in {max_m}")  # pragma: no cover - the k - 1 row always fits


def leading_step(length_m: float) -> int:
    """1, 2 or 5: the first digit of a round length from :func:`nice_length`."""
    mantissa = float(f"{length_m:.0e}".split("e")[0])
    return int(mantissa)


def _plain(value: float) -> str:
    """Up to six significant digits, never in exponent notation (``1000000``, ``0.000015``): the rounded decimal
    text is expanded, so no binary noise of the float shows up in the digits."""
    return format(Decimal(f"{value + 0.0:.6g}"), "f")  # + 0.0: no "-0" for a negative zero


def format_length(metres: float) -> str:
    """``"800 m"``, ``"1.5 km"``, ``"50 km"``; ``"? m"`` when the length is not finite."""
    if not math.isfinite(metres):
        return "? m"
    if abs(metres) >= 1000:
        return f"{_plain(metres / 1000)} km"
    return f"{_plain(metres)} m"


def format_scale(denominator: float) -> str:
    """``1:250 000``: three significant digits, thin-space grouping as in Finnish maps.

    From 1:1 to 1:99 the whole number is shown; below 1:1 (a magnified view) three significant digits; ``1:?``
    when there is no scale (not positive, not finite)."""
    if not math.isfinite(denominator) or denominator <= 0:
        return "1:?"
    if denominator < 1:
        return f"1:{denominator:.3g}"
    digits = max(0, math.floor(math.log10(denominator)) - 2)
    rounded = round(denominator / 10**digits) * 10**digits
    return "1:" + f"{int(rounded):,}".replace(",", " ")


@dataclass(frozen=True)
class ScaleBar:
    """A scale bar on paper: a round length, how long it is drawn and its labels."""

    length_m: float
    length_mm: float  # on paper
    segments: int
    label: str  # e.g. "10 km"
    scale_label: str  # e.g. "1:500 000"


def scale_bar(extent: Extent, map_width_mm: float, max_share: float = 0.28) -> ScaleBar:
    """A scale bar for ``extent`` drawn ``map_width_mm`` wide, at most ``max_share`` of the map width long.

    Raises :class:`ValueError` (from :func:`nice_length`) when the extent or the width gives no scale."""
    m_per_mm = (extent[2] - extent[0]) / map_width_mm if map_width_mm > 0 else math.nan
    length_m = nice_length(map_width_mm * max_share * m_per_mm)
    return ScaleBar(length_m, length_m / m_per_mm, SEGMENTS_BY_STEP.get(leading_step(length_m), 4),
                    format_length(length_m), format_scale(scale_denominator(extent[2] - extent[0], map_width_mm)))
