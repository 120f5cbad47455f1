"""The population grid from a loopback WFS: the latest year, the pages, hidden counts, the cache, other CRSs."""

from __future__ import annotations

import math

import pytest

from layers.errors import UserError
from layers.io.population_wfs import cached_years, download_population, layer_years
from layers.io.wfs_capabilities import feature_type_names
from tests.layers.io.population_server import cells_from_hsy, grid_cells, serve

__all__ = ["serve"]  # the fixture, shared with the other population tests

pytestmark = pytest.mark.timeout(120)


def test_real_cells_paged_latest_year(serve, shared_data, default_region) -> None:
    """HSY's real central Helsinki people as 1 km cells, in pages of 4: the newest year, every person once."""
    cells = cells_from_hsy(shared_data / "helsinki_population_grid_2020.gpkg")
    server = serve(cells)
    grid = download_population(base_url=server.url, page_size=4)
    assert grid.year == 2023 and grid.layer == "vaestoruutu:vaki2023_1km" and not grid.from_cache
    assert grid.people == 71_724 and grid.cells == len(cells) == 11  # README of the shared data: 71,724 residents
    pages = server.pages
    assert [int(p["startindex"]) for p in pages] == [0, 4, 8] and {p["count"] for p in pages} == {"4"}
    first = pages[0]
    assert first["version"] == "2.0.0" and first["typenames"] == "vaestoruutu:vaki2023_1km"
    assert first["outputformat"] == "application/json" and first["srsname"] == "EPSG:3067"
    x0, y0, x1, y1 = default_region.outline.bounds
    bbox = first["bbox"].split(",")
    assert bbox[4] == "EPSG:3067" and float(bbox[0]) <= x0 and float(bbox[1]) <= y0
    assert float(bbox[2]) >= x1 and float(bbox[3]) >= y1
    assert grid.path.exists() and grid.path.parent.name == "population" and grid.path.suffix == ".gpkg"


def test_hidden_counts_are_unknown_not_negative(serve) -> None:
    cells = grid_cells()
    server = serve(cells)
    grid = download_population(base_url=server.url)
    data = grid.data.sort_values("id_nro").reset_index(drop=True)
    small = cells["miehet"] < 0
    assert small.sum() == 5 and grid.hidden_cells == 5
    for field in ("miehet", "naiset", "ika_0_14", "ika_15_64", "ika_65_"):
        assert data[field].isna().tolist() == small.tolist()  # -1 became unknown
        assert (data[field].dropna() >= 0).all()
    assert data["vaesto"].tolist() == cells["vaesto"].tolist()  # the total is never hidden
    assert grid.people == int(cells["vaesto"].sum())
    layer = grid.to_layer()
    assert layer.kind.value == "population" and layer.name == "Population 1 km 2023"
    assert layer.attribution == "Population grid 1 km 2023: Statistics Finland, CC BY 4.0"
    assert "5 cells of under 10 inhabitants" in layer.note
    from layers.coverage.population_fields import population_guess

    assert population_guess(layer.data, "polygon").field == "vaesto"


@pytest.mark.parametrize(("options", "starts"), [({"max_count": 7}, [0, 7, 14, 21]),
                                                  ({"mode": "no-matched"}, [0, 10, 20])])
def test_paging_goes_to_the_end(serve, options, starts) -> None:
    """geoserver caps an answer at its own maximum (fewer than asked for is then not the end), and may not know
    how many match (then a short page is the end)."""
    cells = grid_cells()
    server = serve(cells, **options)
    grid = download_population(base_url=server.url, page_size=10)
    assert [int(p["startindex"]) for p in server.pages] == starts
    assert grid.cells == 24 and sorted(grid.data["id_nro"]) == sorted(cells["id_nro"])


def test_a_year_asked_for_and_one_not_offered(serve) -> None:
    server = serve(grid_cells())
    assert download_population(base_url=server.url, year=2021).layer == "vaestoruutu:vaki2021_1km"
    with pytest.raises(UserError, match=r"no population grid for 2019 \(it offers 2021, 2022, 2023\)"):
        download_population(base_url=server.url, year=2019)


