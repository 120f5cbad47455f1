"""Loading in the GUI: files dropped on the real main window become layers in the panel and on the map; broken
files leave a message naming the file and every loaded layer untouched."""

from __future__ import annotations

import json
import time
from pathlib import Path

import geopandas as gpd
import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QColor, QDropEvent
from shapely.geometry import Point, box

from app.io import loader as io_actions
from app.io.load_dialog import LoadChoice, LoadDialog, default_choice
from layers.model import LayerKind

pytestmark = pytest.mark.gui
HELSINKI_LONLAT = [(24.94 + 0.01 * i, 60.17 + 0.005 * i) for i in range(5)]


@pytest.fixture()
def window(qtbot, document, monkeypatch):
    from app.layerlist import panel as layer_panel
    from app.main_window import MainWindow

    monkeypatch.setattr(io_actions, "ASK", False)
    w = MainWindow(document, install_features=False)
    layer_panel.install(w)
    io_actions.install(w)
    qtbot.addWidget(w)
    w.resize(1000, 700)
    w.show()
    qtbot.waitExposed(w)
    w.canvas.zoom_to_region()
    yield w
    w.task_runner.cancel_all()
    w.task_runner.wait_idle(10)
    w.close_guards.clear()


def loader_of(window) -> io_actions.Loader:
    return window.features.require(io_actions.LOADER)


def _drop(window, paths: list[Path]) -> None:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    event = QDropEvent(QPointF(200, 200), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier)
    window.dropEvent(event)
    assert window.task_runner.wait_idle(60)


def _stations_geojson(path: Path) -> Path:
    features = [{"type": "Feature", "properties": {"name": f"S{i}"},
                 "geometry": {"type": "Point", "coordinates": list(c)}} for i, c in enumerate(HELSINKI_LONLAT)]
    path.write_text(json.dumps({"type": "FeatureCollection", "features": features}))
    return path


def _colour_count(image, colour: str) -> int:
    target = QColor(colour).rgb()
    step = 2
    return sum(1 for x in range(0, image.width(), step) for y in range(0, image.height(), step)
               if image.pixel(x, y) == target)


def test_dropped_file_becomes_a_layer_in_the_panel_and_on_the_map(window, tmp_path):
    path = _stations_geojson(tmp_path / "rail_stations.geojson")
    before = list(window.document.layers)
    _drop(window, [path])
    new = [lyr for lyr in window.document.layers if lyr not in before]
    assert len(new) == 1
    layer = new[0]
    assert layer.kind is LayerKind.TRANSPORT and layer.radius_m == 800  # guessed from the name and geometry
    from app.layerlist.panel import LAYER_PANEL

    panel = window.features.require(LAYER_PANEL)
    assert panel.model.data(panel.model.index(0, 0)) == "rail_stations"  # on top of the panel
    assert panel.current_layer() is layer
    assert layer.bounds[0] > 380000 and layer.bounds[1] > 6670000  # lon/lat went to EPSG:3067
    layer.style = layer.style.with_(fill="#ff00ff", stroke="#ff00ff", point_size=14, opacity=1.0)
    window.canvas.zoom_to_layer(layer)
    image = window.canvas.render_to_pixmap().toImage()
    assert _colour_count(image, "#ff00ff") >= 8  # 5 dots of 14 px, sampled every 2nd pixel
    layer.visible = False
    image = window.canvas.render_to_pixmap().toImage()
    assert _colour_count(image, "#ff00ff") == 0


def test_a_windows_1252_file_loads_with_a_warning_on_the_layer_and_in_the_message(window, tmp_path):
    path = tmp_path / "asemat.geojson"
    features = [{"type": "Feature", "properties": {"name": "Mäntsälä"},
                 "geometry": {"type": "Point", "coordinates": [25.32, 60.63]}}]
    path.write_bytes(json.dumps({"type": "FeatureCollection", "features": features},
                                ensure_ascii=False).encode("cp1252"))
    _drop(window, [path])
    layer = loader_of(window).loaded_layers[-1]
    assert layer.data["name"].tolist() == ["Mäntsälä"]
    assert "not UTF-8" in layer.note
    warnings = [item.text for item in window.message_bar.items() if item.level == "warning"]
    assert any("Added 'asemat'" in t and "Windows-1252" in t for t in warnings)


