"""Issue 19: what a download says, in the interface language.  A loopback WFS (no network) misbehaves, and the
message a planner reads (the window's message bar, the text after ``regionmap: ``) is Finnish or Swedish under
fi or sv, with the host, the counts and the service's own words left as they are; English stays as it was."""

from __future__ import annotations

import pytest

from layers.errors import UserError
from layers.io.population_wfs import download_population
from layers.io.urban_rural import download_urban_rural
from tests.layers.io.population_server import PopulationWfs, grid_cells

pytestmark = pytest.mark.timeout(120)


@pytest.fixture()
def server():
    s = PopulationWfs(grid_cells())  # 24 cells: 3 pages of 10
    yield s
    s.stop()


def host(server) -> str:  # type: ignore[no-untyped-def]
    return server.url.split("//")[1].split("/")[0]


@pytest.mark.parametrize(("mode", "code", "expected"), [
    ("500", "en", "the server answered HTTP 500"),
    ("500", "fi", "palvelin vastasi HTTP 500"),
    ("500", "sv", "servern svarade HTTP 500"),
    ("truncated", "fi", "WFS-palvelun vastaus ei ole kokonaista GeoJSONia (katkennut tai vioittunut"),
    ("truncated", "sv", "WFS-tjänstens svar är inte fullständig GeoJSON (avbrutet eller skadat"),
    ("empty", "fi", "WFS-palvelu lähetti tyhjän vastauksen; mitään ei tallennettu välimuistiin"),
    ("no-crs", "sv", "WFS-tjänstens svar anger inget koordinatsystem"),
])
def test_a_wfs_fault_is_said_in_the_language(server, language, mode: str, code: str, expected: str) -> None:
    language(code)
    server.mode = mode
    with pytest.raises(UserError) as caught:
        download_population(base_url=server.url, page_size=10, deadline=60, timeout=5)
    text = str(caught.value)
    assert text.startswith(f"{host(server)}: ") and expected in text and "\n" not in text
    if code != "en":  # not one English clause left around the service's own words
        assert "nothing was cached" not in text and "check the" not in text and "try again" not in text


def test_a_year_the_service_lacks_names_the_grid_and_the_years_in_finnish(server, language) -> None:
    language("fi")
    with pytest.raises(UserError) as caught:
        download_population(base_url=server.url, year=2019, page_size=10)
    assert str(caught.value) == (f"{host(server)}: WFS-palvelussa ei ole vuoden 2019 aineistoa (väestöruudukko) "
                                 "(tarjolla: 2021, 2022, 2023); valitse jokin näistä vuosista")


def test_a_service_without_the_classification_says_where_the_file_is_in_swedish(server, language) -> None:
    language("sv")  # the population WFS lists no urban-rural layer
    with pytest.raises(UserError) as caught:
        download_urban_rural(base_url=server.url, page_size=10)
    text = str(caught.value)
    assert "ingen klassificering av stads- och landsbygdsområden från SYKE" in text
    assert "YKRKaupunkiMaaseutuLuokitus2018" in text and "Arkiv > Öppna" in text and "Zoner" in text


def test_a_failed_refresh_says_in_finnish_that_the_cached_copy_was_used(server, language) -> None:
    good = download_population(base_url=server.url, page_size=10)  # in English: the cache is not by language
    language("fi")
    server.mode = "500"
    again = download_population(base_url=server.url, page_size=10, refresh=True, deadline=60, timeout=5)
    assert again.from_cache and again.path == good.path
    note = next(n for n in again.notes if n.startswith("lataus epäonnistui"))
    assert "palvelin vastasi HTTP 500" in note
    assert note.endswith("käytettiin aiemmin välimuistiin tallennettua aineistoa: väestöruudukko 2023")
    assert "luettu välimuistista (ei verkkoyhteyttä)" in again.notes


def test_progress_texts_are_in_the_language(server, language) -> None:
    language("sv")
    seen: list[str] = []

    def report(_fraction: float, text: str = "") -> None:
        seen.append(text)

    download_population(base_url=server.url, page_size=10, progress=report)
    assert f"frågar {host(server)} vilka år den erbjuder" in seen
    assert "befolkningsrutnät 2023: 10 av 24 objekt" in seen and "kontrollerar objekten" in seen
    assert seen[-1] == "24 objekt"
    assert not [t for t in seen if "features" in t or "asking" in t or "connecting" in t]
