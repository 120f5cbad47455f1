"""Undo/redo of layer operations recorded from model events, whoever changed the model."""

from __future__ import annotations

import geopandas as gpd
import pytest
import shapely

from layers.model import DEFAULT_RADIUS_M, Layer, LayerKind, LayerList
from layers.undo import UndoStack


def _layer(name: str, kind: str = "other") -> Layer:
    pts = gpd.GeoDataFrame({"n": [1]}, geometry=[shapely.Point(385_000, 6_672_000)], crs="EPSG:3067")
    return Layer(pts, name, kind=kind)


@pytest.fixture()
def setup():
    layers = LayerList([_layer("a"), _layer("b"), _layer("c")])
    return layers, UndoStack(layers)


def names(layers: LayerList) -> list[str]:
    return [lyr.name for lyr in layers]


def test_starts_empty_even_with_existing_layers(setup):
    _layers, stack = setup
    assert not stack.can_undo and not stack.can_redo and stack.undo() is False


def test_add_and_remove(setup):
    layers, stack = setup
    d = _layer("d")
    layers.insert(1, d)
    assert stack.undo_text == "add d"
    layers.remove(layers.by_name("c"))
    assert names(layers) == ["a", "d", "b"]
    assert stack.undo() and names(layers) == ["a", "d", "b", "c"]
    assert stack.undo() and names(layers) == ["a", "b", "c"]
    assert stack.redo() and names(layers) == ["a", "d", "b", "c"]
    assert stack.redo() and names(layers) == ["a", "d", "b"]
    assert not stack.can_redo


def test_reorder(setup):
    layers, stack = setup
    layers.move(0, 2)
    layers.move(1, 0)
    assert names(layers) == ["c", "b", "a"]
    stack.undo()
    assert names(layers) == ["b", "c", "a"]
    stack.undo()
    assert names(layers) == ["a", "b", "c"]
    stack.redo()
    stack.redo()
    assert names(layers) == ["c", "b", "a"]


def test_rename_style_radius_and_kind(setup):
    layers, stack = setup
    a = layers[0]
    a.name = "renamed"
    a.style = a.style.with_(fill="#000000")
    a.kind = LayerKind.TRANSPORT  # also gives it a default radius: one step with the kind change
    assert a.radius_m == DEFAULT_RADIUS_M["point"]
    stack.seal()
    a.radius_m = 1234
    assert len(stack) == 4
    assert stack.undo_text == "radius renamed"
    stack.undo()
    assert a.radius_m == DEFAULT_RADIUS_M["point"]
    stack.undo()
    assert a.kind == LayerKind.OTHER and a.radius_m is None
    stack.undo()
    assert a.style.fill != "#000000"
    stack.undo()
    assert a.name == "a"
    for _ in range(4):
        stack.redo()
    assert (a.name, a.style.fill, a.kind, a.radius_m) == ("renamed", "#000000", LayerKind.TRANSPORT, 1234)


def test_rapid_changes_of_one_attribute_merge(setup):
    layers, stack = setup
    a = layers[0]
    original = a.style.opacity
    for value in (0.9, 0.8, 0.5, 0.3):
        a.opacity = value  # a slider being dragged
    assert len(stack) == 1
    stack.undo()
    assert a.opacity == original
    stack.redo()
    assert a.opacity == 0.3
    a.opacity = 0.2  # after an undo/redo the next change is a new step
    assert len(stack) == 2


def test_undo_itself_is_not_recorded_and_new_change_clears_redo(setup):
    layers, stack = setup
    layers[0].name = "x"
    stack.undo()
    assert len(stack) == 0 and stack.can_redo
    layers[1].name = "y"
    assert not stack.can_redo and len(stack) == 1


def test_visibility_and_data_are_not_undo_steps(setup):
    layers, stack = setup
    layers[0].visible = False
    layers[0].note = "n"
    assert not stack.can_undo


