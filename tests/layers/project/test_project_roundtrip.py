"""Save a project with real layers, reopen it: everything equal; the file is a plain GeoPackage for QGIS/ogrinfo."""

from __future__ import annotations

import shutil
import sqlite3
import subprocess

import geopandas as gpd
import pandas as pd
import pytest
import shapely
from geopandas.testing import assert_geodataframe_equal

from layers.hotspots import HotspotParams
from layers.io import read_layer
from layers.model import Layer, LayerKind, Style
from layers.project import load_project, read_state, save_project
from layers.project.schema import META_TABLE, SCHEMA_VERSION

pytestmark = pytest.mark.shared_data


def _frame_equal(a: gpd.GeoDataFrame, b: gpd.GeoDataFrame) -> None:
    assert list(a.columns) == list(b.columns)
    assert b.crs.to_epsg() == 3067
    assert_geodataframe_equal(a.reset_index(drop=True), b, check_dtype=False, check_less_precise=False)


@pytest.fixture()
def real_document(document, shared_data):
    stations = read_layer(shared_data / "fi_rail_stations_digitraffic_2024.geojson").data
    routes = read_layer(shared_data / "hsl_routes_2022.geojson").data
    stops = read_layer(shared_data / "hsl_stops_2022_central_helsinki.geojson").data
    document.layers.append(Layer(stations, "Rail stations", kind=LayerKind.TRANSPORT, radius_m=1500,
                                 source=str(shared_data / "fi_rail_stations_digitraffic_2024.geojson"),
                                 attribution="Fintraffic / digitraffic.fi, CC BY 4.0"))
    document.layers.append(Layer(routes, "HSL routes", kind=LayerKind.TRANSPORT, visible=False,
                                 style=Style(fill="#123456", stroke="#abcdef", width=3.5, opacity=0.7,
                                             category_field="mode",
                                             categories=(("bus", "#0000ff"), ("tram", "#00ff00")))))
    document.layers.insert(1, Layer(stops, "Stops (central Helsinki)", kind=LayerKind.PROJECT,
                                    note="GTFS 2022 snapshot"))
    document.layers.move(0, 3)  # the in-between layer above the region
    document.hotspot_layer.style = document.hotspot_layer.style.with_(fill="#ff0000", fill_opacity=0.25)
    document.settlement_layer.visible = True
    document.region_layer.name = "Kunnat"
    document.set_hotspot_params(HotspotParams(min_population=8000, density_per_km2=1500.0))
    document.view = (360_000.0, 6_660_000.0, 410_000.0, 6_690_000.0)
    return document


def test_round_trip_keeps_features_attributes_styles_order_radii_and_view(real_document, tmp_path):
    path = save_project(real_document, tmp_path / "plan.gpkg")
    loaded = load_project(path)
    assert [lyr.name for lyr in loaded.layers] == [lyr.name for lyr in real_document.layers]
    for a, b in zip(real_document.layers, loaded.layers, strict=True):
        assert (b.kind, b.radius_m, b.visible, b.style) == (a.kind, a.radius_m, a.visible, a.style), a.name
        assert (b.source, b.attribution) == (a.source, a.attribution), a.name
        _frame_equal(a.data, b.data)
    assert loaded.view == real_document.view
    assert loaded.hotspot_params == HotspotParams(min_population=8000, density_per_km2=1500.0)
    assert loaded.region.schematic is True
    assert loaded.region_layer is loaded.layers.by_name("Kunnat")
    assert loaded.hotspot_layer.note == real_document.hotspot_layer.note
    assert loaded.layers.by_name("Stops (central Helsinki)").note == "GTFS 2022 snapshot"
    # The built-in roles point at the layers in the list, so the document keeps recomputing them.
    loaded.set_hotspot_params(HotspotParams(min_population=50_000))
    assert len(loaded.hotspot_layer.data) < len(real_document.hotspot_layer.data)


def test_saving_twice_gives_the_same_state(real_document, tmp_path):
    first = save_project(real_document, tmp_path / "a.gpkg")
    again = save_project(load_project(first), tmp_path / "b.gpkg")
    a, b = read_state(first), read_state(again)
    a.saved_at = b.saved_at = ""
    assert a == b


def test_every_layer_is_a_plain_geopackage_table(real_document, tmp_path):
    import pyogrio

    path = save_project(real_document, tmp_path / "plan.gpkg")
    state = read_state(path)
    listed = {str(name): str(gtype) for name, gtype in pyogrio.list_layers(path)}
    for st in state.layers:
        info = pyogrio.read_info(path, layer=st.table)
        assert info["features"] == st.n_features
        assert info["crs"] == "EPSG:3067"
    assert listed["rm_rail_stations"] == "Point"
    assert listed["rm_hsl_routes"] in ("LineString", "MultiLineString")
    assert META_TABLE not in listed  # the state is regionmap's own data type, not a layer QGIS offers (issue #18)
    with sqlite3.connect(path) as con:
        (kind,) = con.execute("SELECT data_type FROM gpkg_contents WHERE table_name = ?", (META_TABLE,)).fetchone()
        (app_id,) = con.execute("PRAGMA application_id").fetchone()
    assert kind == "regionmap_state"
    assert app_id == 0x47504B47  # 'GPKG'
    assert state.schema_version == SCHEMA_VERSION


