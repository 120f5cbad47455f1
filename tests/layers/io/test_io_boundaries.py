"""Official boundaries from a file and from a (loopback) WFS with an offline cache."""

from __future__ import annotations

import http.server
import threading
from pathlib import Path

import pytest

from layers.errors import Cancelled, UserError
from layers.io import read_layer
from layers.io.boundaries import LAND_NOTE, load_boundaries, prepare_boundaries, suggest_fields
from layers.io.wfs import cache_path, download_boundaries, official_boundaries, request_url

MUNIS = "fi_municipalities_2023_nls.geojson"


def test_suggest_fields_on_real_file(shared_data):
    gdf = read_layer(shared_data / MUNIS).data
    f = suggest_fields(gdf)
    assert (f.name, f.code) == ("NAMEFIN", "NATCODE")


def test_within_region_keeps_the_26_uusimaa_municipalities(shared_data, document):
    res = load_boundaries(shared_data / MUNIS, within=document.region.outline, land=document.land)
    names = set(res.data["name"])
    assert len(res.data) == 26 and names == set(document.region.municipalities["name"])
    assert res.land_clipped and LAND_NOTE in res.notes and res.dropped == 309 - 26
    assert list(res.data.columns[:3]) == ["code", "name", "land_area_km2"]
    helsinki = res.data[res.data["name"] == "Helsinki"].iloc[0]
    raw = read_layer(shared_data / MUNIS).data
    raw_h = raw[raw["NAMEFIN"] == "Helsinki"].iloc[0]
    # the NLS polygon includes sea; clipped to land it must be clearly smaller and near the official land area
    assert helsinki["land_area_km2"] < raw_h.geometry.area / 1e6 * 0.8
    assert abs(helsinki["land_area_km2"] - float(raw_h["LANDAREA"])) / float(raw_h["LANDAREA"]) < 0.35
    assert res.data.crs.to_epsg() == 3067 and res.data.geometry.is_valid.all()
    document.set_boundaries(res.data, "official", "Municipal boundaries: NLS, CC BY 4.0")
    assert not document.region.schematic and len(document.region_layer.data) == 26


def test_filter_by_field_value(shared_data):
    """Filter by a field (here: the municipality codes of Espoo, Helsinki and Vantaa) without a land clip."""
    res = load_boundaries(shared_data / MUNIS, name_field="NAMEFIN", code_field="NATCODE", filter_field="NATCODE",
                          filter_values=["049", "091", "092"])
    assert sorted(res.data["name"]) == ["Espoo", "Helsinki", "Vantaa"] and not res.land_clipped
    assert sorted(res.data["code"]) == ["049", "091", "092"]
    with pytest.raises(UserError, match="no areas are left"):
        load_boundaries(shared_data / MUNIS, filter_field="NATCODE", filter_values=["999"])
    with pytest.raises(UserError, match="has no field 'kunta_x'"):
        load_boundaries(shared_data / MUNIS, name_field="kunta_x")


def test_points_are_not_boundaries(shared_data):
    gdf = read_layer(shared_data / "fi_rail_stations_digitraffic_2024.geojson").data
    with pytest.raises(UserError, match="has no polygons"):
        prepare_boundaries(gdf, source="stations")


