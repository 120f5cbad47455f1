"""A layer's source and licence from its file's metadata: GeoJSON top-level members, GDAL metadata (GeoPackage
description and gpkg_metadata, FlatGeobuf), a Shapefile's .shp.xml sidecar; nothing invented where none is given,
hostile text kept as text in exports."""

from __future__ import annotations

import json

import geopandas as gpd
import pyogrio
import pytest
from shapely.geometry import Point

from layers.io import read_layer
from layers.io.credits import MAX_CREDIT, from_xml, geojson_members, read_credit

HOSTILE = "{{ 7*7 }} </script><img src=x onerror=alert(1)>"


def _feature(i: int, **props) -> dict:
    return {"type": "Feature", "properties": {"name": f"Stop {i}", **props},
            "geometry": {"type": "Point", "coordinates": [24.9 + i / 100, 60.2]}}


def _points() -> gpd.GeoDataFrame:
    return gpd.GeoDataFrame({"name": ["a", "b"]}, geometry=[Point(24.9, 60.2), Point(25.0, 60.25)], crs=4326)


def test_geojson_members_before_and_after_the_features(tmp_path) -> None:
    before = tmp_path / "before.geojson"
    before.write_text(json.dumps({"type": "FeatureCollection", "attribution": "© Fintraffic / digitraffic.fi",
                                  "license": {"name": "CC BY 4.0", "url": "https://creativecommons.org"},
                                  "features": [_feature(i) for i in range(3)]}), encoding="utf-8")
    assert read_credit(before) == ("© Fintraffic / digitraffic.fi, CC BY 4.0", "the GeoJSON's attribution and license")
    # after a long features array: only the tail is read; a "source" inside a feature's properties is not it
    after = tmp_path / "after.geojson"
    body = json.dumps({"type": "FeatureCollection",
                       "features": [_feature(i, source="not the credit") for i in range(5000)]})
    after.write_text(body[:-1] + ', "licence": "CC0 1.0", "publisher": "HSL"}', encoding="utf-8")
    assert after.stat().st_size > 600_000
    assert geojson_members(after)["licence"] == "CC0 1.0"
    assert read_credit(after)[0] == "HSL, CC0 1.0"
    plain = tmp_path / "plain.geojson"
    plain.write_text(json.dumps({"type": "FeatureCollection", "features": [_feature(1, source="in a feature"),
                                                                           _feature(2, license="CC BY")]}))
    assert read_credit(plain) == ("", "")


def test_the_shared_publishers_files_name_no_credit_so_none_is_invented(shared_data) -> None:
    for name in ("fi_rail_stations_digitraffic_2024.geojson", "helsinki_population_grid_2020.gpkg",
                 "syke_urban_zones_2021_capital_region.gpkg"):  # SYKE's holds an empty QGIS metadata document
        assert read_credit(shared_data / name) == ("", ""), name


def test_gdal_metadata_geopackage_description_and_flatgeobuf(tmp_path) -> None:
    described = tmp_path / "grid.gpkg"
    pyogrio.write_dataframe(_points(), described, layer="cells",
                            layer_options={"DESCRIPTION": "Väestöruudukko 250 m © HSY, CC BY 4.0"})
    assert read_credit(described) == ("Väestöruudukko 250 m © HSY, CC BY 4.0", "the layer's description")
    plain = tmp_path / "plain.gpkg"
    pyogrio.write_dataframe(_points(), plain, layer="cells", layer_options={"DESCRIPTION": "Stops of 2022"})
    assert read_credit(plain) == ("", "")  # a description that is no credit is not taken for one
    keyed = tmp_path / "keyed.fgb"
    pyogrio.write_dataframe(_points(), keyed, layer_metadata={"LICENSE": "CC BY 4.0",
                                                              "ATTRIBUTION": "Statistics Finland"})
    assert read_credit(keyed)[0] == "Statistics Finland, CC BY 4.0"


QMD = """<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>
<qgis version="3.30.0"><identifier/><title>Zones</title>
<contact><name>GIS desk</name><organization>Finnish Environment Institute (SYKE)</organization></contact>
<rights>CC BY 4.0</rights><license>Creative Commons Attribution 4.0</license></qgis>"""


