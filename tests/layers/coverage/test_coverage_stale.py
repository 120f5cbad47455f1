"""A coverage result knows what it was computed from: any change of an input marks it out of date at once (the
live state, the analysis layers, the exported result), a radius of a layer in the check does not, and hidden
service layers are not counted (in the window as on the command line)."""

from __future__ import annotations

import geopandas as gpd
import pytest
import shapely

from layers.coverage.derived import GAP_LAYER_NAME, OUT_OF_DATE, is_analysis_layer
from layers.coverage.live import STALE, LiveCoverage
from layers.coverage.population_source import PopulationSource
from layers.errors import UserError
from layers.hotspots import HotspotParams
from layers.model import Layer, LayerKind
from tests.layers.coverage.test_coverage_live import CRS, X0, Y0, compute, document, layer, live, stack

__all__ = ["document", "live", "stack"]  # fixtures used below


def events_of(live):
    seen = []
    live.events.connect(lambda e: seen.append(e) if e.type == STALE else None)
    return seen


def test_a_radius_of_a_layer_in_the_check_keeps_the_result_current(live, document):
    layer(document, "Stops").radius_m = 3_000.0
    assert live.stale == "" and live.current_result().stale == ""


@pytest.mark.parametrize("change, why", [
    (lambda doc: setattr(layer(doc, "Stops"), "visible", False), "'Stops' was hidden"),
    (lambda doc: setattr(layer(doc, "Route"), "kind", LayerKind.OTHER), "kind of layer 'Route'"),
    (lambda doc: setattr(layer(doc, "Stops"), "data", layer(doc, "Stops").data.iloc[:1]), "features of layer"),
    (lambda doc: doc.layers.remove(layer(doc, "Route")), "'Route' was removed"),
    (lambda doc: doc.layers.append(Layer(gpd.GeoDataFrame(geometry=[shapely.Point(X0 + 100, Y0 + 100)], crs=CRS),
                                         "New stops", kind=LayerKind.TRANSPORT)), "'New stops' was added"),
    (lambda doc: doc.set_hotspot_params(HotspotParams(min_population=1_000)), "hot spot settings"),
    (lambda doc: setattr(layer(doc, "Centres"), "data", layer(doc, "Centres").data.iloc[:2]), "'Hot spots' changed"),
    (lambda doc: doc.use_hotspot_layer(None), "'Hot spots' changed"),  # the zones are recomputed
])
def test_each_input_change_marks_the_result_out_of_date(live, document, change, why):
    seen = events_of(live)
    change(document)
    assert why in live.stale and len(seen) == 1 and seen[0].value == live.stale
    current = live.current_result()
    assert current.stale == live.stale and current.to_dict()["out_of_date"] == live.stale
    from layers.export.report import coverage_table

    assert coverage_table(current).summary.startswith("OUT OF DATE")
    flagged = [lyr for lyr in document.layers if lyr.derived]
    assert flagged and all(lyr.note.startswith(OUT_OF_DATE) for lyr in flagged)
    compute(live)  # a new Compute: current again, and the flags go with the new data
    assert live.stale == "" and live.current_result().stale == ""
    gaps = next(lyr for lyr in document.layers if is_analysis_layer(lyr, GAP_LAYER_NAME))
    assert not gaps.note.startswith(OUT_OF_DATE)


def test_a_population_source_marks_it_out_of_date(live, document):
    live.set_population_source(PopulationSource("Settlements (GeoNames)", "population"))
    assert "population source" in live.stale


def test_changes_that_do_not_touch_the_inputs_leave_it_current(live, document):
    other = Layer(gpd.GeoDataFrame(geometry=[shapely.Point(X0, Y0)], crs=CRS), "Notes", kind=LayerKind.PROJECT)
    document.layers.append(other)
    other.visible = False
    layer(document, "Stops").name = "Stops renamed"
    layer(document, "Stops renamed").style = layer(document, "Stops renamed").style
    live.set_radius("Route", 900.0)  # the gaps and links redrawn: derived layers change, nothing is stale
    assert live.stale == ""


def test_hidden_service_layers_are_not_counted(document):
    layer(document, "Route").visible = False
    live = compute(LiveCoverage(document))
    assert set(live.radii) == {"Stops"}
    assert "hidden layers are not counted: Route" in live.note
    layer(document, "Stops").visible = False
    with pytest.raises(UserError, match="hidden, so not counted: Stops, Route"):
        live.inputs()


def test_projects_keep_the_targets_and_damaged_ones_are_left_out(live, document, tmp_path):
    from layers.project.load import load_project
    from layers.project.save import save_project

    live.set_target("transport", 0.4)
    live.set_target("energy", 0.2, hotspot=True)
    save_project(document, tmp_path / "p.gpkg")
    opened = load_project(tmp_path / "p.gpkg")
    again = LiveCoverage(opened)
    assert again.targets == {"transport": 0.4} and again.hotspot_targets == {"energy": 0.2}
    opened.coverage_targets = {"in_between": {"transport": "x", "water": 0.5, "energy": 7}, "hotspot": []}
    assert again.targets == {} and again.hotspot_targets == {}  # nothing odd is judged against
