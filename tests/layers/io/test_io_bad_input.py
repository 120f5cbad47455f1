"""Bad files: every one ends in a UserError naming the file and the problem, or in a loaded layer -- never in
another exception.  A written corpus plus hypothesis-generated random bytes and mutated GeoJSON."""

from __future__ import annotations

import json
import os
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from layers.errors import UserError
from layers.io import read_layer

GOOD = {"type": "FeatureCollection", "features": [
    {"type": "Feature", "properties": {"name": "Kamppi", "n": 1},
     "geometry": {"type": "Point", "coordinates": [24.9316, 60.1690]}},
    {"type": "Feature", "properties": {"name": "Ring", "n": 2},
     "geometry": {"type": "LineString", "coordinates": [[24.90, 60.20], [25.00, 60.25], [25.1, 60.3]]}},
    {"type": "Feature", "properties": {"name": "Area", "n": 3},
     "geometry": {"type": "Polygon", "coordinates": [[[24.9, 60.1], [25.0, 60.1], [25.0, 60.2], [24.9, 60.1]]]}},
]}
GOOD_TEXT = json.dumps(GOOD, indent=1)


def _write(tmp_path: Path, name: str, content: str | bytes) -> Path:
    p = tmp_path / name
    if isinstance(content, bytes):
        p.write_bytes(content)
    else:
        p.write_text(content, encoding="utf-8")
    return p


def _error(path: Path, **kw) -> str:
    with pytest.raises(UserError) as err:
        read_layer(path, **kw)
    msg = str(err.value)
    assert msg.startswith(str(path)), msg
    assert "Traceback" not in msg and "\n" not in msg
    return msg


def test_broken_json_gives_line_and_column(tmp_path):
    text = GOOD_TEXT.replace('"n": 2', '"n" 2', 1)
    line = next(i for i, ln in enumerate(text.splitlines(), 1) if '"n" 2' in ln)
    msg = _error(_write(tmp_path, "broken.geojson", text))
    assert f"line {line}, column" in msg and "broken JSON" in msg