def test_dropping_several_files_loads_each(window, tmp_path):
    a = _stations_geojson(tmp_path / "a.geojson")
    b = tmp_path / "b.geojson"
    b.write_text(json.dumps({"type": "Feature", "properties": {"v": 1},
                             "geometry": {"type": "Point", "coordinates": [25.0, 60.3]}}))
    n = len(window.document.layers)
    _drop(window, [a, b])
    assert len(window.document.layers) == n + 2
    assert {lyr.name for lyr in loader_of(window).loaded_layers} == {"a", "b"}


@pytest.mark.parametrize("content, name", [
    ("{\"type\": \"FeatureCollection\", \"features\": [", "broken.geojson"),
    ("", "empty.geojson"),
    ("just some text, not geodata\n", "notes.json"),
])
def test_broken_file_shows_message_and_keeps_layers(window, tmp_path, content, name):
    good = _stations_geojson(tmp_path / "good.geojson")
    _drop(window, [good])
    snapshot = [(lyr, lyr.name, lyr.data, lyr.style, lyr.visible) for lyr in window.document.layers]
    bad = tmp_path / name
    bad.write_text(content)
    _drop(window, [bad])
    assert [(lyr, lyr.name, lyr.data, lyr.style, lyr.visible) for lyr in window.document.layers] == snapshot
    errors = [item.text for item in window.message_bar.items() if item.level == "error"]
    assert errors and name in errors[-1]
    assert "Traceback" not in errors[-1]


def test_zip_without_shapefile_fails_cleanly(window, tmp_path):
    import zipfile

    path = tmp_path / "nothing.zip"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("readme.txt", "no shapefile here")
    n = len(window.document.layers)
    _drop(window, [path])
    assert len(window.document.layers) == n
    assert any("nothing.zip" in t for t in window.message_bar.texts())


def test_geopackage_with_several_layers_loads_the_chosen(window, tmp_path):
    path = tmp_path / "plans.gpkg"
    sites = gpd.GeoDataFrame({"n": [1]}, geometry=[box(385000, 6672000, 386000, 6673000)], crs="EPSG:3067")
    stops = gpd.GeoDataFrame({"n": [1, 2]}, geometry=[Point(385000, 6672000), Point(386000, 6673000)],
                             crs="EPSG:3067")
    sites.to_file(path, layer="sites")
    stops.to_file(path, layer="stops")
    _drop(window, [path])
    names = sorted(lyr.name for lyr in loader_of(window).loaded_layers)
    assert names == ["plans — sites", "plans — stops"]
    stops_layer = next(lyr for lyr in loader_of(window).loaded_layers if lyr.name.endswith("stops"))
    assert len(stops_layer.data) == 2 and stops_layer.kind is LayerKind.TRANSPORT


def test_confirm_with_another_crs_reads_the_file_again(window, tmp_path, monkeypatch):
    # metre coordinates of the Helsinki GK25 zone; the user says EPSG:3879
    path = tmp_path / "sites.geojson"
    path.write_text(json.dumps({"type": "FeatureCollection", "features": [
        {"type": "Feature", "properties": {}, "geometry": {"type": "Point", "coordinates": [25497000, 6672000]}}]}))
    seen: list[str] = []

    def confirm(loaded, name, parent):
        seen.append(loaded.report.crs)
        if loaded.report.crs != "EPSG:3879":
            return LoadChoice(name, LayerKind.PROJECT, None, crs="EPSG:3879")
        return LoadChoice("Sites", LayerKind.PROJECT, None)

    monkeypatch.setattr(io_actions, "CONFIRM", confirm)
    _drop(window, [path])
    window.task_runner.wait_idle(30)
    assert seen[-1] == "EPSG:3879"
    layer = loader_of(window).loaded_layers[-1]
    assert layer.name == "Sites"
    x, y = layer.data.geometry.iloc[0].x, layer.data.geometry.iloc[0].y
    assert 380000 < x < 400000 and 6660000 < y < 6685000  # Helsinki, not the middle of nowhere


def test_cancelled_confirmation_adds_nothing(window, tmp_path, monkeypatch):
    monkeypatch.setattr(io_actions, "CONFIRM", lambda loaded, name, parent: None)
    n = len(window.document.layers)
    _drop(window, [_stations_geojson(tmp_path / "x.geojson")])
    assert len(window.document.layers) == n


