"""``--region`` is read, clipped and its hot spots derived once per file (layers/commands/region_cache.py): a
second run reads the kept frames, equal to the prepared ones; another file, other options or a damaged cache
file prepare again."""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from pathlib import Path

import geopandas as gpd
import numpy as np
import pytest
import shapely

import layers.hotspots
import layers.io.region_boundaries
from layers.commands import region_cache
from layers.commands.common import LayerArg, coverage_sources_from_args

CRS = "EPSG:3067"
ROOT = Path(__file__).resolve().parents[3]


def write_region(path: Path, shift: float = 0.0) -> Path:
    muni = gpd.GeoDataFrame({"code": ["091", "049"], "name": ["Helsinki", "Espoo"]},
                            geometry=[shapely.box(385_000 + shift, 6_670_000, 395_000, 6_680_000),
                                      shapely.box(375_000, 6_670_000, 385_000 + shift, 6_680_000)], crs=CRS)
    muni.to_file(path, driver="GeoJSON")
    return path


@pytest.fixture()
def files(tmp_path, monkeypatch):
    monkeypatch.setenv("REGIONMAP_CACHE_DIR", str(tmp_path / "cache"))
    write_region(tmp_path / "region.geojson")
    gpd.GeoDataFrame(geometry=[shapely.Point(386_000, 6_672_000)], crs=CRS).to_file(tmp_path / "stops.gpkg")
    return tmp_path


def args(files: Path, **more) -> argparse.Namespace:
    base = {"region": str(files / "region.geojson"), "codes": None, "all": False, "no_clip_land": False,
            "name_field": None, "code_field": None, "hotspots": None, "project": None,
            "layer": [LayerArg(files / "stops.gpkg", 400.0)]}
    return argparse.Namespace(**{**base, **more})


@pytest.fixture()
def counted(monkeypatch):
    calls = {"read": 0, "hotspots": 0}
    read, derive = layers.io.region_boundaries.read_region_boundaries, layers.hotspots.hotspots_from_settlements

    def counting_read(*a, **k):
        calls["read"] += 1
        return read(*a, **k)

    def counting_derive(*a, **k):
        calls["hotspots"] += 1
        return derive(*a, **k)

    monkeypatch.setattr(layers.io.region_boundaries, "read_region_boundaries", counting_read)
    monkeypatch.setattr(layers.hotspots, "hotspots_from_settlements", counting_derive)
    return calls


def test_a_second_run_reads_the_kept_region_and_hot_spots(files, counted):
    first = coverage_sources_from_args(args(files, codes=["091", "049"]))
    second = coverage_sources_from_args(args(files, codes=["091", "049"]))
    assert counted == {"read": 1, "hotspots": 1}
    assert len(list((files / "cache" / "zones").glob(f"*{region_cache.SUFFIX}"))) == 1
    for a, b in ((first.municipalities, second.municipalities), (first.hotspots, second.hotspots)):
        assert list(a.columns) == list(b.columns) and list(a.dtypes) == list(b.dtypes)
        assert a.drop(columns="geometry").equals(b.drop(columns="geometry"))
        assert bool(np.all(shapely.equals_exact(a.geometry.values, b.geometry.values, tolerance=0)))
        assert b.crs == CRS and str(b.crs) == str(a.crs)
    assert len(second.hotspots) >= 1  # Helsinki's settlements make hot spots


def test_another_file_other_options_or_given_hot_spots_prepare_again(files, counted):
    coverage_sources_from_args(args(files))
    coverage_sources_from_args(args(files, codes=["091"]))  # other areas chosen
    coverage_sources_from_args(args(files, no_clip_land=True))  # not clipped to land
    given = gpd.GeoDataFrame({"name": ["C"]}, geometry=[shapely.Point(388_000, 6_675_000).buffer(800)], crs=CRS)
    src = coverage_sources_from_args(args(files), given)  # the region kept without derived hot spots
    assert src.hotspots is given
    assert counted == {"read": 4, "hotspots": 3}
    write_region(files / "region.geojson", shift=1_000.0)  # the same file name, other content
    moved = coverage_sources_from_args(args(files))
    assert counted["read"] == 5
    assert moved.municipalities.geometry.area.sum() > 0


def test_a_damaged_or_foreign_cache_file_is_prepared_again_and_replaced(files, counted):
    coverage_sources_from_args(args(files))
    (kept,) = (files / "cache" / "zones").glob(f"*{region_cache.SUFFIX}")
    kept.write_bytes(kept.read_bytes()[:200])  # truncated
    coverage_sources_from_args(args(files))
    assert counted["read"] == 2
    with np.load(kept, allow_pickle=False) as data:  # replaced by a whole one
        assert str(data["key"]) == kept.name.removesuffix(region_cache.SUFFIX)
    coverage_sources_from_args(args(files))
    assert counted["read"] == 2


def test_the_read_warnings_are_said_again_from_the_cache(files, capsys):
    region = gpd.read_file(files / "region.geojson")
    region = gpd.GeoDataFrame(region, geometry=[region.geometry[0], shapely.box(700_000, 7_700_000, 701_000,
                                                                                7_701_000)], crs=CRS)
    region.to_file(files / "region.geojson", driver="GeoJSON")  # Espoo far off the land outline
    said = []
    for _ in range(2):
        coverage_sources_from_args(args(files))
        said.append([line for line in capsys.readouterr().err.splitlines() if line.startswith("warning:")])
    assert said[0] and said[0] == said[1]


def test_the_command_gives_the_same_rows_with_a_cold_and_a_warm_cache(files):
    out = []
    for _ in range(2):
        run = subprocess.run([sys.executable, "-m", "app.cli", "coverage", "--region", str(files / "region.geojson"),
                              "--codes", "091,049", "--layer", f"{files / 'stops.gpkg'}:400"],
                             cwd=ROOT, capture_output=True, text=True, timeout=300,
                             env={**os.environ, "REGIONMAP_CACHE_DIR": str(files / "cache")})
        assert run.returncode == 0, run.stderr
        out.append(json.loads(run.stdout))
    assert out[0] == out[1] and out[0]["rows"]
