"""Zone sets: mappings, the SYKE presets, unmapped values, areas per municipality x class, and coverage rows."""

from __future__ import annotations

import geopandas as gpd
import pytest
import shapely

from layers.coverage import CoverageInputs, ServiceSpec, run
from layers.coverage.verdict import Targets, municipality_verdicts, zone_verdict
from layers.coverage.zone_sets import (
    CAR_ZONE,
    CORE,
    INTERMEDIATE,
    PRESETS,
    RURAL,
    URBAN_CORE,
    URBAN_RURAL_CLASSES,
    ZoneSet,
    class_polygons,
    guess_field,
    parse_mapping,
    value_key,
    zones_from_zone_set,
)
from layers.crs import WORK_CRS
from layers.errors import UserError

URBAN_ZONES_FILE = "syke_urban_zones_2021_capital_region.gpkg"
CAPITAL = ("091", "049", "092", "235")


# ---- mappings ----------------------------------------------------------------------------------------------------
def test_parse_mapping_pairs_and_presets() -> None:
    mapping, preset = parse_mapping(" keskusta = core , autovyöhyke=car zone")
    assert mapping == {"keskusta": "core", "autovyöhyke": "car zone"} and preset is None
    mapping, preset = parse_mapping("syke-urban-zones")
    assert preset == "syke-urban-zones" and mapping["autovyöhyke"] == CAR_ZONE


@pytest.mark.parametrize("text", ["keskusta", "keskusta=core,autovyöhyke", "=core", "a=all", "a=core,a=rural"])
def test_parse_mapping_refuses_what_is_not_a_mapping(text) -> None:
    with pytest.raises(UserError, match="zone mapping"):
        parse_mapping(text)


def test_value_key_matches_codes_and_text_loosely() -> None:
    assert value_key(5.0) == value_key(5) == value_key(" 5 ") == "5"
    assert value_key("K1 Sisempi kaupunkialue") == "k1 sisempi kaupunkialue"


def test_urban_rural_preset_groups_as_the_official_intermediate_zone() -> None:
    mapping = {value_key(k): v for k, v in PRESETS["syke-urban-rural"].mapping.items()}
    groups = {number: mapping[str(number)] for number, *_ in URBAN_RURAL_CLASSES}
    assert groups == {1: URBAN_CORE, 2: URBAN_CORE, 3: INTERMEDIATE, 4: RURAL, 5: INTERMEDIATE, 6: RURAL, 7: RURAL}
    for number, code, fi, en, group in URBAN_RURAL_CLASSES:
        assert mapping[value_key(code)] == mapping[value_key(fi)] == mapping[value_key(en)] == group, number


# ---- the 7-class grid on cells written here -----------------------------------------------------------------------
def _grid(values: list) -> gpd.GeoDataFrame:
    """A row of 250 m cells from x=0, one per value (field ``luokka``)."""
    cells = [shapely.box(i * 250.0, 0.0, (i + 1) * 250.0, 250.0) for i in range(len(values))]
    return gpd.GeoDataFrame({"luokka": values}, geometry=cells, crs=WORK_CRS)


def _two_municipalities(width: float) -> gpd.GeoDataFrame:
    """A and B split the row of cells at ``width`` / 2."""
    return gpd.GeoDataFrame({"code": ["001", "002"], "name": ["A", "B"]},
                            geometry=[shapely.box(0, 0, width / 2, 250), shapely.box(width / 2, 0, width, 250)],
                            crs=WORK_CRS)


