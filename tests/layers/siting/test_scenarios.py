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


def test_switching_back_keeps_every_field_of_the_proposed_sites(mapped, tmp_path):
    """A proposal's sites come back with all their fields and dtypes (people not known stay not known), also from
    a saved project; a scenario of an older project (points only) comes back ranked; the distance choice is kept
    with the scenario (older: a straight line)."""
    import numpy as np

    from layers.coverage.network_choice import NetworkChoice
    from layers.project import load_project
    from layers.project.save import save_project
    from layers.siting.scenarios import Scenario

    document, _ = mapped
    sites = gpd.GeoDataFrame({"rank": [1, 2], "adds_people": [120.5, np.nan], "adds_area_km2": [0.25, 0.125],
                              "municipality": ["Helsinki", "Espoo"], "zone": ["in-between", "hotspot"],
                              "candidate": [17, 4], "name": ["a", "b"]},
                             geometry=[shapely.Point(360_000, 6_700_000), shapely.Point(361_000, 6_701_000)],
                             crs="EPSG:3067")
    document.layers.append(Layer(sites, SITES_LAYER_NAME, kind=LayerKind.TRANSPORT, radius_m=900, derived=True))
    document.coverage_distance = NetworkChoice("Streets", "bike", 120.0, unit="min", reach_min=(("Stops", 4.0),))
    proposed = capture(document, "proposed")
    document.coverage_distance = None
    bare = Scenario("bare", {"Stops": (True, 500.0, None)})
    apply(document, bare)
    assert not any(lyr.name == SITES_LAYER_NAME for lyr in document.layers)

    def back(doc, scenario):
        apply(doc, scenario)
        return next(lyr for lyr in doc.layers if lyr.name == SITES_LAYER_NAME).data

    got = back(document, proposed)
    assert list(got.columns) == list(sites.columns)
    for column in sites.columns.drop("geometry"):
        assert got[column].dtype == sites[column].dtype, column
        assert got[column].equals(sites[column]), column
    saved = scenarios_of(load_project(save_project(document, tmp_path / "p.gpkg")))["proposed"]
    assert saved.distance == proposed.distance and saved.distance.minutes
    again = back(document, saved)
    assert again.drop(columns="geometry").equals(sites.drop(columns="geometry"))
    assert np.isnan(again["adds_people"].iloc[1])
    old = Scenario.from_dict({"name": "old", "layers": {}, "sites": [[360_000.0, 6_700_000.0]],
                              "sites_sector": "transport", "sites_radius_m": 900.0})
    assert old.distance is None and old.sites_fields == []
    assert list(back(document, old).drop(columns="geometry").columns) == ["rank"]
    odd = Scenario.from_dict({"name": "odd", "sites": [[360_000.0, 6_700_000.0]],
                              "sites_fields": [{"name": "rank", "values": [1, 2]}, "x", {"name": 3, "values": [1]}],
                              "distance": {"layer": 7}})
    assert odd.sites_fields == [] and odd.distance is None  # hand-edited: what does not fit is left out
