"""Reading an OpenStreetMap extract as a layer (File > Open, drops, ``regionmap FILE``): its highway lines only,
and an extract without any is a clear message naming the file."""

from __future__ import annotations

from pathlib import Path

import pytest

from layers.errors import UserError
from layers.io import read_layer
from layers.io.formats import OPEN_FILTERS, is_geodata_path

NODES = '<node id="1" lat="60.17" lon="24.94"/><node id="2" lat="60.171" lon="24.945"/><node id="3" lat="60.172" ' \
        'lon="24.95"/>'


def osm_file(tmp_path: Path, ways: str, name: str = "extract.osm") -> Path:
    path = tmp_path / name
    path.write_text(f'<?xml version="1.0"?><osm version="0.6">{NODES}{ways}</osm>', encoding="utf-8")
    return path


def test_an_extract_loads_its_highway_lines_with_their_tags(tmp_path):
    path = osm_file(tmp_path, '<way id="10"><nd ref="1"/><nd ref="2"/><tag k="highway" v="residential"/>'
                              '<tag k="name" v="Testikatu"/><tag k="oneway" v="yes"/></way>'
                              '<way id="11"><nd ref="2"/><nd ref="3"/><tag k="railway" v="rail"/></way>')
    loaded = read_layer(path)
    assert loaded.data["highway"].tolist() == ["residential"] and loaded.data["name"].tolist() == ["Testikatu"]
    assert '"oneway"=>"yes"' in loaded.data["other_tags"].iloc[0]
    assert loaded.data.crs.to_epsg() == 3067
    assert is_geodata_path(Path("x.osm.pbf")) and "*.pbf" in OPEN_FILTERS


def test_an_extract_without_highways_is_a_clear_message(tmp_path):
    path = osm_file(tmp_path, '<way id="11"><nd ref="1"/><nd ref="3"/><tag k="railway" v="rail"/></way>',
                    "rails.osm")
    with pytest.raises(UserError, match=r"rails\.osm: the extract has no highway lines"):
        read_layer(path)


def test_a_file_that_is_no_extract_is_a_clear_message(tmp_path):
    path = tmp_path / "broken.osm.pbf"
    path.write_bytes(b"not a protocol buffer at all")
    with pytest.raises(UserError, match=r"broken\.osm\.pbf: cannot be read as an OpenStreetMap extract"):
        read_layer(path)