def test_macro_and_events(setup):
    layers, stack = setup
    seen = []
    stack.events.connect(lambda e: seen.append((e.can_undo, e.can_redo)))
    with stack.macro("tidy up"):
        layers[0].name = "first"
        layers.move(0, 2)
        layers.remove(layers[0])
    assert len(stack) == 1 and stack.undo_text == "tidy up"
    stack.undo()
    assert names(layers) == ["a", "b", "c"]
    assert seen[-1] == (False, True)


def test_paused_and_reattach(setup):
    layers, stack = setup
    with stack.paused():
        layers.append(_layer("loaded"))
    assert not stack.can_undo
    other = LayerList([_layer("z")])
    layers[0].name = "before"
    stack.attach(other)
    assert not stack.can_undo
    layers[0].name = "ignored"  # the old list is no longer observed
    other[0].name = "zz"
    stack.undo()
    assert other[0].name == "z" and layers[0].name == "ignored"


def test_removed_layer_changes_are_not_recorded_and_readd_works(setup):
    layers, stack = setup
    b = layers[1]
    layers.remove(b)
    b.name = "changed while out"
    assert stack.undo_text == "remove b"
    stack.undo()
    assert b in layers and layers.index(b) == 1


def test_document_layers_undo(document):
    stack = UndoStack(document.layers)
    hot = document.hotspot_layer
    document.layers.remove(hot)
    hot_style = hot.style
    stack.undo()
    assert hot in document.layers and hot.style == hot_style
    assert stack.limit == 200


def _geometry(layer: Layer) -> list[bytes]:
    return list(layer.data.geometry.to_wkb())


def _centres(document) -> Layer:
    towns = document.settlement_layer.data.head(4)
    areas = gpd.GeoDataFrame({"name": ["centre"] * len(towns)}, geometry=towns.geometry.buffer(6000).values,
                             crs=towns.crs)
    return Layer(areas, "Centres", kind="other")


def _two_centre_layers(document, second_name: str) -> tuple[Layer, Layer]:
    """Two polygon layers in the document that could be the hot spots."""
    first, second = _centres(document), _centres(document)
    second.name = second_name
    document.layers.append(first)
    document.layers.append(second)
    return first, second


def _centres_as_hotspots(document) -> tuple[Layer, list[bytes], list[bytes]]:
    """Add a centres layer and use it as the hot spots: (the layer, the hot spots derived before, those from it)."""
    derived = _geometry(document.hotspot_layer)
    centres = _centres(document)
    document.layers.append(centres)
    document.use_hotspot_layer(centres)
    return centres, derived, _geometry(document.hotspot_layer)


def test_undo_of_removing_the_hotspot_source_restores_the_role(document):
    stack = UndoStack(document.layers, document=document)
    centres, derived, from_centres = _centres_as_hotspots(document)
    between = _geometry(document.in_between_layer)
    assert from_centres != derived
    document.layers.remove(centres)
    assert document.hotspot_source is None and _geometry(document.hotspot_layer) == derived
    assert stack.undo_text == "remove Centres"
    assert stack.undo()
    assert centres in document.layers and document.hotspot_source is centres
    assert _geometry(document.hotspot_layer) == from_centres and _geometry(document.in_between_layer) == between
    assert stack.redo()
    assert centres not in document.layers and document.hotspot_source is None
    assert _geometry(document.hotspot_layer) == derived
    assert stack.undo() and document.hotspot_source is centres and _geometry(document.hotspot_layer) == from_centres


def test_removing_a_layer_that_is_not_the_hotspot_source_keeps_the_source_on_undo(document):
    stack = UndoStack(document.layers, document=document)
    centres, other = _two_centre_layers(document, "Other areas")
    document.use_hotspot_layer(centres)
    document.layers.remove(other)
    stack.undo()
    assert other in document.layers and document.hotspot_source is centres


