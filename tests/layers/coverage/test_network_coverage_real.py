"""Network coverage on the real central-Helsinki streets (OpenStreetMap, ODbL), HSL stops and HSY population grid:
never above straight-line, and well below it at short radii (streets wind round blocks and the railway yard)."""

from __future__ import annotations

import geopandas as gpd
import pytest
import shapely

from layers.coverage import CoverageEngine, CoverageInputs, ServiceSpec, zones_from_frames
from layers.coverage.network_distances import NetworkServiceSpec
from layers.network import build_network
from layers.network.tags import read_osm_lines

pytestmark = [pytest.mark.shared_data]


@pytest.fixture(scope="module")
def centre(shared_data):
    from layers.io import read_layer

    lines = read_osm_lines(shared_data / "helsinki_centre_osm.pbf")
    net = build_network(lines)
    area = shapely.box(*lines.total_bounds).buffer(-100)  # inside the extract: its edge is no street's end
    muni = gpd.GeoDataFrame({"code": ["091"], "name": ["Helsinki"]}, geometry=[area], crs="EPSG:3067")
    hot = gpd.GeoDataFrame(geometry=[shapely.box(*area.bounds).centroid.buffer(1)], crs="EPSG:3067")
    stops = read_layer(shared_data / "hsl_stops_2022_central_helsinki.geojson").data
    grid = read_layer(shared_data / "helsinki_population_grid_2020.gpkg").data
    specs = [ServiceSpec("stops", stops, 400.0), NetworkServiceSpec("stops along streets", stops, 400.0, network=net)]
    inputs = CoverageInputs(zones_from_frames(muni, hot), specs, population=grid, gaps=False, curve=False)
    return CoverageEngine.prepare(inputs)


def people_share(engine, name, r):
    rows = engine.evaluate(names=[name], radii={name: r}).rows
    return next(row for row in rows if row["zone"] == "in-between")["population_share"]


def test_real_network_coverage_is_below_straight_line(centre):
    for r in (100.0, 200.0, 400.0):
        straight, network = people_share(centre, "stops", r), people_share(centre, "stops along streets", r)
        assert network <= straight
    assert people_share(centre, "stops along streets", 100.0) < people_share(centre, "stops", 100.0) - 0.1
    assert people_share(centre, "stops along streets", 400.0) > 0.8  # the centre is dense with stops