def test_hotspot_kind_makes_the_layer_the_hot_spots(window, tmp_path, monkeypatch):
    path = tmp_path / "centres.geojson"
    gpd.GeoDataFrame({"n": [1]}, geometry=[box(385000, 6672000, 390000, 6677000)], crs="EPSG:3067").to_file(path)
    monkeypatch.setattr(io_actions, "CONFIRM", lambda loaded, name, parent: LoadChoice(name, LayerKind.HOTSPOT, None))
    _drop(window, [path])
    layer = loader_of(window).loaded_layers[-1]
    assert window.document.hotspot_source is layer
    stack = window.session.undo_stack  # there without the project actions
    stack.undo()  # adding the layer and making it the hot spots is one step
    assert layer not in list(window.document.layers) and window.document.hotspot_source is None
    stack.redo()
    assert window.document.hotspot_source is layer


def test_non_geodata_paths_are_left_to_other_handlers(window, tmp_path):
    path = tmp_path / "project.regionmap"
    path.write_text("{}")
    assert loader_of(window).handle_path(path) is False


def test_file_open_action_is_ctrl_shift_v(window):
    action = window.actions["open_file"]
    assert action.shortcut().toString() == "Ctrl+Shift+V"  # QGIS's "add vector layer"; Ctrl+O opens a project
    assert window.menus["file"].actions()[0] is action


def test_load_dialog_defaults_and_crs_change(qtbot, tmp_path):
    from layers.io.read import read_layer

    loaded = read_layer(_stations_geojson(tmp_path / "bus_stops.geojson"))
    dialog = LoadDialog(loaded, "bus_stops")
    qtbot.addWidget(dialog)
    choice = dialog.choice()
    assert choice == default_choice(loaded, "bus_stops")
    assert choice.kind is LayerKind.TRANSPORT and choice.radius_m == 800 and choice.crs is None
    assert "features: 5" in dialog.summary.toPlainText()
    dialog.kind.setCurrentIndex(dialog.kind.findData("project"))
    assert not dialog.radius.isEnabled() and dialog.choice().radius_m is None
    dialog.crs.setCurrentIndex(dialog.crs.findData("EPSG:3879"))
    assert dialog.choice().crs == "EPSG:3879"
    assert dialog.kind.findData("hotspot") < 0  # points cannot be hot spot areas


def test_real_rail_stations_load_in_uusimaa(window, shared_data):
    _drop(window, [shared_data / "fi_rail_stations_digitraffic_2024.geojson"])
    layer = loader_of(window).loaded_layers[-1]
    assert len(layer.data) > 100
    assert layer.kind is LayerKind.TRANSPORT
    x0, y0, x1, y1 = window.document.region_extent()
    inside = layer.data.cx[x0:x1, y0:y1]
    assert len(inside) > 20  # the Uusimaa stations land in Uusimaa in EPSG:3067


# ---- official boundaries ---------------------------------------------------------------------------------------
def _real_municipalities(shared_data):
    from layers.io.read import read_layer

    return read_layer(shared_data / "fi_municipalities_2023_nls.geojson").data


def _settled(window, dialog):
    """The dialog once its preview (a task) is ready."""
    deadline = time.monotonic() + 60
    while dialog.preview_pending() and time.monotonic() < deadline:
        window.task_runner.wait_idle(0.05)
    assert window.task_runner.wait_idle(60) and not dialog.preview_pending()
    return dialog


def _boundaries_dialog_on_nls_file(window, shared_data, monkeypatch):
    """The boundaries dialog with the real NLS municipalities file read in (no modal questions)."""
    from app.io import boundaries_dialog

    monkeypatch.setattr(boundaries_dialog, "ASK", False)
    dialog = boundaries_dialog.open_dialog(window)
    dialog.from_file.setChecked(True)
    dialog.path_edit.setText(str(shared_data / "fi_municipalities_2023_nls.geojson"))
    dialog.read_source()
    assert window.task_runner.wait_idle(60)
    return _settled(window, dialog)


def test_boundaries_dialog_keeps_uusimaa_and_counts_land_only(window, shared_data, monkeypatch):
    from app.io import boundaries_dialog

    dialog = _boundaries_dialog_on_nls_file(window, shared_data, monkeypatch)
    assert (dialog.code_field.currentText(), dialog.name_field.currentText()) == ("NATCODE", "NAMEFIN")
    out = dialog.prepared
    codes = set(window.document.region.municipalities["code"])
    assert out is not None and len(out) == 26 and set(out["code"]) == codes
    gdf = dialog.source_data
    official = gdf[gdf["NATCODE"].isin(codes)]
    # polygons include sea: the kept areas count land (and lakes) only
    assert out["land_area_km2"].sum() == pytest.approx(official[["LANDAREA", "FRESHWAREA"]].sum().sum(), rel=0.15)
    assert out["land_area_km2"].sum() < 0.9 * official["TOTALAREA"].sum()
    dialog.filter_mode.setCurrentIndex(dialog.filter_mode.findData(boundaries_dialog.FILTER_INTERSECT))
    _settled(window, dialog)
    assert 24 <= len(dialog.prepared) <= 28 and "Helsinki" in set(dialog.prepared["name"])
    assert "land only" in boundaries_dialog.LAND_NOTE


