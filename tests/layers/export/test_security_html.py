"""The HTML export never runs what the data says (template syntax, markup, script), and style values from a
project are colours and numbers, nothing else.

Findings 1 and 2 of the safety review: folium's double Jinja pass executed ``{{ ... }}`` from any data string,
and a style colour of ``</script><script>...`` was written into the page's script as it was.
"""

from __future__ import annotations

import json
import math
import re
import sqlite3
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from layers.export.html_map import HtmlOptions, export_html
from layers.export.legend import split_attribution
from layers.model import DEFAULT_STYLES, Layer, LayerKind, Style

# Only the API that existed before the fix is imported here, so that these tests run (and fail) on the old code;
# the new helpers (layers.colours, script_json) are imported in the tests that use them.

ROOT = Path(__file__).resolve().parents[3]
# Template and markup fragments that must all come out as the very same text.
FRAGMENTS = ["{{ 7*7 }}", "{{", "}}", "{% if true %}IF-RAN{% endif %}", "{%", "%}", "{# hidden #}", "{#", "#}",
             "</script>", "</SCRIPT ", "<script>", "<!--", "-->", "<img src=x onerror=alert(1)>", "&amp;", "&",
             "'", '"', "\u2028", "\u2029", "</style>", "]]>", "\\", "${x}", "`"]
HOSTILE = "{{ 7*7 }} {% if true %}IF-RAN{% endif %}{# c #} </script><img src=x onerror=\"console.log('XSS-RAN')\">"
SCRIPT_COLOUR = "</script><script>document.title='PWNED';console.log('XSS-STYLE')</script>"


