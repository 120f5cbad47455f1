"""The difference map: on a written region, the gained and lost cells are where the two states' discs differ."""

from __future__ import annotations

import math

import geopandas as gpd
import pytest
import shapely

from layers.coverage import CoverageEngine, CoverageInputs, ServiceSpec, zones_from_frames
from layers.siting.change import coverage_change

CRS = "EPSG:3067"
X0, Y0 = 300_000.0, 6_700_000.0
R = 1_000.0


def stops(*xy):
    return gpd.GeoDataFrame(geometry=[shapely.Point(X0 + x, Y0 + y) for x, y in xy], crs=CRS)


@pytest.fixture(scope="module")
def engine():
    """One 10 km square municipality with a hot spot in a corner; state a: stops A (3, 3 km) and B (7, 7 km);
    state b: A and C (3, 7 km), so B's disc is lost and C's gained; 50 people inside C's disc, 20 inside B's,
    and a stop D in the hot spot only b has (no in-between change there)."""
    muni = gpd.GeoDataFrame({"code": ["001"], "name": ["Solo"]},
                            geometry=[shapely.box(X0, Y0, X0 + 10_000, Y0 + 10_000)], crs=CRS)
    hot = gpd.GeoDataFrame(geometry=[shapely.box(X0 + 7_500, Y0, X0 + 10_000, Y0 + 2_500)], crs=CRS)
    people = gpd.GeoDataFrame({"population": [50, 20]}, geometry=[shapely.Point(X0 + 3_200, Y0 + 7_000),
                              shapely.Point(X0 + 7_000, Y0 + 6_800)], crs=CRS)
    specs = [ServiceSpec("a", stops((3_000, 3_000), (7_000, 7_000)), R),
             ServiceSpec("b", stops((3_000, 3_000), (3_000, 7_000), (8_750, 1_250)), R)]
    return CoverageEngine.prepare(CoverageInputs(zones_from_frames(muni, hot), specs, population=people, gaps=False,
                                                 curve=False, connections=False, target_samples=20_000))


def test_gained_and_lost_are_the_discs_that_differ(engine):
    got = coverage_change(engine, ["a"], ["b"]).set_index("change")
    assert sorted(got.index) == ["gained", "lost"] and set(got["zone"]) == {"in-between"}
    disc = math.pi * R * R / 1e6
    gained, lost = got.loc["gained"].geometry, got.loc["lost"].geometry
    assert gained.contains(shapely.Point(X0 + 3_000, Y0 + 7_000)) and lost.contains(shapely.Point(X0 + 7_000,
                                                                                                   Y0 + 7_000))
    assert not gained.intersects(shapely.Point(X0 + 3_000, Y0 + 3_000).buffer(R * 0.9))  # A is in both
    assert gained.area / 1e6 == pytest.approx(disc, rel=0.08) and lost.area / 1e6 == pytest.approx(disc, rel=0.08)
    assert got.loc["gained", "population"] == pytest.approx(50) and got.loc["lost", "population"] == pytest.approx(20)
    assert got.loc["gained", "area_km2"] == pytest.approx(disc, rel=0.03)


def test_the_other_way_round_swaps_them_and_the_same_state_changes_nothing(engine):
    back = coverage_change(engine, ["b"], ["a"]).set_index("change")
    assert back.loc["lost"].geometry.contains(shapely.Point(X0 + 3_000, Y0 + 7_000))
    assert coverage_change(engine, ["a"], ["a"]).empty
    hot = coverage_change(engine, ["a"], ["b"], zone_kinds=("hotspot",))
    assert list(hot["change"]) == ["gained"] and hot.geometry.iloc[0].contains(shapely.Point(X0 + 8_750, Y0 + 1_250))


def test_the_zone_choices_put_the_judged_class_first_then_all():
    from layers.siting.change import change_zone_choices

    assert change_zone_choices(("hotspot", "in-between"), "in-between") == [
        ("in-between", ("in-between",)), ("hotspot", ("hotspot",)), ("all", ("hotspot", "in-between"))]
    assert [k for k, _ in change_zone_choices(("core", "intermediate", "car zone"), "intermediate")] == [
        "intermediate", "core", "car zone", "all"]
    assert change_zone_choices(("only",), "only") == [("only", ("only",))]


def test_the_compare_task_maps_the_zones_asked_for(engine):
    from layers.siting.change import run_compare_and_change

    inputs = CoverageInputs(engine.zones, [engine.services[n].spec for n in ("a", "b")], gaps=False, curve=False,
                            connections=False, target_samples=20_000)
    _, default = run_compare_and_change(inputs, ["a"], ["b"], ("a", "b"))
    assert set(default["zone"]) == {"in-between"}
    _, both = run_compare_and_change(inputs, ["a"], ["b"], ("a", "b"), zone_kinds=("hotspot", "in-between"))
    assert sorted(zip(both["zone"], both["change"], strict=True)) == [
        ("hotspot", "gained"), ("in-between", "gained"), ("in-between", "lost")]
