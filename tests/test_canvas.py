"""MapPainter and MapCanvas: rendering, caches, pan/zoom, identify, hover, scale bar."""

from __future__ import annotations

import numpy as np
import pytest

pytestmark = pytest.mark.gui


def _render(document, extent=None, size=(800, 500), background=True):
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QImage, QPainter

    from app.map_painter import MapPainter

    image = QImage(*size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(0)
    mp = MapPainter(document)
    p = QPainter(image)
    mp.paint(p, QRectF(0, 0, *size), extent or document.region_extent(), background=background)
    p.end()
    return image, mp


def _pixels(image) -> np.ndarray:
    w, h = image.width(), image.height()
    arr = np.frombuffer(image.constBits(), dtype=np.uint32, count=h * image.bytesPerLine() // 4)
    return arr.reshape(h, image.bytesPerLine() // 4)[:, :w].copy()


def _rgb(hex_colour: str) -> int:
    return 0xFF000000 | int(hex_colour.lstrip("#"), 16)


def test_fit_extent_keeps_aspect_and_centre():
    from app.map_painter import fit_extent

    x0, y0, x1, y1 = fit_extent((0, 0, 100, 100), 200, 100)
    assert (x1 - x0) / (y1 - y0) == pytest.approx(2.0)
    assert ((x0 + x1) / 2, (y0 + y1) / 2) == pytest.approx((50, 50))
    assert fit_extent((0, 0, 400, 100), 100, 100) == pytest.approx((0, -150, 400, 250))


def test_view_transform_round_trip():
    from PySide6.QtCore import QRectF

    from app.map_painter import ViewTransform

    view = ViewTransform.fit((300_000, 6_650_000, 400_000, 6_700_000), QRectF(10, 20, 1000, 500))
    px, py = view.to_target(385_000.0, 6_672_000.0)
    assert view.to_world(px, py) == pytest.approx((385_000.0, 6_672_000.0))
    mapped = view.qtransform().map(385_000.0, 6_672_000.0)
    assert mapped == pytest.approx((px, py))


def test_painter_draws_sea_land_and_layers(qapp, document):
    from app.map_painter import LAND_COLOUR, SEA_COLOUR

    image, _ = _render(document)
    px = _pixels(image)
    colours, _counts = np.unique(px, return_counts=True)
    assert len(colours) > 50, "expected an antialiased map with many colours"
    assert (px == _rgb(SEA_COLOUR)).sum() > 0.05 * px.size, "sea missing"
    # Land outside the region is drawn plain; inside, the in-between areas tint it green.
    assert (px == _rgb(LAND_COLOUR)).sum() > 0.01 * px.size, "land missing"
    r, g, b = (px >> 16) & 255, (px >> 8) & 255, px & 255
    orange = (r > 200) & (g < 180) & (b < 140)
    assert orange.sum() > 200, "hot spots (orange) not drawn"
    greenish = (g > r) & (g > b) & (r > 180)
    assert greenish.sum() > 0.05 * px.size, "in-between areas not drawn"


def test_hidden_layers_are_not_drawn_and_opacity_applies(qapp, document):
    for layer in document.layers:
        layer.visible = False
    image, _ = _render(document, background=False)
    assert (_pixels(image) >> 24).max() == 0, "nothing visible and no background: the image must stay empty"
    document.hotspot_layer.visible = True
    image, _ = _render(document, background=False)
    assert (_pixels(image) >> 24).max() > 0
    document.hotspot_layer.opacity = 0.0
    image, _ = _render(document, background=False)
    assert (_pixels(image) >> 24).max() == 0


def test_categorised_colours_and_many_points(qapp, document):
    import geopandas as gpd

    from layers.model import Layer, LayerKind

    x0, y0, x1, y1 = document.region_extent()
    rng = np.random.default_rng(7)
    n = 20_000
    kinds = np.where(np.arange(n) % 2 == 0, "bus", "rail")
    gdf = gpd.GeoDataFrame({"mode": kinds}, geometry=gpd.points_from_xy(rng.uniform(x0, x1, n),
                                                                         rng.uniform(y0, y1, n)), crs=3067)
    layer = Layer(gdf, "stops", kind=LayerKind.TRANSPORT)
    layer.style = layer.style.with_(category_field="mode", categories=(("bus", "#ff0000"), ("rail", "#0000ff")),
                                    fill_opacity=1.0, width=0.0)
    document.layers.append(layer)
    image, _ = _render(document)
    px = _pixels(image)
    assert (px == 0xFFFF0000).sum() > 1000, "bus stops (red) missing"
    assert (px == 0xFF0000FF).sum() > 1000, "rail stops (blue) missing"


def test_geometry_cache_is_kept_until_the_data_changes(qapp, document):
    from app.map_painter import MapPainter

    mp = MapPainter(document)
    first = mp.geometry(document.hotspot_layer)
    assert mp.geometry(document.hotspot_layer) is first
    document.region_layer.name = "Renamed"  # not a data change
    assert mp.geometry(document.hotspot_layer) is first
    document.set_hotspot_params(document.hotspot_params.__class__(min_population=20_000,
                                                                   density_per_km2=2000.0))
    assert mp.geometry(document.hotspot_layer) is not first


def test_simplification_reduces_vertices_when_zoomed_out(qapp, document):
    from app.geometry_cache import LayerGeometry

    geom = LayerGeometry(document.land)
    fine, coarse = geom.at_level(0), geom.at_level(10)
    assert len(coarse.polygons) < len(fine.polygons)
    assert geom.at_level(10) is coarse


def test_path_from_arrays_matches_coordinates(qapp):
    from app.geometry_cache import path_from_arrays

    coords = np.array([[0, 0], [10, 0], [10, 10], [0, 0], [20, 20], [30, 20], [30, 30], [20, 20]], float)
    types = np.array([0, 1, 1, 1, 0, 1, 1, 1], np.int32)
    path = path_from_arrays(coords, types)
    assert path.elementCount() == 8
    assert path.boundingRect().getCoords() == (0.0, 0.0, 30.0, 30.0)
    assert path.contains(path.boundingRect().center()) is False  # (15, 15) is between the triangles
    assert path.elementAt(4).isMoveTo()
