"""The region's preparation on GeoTables (the light command-line path) gives what it gives on GeoDataFrames (the
window, the full path): the same municipalities, fields, land areas, hot spots, zones, notes, warnings and errors,
by the same code (:mod:`layers.frames`), and without importing pandas."""

from __future__ import annotations

import json
import math
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
import shapely

from layers import shipped
from layers.coverage.tables import GeoTable
from layers.coverage.zones import zones_from_frames
from layers.errors import UserError
from layers.frames import column_order, frame_like, geometries, values
from layers.hotspots import HotspotParams, hotspots_from_settlements, in_between
from layers.io.region_boundaries import RegionChoice, region_boundaries

pytestmark = pytest.mark.shared_data
ROOT = Path(__file__).resolve().parents[2]
MUNIS = "fi_municipalities_2023_nls.geojson"


def _plain(value):
    """A value as the light reader gives it: Python str, int or float, None where missing."""
    if isinstance(value, float) and math.isnan(value):
        return None
    return value.item() if isinstance(value, np.generic) else value


def as_geotable(frame) -> GeoTable:
    """A GeoDataFrame's rows as the light reader (layers.io.light_read) gives them."""
    columns = {c: np.array([_plain(v) for v in frame[c].tolist()], dtype=object)
               for c in frame.columns if c != frame.geometry.name}
    return GeoTable(columns, np.asarray(frame.geometry.values, dtype=object), order=column_order(frame))


def assert_same_table(full, light) -> None:
    """Same columns in the same order, the same values and WKB-equal geometries."""
    assert isinstance(light, GeoTable) and not isinstance(full, GeoTable)
    assert list(full.columns) == light.columns
    assert len(full) == len(light)
    for c in light.columns:
        if c != "geometry":
            assert [_plain(v) for v in values(full, c)] == [_plain(v) for v in values(light, c)], c
    assert list(shapely.to_wkb(geometries(full))) == list(shapely.to_wkb(geometries(light)))


@pytest.fixture(scope="module")
def nls(shared_data):
    from layers.io import read_layer

    return read_layer(shared_data / MUNIS).data


@pytest.fixture(scope="module")
def land():
    return shipped.land()


def both(nls, land, choice, **kw):
    full = region_boundaries(nls, choice, land=land, source="kunnat.geojson", **kw)
    light = region_boundaries(as_geotable(nls), choice, land=as_geotable(land), source="kunnat.geojson", **kw)
    assert_same_table(full.data, light.data)
    assert (full.notes, full.warnings, full.land_clipped) == (light.notes, light.warnings, light.land_clipped)
    return full, light


@pytest.mark.parametrize("clip", [True, False])
def test_uusimaa_is_the_same_26_municipalities_on_both_paths(nls, land, clip):
    full, light = both(nls, land, RegionChoice.uusimaa(clip_land=clip))
    assert sorted(light.data["code"].tolist()) == sorted(shipped.region_codes())
    assert light.data.columns[:4] == ["code", "name", "name_sv", "land_area_km2"]
    assert full.land_clipped is clip and light.data["land_area_km2"].tolist()[0] > 0


def test_named_codes_and_all_are_the_same_on_both_paths(nls, land):
    _, light = both(nls, land, RegionChoice.of_codes(["091", "49"]))
    assert sorted(light.data["code"].tolist()) == ["049", "091"]
    _, light = both(nls, land, RegionChoice.everything(clip_land=False))
    assert len(light.data) == len(nls)


def test_missing_codes_warn_alike_and_a_file_without_codes_fails_alike(nls, land):
    fewer = nls[~nls["NATCODE"].isin(["091", "049"])].reset_index(drop=True)
    _, light = both(fewer, land, RegionChoice.uusimaa())
    assert len(light.data) == 24 and "missing codes: 049, 091" in light.warnings[0]
    no_code = nls.drop(columns=["NATCODE", "id"])
    errors = []
    for frame in (no_code, as_geotable(no_code)):
        with pytest.raises(UserError, match="no municipality code field") as got:
            region_boundaries(frame, RegionChoice.uusimaa(), land=land, source="kunnat.geojson")
        errors.append(str(got.value))
    assert errors[0] == errors[1]
    _, light = both(no_code, land, RegionChoice.everything())  # numbered 001, 002, ... before the land clip
    assert light.data["code"].tolist()[:2] == ["001", "002"] and "numbered" in light.notes[0]


@pytest.fixture(scope="module")
def uusimaa(nls, land):
    full = region_boundaries(nls, RegionChoice.uusimaa(), land=land).data
    return full, as_geotable(full)


def test_hot_spots_and_in_between_are_the_same_on_both_paths(uusimaa):
    full_region, light_region = uusimaa
    settlements = shipped.settlements()
    totals = shipped.municipal_totals()
    full = hotspots_from_settlements(settlements, full_region, HotspotParams(), municipal_totals=totals)
    light = hotspots_from_settlements(as_geotable(settlements), light_region, HotspotParams(), municipal_totals=totals)
    assert_same_table(full, light)
    assert len(light) > 10 and "Helsinki" in light["name"].tolist()
    assert_same_table(in_between(full_region, full), in_between(light_region, light))


