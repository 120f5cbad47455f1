"""Bilingual place names (layers/names.py): the label in the interface language, the other name for the tooltip,
both names as on road signs, and the built-in municipality list's official Swedish names."""

from __future__ import annotations

import csv
import json

import geopandas as gpd
import pytest
import shapely

from layers import i18n, names


@pytest.fixture()
def style():  # type: ignore[no-untyped-def]
    yield names.set_name_style
    names.set_name_style("language")


@pytest.mark.parametrize(("language", "style", "label", "other"), [
    ("fi", "language", "Porvoo", "Borgå"),
    ("en", "language", "Porvoo", "Borgå"),
    ("sv", "language", "Borgå", "Porvoo"),
    ("fi", "both", "Porvoo / Borgå", ""),
    ("sv", "both", "Borgå / Porvoo", ""),
])
def test_a_bilingual_name_in_each_language_and_style(language: str, style: str, label: str, other: str) -> None:
    place = names.place_name("Porvoo", "Borgå", language, style)
    assert (place.label, place.other) == (label, other)
    assert place.tooltip == (f"{label} ({other})" if other else label)


@pytest.mark.parametrize("language", ["fi", "sv"])
def test_a_name_that_is_the_same_or_missing_in_swedish_is_written_once(language: str) -> None:
    assert names.place_name("Mäntsälä", "Mäntsälä", language, "both") == names.PlaceName("Mäntsälä")
    assert names.place_name("Tammisaari", None, language, "both") == names.PlaceName("Tammisaari")
    assert names.place_name("Tammisaari", float("nan"), language).label == "Tammisaari"
    assert names.place_name(None, "Ekenäs", language).label == "Ekenäs"


def test_the_style_and_language_of_the_process_are_the_defaults(style, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("REGIONMAP_LANG", "sv")
    i18n.set_language(None)
    try:
        assert names.place_name("Hanko", "Hangö").label == "Hangö"
        style("both")
        assert names.place_name("Hanko", "Hangö").label == "Hangö / Hanko"
        assert style("nonsense") == "language"
    finally:
        monkeypatch.setenv("REGIONMAP_LANG", "en")
        i18n.set_language(None)


def test_the_fields_of_the_built_in_region_and_of_official_files_are_found() -> None:
    assert names.name_fields(["code", "name", "name_sv", "geometry"]) == ("name", "name_sv")
    assert names.name_fields(["NATCODE", "NAMEFIN", "NAMESWE"]) == ("NAMEFIN", "NAMESWE")
    assert names.name_fields(["kunta", "nimi", "namn"]) == ("nimi", "namn")
    assert names.name_fields(["shortCode", "name_fi", "name_sv", "name_en"]) == ("name_fi", "name_sv")
    assert names.name_fields(["stop_id", "stop_name"], "stop_name") == ("stop_name", None)
    assert names.name_fields(["id", "value"]) == (None, None)


def test_a_frame_gets_a_label_per_row_and_a_lookup_by_finnish_name() -> None:
    frame = gpd.GeoDataFrame({"name": ["Raasepori", "Askola"], "name_sv": ["Raseborg", "Askola"]},
                             geometry=[shapely.Point(0, 0), shapely.Point(1, 1)])
    assert [n.label for n in names.column_names(frame, "name", "sv")] == ["Raseborg", "Askola"]
    assert names.column_labels(frame, "name") == ["Raasepori", "Askola"]  # the process runs in English here
    lookup = names.name_lookup(frame)
    assert lookup["Raasepori"] == names.PlaceName("Raasepori", "Raseborg")
    assert names.column_names(gpd.GeoDataFrame({"v": [1]}, geometry=[shapely.Point(0, 0)])) == []


def test_the_built_in_municipalities_carry_the_official_swedish_names(shared_data) -> None:  # type: ignore[no-untyped-def]
    """Every municipality of the shipped list has the Finnish and Swedish names the National Land Survey's 2023
    boundaries give its code (NAMEFIN, NAMESWE), and the 26 of the region all have one."""
    from importlib import resources as ir

    rows = list(csv.DictReader((ir.files("resources") / "municipalities.csv").open(encoding="utf-8")))
    features = json.loads((shared_data / "fi_municipalities_2023_nls.geojson").read_text("utf-8"))["features"]
    official = {f["properties"]["NATCODE"]: (f["properties"]["NAMEFIN"], f["properties"]["NAMESWE"]) for f in features}
    assert len([r for r in rows if r["in_region"] == "1"]) == 26
    assert {r["code"]: (r["name_fi"], r["name_sv"]) for r in rows} == {r["code"]: official[r["code"]] for r in rows}
    swedish = {r["name_fi"]: r["name_sv"] for r in rows}
    assert swedish["Porvoo"] == "Borgå" and swedish["Raasepori"] == "Raseborg" and swedish["Karkkila"] == "Högfors"
