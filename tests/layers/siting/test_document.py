"""Siting inputs from the open map: its shown service layers, not an earlier proposal, and no layer needed."""

from __future__ import annotations

import geopandas as gpd
import shapely

from layers.coverage.verdict import Targets
from layers.model import Layer, LayerKind
from layers.siting import CandidateSource
from layers.siting.document import SITES_LAYER_NAME, siting_inputs


def test_an_earlier_proposal_and_hidden_layers_are_not_existing_layers(document):
    pts = gpd.GeoDataFrame(geometry=[shapely.Point(385_500, 6_672_000)], crs="EPSG:3067")
    document.layers.append(Layer(pts, "Stops", kind=LayerKind.TRANSPORT, radius_m=500))
    document.layers.append(Layer(pts, "Hidden", kind=LayerKind.TRANSPORT, radius_m=500, visible=False))
    document.layers.append(Layer(pts, SITES_LAYER_NAME, kind=LayerKind.TRANSPORT, radius_m=500, derived=True))
    got = siting_inputs(document, None, Targets({"transport": 0.5}), CandidateSource.grid(1_000), 3, 600.0,
                        "transport", per_municipality_min=1)
    assert [s.name for s in got.coverage.services] == ["Stops"]
    assert got.coverage.targets == {"transport": 0.5} and got.per_municipality_min == 1
    assert got.name == SITES_LAYER_NAME and len(got.coverage.zones) == 2 * len(document.region.municipalities)


def test_a_map_without_service_layers_still_gives_inputs(document):
    got = siting_inputs(document, None, Targets(), CandidateSource.grid(1_000), 3, 600.0, "energy")
    assert got.coverage.services == [] and got.sector == "energy"
