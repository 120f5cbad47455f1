"""layers.scale: the one rule for scale denominators, round scale-bar lengths and their labels."""

from __future__ import annotations

import math
import sys
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from layers.scale import (
    format_length,
    format_scale,
    leading_step,
    nice_length,
    scale_bar,
    scale_denominator,
)

POSITIVE_NORMAL = st.floats(min_value=sys.float_info.min, max_value=sys.float_info.max, allow_nan=False,
                            allow_infinity=False)


# ---- nice_length ------------------------------------------------------------------------------------------------
@pytest.mark.parametrize(("limit", "expected"), [(1, 1), (1.9, 1), (2, 2), (4.99, 2), (5, 5), (9.9, 5),
                                                 (10, 10), (37_000, 20_000), (0.07, 0.05), (123_456, 100_000)])
def test_nice_length_is_largest_1_2_5_step(limit: float, expected: float) -> None:
    assert nice_length(limit) == pytest.approx(expected)


@given(st.floats(min_value=1e-3, max_value=1e9))
def test_nice_length_properties(limit: float) -> None:
    v = nice_length(limit)
    assert v <= limit * (1 + 1e-9)
    assert v > limit / 2.5 - 1e-9  # the next 1-2-5 step would be too long
    mantissa = v / 10 ** math.floor(math.log10(v) + 1e-12)
    assert round(mantissa, 6) in (1.0, 2.0, 5.0)


@given(POSITIVE_NORMAL)
def test_nice_length_is_a_round_number_for_every_positive_float(limit: float) -> None:
    v = nice_length(limit)
    assert 0 < v <= limit * (1 + 1e-9)
    assert v * 2.5 > limit * (1 - 1e-9)  # the next round length up would not fit
    digits = Decimal(repr(v)).normalize().as_tuple().digits  # the shortest text that reads back as v
    assert digits in ((1,), (2,), (5,))  # the float nearest a 1, 2 or 5 x 10^k, not 5 * 0.1 ** k with noise
    assert leading_step(v) == digits[0]


@pytest.mark.parametrize("limit", [1000.0, 2000.0, 5000.0, 1e-300, 1e300, 1e-7])
def test_a_round_length_is_its_own_nice_length(limit: float) -> None:
    assert nice_length(limit) == limit  # log10 rounding at a power of ten must not drop one step


def test_nice_length_at_the_ends_of_the_float_range() -> None:
    assert nice_length(sys.float_info.max) == 1e308
    assert nice_length(sys.float_info.min) == 2e-308  # 2.2e-308 is the smallest normal float


@pytest.mark.parametrize("limit", [0.0, -1.0, -1e-9, math.nan, math.inf, -math.inf, 5e-324, 1e-310])
def test_nice_length_refuses_lengths_no_bar_can_show(limit: float) -> None:
    with pytest.raises(ValueError, match="scale bar"):
        nice_length(limit)


# ---- scale_denominator --------------------------------------------------------------------------------------------
def test_scale_denominator_of_screen_and_paper() -> None:
    assert scale_denominator(300_000, 250.0) == pytest.approx(1_200_000)
    assert scale_denominator(10.0, 25.4 / 96) == pytest.approx(10.0 / 0.0254 * 96)  # 10 m per pixel at 96 dpi
    assert scale_denominator(0.0, 10.0) == 0.0


@pytest.mark.parametrize(("ground", "drawn"), [(100.0, 0.0), (100.0, -1.0), (-5.0, 10.0), (math.nan, 10.0),
                                               (math.inf, 10.0), (100.0, math.inf), (100.0, math.nan)])
def test_scale_denominator_is_nan_without_a_scale(ground: float, drawn: float) -> None:
    assert math.isnan(scale_denominator(ground, drawn))


# ---- format_length --------------------------------------------------------------------------------------------------
@pytest.mark.parametrize(("metres", "text"), [
    (0, "0 m"), (800, "800 m"), (999, "999 m"), (1000, "1 km"), (1500, "1.5 km"), (50_000, "50 km"),
    (0.05, "0.05 m"), (1.5e-5, "0.000015 m"), (1e9, "1000000 km"), (1e12, "1000000000 km"), (-1500, "-1.5 km"),
    (math.nan, "? m"), (math.inf, "? m"), (-math.inf, "? m"),
])
def test_format_length(metres: float, text: str) -> None:
    assert format_length(metres) == text


@given(POSITIVE_NORMAL)
def test_format_length_reads_back_to_six_digits_without_exponent(metres: float) -> None:
    text = format_length(metres)
    number, unit = text.split(" ")
    assert "e" not in number and unit in ("m", "km")
    value = float(number) * (1000 if unit == "km" else 1)
    assert value == pytest.approx(metres, rel=1e-5, abs=1e-6 * (1000 if unit == "km" else 1))


# ---- format_scale ---------------------------------------------------------------------------------------------------
def test_format_scale_rounds_to_three_digits() -> None:
    assert format_scale(1_234_567) == "1:1 230 000"
    assert format_scale(24_990) == "1:25 000"


@pytest.mark.parametrize(("denominator", "text"), [
    (884_321, "1:884 000"), (12_345, "1:12 300"), (999.6, "1:1 000"), (543.2, "1:543"), (54.3, "1:54"), (1, "1:1"),
    (0.5, "1:0.5"), (0.01234, "1:0.0123"), (1e15, "1:1 000 000 000 000 000"),
    (0, "1:?"), (-5, "1:?"), (math.nan, "1:?"), (math.inf, "1:?"),
])
def test_format_scale_edges(denominator: float, text: str) -> None:
    assert format_scale(denominator) == text


@given(st.floats(min_value=1.0, max_value=1e300))
def test_format_scale_keeps_three_significant_digits(denominator: float) -> None:
    digits = format_scale(denominator).removeprefix("1:").replace(" ", "")
    assert digits.isdigit()
    assert int(digits) == pytest.approx(denominator, rel=5e-3, abs=0.5)
    assert len(digits.rstrip("0")) <= 3


# ---- scale_bar (paper) -----------------------------------------------------------------------------------------------
def test_scale_bar_matches_map_scale_on_paper() -> None:
    extent = (200_000.0, 6_600_000.0, 500_000.0, 6_800_000.0)  # 300 km wide
    sb = scale_bar(extent, map_width_mm=250.0)
    m_per_mm = 300_000 / 250.0
    assert sb.length_mm * m_per_mm == pytest.approx(sb.length_m)
    assert sb.length_mm <= 250 * 0.28 + 1e-9
    assert sb.length_m == 50_000 and sb.label == "50 km"
    assert sb.scale_label == "1:1 200 000"


@pytest.mark.parametrize(("width_m", "length_m", "segments"), [(300_000, 50_000, 5), (100_000, 20_000, 4),
                                                               (40_000, 10_000, 4)])
def test_scale_bar_segments_follow_the_first_digit(width_m: float, length_m: float, segments: int) -> None:
    sb = scale_bar((0.0, 0.0, width_m, 1.0), map_width_mm=250.0)
    assert (sb.length_m, sb.segments) == (length_m, segments)


@pytest.mark.parametrize("extent", [(0.0, 0.0, 0.0, 0.0), (0.0, 0.0, math.nan, 1.0), (0.0, 0.0, math.inf, 1.0)])
def test_scale_bar_refuses_an_extent_without_a_scale(extent: tuple[float, float, float, float]) -> None:
    with pytest.raises(ValueError):
        scale_bar(extent, 250.0)
    with pytest.raises(ValueError):
        scale_bar((0.0, 0.0, 1000.0, 1.0), 0.0)
