"""The light reader (layers/io/light_read.py) against the full one: the same table and report, or a decline.

Every comparison reads the same file with both and compares the real outputs: column names and order, values and
dtypes, geometries as WKB, and the whole LoadReport.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import numpy as np
import pytest
import shapely

from layers.coverage.tables import GeoTable
from layers.errors import UserError
from layers.io import read_layer
from layers.io.light_read import LightRead, read_light
from layers.io.limits import ReadLimits

ROOT = Path(__file__).resolve().parents[3]
REAL_GEOJSON = ("fi_municipalities_2023_nls", "fi_rail_stations_digitraffic_2024", "hsl_stops_2022_central_helsinki",
                "hsl_routes_2022", "fi_powerplants_2025", "fi_regions_2023_nls")


def _values(column: Any) -> list[Any]:
    """A column's values with the nulls of either reader as None (the frame's text columns hold NaN)."""
    return [None if isinstance(v, float) and v != v else v for v in np.asarray(column).tolist()]


def assert_same(light: LightRead | None, path: Path) -> None:
    """``light`` is what read_layer gives for ``path``: columns, values, dtypes, geometries and report."""
    assert light is not None, f"{path.name} was declined"
    table = GeoTable(light.columns, light.geometry)  # what the caller makes of it
    full = read_layer(path)
    frame = full.data
    assert table.columns == list(frame.columns)
    for name in frame.columns[:-1]:
        mine, theirs = table[name].to_numpy(), frame[name].to_numpy()
        if theirs.dtype.kind in "biuf":  # numbers and booleans: the frame's dtype exactly
            assert mine.dtype == theirs.dtype, name
            assert np.array_equal(mine, theirs, equal_nan=theirs.dtype.kind == "f"), name
        else:  # text (pandas' str dtype) and objects: Python values, None for the nulls
            assert mine.dtype == object, name
            assert _values(mine) == _values(theirs), name
    assert np.array_equal(shapely.to_wkb(np.asarray(table.geometry)),
                          shapely.to_wkb(np.asarray(frame.geometry.values)))
    assert light.report == full.report
    assert light.credit == full.report.credit and light.notes == full.report.notes


@pytest.mark.parametrize("name", REAL_GEOJSON)
def test_real_geojson_reads_as_the_full_reader_reads_it(shared_data, name):
    path = shared_data / f"{name}.geojson"
    assert_same(read_light(path), path)


def test_shipped_land_and_settlements_tables_equal_the_frames():
    from layers import shipped

    for frame, light in ((shipped.land(), shipped.land_table()), (shipped.settlements(), shipped.settlements_table())):
        table = GeoTable(light.columns, light.geometry)
        assert light.declared == "EPSG:3067"
        assert table.columns == list(frame.columns)
        for name in frame.columns[:-1]:
            assert _values(table[name]) == _values(frame[name])
            if frame[name].dtype.kind in "iuf":
                assert table[name].dtype == frame[name].dtype
        assert np.array_equal(shapely.to_wkb(np.asarray(table.geometry)),
                              shapely.to_wkb(np.asarray(frame.geometry.values)))


def _point(props: dict[str, Any], xy: Any = (24.94, 60.17), **members: Any) -> dict[str, Any]:
    return {"type": "Feature", **members, "properties": props, "geometry": {"type": "Point", "coordinates": list(xy)}}


def _collection(features: list[Any], **members: Any) -> dict[str, Any]:
    return {"type": "FeatureCollection", **members, "features": features}


def _square(x: float, y: float, d: float = 0.01) -> list[list[float]]:
    return [[x, y], [x + d, y], [x + d, y + d], [x, y + d], [x, y]]


BOWTIE = [[24.9, 60.1], [25.0, 60.2], [25.0, 60.1], [24.9, 60.2], [24.9, 60.1]]
READ = {  # inputs the light reader must read, exactly as the full reader does
    "empty collection": _collection([]),
    "null geometry": _collection([_point({"a": 1}), {"type": "Feature", "properties": {"a": 2}, "geometry": None}]),
    "template and script text": _collection([_point({"name": "{{ 7*7 }}", "html": "</script><b>x</b>"})]),
    "outside Finland": _collection([_point({"a": 1}, (-74.0, 40.7)), _point({"a": 2}, (151.2, -33.9))]),
    "one of eleven out of range": _collection([_point({"i": i}, (24.0 + i / 10, 60.2)) for i in range(10)]
                                              + [_point({"i": 10}, (500.0, 60.2))]),
    "invalid polygon to repair": _collection([{"type": "Feature", "properties": {"k": "bow"},
                                               "geometry": {"type": "Polygon", "coordinates": [BOWTIE]}}]),
    "mixed geometry, holes and multi parts": _collection([
        _point({"k": "p"}),
        {"type": "Feature", "properties": {"k": "l"}, "geometry": {"type": "MultiLineString", "coordinates": [
            [[24.0, 60.0], [24.5, 60.5]], [[25.0, 60.0], [25.5, 60.1], [25.6, 60.3]]]}},
        {"type": "Feature", "properties": {"k": "m"}, "geometry": {"type": "MultiPolygon", "coordinates": [
            [_square(24.0, 60.0, 0.1), _square(24.02, 60.02)], [_square(25.0, 61.0)]]}},
        {"type": "Feature", "properties": {"k": "mp"}, "geometry": {"type": "MultiPoint", "coordinates": [
            [24.1, 60.1], [24, 61]]}}]),
    "integers, nulls, booleans, all-null and missing fields": _collection([
        _point({"small": 1, "big": 2**40, "some": 3, "flag": True, "maybe": False, "none": None, "real": 1}),
        _point({"small": -5, "big": 7, "some": None, "flag": False, "maybe": None, "none": None, "real": 2.5,
                "late": "x"})]),
    "no geometry member": _collection([_point({"a": 1}), {"type": "Feature", "properties": {"a": 2}}]),
    "bbox members": _collection([{**_point({"a": 1}), "bbox": [24.94, 60.17, 24.94, 60.17]}],
                                bbox=[24.94, 60.17, 24.94, 60.17]),
    "fields added in order": _collection([_point({"a": 1}), _point({"b": 2.5}), _point({"a": 2, "c": "y"})]),
    "string ids": _collection([_point({"a": 1}, id="first"), _point({"a": 2}, id="second")]),
    "integer ids": _collection([_point({"a": 1}, id=10), _point({"a": 2}, id=20)]),
    "legacy crs EPSG:3067": _collection([_point({"a": 1}, (385000.0, 6672000.0))], crs={
        "type": "name", "properties": {"name": "urn:ogc:def:crs:EPSG::3067"}}),
    "legacy crs CRS84": _collection([_point({"a": 1})], crs={
        "type": "name", "properties": {"name": "urn:ogc:def:crs:OGC:1.3:CRS84"}}),
    "non-date strings": _collection([_point({"platform": "1-35", "time": "12:5", "day": "v2024-01-01",
                                             "month": "2024-05"})]),
}
DECLINED_TEXT = {  # inputs it must leave to the full reader (which reads them, or says what is wrong)
    "a 3D point": _collection([_point({"a": 1}, (24.9, 60.2, 10.0))]),
    "a crs member naming EPSG:3879": _collection([_point({"a": 1}, (25497000.0, 6672000.0))], crs={
        "type": "name", "properties": {"name": "urn:ogc:def:crs:EPSG::3879"}}),
    "metres in a WGS84 file": _collection([_point({"a": 1}, (385000.0, 6672000.0))]),
    "swapped latitude and longitude": _collection([_point({"a": i}, (60.1 + i / 100, 24.9)) for i in range(5)]),
    "a date": _collection([_point({"when": "2024-05-01"})]),
    "a list property": _collection([_point({"a": [1, 2]})]),
    "mixed text and numbers": _collection([_point({"a": "x"}), _point({"a": 3})]),
    "an integer beyond 64 bits": _collection([_point({"a": 2**70})]),
    "a GeometryCollection": _collection([{"type": "Feature", "properties": {}, "geometry": {
        "type": "GeometryCollection", "geometries": [{"type": "Point", "coordinates": [24.9, 60.2]}]}}]),
    "an unclosed ring": _collection([{"type": "Feature", "properties": {}, "geometry": {
        "type": "Polygon", "coordinates": [_square(24.9, 60.1)[:-1]]}}]),
    "a bare Feature": _point({"a": 1}),
    "string ids and an id property": _collection([_point({"id": 1}, id="x")]),
    "a property named geometry": _collection([_point({"geometry": "x"})]),
    "string ids on some features only": _collection([_point({"a": 1}, id="x"), _point({"a": 2})]),
    "a nested object property": _collection([_point({"a": {"b": 1}})]),
    "a boolean coordinate": _collection([_point({"a": 1}, (True, 60.2))]),
    "fields in different orders": _collection([_point({"a": 1, "c": "x"}), _point({"b": 2.5, "a": 2, "c": "y"})]),
    "a field inserted between others": _collection([_point({"a": 1, "c": "x"}), _point({"a": 2, "b": 2.5, "c": "y"})]),
    "duplicate integer ids": _collection([_point({"a": 1}, id=3), _point({"a": 2}, id=3)]),
    "a NUL in a text value": _collection([_point({"a": "before\u0000after"})]),
    "a lone surrogate in a text value": _collection([_point({"a": "\ud800"})]),
    "a description member": _collection([_point({"a": 1})], description="Data © Someone, CC BY 4.0"),
}


def _write(tmp_path: Path, name: str, doc: Any) -> Path:
    path = tmp_path / f"{name.replace(' ', '_').replace(':', '')}.geojson"
    path.write_text(doc if isinstance(doc, str) else json.dumps(doc), encoding="utf-8")
    return path


@pytest.mark.parametrize("name", READ)
def test_odd_inputs_read_as_the_full_reader_reads_them(tmp_path, name):
    path = _write(tmp_path, name, READ[name])
    assert_same(read_light(path), path)


@pytest.mark.parametrize("name", DECLINED_TEXT)
def test_inputs_not_read_exactly_are_declined(tmp_path, name):
    assert read_light(_write(tmp_path, name, DECLINED_TEXT[name])) is None


@pytest.mark.parametrize("text", ["not JSON at all", '{"type": "FeatureCollection", "features": [', "[1, 2, 3]",
                                  '{"type": "FeatureCollection", "features": [], "a": NaN}',
                                  '{"type": "FeatureCollection", "type": "Feature", "features": []}',
                                  '\ufeff{"type": "FeatureCollection", "features": []}'])
def test_text_that_is_not_a_plain_collection_is_declined(tmp_path, text):
    assert read_light(_write(tmp_path, "odd", text)) is None


@pytest.mark.parametrize("where", ["coordinates", "properties"])
def test_non_finite_numbers_are_declined_as_gdal_refuses_them(tmp_path, where):
    doc = _collection([_point({"a": 1.0}), _point({"a": 2.0 if where == "coordinates" else 0.5}, (0.5, 60.2))])
    text = json.dumps(doc).replace("0.5", "1e999")
    path = _write(tmp_path, "inf", text)
    assert read_light(path) is None
    with pytest.raises(UserError, match="1e999"):
        read_layer(path)


def test_nan_tokens_are_declined(tmp_path):
    path = _write(tmp_path, "nan", json.dumps(_collection([_point({"a": 1.0}, (24.9, 0.5))])).replace("0.5", "NaN"))
    assert read_light(path) is None


def test_text_that_is_not_utf8_is_left_to_the_full_reader(tmp_path):
    path = tmp_path / "latin1.geojson"
    path.write_bytes(json.dumps(_collection([_point({"name": "Mäntsälä"})]), ensure_ascii=False).encode("cp1252"))
    assert read_light(path) is None
    assert read_layer(path).report.encoding == "cp1252"  # which reads it, with its note


def test_files_beyond_the_limits_are_declined_and_refused_by_the_full_reader(tmp_path):
    path = _write(tmp_path, "many", _collection([_point({"i": i}, (24.0 + i / 100, 60.2)) for i in range(50)]))
    for limits in (ReadLimits(max_features=10), ReadLimits(max_file_mb=0.001), ReadLimits(max_memory_mb=0.001)):
        assert read_light(path, limits) is None
        with pytest.raises(UserError):
            read_layer(path, limits=limits)
    assert read_light(path) is not None


def test_the_date_pattern_covers_every_string_gdal_makes_a_date_or_time(tmp_path):
    from layers.light_geojson import _DATE_LIKE

    samples = ["2024-05", "1-35", "24/12/2024", "2024/1/1", "2024/01/01", "10:00", "1:2", "T10:00", " 2024-01-01",
               "2024-01-01Z", "+10:00", "12:5", "99:99", "2024-13-01", "2024-1-1", "1/2/3", "12:30:45.5",
               "2024-01-01 10:00", "20240101", "1-2", "10:00 am", "01:02", "2024.01.01", "1.5", "H3596",
               "9999-12-31T23:59:59+02:00", "2024-02-30", "00:60", "25:00", "0001-01-01", "23:59:59Z"]
    props = {f"f{i}": s for i, s in enumerate(samples)}
    path = _write(tmp_path, "dates", _collection([_point(props)]))
    frame = read_layer(path).data
    gdal_dates = [s for i, s in enumerate(samples) if str(frame[f"f{i}"].dtype) != "str"]
    assert gdal_dates  # the check means something: GDAL does make dates of some
    assert all(_DATE_LIKE.match(s) for s in gdal_dates), [s for s in gdal_dates if not _DATE_LIKE.match(s)]
    assert not _DATE_LIKE.match("1-35") and not _DATE_LIKE.match("H3596")


def _parquet(tmp_path: Path, crs: str, **columns: Any) -> Path:
    import geopandas as gpd

    xy = [(385000.0, 6672000.0), (386000.0, 6673000.0), (387000.0, 6674000.0)]
    if crs == "EPSG:4326":
        xy = [(24.9, 60.1), (25.0, 60.2), (25.1, 60.3)]
    frame = gpd.GeoDataFrame(columns, geometry=gpd.points_from_xy(*zip(*xy, strict=True)), crs=crs)
    path = tmp_path / f"t{len(list(tmp_path.iterdir()))}.parquet"
    frame.to_parquet(path)
    return path


@pytest.mark.parametrize("crs", ["EPSG:3067", "EPSG:4326"])
def test_simple_geoparquet_reads_as_the_full_reader_reads_it(tmp_path, crs):
    path = _parquet(tmp_path, crs, name=["a", None, "c"], n=[1, 2, 3], real=[1.5, None, 2.0], ok=[True, False, True])
    assert_same(read_light(path), path)


def test_geoparquet_with_a_null_geometry_skips_it_as_the_full_reader_does(tmp_path):
    import geopandas as gpd

    path = _parquet(tmp_path, "EPSG:3067", n=[1, 2, 3])
    frame = gpd.read_parquet(path)
    frame.loc[1, "geometry"] = None
    frame.to_parquet(path)
    light = read_light(path)
    assert_same(light, path)
    assert light is not None and light.report.skipped_empty == 1


def test_geoparquet_in_another_crs_is_declined(tmp_path):
    import geopandas as gpd

    path = _parquet(tmp_path, "EPSG:3067", n=[1, 2, 3])
    gpd.read_parquet(path).to_crs("EPSG:3879").to_parquet(tmp_path / "gk.parquet")
    assert read_light(tmp_path / "gk.parquet") is None
    assert read_light(path) is not None


def test_reading_the_municipalities_imports_no_pandas_geopandas_or_pyogrio(shared_data):
    code = ("import sys; from layers.io.light_read import read_light; "
            f"got = read_light({str(shared_data / 'fi_municipalities_2023_nls.geojson')!r}); "
            "from layers import shipped; shipped.land_table(); shipped.settlements_table(); shipped.region_codes(); "
            "shipped.municipal_totals(); from layers.coverage.tables import GeoTable; "
            "print(got is not None and len(GeoTable(got.columns, got.geometry)) == 309, "
            "sorted(m for m in ('pandas', 'geopandas', 'pyogrio', 'fiona') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True)
    assert out.stdout.split() == ["True", "[]"], out.stdout + out.stderr
