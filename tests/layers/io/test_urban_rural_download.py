"""SYKE's urban-rural classification from a loopback WFS: the latest year, pages in GeoJSON and GML, the cache,
another CRS, and the faults (500, a hang, a truncated body, an empty answer) leaving the cache as it was."""

from __future__ import annotations

import pytest

from layers.errors import UserError
from layers.io.urban_rural import cached_years, download_urban_rural
from tests.layers.io.population_server import PopulationWfs, serve

__all__ = ["serve"]

pytestmark = pytest.mark.timeout(180)

SYKE_LAYERS = ["syke:YKRKaupunkiMaaseutuLuokitus2010", "syke:YKRKaupunkiMaaseutuLuokitus2018",
               "syke:YKRVyohykkeet2021", "syke:Luonnonsuojelualueet"]
FINNISH = ["Sisempi kaupunkialue", "Ulompi kaupunkialue", "Kaupungin kehysalue", "Maaseudun paikalliskeskukset",
           "Kaupungin läheinen maaseutu", "Ydinmaaseutu", "Harvaan asuttu maaseutu"]


def classes(origin=(384_000, 6_676_000), nx: int = 8, ny: int = 4):  # type: ignore[no-untyped-def]
    """250 m cells in Helsinki (EPSG:3067) written by the test: class 1 + k % 7, as SYKE's file names them
    (``Luokka`` number, ``Nimi`` Finnish name)."""
    import geopandas as gpd
    from shapely.geometry import box

    rows = []
    for i in range(nx):
        for j in range(ny):
            k = i * ny + j
            x, y = origin[0] + i * 250, origin[1] + j * 250
            rows.append({"id_nro": k, "Luokka": 1 + k % 7, "Nimi": FINNISH[k % 7],
                         "geometry": box(x, y, x + 250, y + 250)})
    return gpd.GeoDataFrame(rows, geometry="geometry", crs=3067)


def _outline():  # type: ignore[no-untyped-def]
    from layers.region import default_region

    return default_region().outline


@pytest.mark.parametrize("fmt", ["json", "gml32", "gml31"])
def test_the_latest_year_in_pages_as_geojson_or_gml(serve, fmt) -> None:
    cells = classes()
    server = serve(cells, layers=SYKE_LAYERS, fmt=fmt)
    got = download_urban_rural(base_url=server.url, page_size=10)
    assert got.year == 2018 and got.layer == "syke:YKRKaupunkiMaaseutuLuokitus2018" and not got.from_cache
    assert [int(p["startindex"]) for p in server.pages] == [0, 10, 20, 30]
    assert got.areas == 32 and got.field in ("Luokka", "Nimi")
    assert sorted(got.data["Luokka"].astype(int)) == sorted(cells["Luokka"])
    assert got.path.exists() and got.path.parent.name == "urban_rural"
    layer = got.to_layer()
    assert layer.attribution == "Urban-rural classification 2018: SYKE, CC BY 4.0"
    assert layer.name == "Urban-rural classification 2018" and len(layer.style.categories) == 7
    again = download_urban_rural(base_url=server.url)
    assert again.from_cache and again.areas == 32 and len(server.pages) == 4  # no network the second time


def test_the_classes_become_the_built_in_zone_set(serve) -> None:
    """The downloaded areas are the 7-class zone set grouped as the official intermediate zone does it."""
    import geopandas as gpd
    from shapely.geometry import box

    from layers.coverage.zone_sets import INTERMEDIATE, PRESETS, RURAL, URBAN_CORE, ZoneSet, zones_from_zone_set

    server = serve(classes(), layers=SYKE_LAYERS)
    got = download_urban_rural(base_url=server.url)
    zone_set = ZoneSet(got.layer_name, got.field, dict(PRESETS["syke-urban-rural"].mapping), "syke-urban-rural")
    muni = gpd.GeoDataFrame({"code": ["091"], "name": ["Helsinki"]}, geometry=[box(384_000, 6_676_000, 386_000,
                                                                                      6_677_000)], crs=3067)
    zones = zones_from_zone_set(muni, got.data, zone_set)
    km2 = {z: round(float(a) / 1e6, 4) for z, a in zip(zones.frame["zone"], zones.frame.area, strict=True)}
    per_class = {c: (classes()["Luokka"] == c).sum() * 0.0625 for c in range(1, 8)}
    assert km2[URBAN_CORE] == pytest.approx(per_class[1] + per_class[2])
    assert km2[INTERMEDIATE] == pytest.approx(per_class[3] + per_class[5])
    assert km2[RURAL] == pytest.approx(per_class[4] + per_class[6] + per_class[7])


