"""Derived layers in projects: the flag is saved and read back, files written before it read as not derived."""

from __future__ import annotations

import geopandas as gpd
import shapely

from layers.model import Layer
from layers.project import load_project, read_state, save_project
from layers.project.schema import LayerState, ProjectState
from layers.undo import UndoStack


def _points(name: str, derived: bool) -> Layer:
    gdf = gpd.GeoDataFrame({"n": [1]}, geometry=[shapely.Point(385_000, 6_672_000)], crs="EPSG:3067")
    return Layer(gdf, name, derived=derived)


def test_the_derived_flag_survives_save_and_load_and_keeps_the_layer_out_of_the_history(document, tmp_path):
    document.layers.append(_points("Coverage gaps", derived=True))
    document.layers.append(_points("Stops", derived=False))
    path = save_project(document, tmp_path / "derived.gpkg")
    assert {st.name: st.derived for st in read_state(path).layers}["Coverage gaps"] is True
    loaded = load_project(path)
    gaps, stops = loaded.layers.by_name("Coverage gaps"), loaded.layers.by_name("Stops")
    assert gaps is not None and gaps.derived and stops is not None and not stops.derived
    assert not any(lyr.derived for lyr in (loaded.region_layer, loaded.hotspot_layer, loaded.in_between_layer))
    stack = UndoStack(loaded.layers, document=loaded)
    loaded.layers.remove(gaps)
    assert not stack.can_undo


def test_a_state_written_before_the_flag_reads_as_not_derived():
    old = ProjectState(layers=[LayerState(table="rm_a", name="a", kind="other", style={})]).to_json()
    old = old.replace('"derived": false,', "")
    assert "derived" not in old
    (layer,) = ProjectState.from_json(old, "old.gpkg").layers
    assert layer.derived is False