class _WfsServer:
    """A loopback WFS stand-in: answers every GET with the given GeoJSON bytes."""

    def __init__(self, body: bytes) -> None:
        import threading
        from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

        self.requests: list[str] = []
        outer = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                outer.requests.append(self.path)
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args: object) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/geoserver/wfs"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()


def test_download_official_boundaries_then_offline_from_cache(window, shared_data, monkeypatch):
    from app.io import boundaries_dialog

    gdf = _real_municipalities(shared_data)
    wfs = gdf.rename(columns={"NATCODE": "kunta", "NAMEFIN": "nimi", "NAMESWE": "namn"})[
        ["kunta", "nimi", "namn", "geometry"]]
    server = _WfsServer(wfs.to_json(to_wgs84=False).encode())
    monkeypatch.setattr(boundaries_dialog, "WFS_BASE", server.url)
    monkeypatch.setattr(boundaries_dialog, "ASK", False)
    boundaries = boundaries_dialog.install(window)
    assert window.banner_visible()
    try:
        window.actions["load_official_boundaries"].trigger()
        dialog = boundaries.dialog
        assert dialog.from_wfs.isChecked()
        dialog.read_source()
        assert window.task_runner.wait_idle(60)
        _settled(window, dialog)
    finally:
        server.stop()
    assert server.requests and "typeNames=tilastointialueet" in server.requests[0]
    assert dialog.code_field.currentText() == "kunta" and dialog.name_field.currentText() == "nimi"
    assert dialog.prepared is not None and len(dialog.prepared) == 26, dialog.status.text()
    dialog.accept()
    doc = window.document
    assert not doc.region.schematic and "Statistics Finland" in doc.region_layer.attribution
    assert len(doc.region_layer.data) == 26 and "name_sv" in doc.region_layer.data.columns
    assert not window.banner_visible()
    # server gone: a new dialog still gets the boundaries, from the cache in the user data folder
    again = boundaries_dialog.open_dialog(window)
    again.read_source()
    assert window.task_runner.wait_idle(60)
    _settled(window, again)
    assert again.cached and again.prepared is not None and len(again.prepared) == 26
    assert "cache" in again.status.text()


def test_boundaries_from_a_file_with_a_field_filter(window, shared_data, monkeypatch):
    from app.io import boundaries_dialog

    dialog = _boundaries_dialog_on_nls_file(window, shared_data, monkeypatch)
    dialog.filter_mode.setCurrentIndex(dialog.filter_mode.findData(boundaries_dialog.FILTER_FIELD))
    dialog.filter_field.setCurrentText("NAMEFIN")
    dialog.filter_value.setText("Helsinki")
    _settled(window, dialog)
    assert dialog.prepared is not None and list(dialog.prepared["name"]) == ["Helsinki"]
    dialog.filter_value.setText("nowhere")
    _settled(window, dialog)
    assert dialog.prepared is None and not dialog.ok_button.isEnabled()
    assert "no areas are left" in dialog.status.text()


def test_using_official_boundaries_is_not_a_partial_undo_step_and_the_credit_follows_the_layer(
        window, shared_data, monkeypatch):
    dialog = _boundaries_dialog_on_nls_file(window, shared_data, monkeypatch)
    stack = window.session.undo_stack  # there without the project actions
    steps = stack.undo_text
    dialog.apply()
    region_layer = window.document.region_layer
    assert not window.document.region.schematic and stack.undo_text == steps  # no rename or credit step of its own
    credit = window.document.region.attribution
    assert credit and region_layer.attribution == credit
    region_layer.attribution = "NLS municipal division 2023, CC BY 4.0 (edited)"
    assert window.document.region.attribution == region_layer.attribution  # exports print the edited credit
    stack.undo()
    assert window.document.region.attribution == credit