def test_metadata_documents_in_the_file_and_beside_a_shapefile(tmp_path) -> None:
    path = tmp_path / "zones.gpkg"
    pyogrio.write_dataframe(_points(), path, layer="zones", layer_metadata={"QGIS_METADATA": QMD})
    assert read_credit(path) == ("Finnish Environment Institute (SYKE), Creative Commons Attribution 4.0",
                                 "the file's metadata document")
    shp = tmp_path / "asemat.shp"
    pyogrio.write_dataframe(_points(), shp)
    (tmp_path / "asemat.shp.xml").write_text(
        "<?xml version='1.0' encoding='UTF-8'?><metadata><dataIdInfo><idCredit>Väylävirasto</idCredit>"
        "<resConst><Consts><useLimit>&lt;DIV&gt;&lt;P&gt;CC BY 4.0&lt;/P&gt;&lt;/DIV&gt;</useLimit></Consts></resConst>"
        "</dataIdInfo></metadata>", encoding="utf-8")
    assert read_credit(shp) == ("Väylävirasto, CC BY 4.0", "the metadata file asemat.shp.xml")


def test_xml_forms_and_refusals() -> None:
    iso = ("<gmd:MD_Metadata xmlns:gmd='http://www.isotc211.org/2005/gmd' xmlns:gco='http://www.isotc211.org/2005/gco'>"
           "<gmd:organisationName><gco:CharacterString>Statistics Finland</gco:CharacterString></gmd:organisationName>"
           "<gmd:useLimitation><gco:CharacterString>CC BY 4.0</gco:CharacterString></gmd:useLimitation>"
           "</gmd:MD_Metadata>")
    assert from_xml(iso) == "Statistics Finland, CC BY 4.0"
    fgdc = "<metadata><idinfo><datacred>HSY</datacred><useconst>CC BY 4.0</useconst></idinfo></metadata>"
    assert from_xml(fgdc) == "HSY, CC BY 4.0"
    bomb = ("<?xml version='1.0'?><!DOCTYPE x [<!ENTITY a 'aaaaaaaaaa'><!ENTITY b '&a;&a;&a;&a;'>]>"
            "<metadata><idCredit>&b;</idCredit></metadata>")
    assert from_xml(bomb) == "" and from_xml("not xml <") == "" and from_xml("<a><b>x</b></a>") == ""


def test_the_loaded_layer_carries_the_credit_and_exports_show_hostile_text_as_text(document, tmp_path) -> None:
    from layers.export.html_map import HtmlOptions, export_html
    from layers.model import Layer, LayerKind

    path = tmp_path / "stops.geojson"
    long_text = "x" * (MAX_CREDIT + 50)
    path.write_text(json.dumps({"type": "FeatureCollection", "attribution": HOSTILE, "license": "CC BY 4.0",
                                "features": [_feature(1), _feature(2)]}), encoding="utf-8")
    loaded = read_layer(path)
    assert loaded.report.credit == "{{ 7*7 }}, CC BY 4.0"
    assert "<img" not in loaded.report.credit  # markup in metadata is dropped: a credit is plain text
    assert "source and licence: " in loaded.report.summary() and "GeoJSON's attribution" in loaded.report.summary()
    document.layers.append(Layer(loaded.data, "Stops", kind=LayerKind.TRANSPORT, source=str(path),
                                 attribution=loaded.report.credit + " </script><b>x</b>"))
    out = tmp_path / "m.html"
    export_html(document, out, HtmlOptions())
    raw = out.read_text(encoding="utf-8")
    assert "{{ 7*7 }}" in raw and "<b>x</b>" not in raw and "licence not stated" not in raw
    long_file = tmp_path / "long.geojson"
    long_file.write_text(json.dumps({"type": "FeatureCollection", "license": long_text,
                                     "features": [_feature(1)]}), encoding="utf-8")
    assert len(read_layer(long_file).report.credit) == MAX_CREDIT
    bare = tmp_path / "bare.geojson"
    bare.write_text(json.dumps({"type": "FeatureCollection", "features": [_feature(1)]}), encoding="utf-8")
    report = read_layer(bare).report
    assert (report.credit, report.credit_from) == ("", "")
    assert "source and licence: not stated in the file" in report.summary()


@pytest.mark.parametrize("content", [b"", b"\xff\xfe junk", b"{\"type\": \"FeatureCollection\", \"license\": "])
def test_broken_files_give_no_credit_and_never_raise(tmp_path, content) -> None:
    path = tmp_path / "broken.geojson"
    path.write_bytes(content)
    assert read_credit(path) == ("", "")
    assert read_credit(tmp_path / "missing.gpkg") == ("", "")
