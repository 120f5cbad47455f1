"""region_boundaries: the one rule of the boundaries dialog and ``--region`` (filter, clip to land, fields)."""

from __future__ import annotations

import geopandas as gpd
import pytest
import shapely

from layers import shipped
from layers.errors import UserError
from layers.io.region_boundaries import Keep, RegionChoice, normal_code, region_boundaries

CRS = "EPSG:3067"
X0, Y0, SIZE = 300_000.0, 6_650_000.0, 10_000.0


def national(codes, code_type=str):
    """Squares in a row, one per code, each half sea: the land is the lower half of the row."""
    codes = list(codes)
    frame = gpd.GeoDataFrame(
        {"NATCODE": [code_type(c) for c in codes], "NAMEFIN": [f"Kunta {c}" for c in codes],
         "NAMESWE": [f"Kommun {c}" for c in codes]},
        geometry=[shapely.box(X0 + i * SIZE, Y0, X0 + (i + 1) * SIZE, Y0 + SIZE) for i in range(len(codes))],
        crs=CRS)
    land = gpd.GeoDataFrame(geometry=[shapely.box(X0, Y0, X0 + len(codes) * SIZE, Y0 + SIZE / 2)], crs=CRS)
    return frame, land


def test_default_keeps_the_26_uusimaa_codes_clipped_to_land_with_normal_fields():
    frame, land = national([*shipped.region_codes(), "564", "837"])  # + Oulu and Tampere
    got = region_boundaries(frame, RegionChoice.uusimaa(), land=land, source="kunnat.geojson")
    assert sorted(got.data["code"]) == sorted(shipped.region_codes()) and len(got.data) == 26
    assert list(got.data.columns[:4]) == ["code", "name", "name_sv", "land_area_km2"]
    assert got.land_clipped and got.data["land_area_km2"].tolist() == pytest.approx([50.0] * 26)
    assert got.data["name_sv"].iloc[0].startswith("Kommun") and not got.warnings


def test_codes_are_exactly_those_named_and_unknown_codes_are_an_error_naming_them():
    frame, land = national(["091", "049", "092"])
    got = region_boundaries(frame, RegionChoice.of_codes(["091", " 49"]), land=land)
    assert sorted(got.data["code"]) == ["049", "091"]
    with pytest.raises(UserError, match=r"kunnat\.gpkg: has no municipality with code 999, 998 in field 'NATCODE'"):
        region_boundaries(frame, RegionChoice.of_codes(["091", "999", "998"]), land=land, source="kunnat.gpkg")
    with pytest.raises(UserError, match="at least one municipality code"):
        RegionChoice.of_codes([" ", ""])


def test_number_codes_match_the_three_digit_codes():
    frame, land = national([91, 49, 92], code_type=int)
    got = region_boundaries(frame, RegionChoice.uusimaa(), land=land)
    assert sorted(got.data["code"]) == ["49", "91", "92"]  # the file's values are kept
    assert "missing codes" in got.warnings[0] and "23 of the 26" not in got.warnings[0]
    assert got.warnings[0].startswith("the boundaries: has 3 of the 26")
    assert [normal_code(v) for v in (91, "091", 5.0, " 078 ", "K91")] == ["091", "091", "005", "078", "K91"]


def test_a_file_without_uusimaa_codes_says_what_to_do():
    frame, land = national(["564", "837"])
    with pytest.raises(UserError, match=r"none of the 26 Helsinki-Uusimaa .*Keep list.*--codes / --all"):
        region_boundaries(frame, RegionChoice.uusimaa(), land=land, source="pohjoinen.gpkg")
    got = region_boundaries(frame, RegionChoice.everything(), land=land)
    assert sorted(got.data["code"]) == ["564", "837"]


def test_without_land_clipping_the_areas_stay_as_given():
    frame, land = national(["091", "049"])
    got = region_boundaries(frame, RegionChoice.everything(clip_land=False), land=land)
    assert not got.land_clipped and got.data["land_area_km2"].tolist() == pytest.approx([100.0, 100.0])


def test_field_and_within_choices_are_the_dialogs_other_filters():
    frame, land = national(["091", "049", "092"])
    got = region_boundaries(frame, RegionChoice.where("NAMEFIN", "Kunta 049"), land=land)
    assert got.data["code"].tolist() == ["049"]
    outline = gpd.GeoDataFrame(geometry=[shapely.box(X0, Y0, X0 + 1.4 * SIZE, Y0 + SIZE)], crs=CRS)
    got = region_boundaries(frame, RegionChoice.inside(outline), land=land)
    assert got.data["code"].tolist() == ["091"]  # 40 % of the second square is inside: not mostly
    assert RegionChoice.inside(outline).keep == Keep.WITHIN


def test_no_code_field_with_a_code_filter_is_an_error():
    frame, land = national(["091"])
    with pytest.raises(UserError, match=r"no municipality code field .*--code-field.*--all"):
        region_boundaries(frame.drop(columns="NATCODE"), RegionChoice.uusimaa(), land=land)