def test_ogrinfo_lists_every_layer(real_document, tmp_path):
    if shutil.which("ogrinfo") is None:
        pytest.skip("ogrinfo (Debian package gdal-bin) is not installed")
    path = save_project(real_document, tmp_path / "plan.gpkg")
    out = subprocess.run(["ogrinfo", "-ro", "-so", str(path)], capture_output=True, text=True, check=True).stdout
    for st in read_state(path).layers:
        assert f": {st.table}" in out
    detail = subprocess.run(["ogrinfo", "-ro", "-so", str(path), "rm_rail_stations"], capture_output=True,
                            text=True, check=True).stdout
    assert "Feature Count: 206" in detail
    assert "ETRS89 / TM35FIN" in detail or "3067" in detail


def test_official_boundaries_and_a_hotspot_layer_survive(document, shared_data, tmp_path):
    from layers.commands.common import boundaries_from_file

    muni = boundaries_from_file(shared_data / "fi_municipalities_2023_nls.geojson")
    muni = muni[muni["code"].isin(["091", "049", "092"])].reset_index(drop=True)  # Helsinki, Espoo, Vantaa
    document.set_boundaries(muni, "Capital region (NLS)", attribution="NLS, CC BY 4.0")
    zones = read_layer(shared_data / "syke_urban_zones_2021_capital_region.gpkg").data
    zones_layer = Layer(zones, "Urban zones", kind=LayerKind.HOTSPOT)
    document.layers.append(zones_layer)
    document.use_hotspot_layer(zones_layer)
    path = save_project(document, tmp_path / "capital.gpkg")
    loaded = load_project(path)
    assert loaded.region.schematic is False
    assert loaded.region.attribution == "NLS, CC BY 4.0"
    _frame_equal(muni, loaded.region.municipalities)
    assert loaded.hotspot_source is loaded.layers.by_name("Urban zones")
    _frame_equal(document.hotspot_layer.data, loaded.hotspot_layer.data)
    _frame_equal(document.in_between_layer.data, loaded.in_between_layer.data)


def test_awkward_columns_names_and_removed_builtin_layers(document, tmp_path):
    gdf = gpd.GeoDataFrame(
        {"fid": ["a", "b"], "name": ["x", "y"], "NAME": [1, 2], "tags": [["t1"], {"k": 1}],
         "when": pd.to_datetime(["2024-01-01", "2024-06-30"]), "ok": [True, False]},
        geometry=gpd.GeoSeries([shapely.Point(385_000, 6_672_000), shapely.Point(386_000, 6_673_000)]),
        crs="EPSG:3067",
    ).rename_geometry("shape")
    document.layers.append(Layer(gdf, "Ääkköset / test", kind=LayerKind.ENERGY))
    document.layers.append(Layer(gdf.iloc[:0], "Empty", kind=LayerKind.OTHER))
    document.layers.append(Layer(gdf, "Ääkköset / test", kind=LayerKind.OTHER))  # a duplicate name
    document.layers.remove(document.settlement_layer)
    path = save_project(document, tmp_path / "odd.gpkg")
    loaded = load_project(path)
    assert [lyr.name for lyr in loaded.layers] == [lyr.name for lyr in document.layers]
    assert loaded.settlement_layer not in loaded.layers
    got = loaded.layers[-1].data
    assert list(got.columns) == ["fid", "name", "NAME", "tags", "when", "ok", "shape"]
    assert got.geometry.name == "shape"
    assert got["fid"].tolist() == ["a", "b"] and got["NAME"].tolist() == [1, 2]
    assert got["tags"].tolist() == ["['t1']", "{'k': 1}"]  # non-scalar values are stored as text
    assert got["ok"].tolist() == [True, False]
    assert loaded.layers.by_name("Empty").data.empty
    assert {st.table for st in read_state(path).layers} >= {"rm_aakkoset_test", "rm_aakkoset_test_2", "rm_empty"}


def test_save_refuses_a_bad_target(document, tmp_path):
    from layers.errors import UserError

    with pytest.raises(UserError, match=r"must end in \.gpkg"):
        save_project(document, tmp_path / "plan.qgz")
    with pytest.raises(UserError, match="does not exist"):
        save_project(document, tmp_path / "nope" / "plan.gpkg")
    assert list(tmp_path.iterdir()) == []


def test_adopt_moves_a_loaded_project_into_the_open_document(real_document, document, tmp_path):
    from layers.events import Event
    from layers.project.adopt import adopt

    path = save_project(real_document, tmp_path / "plan.gpkg")
    seen: list[str] = []
    document.events.connect(lambda e: seen.append(e.type))
    document.layers.events.connect(lambda e: seen.append(e.type) if isinstance(e, Event) else None)
    adopt(document, load_project(path))
    assert [lyr.name for lyr in document.layers] == [lyr.name for lyr in real_document.layers]
    assert document.region_layer is document.layers.by_name("Kunnat")
    assert document.view == real_document.view
    assert {"removed", "inserted", "region", "hotspots", "project"} <= set(seen)
    # the document still works: its derived layers follow new parameters
    before = len(document.hotspot_layer.data)
    document.set_hotspot_params(HotspotParams(min_population=60_000))
    assert len(document.hotspot_layer.data) < before
    document.layers.remove(document.layers.by_name("Rail stations"))
    assert document.layers.by_name("Rail stations") is None
