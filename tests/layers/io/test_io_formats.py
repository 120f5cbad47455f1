"""Every supported format loads; geometry is repaired, flattened and counted; mixed types follow the policy."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest

from layers.errors import UserError
from layers.io import CsvColumns, detect_csv_columns, list_layers, read_layer, split_by_family

PTS = [(24.9414, 60.1719), (24.6559, 60.2052), (25.6651, 60.3923)]


def _frame(crs="EPSG:4326"):
    import geopandas as gpd
    import shapely

    return gpd.GeoDataFrame({"name": ["Helsinki", "Espoo", "Porvoo"], "n": [1, 2, 3]},
                            geometry=[shapely.Point(p) for p in PTS], crs=crs)


def _check_points(loaded, crs="EPSG:4326"):
    # (FlatGeobuf with its spatial index stores features in index order)
    assert loaded.report.n_features == 3 and sorted(loaded.data["name"]) == ["Espoo", "Helsinki", "Porvoo"]
    assert loaded.data.crs.to_epsg() == 3067 and loaded.report.crs == crs
    x0, y0, x1, y1 = loaded.report.bbox_wgs84
    tol = 1e-6 if crs == "EPSG:4326" else 0.02  # projected sources: bounds of the transformed box
    assert max(abs(x0 - 24.6559), abs(y0 - 60.1719), abs(x1 - 25.6651), abs(y1 - 60.3923)) < tol


@pytest.mark.parametrize(("suffix", "driver"), [(".gpkg", "GPKG"), (".fgb", "FlatGeobuf"), (".shp", "ESRI Shapefile"),
                                                 (".geojson", "GeoJSON")])
def test_vector_formats(tmp_path, suffix, driver):
    path = tmp_path / f"pts{suffix}"
    _frame().to_crs("EPSG:3879").to_file(path, driver=driver) if suffix != ".geojson" else _frame().to_file(path)
    loaded = read_layer(path)
    _check_points(loaded, "EPSG:4326" if suffix == ".geojson" else "EPSG:3879")
    assert loaded.report.crs_how == "declared"


def test_geoparquet(tmp_path):
    path = tmp_path / "pts.parquet"
    _frame().to_crs("EPSG:3067").to_parquet(path)
    _check_points(read_layer(path), "EPSG:3067")


def test_plain_parquet_is_a_clear_error(tmp_path):
    import pandas as pd

    path = tmp_path / "table.parquet"
    pd.DataFrame({"a": [1, 2]}).to_parquet(path)
    with pytest.raises(UserError, match="without GeoParquet geometry metadata"):
        read_layer(path)


def test_geopackage_with_several_layers(tmp_path):
    path = tmp_path / "two.gpkg"
    _frame().to_file(path, layer="stations", driver="GPKG")
    _frame().iloc[:2].to_file(path, layer="depots", driver="GPKG")
    infos = list_layers(path)
    assert {i.name: i.features for i in infos} == {"stations": 3, "depots": 2}
    first = read_layer(path)
    assert first.report.layer == "stations" and any("2 layers" in n for n in first.report.notes)
    assert read_layer(path, layer="depots").report.n_features == 2
    with pytest.raises(UserError, match="has no layer 'nope'; its layers are: stations, depots"):
        read_layer(path, layer="nope")


def test_zipped_shapefile(tmp_path):
    shp = tmp_path / "stations.shp"
    _frame().to_file(shp)
    z = tmp_path / "stations.zip"
    with zipfile.ZipFile(z, "w") as zf:
        for part in tmp_path.glob("stations.*"):
            if part.suffix != ".zip":
                zf.write(part, f"data/{part.name}")
    _check_points(read_layer(z))
    assert [i.name for i in list_layers(z)] == ["stations"]
    assert read_layer(z, layer="stations").report.n_features == 3


def test_zip_without_shapefile_is_a_clear_error(tmp_path):
    z = tmp_path / "notes.zip"
    with zipfile.ZipFile(z, "w") as zf:
        zf.writestr("readme.txt", "hello")
    with pytest.raises(UserError, match=r"notes\.zip: the zip holds no shapefile .*readme\.txt"):
        read_layer(z)


def test_bare_feature_and_geometry(tmp_path):
    feat = tmp_path / "feature.geojson"
    feat.write_text(json.dumps({"type": "Feature", "properties": {"name": "Pasila"},
                                "geometry": {"type": "Point", "coordinates": [24.9336, 60.1987]}}))
    geom = tmp_path / "geometry.json"
    geom.write_text(json.dumps({"type": "LineString", "coordinates": [[24.9, 60.2], [25.0, 60.25]]}))
    a, b = read_layer(feat), read_layer(geom)
    assert a.report.n_features == 1 and a.data["name"].iloc[0] == "Pasila"
    assert b.report.n_features == 1 and b.report.geometry_types == ["LineString"]


def test_repairs_are_counted(tmp_path):
    bowtie = [[24.9, 60.1], [25.0, 60.2], [25.0, 60.1], [24.9, 60.2], [24.9, 60.1]]
    feats = [
        {"type": "Feature", "properties": {"k": "bowtie"}, "geometry": {"type": "Polygon", "coordinates": [bowtie]}},
        {"type": "Feature", "properties": {"k": "null"}, "geometry": None},
        {"type": "Feature", "properties": {"k": "empty"}, "geometry": {"type": "Point", "coordinates": []}},
        {"type": "Feature", "properties": {"k": "3d"}, "geometry": {"type": "Point", "coordinates": [24.9, 60.2, 12]}},
        {"type": "Feature", "properties": {"k": "line"},
         "geometry": {"type": "LineString", "coordinates": [[24.9, 60.2], [25.0, 60.3]]}},
    ]
    path = tmp_path / "mixed.geojson"
    path.write_text(json.dumps({"type": "FeatureCollection", "features": feats}))
    loaded = read_layer(path)
    rep = loaded.report
    assert rep.repaired == 1 and rep.skipped_empty == 2 and rep.flattened_3d == 1 and rep.n_features == 3
    assert loaded.data.geometry.is_valid.all() and not loaded.data.geometry.has_z.any()
    assert rep.families == {"point": 1, "line": 1, "polygon": 1}
    assert "mixed geometry kept in one layer" in rep.summary()
    assert "repaired invalid geometries: 1" in rep.summary() and "flattened 3D geometries: 1" in rep.summary()
    parts = split_by_family(loaded.data)
    assert list(parts) == ["point", "line", "polygon"] and all(len(p) == 1 for p in parts.values())
    assert parts["polygon"]["k"].iloc[0] == "bowtie"


def test_empty_feature_collection_loads_empty_with_a_note(tmp_path):
    path = tmp_path / "empty.geojson"
    path.write_text('{"type": "FeatureCollection", "features": []}')
    loaded = read_layer(path)
    assert loaded.data.empty and loaded.data.crs.to_epsg() == 3067
    assert "holds no features" in loaded.report.summary()


@pytest.mark.parametrize(("text", "x", "y", "decimal"), [
    ("name,lon,lat\nHelsinki,24.9414,60.1719\nEspoo,24.6559,60.2052\nPorvoo,25.6651,60.3923\n", "lon", "lat", "."),
    ("name;Longitude;Latitude\nHelsinki;24,9414;60,1719\nEspoo;24,6559;60,2052\nPorvoo;25,6651;60,3923\n",
     "Longitude", "Latitude", ","),
    ("name\tx\ty\nHelsinki\t24.9414\t60.1719\nEspoo\t24.6559\t60.2052\nPorvoo\t25.6651\t60.3923\n", "x", "y", "."),
])
def test_csv_coordinates_detected(tmp_path, text, x, y, decimal):
    path = tmp_path / "pts.csv"
    path.write_text(text, encoding="utf-8")
    sug = detect_csv_columns(path)
    assert (sug.x, sug.y, sug.decimal, sug.wkt) == (x, y, decimal, None)
    loaded = read_layer(path)
    _check_points(loaded)
    assert loaded.report.crs_how == "detected"


def test_csv_metres_and_wkt_and_user_choice(tmp_path):
    from layers.crs import transformer

    t = transformer("EPSG:4326", "EPSG:3879")
    rows = ["name,E,N,kommentti"] + [f"{n},{t.transform(*p)[0]:.2f},{t.transform(*p)[1]:.2f},x"
                                     for n, p in zip(["Helsinki", "Espoo", "Porvoo"], PTS, strict=True)]
    metres = tmp_path / "gk.csv"
    metres.write_text("\n".join(rows) + "\nBroken,,\n")
    loaded = read_layer(metres)
    assert loaded.report.crs == "EPSG:3879" and loaded.report.skipped_empty == 1
    _check_points(loaded, "EPSG:3879")
    wkt = tmp_path / "wkt.csv"
    wkt.write_text('id,shape\n1,"LINESTRING (24.9 60.2, 25.0 60.3)"\n2,"POINT (24.9 60.2)"\n3,not wkt\n')
    assert detect_csv_columns(wkt).wkt == "shape"
    got = read_layer(wkt)
    assert got.report.n_features == 2 and got.report.skipped_empty == 1
    odd = tmp_path / "odd.csv"
    odd.write_text("a,b,c\n1,24.94,60.17\n2,24.66,60.21\n")
    assert not detect_csv_columns(odd).usable
    with pytest.raises(UserError, match="no coordinate columns found"):
        read_layer(odd)
    chosen = read_layer(odd, csv_columns=CsvColumns(x="b", y="c"))
    assert chosen.report.n_features == 2 and chosen.report.crs == "EPSG:4326"
    with pytest.raises(UserError, match="has no column 'zz'"):
        read_layer(odd, csv_columns=CsvColumns(x="zz", y="c"))


def test_progress_and_cancel(tmp_path):
    from layers.errors import Cancelled

    path = tmp_path / "many.geojson"
    feats = [{"type": "Feature", "properties": {"i": i},
              "geometry": {"type": "Point", "coordinates": [24 + i * 1e-5, 60.2]}} for i in range(120_000)]
    path.write_text(json.dumps({"type": "FeatureCollection", "features": feats}))
    seen: list[float] = []
    loaded = read_layer(path, progress=lambda f, m="": seen.append(f))
    assert loaded.report.n_features == 120_000
    assert len(seen) > 5 and seen == sorted(seen) and 0 < seen[len(seen) // 2] < 1
    calls = {"n": 0}

    def cancel_after_first_batch() -> bool:
        calls["n"] += 1
        return calls["n"] > 3

    with pytest.raises(Cancelled):
        read_layer(path, cancelled=cancel_after_first_batch)
    assert Path(path).exists()


# ---- the one format table: suffixes, the open dialog's filter and drops follow it ------------------------------------
def test_open_dialog_filter_is_derived_from_the_format_table():
    from layers.io.formats import OPEN_FILTERS

    expected = ";;".join((
        "All supported files (*.geojson *.json *.gpkg *.shp *.zip *.fgb *.parquet *.geoparquet *.csv *.tsv *.txt "
        "*.xlsx *.ods *.kml *.kmz *.gml *.gpx *.tab *.mif *.pbf *.osm)",
        "GeoJSON (*.geojson *.json)",
        "GeoPackage (*.gpkg)",
        "Shapefile (*.shp *.zip)",
        "FlatGeobuf (*.fgb)",
        "GeoParquet (*.parquet *.geoparquet)",
        "CSV with coordinates or WKT (*.csv *.tsv *.txt)",
        "XLSX/ODS spreadsheet with coordinates (*.xlsx *.ods)",  # issue #18: formats GDAL reads, offered too
        "KML (*.kml *.kmz)",
        "GML (*.gml)",
        "GPX (*.gpx)",
        "MapInfo (TAB, MIF) (*.tab *.mif)",
        "OpenStreetMap extract, highways (*.pbf *.osm)",  # issue #15: a street network to measure along
        "All files (*)",
    ))
    assert expected == OPEN_FILTERS  # what the loader's dialog showed when it kept its own copy


def test_every_suffix_of_the_table_is_on_one_dialog_line_and_loads_as_its_format(tmp_path):
    from layers.io.formats import EXTENSIONS, FILE_FORMATS, FORMAT_NAMES, OPEN_FILTERS, SUPPORTED_TEXT, file_format

    lines = OPEN_FILTERS.split(";;")[1:-1]
    for fmt in FILE_FORMATS:
        for suffix in fmt.suffixes:
            assert sum(f"*{suffix} " in line or f"*{suffix})" in line for line in lines) == 1, suffix
            assert EXTENSIONS[suffix] == fmt.key and FORMAT_NAMES[fmt.key] == fmt.name
            empty = tmp_path / f"empty{suffix}"
            empty.write_bytes(b"")
            assert file_format(empty) == fmt.key
        assert fmt.dialog.split()[0] in SUPPORTED_TEXT  # the error messages name every format family


def test_geodata_paths_and_csv_suffixes_come_from_the_table():
    from app.io import loader
    from layers.io import formats

    assert formats.is_geodata_path(Path("a/B.GeoJSON")) and formats.is_geodata_path(Path("tracks.gpx"))
    assert not formats.is_geodata_path(Path("photo.png")) and not formats.is_geodata_path(Path("project"))
    assert formats.CSV_SUFFIXES == (".csv", ".tsv", ".txt")
    assert loader.is_geodata_path is formats.is_geodata_path and loader.OPEN_FILTERS is formats.OPEN_FILTERS
    assert loader.CSV_SUFFIXES is formats.CSV_SUFFIXES
