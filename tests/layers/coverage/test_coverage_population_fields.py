"""Population layers are recognised by their fields (numeric head counts), never by the file name."""

from __future__ import annotations

import pandas as pd
import pytest

from layers.coverage.population_fields import population_fields, population_guess


@pytest.mark.parametrize(("columns", "expected"), [
    ({"id": [1], "population": [389]}, "population"),  # helsinki_population_grid_2020.gpkg
    ({"grd_id": ["a"], "vaesto": [12], "miehet": [6], "naiset": [6], "ika_0_14": [2]}, "vaesto"),  # Statistics Finland
    ({"asukkaita": [40.0], "kunta": ["091"]}, "asukkaita"),  # HSY
    ({"Väestö": [7]}, "Väestö"),
    ({"pop2020": [3]}, "pop2020"),
    ({"miehet": [3], "naiset": [4]}, "miehet"),  # parts only: still a population file
    ({"ika_0_14": [3], "ika_15_64": [4]}, "ika_0_14"),
])
def test_the_count_field_is_guessed_from_the_names_and_types(columns, expected):
    assert population_guess(pd.DataFrame(columns), "polygon").field == expected


@pytest.mark.parametrize("columns", [
    {"name": ["Kamppi"], "lines": [3]},  # a station file
    {"population": ["many"]},  # text is no count
    {"pop_density": [2_000.0], "vaesto_osuus": [0.3], "population_id": [4]},  # a density, a share, an id
    {"popup": [1], "grid_voltage": [110]},  # an electricity grid; "pop" only as a whole word
])
def test_fields_that_are_no_head_count_are_not_population(columns):
    guess = population_guess(pd.DataFrame(columns), "polygon")
    assert guess.field is None and not guess.is_population


def test_lines_are_never_population_and_every_numeric_field_is_offered():
    frame = pd.DataFrame({"vaesto": [5], "name": ["x"], "area": [1.5], "flag": [True]})
    assert population_guess(frame, "line").field is None
    assert population_guess(frame, "point").fields == ("vaesto", "area")  # booleans are no counts
    assert population_fields(frame) == ("vaesto",)


def test_totals_come_before_parts():
    frame = pd.DataFrame({"naiset": [1], "ika_0_14": [1], "he_vakiy": [2], "miehet": [1]})
    assert population_fields(frame)[0] == "he_vakiy"
