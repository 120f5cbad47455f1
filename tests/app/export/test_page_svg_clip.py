"""SVG pages keep the map inside its frame: land, lines, points and labels never cross the title, legend or footer.

Qt's SVG generator drops clip paths in its default SVG 1.2 Tiny, so a land polygon larger than the frame
covered the whole page in every viewer; the page is now written as SVG 1.1 with the frame as a clip path.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

import pytest

from layers.export.page_layout import PageOptions

pytestmark = pytest.mark.gui

NUM = re.compile(r"[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?")
SVG = "{http://www.w3.org/2000/svg}"


def matrix(el):
    m = re.search(r"matrix\(([^)]*)\)", el.get("transform", ""))
    return tuple(float(v) for v in m.group(1).split(",")) if m else (1, 0, 0, 1, 0, 0)


def mul(a, b):
    """a applied after b."""
    return (a[0] * b[0] + a[2] * b[1], a[1] * b[0] + a[3] * b[1], a[0] * b[2] + a[2] * b[3],
            a[1] * b[2] + a[3] * b[3], a[0] * b[4] + a[2] * b[5] + a[4], a[1] * b[4] + a[3] * b[5] + a[5])


def points(el):
    tag = el.tag.removeprefix(SVG)
    if tag == "path":
        v = [float(x) for x in NUM.findall(el.get("d", ""))]
    elif tag in ("polyline", "polygon"):
        v = [float(x) for x in NUM.findall(el.get("points", ""))]
    elif tag == "rect":
        x, y, w, h = (float(el.get(k, 0)) for k in ("x", "y", "width", "height"))
        v = [x, y, x + w, y + h]
    elif tag in ("circle", "ellipse"):
        cx, cy = float(el.get("cx", 0)), float(el.get("cy", 0))
        rx = float(el.get("rx", el.get("r", 0)))
        ry = float(el.get("ry", el.get("r", 0)))
        v = [cx - rx, cy - ry, cx + rx, cy + ry]
    elif tag == "line":
        v = [float(el.get(k, 0)) for k in ("x1", "y1", "x2", "y2")]
    elif tag in ("text", "image"):
        x, y = float(el.get("x", 0)), float(el.get("y", 0))
        v = [x, y, x + float(el.get("width", 0)), y + float(el.get("height", 0))]
    else:
        return []
    return list(zip(v[0::2], v[1::2], strict=False))  # a path's d may end on a command letter


def drawn(root):
    """(tag, bbox, clip ids) of every drawn element, in the SVG's viewBox units."""
    clips = {}
    out = []

    def walk(el, m, clip_ids, in_defs):
        tag = el.tag.removeprefix(SVG)
        m = mul(m, matrix(el))
        ref = re.match(r"url\(#(.*)\)", el.get("clip-path", ""))
        if ref:
            clip_ids = (*clip_ids, ref.group(1))
        if tag in ("defs", "clipPath"):
            in_defs = True
        pts = points(el)
        if pts:
            xs = [m[0] * x + m[2] * y + m[4] for x, y in pts]
            ys = [m[1] * x + m[3] * y + m[5] for x, y in pts]
            box = (min(xs), min(ys), max(xs), max(ys))
            if in_defs:
                cp = el.get("_clip")
                if cp:
                    clips[cp] = box
            else:
                out.append((tag, box, clip_ids))
        for child in el:
            if tag == "clipPath":
                child.set("_clip", el.get("id"))
            walk(child, m, clip_ids, in_defs)

    walk(root, (1, 0, 0, 1, 0, 0), (), False)
    return out, clips


def crossing(root, frame, tol=1.5):
    """Drawn elements that cross the frame's edge without a clip path within the frame."""
    fx0, fy0, fx1, fy1 = frame
    items, clips = drawn(root)

    def inside(b):
        return b[0] >= fx0 - tol and b[1] >= fy0 - tol and b[2] <= fx1 + tol and b[3] <= fy1 + tol

    def outside(b):
        return b[2] <= fx0 + tol or b[0] >= fx1 - tol or b[3] <= fy0 + tol or b[1] >= fy1 - tol

    bad = []
    for tag, box, ids in items:
        if any(i in clips and inside(clips[i]) for i in ids):
            continue
        if not inside(box) and not outside(box):
            bad.append((tag, box))
    return bad


@pytest.fixture(scope="module")
def spilling_svg(tmp_path_factory):
    """An A4 page of the default map plus land, a line and points that reach far beyond the region's frame."""
    import geopandas as gpd
    from shapely.geometry import LineString, Point, box

    from app.export.page_render import PageRenderer, export_page
    from layers.document import MapDocument
    from layers.model import Layer, LayerKind, Style

    doc = MapDocument.default()
    crs = "EPSG:3067"
    land = gpd.GeoDataFrame({"name": ["Southern Finland"]}, geometry=[box(0, 6_300_000, 1_000_000, 7_300_000)],
                            crs=crs)
    line = gpd.GeoDataFrame({"name": ["Long line"]}, geometry=[LineString([(-500_000, 6_500_000),
                                                                           (1_500_000, 7_000_000)])], crs=crs)
    pts = gpd.GeoDataFrame({"name": ["Turku", "Tampere", "Espoo"]}, geometry=[
        Point(240_000, 6_710_000), Point(327_000, 6_822_000), Point(375_000, 6_675_000)], crs=crs)
    doc.layers.insert(len(doc.layers), Layer(land, "Land", kind=LayerKind.OTHER,
                                              style=Style(fill="#e9ecef", stroke="#495057")))
    doc.layers.insert(0, Layer(line, "Long line", kind=LayerKind.TRANSPORT))
    doc.layers.insert(0, Layer(pts, "Towns", kind=LayerKind.OTHER))
    out = tmp_path_factory.mktemp("svgclip") / "page.svg"
    opts = PageOptions(title="Clipped to the frame", paper="A4", dpi=96)
    export_page(doc, out, opts)
    r = PageRenderer(doc, opts)
    k = r.options.page_px()[0] / r.layout.page.w
    m = r.layout.map
    return ET.parse(out).getroot(), (m.x * k, m.y * k, m.right * k, m.bottom * k), r.options.page_px()


def test_nothing_of_the_map_crosses_the_frame(spilling_svg) -> None:
    root, frame, (w, h) = spilling_svg
    bad = [(tag, b) for tag, b in crossing(root, frame) if b != (0.0, 0.0, float(w), float(h))]  # page background
    assert bad == []


def test_the_frame_is_a_clip_path_that_holds_what_spills(spilling_svg) -> None:
    root, frame, _ = spilling_svg
    items, clips = drawn(root)
    assert clips, "the SVG carries no clip path"
    fx0, fy0, fx1, fy1 = frame
    assert any(abs(c[0] - fx0) < 1.5 and abs(c[1] - fy0) < 1.5 and abs(c[2] - fx1) < 1.5 and abs(c[3] - fy1) < 1.5
               for c in clips.values()), "no clip path is the map frame"
    spilling = [b for _tag, b, ids in items if ids and (b[0] < fx0 - 5 or b[2] > fx1 + 5)]
    assert spilling, "the land and the long line reach past the frame and must be drawn clipped"