def test_urban_rural_cells_become_urban_core_intermediate_rural_per_municipality() -> None:
    # numbers, codes and names side by side, as SYKE's files spell them in different years
    values = [1, "K2", "kaupungin kehysalue", "M4", 5.0, "Rural heartland areas", "M7 Harvaan asuttu maaseutu", "K3"]
    grid = _grid(values)
    zs = ZoneSet("cells.gpkg", "luokka", *parse_mapping("syke-urban-rural"))
    zones = zones_from_zone_set(_two_municipalities(8 * 250.0), grid, zs)
    area = {(c, z): a / 250.0 ** 2 for c, z, a in zip(zones.frame["code"], zones.frame["zone"],
                                                        zones.frame.geometry.area, strict=True)}
    # A: cells 1, K2, K3 (kehysalue), M4; B: M5, M6, M7, K3
    assert area == pytest.approx({("001", URBAN_CORE): 2, ("001", INTERMEDIATE): 1, ("001", RURAL): 1,
                                  ("002", URBAN_CORE): 0, ("002", INTERMEDIATE): 2, ("002", RURAL): 2})
    assert zones.classes == (URBAN_CORE, INTERMEDIATE, RURAL) and zones.target == INTERMEDIATE
    assert not zones.warnings
    assert guess_field(grid, zs.mapping) == "luokka"


def test_unmapped_values_are_left_out_with_a_note() -> None:
    grid = _grid(["K1", "K3", "X9", "X9", None])
    warnings: list[str] = []
    polys = class_polygons(grid, ZoneSet("cells.gpkg", "luokka", *parse_mapping("syke-urban-rural")), warnings)
    assert polys[URBAN_CORE].area == pytest.approx(250.0 ** 2) and polys[RURAL].is_empty
    assert len(warnings) == 1 and "'X9'" in warnings[0] and "3 polygon(s)" in warnings[0]
    assert "0.19 km2" in warnings[0]


def test_a_user_mapping_that_names_absent_values_or_maps_nothing_says_so() -> None:
    grid = _grid(["a", "b"])
    warnings: list[str] = []
    class_polygons(grid, ZoneSet("f.gpkg", "luokka", {"a": "core", "zz": "rural"}), warnings)
    assert any("'zz'" in w for w in warnings)
    with pytest.raises(UserError, match=r"f\.gpkg:luokka.*'a', 'b'"):
        class_polygons(grid, ZoneSet("f.gpkg", "luokka", {"q": "core"}), [])
    with pytest.raises(UserError, match=r"f\.gpkg.*no field 'vyoh'.*luokka"):
        class_polygons(grid, ZoneSet("f.gpkg", "vyoh", {"a": "core"}), [])


def test_overlapping_classes_count_once_for_the_class_named_first() -> None:
    layer = gpd.GeoDataFrame({"k": ["c", "i"]}, geometry=[shapely.box(0, 0, 200, 100), shapely.box(100, 0, 300, 100)],
                             crs=WORK_CRS)
    warnings: list[str] = []
    polys = class_polygons(layer, ZoneSet("f", "k", {"c": "core", "i": "intermediate"}), warnings)
    assert polys["core"].area == pytest.approx(20_000) and polys["intermediate"].area == pytest.approx(10_000)
    assert any("overlap" in w for w in warnings)


# ---- coverage rows per class ----------------------------------------------------------------------------------------
def test_coverage_rows_per_class_and_only_the_target_class_is_judged() -> None:
    grid = _grid(["K1", "K1", "K3", "M5", "M6", "M6", "K3", "M5"])
    zones = zones_from_zone_set(_two_municipalities(8 * 250.0), grid,
                                ZoneSet("cells.gpkg", "luokka", *parse_mapping("syke-urban-rural")))
    station = gpd.GeoDataFrame({"name": ["s"]}, geometry=[shapely.Point(500.0, 125.0)], crs=WORK_CRS)
    result = run(CoverageInputs(zones=zones, services=[ServiceSpec("stations", station, 400.0)],
                                targets={"all": 0.5}, curve=False, gaps=True, connections=False))
    assert [(r["municipality"], r["zone"]) for r in result.rows] == [
        (m, z) for m in "AB" for z in (URBAN_CORE, INTERMEDIATE, RURAL)]
    judged = {(r["municipality"], r["zone"]): r["target_pass"] for r in result.rows}
    assert {k for k, v in judged.items() if v is not None} == {("A", INTERMEDIATE), ("B", INTERMEDIATE)}
    # A's intermediate cells (x 500-1000) are mostly within 400 m of the station at x=500; B's (1500-2000) not
    assert result.municipality_pass == {"A": True, "B": False}
    assert [t["zone"] for t in result.totals] == [URBAN_CORE, INTERMEDIATE, RURAL, "all"]
    assert result.totals[1]["area_km2"] == pytest.approx(4 * 0.0625)
    assert result.gaps is not None and len(result.gaps)  # the gaps are the target class's only
    target_zones = zones.frame[zones.frame["zone"] == INTERMEDIATE].union_all().buffer(1e-6)
    assert all(target_zones.contains(g) for g in result.gaps.geometry)


