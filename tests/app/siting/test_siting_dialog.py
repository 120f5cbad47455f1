"""Analysis > Propose sites… and What each facility adds… on the default map: the task runs off the GUI thread,
the proposal becomes one derived layer of the sector's kind with rank and adds_people, the results window shows
the sites and the table, and unique coverage lands on a copy of the layer."""

from __future__ import annotations

import geopandas as gpd
import pytest
import shapely

from app.siting import dialog as siting
from layers.model import Layer, LayerKind
from layers.siting import CandidateSource

pytestmark = pytest.mark.gui


@pytest.fixture()
def window(feature_window, monkeypatch):
    """The default map with two stops; its zones sampled coarsely (the window's own sampling is the engine's,
    tested there): a few samples per km² keep the test fast."""
    import functools

    from layers.coverage.inputs import CoverageInputs

    monkeypatch.setattr("layers.siting.document.CoverageInputs", functools.partial(CoverageInputs,
                        target_samples=1_500, max_spacing=600.0))
    w = feature_window(siting, size=(1000, 700))
    stops = gpd.GeoDataFrame({"name": ["a", "b"]}, geometry=[shapely.Point(385_500, 6_672_000),
                                                             shapely.Point(360_000, 6_700_000)], crs="EPSG:3067")
    w.document.layers.append(Layer(stops, "Stops", kind=LayerKind.TRANSPORT, radius_m=2_000))
    return w



def test_the_dialog_offers_grid_and_point_layers_and_reads_its_values(window, qtbot):
    dialog = siting.ProposeDialog(window)
    qtbot.addWidget(dialog)
    assert dialog.candidates.itemText(0) == siting.GRID and dialog.candidates.findText("Points of Stops") > 0
    assert dialog.radius.value() == 2_000  # the transport layer's radius
    dialog.candidates.setCurrentIndex(dialog.candidates.findText("Points of Stops"))
    assert not dialog.spacing.isEnabled()
    got = dialog.values()
    assert got["candidates"].label == "Stops" and got["zones"] == ("in-between",) and got["count"] == 10


def test_a_proposal_becomes_one_derived_layer_and_a_results_window(window, qtbot):
    feature = siting.SitingFeature(window)
    feature.start(candidates=CandidateSource.grid(5_000), count=4, radius_m=2_000.0, sector="transport",
                  zones=("in-between",), per_municipality_min=0, exclude_zones=())
    qtbot.waitUntil(lambda: feature.results is not None, timeout=120_000)
    proposed = [lyr for lyr in window.document.layers if lyr.name == "Proposed sites"]
    assert len(proposed) == 1
    layer = proposed[0]
    assert layer.derived and layer.kind == LayerKind.TRANSPORT and layer.radius_m == 2_000
    assert "proposed" in layer.note and list(layer.data["rank"]) == [1, 2, 3, 4]
    assert (layer.data["adds_area_km2"] > 0).all() and "adds_people" in layer.data
    assert feature.results.sites.rowCount() == 4 and feature.results.changes.rowCount() > 0
    first = feature.results
    feature.show_result(feature.last)  # a second proposal replaces the first
    assert [lyr.name for lyr in window.document.layers].count("Proposed sites") == 1
    assert feature.results is not first


def test_what_each_facility_adds_lands_on_a_copy_of_the_layer(window, qtbot):
    feature = siting.SitingFeature(window)
    feature.unique()
    qtbot.waitUntil(lambda: any(lyr.name == "Stops — unique coverage" for lyr in window.document.layers),
                    timeout=120_000)
    copy = next(lyr for lyr in window.document.layers if lyr.name == "Stops — unique coverage")
    assert copy.derived and copy.kind == LayerKind.OTHER and len(copy.data) == 2
    assert (copy.data["unique_area_km2"] > 0).all()


def test_unique_coverage_and_proposals_measure_the_coverage_docks_zone_set(window, qtbot, monkeypatch):
    """With a zone set chosen in the Coverage dock, What each facility adds and Propose sites measure its classes
    (municipality x urban core / intermediate / rural), as Compute does, not hot spots / in-between."""
    from layers.coverage.zone_sets import PRESETS, ZoneSet
    from layers.siting import unique
    from tests.app.coverage.test_coverage_zones_task import urban_rural_cells

    window.document.layers.append(Layer(urban_rural_cells(), "Urban-rural", kind=LayerKind.OTHER))
    window.session.coverage.set_zone_set(ZoneSet("Urban-rural", "luokka", dict(PRESETS["syke-urban-rural"].mapping),
                                                 "syke-urban-rural"))
    seen: list[set[str]] = []
    real = unique.run_unique

    def recording(inputs, *args, **kwargs):  # type: ignore[no-untyped-def]
        seen.append(set(inputs.zones.frame["zone"]))
        return real(inputs, *args, **kwargs)

    monkeypatch.setattr(unique, "run_unique", recording)
    siting.SitingFeature(window).unique()
    qtbot.waitUntil(lambda: any(lyr.name == "Stops — unique coverage" for lyr in window.document.layers),
                    timeout=120_000)
    assert seen and {"urban core", "intermediate"} <= seen[0] and "in-between" not in seen[0]
    inputs = []
    monkeypatch.setattr(window, "run_task", lambda title, fn, got, **kw: inputs.append(got))
    siting.SitingFeature(window).start(candidates=CandidateSource.grid(2_000), count=1, radius_m=800.0,
                                       sector="transport")
    assert inputs and "urban core" in set(inputs[0].coverage.zones.frame["zone"])
