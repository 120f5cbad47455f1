"""A layer's source / licence set after loading (as the layer panel does): kept in projects, printed by exports."""

from __future__ import annotations

import geopandas as gpd
import shapely

from layers.export.legend import collect_sources
from layers.model import Layer, LayerKind
from layers.project import load_project, save_project
from layers.undo import UndoStack

HELSINKI = "© City of Helsinki, CC BY 4.0"


def _stops() -> Layer:
    gdf = gpd.GeoDataFrame({"n": [1, 2]}, geometry=[shapely.Point(385_000, 6_672_000),
                                                    shapely.Point(386_000, 6_673_000)], crs="EPSG:3067")
    return Layer(gdf, "Stops", kind=LayerKind.TRANSPORT, source="/data/stops.geojson")


def test_attribution_set_after_loading_survives_save_and_load(document, tmp_path):
    stops = _stops()
    document.layers.append(stops)
    stops.attribution = HELSINKI
    document.settlement_layer.attribution = "GeoNames (geonames.org), CC BY 4.0"  # a built-in layer's, edited
    loaded = load_project(save_project(document, tmp_path / "credit.gpkg"))
    got = loaded.layers.by_name("Stops")
    assert got is not None and (got.attribution, got.source) == (HELSINKI, "/data/stops.geojson")
    assert loaded.settlement_layer.attribution == "GeoNames (geonames.org), CC BY 4.0"
    assert [lyr.attribution for lyr in loaded.layers] == [lyr.attribution for lyr in document.layers]


def test_export_sources_follow_the_attribution_and_its_undo(document):
    stack = UndoStack(document.layers, document=document)
    stops = _stops()
    document.layers.append(stops)
    assert "Stops: stops.geojson (licence not stated)" in collect_sources(document)
    stops.attribution = f"{HELSINKI}; HSL"
    sources = collect_sources(document)
    assert HELSINKI in sources and "HSL" in sources
    assert not any("licence not stated" in s for s in sources)
    stack.undo()
    assert stops.attribution == "" and HELSINKI not in collect_sources(document)
    stops.visible = False  # hidden layers are not credited
    stack.redo()
    assert HELSINKI not in collect_sources(document)