def test_verdict_judges_a_named_target_class_and_leaves_hot_spot_rules_as_they_were() -> None:
    targets = Targets({"all": 0.5})
    covered = {"all": (60.0, 0.0)}
    assert zone_verdict(targets, "intermediate", covered, 100.0, None, "intermediate").passed is True
    assert zone_verdict(targets, "core", covered, 100.0, None, "intermediate").passed is None
    assert targets.for_zone("core", "intermediate") == {}
    assert zone_verdict(targets, "in-between", covered, 100.0, None).passed is True  # the default: in-between
    assert zone_verdict(targets, "hotspot", covered, 100.0, None).passed is None
    verdicts = [("A", "core", 100.0, zone_verdict(targets, "core", covered, 100.0, None, "intermediate")),
                ("A", "intermediate", 100.0, zone_verdict(targets, "intermediate", covered, 100.0, None,
                                                          "intermediate"))]
    assert municipality_verdicts(verdicts, "intermediate")["A"].passed is True
    assert municipality_verdicts(verdicts) == {}  # judged as in-between: no such zone


# ---- the real SYKE urban zones ----------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def urban_zones(shared_data):
    from layers.io import read_layer

    return read_layer(shared_data / URBAN_ZONES_FILE).data


@pytest.fixture(scope="module")
def capital(shared_data):
    muni = gpd.read_file(shared_data / "fi_municipalities_2023_nls.geojson")
    muni = muni[muni["NATCODE"].isin(CAPITAL)].rename(columns={"NATCODE": "code", "NAMEFIN": "name"})
    return muni[["code", "name", "geometry"]].to_crs(WORK_CRS).reset_index(drop=True)


@pytest.mark.shared_data
def test_urban_zones_preset_names_every_real_value(urban_zones) -> None:
    preset = PRESETS["syke-urban-zones"]
    real = set(urban_zones["vyohselite"])
    texts = {k for k in preset.mapping if not k.isdigit()}
    assert texts == real  # the spellings are the file's, none guessed, none missing
    assert {str(v) for v in urban_zones["vyoh"]} == {k for k in preset.mapping if k.isdigit()}
    assert preset.mapping["autovyöhyke"] == CAR_ZONE
    assert preset.mapping["keskustan jalankulkuvyöhyke"] == preset.mapping["alakeskuksen jalankulkuvyöhyke"] == CORE
    assert preset.mapping["joukkoliikennevyöhyke"] == preset.mapping["intensiivinen joukkoliikennevyöhyke"] \
        == INTERMEDIATE
    for field in ("vyohselite", "vyoh"):  # text or code: the same classes
        warnings: list[str] = []
        polys = class_polygons(urban_zones, ZoneSet(URBAN_ZONES_FILE, field, preset.mapping, preset.name), warnings)
        assert not warnings and set(polys) == {CORE, INTERMEDIATE, CAR_ZONE}
        assert sum(p.area for p in polys.values()) == pytest.approx(urban_zones.union_all().area, rel=1e-6)


