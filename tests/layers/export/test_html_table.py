"""The HTML map's coverage table panel: every row of the PDF report's table, as text, sortable by a header click,
collapsible; and the layer control lists the layers top first, as the legend and the drawing order do."""

from __future__ import annotations

import re

import pytest

from layers.export.html_map import HtmlOptions, build_page, export_html
from tests.layers.export.test_html_labels import HOSTILE, case  # noqa: F401  (the fixture)

# Opens nothing itself (the page opens the panel for #table); reads the panel, sorts by "Area km²" twice and
# reports the first cells after each sort, and counts elements that came from the data.
TABLE_HOOK = """
<script>
window.addEventListener('load', function () {
  setTimeout(function () {
    var box = window.regionmap_table, ths = box.querySelectorAll('thead th'), out = [];
    function first() { return box.querySelector('tbody tr td:nth-child(3)').textContent; }
    out.push('open=' + box.open, 'rows=' + box.querySelectorAll('tbody tr').length);
    ths[2].click(); out.push('asc=' + first() + '|' + ths[2].getAttribute('aria-sort'));
    ths[2].click(); out.push('desc=' + first() + '|' + ths[2].getAttribute('aria-sort'));
    out.push('imgs=' + document.querySelectorAll('img[src="x"]').length);
    out.push('control=' + Array.prototype.map.call(
      document.querySelectorAll('.leaflet-control-layers-overlays label span span'),
      function (s) { return s.textContent.trim(); }).join(' ## '));
    console.log('TABLE ' + out.join(' ;; '));
  }, 300);
});
</script>
"""


def test_the_panel_holds_every_row_as_the_report_has_it(case) -> None:  # noqa: F811
    from layers.export.report import coverage_table
    from layers.export.report_pages import full_table

    doc, coverage = case
    parts, _ = build_page(doc, HtmlOptions(), coverage=coverage)
    spec = parts.data["table"]
    report = full_table(coverage_table(coverage))
    assert spec["headers"] == report.headers and spec["rows"] == report.lines
    assert len(spec["rows"]) == len(coverage.rows) == 26 and spec["count"] == 26
    assert {"Met", "Why", "Transport (area)"} <= set(spec["headers"])
    assert HOSTILE in [line[0] for line in spec["rows"]]  # a plain string in the JSON, shown with textContent
    met = spec["headers"].index("Met")
    assert spec["verdict"] == met and {line[met] for line in spec["rows"]} == {"fail"}
    area = spec["headers"].index("Area km²")
    assert all(keys[area] == 100.0 for keys in spec["keys"])  # "100.0" sorts as a number
    assert all(keys[0] is None for keys in spec["keys"])  # names sort as text
    share = spec["headers"].index("Transport (area)")
    assert {keys[share] for keys in spec["keys"]} == {1.0}  # "1.0 %"
    s, w = spec["bounds"]["Helsinki"][0]
    n, e = spec["bounds"]["Helsinki"][1]
    assert 59.9 < s < n < 60.5 and 24.5 < w < e < 25.5  # lat/lon, to zoom to the municipality
    assert "table" not in build_page(doc, HtmlOptions())[0].data  # no coverage result, no panel


def test_sort_keys_read_numbers_as_the_report_writes_them() -> None:
    from layers.export.html_map import _sort_key

    assert _sort_key("62.0 %") == 62.0 and _sort_key("1\u202f234,5") == 1234.5 and _sort_key("0.0") == 0.0
    assert _sort_key("–") is None and _sort_key("Espoo") is None and _sort_key("") is None
    assert _sort_key("nan") is None and _sort_key("inf") is None


