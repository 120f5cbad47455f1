"""Print-ready pages: PNG size and DPI, vector PDF with real text, SVG that parses, legend = visible layers."""

from __future__ import annotations

import shutil
import struct
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from layers.export.page_layout import PageOptions

pytestmark = pytest.mark.gui


def png_info(path: Path) -> tuple[int, int, float | None]:
    """Width, height and DPI (from the pHYs chunk) of a PNG file."""
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    pos, width, height, dpi = 8, 0, 0, None
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + length]
        if kind == b"IHDR":
            width, height = struct.unpack(">II", body[:8])
        elif kind == b"pHYs":
            ppm_x, _ppm_y, unit = struct.unpack(">IIB", body)
            dpi = ppm_x * 0.0254 if unit == 1 else None
        pos += 12 + length
    return width, height, dpi


def distinct_colours(path: Path) -> int:
    from PySide6.QtGui import QImage

    img = QImage(str(path))
    small = img.scaled(200, 140)
    return len({small.pixel(x, y) for x in range(small.width()) for y in range(small.height())})


def pdf_text(path: Path) -> str:
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    return subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout


@pytest.fixture()
def real_document(document, shared_data):
    from layers.io import read_layer
    from layers.model import Layer, LayerKind, Style

    routes = read_layer(shared_data / "hsl_routes_2022.geojson").data
    stations = read_layer(shared_data / "fi_rail_stations_digitraffic_2024.geojson").data
    document.layers.append(Layer(routes, "HSL routes", kind=LayerKind.TRANSPORT,
                                 attribution="Contains data from Helsinki Region Transport (HSL), CC BY 4.0"))
    document.layers.append(Layer(stations, "Rail stations", kind=LayerKind.TRANSPORT, radius_m=1000,
                                 attribution="Contains data from Fintraffic / Digitraffic, CC BY 4.0",
                                 style=Style(fill="#d6336c", stroke="#a61e4d")))
    return document


def test_png_has_requested_size_dpi_and_content(document, tmp_path) -> None:
    from app.export.page_render import export_page

    out = tmp_path / "map.png"
    res = export_page(document, out, PageOptions(title="PNG test", size_px=(1600, 1000), dpi=200))
    assert png_info(out) == (1600, 1000, pytest.approx(200, abs=0.1))
    assert res.size_px == (1600, 1000)
    assert distinct_colours(out) > 30  # a real map, not a blank page
    assert [p.name for p in tmp_path.iterdir()] == ["map.png"]


def test_png_paper_size_at_dpi(document, tmp_path) -> None:
    from app.export.page_render import export_page

    out = tmp_path / "a4.png"
    export_page(document, out, PageOptions(paper="A4", orientation="portrait", dpi=100))
    w, h, dpi = png_info(out)
    assert (w, h) == (827, 1169) and dpi == pytest.approx(100, abs=0.1)


def test_pdf_is_vector_with_real_text(real_document, tmp_path) -> None:
    from app.export.page_render import export_page

    out = tmp_path / "map.pdf"
    res = export_page(real_document, out, PageOptions(title="Coverage of Uusimaa", subtitle="Draft", paper="A3"))
    text = pdf_text(out)
    flat = " ".join(text.split())
    for label in ("Coverage of Uusimaa", "Legend", "HSL routes", "Rail stations", "Hot spots", "In-between areas",
                  "EPSG:3067", "Contains data from Helsinki Region Transport (HSL), CC BY 4.0", "Schematic"):
        assert label in flat, label
    assert "Settlements (GeoNames)" not in flat  # hidden layer: not in the legend
    assert res.legend == ["Rail stations", "HSL routes", "Municipalities (schematic)", "Hot spots",
                          "In-between areas"]
    if shutil.which("pdfimages"):
        images = subprocess.run(["pdfimages", "-list", str(out)], capture_output=True, text=True).stdout
        assert len(images.strip().splitlines()) <= 2, "the map must be vector, not an embedded image"
    raw = out.read_bytes()
    assert raw.startswith(b"%PDF") and len(raw) > 20_000


def test_pdf_page_size_is_the_paper(document, tmp_path) -> None:
    from app.export.page_render import export_page

    if shutil.which("pdfinfo") is None:
        pytest.skip("pdfinfo (poppler-utils) is not installed")
    out = tmp_path / "a3.pdf"
    export_page(document, out, PageOptions(paper="A3", orientation="landscape", dpi=300))
    info = subprocess.run(["pdfinfo", str(out)], capture_output=True, text=True).stdout
    size = next(line for line in info.splitlines() if line.startswith("Page size"))
    w_pt, h_pt = (float(v) for v in size.split(":")[1].split("pts")[0].split(" x "))
    assert w_pt == pytest.approx(420 / 25.4 * 72, abs=1.5) and h_pt == pytest.approx(297 / 25.4 * 72, abs=1.5)


def _svg_text(root: ET.Element) -> str:
    return " ".join(" ".join(t.itertext()) for t in root.iter() if t.tag.endswith("text"))


def test_svg_parses_and_has_text_and_paths(real_document, tmp_path) -> None:
    from app.export.page_render import export_page

    out = tmp_path / "map.svg"
    export_page(real_document, out, PageOptions(title="SVG export", dpi=96))
    root = ET.parse(out).getroot()
    assert root.tag.endswith("svg")
    paths = [t for t in root.iter() if t.tag.endswith("path")]
    assert len(paths) >= 5
    assert sum(len(t.get("d", "")) for t in paths) > 50_000  # the map geometry is vector
    text = _svg_text(root)
    assert "SVG export" in text and "HSL routes" in text and "Legend" in text


def test_hiding_a_layer_removes_it_from_the_page(document, tmp_path) -> None:
    from app.export.page_render import export_page

    document.hotspot_layer.visible = False
    out = tmp_path / "nohot.pdf"
    res = export_page(document, out, PageOptions(title="Without hot spots"))
    assert "Hot spots" not in res.legend
    assert "Hot spots" not in pdf_text(out).replace("Hot spots:", "")


def test_scale_bar_label_matches_paper_scale(document, tmp_path) -> None:
    from app.export.page_render import PageRenderer

    opts = PageOptions(paper="A4", dpi=150)
    r = PageRenderer(document, opts)
    x0, _, x1, _ = r.extent
    m_per_mm = (x1 - x0) / r.layout.map.w
    assert r.scale.length_mm * m_per_mm == pytest.approx(r.scale.length_m)
    # the map box's aspect equals the extent's: the scale is the same across and along
    assert (x1 - x0) / (r.extent[3] - r.extent[1]) == pytest.approx(r.layout.map.w / r.layout.map.h)


def test_view_frame_uses_the_view(document, tmp_path) -> None:
    from app.export.page_render import PageRenderer

    document.view = (380_000.0, 6_660_000.0, 400_000.0, 6_680_000.0)
    r = PageRenderer(document, PageOptions(frame="view"))
    assert r.extent[2] - r.extent[0] < 40_000
    assert r.scale.length_m < 10_000


def test_failure_leaves_no_file(document, tmp_path) -> None:
    from app.export.page_render import export_page
    from layers.errors import Cancelled

    out = tmp_path / "cancelled.png"
    with pytest.raises(Cancelled):
        export_page(document, out, PageOptions(), cancelled=lambda: True)
    assert list(tmp_path.iterdir()) == []