def test_removing_the_hotspot_source_in_a_macro_is_one_step(document):
    stack = UndoStack(document.layers, document=document)
    centres = _centres(document)
    document.layers.append(centres)
    document.use_hotspot_layer(centres)
    n = len(stack)
    with stack.macro("remove selected"):
        document.layers.remove(centres)
        document.layers.remove(document.settlement_layer)
    assert len(stack) == n + 1 and document.hotspot_source is None
    stack.undo()
    assert document.hotspot_source is centres and document.settlement_layer in document.layers


def test_detached_stack_no_longer_follows_the_document(document):
    stack = UndoStack(document.layers, document=document)
    centres = _centres(document)
    document.layers.append(centres)
    document.use_hotspot_layer(centres)
    stack.attach(LayerList([_layer("z")]))
    document.layers.remove(centres)
    assert not stack.can_undo and document.hotspot_source is None


def test_role_is_kept_with_the_removal_whichever_listener_hears_of_it_first(document):
    stack = UndoStack(document.layers, document=document)
    document.layers.events.disconnect(document._on_layers)
    document.layers.events.connect(document._on_layers)  # the document now reacts after the stack
    centres = _centres(document)
    document.layers.append(centres)
    document.use_hotspot_layer(centres)
    document.layers.remove(centres)
    assert document.hotspot_source is None
    stack.undo()
    assert document.hotspot_source is centres


def test_attribution_is_an_undo_step_called_credit(setup):
    layers, stack = setup
    a = layers[0]
    a.attribution = "HSL, CC BY 4.0"
    assert len(stack) == 1 and stack.undo_text == "credit a"
    stack.seal()
    a.attribution = "© City of Helsinki, CC BY 4.0"
    assert len(stack) == 2
    assert stack.undo() and a.attribution == "HSL, CC BY 4.0"
    assert stack.undo() and a.attribution == ""
    assert stack.redo() and a.attribution == "HSL, CC BY 4.0"
    assert stack.redo() and a.attribution == "© City of Helsinki, CC BY 4.0"
    assert not stack.can_redo


def test_choosing_and_unchoosing_the_hotspot_layer_are_undo_steps(document):
    stack = UndoStack(document.layers, document=document)
    derived, derived_between = _geometry(document.hotspot_layer), _geometry(document.in_between_layer)
    centres = _centres(document)
    document.layers.append(centres)
    n = len(stack)
    document.use_hotspot_layer(centres)
    from_centres, between = _geometry(document.hotspot_layer), _geometry(document.in_between_layer)
    assert from_centres != derived and len(stack) == n + 1 and stack.undo_text == "hot spots from Centres"
    assert stack.undo()
    assert document.hotspot_source is None and centres in document.layers
    assert _geometry(document.hotspot_layer) == derived and _geometry(document.in_between_layer) == derived_between
    assert document.hotspot_layer.note.startswith("approximate")
    assert stack.redo()
    assert document.hotspot_source is centres and document.hotspot_layer.note == "from layer 'Centres'"
    assert _geometry(document.hotspot_layer) == from_centres and _geometry(document.in_between_layer) == between
    document.use_hotspot_layer(None)  # un-choosing: one more step
    assert len(stack) == n + 2 and stack.undo_text == "hot spots from settlements"
    assert _geometry(document.hotspot_layer) == derived
    assert stack.undo() and document.hotspot_source is centres and _geometry(document.hotspot_layer) == from_centres
    assert stack.redo() and document.hotspot_source is None and _geometry(document.hotspot_layer) == derived
    assert stack.undo() and stack.undo() and stack.undo()  # un-choose, choose, add
    assert centres not in document.layers and document.hotspot_source is None and not stack.can_undo


def test_switching_the_hotspot_layer_undoes_to_the_previous_layer(document):
    stack = UndoStack(document.layers, document=document)
    first, second = _two_centre_layers(document, "Other centres")
    document.use_hotspot_layer(first)
    document.use_hotspot_layer(first)  # no change: no step
    n = len(stack)
    document.use_hotspot_layer(second)
    assert len(stack) == n + 1
    assert stack.undo() and document.hotspot_source is first
    assert stack.redo() and document.hotspot_source is second


