"""Hot-spot links without Qt: lines link the hot spots they pass near, a station layer links the hot spots that
have one of its stations within reach, and hot-spot names come in one language."""

from __future__ import annotations

import geopandas as gpd
import shapely

from layers.coverage.connections import LINK_RULE, hotspot_connections, hotspot_names, transport_links

CRS = "EPSG:3067"
X0, Y0 = 300_000.0, 6_700_000.0


def hot_spots(**extra):
    """Four 1 km squares: A and B 10 km apart, C far north, D 10 km east of B."""
    corners = {"A": (0, 0), "B": (10_000, 0), "C": (0, 30_000), "D": (20_000, 0)}
    return gpd.GeoDataFrame({"name": list(corners), **extra},
                            geometry=[shapely.box(X0 + x, Y0 + y, X0 + x + 1_000, Y0 + y + 1_000)
                                      for x, y in corners.values()], crs=CRS)


def stations(*xy):
    return gpd.GeoDataFrame({"name": [f"S{i}" for i in range(len(xy))]},
                            geometry=[shapely.Point(X0 + x, Y0 + y) for x, y in xy], crs=CRS)


def test_a_station_layer_links_the_hot_spots_with_a_station_in_reach():
    # stations 300 m outside A, inside B and 600 m outside D; none near C
    rail = stations((-300, 500), (10_500, 500), (21_600, 500))
    conn = transport_links(hot_spots(), [("Rail", "transport", rail)], {"Rail": 800.0})
    assert conn is not None  # points alone are enough (no route file needed)
    assert conn.isolated == ["C"]
    # drawn as the shortest set joining A, B and D: A-B and B-D, not A-D
    assert sorted((a, b) for a, b, _, _ in conn.edges) == [("A", "B"), ("B", "D")]
    assert all(n == 1 and ex == ["Rail"] for _, _, n, ex in conn.edges)
    assert len(conn.lines) == 2 and set(conn.lines.geom_type) == {"LineString"}
    # at a radius too small for D's station, D is isolated too
    conn = transport_links(hot_spots(), [("Rail", "transport", rail)], {"Rail": 500.0})
    assert conn.isolated == ["C", "D"] and [(a, b) for a, b, _, _ in conn.edges] == [("A", "B")]
    # one hot spot with a station has nobody to be linked with: still isolated
    conn = transport_links(hot_spots(), [("Rail", "transport", stations((500, 500)))], {"Rail": 800.0})
    assert conn.edges == [] and conn.isolated == ["A", "B", "C", "D"]
    assert conn.to_dict()["rule"] == LINK_RULE


def test_lines_and_stations_add_up_and_energy_points_do_not_link():
    route = gpd.GeoDataFrame({"route_short_name": ["550"]},
                             geometry=[shapely.LineString([(X0, Y0 + 1_200), (X0 + 11_000, Y0 + 1_200)])], crs=CRS)
    rail = stations((500, 500), (10_500, 500), (500, 30_500))
    conn = hotspot_connections(hot_spots(), [("Bus", route, 400.0), ("Rail", rail, 800.0)])
    by_pair = {(a, b): (n, ex) for a, b, n, ex in conn.edges}
    assert by_pair[("A", "B")] == (2, ["550", "Rail"])  # the route and the rail network
    assert conn.edges[0][:2] == ("A", "B")  # most links first
    assert conn.isolated == ["D"]
    assert transport_links(hot_spots(), [("Plants", "energy", rail)], {"Plants": 800.0}) is None


def test_hot_spot_names_are_in_one_language():
    hot = hot_spots(municipality=["Raasepori", "Raasepori", "Hyvinkää", None],
                    population=[14_377, 8_853, 37_015, 500])
    hot["name"] = ["Ekenäs", "Karis", "Hyvinge", "Somewhere"]
    # the largest hot spot of a municipality is called after it; the others add their place name
    assert hotspot_names(hot) == ["Raasepori", "Raasepori: Karis", "Hyvinkää", "Somewhere"]
    hot["population"] = [8_000, 9_000, None, None]  # Karis larger now
    assert hotspot_names(hot)[:2] == ["Raasepori: Ekenäs", "Raasepori"]
    # a layer without municipalities keeps its own names, made unique
    plain = hot_spots()
    plain["name"] = ["Kamppi", "Pasila", "Kamppi", "Itäkeskus"]
    assert hotspot_names(plain) == ["Kamppi", "Pasila", "Kamppi (2)", "Itäkeskus"]
    # a hot spot named like a municipality of the region keeps its name, even where most of it lies in another
    hot = hot_spots(municipality=["Tuusula", "Tuusula", "Tuusula", "Helsinki"], population=[46_942, 20_000, 900, 9])
    hot["name"] = ["Järvenpää", "Hyrylä", "Rusutjärvi", "Helsinki"]
    assert hotspot_names(hot, ["Tuusula", "Järvenpää", "Helsinki"]) == ["Järvenpää", "Tuusula", "Tuusula: Rusutjärvi",
                                                                        "Helsinki"]
