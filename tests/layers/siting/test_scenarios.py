"""Scenarios: name the map's state, switch back to it, compare two per municipality x zone, keep them in the
project file."""

from __future__ import annotations

import functools

import geopandas as gpd
import pytest
import shapely

from layers.coverage.inputs import CoverageInputs
from layers.coverage.verdict import Targets
from layers.errors import UserError
from layers.model import Layer, LayerKind
from layers.siting.document import SITES_LAYER_NAME
from layers.siting.scenarios import apply, capture, compare, scenarios_of

HELSINKI = (385_500.0, 6_672_000.0)


@pytest.fixture()
def mapped(document):
    stops = gpd.GeoDataFrame(geometry=[shapely.Point(*HELSINKI)], crs="EPSG:3067")
    layer = Layer(stops, "Stops", kind=LayerKind.TRANSPORT, radius_m=500)
    document.layers.append(layer)
    return document, layer


def test_capture_and_switch_back(mapped):
    document, layer = mapped
    capture(document, "now")
    layer.radius_m, layer.visible = 2_000, False
    sites = gpd.GeoDataFrame({"rank": [1]}, geometry=[shapely.Point(360_000, 6_700_000)], crs="EPSG:3067")
    document.layers.append(Layer(sites, SITES_LAYER_NAME, kind=LayerKind.TRANSPORT, radius_m=900, derived=True))
    wide = capture(document, "wide")
    assert wide.layers == {"Stops": (False, 2_000, None)} and wide.sites == [(360_000.0, 6_700_000.0)]
    assert apply(document, scenarios_of(document)["now"]) == []
    assert layer.radius_m == 500 and layer.visible
    assert not any(lyr.name == SITES_LAYER_NAME for lyr in document.layers)  # "now" had no proposal
    assert apply(document, wide) == []
    proposed = [lyr for lyr in document.layers if lyr.name == SITES_LAYER_NAME]
    assert len(proposed) == 1 and proposed[0].radius_m == 900 and proposed[0].derived
    document.layers.remove(layer)
    assert apply(document, wide) == ["scenario 'wide': layer 'Stops' is no longer on the map"]
    with pytest.raises(UserError, match="give it a name"):
        capture(document, "  ")


def test_scenarios_are_kept_in_the_project(mapped, tmp_path):
    from layers.project import load_project
    from layers.project.save import save_project

    document, layer = mapped
    capture(document, "now")
    layer.radius_m = 1_200
    capture(document, "later")
    path = save_project(document, tmp_path / "p.gpkg")
    loaded = scenarios_of(load_project(path))
    assert list(loaded) == ["now", "later"]
    assert loaded["now"].layers == {"Stops": (True, 500.0, None)}
    assert loaded["later"].layers == {"Stops": (True, 1_200.0, None)}


def test_compare_gives_both_shares_and_the_difference(mapped, monkeypatch):
    monkeypatch.setattr("layers.siting.document.CoverageInputs", functools.partial(CoverageInputs,
                        target_samples=1_500, max_spacing=600.0))
    document, layer = mapped
    small = capture(document, "small")
    layer.radius_m = 3_000
    large = capture(document, "large")
    rows = compare(document, small, large, None, Targets())
    assert len(rows) == 2 * len(document.region.municipalities)
    assert all(r["difference"] is None or r["difference"] >= -1e-9 for r in rows)
    helsinki = [r for r in rows if r["municipality"] == "Helsinki" and r["difference"]]
    assert helsinki and all(r["large"] > r["small"] for r in helsinki)


def test_switching_is_one_undo_step_with_the_proposed_sites(mapped):
    from layers.siting.scenarios import switch
    from layers.undo import UndoStack

    document, layer = mapped
    stack = UndoStack(document.layers, document=document)
    sites = gpd.GeoDataFrame({"rank": [1], "adds_people": [120.0]}, geometry=[shapely.Point(360_000, 6_700_000)],
                             crs="EPSG:3067")
    mine = Layer(sites, SITES_LAYER_NAME, kind=LayerKind.TRANSPORT, radius_m=900, derived=True)
    document.layers.append(mine)
    proposed = capture(document, "proposed")
    layer.radius_m, layer.visible = 2_000, False
    document.layers.remove(mine)
    bare = capture(document, "bare")
    stack.clear()
    assert switch(document, proposed, stack) == []
    assert len(stack) == 1 and stack.undo_text == "switch to scenario proposed"
    assert layer.radius_m == 500 and layer.visible
    assert [lyr.name for lyr in document.layers].count(SITES_LAYER_NAME) == 1
    assert stack.undo()
    assert (layer.radius_m, layer.visible) == (2_000, False)
    assert not any(lyr.name == SITES_LAYER_NAME for lyr in document.layers)
    assert stack.redo()
    assert layer.radius_m == 500 and layer.visible
    again = [lyr for lyr in document.layers if lyr.name == SITES_LAYER_NAME]
    assert len(again) == 1 and again[0].radius_m == 900
    switch(document, bare, stack)
    assert len(stack) == 2 and not any(lyr.name == SITES_LAYER_NAME for lyr in document.layers)
    stack.undo()  # the proposal put back is the very layer the switch took away, with its fields
    back = [lyr for lyr in document.layers if lyr.name == SITES_LAYER_NAME]
    assert back == [again[0]] and (layer.radius_m, layer.visible) == (500, True)