def test_truncated_json(tmp_path):
    msg = _error(_write(tmp_path, "cut.geojson", GOOD_TEXT[: len(GOOD_TEXT) // 2]))
    assert "line" in msg and ("end" in msg or "broken JSON" in msg)


def test_deeply_nested_json(tmp_path):
    props = "[" * 100_000 + "]" * 100_000
    text = '{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"a":' + props + \
        '},"geometry":{"type":"Point","coordinates":[24.9,60.2]}}]}'
    assert "nested too deeply" in _error(_write(tmp_path, "deep.geojson", text))


def test_non_utf8_text_names_line_and_byte(tmp_path):
    """Latin-1 text loads as Windows-1252; the warning names the file, the line and the first non-UTF-8 byte."""
    text = GOOD_TEXT.replace("Kamppi", "Hämeenlinna")
    loaded = read_layer(_write(tmp_path, "latin1.geojson", text.encode("latin-1")))
    line = next(i for i, ln in enumerate(text.splitlines(), 1) if "Hämeenlinna" in ln)
    note = next(n for n in loaded.report.notes if "UTF-8" in n)
    assert "latin1.geojson" in note and f"line {line}" in note and "0xe4" in note and "Windows-1252" in note
    assert loaded.data["name"].iloc[0] == "Hämeenlinna"


def test_text_neither_utf8_nor_cp1252_names_line_and_byte(tmp_path):
    text = GOOD_TEXT.replace("Kamppi", "H\x00meenlinna")
    msg = _error(_write(tmp_path, "junk.geojson", text.replace("\x00", "\xe4\x00").encode("latin-1")))
    line = next(i for i, ln in enumerate(text.splitlines(), 1) if "meenlinna" in ln)
    assert f"line {line}" in msg and "0xe4" in msg and "not UTF-8" in msg


@pytest.mark.parametrize(("name", "content", "expect"), [
    ("zero.geojson", b"", "empty (0 bytes)"),
    ("zero.gpkg", b"", "empty (0 bytes)"),
    ("blank.geojson", b"   \n\n  ", "white space"),
    ("notes.geojson", b"these are my notes\n", "is not JSON text"),
    ("config.json", b'{"hello": [1, 2, 3]}', "is not geodata"),
    ("picture.gpkg", b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4, "cannot be"),
    ("random.shp", os.urandom(2000), "regionmap can read"),
    ("table.csv", b"a,b\n1,2\n", "no coordinate columns"),
    ("binary.csv", b"\x00\x01\x02\x03" * 100, "binary"),
    ("fake.zip", b"PK\x03\x04 not really a zip", "not a readable zip"),
])
def test_not_geodata(tmp_path, name, content, expect):
    assert expect in _error(_write(tmp_path, name, content))


def test_missing_file_and_folder(tmp_path):
    assert "no such file" in _error(tmp_path / "nope.geojson")
    (tmp_path / "dir.gpkg").mkdir()
    assert "is a folder" in _error(tmp_path / "dir.gpkg")


def test_zip_without_shapefile(tmp_path):
    z = tmp_path / "docs.zip"
    with zipfile.ZipFile(z, "w") as zf:
        zf.writestr("a/readme.md", "# nothing here")
        zf.writestr("b.geojson", GOOD_TEXT)
    msg = _error(z)
    assert "holds no shapefile" in msg and "readme.md" in msg


def test_file_disappearing_while_loading(tmp_path):
    path = _write(tmp_path, "gone.geojson", GOOD_TEXT)

    def vanish(fraction: float, message: str = "") -> None:
        if path.exists() and message == "checking text":
            path.unlink()

    with pytest.raises(UserError, match="disappeared while it was being read"):
        read_layer(path, progress=vanish)


def test_features_without_geometry_and_nan(tmp_path):
    feats = [dict(f) for f in GOOD["features"]]
    feats.append({"type": "Feature", "properties": {"name": "nowhere"}})  # no geometry member at all
    feats.append({"type": "Feature", "properties": {"name": "null"}, "geometry": None})
    feats.append({"type": "Feature", "properties": {"name": "nan"},
                  "geometry": {"type": "LineString", "coordinates": [[24.9, 60.2], [float("nan"), 60.3]]}})
    feats.append({"type": "Feature", "properties": {"name": "inf"},
                  "geometry": {"type": "Point", "coordinates": [float("inf"), 60.3]}})
    path = _write(tmp_path, "holes.geojson", json.dumps({"type": "FeatureCollection", "features": feats}))
    loaded = read_layer(path)
    rep = loaded.report
    assert loaded.report.n_features == 3 and sorted(loaded.data["name"]) == ["Area", "Kamppi", "Ring"]
    assert rep.skipped_empty + rep.skipped_nonfinite + rep.skipped_out_of_range == 4
    assert rep.skipped_empty >= 2


def test_all_features_without_geometry_loads_empty(tmp_path):
    path = _write(tmp_path, "attrs.geojson", json.dumps({"type": "FeatureCollection", "features": [
        {"type": "Feature", "properties": {"a": 1}, "geometry": None}]}))
    loaded = read_layer(path)
    assert loaded.data.empty and loaded.report.skipped_empty == 1
    assert "all were skipped" in loaded.report.summary()


def test_huge_property_value(tmp_path):
    doc = json.loads(GOOD_TEXT)
    doc["features"][0]["properties"]["blob"] = "x" * 5_000_000
    loaded = read_layer(_write(tmp_path, "huge.geojson", json.dumps(doc)))
    assert loaded.report.n_features == 3 and len(loaded.data["blob"].iloc[0]) == 5_000_000


def test_coordinates_out_of_range_everywhere(tmp_path):
    doc = json.loads(GOOD_TEXT)
    for f in doc["features"]:
        f["geometry"] = {"type": "Point", "coordinates": [1e30, -1e30]}
    msg = _error(_write(tmp_path, "far.geojson", json.dumps(doc)))
    assert "do not fit its declared CRS EPSG:4326" in msg and "give the CRS explicitly" in msg


def _outcome(path: Path) -> str:
    """'ok' or 'error'; anything else escapes and fails the test."""
    try:
        loaded = read_layer(path)
    except UserError as exc:
        assert str(exc).startswith(str(path))
        return "error"
    assert loaded.data.crs.to_epsg() == 3067
    assert loaded.data.geometry.notna().all()
    return "ok"


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.binary(max_size=600), suffix=st.sampled_from([".geojson", ".json", ".gpkg", ".shp", ".csv", ".zip",
                                                                ".fgb", ".parquet", ".dat"]))
def test_random_bytes_never_escape(tmp_path, data, suffix):
    _outcome(_write(tmp_path, f"random{suffix}", data))


def _mutate(text: str, ops: list[tuple[int, int, str]]) -> str:
    for kind, pos, chunk in ops:
        i = pos % (len(text) + 1)
        if kind == 0:
            text = text[:i] + text[i + 1:]
        elif kind == 1:
            text = text[:i] + chunk + text[i:]
        else:
            text = text[:i] + chunk + text[i + len(chunk):]
    return text


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(ops=st.lists(st.tuples(st.integers(0, 2), st.integers(0, 10_000),
                              st.sampled_from(['"', "{", "}", "[", "]", ",", ":", "null", "NaN", "1e400", "-",
                                               '"type"', '"Point"', '"Feature"', "\\u0000", "ä", "99999999"])),
                    min_size=1, max_size=4))
def test_mutated_geojson_never_escapes(tmp_path, ops):
    _outcome(_write(tmp_path, "mutated.geojson", _mutate(GOOD_TEXT, ops)))


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(coords=st.lists(st.tuples(st.floats(allow_nan=True, allow_infinity=True, width=32),
                                 st.floats(allow_nan=True, allow_infinity=True, width=32)), min_size=1, max_size=6))
def test_random_coordinates_never_escape(tmp_path, coords):
    feats = [{"type": "Feature", "properties": {}, "geometry": {"type": "Point", "coordinates": list(c)}}
             for c in coords]
    _outcome(_write(tmp_path, "coords.geojson", json.dumps({"type": "FeatureCollection", "features": feats})))