# ---- reading a page back -------------------------------------------------------------------------------------
class PageReader(HTMLParser):
    """What a browser's parser would see: start tags in order, the script bodies, and the text of the title,
    the title box and the legend."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[str] = []
        self.scripts: list[tuple[dict[str, str | None], str]] = []
        self.text: dict[str, str] = {"title": "", "rm-title": "", "rm-legend": ""}
        self._open: list[tuple[str, str | None]] = []  # (tag, region it starts)
        self._script: dict[str, str | None] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        if tag == "script":
            self._script = dict(attrs)
            self.scripts.append((self._script, ""))
        if tag in ("br", "meta", "link"):
            return
        cls = dict(attrs).get("class") or ""
        region = "title" if tag == "title" else next((c for c in ("rm-title", "rm-legend") if c in cls.split()), None)
        self._open.append((tag, region))

    def handle_endtag(self, tag: str) -> None:
        if tag == "script":
            self._script = None
        for i in range(len(self._open) - 1, -1, -1):
            if self._open[i][0] == tag:
                del self._open[i:]
                break

    def handle_data(self, data: str) -> None:
        if self._script is not None:
            attrs, body = self.scripts[-1]
            self.scripts[-1] = (attrs, body + data)
            return
        for _tag, region in self._open:
            if region is not None:
                self.text[region] += data


def read_page(text: str) -> PageReader:
    reader = PageReader()
    reader.feed(text)
    reader.close()
    return reader


def page_data(reader: PageReader) -> dict:
    bodies = [body for attrs, body in reader.scripts if attrs.get("type") == "application/json"]
    assert len(bodies) == 1
    return json.loads(bodies[0])


def all_strings(value) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for k, v in value.items() for s in (*all_strings(k), *all_strings(v))]
    if isinstance(value, list | tuple):
        return [s for v in value for s in all_strings(v)]
    return []


# ---- a document with one text in every place that reaches the page -------------------------------------------
def hostile_document(document, text: str, file_text: str | None = None):
    """``text`` as the title-independent data: layer names, attribute name and value, municipality name, credit,
    note, legend category and (``file_text``, a file name) the source of a layer without a credit."""
    import geopandas as gpd
    from shapely.geometry import LineString, Point

    column = f"f {text}"
    points = gpd.GeoDataFrame({"name": [text, "Plain stop"], column: [text, "x"], "kind": [text, "b"]},
                              geometry=[Point(385_000, 6_672_000), Point(390_000, 6_675_000)], crs=3067)
    style = Style(category_field="kind", categories=((text, "#ff0000"), ("b", "#00aa00")))
    document.layers.append(Layer(points, f"Stops {text}", kind=LayerKind.TRANSPORT, style=style,
                                 attribution=f"Credit {text}", note=f"Note {text}"))
    lines = gpd.GeoDataFrame({"name": [f"Line {text}"]},
                             geometry=[LineString([(370_000, 6_680_000), (400_000, 6_690_000)])], crs=3067)
    document.layers.append(Layer(lines, f"Lines {text}", kind=LayerKind.TRANSPORT,
                                 source=f"/data/{file_text or 'lines.geojson'}"))
    region = document.region_layer.data.copy()
    region.loc[region.index[0], "name"] = f"Kunta {text}"
    document.region_layer.data = region
    return document


def check_every_place(document, page: str, text: str, title: str, subtitle: str) -> None:
    """Every string comes back exactly as given (so nothing was evaluated), and none became markup."""
    reader = read_page(page)
    assert reader.tags.count("script") == 3 and "img" not in reader.tags  # Leaflet, data, the page's script
    assert reader.text["title"] == title
    assert reader.text["rm-title"] == title + (subtitle if subtitle.strip() else "")
    data = page_data(reader)
    names = [spec["name"] for spec in data["layers"]]
    assert f"Stops {text}" in names and f"Lines {text}" in names
    stops = data["layers"][names.index(f"Stops {text}")]
    first = stops["features"]["features"][0]["properties"]
    assert first["pop"]["t"] == text and first["tip"]["t"] == text
    assert [f"f {text}", text] in first["pop"]["r"] and ["kind", text] in first["pop"]["r"]
    assert stops["colours"][first["k"]] == "#ff0000"  # the category value found its colour
    region = data["layers"][names.index(document.region_layer.name)]
    # the tooltip adds the Swedish name the renamed municipality still has (layers/names.py)
    assert f"Kunta {text} (Askola)" in [f["properties"]["tip"]["t"] for f in region["features"]["features"]]
    legend = reader.text["rm-legend"]
    assert f"Stops {text}" in legend and f"Stops {text}: Note {text}" in legend
    assert text in legend  # the category's label
    for part in split_attribution(f"Credit {text}"):
        assert part in legend


def _plain_text() -> st.SearchStrategy[str]:
    safe_chars = st.characters(blacklist_categories=("Cs", "Cc"))
    piece = st.sampled_from(FRAGMENTS) | st.text(safe_chars, min_size=1, max_size=4)
    return st.lists(piece, min_size=1, max_size=6).map("".join).filter(lambda s: s.strip() == s and s != "")


# ---- tests -----------------------------------------------------------------------------------------------------
@given(st.text(max_size=60) | st.lists(st.sampled_from(FRAGMENTS), max_size=8).map("".join))
@settings(max_examples=300, deadline=None)
def test_script_json_reads_back_and_cannot_end_the_script(value: str) -> None:
    from layers.export.script_json import script_json

    encoded = script_json({"v": value, value: [value]})
    assert json.loads(encoded) == {"v": value, value: [value]}
    assert not re.search(r"[<>&\u2028\u2029]", encoded)
    page = f'<script type="application/json">{encoded}</script><p>after</p>'
    reader = read_page(page)
    assert reader.tags == ["script", "p"] and reader.scripts[0][1] == encoded


def test_script_json_refuses_nan() -> None:
    from layers.export.script_json import script_json

    with pytest.raises(ValueError):
        script_json({"x": math.nan})


def test_template_syntax_everywhere_is_shown_as_text_not_run(document, tmp_path) -> None:
    sentinel = tmp_path / "pwned"
    rce = f"{{{{ cycler.__init__.__globals__.os.popen('touch {sentinel}').read() }}}}"
    rce2 = f"{{% set x = cycler.__init__.__globals__.os.system('touch {sentinel}2') %}}"
    text = f"{HOSTILE} {rce} {rce2}"
    doc = hostile_document(document, text, file_text="{{ 6*7 }} <b>file<b>.geojson")
    title, subtitle = f"Title {{{{ 7*7 }}}} {rce}", f"Sub {{% if 1 %}}{{{{ 8*8 }}}}{{% endif %}} {rce2}"
    out = tmp_path / "m.html"
    export_html(doc, out, HtmlOptions(title=title, subtitle=subtitle))
    page = out.read_text(encoding="utf-8")
    assert not sentinel.exists() and not Path(f"{sentinel}2").exists()  # nothing was executed
    check_every_place(doc, page, text, title, subtitle)
    assert "{{ 6*7 }} <b>file<b>.geojson (licence not stated)" in read_page(page).text["rm-legend"]
    assert "<b>file<b>" not in page and "<img src=x" not in page


@pytest.mark.parametrize("place", ["title", "subtitle", "layer name", "credit", "note"])
def test_a_shell_command_in_one_place_is_not_run(document, tmp_path, monkeypatch, place: str) -> None:
    """One payload at a time, and one without quotes (which ``esc`` used to turn into ``&#x27;``, a syntax error
    that stopped the old export before it ran anything): the command comes from an environment variable."""
    import geopandas as gpd
    from shapely.geometry import Point

    sentinel = tmp_path / "pwned"
    monkeypatch.setenv("RM_PWN", f"touch {sentinel}")
    rce = "{{ cycler.__init__.__globals__.os.system(cycler.__init__.__globals__.os.environ.RM_PWN) }} {{ 7*7 }}"
    pts = gpd.GeoDataFrame({"name": ["a"]}, geometry=[Point(385_000, 6_672_000)], crs=3067)
    document.layers.append(Layer(pts, rce if place == "layer name" else "Stops", attribution=rce * (place == "credit"),
                                 note=rce * (place == "note")))
    options = HtmlOptions(title=rce if place == "title" else "T", subtitle=rce if place == "subtitle" else "")
    export_html(document, tmp_path / "m.html", options)
    assert not sentinel.exists()
    reader = read_page((tmp_path / "m.html").read_text(encoding="utf-8"))
    shown = {"title": reader.text["title"], "subtitle": reader.text["rm-title"], "credit": reader.text["rm-legend"],
             "note": reader.text["rm-legend"], "layer name": " ".join(all_strings(page_data(reader)))}
    assert rce in shown[place]  # the payload is the text shown, not what it would have printed


@given(text=_plain_text(), title=_plain_text(), subtitle=_plain_text())
@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                   HealthCheck.too_slow])
def test_any_text_in_any_place_comes_back_unchanged(default_region, text: str, title: str, subtitle: str) -> None:
    import tempfile

    from layers.document import MapDocument

    doc = hostile_document(MapDocument(default_region), text)
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder) / "m.html"
        export_html(doc, out, HtmlOptions(title=title, subtitle=subtitle))
        check_every_place(doc, out.read_text(encoding="utf-8"), text, title, subtitle)


def test_cli_export_of_a_hostile_file_runs_nothing(tmp_path) -> None:
    """The issue's example: a GeoJSON whose name field runs a shell command, and ``{{ 7*7 }}`` as the title."""
    sentinel = tmp_path / "pwned"
    name = f"Kamppi {{{{ cycler.__init__.__globals__.os.popen('touch {sentinel}').read() }}}}"
    feature = {"type": "Feature", "geometry": {"type": "Point", "coordinates": [24.93, 60.17]},
               "properties": {"name": name}}
    src = tmp_path / "{{ 7*7 }} stops.geojson"
    src.write_text(json.dumps({"type": "FeatureCollection", "features": [feature]}), encoding="utf-8")
    out = tmp_path / "m.html"
    proc = subprocess.run([sys.executable, "-m", "app.cli", "export", "--out", str(out), "--layer", str(src),
                           "--title", "{{ 7*7 }}", "--subtitle", "{% if 1 %}yes{% endif %}",
                           "--attribution", "{{ 3*3 }} credit"],
                          capture_output=True, text=True, cwd=ROOT, timeout=180,
                          env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin", "HOME": str(tmp_path),
                               "XDG_CACHE_HOME": str(tmp_path / "cache"), "XDG_DATA_HOME": str(tmp_path / "data")})
    assert proc.returncode == 0, proc.stderr
    assert not sentinel.exists()
    reader = read_page(out.read_text(encoding="utf-8"))
    assert reader.text["title"] == "{{ 7*7 }}" and reader.text["rm-title"] == "{{ 7*7 }}{% if 1 %}yes{% endif %}"
    assert "{{ 3*3 }} credit" in reader.text["rm-legend"]
    names = [spec["name"] for spec in page_data(reader)["layers"]]
    assert "{{ 7*7 }} stops" in names


