"""app.map.cached_view: the map widget without interaction, and what the canvas adds on top of it."""

from __future__ import annotations

import numpy as np
import pytest

from tests.app.map.test_canvas import pixels, shown

pytestmark = pytest.mark.gui


def _shown(qtbot, widget):
    shown(qtbot, widget, 640, 400)._render_now()
    return widget


def test_the_canvas_without_its_overlays_shows_what_the_view_shows(qtbot, document):
    from app.map.cached_view import CachedMapView
    from app.map.canvas import MapCanvas

    view = _shown(qtbot, CachedMapView(document))
    canvas = _shown(qtbot, MapCanvas(document))
    assert view.extent() == pytest.approx(canvas.extent())
    canvas.show_scale_bar = canvas.show_north_arrow = False
    bare = pixels(view.grab().toImage())
    assert len(np.unique(bare)) > 50, "the view draws the map"
    assert (bare == pixels(canvas.grab().toImage())).all()
    canvas.show_scale_bar = True
    assert (bare != pixels(canvas.grab().toImage())).sum() > 200, "the scale bar is the canvas's"


def test_the_view_rerenders_on_drawn_changes_only(qtbot, document):
    from app.map.cached_view import CachedMapView

    view = _shown(qtbot, CachedMapView(document))
    assert view.is_render_current()
    document.hotspot_layer.name = "Renamed hot spots"  # no pixel shows the name
    assert view.is_render_current()
    with qtbot.waitSignal(view.rendered, timeout=3000):
        document.hotspot_layer.visible = False
    assert view.is_render_current()


def test_the_canvas_forgets_the_marks_of_a_removed_layer(qtbot, document):
    from app.map.canvas import MapCanvas
    from layers.query import Hit

    canvas = _shown(qtbot, MapCanvas(document))
    hotspots, region = document.hotspot_layer, document.region_layer
    canvas.set_highlight(hotspots, [0, 1])
    canvas.set_identified(Hit(hotspots, 0, 0.0))
    canvas._hover = Hit(hotspots, 1, 0.0)
    region.name = "Renamed"  # another layer's change keeps them
    assert canvas.highlight() is not None and canvas.identified_hit() is not None and canvas.hovered() is not None
    document.layers.remove(hotspots)
    assert canvas.highlight() is None and canvas.identified_hit() is None and canvas.hovered() is None
    canvas.set_highlight(region, [0])
    canvas.set_identified(Hit(region, 0, 0.0))
    document.layers.remove(next(layer for layer in document.layers if layer is not region))
    assert canvas.highlight() is not None and canvas.identified_hit() is not None, "other layers' marks stay"