def test_download_failure_without_cache_is_a_clear_message(window, monkeypatch):
    from app.io import boundaries_dialog

    monkeypatch.setattr(boundaries_dialog, "WFS_BASE", "http://127.0.0.1:9/nothing")
    dialog = boundaries_dialog.BoundariesDialog(window)
    n = len(window.document.layers)
    dialog.read_source()
    assert window.task_runner.wait_idle(60)
    assert "could not download" in dialog.error and dialog.prepared is None
    assert window.document.region.schematic and len(window.document.layers) == n


# ---- CSV -------------------------------------------------------------------------------------------------------
def test_csv_with_lon_lat_columns_loads(window, tmp_path):
    path = tmp_path / "chargers.csv"
    path.write_text("name;lat;lon\n" + "".join(f"C{i};{lat};{lon}\n" for i, (lon, lat) in enumerate(HELSINKI_LONLAT)))
    _drop(window, [path])
    layer = loader_of(window).loaded_layers[-1]
    assert len(layer.data) == 5 and list(layer.data["name"])[:2] == ["C0", "C1"]
    assert layer.kind is LayerKind.ENERGY  # "charg" in the name
    assert 380000 < layer.bounds[0] < 400000


def test_csv_columns_changed_in_the_dialog_reads_again(window, tmp_path, monkeypatch):
    from dataclasses import replace

    path = tmp_path / "sites.csv"
    rows = "".join(f"S{i},{lon},{lat},{lon + 0.2},{lat + 0.1}\n" for i, (lon, lat) in enumerate(HELSINKI_LONLAT))
    path.write_text("name,lon,lat,alt_lon,alt_lat\n" + rows)
    calls: list[object] = []

    def confirm(loaded, name, parent):
        calls.append(loaded)
        if len(calls) == 1:
            from layers.io.csv_points import detect_csv_columns

            cols = replace(detect_csv_columns(path), x="alt_lon", y="alt_lat")
            return LoadChoice(name, LayerKind.PROJECT, None, csv_columns=cols)
        return LoadChoice(name, LayerKind.PROJECT, None)

    monkeypatch.setattr(io_actions, "CONFIRM", confirm)
    _drop(window, [path])
    window.task_runner.wait_idle(30)
    assert len(calls) == 2
    first, second = calls[0].data.geometry.iloc[0], loader_of(window).loaded_layers[-1].data.geometry.iloc[0]
    assert second.x - first.x > 5000  # 0.2 degrees east at 60 N is about 11 km


def test_csv_without_recognised_columns_asks_or_fails_clearly(window, tmp_path, monkeypatch):
    from app.io import load_dialog

    path = tmp_path / "odd.csv"
    path.write_text("site,pos_a,pos_b\n" + "".join(f"S{i},{lon},{lat}\n" for i, (lon, lat) in
                                                 enumerate(HELSINKI_LONLAT)))
    n = len(window.document.layers)
    _drop(window, [path])  # ASK is False: no dialog, a clear message
    assert len(window.document.layers) == n
    assert any("odd.csv" in t and "coordinate columns" in t for t in window.message_bar.texts())
    monkeypatch.setattr(io_actions, "ASK", True)
    monkeypatch.setattr(io_actions, "CONFIRM", lambda loaded, name, parent: LoadChoice(name, LayerKind.OTHER, None))
    asked = []

    def pick(file_name, detected, parent):
        asked.append(detected.columns)
        return replace(detected, x="pos_a", y="pos_b")

    from dataclasses import replace

    monkeypatch.setattr(load_dialog, "ask_csv_columns", pick)
    _drop(window, [path])
    assert asked and "pos_a" in asked[0]
    assert len(window.document.layers) == n + 1


def test_load_dialog_offers_csv_columns(qtbot, tmp_path):
    from layers.io.csv_points import detect_csv_columns
    from layers.io.read import read_layer

    path = tmp_path / "p.csv"
    path.write_text("name,lon,lat,x2,y2\n" + "".join(f"S{i},{lon},{lat},{lon},{lat}\n"
                                                     for i, (lon, lat) in enumerate(HELSINKI_LONLAT)))
    cols = detect_csv_columns(path)
    dialog = LoadDialog(read_layer(path), "p", None, cols)
    qtbot.addWidget(dialog)
    assert dialog.csv_box is not None and dialog.choice().csv_columns is None
    dialog.csv_box.x_column.setCurrentText("x2")
    assert dialog.choice().csv_columns.x == "x2"