@pytest.mark.parametrize("with_land", [False, True])
def test_zones_are_the_same_on_both_paths(uusimaa, land, with_land):
    full_region, light_region = uusimaa
    settlements = shipped.settlements()
    full_hot = hotspots_from_settlements(settlements, full_region)
    # a hot spot reaching out to sea, for the warning
    full_hot = full_hot.set_geometry(full_hot.geometry.buffer(3000.0))
    light_hot = as_geotable(full_hot)
    full = zones_from_frames(full_region, full_hot, land if with_land else None)
    light = zones_from_frames(light_region, light_hot, as_geotable(land) if with_land else None)
    assert_same_table(full.frame, light.frame)
    assert_same_table(full.hotspots, light.hotspots)
    assert full.warnings == light.warnings and "outside the region" in light.warnings[0]
    assert light.frame["zone"].tolist()[:2] == ["hotspot", "in-between"]
    assert np.allclose(full.areas_m2, light.areas_m2)


def test_zones_without_hot_spots_and_overlaps_warn_alike(uusimaa):
    full_region = uusimaa[0]
    overlapping = frame_like(full_region, {"code": ["A", "B", "C"], "name": ["West", "East", "Far"],
                                           "geometry": [shapely.box(0, 0, 10_000, 10_000),
                                                        shapely.box(5_000, 0, 15_000, 10_000),
                                                        shapely.box(15_000, 0, 25_000, 10_000)]})  # C: a border
    full = zones_from_frames(overlapping, None)
    light = zones_from_frames(as_geotable(overlapping), None)
    assert_same_table(full.frame, light.frame)
    assert_same_table(full.hotspots, light.hotspots)
    assert full.warnings == light.warnings == [
        "municipalities overlap in 1 place(s), 50.00 km2 in all (West / East); each overlap is counted once, for the "
        "first municipality"]
    assert light.areas_m2.tolist() == pytest.approx([0, 100e6, 0, 50e6, 0, 100e6])  # East loses the overlap


def _geotable_json(frame) -> dict:
    return {"columns": {c: [_plain(v) for v in frame[c].tolist()] for c in frame.columns if c != "geometry"},
            "wkb": [g.hex() for g in shapely.to_wkb(geometries(frame))]}


def test_preparing_a_region_from_geotables_imports_no_pandas(nls, tmp_path):
    tables = {"nls": _geotable_json(nls), "land": _geotable_json(shipped.land()),
              "settlements": _geotable_json(shipped.settlements())}
    path = tmp_path / "tables.json"
    path.write_text(json.dumps(tables), encoding="utf-8")
    code = f"""
import json, sys
import shapely
from layers.coverage.tables import GeoTable
t = {{name: GeoTable(v["columns"], shapely.from_wkb([bytes.fromhex(h) for h in v["wkb"]]))
     for name, v in json.loads(open({str(path)!r}, encoding="utf-8").read()).items()}}
from layers import shipped
from layers.coverage.zones import zones_from_frames
from layers.hotspots import hotspots_from_settlements
from layers.io.region_boundaries import RegionChoice, region_boundaries
got = region_boundaries(t["nls"], RegionChoice.uusimaa(), land=t["land"])
hot = hotspots_from_settlements(t["settlements"], got.data, municipal_totals=shipped.municipal_totals())
zones = zones_from_frames(got.data, hot)
loaded = sorted(m for m in sys.modules if m.split(".")[0] in ("pandas", "geopandas", "pyproj"))
print(json.dumps([len(got.data), len(hot), len(zones), type(zones.frame).__name__, loaded]))
"""
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stderr
    n_muni, n_hot, n_zones, kind, loaded = json.loads(out.stdout.strip().splitlines()[-1])
    assert (n_muni, kind, loaded) == (26, "GeoTable", [])
    assert n_hot > 10 and n_zones == 2 * n_muni


def test_a_geotable_keeps_its_column_order_through_rows_and_new_columns():
    from layers.frames import take, text, with_columns

    t = GeoTable({"name": ["a", "b", "c"], "n": [1, 2, 3]}, [shapely.Point(i, 0) for i in range(3)],
                 order=["name", "geometry", "n"])
    assert t[np.array([True, False, True])].columns == ["name", "geometry", "n"]
    got = take(t, [2, 0])
    assert got.columns == ["name", "geometry", "n"] and got["name"].tolist() == ["c", "a"]
    assert [g.x for g in geometries(got)] == [2.0, 0.0]
    more = with_columns(got, {"n": [9, 8], "extra": ["x", "y"]})
    assert more.columns == ["name", "geometry", "n", "extra"] and more["n"].tolist() == [9, 8]
    assert isinstance(frame_like(t, {"geometry": geometries(t)}), GeoTable)
    with pytest.raises(ValueError, match="does not name the columns once each"):
        GeoTable({"name": ["a"]}, [shapely.Point(0, 0)], order=["name"])
    assert [text(v) for v in (None, float("nan"), 91, 91.0, " a ")] == ["", "", "91", "91.0", " a "]
