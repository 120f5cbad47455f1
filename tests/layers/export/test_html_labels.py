"""The HTML map names the municipalities (labels, and tooltips with the real name), draws coverage polygons under
the points in the page's order, keeps the legend collapsible, and shows every data string as text."""

from __future__ import annotations

import re

import pytest

from layers.export.html_map import HtmlOptions, build_page, export_html
from layers.model import Layer, LayerKind, Style

HOSTILE = "{{ 7*7 }} </script><img src=x onerror=alert(1)>"
# Counts the visible municipality labels and the pairs of them that overlap on screen.
LABEL_HOOK = """
<script>
window.addEventListener('load', function () {
  setTimeout(function () {
    var rects = (window.regionmap_labels || []).map(function (t) { return t.getElement(); })
      .filter(function (el) { return el && el.style.visibility !== 'hidden'; })
      .map(function (el) { return el.getBoundingClientRect(); }), overlaps = 0;
    rects.forEach(function (a, i) {
      rects.slice(i + 1).forEach(function (b) {
        if (a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom) { overlaps += 1; }
      });
    });
    console.log('LABELS visible=' + rects.length + ' overlaps=' + overlaps);
  }, 300);
});
</script>
"""


def _fake_coverage(document):
    """A coverage result written by hand: one fail row per municipality and one gap polygon."""
    from types import SimpleNamespace

    import geopandas as gpd
    from shapely.geometry import box

    names = list(document.region_layer.data["name"])
    rows = [{"municipality": n, "zone": "in-between", "area_km2": 100.0, "covered_km2": 1.0, "covered_share": 0.01,
             "transport_share": 0.01, "target_pass": False, "reason": "all layers 1.0 % of area < 20 %"}
            for n in names]
    gaps = gpd.GeoDataFrame({"zone": ["in-between"]}, geometry=[box(360_000, 6_680_000, 380_000, 6_700_000)],
                            crs=3067)
    return SimpleNamespace(rows=rows, totals=[], gaps=gaps, municipality_pass=dict.fromkeys(names, False),
                           municipality_reasons=dict.fromkeys(names, "all layers 1.0 % of area < 20 %"))


@pytest.fixture()
def case(document):
    import geopandas as gpd
    from shapely.geometry import Point

    region = document.region_layer
    data = region.data.copy()  # the built-in region is shared by the session: rename in a copy
    data.loc[data.index[0], "name"] = HOSTILE
    region.data = data
    pass_fail = region.data[["name", "geometry"]].rename(columns={"name": "municipality"})
    pass_fail["status"] = "fail"
    document.layers.insert(len(document.layers), Layer(pass_fail, "Coverage pass/fail", kind=LayerKind.OTHER,
                                                        style=Style(fill="#8c5a3c")))
    stops = gpd.GeoDataFrame({"name": ["Stop"]}, geometry=[Point(385_000, 6_672_000)], crs=3067)
    document.layers.insert(len(document.layers), Layer(stops, f"Stops {HOSTILE}", kind=LayerKind.TRANSPORT))
    return document, _fake_coverage(document)


def test_labels_and_tooltips_name_the_municipality(case) -> None:
    doc, coverage = case
    parts, _ = build_page(doc, HtmlOptions(), coverage=coverage)
    names = list(doc.region_layer.data["name"])
    assert sorted(label["t"] for label in parts.data["labels"]) == sorted(names)
    assert len(names) == 26
    spec = next(s for s in parts.data["layers"] if s["name"] == "Coverage pass/fail")
    tips = [f["properties"]["tip"] for f in spec["features"]["features"]]
    assert sorted(t["t"] for t in tips) == sorted(names)  # not "Coverage pass/fail #26"
    helsinki = next(t for t in tips if t["t"] == "Helsinki")
    assert ["Meets the target", "no"] in helsinki["r"] or any("transport" in k for k, _ in helsinki["r"])


def test_coverage_polygons_lie_under_the_points(case) -> None:
    doc, coverage = case
    parts, result = build_page(doc, HtmlOptions(), coverage=coverage)
    order = [s["name"] for s in parts.data["layers"]]  # bottom first
    assert order.index("Coverage gaps") < order.index(f"Stops {HOSTILE}")
    assert order.index("Coverage gaps") > order.index("Coverage pass/fail")
    assert result.layers == order
    legend = re.findall(r"<div class='rm-li'>.*?</div>", parts.legend_html)  # top first
    at = {text: i for i, text in enumerate(legend)}
    gap = next(i for t, i in at.items() if "Coverage gaps" in t)
    assert gap > next(i for t, i in at.items() if "Stops" in t)
    assert gap < next(i for t, i in at.items() if "Coverage pass/fail" in t)
    assert parts.legend_html.startswith("<details class='rm-legend'")


def test_names_are_text_in_chromium(case, tmp_path) -> None:
    from tests.layers.export.test_export_html import run_chromium

    doc, coverage = case
    out = tmp_path / "m.html"
    export_html(doc, out, HtmlOptions(title="Labels"), coverage=coverage)
    raw = out.read_text(encoding="utf-8")
    assert "<img src=x" not in raw and "{{ 7*7 }} </script>" not in raw
    hooked = tmp_path / "hooked.html"
    hooked.write_text(raw.replace("</body>", LABEL_HOOK + "</body>"), encoding="utf-8")
    proc = run_chromium(hooked.as_uri(), "--dump-dom", "--window-size=1400,900")
    dom = proc.stdout
    found = re.search(r"LABELS visible=(\d+) overlaps=(\d+)", proc.stderr)
    assert found, proc.stderr[-2000:]
    assert found.groups() == ("26", "0")  # at region scale every municipality is named and no two names touch
    labels = re.findall(r'class="leaflet-tooltip rm-label[^"]*"[^>]*><span>(.*?)</span>', dom)
    assert len(labels) == 26, proc.stderr[-2000:]
    assert "Helsinki" in labels and "Porvoo" in labels
    assert "{{ 7*7 }} &lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;" in labels  # shown as text
    assert not re.search(r"<img[^>]+src=\"?x\"?", dom)
    assert "Stops {{ 7*7 }} &lt;/script&gt;" in dom  # the layer control shows the layer's name as text
