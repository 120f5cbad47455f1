"""Save features as…: every format of the one table, both CRSs, refusals that say what to do; Finnish CSV."""

from __future__ import annotations

from typing import ClassVar

import geopandas as gpd
import pandas as pd
import pyogrio
import pytest
import shapely

from layers.errors import Cancelled, UserError
from layers.io.formats import WRITE_CRS, WRITE_FORMATS, save_filters
from layers.io.write import save_features, write_coverage_csv, write_rows_csv

HOSTILE = "=HYPERLINK(\"http://x\")"


@pytest.fixture(scope="module")
def points() -> gpd.GeoDataFrame:
    return gpd.GeoDataFrame({"name": [HOSTILE, "Mäntsälä"], "people": [1.5, 2.25]},
                            geometry=[shapely.Point(385_000, 6_672_000), shapely.Point(386_000, 6_673_000)],
                            crs=3067)


def _read(path, key):
    if key == "geoparquet":
        return gpd.read_parquet(path)
    return pyogrio.read_dataframe(path)


@pytest.mark.parametrize("fmt", [f for f in WRITE_FORMATS if not f.key.startswith("csv")], ids=lambda f: f.key)
def test_every_format_writes_and_reads_back_in_the_chosen_crs(points, tmp_path, fmt):
    for crs in WRITE_CRS:
        path = save_features(points, tmp_path / f"out_{crs[5:]}", fmt.key, crs, layer_name='Stops "x"')
        assert path.suffix == fmt.suffix
        back = _read(path, fmt.key)
        assert len(back) == 2
        assert back.crs.to_epsg() == int((fmt.forced_crs or crs)[5:])
        x = back.geometry.x.min()  # FlatGeobuf sorts features along its spatial index
        assert (x == pytest.approx(385_000) if back.crs.to_epsg() == 3067 else 24 < x < 26)
    assert not list(tmp_path.glob(".*saving-*"))  # no temporary file is left behind


def test_csv_wkt_and_xy_write_geometry_and_defuse_formulas(points, tmp_path):
    xy = save_features(points, tmp_path / "xy.csv", "csv-xy").read_text(encoding="utf-8").splitlines()
    assert xy[0] == "X,Y,name,people"
    assert xy[1].startswith("385000,6672000,\"'=HYPERLINK")  # a spreadsheet shows the text, runs nothing
    wkt = save_features(points, tmp_path / "wkt.csv", "csv-wkt", "EPSG:4326").read_text(encoding="utf-8")
    assert wkt.splitlines()[1].startswith('"POINT (24.9')


def test_refusals_name_the_problem_and_the_way_out(points, tmp_path):
    line = gpd.GeoDataFrame(geometry=[shapely.LineString([(0, 0), (1, 1)])], crs=3067)
    with pytest.raises(UserError, match=r"X/Y columns holds points only.*WKT"):
        save_features(line, tmp_path / "l.csv", "csv-xy")
    mixed = pd.concat([points[["geometry"]], line], ignore_index=True)
    with pytest.raises(UserError, match="Shapefile holds one kind of geometry"):
        save_features(gpd.GeoDataFrame(mixed, crs=3067), tmp_path / "m.shp", "shapefile")
    with pytest.raises(UserError, match="not a format"):
        save_features(points, tmp_path / "x.dwg", "dwg")
    with pytest.raises(UserError, match="EPSG:3067 or EPSG:4326"):
        save_features(points, tmp_path / "x.gpkg", "gpkg", "EPSG:2393")
    with pytest.raises(UserError, match="does not exist"):
        save_features(points, tmp_path / "no" / "x.gpkg", "gpkg")
    old = tmp_path / "kept.gpkg"
    old.write_bytes(b"old")
    with pytest.raises(Cancelled):
        save_features(points, old, "gpkg", cancelled=lambda: True)
    assert old.read_bytes() == b"old"  # a cancelled save leaves the old file


def test_finnish_csv_has_semicolons_decimal_commas_and_a_bom(tmp_path):
    class Result:  # what write_coverage_csv needs of a coverage result
        rows: ClassVar = [{"name": "Mäntsälä", "transport_share": 0.625, "target_pass": True, "reason": "-5 %"}]

        def row_fields(self):
            return ["name", "transport_share", "target_pass", "reason"]

    raw = write_coverage_csv(Result(), tmp_path / "c.csv", finnish=True).read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    assert raw.decode("utf-8-sig").splitlines() == ["name;transport_share;target_pass;reason",
                                                     "Mäntsälä;0,625;yes;'-5 %"]
    plain = write_rows_csv(Result.rows, Result().row_fields(), tmp_path / "p.csv").read_text(encoding="utf-8")
    assert plain.splitlines()[1] == "Mäntsälä,0.625,yes,'-5 %"


def test_save_filters_list_every_format():
    assert save_filters().count(";;") == len(WRITE_FORMATS) - 1
    assert "KML (*.kml)" in save_filters()