def test_zip_with_two_shapefiles_loads_each(window, tmp_path):
    import zipfile

    folder = tmp_path / "shp"
    folder.mkdir()
    gpd.GeoDataFrame({"n": [1]}, geometry=[Point(385000, 6672000)], crs="EPSG:3067").to_file(folder / "stops.shp")
    gpd.GeoDataFrame({"n": [1]}, geometry=[box(385000, 6672000, 386000, 6673000)],
                     crs="EPSG:3067").to_file(folder / "areas.shp")
    path = tmp_path / "bundle.zip"
    with zipfile.ZipFile(path, "w") as zf:
        for f in folder.iterdir():
            zf.write(f, f.name)
    _drop(window, [path])
    assert sorted(lyr.name for lyr in loader_of(window).loaded_layers) == ["bundle — areas", "bundle — stops"]


# ---- robustness --------------------------------------------------------------------------------------------------
def test_cancelled_load_adds_nothing_and_is_not_an_error(window, tmp_path):
    import numpy as np

    n_points = 120_000
    gdf = gpd.GeoDataFrame({"v": np.arange(n_points)}, geometry=gpd.points_from_xy(
        np.linspace(24.5, 25.5, n_points), np.linspace(60.1, 60.5, n_points)), crs="EPSG:4326")
    path = tmp_path / "many.geojson"
    gdf.to_file(path)
    n = len(window.document.layers)
    loader_of(window).load(path)
    handles = window.task_runner.active()
    assert handles
    handles[0].cancel()
    assert window.task_runner.wait_idle(60)
    assert handles[0].status == "cancelled"
    assert len(window.document.layers) == n and not loader_of(window).failures


def test_random_bytes_never_escape_as_exceptions(window, tmp_path):
    from hypothesis import HealthCheck, given, settings
    from hypothesis import strategies as st

    good = _stations_geojson(tmp_path / "good.geojson")
    _drop(window, [good])
    snapshot = [(lyr, lyr.data) for lyr in window.document.layers]
    counter = iter(range(10_000))

    @settings(max_examples=25, deadline=None, suppress_health_check=list(HealthCheck))
    @given(st.binary(max_size=300), st.sampled_from([".geojson", ".csv", ".gpkg", ".zip", ".fgb", ".json"]))
    def drop_garbage(content: bytes, suffix: str) -> None:
        path = tmp_path / f"junk{next(counter)}{suffix}"
        path.write_bytes(content)
        before = len(loader_of(window).failures) + len(loader_of(window).loaded_layers)
        _drop(window, [path])
        # every file ends as a clear message or a layer; anything unexpected would be logged as "unexpected"
        assert len(loader_of(window).failures) + len(loader_of(window).loaded_layers) > before
        assert not any("unexpected" in f.lower() or "Traceback" in f for f in loader_of(window).failures)

    drop_garbage()
    for lyr, data in snapshot:
        assert lyr in window.document.layers and lyr.data is data


def test_dialogs_are_skipped_on_the_headless_platform(monkeypatch):
    from PySide6.QtGui import QGuiApplication

    monkeypatch.setattr(io_actions, "ASK", None)
    assert io_actions.asking() is (QGuiApplication.platformName() != "offscreen")
    monkeypatch.setattr(io_actions, "ASK", True)
    assert io_actions.asking() is True


def test_an_unattended_window_loads_with_the_defaults_and_never_asks(window, tmp_path, monkeypatch):
    """As in ``regionmap --screenshot OUT FILE`` on a real display: no load dialog, even where one would ask."""
    from app import gui_main
    from app.io import load_dialog

    def no_dialog(*args: object, **kwargs: object) -> None:
        raise AssertionError("a modal load dialog was opened")

    monkeypatch.setattr(io_actions, "ASK", True)  # an interactive session would ask
    for name in ("ask_csv_columns", "ask_layers", "ask_load_choice"):
        monkeypatch.setattr(load_dialog, name, no_dialog)
    gui_main._make_unattended(window)
    points = tmp_path / "stops.csv"
    points.write_text("name,lon,lat\nA,24.94,60.17\nB,24.95,60.18\n", encoding="utf-8")
    odd = tmp_path / "odd.csv"
    odd.write_text("name,p,q\nA,1,2\n", encoding="utf-8")
    _drop(window, [points, odd])
    names = [layer.name for layer in loader_of(window).loaded_layers]
    assert names == ["stops"]  # loaded with the default choice
    assert any("odd.csv" in f and "no coordinate columns" in f for f in loader_of(window).failures)