class _Server:
    """A loopback WFS: answers every GET with the given file as application/json, counting requests."""

    def __init__(self, body: bytes, content_type: str = "application/json", status: int = 200):
        self.requests: list[str] = []
        outer = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_GET(self):
                outer.requests.append(self.path)
                self.send_response(status)
                self.send_header("Content-Type", content_type)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args):
                pass

        self.httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}/geoserver/tilastointialueet/wfs"
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self.thread.start()

    def stop(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


def test_wfs_download_then_offline_cache(shared_data, document):
    server = _Server((shared_data / MUNIS).read_bytes())
    try:
        seen: list[float] = []
        frame, got, notes = official_boundaries(base_url=server.url, within=document.region.outline,
                                                land=document.land, progress=lambda f, m="": seen.append(f))
        assert not got.from_cache and len(server.requests) == 1
        q = server.requests[0]
        assert "request=GetFeature" in q and "typeNames=tilastointialueet%3Akunta4500k_2023" in q
        assert "outputFormat=application%2Fjson" in q and "srsName=EPSG%3A3067" in q
        assert len(frame) == 26 and got.path == cache_path(server.url) and got.path.exists()
        assert seen[-1] == 1.0 and seen == sorted(seen)
        assert any("downloaded from" in n for n in notes)
    finally:
        server.stop()
    # the server is gone: the cache answers, no network
    frame2, got2, notes2 = official_boundaries(base_url=server.url, within=document.region.outline,
                                               land=document.land)
    assert got2.from_cache and len(frame2) == 26 and "read from the cache (no network)" in notes2
    assert sorted(frame2["code"]) == sorted(frame["code"])
    # refresh with the server down falls back to the cache with a note
    got3 = download_boundaries(base_url=server.url, refresh=True, timeout=2)
    assert got3.from_cache and any("download failed" in n for n in got3.loaded.report.notes)


def test_wfs_errors_are_clear_and_leave_no_cache(tmp_path):
    down = _Server(b"")
    down.stop()
    with pytest.raises(UserError, match="could not download the boundaries"):
        download_boundaries(base_url=down.url, timeout=2)
    assert not cache_path(down.url).exists()
    xml = b'<ows:ExceptionReport><ows:ExceptionText>Unknown type tilastointialueet:nope</ows:ExceptionText>'
    bad = _Server(xml, content_type="application/xml")
    try:
        with pytest.raises(UserError, match="Unknown type tilastointialueet:nope"):
            download_boundaries(base_url=bad.url, layer="tilastointialueet:nope", timeout=5)
    finally:
        bad.stop()
    garbage = _Server(b'{"type": "FeatureCollection", "features": [')
    try:
        with pytest.raises(UserError, match="not usable boundaries"):
            download_boundaries(base_url=garbage.url, timeout=5)
        assert not cache_path(garbage.url).exists()
        assert not list(Path(cache_path(garbage.url)).parent.glob("*.part*"))
    finally:
        garbage.stop()
    missing = _Server(b"no", status=404)
    try:
        with pytest.raises(UserError, match="HTTP 404"):
            download_boundaries(base_url=missing.url, timeout=5)
    finally:
        missing.stop()


def test_wfs_cancel(shared_data):
    server = _Server((shared_data / MUNIS).read_bytes())
    try:
        with pytest.raises(Cancelled):
            download_boundaries(base_url=server.url, cancelled=lambda: True)
        assert not cache_path(server.url).exists()
    finally:
        server.stop()


def test_request_url_keeps_existing_query():
    url = request_url("http://h/wfs?map=x", "a:b")
    assert url.startswith("http://h/wfs?map=x&service=WFS&") and "typeNames=a%3Ab" in url


def test_wfs_boundaries_answered_in_gml(shared_data, document):
    """A WFS that answers GML 3.2 (multi-surfaces, GK25 named by URN: northing first) gives the same 26
    municipalities as its GeoJSON."""
    import geopandas as gpd

    from tests.layers.io.population_server import gml_page

    munis = gpd.read_file(shared_data / MUNIS).to_crs(3879)
    body = gml_page(munis, "tilastointialueet:kunta4500k_2023", "urn:ogc:def:crs:EPSG::3879", matched=len(munis),
                    y_first=True)
    server = _Server(body, content_type="application/gml+xml; version=3.2")
    try:
        frame, got, _ = official_boundaries(base_url=server.url, within=document.region.outline, land=document.land)
    finally:
        server.stop()
    assert len(frame) == 26 and not got.from_cache and got.path.exists()
    helsinki = frame[frame["code"] == "091"].geometry.iloc[0]
    assert helsinki.representative_point().within(document.region.municipalities.union_all().buffer(5_000))
