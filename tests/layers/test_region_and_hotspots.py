from __future__ import annotations

import geopandas as gpd
import pytest
from shapely.geometry import Point, box

from layers.hotspots import HotspotParams, disc_radius_m, hotspots_from_polygons, hotspots_from_settlements, in_between


def test_default_region_has_the_26_municipalities(default_region):
    m = default_region.municipalities
    assert len(m) == 26
    assert m["code"].is_unique and "091" in set(m["code"])
    assert set(m["name"]) >= {"Helsinki", "Espoo", "Vantaa", "Porvoo", "Raasepori", "Pukkila"}
    assert m.crs.to_epsg() == 3067
    assert m.geometry.is_valid.all() and not m.geometry.is_empty.any()
    # schematic areas do not overlap and lie on land
    assert m.geometry.area.sum() == pytest.approx(m.union_all().area, rel=1e-9)
    land = default_region.land.union_all()
    assert m.union_all().difference(land.buffer(1)).area < 1e3
    assert default_region.schematic


def test_hotspots_and_in_between_partition_the_region(default_region):
    muni = default_region.municipalities
    hot = hotspots_from_settlements(default_region.settlements, muni)
    between = in_between(muni, hot)
    region_area = muni.union_all().area
    assert hot.geometry.area.sum() + between.geometry.area.sum() == pytest.approx(region_area, rel=1e-6)
    assert hot.union_all().intersection(between.union_all()).area < 1.0  # m2: no overlap
    assert hot.geometry.area.sum() == pytest.approx(hot.union_all().area, rel=1e-9)  # hot spots are disjoint
    assert "Helsinki" in set(hot["name"])


def _settlements(rows):
    return gpd.GeoDataFrame(
        {"name": [r[0] for r in rows], "population": [r[1] for r in rows]},
        geometry=[Point(r[2], r[3]) for r in rows], crs=3067,
    )


def test_nested_places_are_absorbed_not_counted_twice():
    region = gpd.GeoDataFrame({"code": ["1"], "name": ["M"]}, geometry=[box(0, 0, 100_000, 100_000)], crs=3067)
    city_r = disc_radius_m(200_000, 2_000)  # ~5.6 km
    s = _settlements([
        ("City", 200_000, 50_000, 50_000),
        ("District", 30_000, 50_000 + city_r / 2, 50_000),  # inside the city's disc
        ("Town", 10_000, 10_000, 10_000),
        ("Village", 4_000, 80_000, 80_000),  # under the threshold
    ])
    hot = hotspots_from_settlements(s, region, HotspotParams(5_000, 2_000))
    assert list(hot["name"]) == ["City", "Town"]
    assert hot["population"].sum() == 210_000
    assert hot.loc[hot["name"] == "City", "absorbed"].item() == "District"
    city_area = hot.loc[hot["name"] == "City"].geometry.area.item() / 1e6
    assert city_area == pytest.approx(200_000 / 2_000, rel=0.01)


def test_parameters_change_the_hot_spots():
    region = gpd.GeoDataFrame({"code": ["1"], "name": ["M"]}, geometry=[box(0, 0, 100_000, 100_000)], crs=3067)
    s = _settlements([("A", 20_000, 30_000, 30_000), ("B", 6_000, 70_000, 70_000)])
    assert len(hotspots_from_settlements(s, region, HotspotParams(5_000))) == 2
    assert len(hotspots_from_settlements(s, region, HotspotParams(10_000))) == 1
    small = hotspots_from_settlements(s, region, HotspotParams(5_000, 4_000)).area.sum()
    big = hotspots_from_settlements(s, region, HotspotParams(5_000, 2_000)).area.sum()
    assert big == pytest.approx(2 * small, rel=0.01)


def test_a_polygon_layer_can_be_the_hot_spots():
    region = gpd.GeoDataFrame({"code": ["1", "2"], "name": ["A", "B"]},
                              geometry=[box(0, 0, 10, 10), box(10, 0, 20, 10)], crs=3067)
    polys = gpd.GeoDataFrame(geometry=[box(5, 2, 15, 8), box(18, 8, 30, 30)], crs=3067)
    hot = hotspots_from_polygons(polys, region)
    assert hot.area.sum() == pytest.approx(60 + 4)
    between = in_between(region, hot)
    assert between.area.sum() == pytest.approx(200 - 64)


def test_document_recomputes_derived_layers(document):
    seen = []
    document.hotspot_layer.events.connect(lambda e: seen.append(e.type))
    n = len(document.hotspot_layer.data)
    document.set_hotspot_params(HotspotParams(min_population=20_000))
    assert "data" in seen
    assert len(document.hotspot_layer.data) < n
    assert "20,000" in document.hotspot_layer.note


def test_a_place_set_apart_from_its_town_is_taken_off_the_towns_population():
    region = gpd.GeoDataFrame({"code": ["1", "2"], "name": ["Big", "Other"]},
                              geometry=[box(0, 0, 60_000, 100_000), box(60_000, 0, 100_000, 100_000)], crs=3067)
    s = _settlements([
        ("Big town", 100_000, 20_000, 50_000),  # carries the whole municipality's population
        ("Far village", 30_000, 50_000, 90_000),  # same municipality, outside the town's disc
        ("Near district", 20_000, 22_000, 50_000),  # inside the town's disc
        ("Neighbour", 10_000, 80_000, 50_000),  # another municipality
    ])
    s["geonames_id"] = [1, 2, 3, 4]
    hot = hotspots_from_settlements(s, region, HotspotParams(5_000, 2_000), municipal_totals={1: "1"})
    pop = dict(zip(hot["name"], hot["population"], strict=True))
    assert pop == {"Big town": 70_000, "Far village": 30_000, "Neighbour": 10_000}
    assert hot.loc[hot["name"] == "Big town", "absorbed"].item() == "Near district"
    big = hot.loc[hot["name"] == "Big town"].geometry.area.item() / 1e6
    assert big == pytest.approx(70_000 / 2_000, rel=0.01)


def test_default_hot_spots_do_not_count_more_people_than_the_municipalities_have(default_region):
    from layers import shipped

    hot = hotspots_from_settlements(default_region.settlements, default_region.municipalities,
                                    municipal_totals=shipped.municipal_totals())
    assert hot["population"].sum() <= default_region.municipalities["population"].sum()
    assert hot["population"].min() >= 5_000


def test_schematic_areas_come_close_to_the_official_land_areas(default_region):
    m = default_region.municipalities
    rel = (m.geometry.area / 1e6 - m["land_area_km2"]).abs() / m["land_area_km2"]
    assert rel.max() < 0.05, m.assign(rel=rel)[["name", "rel"]].sort_values("rel").tail()