def test_cells_outside_the_region_are_dropped(serve, default_region) -> None:
    import geopandas as gpd
    import pandas as pd
    import shapely
    from shapely.geometry import box

    sea = box(390_000, 6_640_000, 391_000, 6_641_000)  # the Gulf of Finland, inside the region's bounding box
    assert shapely.box(*default_region.outline.bounds).contains(sea)
    assert not sea.intersects(default_region.outline)
    cells = grid_cells()
    extra = gpd.GeoDataFrame([{**cells.iloc[1].drop("geometry").to_dict(), "grd_id": "sea", "id_nro": 1,
                               "geometry": sea}], crs=3067)
    server = serve(gpd.GeoDataFrame(pd.concat([cells, extra], ignore_index=True), crs=3067))
    grid = download_population(base_url=server.url)
    assert grid.cells == len(cells) and "sea" not in set(grid.data["grd_id"])


def test_an_answer_in_another_declared_crs_is_reprojected(serve) -> None:
    cells = grid_cells()
    server = serve(cells, mode="gk25")
    grid = download_population(base_url=server.url, page_size=10)
    got = grid.data.sort_values("id_nro").reset_index(drop=True)
    assert got.crs.to_epsg() == 3067 and grid.people == int(cells["vaesto"].sum())
    for a, b in zip(got.geometry, cells.geometry, strict=True):
        assert all(math.isclose(u, v, abs_tol=0.01) for u, v in zip(a.bounds, b.bounds, strict=True))


def test_an_answer_without_crs_in_projected_coordinates_is_refused(serve) -> None:
    server = serve(grid_cells(), mode="no-crs")
    with pytest.raises(UserError, match=r"declares no CRS and its coordinates are not longitude/latitude.*nothing "
                                        r"was cached"):
        download_population(base_url=server.url)
    assert not cached_years(server.url, _outline())


def test_the_cache_serves_an_offline_start_and_a_failed_refresh(serve) -> None:
    cells = grid_cells()
    server = serve(cells)
    first = download_population(base_url=server.url)
    server.mode = "500"
    offline = download_population(base_url=server.url)
    assert offline.from_cache and offline.year == 2023 and offline.people == first.people
    assert offline.hidden_cells == first.hidden_cells  # unknown stays unknown in the cache
    assert "read from the cache (no network)" in offline.notes
    asked = len(server.requests)
    refreshed = download_population(base_url=server.url, refresh=True)
    assert len(server.requests) > asked and refreshed.from_cache
    assert any("the download failed" in n and "HTTP 500" in n for n in refreshed.notes)


def test_a_damaged_cache_is_downloaded_again(serve) -> None:
    server = serve(grid_cells())
    first = download_population(base_url=server.url)
    first.path.write_bytes(b"not a geopackage")
    again = download_population(base_url=server.url)
    assert not again.from_cache and again.people == first.people
    assert any("cached earlier could not be read" in n for n in again.notes)


def _outline():  # type: ignore[no-untyped-def]
    from layers.region import default_region

    return default_region().outline


# ---- capabilities ---------------------------------------------------------------------------------------------
def test_layer_years_pick_the_1km_layers() -> None:
    names = ["vaestoruutu:vaki2021_1km", "vaestoruutu:vaki2023_5km", "vaestoruutu:vaki2005_1km_kp", "vaki2022_1km"]
    assert layer_years(names) == {2021: "vaestoruutu:vaki2021_1km", 2022: "vaki2022_1km"}


def test_capabilities_refuse_entities_and_dtds() -> None:
    evil = (b'<?xml version="1.0"?><!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
            b"<WFS_Capabilities><FeatureTypeList><FeatureType><Name>&x;</Name></FeatureType></FeatureTypeList>"
            b"</WFS_Capabilities>")
    with pytest.raises(UserError, match="declare a DTD or entities"):
        feature_type_names(evil, "h")
    laughs = b'<!DOCTYPE r [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]><r>&b;</r>'
    with pytest.raises(UserError, match="declare a DTD or entities"):
        feature_type_names(laughs, "h")
    # an entity used without a DTD is expat's "undefined entity": nothing is fetched or expanded
    with pytest.raises(UserError, match=r"not valid XML.*undefined entity"):
        feature_type_names(b"<WFS_Capabilities><FeatureTypeList><FeatureType><Name>&x;</Name></FeatureType>"
                           b"</FeatureTypeList></WFS_Capabilities>", "h")


