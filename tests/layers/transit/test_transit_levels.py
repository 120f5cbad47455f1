"""Service levels read in one place: per hour or as a headway ("every 20 min" is 3 an hour), for
``regionmap coverage --service`` and the threshold boxes alike."""

from __future__ import annotations

import pytest

from layers.commands.coverage import parse_service
from layers.errors import UserError
from layers.transit.levels import THRESHOLD_STEPS, headway_text, parse_level, parse_threshold

PEAK = (7 * 3600, 9 * 3600)


@pytest.mark.parametrize(("text", "window", "per_hour"), [
    ("weekday 07-09 every 20min", PEAK, 3.0),
    ("weekday 07-09 every 20 minutes", PEAK, 3.0),
    ("06:30-08:30 every 7.5 min", (6 * 3600 + 1800, 8 * 3600 + 1800), 8.0),
    ("every 10 min", PEAK, 6.0),
    ("weekday 07-09 >= 4/h", PEAK, 4.0),
])
def test_a_level_reads_per_hour_and_headways(text, window, per_hour):
    assert parse_level(text) == parse_service(text)
    level = parse_level(text)
    assert (level.window, level.per_hour) == (window, per_hour)


@pytest.mark.parametrize(("text", "per_hour"), [
    ("every 20 min", 3.0), ("Every 15 minutes", 4.0), ("every 7,5 min", 8.0), (">= 4/h", 4.0), ("≥ 2.5 /h", 2.5),
    ("12", 12.0), ("6 per hour", 6.0), ("any", None), ("", None), ("0", None), ("≥ 0.0 /h", None),
])
def test_a_box_reads_a_threshold_or_a_headway(text, per_hour):
    assert parse_threshold(text) == per_hour


@pytest.mark.parametrize(("text", "said"), [
    ("often", 'write "4/h"'), ("every 0 min", "more than 0"), ("every min", 'write "4/h"'), ("5000", "at most 1000"),
])
def test_a_bad_threshold_says_what_to_write(text, said):
    with pytest.raises(ValueError, match=said):
        parse_threshold(text)


def test_a_bad_headway_on_the_command_line_names_the_option():
    with pytest.raises(UserError, match=r"--service 'weekday 07-09 every 0 min': the level must be more than 0"):
        parse_service("weekday 07-09 every 0 min")


def test_headways_as_planners_say_them():
    assert [headway_text(s) for s in (3.0, 8.0, 0.5)] == ["every 20 min", "every 7.5 min", "every 120 min"]
    assert headway_text(None) == "any service"
    assert all(60 / s == pytest.approx(round(60 / s * 2) / 2) for s in THRESHOLD_STEPS)  # whole or half minutes
