"""XLSX/ODS open as CSV does (points from lon/lat or x/y columns); KML, GML, GPX and MapInfo open as GDAL reads
them.  The inputs are small files written here by GDAL itself."""

from __future__ import annotations

import geopandas as gpd
import pandas as pd
import pyogrio
import pytest
import shapely

from layers.errors import UserError
from layers.io import read_layer
from layers.io.formats import OPEN_FILTERS, file_format

STATIONS = pd.DataFrame({"name": ["Pasila", "Kerava", "nowhere"], "lon": [24.933, 25.104, None],
                         "lat": ["60,199", "60,404", None]})  # a Finnish sheet: a decimal comma typed as text


@pytest.mark.parametrize(("suffix", "driver"), [(".xlsx", "XLSX"), (".ods", "ODS")])
def test_a_spreadsheet_with_lon_lat_columns_opens_as_points(tmp_path, suffix, driver):
    path = tmp_path / f"asemat{suffix}"
    pyogrio.write_dataframe(STATIONS, path, driver=driver, layer="Asemat")
    assert file_format(path) == "spreadsheet"  # not "the zip holds no shapefile" (both are zip files)
    loaded = read_layer(path)
    assert list(loaded.data["name"]) == ["Pasila", "Kerava"]
    assert loaded.report.skipped_empty == 1  # the row without coordinates
    assert loaded.data.crs.to_epsg() == 3067
    assert loaded.data.geometry.iloc[0].distance(shapely.Point(385_500, 6_675_400)) < 1_000  # Pasila


def test_a_sheet_without_coordinates_says_how_to_name_them(tmp_path):
    path = tmp_path / "names.xlsx"
    pyogrio.write_dataframe(pd.DataFrame({"name": ["a"], "value": [1]}), path, driver="XLSX", layer="Sheet1")
    with pytest.raises(UserError, match=r"no coordinate columns.*lon/lat"):
        read_layer(path)


@pytest.mark.parametrize(("suffix", "driver"), [(".kml", "KML"), (".gml", "GML"), (".gpx", "GPX"),
                                                (".tab", "MapInfo File")])
def test_kml_gml_gpx_and_tab_open(tmp_path, suffix, driver):
    points = gpd.GeoDataFrame({"name": ["Pasila", "Kerava"]},
                              geometry=[shapely.Point(24.933, 60.199), shapely.Point(25.104, 60.404)], crs=4326)
    path = tmp_path / f"stations{suffix}"
    options = {"dataset_options": {"GPX_USE_EXTENSIONS": "YES"}} if driver == "GPX" else {}
    pyogrio.write_dataframe(points, path, driver=driver, layer="waypoints" if driver == "GPX" else "stations",
                            **options)
    loaded = read_layer(path)
    assert len(loaded.data) == 2
    assert loaded.data.crs.to_epsg() == 3067
    assert f"*{suffix}" in OPEN_FILTERS.split(";;")[0]  # offered by the Open dialog's "All supported files"
