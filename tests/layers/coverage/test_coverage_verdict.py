"""The one pass/fail rule (layers.coverage.verdict), without Qt: people vs area, sectors without layers, the "all"
target, clipping, no verdict; and the engine's target_pass column following it."""

from __future__ import annotations

import geopandas as gpd
import pytest
import shapely

from layers.coverage.verdict import ALL, judge, zone_share

KM2 = 1e6


def test_people_count_where_the_zone_has_population_else_area():
    covered = {"transport": (50 * KM2, 900.0)}
    # with people: 900 of 1000 people is 90 %, although only half the area is covered
    assert judge({"transport": 0.9}, covered, 100 * KM2, 1000.0).passed is True
    # without people (unknown, or none live there): half the area, which fails a 90 % target
    for people in (None, 0.0):
        verdict = judge({"transport": 0.9}, covered, 100 * KM2, people)
        assert verdict.passed is False and verdict.share == pytest.approx(0.5)


def test_a_sector_without_layers_is_not_judged():
    covered = {"transport": (95 * KM2, 0.0)}
    verdict = judge({"transport": 0.9, "energy": 0.5}, covered, 100 * KM2, None)
    assert verdict.passed is True  # energy has no layers: it neither passes nor fails the zone
    assert set(verdict.shares) == {"transport"} and "energy" not in verdict.note
    assert judge({"energy": 0.5}, covered, 100 * KM2, None).passed is None  # nothing judged at all


def test_the_all_target_judges_every_layer_together():
    covered = {ALL: (85 * KM2, 0.0), "transport": (60 * KM2, 0.0), "energy": (40 * KM2, 0.0)}
    assert judge({ALL: 0.8}, covered, 100 * KM2, None).passed is True
    assert judge({ALL: 0.9}, covered, 100 * KM2, None).passed is False
    both = judge({ALL: 0.8, "energy": 0.5}, covered, 100 * KM2, None)
    assert both.passed is False and both.sector == "energy"
    assert judge({ALL: 0.8}, {"transport": (85 * KM2, 0.0)}, 100 * KM2, None).passed is None  # no all-cover given


def test_shares_are_clipped_to_one():
    # cells counted whole can cover a little more than the zone; the share shown is at most 100 %
    verdict = judge({"transport": 1.0}, {"transport": (101 * KM2, 0.0)}, 100 * KM2, None)
    assert verdict.passed is True and verdict.share == 1.0
    assert zone_share(0.0, 1_200.0, 100 * KM2, 1_000.0) == 1.0


def test_no_verdict_for_a_zone_with_neither_area_nor_people():
    assert zone_share(0.0, 0.0, 0.0, None) is None
    assert judge({"transport": 0.5}, {"transport": (0.0, 0.0)}, 0.0, None).passed is None


def test_binding_sector_share_target_and_note():
    covered = {"transport": (62 * KM2, 0.0), "energy": (95 * KM2, 0.0)}
    verdict = judge({"transport": 0.8, "energy": 0.9}, covered, 100 * KM2, None)
    assert verdict.passed is False
    assert (verdict.sector, verdict.share, verdict.target) == ("transport", pytest.approx(0.62), 0.8)
    assert verdict.note == "transport 62.0 % (target 80 %); energy 95.0 % (target 90 %)"
    # a share equal to its target passes (up to rounding)
    assert judge({"transport": 0.62}, covered, 100 * KM2, None).passed is True


def test_the_engine_judges_with_the_same_rule():
    """evaluate()'s target_pass: a target for a sector without layers no longer fails every zone, and the
    CLI's "all" target still judges."""
    from layers.coverage import CoverageInputs, ServiceSpec, run, zones_from_frames

    crs, x0, y0 = "EPSG:3067", 300_000.0, 6_700_000.0
    muni = gpd.GeoDataFrame({"code": ["001"], "name": ["Only"]}, geometry=[shapely.box(x0, y0, x0 + 4_000,
                                                                                    y0 + 4_000)], crs=crs)
    hot = gpd.GeoDataFrame(geometry=[shapely.box(x0 + 1_500, y0 + 1_500, x0 + 2_500, y0 + 2_500)], crs=crs)
    stop = gpd.GeoDataFrame(geometry=[shapely.Point(x0 + 2_000, y0 + 2_000)], crs=crs)
    zones = zones_from_frames(muni, hot)

    def verdicts(targets, hotspot_targets=None):
        result = run(CoverageInputs(zones, [ServiceSpec("stop", stop, 2_500.0)], targets=targets, gaps=False,
                                    curve=False, connections=False, hotspot_targets=hotspot_targets or {}))
        return [r["target_pass"] for r in result.rows], result.municipality_pass

    # rows: the hot spot, then the in-between area; the hot spot is judged only with a hot-spot target
    assert verdicts({"transport": 0.9, "energy": 0.9}) == ([None, True], {"Only": True})
    assert verdicts({"energy": 0.9}) == ([None, None], {})  # was: fail everywhere
    # the disc covers about 97 % of the in-between area (its corners are out of reach)
    assert verdicts({ALL: 0.95})[0] == [None, True]
    assert verdicts({ALL: 0.99}) == ([None, False], {"Only": False})
    assert verdicts({ALL: 0.95}, {ALL: 0.99}) == ([True, True], {"Only": True})
    assert verdicts({}, {"transport": 0.5}) == ([True, None], {"Only": True})  # hot-spot targets alone: judged on them
