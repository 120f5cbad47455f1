"""Legend swatches are drawn as the map draws the layer: the colour of a swatch is the colour of the map.

The pass/fail layer's "fail" swatch used to be pink while failing municipalities on the map were brown, because
the translucent gap layer lies on top of them there: the swatch now shows fail alone (left) and under the gaps
(right), each the colour the map has.
"""

from __future__ import annotations

import geopandas as gpd
import pytest
import shapely

from layers.export.page_layout import PageOptions

pytestmark = pytest.mark.gui


def _rgb(image, x: float, y: float) -> tuple[int, int, int]:
    c = image.pixelColor(round(x), round(y))
    return c.red(), c.green(), c.blue()


def _close(a, b, tol: int = 6) -> bool:
    return all(abs(p - q) <= tol for p, q in zip(a, b, strict=True))


def test_swatches_have_the_colours_of_the_map(document) -> None:
    from app.export.page_devices import render_image
    from app.export.page_render import SCREEN_DPI, PageRenderer, ensure_gui_app
    from app.render.view import ViewTransform
    from layers.coverage.derived import GAP_LAYER_NAME, PASS_FAIL_LAYER_NAME, gap_style, pass_fail_style
    from layers.model import Layer, LayerKind, Style

    ensure_gui_app()
    for layer in document.layers:
        layer.visible = False
    pass_box, fail_box = shapely.box(360_000, 6_690_000, 380_000, 6_710_000), shapely.box(390_000, 6_690_000,
                                                                                          410_000, 6_710_000)
    verdicts = gpd.GeoDataFrame({"municipality": ["A", "B"], "status": ["pass", "fail"]},
                                geometry=[pass_box, fail_box], crs=3067)
    gaps = gpd.GeoDataFrame(geometry=[shapely.box(400_000, 6_690_000, 410_000, 6_710_000)], crs=3067)
    stations = gpd.GeoDataFrame(geometry=gpd.points_from_xy([330_000], [6_700_000]), crs=3067)
    document.layers.append(Layer(verdicts, PASS_FAIL_LAYER_NAME, style=pass_fail_style(), derived=True))
    document.layers.append(Layer(gaps, GAP_LAYER_NAME, style=gap_style(), derived=True))
    document.layers.append(Layer(stations, "Stations", kind=LayerKind.TRANSPORT,
                                 style=Style(fill="#1c7ed6", stroke="#1864ab", point_size=14, fill_opacity=1.0)))
    renderer = PageRenderer(document, PageOptions(title="Swatches", paper="A4", dpi=150))
    image = render_image(renderer)
    k = renderer.px_per_mm * 25.4 / SCREEN_DPI
    t = renderer._rect(renderer.layout.map)
    view = ViewTransform.fit(renderer.extent, t.__class__(t.x() / k, t.y() / k, t.width() / k, t.height() / k))

    def on_map(x: float, y: float) -> tuple[int, int, int]:
        px, py = view.to_target(x, y)
        return _rgb(image, px * k, py * k)

    swatches = dict(renderer.swatches)
    fail, passed, dot = swatches["fail"], swatches["pass"], swatches["Stations"]
    fail_alone, fail_under_gaps = on_map(395_000, 6_700_000), on_map(405_000, 6_700_000)
    assert not _close(fail_alone, fail_under_gaps, 20), "the gaps change how fail looks on the map"
    left = _rgb(image, fail.x() + fail.width() * 0.25, fail.center().y())
    right = _rgb(image, fail.x() + fail.width() * 0.75, fail.center().y())
    assert _close(left, fail_alone), (left, fail_alone)
    assert _close(right, fail_under_gaps), (right, fail_under_gaps)
    assert _close(_rgb(image, passed.x() + passed.width() * 0.25, passed.center().y()),
                  on_map(370_000, 6_700_000)), "pass has no gaps over it on this map: its left half is the map's"
    assert _close(_rgb(image, dot.center().x(), dot.center().y()), on_map(330_000, 6_700_000)), "point symbol"