def test_an_answer_in_gk25_is_reprojected(serve) -> None:
    import math

    cells = classes()
    server = serve(cells, layers=SYKE_LAYERS, mode="gk25", fmt="gml32")
    got = download_urban_rural(base_url=server.url)
    mine = got.data.sort_values("id_nro").reset_index(drop=True)
    for a, b in zip(mine.geometry, cells.geometry, strict=True):
        assert all(math.isclose(u, v, abs_tol=0.01) for u, v in zip(a.bounds, b.bounds, strict=True))


def test_a_service_without_the_layer_says_how_to_load_the_file(serve) -> None:
    server = serve(classes(), layers=["syke:YKRVyohykkeet2021"])
    with pytest.raises(UserError, match=r"offers no urban-rural classification of SYKE .*YKRKaupunkiMaaseutu"
                                        r"Luokitus2018.*File > Open"):
        download_urban_rural(base_url=server.url)


def test_polygons_without_the_classes_are_refused(serve) -> None:
    cells = classes().drop(columns=["Luokka", "Nimi"])
    cells["vyohselite"] = "autovyöhyke"
    server = serve(cells, layers=SYKE_LAYERS)
    with pytest.raises(UserError, match=r"not a usable urban-rural classification \(no field names the 7 classes"):
        download_urban_rural(base_url=server.url)
    assert not cached_years(server.url, _outline())


def cache_state(folder):  # type: ignore[no-untyped-def]
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())} if folder.exists() else {}


FAULTS = {"500": r"HTTP 500", "hang": r"did not finish within 2 s", "truncated": r"cut off or damaged",
          "empty": r"sent an empty answer"}


@pytest.mark.parametrize("fmt", ["json", "gml32"])
@pytest.mark.parametrize("mode", sorted(FAULTS))
def test_a_fault_is_one_clear_error_and_leaves_the_cache(mode, fmt) -> None:
    server = PopulationWfs(classes(), layers=SYKE_LAYERS, fmt=fmt)
    try:
        good = download_urban_rural(base_url=server.url, page_size=10)
        before = cache_state(good.path.parent)
        server.mode, server.fault_page = mode, 1
        deadline = 2 if mode == "hang" else 60
        with pytest.raises(UserError, match=FAULTS[mode]) as caught:
            download_urban_rural(base_url=server.url, page_size=10, deadline=deadline, timeout=5, refresh=False,
                                 year=2010)
        assert "\n" not in str(caught.value)
        assert cache_state(good.path.parent) == before  # no 2010 file, no part files, 2018 byte for byte
        again = download_urban_rural(base_url=server.url, page_size=10, refresh=True, deadline=deadline, timeout=5)
        assert again.from_cache and any("the download failed" in n for n in again.notes)
        assert cache_state(good.path.parent) == before
    finally:
        server.stop()


@pytest.mark.parametrize(("code", "third"), [("en", "K3 Peri-urban area"), ("fi", "K3 Kaupungin kehysalue"),
                                             ("sv", "K3 Stadens kransområde")])
def test_the_legend_names_the_classes_in_the_interface_language(serve, monkeypatch, code, third) -> None:
    """The layer's legend reads the classes' names (not 1-7) in the language; the zone set's field stays the
    source's, and the names are SYKE's own (docs/glossary.md)."""
    from layers import i18n
    from layers.io.urban_rural import CLASS_COLOURS, CLASS_NAME_FIELD

    server = serve(classes(), layers=SYKE_LAYERS)
    got = download_urban_rural(base_url=server.url)
    monkeypatch.setenv("REGIONMAP_LANG", code)
    i18n.set_language(None)
    try:
        layer = got.to_layer()
    finally:
        monkeypatch.setenv("REGIONMAP_LANG", "en")
        i18n.set_language(None)
    legend = layer.style.legend_classes()
    assert [label for label, _ in legend][2] == third and len(legend) == 7
    assert [colour for _, colour in legend] == list(CLASS_COLOURS)
    assert layer.style.category_field == CLASS_NAME_FIELD and got.field in ("Luokka", "Nimi")
    by_number = dict(zip(layer.data["Luokka"].astype(int), layer.data[CLASS_NAME_FIELD], strict=True))
    assert by_number[3] == third and by_number[7].startswith("M7 ")
    assert {layer.style.colour_for(v) for v in layer.data[CLASS_NAME_FIELD]} == set(CLASS_COLOURS)
