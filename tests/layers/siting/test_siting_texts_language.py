"""The notes and messages of siting and scenarios in the interface's language (fi, sv), numbers as each writes
them; English stays the source."""

from __future__ import annotations

import geopandas as gpd
import pytest
import shapely

from layers.coverage.network_choice import NetworkChoice
from layers.errors import UserError


def result(by: str = "people"):
    from layers.siting.result import SitingResult

    sites = gpd.GeoDataFrame({"adds_people": [1200.0, 300.0], "adds_area_km2": [0.5, 0.25]},
                             geometry=[shapely.Point(0, 0), shapely.Point(1, 1)], crs="EPSG:3067")
    return SitingResult(sites=sites, before=None, after=None, by=by, sector="transport",  # type: ignore[arg-type]
                        radius_m=800.0, uncovered=6000.0, candidates=12_500, evaluations=0, asked=2,
                        per_municipality_min=1, method="greedy ... (English, for the JSON)")


@pytest.mark.parametrize(("code", "along", "straight", "summary"), [
    ("en", "measured along the network Streets (walking; places more than 1,500 m from a way are unreachable), "
           "each layer's reach in minutes of travel", "measured in a straight line",
     "2 transport sites at 800 m from 12,500 candidates add 1,500.0 people, 25.0\u00a0% of the 6,000.0 people"),
    ("fi", "mitattu verkkoa Streets pitkin (kävely; yli 1\u202f500 m:n päässä väylästä olevia paikkoja ei saavuteta)"
           ", kunkin tason saavutettavuus matka-aikana minuutteina", "mitattu linnuntietä",
     "2 uutta sijaintia (liikenne) säteellä 800 m 12\u202f500 ehdokkaasta lisää 1\u202f500,0 asukasta, 25,0\u00a0%"),
    ("sv", "mätt längs nätverket Streets (gång; platser mer än 1\u202f500 m från en väg nås inte), varje lagers "
           "räckvidd som restid i minuter", "mätt fågelvägen",
     "2 nya platser (trafik) med radien 800 m bland 12\u202f500 kandidater lägger till 1\u202f500,0 invånare, "
     "25,0\u00a0%"),
])
def test_the_notes_and_the_summary_follow_the_language(language, code, along, straight, summary):
    from layers.siting.along import measured_note

    language(code)
    assert measured_note(NetworkChoice("Streets", "walk", 1500.0, unit="min")) == along
    assert measured_note(None) == straight
    got = result().summary()
    assert got.startswith(summary)
    assert ("63.2 %" if code == "en" else "63,2 %") in got and ("greedy" in got) == (code == "en")
    assert result().method.startswith("greedy")  # the JSON's method stays English


def test_scenario_and_candidate_messages_in_finnish_and_swedish(language, document):
    from layers.siting.candidates import CandidateSource
    from layers.siting.scenarios import Scenario, apply, capture

    language("fi")
    with pytest.raises(UserError, match="skenaario: anna sille nimi"):
        capture(document, " ")
    notes = apply(document, Scenario("s", {"Gone": (True, 500.0, None)}, [(385_500.0, 6_672_000.0)]))
    assert notes == ["skenaario 's': tasoa 'Gone' ei ole enää kartalla"]
    sites = next(lyr for lyr in document.layers if lyr.derived and lyr.note.startswith("ehdotettu"))
    assert sites.note == "ehdotettu (johdettu), skenaario s"
    with pytest.raises(UserError, match="ehdokasruudukko: välin on oltava yli 0 m"):
        CandidateSource.grid(0)
    assert CandidateSource.grid(500).label == "ruudukko 500 m"
    assert CandidateSource.of_points([(1.0, 2.0)]).label == "annetut pisteet"
    language("sv")
    with pytest.raises(UserError, match="kandidatrutnät: avståndet måste vara över 0 m"):
        CandidateSource.grid(-5)
