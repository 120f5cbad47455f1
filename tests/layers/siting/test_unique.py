"""What each facility adds: discs whose overlap is known in closed form, and the sums against the union."""

from __future__ import annotations

import math

import geopandas as gpd
import numpy as np
import pytest
import shapely

from layers.coverage import CoverageEngine, CoverageInputs, ServiceSpec, zones_from_frames
from layers.siting.unique import unique_coverage

CRS = "EPSG:3067"
X0, Y0 = 300_000.0, 6_700_000.0
R = 1_000.0


def lens(r, d):
    """The area two discs of radius ``r`` at distance ``d`` share."""
    return 2 * r * r * math.acos(d / (2 * r)) - d / 2 * math.sqrt(4 * r * r - d * d)


@pytest.fixture(scope="module")
def prepared():
    """One 10 km square municipality, no hot spot; stops A and B 1 km apart, C alone; a route far from them;
    population points: 100 people where only A reaches, 40 where A and B both do."""
    muni = gpd.GeoDataFrame({"code": ["001"], "name": ["Solo"]}, geometry=[shapely.box(X0, Y0, X0 + 10_000,
                                                                                      Y0 + 10_000)], crs=CRS)
    zones = zones_from_frames(muni, None)
    stops = gpd.GeoDataFrame({"name": ["A", "B", "C"]}, geometry=[shapely.Point(X0 + 3_000, Y0 + 3_000),
                             shapely.Point(X0 + 4_000, Y0 + 3_000), shapely.Point(X0 + 7_000, Y0 + 7_000)], crs=CRS)
    route = gpd.GeoDataFrame({"name": ["bus 1"]}, geometry=[shapely.LineString([(X0 + 1_500, Y0 + 8_000),
                                                                                (X0 + 4_500, Y0 + 8_000)])], crs=CRS)
    people = gpd.GeoDataFrame({"population": [100, 40]}, geometry=[shapely.Point(X0 + 2_300, Y0 + 3_000),
                              shapely.Point(X0 + 3_500, Y0 + 3_000)], crs=CRS)
    specs = [ServiceSpec("stops", stops, R), ServiceSpec("route", route, 500.0)]
    engine = CoverageEngine.prepare(CoverageInputs(zones, specs, population=people, gaps=False, curve=False,
                                                    target_samples=60_000))
    return engine, specs, unique_coverage(engine, specs)


def test_each_disc_keeps_what_no_other_covers(prepared):
    _, _, got = prepared
    by_name = got.features.set_index("name")
    disc = math.pi * R * R / 1e6
    assert by_name.loc["C", "unique_area_km2"] == pytest.approx(disc, rel=0.02)
    for name in "AB":
        assert by_name.loc[name, "unique_area_km2"] == pytest.approx(disc - lens(R, 1_000.0) / 1e6, rel=0.02)
        assert by_name.loc[name, "covered_area_km2"] == pytest.approx(disc, rel=0.02)
    assert by_name.loc["bus 1", "unique_area_km2"] == pytest.approx((2 * 500 * 3_000 + math.pi * 500**2) / 1e6,
                                                                    rel=0.02)
    assert by_name.loc["A", "unique_people"] == pytest.approx(100)
    assert by_name.loc["B", "unique_people"] == 0 and by_name.loc["B", "covered_people"] == pytest.approx(40)
    assert got.features["name"].iloc[0] == "A"  # most unique people first
    assert list(got.features["layer"]).count("stops") == 3


def test_unique_sums_and_the_shared_part_make_the_union(prepared):
    engine, specs, got = prepared
    f = got.features
    assert f["unique_area_km2"].sum() * 1e6 + got.shared_area == pytest.approx(got.union_area, rel=1e-9)
    assert f["unique_people"].sum() + got.shared_people == pytest.approx(got.union_people, rel=1e-9)
    assert got.shared_area == pytest.approx(lens(R, 1_000.0), rel=0.03)
    assert got.shared_people == pytest.approx(40)
    # the union is the coverage check's covered area at the sample points
    area, people = engine.per_zone(engine.covered_mask(names=[s.name for s in specs]))
    assert got.union_area == pytest.approx(area.sum(), rel=1e-3)
    assert got.union_people == pytest.approx(people.sum())


def test_without_population_people_are_not_known():
    muni = gpd.GeoDataFrame({"code": ["001"], "name": ["Solo"]}, geometry=[shapely.box(X0, Y0, X0 + 4_000,
                                                                                      Y0 + 4_000)], crs=CRS)
    stops = gpd.GeoDataFrame(geometry=[shapely.Point(X0 + 2_000, Y0 + 2_000)], crs=CRS)
    spec = ServiceSpec("stops", stops, 500.0)
    engine = CoverageEngine.prepare(CoverageInputs(zones_from_frames(muni, None), [spec], gaps=False, curve=False))
    got = unique_coverage(engine, [spec])
    assert np.isnan(got.features["unique_people"]).all() and not got.has_population
    assert got.features["unique_area_km2"].iloc[0] == pytest.approx(math.pi * 0.25, rel=0.02)
