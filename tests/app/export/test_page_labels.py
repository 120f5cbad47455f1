"""Labels on pages, on the official boundaries of Helsinki-Uusimaa with the real stations and power plants.

One label engine for the canvas, the preview and every page: all 26 municipalities named at A4 region scale with
no two label boxes overlapping, points outside the region unlabelled, the names as real text in the PDF
(pdftotext) and as ``<text>`` in the SVG, and a PDF label the size the preview shows (measured in millimetres).
"""

from __future__ import annotations

import shutil
import subprocess
import xml.etree.ElementTree as ET

import numpy as np
import pytest

from layers.export.page_layout import PageOptions

pytestmark = pytest.mark.gui

A4 = PageOptions(title="Helsinki-Uusimaa", paper="A4", dpi=150)


@pytest.fixture(scope="module")
def official(shared_data):
    from layers.document import MapDocument
    from layers.io import read_layer
    from layers.io.region_boundaries import RegionChoice, read_region_boundaries
    from layers.model import Layer, LayerKind

    doc = MapDocument.default()
    got = read_region_boundaries(shared_data / "fi_municipalities_2023_nls.geojson", RegionChoice.uusimaa(),
                                 land=doc.land)
    doc.set_boundaries(got.data, "Municipalities", attribution="Boundaries: NLS, CC BY 4.0")
    stations = read_layer(shared_data / "fi_rail_stations_digitraffic_2024.geojson").data
    plants = read_layer(shared_data / "fi_powerplants_2025.geojson").data
    doc.layers.append(Layer(stations, "Rail stations", kind=LayerKind.TRANSPORT, radius_m=1000))
    doc.layers.append(Layer(plants, "Power plants", kind=LayerKind.ENERGY))
    return doc


def _names(doc) -> list[str]:
    return sorted(doc.region_layer.data["name"].astype(str))


def _outside_names(doc, layer_name: str) -> set[str]:
    """Names of a layer's points outside the region that no feature inside it shares."""
    import shapely

    layer = next(lyr for lyr in doc.layers if lyr.name == layer_name)
    data = layer.data
    field = "name" if "name" in data.columns else next(c for c in data.columns if "name" in c.lower())
    inside = shapely.contains_xy(doc.region.outline, data.geometry.x.to_numpy(), data.geometry.y.to_numpy())
    names = data[field].astype(str).to_numpy()
    kept = set(names[inside]) | set(_names(doc))
    return {n for n in names[~inside] if n not in kept and not any(n in k or k in n for k in kept)}


def _renderer(doc, options=A4):
    from app.export.page_devices import render_image
    from app.export.page_render import PageRenderer, ensure_gui_app

    ensure_gui_app()
    renderer = PageRenderer(doc, options)
    image = render_image(renderer)
    return renderer, image


def test_a4_region_page_names_all_26_municipalities_without_overlaps(official) -> None:
    renderer, _ = _renderer(official)
    areas = [lab for lab in renderer.labels if lab.kind == "area"]
    assert sorted(lab.text for lab in areas) == _names(official)
    assert len(areas) == 26
    boxes = np.array([lab.box for lab in renderer.labels])
    for i, a in enumerate(boxes):  # no two placed labels overlap (areas and points alike)
        others = np.delete(boxes, i, axis=0)
        overlap = (others[:, 0] < a[2]) & (others[:, 2] > a[0]) & (others[:, 1] < a[3]) & (others[:, 3] > a[1])
        assert not overlap.any(), renderer.labels[i].text
    k = renderer.px_per_mm * 25.4 / 96
    m = renderer.layout.map
    for lab in renderer.labels:  # every label inside the map frame
        x0, y0, x1, y1 = (v * k / renderer.px_per_mm for v in lab.box)
        assert m.x - 0.01 <= x0 and x1 <= m.right + 0.01 and m.y - 0.01 <= y0 and y1 <= m.bottom + 0.01


def test_points_outside_the_region_are_not_labelled(official) -> None:
    renderer, _ = _renderer(official)
    texts = {lab.text for lab in renderer.labels if lab.kind == "point"}
    assert texts, "stations inside the region are labelled"
    outside = _outside_names(official, "Rail stations") | _outside_names(official, "Power plants")
    assert {"Riihimäki", "Lahti"} & outside, "the frame shows stations beyond the region"
    assert texts & outside == set()


def test_pdf_has_every_municipality_as_text(official, tmp_path) -> None:
    from app.export.page_render import export_page

    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    export_page(official, tmp_path / "map.pdf", A4)
    text = subprocess.run(["pdftotext", str(tmp_path / "map.pdf"), "-"], capture_output=True, text=True,
                          check=True).stdout
    words = set(text.split())
    assert [n for n in _names(official) if n not in words] == []
    assert not {"Riihimäki", "Lahti"} & words, "points outside the region are not labelled"


def test_svg_labels_are_text_elements(official, tmp_path) -> None:
    from app.export.page_render import export_page

    export_page(official, tmp_path / "map.svg", A4)
    root = ET.parse(tmp_path / "map.svg").getroot()
    texts = {"".join(el.itertext()).strip() for el in root.iter("{http://www.w3.org/2000/svg}text")}
    assert [n for n in _names(official) if n not in texts] == []


def _pdf_word_widths_mm(path, word: str) -> list[float]:
    out = subprocess.run(["pdftotext", "-bbox", str(path), "-"], capture_output=True, text=True, check=True).stdout
    root = ET.fromstring(out.replace("<!DOCTYPE", "<!--").replace("dtd\">", "dtd\"-->"))
    return [(float(w.get("xMax")) - float(w.get("xMin"))) * 25.4 / 72 for w in root.iter()
            if w.tag.endswith("word") and w.text == word]


def test_pdf_label_is_the_size_the_preview_shows(official, tmp_path) -> None:
    """Measured in millimetres on paper: the word's box in the PDF (pdftotext -bbox) and the label's ink in the
    preview image; they used to differ about four times."""
    from app.export.page_devices import render_image
    from app.export.page_render import export_page, preview_renderer

    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    export_page(official, tmp_path / "map.pdf", PageOptions(title="t", paper="A4", dpi=300))
    pdf = _pdf_word_widths_mm(tmp_path / "map.pdf", "Nurmijärvi")
    assert len(pdf) == 1, pdf
    preview = preview_renderer(official, A4, max_px=900)
    image = render_image(preview)
    px_per_mm = preview.px_per_mm
    assert px_per_mm < 3.5, "the preview is a small image"
    label = next(lab for lab in preview.labels if lab.text == "Nurmijärvi")
    k = px_per_mm * 25.4 / 96
    x0, y0, x1, y1 = (round(v * k) for v in label.box)
    w, h = image.width(), image.height()
    px = np.frombuffer(image.constBits(), dtype=np.uint32, count=h * image.bytesPerLine() // 4)
    px = px.reshape(h, -1)[:, :w]
    r, g, b = (px >> 16) & 255, (px >> 8) & 255, px & 255
    ink = (r < 110) & (g < 110) & (b < 110)
    cols = np.flatnonzero(ink[max(y0 - 2, 0):y1 + 2, max(x0 - 4, 0):x1 + 4].any(axis=0))
    preview_mm = (cols[-1] - cols[0] + 1) / px_per_mm
    assert preview_mm == pytest.approx(pdf[0], rel=0.15), (preview_mm, pdf[0])
    assert 12 < pdf[0] < 22, "8.5 pt bold 'Nurmijärvi' is about 17 mm wide"