def test_panel_sorts_and_shows_hostile_names_as_text_in_chromium(case, tmp_path) -> None:  # noqa: F811
    from tests.layers.export.test_export_html import run_chromium

    doc, coverage = case
    rows = [dict(r) for r in coverage.rows]
    for i, row in enumerate(rows):  # different areas, so that the sort shows
        row["area_km2"] = 10.0 + 7 * ((i * 11) % 26)
    rows[5]["reason"] = f"why {HOSTILE}"  # a field value from the data
    coverage.rows = rows
    out = tmp_path / "m.html"
    result = export_html(doc, out, HtmlOptions(title=f"Table {HOSTILE}"), coverage=coverage)
    raw = out.read_text(encoding="utf-8")
    assert "<img src=x" not in raw
    hooked = tmp_path / "hooked.html"
    hooked.write_text(raw.replace("</body>", TABLE_HOOK + "</body>"), encoding="utf-8")
    proc = run_chromium(hooked.as_uri() + "#table", "--window-size=1400,900", "--dump-dom")
    panel = proc.stdout[proc.stdout.index('id="rm-table"'):]
    assert "<td class=\"rm-why\">why {{ 7*7 }} &lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;</td>" in panel
    assert "<td>{{ 7*7 }} &lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;</td>" in panel  # the municipality
    found = re.search(r"TABLE (.*?)\"?, source", proc.stderr) or re.search(r"TABLE (.*)", proc.stderr)
    assert found, proc.stderr[-2000:]
    got = dict(part.split("=", 1) for part in found.group(1).split(" ;; "))
    areas = sorted(r["area_km2"] for r in rows)
    assert got["open"] == "true" and got["rows"] == "26"
    assert got["asc"] == f"{areas[0]:.1f}|ascending" and got["desc"].startswith(f"{areas[-1]:.1f}|descending")
    assert got["imgs"].startswith("0")
    control = got["control"].split(" ## ")
    # top first: the names, then the layers from the top of the drawing order down (the page's bottom-first list)
    assert control[0] == "Municipality names"
    assert control[1:] == list(reversed(result.layers))[: len(control) - 1]
    assert len(control) - 1 == len(result.layers)


FIT_HOOK = """
<script>
window.addEventListener('load', function () {
  setTimeout(function () {
    var legend = document.querySelector('.rm-legend'), table = window.regionmap_table, out = [];
    var title = document.querySelector('.rm-title'), control = document.querySelector('.leaflet-control-layers');
    function inside(el) {
      var r = el.getBoundingClientRect();
      return r.left >= 0 && r.top >= 0 && r.right <= window.innerWidth && r.bottom <= window.innerHeight;
    }
    function apart(a, b) {
      var r = a.getBoundingClientRect(), s = b.getBoundingClientRect();
      return r.right <= s.left || s.right <= r.left || r.bottom <= s.top || s.bottom <= r.top;
    }
    out.push('legend_open=' + legend.open);
    legend.open = true;
    out.push('legend_inside=' + inside(legend));
    table.open = true;
    out.push('table_inside=' + inside(table), 'table_scrolls=' + (table.querySelector('.rm-tw').scrollHeight >
      table.querySelector('.rm-tw').clientHeight), 'title_clear=' + apart(title, control));
    console.log('FIT ' + out.join(' '));
  }, 300);
});
</script>
"""


@pytest.mark.parametrize(("size", "legend_open"), [("1400,900", "true"), ("800,600", "false")])
def test_legend_and_table_fit_the_screen(case, tmp_path, size, legend_open) -> None:  # noqa: F811
    from tests.layers.export.test_export_html import run_chromium

    doc, coverage = case
    out = tmp_path / "m.html"
    export_html(doc, out, HtmlOptions(title="Fit"), coverage=coverage)
    hooked = tmp_path / "hooked.html"
    hooked.write_text(out.read_text(encoding="utf-8").replace("</body>", FIT_HOOK + "</body>"), encoding="utf-8")
    proc = run_chromium(hooked.as_uri(), f"--window-size={size}")
    found = re.search(r"FIT ([^\"]*)", proc.stderr)
    assert found, proc.stderr[-2000:]
    got = dict(part.split("=", 1) for part in found.group(1).split())
    assert got["legend_open"] == legend_open  # closed at first on a small screen, a click opens it
    assert got["legend_inside"] == "true" and got["table_inside"] == "true"  # both scroll inside, never off-screen
    assert got["table_scrolls"] == "true"  # 26 rows: the panel scrolls rather than growing past the screen
    assert got["title_clear"] == "true"  # the title and the layer control do not overlap
