"""``regionmap download population|boundaries`` against a loopback WFS: what it prints, the cache, the errors."""

from __future__ import annotations

import pytest

from app.cli import main
from tests.layers.io.population_server import cells_from_hsy, grid_cells, serve

__all__ = ["serve"]  # the fixture, shared with the other population tests

pytestmark = pytest.mark.timeout(120)


def last_error(capsys) -> str:  # type: ignore[no-untyped-def]
    err = capsys.readouterr().err
    assert "Traceback" not in err
    return err.strip().splitlines()[-1]


def test_population_prints_what_it_got_then_works_offline(serve, capsys, tmp_path) -> None:
    import geopandas as gpd

    cells = grid_cells()
    server = serve(cells)
    out = tmp_path / "people.gpkg"
    assert main(["download", "population", "--url", server.url, "--out", str(out)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == ("population grid 1 km 2023 (vaestoruutu:vaki2023_1km) for the built-in Helsinki-Uusimaa "
                        "region: 24 cells, 10,291 people; 5 cells with fewer than 10 inhabitants (their age groups "
                        "are unknown)")
    assert lines[1] == "source: Population grid 1 km 2023: Statistics Finland, CC BY 4.0"
    assert lines[2].startswith("cache: ") and "/population/vaki2023_1km-" in lines[2]
    assert lines[2].endswith(f"(downloaded from {server.url})") and lines[-1] == f"written: {out}"
    written = gpd.read_file(out)
    assert len(written) == 24 and written.crs.to_epsg() == 3067 and written["vaesto"].sum() == 10_291
    assert written["miehet"].isna().sum() == 5  # hidden stays unknown in the file
    server.stop()  # offline: the cache answers
    assert main(["download", "population", "--url", server.url]) == 0
    assert "(read from the cache, no network)" in capsys.readouterr().out


def test_population_for_a_region_file(serve, capsys, shared_data) -> None:
    server = serve(cells_from_hsy(shared_data / "helsinki_population_grid_2020.gpkg"))
    region = shared_data / "fi_municipalities_2023_nls.geojson"
    assert main(["download", "population", "--url", server.url, "--region", str(region), "--codes", "091"]) == 0
    out = capsys.readouterr().out
    assert "for 1 municipalities of fi_municipalities_2023_nls.geojson: 11 cells, 71,724 people" in out
    bbox = [float(v) for v in server.pages[0]["bbox"].split(",")[:4]]
    assert bbox[2] - bbox[0] < 60_000  # Helsinki's extent, not Uusimaa's (about 250 km wide)


def test_population_errors_are_one_line(serve, capsys, tmp_path) -> None:
    server = serve(grid_cells())
    assert main(["download", "population", "--url", server.url, "--year", "2019"]) == 2
    assert last_error(capsys) == (f"regionmap: 127.0.0.1:{server.url.split(':')[2].split('/')[0]}: the WFS has no "
                                  "population grid for 2019 (it offers 2021, 2022, 2023); choose one of those years")
    server.mode = "truncated"
    assert main(["download", "population", "--url", server.url]) == 2
    assert "not complete GeoJSON" in last_error(capsys)
    assert main(["download", "population", "--codes", "091"]) == 2
    assert last_error(capsys).startswith("regionmap: --codes: applies to a --region boundaries file")
    assert main(["download", "population", "--out", str(tmp_path / "x.txt")]) == 2
    assert "write a .gpkg, .geojson or .fgb file" in last_error(capsys)
    assert main(["download"]) == 2
    assert "say what to download" in last_error(capsys)
    assert main(["download", "people"]) == 2
    assert last_error(capsys).startswith("regionmap: regionmap download: argument WHAT: invalid choice")


def test_boundaries_download_and_cache(serve, capsys, tmp_path, default_region) -> None:
    import geopandas as gpd

    server = serve(default_region.municipalities[["code", "name", "geometry"]])
    out = tmp_path / "kunnat.geojson"
    assert main(["download", "boundaries", "--url", server.url, "--out", str(out)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == "municipal boundaries 2023 (tilastointialueet:kunta4500k_2023): 26 areas"
    assert lines[1] == "source: Municipal boundaries: Statistics Finland (kunta4500k), CC BY 4.0 (2023)"
    assert "/boundaries/" in lines[2] and lines[2].endswith(f"(downloaded from {server.url})")
    assert server.requests[0]["typenames"] == "tilastointialueet:kunta4500k_2023"
    assert len(gpd.read_file(out)) == 26
    server.mode = "500"
    assert main(["download", "boundaries", "--url", server.url]) == 0
    assert "(read from the cache, no network)" in capsys.readouterr().out
    assert main(["download", "boundaries", "--url", server.url, "--refresh"]) == 0
    out_text = capsys.readouterr().out
    assert "note: the download failed; used the boundaries cached earlier" in out_text
    assert main(["download", "boundaries", "--url", server.url, "--year", "2020"]) == 2
    assert "HTTP 500" in last_error(capsys)


def test_hsy_grid_for_capital_region_municipalities(serve, capsys, shared_data) -> None:
    from tests.layers.io.population_server import HSY_LAYERS, hsy_cells

    server = serve(hsy_cells(shared_data / "helsinki_population_grid_2020.gpkg"), layers=HSY_LAYERS)
    region = shared_data / "fi_municipalities_2023_nls.geojson"
    args = ["download", "population", "--source", "hsy", "--url", server.url, "--region", str(region)]
    assert main([*args, "--codes", "091,049,092,235"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == ("population grid 250 m 2022 (asuminen_ja_maankaytto:Vaestotietoruudukko_2022) for 4 "
                        "municipalities of fi_municipalities_2023_nls.geojson: 92 cells, 71,724 people; 14 cells "
                        "with fewer than 100 inhabitants (their age groups are unknown)")
    assert lines[1] == "source: Population grid 250 m 2022: HSY, CC BY 4.0"
    assert "/population/hsy2022_250m-" in lines[2]
    assert main(args) == 2  # the 26 Helsinki-Uusimaa municipalities: HSY does not cover them
    assert "HSY's 250 m grid covers only Helsinki, Espoo, Vantaa, Kauniainen" in last_error(capsys)


def test_urban_rural_prints_what_it_got_and_the_zones_option(serve, capsys, tmp_path) -> None:
    """``regionmap download urban-rural``: SYKE's classes (from cells the test writes, in GML), the cache, the file
    and the --zones option that uses it, which 'regionmap coverage' then takes as the 7-class zone set."""
    import geopandas as gpd

    from tests.layers.io.test_urban_rural_download import SYKE_LAYERS, classes

    server = serve(classes(), layers=SYKE_LAYERS, fmt="gml32")
    out = tmp_path / "urban_rural.gpkg"
    assert main(["download", "urban-rural", "--url", server.url, "--out", str(out)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == ("urban-rural classification 2018 (syke:YKRKaupunkiMaaseutuLuokitus2018) for the built-in "
                        "Helsinki-Uusimaa region: 32 areas, classes in field 'Luokka'")
    assert lines[1] == "source: Urban-rural classification 2018: SYKE, CC BY 4.0"
    assert "/urban_rural/urban_rural2018-" in lines[2] and lines[-2] == f"written: {out}"
    assert lines[-1] == f"zones: regionmap coverage ... --zones {out}:Luokka=syke-urban-rural"
    assert len(gpd.read_file(out)) == 32
    server.mode = "500"
    assert main(["download", "urban-rural", "--url", server.url]) == 0  # the cache answers
    assert "(read from the cache, no network)" in capsys.readouterr().out
    assert main(["download", "urban-rural", "--url", server.url, "--year", "2010"]) == 2
    assert "HTTP 500" in last_error(capsys)  # one line, no traceback
