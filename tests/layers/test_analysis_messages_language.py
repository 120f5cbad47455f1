"""Issue 19: the errors of the transit, network and coverage layers (a feed that is not there or not whole, an OSM
extract that is missing, a zone mapping given twice) read in the interface language, with the file names and the
user's own values left as they are; English stays as it was."""

from __future__ import annotations

from pathlib import Path

import pytest

from layers.coverage.zone_sets import parse_mapping
from layers.errors import UserError
from layers.network.tags import read_osm_highways
from layers.transit.feed import open_feed


def _message(call, *args) -> str:  # type: ignore[no-untyped-def]
    with pytest.raises(UserError) as caught:
        call(*args)
    return str(caught.value)


@pytest.mark.parametrize(("code", "expected"), [
    ("en", "no such file or folder; check the name"),
    ("fi", "tiedostoa tai kansiota ei ole; tarkista nimi"),
    ("sv", "filen eller mappen finns inte; kontrollera namnet"),
])
def test_a_missing_feed_is_said_in_the_language(language, tmp_path: Path, code: str, expected: str) -> None:
    language(code)
    text = _message(open_feed, tmp_path / "hsl_gtfs.zip")
    assert text == f"{tmp_path / 'hsl_gtfs.zip'}: {expected}"


def test_an_incomplete_feed_names_its_missing_tables_in_finnish(language, tmp_path: Path) -> None:
    language("fi")
    (tmp_path / "stops.txt").write_text("stop_id,stop_lat,stop_lon\n", encoding="utf-8")
    text = _message(open_feed, tmp_path)
    assert text.startswith(f"{tmp_path.name}: ei ole täydellinen GTFS-aikataulu: ")
    assert "stop_times.txt" in text and "puuttuu" in text and "missing" not in text


def test_a_missing_extract_is_said_in_swedish(language, tmp_path: Path) -> None:
    language("sv")
    text = _message(read_osm_highways, tmp_path / "uusimaa.osm.pbf")
    assert text == (f"{tmp_path / 'uusimaa.osm.pbf'}: filen finns inte; ange ett .osm.pbf-utdrag eller ett "
                    "linjelager som nät")


@pytest.mark.parametrize(("code", "expected"), [
    ("en", "zone mapping 'keskusta=core,keskusta=car zone': value 'keskusta' is mapped twice ('core', 'car zone')"),
    ("fi", "vyöhykevastaavuus 'keskusta=core,keskusta=car zone': arvo 'keskusta' on liitetty kahdesti "
           "('core', 'car zone')"),
])
def test_a_mapping_given_twice_is_said_in_the_language(language, code: str, expected: str) -> None:
    language(code)
    assert _message(parse_mapping, "keskusta=core,keskusta=car zone") == expected