def test_capabilities_errors_are_clear() -> None:
    report = (b'<ows:ExceptionReport xmlns:ows="http://www.opengis.net/ows/1.1"><ows:Exception>'
              b"<ows:ExceptionText>Service WFS is disabled</ows:ExceptionText></ows:Exception></ows:ExceptionReport>")
    with pytest.raises(UserError, match=r"the WFS reported an error \(Service WFS is disabled\)"):
        feature_type_names(report, "h")
    with pytest.raises(UserError, match="not WFS capabilities"):
        feature_type_names(b"<html/>", "h")
    with pytest.raises(UserError, match="offers no feature types"):
        feature_type_names(b"<WFS_Capabilities/>", "h")
    with pytest.raises(UserError, match="larger than"):
        feature_type_names(b" " * (21 * 1024 * 1024), "h")


# ---- HSY's 250 m grid of the capital region ---------------------------------------------------------------------
def helsinki(shared_data):  # type: ignore[no-untyped-def]
    import geopandas as gpd

    munis = gpd.read_file(shared_data / "fi_municipalities_2023_nls.geojson").to_crs(3067)
    return munis.loc[munis["NATCODE"] == "091", "geometry"].iloc[0]


def test_hsy_grid_for_a_region_inside_the_capital_region(serve, shared_data) -> None:
    from layers.io.population_sources import HSY
    from tests.layers.io.population_server import HSY_LAYERS, hsy_cells

    cells = hsy_cells(shared_data / "helsinki_population_grid_2020.gpkg")
    server = serve(cells, layers=HSY_LAYERS)
    grid = download_population(within=helsinki(shared_data), codes=["091"], source=HSY, base_url=server.url,
                               page_size=50)
    assert grid.layer == "asuminen_ja_maankaytto:Vaestotietoruudukko_2022" and grid.year == 2022
    assert grid.cells == 92 and grid.people == 71_724  # the shared data's README: 92 cells, 71,724 residents
    data = grid.data
    assert "asukkaita" in data.columns and "ika_yli80" in data.columns  # HSY's upper-case names, lower-cased
    small = data["asukkaita"] < 100
    assert small.sum() == 14 and grid.hidden_cells == 14
    assert data.loc[small, "ika0_9"].isna().all() and not data.loc[~small, "ika0_9"].isna().any()  # 99: unknown
    layer = grid.to_layer()
    assert layer.name == "Population 250 m 2022 (HSY)" and grid.count_field == "asukkaita"
    assert layer.attribution == "Population grid 250 m 2022: HSY, CC BY 4.0"
    assert "14 cells of under 100 inhabitants: HSY publishes only their total" in layer.note
    again = download_population(within=helsinki(shared_data), codes=["091"], source="hsy", base_url=server.url)
    assert again.from_cache and again.people == 71_724 and again.hidden_cells == 14


def test_hsy_grid_is_refused_outside_the_capital_region(serve) -> None:
    server = serve(grid_cells())
    with pytest.raises(UserError, match=r"HSY's 250 m grid covers only Helsinki, Espoo, Vantaa, Kauniainen, and the "
                                        r"region is not inside it \(it has also 018, 078, 106"):
        download_population(source="hsy", base_url=server.url)
    assert server.requests == []


def test_choices_for_a_region() -> None:
    from layers.io.population_sources import HSY, STATFI, choices_for

    assert choices_for(["091", "049"]) == [STATFI, HSY]
    assert choices_for(["091", "186"]) == [STATFI] and choices_for([]) == [STATFI]


