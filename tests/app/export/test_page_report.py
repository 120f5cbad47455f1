"""The PDF report: the map page, every per-municipality row over as many pages as needed, then the sources."""

from __future__ import annotations

import shutil
import subprocess
from dataclasses import replace

import pytest

from layers.export.page_layout import PageOptions

pytestmark = pytest.mark.gui


@pytest.fixture(scope="module")
def reports(tmp_path_factory):
    """One real coverage run (26 municipalities, 52 rows), exported whole and cut to 3 municipalities."""
    import geopandas as gpd
    from shapely.geometry import Point

    from app.export.page_render import export_page
    from layers.coverage import CoverageInputs, ServiceSpec, run, zones_from_document
    from layers.document import MapDocument
    from layers.model import Layer, LayerKind

    if shutil.which("pdftotext") is None or shutil.which("pdfinfo") is None:
        pytest.skip("pdftotext/pdfinfo (poppler-utils) are not installed")
    doc = MapDocument.default()
    pts = gpd.GeoDataFrame({"name": ["A", "B", "C"]}, crs=3067,
                           geometry=[Point(385_500, 6_672_500), Point(392_000, 6_690_000), Point(425_000, 6_695_000)])
    doc.layers.append(Layer(pts, "Test stops", kind=LayerKind.TRANSPORT, radius_m=3000, source="/data/stops.gpkg",
                            attribution="Stops by a test authority, CC BY 4.0"))
    result = run(CoverageInputs(zones=zones_from_document(doc), services=[ServiceSpec("Test stops", pts, 3000.0)],
                                targets={"all": 0.2}, curve=False, connections=False))
    folder = tmp_path_factory.mktemp("report")
    whole, few = folder / "whole.pdf", folder / "few.pdf"
    export_page(doc, whole, PageOptions(title="Coverage report", paper="A4"), coverage=result)
    export_page(doc, few, PageOptions(title="Coverage report", paper="A4"),
                coverage=replace(result, rows=result.rows[:6]))
    return result, whole, few


def pages(path) -> list[str]:
    text = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True).stdout
    return text.split("\f")[:-1] if text.endswith("\f") else text.split("\f")


def test_every_row_is_in_the_pdf_text(reports) -> None:
    result, whole, _ = reports
    table_text = "\n".join(pages(whole)[1:-1])
    names = sorted({r["municipality"] for r in result.rows})
    assert len(names) == 26
    for name in names:  # each municipality once per zone class, with its reason
        lines = [line for line in table_text.splitlines() if line.strip().startswith(name + " ")]
        assert len(lines) == 2, name
        assert any("Hot spots" in line for line in lines) and any("In-between" in line for line in lines), name
    helsinki = next(r for r in result.rows if r["municipality"] == "Helsinki" and r["zone"] == "in-between")
    assert helsinki["reason"] in table_text
    assert "Why" in table_text and "Transport" in table_text


def test_header_repeats_and_pages_grow_with_the_rows(reports) -> None:
    _, whole, few = reports
    whole_pages, few_pages = pages(whole), pages(few)
    assert len(whole_pages) > len(few_pages) >= 3  # map, table, sources
    for page in whole_pages[1:-1]:
        assert "Municipality" in page and "Covered" in page, "every table page repeats the header"
    assert f"Page {len(whole_pages)} of {len(whole_pages)}" in whole_pages[-1]


def test_sources_and_methods_page(reports) -> None:
    _, whole, _ = reports
    last = " ".join(pages(whole)[-1].split())
    assert "Sources and methods" in last
    assert "Test stops: stops.gpkg; Stops by a test authority, CC BY 4.0" in last
    assert "Test stops: within 3 000 m" in last and "Zone set: hot spots / in-between" in last
    assert "What is approximate" in last and "Schematic" in last
    first = " ".join(pages(whole)[0].split())
    assert "more rows in the CSV report" not in first
