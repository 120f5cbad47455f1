"""Layers of points carried as coordinates (layers/coverage/tables.py ``PointTable``/``point_xy``): the engine's
steps that take points (the feature index, the service's region check, the hot-spot links) give the numbers a
GeoDataFrame of the same points gives, and the hot spots a station layer serves are those an STRtree ``dwithin``
query of every station finds, on real layers (HSL stops, rail stations) and random points."""

from __future__ import annotations

import geopandas as gpd
import numpy as np
import pytest
import shapely

from layers.coverage.connections import hotspot_connections, served_by_points, transport_links
from layers.coverage.feature_index import feature_index
from layers.coverage.tables import GeoTable, PointTable, point_xy

CRS = "EPSG:3067"


def reference_served(hot: np.ndarray, xy: np.ndarray, radius: float) -> list[int]:
    """The hot spots an STRtree query of every point finds (what hotspot_connections did for stations)."""
    _, hot_idx = shapely.STRtree(hot).query(shapely.points(xy), predicate="dwithin", distance=radius)
    return sorted(set(hot_idx.tolist()))


@pytest.fixture(scope="module")
def real(shared_data):
    """Hot spots: SYKE's urban zones of the capital region (787 real polygons) and the Uusimaa municipalities;
    stations: HSL stops of central Helsinki and Finland's rail stations, in EPSG:3067."""
    zones = gpd.read_file(shared_data / "syke_urban_zones_2021_capital_region.gpkg").to_crs(CRS)
    muni = gpd.read_file(shared_data / "fi_municipalities_2023_nls.geojson").to_crs(CRS)
    stops = gpd.read_file(shared_data / "hsl_stops_2022_central_helsinki.geojson").to_crs(CRS)
    rail = gpd.read_file(shared_data / "fi_rail_stations_digitraffic_2024.geojson").to_crs(CRS)
    uusimaa = muni[muni["NATCODE"].isin(["049", "091", "092", "235", "186", "245", "257", "543", "753"])]
    return {"zones": zones, "municipalities": uusimaa.reset_index(drop=True), "stops": stops, "rail": rail}


def random_points(geoms: np.ndarray, n: int, seed: int) -> np.ndarray:
    x0, y0, x1, y1 = shapely.total_bounds(geoms)
    rng = np.random.default_rng(seed)
    return rng.random((n, 2)) * [x1 - x0 + 4_000, y1 - y0 + 4_000] + [x0 - 2_000, y0 - 2_000]


@pytest.mark.parametrize("radius", [0.0, 50.0, 400.0, 1500.0])
def test_the_hot_spots_stations_serve_are_those_a_tree_query_of_every_station_finds(real, radius):
    for hot_name in ("zones", "municipalities"):
        hot = np.asarray(real[hot_name].geometry.values)
        layers = {name: shapely.get_coordinates(real[name].geometry.values) for name in ("stops", "rail")}
        layers["random"] = random_points(hot, 20_000, 5)
        layers["few random"] = random_points(hot, 30, 6)
        for name, xy in layers.items():
            want = reference_served(hot, xy, radius)
            assert served_by_points(hot, xy, radius) == want, (hot_name, name, radius)
            if name == "few random":
                assert 0 < len(want) < len(hot)  # a case that tells served from unserved


def test_a_hot_spot_just_beyond_the_radius_is_not_served_and_one_just_within_is():
    hot = np.array([shapely.box(0, 0, 100, 100), shapely.Polygon(), None, shapely.box(1_000, 0, 1_100, 100)],
                   dtype=object)
    xy = np.array([[-400.0, 50.0], [1_500.001, 50.0]])  # 400 m west of the first, 400.001 m east of the last
    assert served_by_points(hot, xy, 400.0) == reference_served(hot, xy, 400.0) == [0]
    assert served_by_points(hot, xy, 400.001) == reference_served(hot, xy, 400.001) == [0, 3]


