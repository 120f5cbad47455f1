"""What ``regionmap coverage`` reads and derives (layers/commands/common.py): with ``--region`` no schematic
document is built, each file is read once and the hot spots are derived once."""

from __future__ import annotations

import argparse

import geopandas as gpd
import pytest
import shapely

import layers.document
import layers.hotspots
import layers.io
import layers.region
from layers.commands.common import coverage_sources_from_args, document_from_args

CRS = "EPSG:3067"


@pytest.fixture(scope="module")
def files(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("sources")
    muni = gpd.GeoDataFrame({"code": ["091", "049"], "name": ["Helsinki", "Espoo"]},
                            geometry=[shapely.box(385_000, 6_670_000, 395_000, 6_680_000),
                                      shapely.box(375_000, 6_670_000, 385_000, 6_680_000)], crs=CRS)
    muni.to_file(tmp / "region.gpkg")
    gpd.GeoDataFrame(geometry=[shapely.Point(386_000, 6_672_000)], crs=CRS).to_file(tmp / "stops.gpkg")
    gpd.GeoDataFrame({"name": ["C"]}, geometry=[shapely.Point(388_000, 6_675_000).buffer(800)],
                     crs=CRS).to_file(tmp / "centres.gpkg")
    return tmp


def _args(files, **more) -> argparse.Namespace:
    from layers.commands.common import LayerArg

    base = {"region": str(files / "region.gpkg"), "codes": ["091", "049"], "all": False, "no_clip_land": True,
            "name_field": None, "code_field": None, "hotspots": None, "project": None,
            "layer": [LayerArg(files / "stops.gpkg", 400.0)]}
    return argparse.Namespace(**{**base, **more})


@pytest.fixture
def counted(monkeypatch):
    """Counts of reads and derivations; building the schematic region fails the test."""
    calls = {"read": [], "hotspots": 0}

    def no_schematic(*args, **kwargs):
        raise AssertionError("the schematic region was built although --region was given")

    monkeypatch.setattr(layers.region, "default_region", no_schematic)
    monkeypatch.setattr(layers.document.MapDocument, "default", classmethod(no_schematic))
    read, derive = layers.io.read_layer, layers.hotspots.hotspots_from_settlements

    def counting_read(path, *args, **kwargs):
        calls["read"].append(str(path))
        return read(path, *args, **kwargs)

    def counting_derive(*args, **kwargs):
        calls["hotspots"] += 1
        return derive(*args, **kwargs)

    monkeypatch.setattr(layers.io, "read_layer", counting_read)
    monkeypatch.setattr(layers.hotspots, "hotspots_from_settlements", counting_derive)
    return calls


def test_the_coverage_command_reads_each_file_once_and_derives_hot_spots_once(files, counted):
    src = coverage_sources_from_args(_args(files))
    assert not src.schematic and sorted(src.municipalities["code"]) == ["049", "091"]
    assert [lyr.name for lyr in src.service_layers()] == ["stops"] and src.service_layers()[0].radius_m == 400
    assert counted["hotspots"] == 1
    assert sorted(p.rsplit("/", 1)[-1] for p in counted["read"]) == ["stops.gpkg"]  # region: its own reader


def test_given_hot_spots_are_not_derived_at_all(files, counted):
    given = gpd.read_file(files / "centres.gpkg")
    src = coverage_sources_from_args(_args(files, hotspots=str(files / "centres.gpkg")), given)
    assert src.hotspots is given and counted["hotspots"] == 0


def test_a_document_from_a_region_starts_from_those_boundaries(files, counted):
    doc = document_from_args(_args(files))
    assert not doc.region.schematic and doc.region_layer.name == "region"
    assert doc.region.attribution == "Boundaries: region.gpkg"