# ---- style values --------------------------------------------------------------------------------------------
@pytest.mark.parametrize("value", ["#abc", "#A1B2C3", "#11223344", "red", "Red", "transparent", "sandybrown"])
def test_colours(value: str) -> None:
    from layers.colours import colour_or, is_colour

    assert is_colour(value) and colour_or(value, "#000000") == value


@pytest.mark.parametrize("value", ["", " red", "red;", "#abcd", "#12345g", "url(x)", "red;background:url(x)",
                                   SCRIPT_COLOUR, "rgb(1,2,3)", None, 12, ["#fff"]])
def test_not_colours(value) -> None:
    from layers.colours import colour_or, is_colour

    assert not is_colour(value) and colour_or(value, "#000000") == "#000000"


def test_colour_names_are_the_ones_qt_knows() -> None:
    from PySide6.QtGui import QColor

    from layers.colours import COLOUR_NAMES

    assert {n.lower() for n in QColor.colorNames()} == set(COLOUR_NAMES)


@given(st.text(max_size=30) | st.sampled_from(["#abc", "#aabbcc", "#aabbccdd", "navy", SCRIPT_COLOUR]))
@settings(max_examples=200, deadline=None)
def test_style_from_dict_keeps_colours_and_only_colours(value: str) -> None:
    from layers.colours import is_colour
    from layers.project.schema import style_from_dict

    default = DEFAULT_STYLES[LayerKind.TRANSPORT]
    problems: list[str] = []
    style = style_from_dict({"fill": value, "stroke": value, "categories": [["a", value]]}, default, problems)
    assert is_colour(style.fill) and is_colour(style.stroke) and is_colour(style.categories[0][1])
    if is_colour(value):
        assert (style.fill, style.stroke, style.categories[0][1]) == (value, value, value) and not problems
    else:
        assert (style.fill, style.stroke) == (default.fill, default.stroke) and len(problems) == 3