def test_links_of_a_point_table_equal_those_of_the_geodataframe_of_its_points(real):
    hot = real["zones"].iloc[::7].reset_index(drop=True)
    frame = real["stops"][["geometry"]]
    xy = shapely.get_coordinates(frame.geometry.values)
    mixed = gpd.GeoDataFrame(geometry=[*frame.geometry.values, shapely.LineString(xy[:2])], crs=CRS)
    got = {}
    for kind, data in (("frame", frame), ("table", PointTable(xy)), ("geo table", GeoTable({}, shapely.points(xy)))):
        conn = transport_links(hot, [("Stops", "transport", data)], {"Stops": 300.0})
        assert conn is not None
        got[kind] = conn.to_dict()
    assert got["frame"] == got["table"] == got["geo table"]
    assert got["frame"]["edges"] and got["frame"]["isolated"]  # some linked, some not: the rule was applied
    # the general path (a line among the points: the tree query) links the same hot spots by the stations
    general = hotspot_connections(hot, [("Stops", mixed, 300.0)]).to_dict()
    station_pairs = {(e["a"], e["b"]) for e in got["frame"]["edges"]}
    assert station_pairs <= {(e["a"], e["b"]) for e in general["edges"]}


def test_the_feature_index_of_points_is_the_general_paths_index():
    rng = np.random.default_rng(2)
    xy = rng.random((500, 2)) * 10_000 + [380_000, 6_670_000]
    general = feature_index(gpd.GeoDataFrame(geometry=shapely.multipoints(xy[:, None, :]), crs=CRS))  # one-part
    for data in (PointTable(xy), gpd.GeoDataFrame(geometry=shapely.points(xy), crs=CRS)):
        fast = feature_index(data)
        assert fast.points_only and general.points_only and fast.n_features == general.n_features == 500
        assert fast.half_step == general.half_step == 0.0 and not len(fast.polygons)
        for field in ("piece_a", "piece_b", "vertex_pieces", "points"):
            assert np.array_equal(getattr(fast, field), getattr(general, field)), field
        q = rng.random((2000, 2)) * 12_000 + [379_000, 6_669_000]
        assert np.array_equal(fast.within(q[:, 0], q[:, 1], 250.0), general.within(q[:, 0], q[:, 1], 250.0))
        assert np.array_equal(fast.distance(q[:, 0], q[:, 1]), general.distance(q[:, 0], q[:, 1]))


def test_a_point_table_answers_as_a_geo_table_of_its_points():
    xy = np.array([[1.0, 2.0], [3.5, -4.0], [5.0, 6.0]])
    table, geo = PointTable(xy), GeoTable({}, shapely.points(xy))
    assert len(table) == len(geo) == 3 and not table.empty and table.columns == geo.columns == ["geometry"]
    assert table.geom_type.tolist() == geo.geom_type.tolist() == ["Point"] * 3
    assert table.geometry.area.tolist() == geo.geometry.area.tolist()
    assert table.geometry.is_empty.tolist() == geo.geometry.is_empty.tolist()
    assert table.geometry.notna().tolist() == geo.geometry.notna().tolist()
    assert all(a.equals(b) for a, b in zip(table.geometry.values, geo.geometry.values, strict=True))
    assert np.asarray(table.geometry).dtype == object and len(np.asarray(table["geometry"])) == 3
    kept = table[np.array([True, False, True])]
    assert isinstance(kept, PointTable) and np.array_equal(point_xy(kept), xy[[0, 2]])
    assert table[np.ones(3, dtype=bool)] is table
    assert table[np.zeros(3, dtype=bool)].empty and point_xy(table[np.zeros(3, dtype=bool)]) is None
    with pytest.raises(KeyError):
        table["name"]
    with pytest.raises(TypeError):
        table[np.array([0, 1])]


def test_point_xy_takes_points_only_and_the_same_coordinates_from_every_kind_of_table():
    xy = np.array([[10.0, 20.0], [30.0, 40.0]])
    frame = gpd.GeoDataFrame(geometry=shapely.points(xy), crs=CRS)
    for data in (PointTable(xy), GeoTable({}, shapely.points(xy)), frame):
        got = point_xy(data)
        assert got is not None and got.dtype == np.float64 and np.array_equal(got, xy)
    for other in ([shapely.Point(1, 2), shapely.LineString([(0, 0), (1, 1)])], [shapely.Point(1, 2), None],
                  [shapely.Point(1, 2), shapely.Point()], [shapely.MultiPoint([(1, 2), (3, 4)])], []):
        assert point_xy(GeoTable({}, np.array(other, dtype=object))) is None
        assert point_xy(gpd.GeoDataFrame(geometry=list(other), crs=CRS)) is None