# ---- GML answers ----------------------------------------------------------------------------------------------
@pytest.mark.parametrize("fmt", ["gml32", "gml31"])
def test_gml_answers_paged_from_the_real_cells(serve, shared_data, fmt) -> None:
    """A WFS that answers GML (3.2 with wfs:member, or 3.1.1 with gml:featureMember) whatever was asked: the same
    people, cells and fields as from GeoJSON, counts as numbers and hidden parts unknown."""
    cells = cells_from_hsy(shared_data / "helsinki_population_grid_2020.gpkg")
    server = serve(cells, fmt=fmt)
    grid = download_population(base_url=server.url, page_size=4)
    assert [int(p["startindex"]) for p in server.pages] == [0, 4, 8]
    assert grid.people == 71_724 and grid.cells == 11 and grid.data.crs.to_epsg() == 3067
    got = grid.data.sort_values("id_nro").reset_index(drop=True)
    want = cells.sort_values("id_nro").reset_index(drop=True)
    assert got["vaesto"].tolist() == want["vaesto"].tolist() and got["grd_id"].tolist() == want["grd_id"].tolist()
    assert got["miehet"].isna().tolist() == (want["miehet"] < 0).tolist()
    for a, b in zip(got.geometry, want.geometry, strict=True):
        assert a.equals_exact(b, 0.01)


def test_a_gml_answer_in_gk25_with_northing_first_is_reprojected(serve) -> None:
    """``urn:ogc:def:crs:EPSG::3879`` lists northing first; read as easting it would land in the sea of another
    country, and the cells would be refused: here they are the test's cells again."""
    cells = grid_cells()
    server = serve(cells, mode="gk25", fmt="gml32")
    grid = download_population(base_url=server.url, page_size=10)
    got = grid.data.sort_values("id_nro").reset_index(drop=True)
    assert grid.people == int(cells["vaesto"].sum())
    for a, b in zip(got.geometry, cells.geometry, strict=True):
        assert all(math.isclose(u, v, abs_tol=0.01) for u, v in zip(a.bounds, b.bounds, strict=True))


@pytest.mark.parametrize(("mode", "message"), [("truncated", r"not complete GML \(cut off or damaged"),
                                               ("empty", "sent an empty answer")])
def test_gml_faults_are_clear_and_leave_no_cache(serve, mode, message) -> None:
    server = serve(grid_cells(), fmt="gml32", mode=mode, fault_page=1)
    with pytest.raises(UserError, match=message):
        download_population(base_url=server.url, page_size=10)
    assert not cached_years(server.url, _outline())


def test_gml_with_entities_or_a_multisurface(tmp_path) -> None:
    from shapely.geometry import MultiPolygon, box

    from layers.io.wfs_gml import read_gml_page
    from tests.layers.io.population_server import gml_page

    bomb = (b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa"><!ENTITY b "&a;&a;&a;">]>'
            b'<wfs:FeatureCollection xmlns:wfs="http://www.opengis.net/wfs/2.0">&b;</wfs:FeatureCollection>')
    with pytest.raises(UserError, match="declare a DTD or entities"):
        read_gml_page(bomb, "h")
    cells = grid_cells(nx=2, ny=1)
    cells.loc[0, "geometry"] = MultiPolygon([box(384_000, 6_676_000, 384_500, 6_677_000),
                                             box(384_600, 6_676_000, 385_000, 6_677_000)])
    cells.loc[1, "grd_id"] = "{{ 7*7 }} </script><img src=x onerror=alert(1)>"
    cells["kunta"] = ["091", "049"]  # codes keep their leading zeros; counts become numbers
    frame, returned, matched = read_gml_page(gml_page(cells, "vaestoruutu:vaki2023_1km", "EPSG:3067",
                                                      matched=2), "h")
    assert returned == 2 and matched == 2 and frame.geom_type.tolist() == ["MultiPolygon", "Polygon"]
    assert frame.loc[1, "grd_id"] == "{{ 7*7 }} </script><img src=x onerror=alert(1)>"  # text, as sent
    assert math.isclose(frame.geometry.iloc[0].area, 0.9e6)
    assert frame["kunta"].tolist() == ["091", "049"] and frame["vaesto"].dtype.kind in "if"