def test_style_numbers_out_of_range_keep_the_default() -> None:
    from layers.project.schema import style_from_dict

    default = DEFAULT_STYLES[LayerKind.OTHER]
    problems: list[str] = []
    style = style_from_dict({"width": math.nan, "opacity": 7.0, "point_size": -1, "fill_opacity": math.inf},
                            default, problems)
    assert (style.width, style.opacity, style.point_size, style.fill_opacity) == (
        default.width, default.opacity, default.point_size, default.fill_opacity)
    assert len(problems) == 4 and all("out of range" in p for p in problems)


def tampered_project(document, tmp_path) -> Path:
    """A saved project whose stops layer has script in its colours (as a hand-edited file could)."""
    import geopandas as gpd
    from shapely.geometry import Point

    from layers.project import save_project
    from layers.project.schema import META_TABLE

    stops = gpd.GeoDataFrame({"name": ["a", "b"], "kind": ["x", "y"]},
                             geometry=[Point(385_000, 6_672_000), Point(390_000, 6_675_000)], crs=3067)
    document.layers.append(Layer(stops, "Stops", kind=LayerKind.TRANSPORT))
    path = save_project(document, tmp_path / "p.gpkg")
    con = sqlite3.connect(path)
    try:
        (raw,) = con.execute(f"SELECT value FROM {META_TABLE} WHERE key = 'state'").fetchone()
        state = json.loads(raw)
        layer = next(item for item in state["layers"] if item["name"] == "Stops")
        layer["style"].update(fill=SCRIPT_COLOUR, stroke="red;background:url(https://example.invalid/x)",
                              category_field="kind", categories=[["x", SCRIPT_COLOUR], ["y", "#00ff00"]],
                              width=float("nan"))
        con.execute(f"UPDATE {META_TABLE} SET value = ? WHERE key = 'state'", (json.dumps(state),))
        con.commit()
    finally:
        con.close()
    return path