@pytest.mark.shared_data
def test_class_areas_add_up_to_the_municipality_area_the_zone_layer_covers(urban_zones, capital) -> None:
    zs = ZoneSet(URBAN_ZONES_FILE, "vyohselite", *parse_mapping("syke-urban-zones"))
    zones = zones_from_zone_set(capital, urban_zones, zs)
    assert len(zones.frame) == 4 * 3 and zones.zone_set == {
        "file": URBAN_ZONES_FILE, "field": "vyohselite", "mapping": "syke-urban-zones", "target_class": INTERMEDIATE}
    layer_union = shapely.make_valid(urban_zones.union_all())
    for code, geom in zip(capital["code"], capital.geometry, strict=True):
        rows = zones.frame[zones.frame["code"] == code]
        assert list(rows["zone"]) == [CORE, INTERMEDIATE, CAR_ZONE]
        assert rows.geometry.area.sum() == pytest.approx(shapely.intersection(geom, layer_union).area, rel=1e-6)
        assert (rows.geometry.area > 0).all()  # every class is in each of the four capital-region municipalities
    # the sea and the woods the zones leave out are said, not counted
    assert any("lie in no class" in w for w in zones.warnings)


@pytest.mark.shared_data
def test_unmapped_real_values_are_left_out_and_named(urban_zones, capital) -> None:
    zs = ZoneSet(URBAN_ZONES_FILE, "vyohselite", {"joukkoliikennevyöhyke": "intermediate",
                                                  "intensiivinen joukkoliikennevyöhyke": "intermediate"})
    zones = zones_from_zone_set(capital, urban_zones, zs)
    assert set(zones.frame["zone"]) == {INTERMEDIATE}
    note = next(w for w in zones.warnings if "left out" in w)
    assert "'autovyöhyke'" in note and "'keskustan jalankulkuvyöhyke'" in note


def test_people_are_counted_per_class() -> None:
    grid = _grid(["K1", "K3", "M5", "M6"])
    zones = zones_from_zone_set(_two_municipalities(4 * 250.0), grid,
                                ZoneSet("cells.gpkg", "luokka", *parse_mapping("syke-urban-rural")))
    people = grid.assign(population=[1000, 200, 30, 4]).drop(columns="luokka")  # the same 250 m cells
    station = gpd.GeoDataFrame({"name": ["s"]}, geometry=[shapely.Point(125.0, 125.0)], crs=WORK_CRS)
    result = run(CoverageInputs(zones=zones, services=[ServiceSpec("stations", station, 100.0)],
                                population=people, curve=False, gaps=False, connections=False))
    got = {(r["municipality"], r["zone"]): r["population"] for r in result.rows}
    assert got == {("A", URBAN_CORE): 1000, ("A", INTERMEDIATE): 200, ("A", RURAL): None,
                   ("B", URBAN_CORE): None, ("B", INTERMEDIATE): 30, ("B", RURAL): 4}
    totals = {t["zone"]: t["population"] for t in result.totals}
    assert totals == {URBAN_CORE: 1000, INTERMEDIATE: 230, RURAL: 4, "all": 1234}


def test_a_grid_is_unioned_as_a_coverage_with_the_general_union_s_result(monkeypatch) -> None:
    import layers.coverage.zone_sets as zone_sets

    values = ["K1", "K3", "M5", "K3", "M6", "K1", "M7", "M5"] * 3
    grid = _grid(values)
    zs = ZoneSet("cells.gpkg", "luokka", *parse_mapping("syke-urban-rural"))
    assert zone_sets._is_coverage(grid.geometry.values)
    fast = class_polygons(grid, zs, [])
    monkeypatch.setattr(zone_sets, "_is_coverage", lambda geoms: False)
    general = class_polygons(grid, zs, [])
    for cls in (URBAN_CORE, INTERMEDIATE, RURAL):
        assert fast[cls].symmetric_difference(general[cls]).area == pytest.approx(0.0, abs=1e-6)
        assert fast[cls].is_valid
