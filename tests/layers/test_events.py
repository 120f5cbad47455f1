"""Typed events: every emitter declares its event types, and a name it does not declare fails at once."""

from __future__ import annotations

from enum import StrEnum

import geopandas as gpd
import pytest
import shapely

from layers.document import DocumentEvent
from layers.events import Emitter, UnknownEventError
from layers.model import Layer, LayerEvent, LayerList, LayerListEvent
from layers.undo import UndoEvent, UndoStack


class Colour(StrEnum):
    RED = "red"
    GREEN = "green"


def _layer(name: str = "a") -> Layer:
    pts = gpd.GeoDataFrame({"n": [1]}, geometry=[shapely.Point(385_000, 6_672_000)], crs="EPSG:3067")
    return Layer(pts, name)


def test_emitting_an_undeclared_type_raises_and_calls_nobody():
    emitter = Emitter(Colour)
    heard = []
    emitter.connect(heard.append)
    with pytest.raises(UnknownEventError, match=r"'blue' is not an event of Colour \(it has: red, green\)"):
        emitter.emit("blue")  # type: ignore[arg-type]
    with pytest.raises(UnknownEventError):
        emitter.emit(LayerEvent.NAME)  # type: ignore[arg-type]  # a member of another emitter's enum
    assert heard == []


def test_connecting_to_an_undeclared_type_raises_and_connects_nothing():
    layers = LayerList()
    before = len(layers.events._callbacks)
    with pytest.raises(UnknownEventError, match="'insrted'"):
        layers.events.connect(lambda e: None, ["insrted"])
    with pytest.raises(UnknownEventError):
        layers.events.connect(lambda e: None, [DocumentEvent.REGION])
    assert len(layers.events._callbacks) == before


def test_a_filtered_listener_hears_only_its_types_and_disconnects():
    layers = LayerList()
    heard = []

    def on_removed(event):
        heard.append(event.type)

    layers.events.connect(on_removed, [LayerListEvent.REMOVED])
    layer = _layer()
    layers.append(layer)
    layer.name = "b"
    layers.remove(layer)
    assert heard == [LayerListEvent.REMOVED]
    layers.events.disconnect(on_removed)
    layers.append(layer)
    layers.remove(layer)
    assert heard == [LayerListEvent.REMOVED]


def test_event_types_are_the_declared_members_and_still_equal_their_names():
    layers = LayerList()
    seen = []
    layers.events.connect(seen.append)
    layer = _layer()
    layers.append(layer)
    layer.visible = False
    inserted, changed = seen
    assert inserted.type is LayerListEvent.INSERTED and inserted.type == "inserted"
    assert changed.type is LayerListEvent.CHANGED and changed.what is LayerEvent.VISIBLE
    assert layers.events.emit("moved", layers, src=0, dst=0, layer=layer).type is LayerListEvent.MOVED


def test_each_model_emitter_declares_its_own_types(document):
    assert document.events.types is DocumentEvent
    assert document.layers.events.types is LayerListEvent
    assert document.region_layer.events.types is LayerEvent
    assert UndoStack(document.layers).events.types is UndoEvent
    assert {e.value for e in DocumentEvent} >= {"region", "hotspots", "params", "hotspot_source", "project"}


def test_blocked_emitter_stays_silent():
    emitter = Emitter(Colour)
    heard = []
    emitter.connect(heard.append)
    with emitter.blocked():
        emitter.emit(Colour.RED)
    emitter.emit(Colour.GREEN)
    assert [e.type for e in heard] == [Colour.GREEN]
