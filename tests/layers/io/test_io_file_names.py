"""Any file name a file system allows opens as what it is (issue #20, finding 8): pyogrio parses paths as URLs
(``;`` starts parameters, ``!`` an archive member) and GDAL takes ``GeoJSON:`` for a driver prefix, so such
names are read through a plainly named link, and messages still name the user's file."""

from __future__ import annotations

import json
import os
import zipfile
from pathlib import Path

import geopandas as gpd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from shapely.geometry import Point

from layers.errors import UserError
from layers.io import list_layers, read_layer
from layers.io.source_file import gdal_path, needs_alias

POINT = {"type": "FeatureCollection", "features": [
    {"type": "Feature", "properties": {"name": "Kamppi"},
     "geometry": {"type": "Point", "coordinates": [24.93, 60.17]}}]}
ODD_NAMES = ["roads; 2024", "GeoJSON:x", "a!b", "what?#x", "tab\there", "new\nline", "zip:stops", "file:x",
             "100%", "äö å", "-dash", " space "]


def _frame() -> gpd.GeoDataFrame:
    return gpd.GeoDataFrame({"name": ["Kamppi", "Pasila"]}, geometry=[Point(385000, 6672000), Point(386000, 6675000)],
                            crs="EPSG:3067")


@pytest.mark.parametrize("stem", ODD_NAMES)
def test_odd_geojson_names_load(tmp_path, stem):
    path = tmp_path / f"{stem}.geojson"
    path.write_text(json.dumps(POINT))
    loaded = read_layer(path)
    assert len(loaded.data) == 1 and loaded.report.path == str(path)


@pytest.mark.parametrize("stem", ["roads; 2024", "a!b", "GeoJSON:x"])
@pytest.mark.parametrize("fmt", ["gpkg", "shp", "fgb", "zip"])
def test_odd_names_load_in_the_binary_formats_too(tmp_path, stem, fmt):
    plain = tmp_path / "plain"
    plain.mkdir()
    _frame().to_file(plain / f"data.{'shp' if fmt == 'zip' else fmt}")
    if fmt == "zip":
        path = tmp_path / f"{stem}.zip"
        with zipfile.ZipFile(path, "w") as zf:
            for side in plain.iterdir():
                zf.write(side, f"stops{side.suffix}")
    else:
        for side in plain.iterdir():  # a shapefile keeps its .shx, .dbf, .prj beside it
            os.rename(side, tmp_path / f"{stem}{side.suffix}")
        path = tmp_path / f"{stem}.{fmt}"
    assert len(read_layer(path).data) == 2
    assert [info.name for info in list_layers(path)]


def test_errors_about_an_aliased_file_name_the_users_file(tmp_path):
    path = tmp_path / "roads; 2024.gpkg"
    path.write_bytes(b"SQLite format 3\0" + b"\x01" * 200)
    with pytest.raises(UserError) as err:
        read_layer(path)
    assert str(path) in str(err.value) and "regionmap-open-" not in str(err.value)


def test_the_link_is_made_only_when_needed_and_removed_after(tmp_path):
    plain = tmp_path / "stops.geojson"
    odd = tmp_path / "stops; v2.geojson"
    assert not needs_alias(plain) and needs_alias(odd)
    with gdal_path(plain) as src:
        assert src == str(plain)
    odd.write_text("{}")
    with gdal_path(odd) as src:
        assert src != str(odd) and Path(src).resolve() == odd.resolve()
    assert not Path(src).exists()


NAME_CHARS = st.characters(blacklist_categories=("Cs",), blacklist_characters="/\0")


@settings(max_examples=40, deadline=None, suppress_health_check=list(HealthCheck))
@given(stem=st.text(NAME_CHARS, min_size=1, max_size=40))
def test_any_file_name_round_trips_through_read(tmp_path_factory, stem):
    name = f"{stem}.geojson"
    if len(os.fsencode(name)) > 255:
        return
    path = tmp_path_factory.mktemp("names") / name
    path.write_text(json.dumps(POINT))
    loaded = read_layer(path)
    assert len(loaded.data) == 1 and loaded.data["name"][0] == "Kamppi"
    assert loaded.report.path == str(path)


@pytest.mark.parametrize("stem", ["GeoJSON:x", "GPKG:plans", "roads; 2024"])
def test_relative_names_that_look_like_a_driver_prefix_load(tmp_path, monkeypatch, stem):
    monkeypatch.chdir(tmp_path)
    Path(f"{stem}.geojson").write_text(json.dumps(POINT))
    loaded = read_layer(f"{stem}.geojson")
    assert len(loaded.data) == 1 and loaded.report.path == f"{stem}.geojson"
