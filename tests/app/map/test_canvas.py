"""MapPainter and MapCanvas: rendering, caches, pan/zoom, identify, hover, scale bar."""

from __future__ import annotations

import numpy as np
import pytest

pytestmark = pytest.mark.gui


def _render(document, extent=None, size=(800, 500), background=True):
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QImage, QPainter

    from app.render.painter import MapPainter

    image = QImage(*size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(0)
    mp = MapPainter(document)
    p = QPainter(image)
    mp.paint(p, QRectF(0, 0, *size), extent or document.region_extent(), background=background)
    p.end()
    return image, mp


def pixels(image) -> np.ndarray:
    """A QImage's ARGB32 pixels as a (height, width) uint32 array (test_cached_view and test_map_prepare too)."""
    w, h = image.width(), image.height()
    arr = np.frombuffer(image.constBits(), dtype=np.uint32, count=h * image.bytesPerLine() // 4)
    return arr.reshape(h, image.bytesPerLine() // 4)[:, :w].copy()


def _rgb(hex_colour: str) -> int:
    return 0xFF000000 | int(hex_colour.lstrip("#"), 16)


def test_fit_extent_keeps_aspect_and_centre():
    from app.render.view import fit_extent

    x0, y0, x1, y1 = fit_extent((0, 0, 100, 100), 200, 100)
    assert (x1 - x0) / (y1 - y0) == pytest.approx(2.0)
    assert ((x0 + x1) / 2, (y0 + y1) / 2) == pytest.approx((50, 50))
    assert fit_extent((0, 0, 400, 100), 100, 100) == pytest.approx((0, -150, 400, 250))


def test_view_transform_round_trip():
    from PySide6.QtCore import QRectF

    from app.render.view import ViewTransform

    view = ViewTransform.fit((300_000, 6_650_000, 400_000, 6_700_000), QRectF(10, 20, 1000, 500))
    px, py = view.to_target(385_000.0, 6_672_000.0)
    assert view.to_world(px, py) == pytest.approx((385_000.0, 6_672_000.0))
    mapped = view.qtransform().map(385_000.0, 6_672_000.0)
    assert mapped == pytest.approx((px, py))


def test_painter_draws_sea_land_and_layers(qapp, document):
    from app.render.painter import LAND_COLOUR, SEA_COLOUR

    image, _ = _render(document)
    px = pixels(image)
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
    assert (pixels(image) >> 24).max() == 0, "nothing visible and no background: the image must stay empty"
    document.hotspot_layer.visible = True
    image, _ = _render(document, background=False)
    assert (pixels(image) >> 24).max() > 0
    document.hotspot_layer.opacity = 0.0
    image, _ = _render(document, background=False)
    assert (pixels(image) >> 24).max() == 0


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
    px = pixels(image)
    assert (px == 0xFFFF0000).sum() > 1000, "bus stops (red) missing"
    assert (px == 0xFF0000FF).sum() > 1000, "rail stops (blue) missing"


def test_geometry_cache_is_kept_until_the_data_changes(qapp, document):
    from app.render.painter import MapPainter

    mp = MapPainter(document)
    first = mp.geometry(document.hotspot_layer)
    assert mp.geometry(document.hotspot_layer) is first
    document.region_layer.name = "Renamed"  # not a data change
    assert mp.geometry(document.hotspot_layer) is first
    document.set_hotspot_params(document.hotspot_params.__class__(min_population=20_000,
                                                                   density_per_km2=2000.0))
    assert mp.geometry(document.hotspot_layer) is not first


def test_simplification_reduces_vertices_when_zoomed_out(qapp, document):
    from app.render.geometry_cache import LayerGeometry

    geom = LayerGeometry(document.land)
    fine, coarse = geom.at_level(0), geom.at_level(10)
    assert len(coarse.polygons) < len(fine.polygons)
    assert geom.at_level(10) is coarse


def test_path_from_arrays_matches_coordinates(qapp):
    from app.render.geometry_cache import path_from_arrays

    coords = np.array([[0, 0], [10, 0], [10, 10], [0, 0], [20, 20], [30, 20], [30, 30], [20, 20]], float)
    types = np.array([0, 1, 1, 1, 0, 1, 1, 1], np.int32)
    path = path_from_arrays(coords, types)
    assert path.elementCount() == 8
    assert path.boundingRect().getCoords() == (0.0, 0.0, 30.0, 30.0)
    assert path.contains(path.boundingRect().center()) is False  # (15, 15) is between the triangles
    assert path.elementAt(4).isMoveTo()


# ---- MapCanvas ---------------------------------------------------------------------------------------------------
def shown(qtbot, view, width: int = 800, height: int = 500):
    """A map view (a MapCanvas or CachedMapView) at this size, shown and zoomed to the region."""
    view.resize(width, height)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    view.zoom_to_region()
    return view


@pytest.fixture()
def canvas(qtbot, document):
    from app.map.canvas import MapCanvas

    return shown(qtbot, MapCanvas(document))


def test_extent_round_trip_and_region_in_view(canvas, document):
    x0, y0, x1, y1 = canvas.extent()
    rx0, ry0, rx1, ry1 = document.region_extent()
    assert x0 <= rx0 and y0 <= ry0 and x1 >= rx1 and y1 >= ry1, "zoom_to_region must show the whole region"
    assert (x1 - x0) / (y1 - y0) == pytest.approx(800 / 500)
    canvas.set_extent((380_000, 6_660_000, 400_000, 6_680_000))
    x0, y0, x1, y1 = canvas.extent()
    assert (x0 + x1) / 2 == pytest.approx(390_000) and (y0 + y1) / 2 == pytest.approx(6_670_000)
    assert y1 - y0 == pytest.approx(20_000)  # height limits the fit at 800x500


def test_wheel_zoom_keeps_the_point_under_the_cursor(canvas, qtbot):
    from PySide6.QtCore import QPoint, QPointF, Qt
    from PySide6.QtGui import QWheelEvent
    from PySide6.QtWidgets import QApplication

    pos = QPointF(610.0, 140.0)
    before = canvas.to_map(pos.x(), pos.y())
    mpp = canvas.metres_per_pixel()
    for delta in (120, 120, -120 * 3, 240):
        event = QWheelEvent(pos, canvas.mapToGlobal(pos), QPoint(0, 0), QPoint(0, delta), Qt.MouseButton.NoButton,
                            Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False)
        QApplication.sendEvent(canvas, event)
        assert canvas.to_map(pos.x(), pos.y()) == pytest.approx(before, abs=1e-6)
    assert canvas.metres_per_pixel() == pytest.approx(mpp / 2**0.5)  # net +1 notch of sqrt(2)


def test_drag_pans_and_arrow_keys_pan(canvas, qtbot):
    from PySide6.QtCore import QPoint, Qt

    cx, cy = canvas.centre()
    mpp = canvas.metres_per_pixel()
    qtbot.mousePress(canvas, Qt.MouseButton.LeftButton, pos=QPoint(400, 250))
    qtbot.mouseMove(canvas, QPoint(450, 270))
    qtbot.mouseMove(canvas, QPoint(500, 300))
    qtbot.mouseRelease(canvas, Qt.MouseButton.LeftButton, pos=QPoint(500, 300))
    assert canvas.centre() == pytest.approx((cx - 100 * mpp, cy + 50 * mpp))
    cx, cy = canvas.centre()
    qtbot.keyClick(canvas, Qt.Key.Key_Left)
    assert canvas.centre() == pytest.approx((cx - 200 * mpp, cy))  # content moves right: view goes west
    qtbot.keyClick(canvas, Qt.Key.Key_Down)
    assert canvas.centre() == pytest.approx((cx - 200 * mpp, cy - 125 * mpp))
    qtbot.keyClick(canvas, Qt.Key.Key_Plus)
    assert canvas.metres_per_pixel() == pytest.approx(mpp / 2)
    qtbot.keyClick(canvas, Qt.Key.Key_Minus)
    assert canvas.metres_per_pixel() == pytest.approx(mpp)


def test_pan_blits_the_cached_render_then_rerenders(canvas, qtbot):
    canvas._render_now()
    assert canvas.is_render_current()
    before = canvas._cache
    canvas.pan_pixels(30, 0, render="none")
    assert not canvas.is_render_current() and canvas._cache is before
    image = canvas.grab().toImage()  # paints the shifted pixmap without a full render
    assert canvas._cache is before and image.width() == 800
    canvas.pan_pixels(30, 0)
    qtbot.waitUntil(canvas.is_render_current, timeout=3000)  # re-rendered after a short idle
    assert canvas._cache is not before


def test_zoom_to_layer_fits_the_layer(canvas, document):
    layer = document.hotspot_layer
    canvas.zoom_to_layer(layer)
    x0, y0, x1, y1 = canvas.extent()
    lx0, ly0, lx1, ly1 = layer.bounds
    assert x0 <= lx0 and y0 <= ly0 and x1 >= lx1 and y1 >= ly1
    # fitted: the layer fills the view along one axis (within the 4 % margin)
    assert max((lx1 - lx0) / (x1 - x0), (ly1 - ly0) / (y1 - y0)) > 0.9


def _helsinki_centre(document):
    muni = document.region.municipalities
    row = int(np.flatnonzero(muni["name"].to_numpy() == "Helsinki")[0])
    return row, float(muni.iloc[row]["centre_x"]), float(muni.iloc[row]["centre_y"])


def test_identify_click_shows_the_feature_attributes(canvas, document, qtbot):
    from PySide6.QtCore import QPoint, Qt

    row, x, y = _helsinki_centre(document)
    canvas.set_extent((x - 20_000, y - 20_000, x + 20_000, y + 20_000))
    px, py = canvas.to_screen(x, y)
    with qtbot.waitSignal(canvas.identified, timeout=2000) as blocker:
        qtbot.mouseClick(canvas, Qt.MouseButton.LeftButton, pos=QPoint(round(px), round(py)))
    hits = blocker.args[0]
    muni_hits = [h for h in hits if h.layer is document.region_layer]
    assert [h.row for h in muni_hits] == [row]

    from app.map.identify import IdentifyPanel

    panel = IdentifyPanel()
    qtbot.addWidget(panel)
    panel.show_hits(hits, "here")
    texts = panel.rows()
    assert (document.region_layer.name, "") in texts
    assert ("name", "Helsinki") in texts and ("code", "091") in texts
    assert any(k == "population" and v.replace(",", "").isdigit() for k, v in texts)


def test_hover_highlights_the_feature_under_the_cursor(canvas, document, qtbot):
    from PySide6.QtCore import QPoint

    row, x, y = _helsinki_centre(document)
    for layer in document.layers:
        if layer is not document.region_layer:
            layer.visible = False
    canvas.set_extent((x - 20_000, y - 20_000, x + 20_000, y + 20_000))
    canvas._render_now()
    plain = pixels(canvas.grab().toImage())
    px, py = canvas.to_screen(x, y)
    qtbot.mouseMove(canvas, QPoint(round(px), round(py)))
    qtbot.waitUntil(lambda: canvas.hovered() is not None, timeout=2000)
    assert canvas.hovered().layer is document.region_layer and canvas.hovered().row == row
    lit = pixels(canvas.grab().toImage())
    r, g, b = (lit >> 16) & 255, (lit >> 8) & 255, lit & 255
    yellow = (r > 200) & (g > 170) & (b < 120)
    assert yellow.sum() > 200 and (plain != lit).sum() > 1000, "hover highlight not drawn"


def test_set_highlight_draws_selected_features(canvas, document):
    canvas._render_now()
    plain = pixels(canvas.grab().toImage())
    canvas.set_highlight(document.hotspot_layer, [0, 1, 2])
    lit = pixels(canvas.grab().toImage())
    assert (plain != lit).sum() > 100
    canvas.set_highlight(document.hotspot_layer, [])
    assert canvas.highlight() is None


def test_scale_bar_is_a_round_length_matching_the_map_scale(canvas):
    from app.map.canvas import SCALE_BAR_MAX_PX

    for mpp in (0.37, 3.0, 48.0, 160.0, 999.0):
        canvas._set_view(canvas.centre(), mpp, render="none")
        metres, pixels, label = canvas.scale_bar()
        mantissa = metres / 10 ** np.floor(np.log10(metres))
        assert round(mantissa, 9) in (1.0, 2.0, 5.0)
        assert pixels == pytest.approx(metres / canvas.metres_per_pixel())
        assert SCALE_BAR_MAX_PX / 2.5 - 1e-9 <= pixels <= SCALE_BAR_MAX_PX + 1e-9
        assert label.endswith(" km") or label.endswith(" m")


def test_canvas_draws_its_overlays_where_its_looks_say(canvas):
    from app.map.canvas import NORTH_ARROW_LOOK

    canvas._render_now()
    with_overlays = pixels(canvas.grab().toImage())
    canvas.show_scale_bar = False
    canvas.show_north_arrow = False
    bare = pixels(canvas.grab().toImage())
    h, w = bare.shape
    changed = with_overlays != bare
    ys, xs = np.nonzero(changed)
    assert len(ys) > 200
    bottom_left = changed[h // 2:, : w // 2]
    top_right = changed[: h // 2, w // 2:]
    assert bottom_left.sum() + top_right.sum() == changed.sum()  # nothing else moved
    assert xs.max() == w - 14 - 1 and ys.min() == 10  # the arrow's box ends 14 px from the right, 10 from the top
    assert np.nonzero(top_right)[1].min() + w // 2 == w - 14 - NORTH_ARROW_LOOK.width
    assert xs.min() == 8 and ys.max() == h - 8 - 1  # the scale bar's box starts 8 px from the left and bottom


def test_layer_changes_trigger_a_rerender(canvas, document, qtbot):
    canvas._render_now()
    with qtbot.waitSignal(canvas.rendered, timeout=3000):
        document.hotspot_layer.visible = False
    with qtbot.waitSignal(canvas.rendered, timeout=3000):
        document.hotspot_layer.style = document.hotspot_layer.style.with_(fill="#000000")


def test_many_void_qt_calls_do_not_exhaust_none(qapp):
    """PySide6 6.12 on Python 3.11 drops a None reference per void call; importing the canvas protects None."""
    import sys

    from PySide6.QtCore import QPointF

    import app.render.painter  # noqa: F401  (applies app.qt_compat.protect_none_refcount)

    point = QPointF()
    for _ in range(3 * sys.getrefcount(None) // 2 if sys.getrefcount(None) < 10**9 else 20_000):
        point.setX(1.0)  # without the protection this aborts the interpreter on affected builds
    assert sys.getrefcount(None) > 1000


def test_chunks_cover_every_vertex_and_lines_split_without_gaps(qapp):
    from app.render.geometry_cache import LINE_TO, MOVE_TO, Strokes, _chunk, split_lines

    n = 300
    coords = np.c_[np.arange(n, dtype=float) * 1000, np.zeros(n)]
    types = np.full(n, LINE_TO, np.int32)
    types[0] = MOVE_TO
    lines = split_lines(Strokes(coords, types, np.zeros(n, np.int64)), 64)
    starts = np.flatnonzero(lines.types == MOVE_TO)
    assert len(starts) == 5  # 300 vertices -> pieces of at most 64
    assert all(np.diff(np.r_[starts, len(lines)]) <= 65)
    # every cut repeats the previous vertex: consecutive pieces touch
    for s in starts[1:]:
        assert np.array_equal(lines.coords[s], lines.coords[s - 1])
    chunks = _chunk(lines, np.array(["#000000"], dtype=object), 50_000.0, polygons=False)
    assert sum(path.elementCount() for _, path, _ in chunks) == len(lines)
    assert len(chunks) > 1, "a 300 km line must fall into several 50 km cells"
    x0 = min(b[0] for *_, b in chunks)
    x1 = max(b[2] for *_, b in chunks)
    assert (x0, x1) == (0.0, (n - 1) * 1000.0)


def test_zoomed_in_view_draws_only_what_it_shows(qapp, document):
    """Lines far outside the view are culled by chunk; a line crossing the view is still drawn."""
    import geopandas as gpd
    import shapely

    from layers.model import Layer, LayerKind

    far = shapely.LineString([(250_000, 6_650_000), (260_000, 6_650_000)])
    cross = shapely.LineString([(380_000, 6_600_000), (380_000, 6_750_000)])
    layer = Layer(gpd.GeoDataFrame(geometry=[far, cross], crs=3067), "lines", kind=LayerKind.TRANSPORT)
    layer.style = layer.style.with_(stroke="#ff00ff", width=3.0)
    for other in list(document.layers):
        other.visible = False
    document.layers.append(layer)
    image, mp = _render(document, extent=(379_000, 6_670_000, 381_000, 6_671_000), size=(400, 200))
    px = pixels(image)
    magenta = (((px >> 16) & 255) > 200) & (((px >> 8) & 255) < 60) & ((px & 255) > 200)
    cols = np.flatnonzero(magenta.any(axis=0))
    assert len(cols) and cols.min() >= 195 and cols.max() <= 205 and magenta.any(axis=1).all()
    level = next(iter(mp.geometry(layer)._levels.values()))
    chunks = next(v for k, v in level.paths.items() if k[0] == "lines")
    assert len(chunks) >= 2


def test_middle_button_pans_without_identify_and_context_menu_copies_coordinates(canvas, qtbot, qapp):
    from PySide6.QtCore import QPoint, Qt

    identified = []
    canvas.identified.connect(lambda *a: identified.append(a))
    cx, cy = canvas.centre()
    mpp = canvas.metres_per_pixel()
    qtbot.mousePress(canvas, Qt.MouseButton.MiddleButton, pos=QPoint(300, 200))
    qtbot.mouseMove(canvas, QPoint(340, 200))
    qtbot.mouseRelease(canvas, Qt.MouseButton.MiddleButton, pos=QPoint(340, 200))
    assert canvas.centre() == pytest.approx((cx - 40 * mpp, cy))
    qtbot.mouseClick(canvas, Qt.MouseButton.MiddleButton, pos=QPoint(340, 200))
    assert identified == []

    menu = canvas.context_menu(400, 250)
    x, y = canvas.to_map(400, 250)
    copy = next(a for a in menu.actions() if a.text().startswith("Copy E, N"))
    copy.trigger()
    assert qapp.clipboard().text() == f"{x:.1f}, {y:.1f}"
    latlon = next(a for a in menu.actions() if a.text().startswith("Copy lat, lon"))
    latlon.trigger()
    lat, lon = (float(v) for v in qapp.clipboard().text().split(","))
    assert 59.5 < lat < 61.0 and 22.5 < lon < 27.0
    zoom_in = next(a for a in menu.actions() if a.text() == "Zoom in here")
    zoom_in.trigger()
    assert canvas.to_map(400, 250) == pytest.approx((x, y))
    assert canvas.metres_per_pixel() == pytest.approx(mpp / 2)


def test_identified_feature_is_marked_and_the_panel_can_switch_it(canvas, document, qtbot):
    from app.map.identify import IdentifyPanel

    _row, x, y = _helsinki_centre(document)
    canvas.set_extent((x - 20_000, y - 20_000, x + 20_000, y + 20_000))
    px, py = canvas.to_screen(x, y)
    hits = canvas.identify_at(px, py)
    assert canvas.identified_hit() is hits[0]
    panel = IdentifyPanel()
    qtbot.addWidget(panel)
    panel.hit_selected.connect(canvas.set_identified)
    panel.show_hits(hits, "here")
    last_layer = panel.tree.topLevelItem(panel.tree.topLevelItemCount() - 1)
    panel.tree.setCurrentItem(last_layer.child(0).child(0))  # a field row of the last feature
    assert canvas.identified_hit() is hits[-1]
    canvas.identify_at(*canvas.to_screen(x, y - 17_000))  # open sea south of Helsinki: nothing there
    assert canvas.identified_hit() is None


def test_a_paused_drag_renders_without_waiting_for_the_release(canvas, qtbot):
    from PySide6.QtCore import QPoint, Qt

    canvas._render_now()
    qtbot.mousePress(canvas, Qt.MouseButton.LeftButton, pos=QPoint(400, 250))
    qtbot.mouseMove(canvas, QPoint(420, 250))
    qtbot.mouseMove(canvas, QPoint(460, 250))
    assert not canvas.is_render_current()
    qtbot.waitUntil(canvas.is_render_current, timeout=3000)  # still holding the button
    qtbot.mouseRelease(canvas, Qt.MouseButton.LeftButton, pos=QPoint(460, 250))


@pytest.mark.parametrize("dpr", [1.0, 2.0])
def test_points_land_where_they_belong_at_any_device_pixel_ratio(qapp, document, dpr):
    import geopandas as gpd
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QImage, QPainter

    from app.render.painter import MapPainter
    from layers.model import Layer, LayerKind

    for layer in list(document.layers):
        layer.visible = False
    extent = (380_000.0, 6_670_000.0, 384_000.0, 6_672_500.0)  # 4000 x 2500 m in a 400 x 250 target
    pts = gpd.GeoDataFrame(geometry=gpd.points_from_xy([381_000.0, 383_500.0], [6_671_000.0, 6_672_000.0]),
                           crs=3067)
    layer = Layer(pts, "two points", kind=LayerKind.TRANSPORT)
    layer.style = layer.style.with_(fill="#ff0000", fill_opacity=1.0, width=0.0, point_size=8.0)
    document.layers.append(layer)
    image = QImage(round(400 * dpr), round(250 * dpr), QImage.Format.Format_ARGB32_Premultiplied)
    image.setDevicePixelRatio(dpr)
    image.fill(0)
    p = QPainter(image)
    MapPainter(document).paint(p, QRectF(0, 0, 400, 250), extent, background=False)
    p.end()
    px = pixels(image)
    red = ((px >> 16) & 255) > 200
    for x, y in ((381_000.0, 6_671_000.0), (383_500.0, 6_672_000.0)):
        cx, cy = (x - extent[0]) / 10 * dpr, (extent[3] - y) / 10 * dpr
        assert red[round(cy), round(cx)], f"point not drawn at ({cx}, {cy}) for dpr {dpr}"
        assert not red[round(cy), min(round(cx + 7 * dpr), red.shape[1] - 1)], "symbol larger than its size"
    assert 2 * np.pi * (4 * dpr) ** 2 * 0.6 < red.sum() < 2 * np.pi * (4 * dpr + 1) ** 2 * 1.2


def test_vector_devices_get_vector_output_only(qapp, document, tmp_path):
    """SVG (and PDF) output: points, lines, polygons and labels as vector paths, never embedded images."""
    import geopandas as gpd
    from PySide6.QtCore import QRectF, QSize
    from PySide6.QtGui import QPainter
    from PySide6.QtSvg import QSvgGenerator

    from app.render.painter import MapPainter
    from layers.model import Layer, LayerKind

    x0, y0, x1, y1 = document.region_extent()
    rng = np.random.default_rng(3)
    pts = gpd.GeoDataFrame(geometry=gpd.points_from_xy(rng.uniform(x0, x1, 50), rng.uniform(y0, y1, 50)), crs=3067)
    document.layers.append(Layer(pts, "stops", kind=LayerKind.TRANSPORT))
    out = tmp_path / "map.svg"
    gen = QSvgGenerator()
    gen.setFileName(str(out))
    gen.setSize(QSize(800, 500))
    gen.setViewBox(QRectF(0, 0, 800, 500))
    p = QPainter(gen)
    MapPainter(document).paint(p, QRectF(0, 0, 800, 500), document.region_extent())
    p.end()
    svg = out.read_text()
    assert "<image" not in svg, "a raster image was embedded in vector output"
    assert svg.count("<path") >= 5
    assert "#1c7ed6" in svg.lower()  # the point symbols' fill colour


def test_named_points_are_labelled_only_when_few_are_in_view(qapp, document):
    import geopandas as gpd

    from app.render.labels import MAX_POINT_LABELS
    from layers.model import Layer

    for layer in list(document.layers):
        layer.visible = False
    n = MAX_POINT_LABELS * 3
    xs = 380_000.0 + np.arange(n) * 100.0
    pts = gpd.GeoDataFrame({"name": [f"Stop {i}" for i in range(n)]},
                           geometry=gpd.points_from_xy(xs, np.full(n, 6_671_000.0)), crs=3067)
    layer = Layer(pts, "named stops")
    layer.style = layer.style.with_(fill="#0000ff", fill_opacity=1.0, width=0.0)
    document.layers.append(layer)

    def dark_text_pixels(extent):
        image, _ = _render(document, extent=extent, size=(600, 300), background=False)
        px = pixels(image)
        r, g, b, a = (px >> 16) & 255, (px >> 8) & 255, px & 255, px >> 24
        return int(((a > 200) & (r < 100) & (g < 100) & (b < 100)).sum())  # label text is dark grey

    few = dark_text_pixels((380_000.0, 6_670_000.0, 381_200.0, 6_672_000.0))  # ~12 points in view
    many = dark_text_pixels((380_000.0, 6_660_000.0, 416_000.0, 6_680_000.0))  # all 360 points in view
    assert few > 200, "named points in a close view must be labelled"
    assert many == 0, "too many points in view: no labels"


def test_canvas_names_every_municipality_at_region_scale_clear_of_its_overlays(canvas, document, shared_data):
    """The desktop's region view used to drop Nurmijärvi, Järvenpää, Kerava and Kauniainen; stations outside the
    region are not labelled, and no label lies under the scale bar or the north arrow."""
    from layers.io import read_layer
    from layers.model import Layer, LayerKind

    stations = read_layer(shared_data / "fi_rail_stations_digitraffic_2024.geojson").data
    document.layers.append(Layer(stations, "Rail stations", kind=LayerKind.TRANSPORT))
    canvas.resize(1100, 700)
    canvas.zoom_to_region()
    canvas._render_now(force=True)
    placed = canvas.map_painter.last_labels
    names = sorted(lab.text for lab in placed if lab.kind == "area")
    assert names == sorted(document.region_layer.data["name"])
    points = {lab.text for lab in placed if lab.kind == "point"}
    assert points and not {"Riihimäki", "Lahti", "Salo"} & points, points
    for box in canvas.label_obstacles():
        for lab in placed:
            x0, y0, x1, y1 = lab.box
            assert not (x0 < box.right() and box.left() < x1 and y0 < box.bottom() and box.top() < y1), lab.text
