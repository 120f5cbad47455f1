"""Every real open-data file loads with the right CRS, count and a bounding box where it should be."""

from __future__ import annotations

import pytest

from layers.io import list_layers, read_layer

pytestmark = pytest.mark.shared_data

# lon/lat box of Uusimaa (generous): every file must overlap it
UUSIMAA = (22.8, 59.7, 26.6, 61.0)

CASES = [
    # file, features, geometry family, bbox must lie inside (lon0, lat0, lon1, lat1)
    ("fi_municipalities_2023_nls.geojson", 309, {"Polygon", "MultiPolygon"}, (15.0, 59.0, 33.5, 70.2)),
    ("fi_regions_2023_nls.geojson", 19, {"Polygon", "MultiPolygon"}, (15.0, 59.0, 33.5, 70.2)),
    ("fi_rail_stations_digitraffic_2024.geojson", 206, {"Point"}, (19.0, 55.0, 40.0, 68.0)),
    ("hsl_routes_2022.geojson", 398, {"LineString", "MultiLineString"}, (24.0, 59.9, 26.8, 61.1)),
    ("hsl_stops_2022_central_helsinki.geojson", 1388, {"Point"}, (24.84, 60.14, 25.01, 60.26)),
    ("fi_powerplants_2025.geojson", 393, {"Point"}, (19.0, 59.0, 32.0, 71.0)),
    ("helsinki_population_grid_2020.gpkg", 92, {"Polygon", "MultiPolygon"}, (24.85, 60.1, 25.05, 60.3)),
    ("syke_urban_zones_2021_capital_region.gpkg", 787, {"Polygon", "MultiPolygon"}, (24.4, 60.0, 25.4, 60.5)),
]


def _overlaps(a: tuple[float, ...], b: tuple[float, ...]) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


@pytest.mark.parametrize(("name", "count", "types", "box"), CASES, ids=[c[0] for c in CASES])
def test_real_file_loads(shared_data, name, count, types, box):
    messages = []
    loaded = read_layer(shared_data / name, progress=lambda f, m="": messages.append((f, m)))
    rep = loaded.report
    assert len(loaded.data) == count == rep.n_features
    assert loaded.data.crs.to_epsg() == 3067
    assert rep.crs == "EPSG:4326" and rep.crs_how == "declared"
    assert set(rep.geometry_types) <= types
    assert rep.bbox_wgs84 is not None
    x0, y0, x1, y1 = rep.bbox_wgs84
    assert box[0] <= x0 < x1 <= box[2] and box[1] <= y0 < y1 <= box[3]
    assert _overlaps(rep.bbox_wgs84, UUSIMAA)
    # EPSG:3067 metres inside Finland's TM35FIN window
    ex0, ey0, ex1, ey1 = loaded.data.total_bounds
    assert -150_000 < ex0 < ex1 < 1_500_000 and 6_000_000 < ey0 < ey1 < 7_900_000  # (stations reach Moscow)
    fractions = [f for f, _ in messages]
    assert fractions == sorted(fractions) and fractions[-1] == 1.0
    assert loaded.data.geometry.is_valid.all()


def test_uusimaa_region_and_counts(shared_data):
    regions = read_layer(shared_data / "fi_regions_2023_nls.geojson").data
    uusimaa = regions[regions["NATCODE"] == "01"]
    assert len(uusimaa) == 1
    area_km2 = float(uusimaa.area.iloc[0]) / 1e6
    assert 9_000 < area_km2 < 20_000  # land ~9,100 km2; the generalised polygon includes sea
    stations = read_layer(shared_data / "fi_rail_stations_digitraffic_2024.geojson").data
    inside = stations.within(uusimaa.geometry.iloc[0])
    assert 55 <= int(inside.sum()) <= 70  # README: 63 inside Uusimaa


def test_stop_coordinates_match_the_source(shared_data):
    """A known stop ends up where the source says, after the EPSG:3067 round trip."""
    import json

    from layers.crs import transformer

    raw = json.loads((shared_data / "hsl_stops_2022_central_helsinki.geojson").read_text(encoding="utf-8"))
    first = raw["features"][0]["geometry"]["coordinates"]
    data = read_layer(shared_data / "hsl_stops_2022_central_helsinki.geojson").data
    x, y = transformer("EPSG:3067", "EPSG:4326").transform(data.geometry.iloc[0].x, data.geometry.iloc[0].y)
    assert abs(x - first[0]) < 1e-7 and abs(y - first[1]) < 1e-7


def test_gpkg_layers_listed(shared_data):
    infos = list_layers(shared_data / "syke_urban_zones_2021_capital_region.gpkg")
    assert [i.features for i in infos] == [787]
    assert "Polygon" in infos[0].geometry_type
    loaded = read_layer(shared_data / "syke_urban_zones_2021_capital_region.gpkg", layer=infos[0].name)
    assert loaded.report.layer == infos[0].name
    assert "vyohselite" in loaded.data.columns
