"""Coverage report: table, CSV, GeoJSON of zones + gaps, and coverage in the page and the HTML popups."""

from __future__ import annotations

import csv
import io
import json

import pytest


@pytest.fixture(scope="module")
def coverage_case():
    """A real coverage run: the built-in region with a few rail stations around Helsinki and Porvoo."""
    import geopandas as gpd
    from shapely.geometry import Point

    from layers.coverage import CoverageInputs, ServiceSpec, run, zones_from_document
    from layers.document import MapDocument
    from layers.model import Layer, LayerKind

    doc = MapDocument.default()
    pts = gpd.GeoDataFrame({"name": ["A", "B", "C"]}, crs=3067,
                           geometry=[Point(385_500, 6_672_500), Point(392_000, 6_690_000), Point(425_000, 6_695_000)])
    doc.layers.append(Layer(pts, "Test stops", kind=LayerKind.TRANSPORT, radius_m=3000))
    result = run(CoverageInputs(zones=zones_from_document(doc), services=[ServiceSpec("Test stops", pts, 3000.0)],
                                targets={"all": 0.2}, curve=False, connections=False))
    return doc, result


def test_table_rows_totals_and_summary(coverage_case) -> None:
    from layers.export.report import coverage_table

    _, result = coverage_case
    table = coverage_table(result)
    assert table.name_key() == "municipality"
    assert len(table.rows) == len(result.rows)
    assert table.passed is False  # 3 stops cannot make all 26 municipalities pass
    assert "municipalities meet the target" in table.summary and table.summary.startswith("FAIL")
    helsinki = dict(table.figures_for("Helsinki"))
    assert helsinki["In-between areas: transport"].endswith("% of area")
    assert helsinki["Meets the target"] in ("yes", "no")
    assert helsinki["Why"].startswith("all layers ") and "% of area" in helsinki["Why"]  # the reason beside it
    headers, lines = table.compact()
    assert headers == ["Municipality", "Transport", "Hot spots", "Target"]
    assert len(lines) == 26
    row = next(r for r in result.rows if r["municipality"] == "Helsinki" and r["zone"] == "in-between")
    line = next(line for line in lines if line[0] == "Helsinki")
    assert line[1] == f"{100 * row['transport_share']:.1f} %"


def test_csv_and_geojson(coverage_case, tmp_path) -> None:
    from layers.export.report import export_report

    _, result = coverage_case
    files = export_report(result, tmp_path / "cov.csv")
    rows = list(csv.DictReader(io.StringIO(files.csv.read_text(encoding="utf-8"))))
    body = [r for r in rows if r["municipality"] != "ALL"]
    assert len(body) == len(result.rows)
    totals = [r for r in rows if r["municipality"] == "ALL"]
    assert {r["zone"] for r in totals} == {"hotspot", "in-between", "all"}
    fc = json.loads(files.geojson.read_text(encoding="utf-8"))
    zones = [f for f in fc["features"] if f["properties"]["part"] == "zone"]
    assert len(zones) == len(result.rows)  # one feature per zone row, with its figures
    hel = [f for f in zones if f["properties"]["municipality"] == "Helsinki"]
    assert {f["properties"]["zone"] for f in hel} == {"hotspot", "in-between"}
    assert all("covered_share" in f["properties"] for f in hel)
    from shapely.geometry import shape

    geoms = [shape(f["geometry"]) for f in fc["features"] if f["geometry"]]
    lon, lat = geoms[0].representative_point().coords[0]
    assert 19 < lon < 32 and 59 < lat < 71  # WGS84
    assert fc["properties"]["totals"]


def test_xlsx_report_reads_back_with_every_row_and_numbers_as_numbers(coverage_case, tmp_path) -> None:
    import pyogrio

    from layers.export.report import coverage_table, export_report

    _, result = coverage_case
    files = export_report(result, tmp_path / "cov.xlsx")
    assert files.csv.suffix == ".xlsx" and files.geojson.exists()
    assert pyogrio.read_info(files.csv)["driver"] == "XLSX"
    back = pyogrio.read_dataframe(files.csv)
    table = coverage_table(result)
    assert list(back.columns) == table.headers
    body = back[back["municipality"] != "ALL"]
    assert len(body) == len(result.rows) and set(body["municipality"]) == {r["municipality"] for r in result.rows}
    assert set(back.loc[back["municipality"] == "ALL", "zone"]) == {"hotspot", "in-between", "all"}
    assert back["transport_share"].dtype.kind == "f"  # numbers, not text, whatever the reader's locale
    row = next(r for r in result.rows if r["municipality"] == "Helsinki" and r["zone"] == "in-between")
    got = body[(body["municipality"] == "Helsinki") & (body["zone"] == "in-between")].iloc[0]
    assert got["transport_share"] == pytest.approx(row["transport_share"])
    assert (got["reason"] or "") == (row.get("reason") or "")


