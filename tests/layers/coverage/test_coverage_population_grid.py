"""A population grid's people live on the land of each cell: the sea half of a cell holds nobody, and the part
of a cell outside the region keeps its people outside."""

from __future__ import annotations

import geopandas as gpd
import pytest
import shapely

from layers.coverage import CoverageInputs, ServiceSpec, run, zones_from_frames

CRS = "EPSG:3067"
X0, Y0 = 300_000.0, 6_700_000.0


def row(result, muni, zone):
    return next(r for r in result.rows if r["municipality"] == muni and r["zone"] == zone)


def frame(geoms, **fields):
    return gpd.GeoDataFrame(fields, geometry=list(geoms), crs=CRS)


@pytest.fixture()
def coast():
    """One 10 km municipality whose east half (x > X0 + 5 km) is sea; no hot spots."""
    muni = frame([shapely.box(X0, Y0, X0 + 10_000, Y0 + 10_000)], code=["001"], name=["Coast"])
    land = frame([shapely.box(X0 - 5_000, Y0 - 5_000, X0 + 5_000, Y0 + 15_000)])
    return muni, land


def test_a_cell_half_in_the_sea_puts_all_its_people_on_its_land_half(coast):
    muni, land = coast
    zones = zones_from_frames(muni, None, land)
    cell = shapely.box(X0 + 3_000, Y0 + 4_000, X0 + 7_000, Y0 + 6_000)  # 2 km on land, 2 km at sea
    grid = frame([cell], vaesto=[1_000])
    # a stop whose 2 km square-ish reach covers the land half only: a disc of 1,500 m round the land half's middle
    stop = frame([shapely.Point(X0 + 4_000, Y0 + 5_000)])
    result = run(CoverageInputs(zones, [ServiceSpec("stop", stop, 2_300.0)], population=grid,
                                population_field="vaesto", gaps=False, curve=False, connections=False))
    between = row(result, "Coast", "in-between")
    assert between["area_km2"] == pytest.approx(50.0, rel=1e-6)  # the municipality is clipped to land
    assert between["population"] == pytest.approx(1_000, abs=1)
    # the land half (3..5 km x 4..6 km) lies within 2,300 m of the stop: everybody is covered
    assert between["population_covered"] == pytest.approx(1_000, abs=2)


def test_the_sea_half_of_a_cell_gets_no_people_when_the_zones_are_not_clipped(coast):
    """Zones given without land (the sea half is in the zone), but the land is known: nobody lives at sea."""
    muni, land = coast
    zones = zones_from_frames(muni, None)
    zones.land = land
    cell = shapely.box(X0 + 3_000, Y0 + 4_000, X0 + 7_000, Y0 + 6_000)
    stop = frame([shapely.Point(X0 + 7_000, Y0 + 5_000)])  # reaches only the sea half (radius 1,500 m)
    result = run(CoverageInputs(zones, [ServiceSpec("stop", stop, 1_500.0)], population=frame([cell], pop=[800]),
                                population_field="pop", gaps=False, curve=False, connections=False))
    between = row(result, "Coast", "in-between")
    assert between["population"] == pytest.approx(800, abs=1)
    assert between["population_covered"] == pytest.approx(0, abs=1)


def test_a_cell_across_the_region_edge_keeps_its_outside_share_outside(coast):
    muni, land = coast
    zones = zones_from_frames(muni, None, land)
    cell = shapely.box(X0 - 1_000, Y0 + 4_000, X0 + 1_000, Y0 + 6_000)  # half west of the region, all on land
    result = run(CoverageInputs(zones, [ServiceSpec("stop", frame([shapely.Point(X0 + 2_000, Y0 + 2_000)]), 500.0)],
                                population=frame([cell], asukkaita=[600]), population_field="asukkaita",
                                gaps=False, curve=False, connections=False))
    assert row(result, "Coast", "in-between")["population"] == pytest.approx(300, abs=1)


def test_a_cell_the_land_outline_misses_keeps_its_people_and_says_so(coast):
    muni, land = coast
    zones = zones_from_frames(muni, None)  # the zone holds the sea too
    zones.land = land
    island = shapely.box(X0 + 8_000, Y0 + 8_000, X0 + 9_000, Y0 + 9_000)  # off the outline (a coarse coast)
    result = run(CoverageInputs(zones, [ServiceSpec("stop", frame([shapely.Point(X0 + 2_000, Y0 + 2_000)]), 500.0)],
                                population=frame([island], pop=[50]), population_field="pop",
                                gaps=False, curve=False, connections=False))
    assert row(result, "Coast", "in-between")["population"] == pytest.approx(50, abs=1)
    assert any("off the land outline" in w for w in result.warnings)
