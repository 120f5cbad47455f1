"""Hot spots from several sources (a layer's polygons where it has data, settlement discs elsewhere) and the
category filter, on small written inputs."""

from __future__ import annotations

import geopandas as gpd
import pytest
import shapely

from layers.crs import WORK_CRS
from layers.hotspots import category_key, combined_hotspots, filter_categories


def _frame(geoms, **columns) -> gpd.GeoDataFrame:
    return gpd.GeoDataFrame(columns, geometry=list(geoms), crs=WORK_CRS)


REGION = _frame([shapely.box(0, 0, 10_000, 5_000), shapely.box(10_000, 0, 20_000, 5_000)], code=["001", "002"],
                name=["West", "East"])
ZONES = _frame([shapely.box(0, 0, 2_000, 2_000), shapely.box(2_000, 0, 8_000, 5_000), shapely.box(500, 3_000,
                1_500, 4_000)], vyoh=[1, 5, 10.0])
DISCS = _frame([shapely.Point(1_000, 1_000).buffer(800), shapely.Point(10_000, 2_500).buffer(1_000),
                shapely.Point(15_000, 2_500).buffer(1_000)], name=["Inside", "Edge", "Elsewhere"],
               population=[9_000, 6_000, 7_000], absorbed=["", "", ""], municipality=["West", "East", "East"])


def test_the_filter_keeps_the_chosen_categories_matched_loosely() -> None:
    kept = filter_categories(ZONES, "vyoh", ["1", " 10 "])
    assert len(kept) == 2 and category_key(10.0) == "10"
    with pytest.raises(ValueError, match=r"no polygon has vyoh in 3 \(values: '1', '5', '10'\)"):
        filter_categories(ZONES, "vyoh", ["3"])
    with pytest.raises(ValueError, match="has no field 'luokka'"):
        filter_categories(ZONES, "luokka", ["1"])


def test_the_layer_decides_where_it_has_data_and_discs_fill_in_elsewhere() -> None:
    centres = filter_categories(ZONES, "vyoh", ["1", "10"])
    hot = combined_hotspots(centres, DISCS, REGION, extent=ZONES)
    by_source = hot.groupby("source").geometry.apply(lambda g: g.union_all().area)
    assert by_source["layer"] == pytest.approx(2_000 * 2_000 + 1_000 * 1_000)
    # West is the zones' to describe (they cover 58 % of it): no disc there; "Edge" is cut at West's border;
    # "Elsewhere", in East, stays whole
    discs = hot[hot["source"] == "settlement disc"].set_index("name")
    assert set(discs.index) == {"Edge", "Elsewhere"}
    assert discs.loc["Elsewhere"].geometry.area == pytest.approx(DISCS.geometry.iloc[2].area)
    assert discs.loc["Edge"].geometry.area == pytest.approx(DISCS.geometry.iloc[1].area / 2, rel=0.02)
    assert shapely.area(shapely.intersection(discs.geometry.union_all(), ZONES.union_all())) < 1e-6
    assert set(hot["municipality"]) == {"West", "East"}
    # without an extent, the filtered polygons alone say where the layer has data (they cover 10 % of West)
    alone = combined_hotspots(centres, DISCS, REGION)
    assert set(alone.loc[alone["source"] == "settlement disc", "name"]) == {"Edge", "Elsewhere"}
    assert "Inside" not in set(alone["name"])
    # a source covering under 5 % of a municipality leaves its discs but its polygons: "Edge" keeps all but them
    speck = _frame([shapely.box(9_500, 2_300, 9_900, 2_700)], vyoh=[1])
    small = combined_hotspots(speck, DISCS, REGION).set_index("name")
    assert small.loc["Edge"].geometry.area == pytest.approx(DISCS.geometry.iloc[1].area - 400 * 400, rel=1e-3)


def test_a_documents_hot_spot_layer_settings_filter_combine_and_survive_a_project(tmp_path) -> None:
    from layers.document import MapDocument
    from layers.hotspots import HotspotParams
    from layers.model import Layer, LayerKind
    from layers.project import load_project, save_project

    doc = MapDocument.default()
    helsinki = doc.region.municipalities.set_index("name").geometry["Helsinki"]
    x, y = helsinki.representative_point().coords[0]
    zones = _frame([shapely.box(x - 500, y - 500, x + 500, y + 500), shapely.box(x + 500, y - 500, x + 1500,
                                                                                 y + 500)], vyoh=[1, 5])
    layer = Layer(zones, "Zones", kind=LayerKind.HOTSPOT)
    doc.layers.append(layer)
    doc.use_hotspot_layer(layer)
    assert doc.hotspot_layer.data.geometry.area.sum() == pytest.approx(2e6)
    doc.set_hotspot_params(HotspotParams(keep_field="vyoh", keep_values=("1",), discs_elsewhere=True))
    hot = doc.hotspot_layer.data
    assert hot.loc[hot["source"] == "layer"].geometry.area.sum() == pytest.approx(1e6)
    discs = hot.loc[hot["source"] == "settlement disc"].union_all()
    assert shapely.intersection(discs, zones.union_all()).area < 1.0  # cut where the layer has data (under 5 % of
    # Helsinki: its discs stay elsewhere in the city)
    assert len(hot[hot["source"] == "settlement disc"]) > 5  # towns elsewhere in Uusimaa
    loaded = load_project(save_project(doc, tmp_path / "p.gpkg"))
    assert loaded.hotspot_params == doc.hotspot_params and loaded.hotspot_params.keep_values == ("1",)
    with pytest.raises(ValueError, match="list of texts"):
        HotspotParams(keep_values="1")
