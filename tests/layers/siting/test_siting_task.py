"""Siting on small written zones: where the sites go, what they add against the coverage table after them, the
per-municipality minimum, people against area, and one clear message for each bad input."""

from __future__ import annotations

import math

import geopandas as gpd
import numpy as np
import pytest
import shapely

from layers.coverage import CoverageInputs, ServiceSpec, zones_from_frames
from layers.errors import UserError
from layers.siting import CandidateSource, SitingInputs, run

CRS = "EPSG:3067"
X0, Y0 = 300_000.0, 6_700_000.0


def square(x, y, size):
    return shapely.box(x, y, x + size, y + size)


def points(*xy, **columns):
    return gpd.GeoDataFrame(columns, geometry=[shapely.Point(x, y) for x, y in xy], crs=CRS)


@pytest.fixture(scope="module")
def zones():
    """Two 10 km x 10 km municipalities side by side; a 2 km x 2 km hot spot in West's middle."""
    muni = gpd.GeoDataFrame({"code": ["001", "002"], "name": ["West", "East"]},
                            geometry=[square(X0, Y0, 10_000), square(X0 + 10_000, Y0, 10_000)], crs=CRS)
    hot = gpd.GeoDataFrame({"name": ["Centre"]}, geometry=[square(X0 + 4_000, Y0 + 4_000, 2_000)], crs=CRS)
    return zones_from_frames(muni, hot)


def siting(zone_set, candidates, count, radius=1_000.0, services=(), population=None, **options):
    cov = CoverageInputs(zone_set, list(services), population=population, gaps=False, curve=False, connections=False)
    return run(SitingInputs(cov, candidates, count, radius, **options))


def row(result, muni, zone):
    return next(r for r in result.rows if r["municipality"] == muni and r["zone"] == zone)


@pytest.fixture(scope="module")
def on_grid(zones):
    """Three sites at 1.5 km on a 1 km grid, a stop already serving West's centre."""
    stop = points((X0 + 5_000, Y0 + 5_000))
    return siting(zones, CandidateSource.grid(1_000), 3, 1_500.0, [ServiceSpec("stop", stop, 1_500.0)])


def test_grid_sites_stand_in_the_in_between_areas_and_add_what_the_table_gains(on_grid):
    sites = on_grid.sites
    assert list(sites["rank"]) == [1, 2, 3]
    assert set(sites["zone"]) == {"in-between"}
    assert list(sites["adds_area_km2"]) == sorted(sites["adds_area_km2"], reverse=True)
    disc = math.pi * 1.5**2
    # a first site in open country covers a whole disc of in-between area
    assert sites["adds_area_km2"].iloc[0] == pytest.approx(disc, rel=0.03)
    gained = sum(row(on_grid.after, m, "in-between")["covered_km2"] - row(on_grid.before, m, "in-between")
                 ["covered_km2"] for m in ("West", "East"))
    assert gained == pytest.approx(sites["adds_area_km2"].sum(), rel=0.03)
    assert on_grid.by == "area" and on_grid.after.radii_m["Proposed sites"] == 1_500.0
    assert sites["adds_people"].isna().all()  # no population: people not known, not 0
    changes = {(c["municipality"], c["zone"]): c for c in on_grid.changes()}
    east = changes["East", "in-between"]
    assert east["covered_share_after"] > east["covered_share_before"]
    assert "(1 - 1/e)" in on_grid.method


def test_sites_do_not_repeat_what_the_existing_layer_covers(on_grid):
    """No proposed disc overlaps the stop's (it covers the hot spot and its ring); they do not overlap much
    each other either."""
    xy = shapely.get_coordinates(on_grid.sites.geometry.values)
    assert (np.hypot(xy[:, 0] - (X0 + 5_000), xy[:, 1] - (Y0 + 5_000)) >= 2_500).all()


def test_people_choose_where_they_live_and_the_minimum_serves_each_municipality(zones):
    """Population points: 500 people in a corner of East and 10 in West; without a minimum both sites go to
    East's people, with one per municipality West gets one."""
    people = points((X0 + 18_000, Y0 + 2_000), (X0 + 12_000, Y0 + 8_000), (X0 + 1_000, Y0 + 1_000),
                    population=[300, 200, 10])
    cands = CandidateSource.of_points([(X0 + 18_000, Y0 + 2_500), (X0 + 12_500, Y0 + 8_000),
                                       (X0 + 17_000, Y0 + 2_000), (X0 + 1_500, Y0 + 1_000)])
    free = siting(zones, cands, 2, population=people)
    assert free.by == "people"
    assert list(free.sites["adds_people"]) == [300.0, 200.0] and set(free.sites["municipality"]) == {"East"}
    fair = siting(zones, cands, 2, population=people, per_municipality_min=1)
    assert sorted(fair.sites["municipality"]) == ["East", "West"]
    assert fair.sites["adds_people"].sum() == 310.0
    assert row(fair.after, "West", "in-between")["population_covered"] == 10


