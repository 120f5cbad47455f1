"""The HTML map: escaped popups (checked in headless Chromium), offline page, simplification, size."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import tempfile

import pytest

from layers.export.html_map import HtmlOptions, esc, export_html, simplify_for_web

PAYLOAD = "<img src=x onerror=\"document.title='PWNED';console.log('XSS-RAN')\">"
SCRIPT_PAYLOAD = "<script>document.title='PWNED2';console.log('XSS-RAN2')</script>"
LAYER_NAME = "Stops <img src=y onerror=\"console.log('XSS-NAME')\">"

# Opens every feature's tooltip and popup once the map is up (what a user hovering/clicking would trigger).
# Builds every feature's popup and tooltip exactly as Leaflet would show them (the bound content function called
# for the feature, a string content set as innerHTML) and puts them into the page, where an <img onerror> or
# <script> from the data would run.  Also opens them on the map where Leaflet can place them.
HOOK = """
<script>
window.addEventListener('load', function () {
  setTimeout(function () {
    var box = document.createElement('div'), made = 0, bad = 0;
    box.id = 'collected';
    document.body.appendChild(box);
    function show(content, child) {
      var el = typeof content === 'function' ? content(child) : content;
      if (typeof el === 'string') { var d = document.createElement('div'); d.innerHTML = el; el = d; }
      if (!el || !el.nodeType) { return; }
      box.appendChild(el);
      made += 1;
      bad += el.querySelectorAll('img, script, iframe, svg').length;
    }
    var maps = Object.keys(window).filter(function (k) {
      return k.indexOf('map_') === 0 && window[k] instanceof L.Map;
    });
    maps.forEach(function (k) {
      window[k].eachLayer(function (g) {
        if (!(g instanceof L.GeoJSON)) { return; }
        g.eachLayer(function (child) {
          if (g.getPopup()) { show(g.getPopup()._content, child); }
          if (g.getTooltip()) { show(g.getTooltip()._content, child); }
          try { if (child.getLatLng && g.getPopup()) { g.openPopup(child, child.getLatLng()); } } catch (e) { }
        });
      });
    });
    console.log('HOOK-RAN shown=' + made + ' elements=' + bad);
    document.body.setAttribute('data-hook', 'done');
  }, 300);
});
</script>
"""


def chromium() -> str:
    exe = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")
    if exe is None:
        pytest.skip("chromium is not installed (Debian package 'chromium')")
    return exe


def run_chromium(url: str, *extra: str) -> subprocess.CompletedProcess[str]:
    profile = tempfile.mkdtemp(prefix="rm-chromium-")
    try:
        return subprocess.run(
            [chromium(), "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
             "--disable-background-networking", "--disable-component-update", "--disable-sync",
             f"--user-data-dir={profile}", "--enable-logging=stderr", "--v=0", "--virtual-time-budget=4000",
             *extra, url],
            capture_output=True, text=True, timeout=120,
        )
    finally:
        shutil.rmtree(profile, ignore_errors=True)


@pytest.fixture()
def hostile_document(document):
    import geopandas as gpd
    from shapely.geometry import Point

    from layers.model import Layer, LayerKind

    gdf = gpd.GeoDataFrame({"name": [PAYLOAD, "Plain stop"], "note": [SCRIPT_PAYLOAD, "ok & fine"]},
                           geometry=[Point(385_000, 6_672_000), Point(390_000, 6_675_000)], crs=3067)
    document.layers.append(Layer(gdf, LAYER_NAME, kind=LayerKind.TRANSPORT,
                                 attribution="Test data <b>not bold</b>, CC0"))
    return document


def test_esc_escapes_markup_and_quotes() -> None:
    assert esc(PAYLOAD) == ("&lt;img src=x onerror=&quot;document.title=&#x27;PWNED&#x27;;"
                            "console.log(&#x27;XSS-RAN&#x27;)&quot;&gt;")
    assert esc(3.25) == "3.2" or esc(3.25) == "3.3"
    assert esc(None) == ""


def test_html_file_never_contains_raw_payload(hostile_document, tmp_path) -> None:
    out = tmp_path / "map.html"
    result = export_html(hostile_document, out, HtmlOptions(title="Test <i>title</i>"))
    text = out.read_text(encoding="utf-8")
    assert "onerror=\"document.title" not in text and "<script>document.title" not in text
    assert "<i>title</i>" not in text and "Test &lt;i&gt;title&lt;/i&gt;" in text
    assert "<b>not bold</b>" not in text
    assert LAYER_NAME in [n for n in result.layers]
    # offline: no script or stylesheet is fetched from the network
    assert not re.search(r"<script[^>]+src=[\"']https?:", text)
    assert not re.search(r"<link[^>]+href=[\"']https?:", text)
    assert "tile.openstreetmap" not in text


def test_payload_does_not_run_in_chromium_and_shows_as_text(hostile_document, tmp_path) -> None:
    out = tmp_path / "map.html"
    export_html(hostile_document, out, HtmlOptions(title="XSS check"))
    hooked = tmp_path / "hooked.html"
    hooked.write_text(out.read_text(encoding="utf-8").replace("</body>", HOOK + "</body>"), encoding="utf-8")
    proc = run_chromium(hooked.as_uri(), "--dump-dom")
    dom, log = proc.stdout, proc.stderr
    assert 'data-hook="done"' in dom, f"the test hook did not run; chromium said: {log[-2000:]}"
    assert "HOOK-RAN" in log  # console messages are captured, so a payload's console.log would be seen
    shown, elements = (int(v) for v in re.search(r"HOOK-RAN shown=(\d+) elements=(\d+)", log).groups())
    assert shown >= 4 and elements == 0  # popups and tooltips were built, and no element came from the data
    assert "XSS-RAN" not in log and "XSS-NAME" not in log
    title = re.search(r"<title>(.*?)</title>", dom, re.S)
    assert title and "PWNED" not in title.group(1) and "XSS check" in title.group(1)
    collected = dom[dom.index('<div id="collected">'):]
    assert "&lt;img src=x onerror=" in collected  # the payload is visible as text in the opened popup/tooltip
    assert "&lt;script&gt;document.title" in collected
    assert not re.search(r"<img[^>]+src=\"?[xy]\"?", dom)  # no element was created from the data
    assert "Stops &lt;img src=y" in dom  # the layer name in the layer control is text too


def test_offline_page_renders_map_content(document, tmp_path) -> None:
    from PySide6.QtGui import QImage

    out = tmp_path / "region.html"
    export_html(document, out, HtmlOptions(title="Offline"))
    shot = tmp_path / "shot.png"
    proc = run_chromium(out.as_uri(), f"--screenshot={shot}", "--window-size=1000,700")
    assert shot.exists(), proc.stderr[-2000:]
    img = QImage(str(shot)).scaled(250, 175)
    colours = {img.pixel(x, y) for x in range(img.width()) for y in range(img.height())}
    assert len(colours) > 40  # land, sea, polygons, legend: not a blank page
    sea = sum(1 for x in range(img.width()) for y in range(img.height()) if (img.pixel(x, y) & 0xFFFFFF) == 0xC9DFF0)
    assert sea > 100  # the map pane's sea background shows, so Leaflet ran without network


def test_tiles_option_adds_online_basemap(document, tmp_path) -> None:
    out = tmp_path / "tiles.html"
    res = export_html(document, out, HtmlOptions(tiles=True))
    assert "tile.openstreetmap.org" in out.read_text(encoding="utf-8")
    assert any("internet" in n for n in res.notes)


def test_coverage_simplify_keeps_shared_edges(default_region) -> None:
    muni = default_region.municipalities[["name", "geometry"]]
    simple = simplify_for_web(muni, 2_000.0)
    import shapely

    assert shapely.get_num_coordinates(simple.geometry.values).sum() < shapely.get_num_coordinates(
        muni.geometry.values).sum()
    # no gaps or overlaps appear between neighbours: the parts still add up to their union
    assert simple.area.sum() == pytest.approx(simple.union_all().area, rel=1e-6)


def test_region_with_real_stops_and_routes_is_small(document, shared_data, tmp_path) -> None:
    from layers.io import read_layer
    from layers.model import Layer, LayerKind

    routes = read_layer(shared_data / "hsl_routes_2022.geojson").data
    stops = read_layer(shared_data / "hsl_stops_2022_central_helsinki.geojson").data
    document.layers.append(Layer(routes, "HSL routes", kind=LayerKind.TRANSPORT))
    document.layers.append(Layer(stops, "HSL stops", kind=LayerKind.TRANSPORT))
    out = tmp_path / "real.html"
    res = export_html(document, out, HtmlOptions(title="Real data"))
    assert res.size_bytes < 5_000_000
    assert any(s.startswith("HSL routes:") for s in res.simplified)
    text = out.read_text(encoding="utf-8")
    # every visible layer is its own toggleable overlay
    for name in ("HSL routes", "HSL stops", "Hot spots", "In-between areas", "Municipalities (schematic)"):
        assert json.dumps(name) in text or f'"{name}"' in text, name


def test_large_page_gets_a_note(document, tmp_path, monkeypatch) -> None:
    import layers.export.html_map as hm

    monkeypatch.setattr(hm, "LARGE_FILE_BYTES", 1000)
    res = export_html(document, tmp_path / "big.html")
    assert any("the page is large" in n for n in res.notes)
    monkeypatch.setattr(hm, "LARGE_FILE_BYTES", 10**9)
    assert not export_html(document, tmp_path / "small.html").notes