def test_choosing_then_removing_the_hotspot_layer_undoes_step_by_step(document):
    stack = UndoStack(document.layers, document=document)
    centres, derived, from_centres = _centres_as_hotspots(document)
    document.layers.remove(centres)
    assert stack.undo_text == "remove Centres" and document.hotspot_source is None
    assert stack.undo() and centres in document.layers and document.hotspot_source is centres
    assert _geometry(document.hotspot_layer) == from_centres
    assert stack.undo() and document.hotspot_source is None and _geometry(document.hotspot_layer) == derived
    assert stack.redo() and stack.redo()
    assert centres not in document.layers and document.hotspot_source is None


# ---- derived layers (made by an analysis, replaced when it reruns) -------------------------------------------------
def _derived(name: str) -> Layer:
    pts = gpd.GeoDataFrame({"n": [1]}, geometry=[shapely.Point(386_000, 6_673_000)], crs="EPSG:3067")
    return Layer(pts, name, derived=True)


def test_adding_changing_moving_and_removing_a_derived_layer_are_not_undo_steps(setup):
    layers, stack = setup
    layers.move(0, 2)  # a user step before the analysis
    gaps = _derived("Coverage gaps")
    assert gaps.derived and not layers[0].derived
    layers.append(gaps)
    gaps.name = "Gaps"
    gaps.style = gaps.style.with_(fill="#343a40")
    gaps.radius_m = 900.0
    gaps.attribution = "own analysis"
    layers.move(layers.index(gaps), 0)
    layers.remove(gaps)
    assert len(stack) == 1 and stack.undo_text == "move a"
    with stack.macro("rerun"):
        layers.append(_derived("Coverage gaps"))
    assert len(stack) == 1
    assert stack.undo() and names(layers) == ["a", "b", "c", "Coverage gaps"]  # the analysis layer stays


def test_user_steps_around_a_replaced_derived_layer_still_undo_and_redo(setup):
    layers, stack = setup
    old = _derived("Links")
    layers.append(old)
    layers.move(0, 3)  # a to the top, above the derived layer
    assert names(layers) == ["b", "c", "Links", "a"]
    layers.remove(old)  # the analysis reruns: its layer goes ...
    new = _derived("Links")
    layers.insert(0, new)  # ... and a new one comes (at the bottom, say)
    assert stack.undo() and names(layers) == ["a", "Links", "b", "c"]
    layers.remove(new)  # a rerun that links nothing: the list is shorter than when the move was made
    assert stack.redo() and names(layers) == ["b", "c", "a"]
    assert stack.undo() and names(layers) == ["a", "b", "c"]


def test_choosing_a_derived_layer_as_the_hot_spots_is_not_an_undo_step(document):
    stack = UndoStack(document.layers, document=document)
    areas = Layer(document.hotspot_layer.data.head(3), "Pass/fail areas", derived=True)
    document.layers.append(areas)
    document.use_hotspot_layer(areas)
    document.layers.remove(areas)  # the rerun removes it: the document derives the hot spots again
    assert document.hotspot_source is None
    assert not stack.can_undo


@pytest.mark.parametrize(("code", "added", "radius"), [
    ("en", "add d", "radius d"), ("fi", "tason d lisääminen", "tason d palvelusäde"),
    ("sv", "tillägg av d", "serviceradie för d")])
def test_the_steps_are_named_in_the_interface_language(language, code, added, radius):
    """The Edit menu's "Undo …" names the step in the language (the layer's name as it was)."""
    language(code)
    layers = LayerList()
    stack = UndoStack(layers)
    layers.append(_layer("d", "transport"))
    assert stack.undo_text == added
    layers[0].radius_m = 900.0
    assert stack.undo_text == radius