def test_layer_candidates_keep_their_names_and_excluded_zones_are_left_out(zones):
    layer = points((X0 + 5_000, Y0 + 5_000), (X0 + 15_000, Y0 + 5_000), (X0 + 50_000, Y0), name=["hub", "east", "far"])
    got = siting(zones, CandidateSource.of_layer(layer, "stations.geojson"), 1, exclude_zones=("hotspot",))
    assert list(got.sites["name"]) == ["east"]
    assert any("1 of 3 lie outside the region" in w for w in got.warnings)
    assert any("excluded zones (hotspot)" in w for w in got.warnings)


def test_siting_from_nothing_needs_no_existing_layer(zones):
    got = siting(zones, CandidateSource.of_points([(X0 + 15_000, Y0 + 5_000)]), 1, zones=("all",))
    assert got.sites["adds_area_km2"].iloc[0] == pytest.approx(math.pi, rel=0.03)


@pytest.mark.parametrize(("candidates", "count", "radius", "options", "message"), [
    (CandidateSource.of_points([]), 1, 800.0, {}, "there are no candidate sites"),
    (CandidateSource.of_points([(X0 + 15_000, Y0 + 5_000)]), 2, 800.0, {}, "2 is more than the 1 candidate"),
    (CandidateSource.of_points([(X0 + 15_000, Y0 + 5_000)]), 1, 0.0, {}, "radius must be more than 0 m"),
    (CandidateSource.of_points([(X0 - 5_000, Y0), (0.0, 0.0)]), 1, 800.0, {}, "none of the 2 candidate sites lies"
                                                                               " inside the region"),
    (CandidateSource.of_points([(X0 + 5_000, Y0 + 5_000)]), 1, 800.0, {"exclude_zones": ("hotspot",)},
     "no candidate site is left"),
    (CandidateSource.of_points([(X0 + 15_000, Y0 + 5_000)]), 0, 800.0, {}, "give at least 1"),
    (CandidateSource.of_points([(X0 + 15_000, Y0 + 5_000)]), 1, 800.0, {"zones": ("downtown",)},
     "no such zone class"),
    (CandidateSource.of_points([(X0 + 15_000, Y0 + 5_000)]), 1, 800.0, {"sector": "water"}, "sector 'water'"),
])
def test_bad_input_gives_one_clear_message(zones, candidates, count, radius, options, message):
    with pytest.raises(UserError, match=message):
        siting(zones, candidates, count, radius, **options)


def test_a_grid_finer_than_the_limit_is_refused(zones):
    with pytest.raises(UserError, match="give a spacing of at least"):
        siting(zones, CandidateSource.grid(5), 1)
    with pytest.raises(UserError, match="spacing must be more than 0 m"):
        CandidateSource.grid(0)


def test_each_kind_of_left_out_candidate_is_one_warning_of_one_form(zones):
    from layers.siting.candidates import candidate_sites

    layer = gpd.GeoDataFrame(geometry=[shapely.Point(X0 + 5_000, Y0 + 5_000), shapely.Point(X0 + 50_000, Y0),
                                       shapely.Point(X0 + 1_000, Y0 + 1_000), shapely.Point(X0 + 15_000, Y0 + 5_000),
                                       shapely.Point(X0 + 12_000, Y0 + 1_000), square(X0, Y0, 10)], crs=CRS)
    areas = gpd.GeoDataFrame(geometry=[square(X0 + 500, Y0 + 500, 1_000)], crs=CRS)
    got = candidate_sites(CandidateSource.of_layer(layer, "mixed.gpkg"), zones, ("in-between",),
                          exclude=("hotspot",), exclude_areas=areas)
    assert got.warnings == [
        "candidates mixed.gpkg: 1 feature(s) that are not points are left out",
        "candidates mixed.gpkg: 1 of 5 lie outside the region and are left out",
        "candidates mixed.gpkg: 1 in excluded zones (hotspot) are left out",
        "candidates mixed.gpkg: 1 in the excluded areas are left out"]
    assert sorted(got.x - X0) == [12_000, 15_000]
    clean = candidate_sites(CandidateSource.of_points([(X0 + 15_000, Y0 + 5_000)]), zones, ("in-between",),
                            exclude=("hotspot",), exclude_areas=areas)
    assert clean.warnings == []