def test_script_in_a_project_style_is_replaced_with_a_warning(document, tmp_path, caplog) -> None:
    from layers.project import load_project

    loaded = load_project(tampered_project(document, tmp_path))
    stops = loaded.layers.by_name("Stops")
    default = DEFAULT_STYLES[LayerKind.TRANSPORT]
    assert (stops.style.fill, stops.style.stroke, stops.style.width) == (default.fill, default.stroke, default.width)
    assert stops.style.categories == (("x", default.fill), ("y", "#00ff00"))
    assert "style repaired" in stops.note and "fill" in stops.note and "stroke" in stops.note
    assert any("'Stops'" in r.getMessage() and "not a colour" in r.getMessage() for r in caplog.records)
    out = tmp_path / "m.html"
    export_html(loaded, out)
    page = out.read_text(encoding="utf-8")
    assert "<script>document" not in page and "example.invalid/x)'" not in page
    reader = read_page(page)
    assert reader.tags.count("script") == 3
    from layers.colours import is_colour

    spec = next(s for s in page_data(reader)["layers"] if s["name"] == "Stops")
    assert all(is_colour(c) for c in spec["colours"]) and is_colour(spec["style"]["fillColor"])


def test_export_checks_colours_of_styles_made_in_code(document, tmp_path) -> None:
    import geopandas as gpd
    from shapely.geometry import Point

    pts = gpd.GeoDataFrame({"name": ["a"]}, geometry=[Point(385_000, 6_672_000)], crs=3067)
    document.layers.append(Layer(pts, "Evil style", style=Style(fill=SCRIPT_COLOUR, stroke=SCRIPT_COLOUR,
                                                                width=math.nan)))
    export_html(document, tmp_path / "m.html")
    page = (tmp_path / "m.html").read_text(encoding="utf-8")
    assert "<script>document" not in page and "PWNED" not in page
    spec = next(s for s in page_data(read_page(page))["layers"] if s["name"] == "Evil style")
    assert spec["style"]["fillColor"] == Style().fill and spec["style"]["weight"] == Style().width


# ---- in a browser -----------------------------------------------------------------------------------------------
def test_hostile_page_in_chromium_shows_text_and_draws_the_map(document, tmp_path) -> None:
    from PySide6.QtGui import QImage

    from tests.layers.export.test_export_html import HOOK, run_chromium

    doc = hostile_document(document, HOSTILE, file_text="{{ 6*7 }} <img src=y onerror=\"console.log('XSS-FILE')\">")
    loaded_style = tampered_project(doc, tmp_path)  # the same document with a script colour, saved and reopened
    from layers.project import load_project

    doc = load_project(loaded_style)
    out = tmp_path / "m.html"
    export_html(doc, out, HtmlOptions(title=f"Title {HOSTILE}", subtitle=f"Sub {HOSTILE}"))
    hooked = tmp_path / "hooked.html"
    hooked.write_text(out.read_text(encoding="utf-8").replace("</body>", HOOK + "</body>"), encoding="utf-8")
    proc = run_chromium(hooked.as_uri(), "--dump-dom")
    dom, log = proc.stdout, proc.stderr
    assert 'data-hook="done"' in dom, log[-2000:]
    shown, elements = (int(v) for v in re.search(r"HOOK-RAN shown=(\d+) elements=(\d+)", log).groups())
    assert shown >= 8 and elements == 0
    assert "XSS-" not in log
    title = re.search(r"<title>(.*?)</title>", dom, re.S).group(1)
    assert title.startswith("Title {{ 7*7 }} {% if true %}IF-RAN{% endif %}")
    assert "Stops {{ 7*7 }}" in dom and "Kunta {{ 7*7 }}" in dom  # layer control and popups show the text
    shot = tmp_path / "shot.png"
    run_chromium(out.as_uri(), f"--screenshot={shot}", "--window-size=1000,700")
    img = QImage(str(shot)).scaled(250, 175)
    colours = {img.pixel(x, y) for x in range(img.width()) for y in range(img.height())}
    sea = sum(1 for x in range(img.width()) for y in range(img.height()) if (img.pixel(x, y) & 0xFFFFFF) == 0xC9DFF0)
    assert len(colours) > 40 and sea > 100  # the map drew: the page's script was not broken by the data