def test_xlsx_rows_keep_formula_text_as_text_and_mixed_columns(tmp_path) -> None:
    import zipfile

    import pyogrio

    from layers.io.write import write_rows_xlsx

    rows = [{"name": "=1+1", "n": 3, "share": 0.5, "ok": True, "mixed": 1},
            {"name": "Mäntsälä", "n": 4, "share": float("nan"), "ok": False, "mixed": "–"}]
    path = write_rows_xlsx(rows, ["name", "n", "share", "ok", "mixed"], tmp_path / "t.xlsx")
    back = pyogrio.read_dataframe(path)
    assert back["name"].tolist() == ["=1+1", "Mäntsälä"]
    assert back["n"].tolist() == [3, 4] and back["share"].isna().tolist() == [False, True]
    assert back["ok"].tolist() == [True, False] and back["mixed"].tolist() == ["1", "–"]
    with zipfile.ZipFile(path) as z:  # text is a shared string, never a formula cell
        sheet = z.read("xl/worksheets/sheet1.xml").decode()
    assert "<f>" not in sheet
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]  # no temporary file left


def test_report_without_result_is_a_clear_error(tmp_path) -> None:
    from layers.errors import UserError
    from layers.export.report import export_report

    with pytest.raises(UserError, match="run the coverage check first"):
        export_report(None, tmp_path / "x.csv")
    assert list(tmp_path.iterdir()) == []


def test_html_has_coverage_popups_and_gap_layer(coverage_case, tmp_path) -> None:
    from layers.export.html_map import HtmlOptions, export_html

    doc, result = coverage_case
    res = export_html(doc, tmp_path / "cov.html", HtmlOptions(), coverage=result)
    text = (tmp_path / "cov.html").read_text(encoding="utf-8")
    assert "Coverage gaps" in res.layers
    assert "In-between areas: transport" in text and "Meets the target" in text and "\"Why\"" in text
    assert "municipalities meet the target" in text  # summary in the legend


@pytest.mark.gui
def test_page_has_coverage_table_and_gaps(coverage_case, tmp_path) -> None:
    import shutil
    import subprocess

    from app.export.page_render import export_page
    from layers.export.page_layout import PageOptions

    doc, result = coverage_case
    res = export_page(doc, tmp_path / "cov.pdf", PageOptions(title="Coverage page"), coverage=result)
    # drawn (and listed, top first) above the areas and under the points, as on the HTML map
    assert res.legend[:2] == ["Test stops", "Coverage gaps"], res.legend
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext is not installed")
    text = subprocess.run(["pdftotext", str(tmp_path / "cov.pdf"), "-"], capture_output=True, text=True).stdout
    assert "Coverage check" in text and "FAIL" in text and "Porvoo" in text
    no_cov = export_page(doc, tmp_path / "plain.pdf", PageOptions(include_coverage=False), coverage=result)
    assert "Coverage gaps" not in no_cov.legend


@pytest.mark.gui
def test_gap_layer_of_the_coverage_panel_is_not_drawn_twice(coverage_case, tmp_path) -> None:
    from app.export.page_render import export_page
    from layers.export.html_map import export_html
    from layers.export.page_layout import PageOptions
    from layers.model import Layer, LayerKind

    doc, result = coverage_case
    layer = Layer(result.gaps, "Coverage gaps", kind=LayerKind.OTHER, source="coverage check")
    doc.layers.append(layer)
    try:
        res = export_page(doc, tmp_path / "once.png", PageOptions(size_px=(800, 600)), coverage=result)
        assert res.legend.count("Coverage gaps") == 1
        html = export_html(doc, tmp_path / "once.html", coverage=result)
        assert html.layers.count("Coverage gaps") == 1
    finally:
        doc.layers.remove(layer)
