"""The map builds a new layer's paths and label anchors in a worker before the render that draws them, and
the render then draws the very same picture as one that builds everything itself (issue 17)."""

from __future__ import annotations

import threading
import time

import numpy as np
import pytest

from tests.app.map.test_canvas import pixels, shown

pytestmark = pytest.mark.gui


def _canvas(qtbot, document):
    from app.map.canvas import MapCanvas

    canvas = shown(qtbot, MapCanvas(document), 800, 560)
    with qtbot.waitSignal(canvas.first_frame, timeout=10_000):  # shown: later renders follow changes
        canvas._render_now()
    return canvas


def _wait_drawn(qtbot, canvas) -> None:
    qtbot.waitUntil(lambda: not canvas.preparing() and canvas.is_render_current(), timeout=30_000)


def _areas(document, step: int):
    """Named polygons over the region (a new layer with labels): every ``step``-th municipality, shrunk."""
    muni = document.region.municipalities.iloc[::step]
    return muni.assign(geometry=muni.geometry.buffer(-500.0))[["name", "geometry"]].reset_index(drop=True)


def test_a_new_layer_is_built_off_the_gui_thread_and_drawn_as_an_inline_render_draws_it(
        qtbot, document, monkeypatch):
    from app.render import geometry_cache
    from layers.model import Layer, LayerKind

    canvas = _canvas(qtbot, document)
    threads: list[str] = []
    build = geometry_cache.LayerGeometry.build_level

    def watched_build(self, level):
        threads.append(threading.current_thread().name)
        return build(self, level)

    monkeypatch.setattr(geometry_cache.LayerGeometry, "build_level", watched_build)
    layer = Layer(_areas(document, 2), "Test areas", kind=LayerKind.OTHER)
    document.layers.append(layer)
    _wait_drawn(qtbot, canvas)
    assert threads and threading.main_thread().name not in threads  # paths built in the worker only
    assert canvas.map_painter._labels.has(layer)  # its labels' anchors too
    drawn = pixels(canvas._cache.toImage())
    built = len(threads)

    canvas.map_painter.invalidate()  # the same picture, everything built inside the render
    canvas._render_now()
    assert len(threads) > built and threads[-1] == threading.main_thread().name
    assert (drawn == pixels(canvas._cache.toImage())).all()
    assert len(np.unique(drawn)) > 50


def test_what_a_worker_built_for_data_since_replaced_is_not_kept(qtbot, document):
    from app.render import prepare
    from layers.model import Layer, LayerKind

    canvas = _canvas(qtbot, document)
    painter = canvas.map_painter
    layer = Layer(_areas(document, 2), "Test areas", kind=LayerKind.OTHER)
    document.layers.append(layer)
    wanted = painter.needs(canvas.zoom_level())
    assert any(need.layer_id == layer.id for need in wanted.needs)
    layer.data = _areas(document, 3)  # replaced while the worker builds
    painter.adopt(prepare.run(wanted))
    assert painter.geometry(layer).n_rows == len(layer.data)  # built for the new data, not the old
    _wait_drawn(qtbot, canvas)


def test_zooming_to_a_new_level_builds_it_in_the_worker(qtbot, document):
    canvas = _canvas(qtbot, document)
    before = canvas.zoom_level()
    canvas.zoom_by(4.0)
    deadline = time.monotonic() + 30
    while canvas.zoom_level() == before and time.monotonic() < deadline:
        qtbot.wait(10)
    _wait_drawn(qtbot, canvas)
    level = canvas.zoom_level()
    assert level != before
    drawn = [canvas.map_painter.geometry(layer) for layer in document.layers if layer.visible and len(layer.data)]
    assert all(geom.has_level(level) for geom in drawn if geom.has_polygons or geom.has_lines)
