"""The coverage check's texts in the interface language: verdict reasons, the dock's summary, gap list and links
line, and the document's own layer names and notes; numbers with a decimal comma under fi/sv."""

from __future__ import annotations

import geopandas as gpd
import pytest
import shapely

KM2 = 1e6


@pytest.mark.parametrize(("code", "reason"), [
    ("en", "transport 62.0 % of people < 80 %"),
    ("fi", "liikenne 62,0\u00a0% asukkaista < 80\u00a0%"),
    ("sv", "trafik 62,0\u00a0% av invånarna < 80\u00a0%"),
])
def test_a_reason_in_each_language(language, code: str, reason: str) -> None:  # type: ignore[no-untyped-def]
    from layers.coverage.verdict import judge, municipality_verdict

    language(code)
    verdict = judge({"transport": 0.8}, {"transport": (50 * KM2, 620.0)}, 100 * KM2, 1000.0)
    assert verdict.passed is False and verdict.reason == reason
    both = municipality_verdict(verdict, judge({"all": 0.5}, {"all": (90 * KM2, 0.0)}, 100 * KM2, None))
    assert both.reason.startswith({"en": "in-between: ", "fi": "välialue: ", "sv": "mellanområde: "}[code])


def test_the_dock_s_texts_under_fi(language) -> None:  # type: ignore[no-untyped-def]
    from layers.coverage.dock_texts import gap_entries, links_text
    from layers.coverage.live_numbers import Summary, column_titles
    from layers.coverage.population_source import BY_AREA

    language("fi")
    assert links_text(None).startswith("Keskittymien yhteydet: tarvitaan liikennetaso")
    gaps = gpd.GeoDataFrame({"municipality": ["Porvoo"], "area_km2": [1234.5], "population": [1500],
                             "distance_m": [2500.0]}, geometry=[shapely.box(0, 0, 1, 1)], crs=3067)
    (text, _), = gap_entries(gaps, "people: grid", 5)
    assert text == "Porvoo: 1\u202f234,50 km², 1\u202f500 asukasta, 2\u202f500 m palveluun"
    summary = Summary(covered_m2=2.5 * KM2, area_m2=10 * KM2, targets={"transport": 0.8}, failing=("Askola",),
                      judged=26, basis=BY_AREA)
    assert summary.text.startswith("Pinta-alan mukaan (väestölähdettä ei ole valittu). Jonkin tason kattama: "
                                   "2,5 / 10,0 km² (25,0\u00a0%).")
    assert "Tavoitteen alle jäävät kunnat (välialue liikenne 80\u00a0%): 1/26 (Askola)" in summary.text
    assert column_titles()[:3] == ["Kunta", "Vyöhyke", "Tulos"]


def test_the_document_names_its_layers_in_the_language(language) -> None:  # type: ignore[no-untyped-def]
    from layers.document import MapDocument

    language("sv")
    doc = MapDocument.default()
    assert doc.region_layer.name == "Kommuner (schematiska)"
    assert (doc.hotspot_layer.name, doc.in_between_layer.name) == ("Koncentrationer", "Mellanområden")
    assert doc.region_layer.note.startswith("Schematiska områden")
    assert "minst 5\u202f000 invånare" in doc.hotspot_layer.note
    language("en")
    assert MapDocument.default().hotspot_layer.name == "Hot spots"


def test_the_gap_list_names_the_municipality_in_swedish_under_sv(language) -> None:  # type: ignore[no-untyped-def]
    from layers.coverage.dock_texts import gap_entries
    from layers.coverage.population_source import BY_AREA
    from layers.names import PlaceName

    language("sv")
    gaps = gpd.GeoDataFrame({"municipality": ["Porvoo", "Askola"], "area_km2": [2.0, 1.0],
                             "population": [None, None], "distance_m": [900.0, 800.0]},
                            geometry=[shapely.box(0, 0, 1, 1), shapely.box(2, 2, 3, 3)], crs=3067)
    texts = [t for t, _ in gap_entries(gaps, BY_AREA, 5, {"Porvoo": PlaceName("Borgå", "Porvoo")})]
    assert texts == ["Borgå: 2,00 km², 900 m till service", "Askola: 1,00 km², 800 m till service"]


def test_isolated_hot_spots_are_named_by_their_municipality_in_the_language(language) -> None:  # type: ignore[no-untyped-def]
    """Under svenska the isolated hot spots read "Borgå", "Helsingfors: Matinkylä" (the settlement as the data
    name it), as the table and the map name the municipalities."""
    from layers.coverage.connections import Connections
    from layers.coverage.dock_texts import links_text
    from layers.names import name_lookup

    language("sv")
    muni = gpd.GeoDataFrame({"name": ["Porvoo", "Helsinki"], "name_sv": ["Borgå", "Helsingfors"]},
                            geometry=[shapely.box(0, 0, 1, 1), shapely.box(1, 0, 2, 1)], crs=3067)
    conn = Connections(names=["Porvoo", "Helsinki: Matinkylä", "Elsewhere"], edges=[],
                       isolated=["Porvoo", "Helsinki: Matinkylä", "Elsewhere"], link_lines=[])
    text = links_text(conn, name_lookup(muni))
    assert text.endswith(": Borgå, Helsingfors: Matinkylä, Elsewhere")
    assert links_text(conn).endswith(": Porvoo, Helsinki: Matinkylä, Elsewhere")  # without names: as the data has
