"""Unbounded inputs are refused early, naming the file and the limit (issue #20, finding 5).

Every limit is set low here through its environment variable (as a planner would raise it), so the inputs stay
small: a zip whose members unpack to more than the file-size limit, a sparse file over it, more features, more
vertices in one geometry, a self-crossing ring over the repair limit, an estimate over the memory limit."""

from __future__ import annotations

import json
import os
import zipfile
from pathlib import Path

import geopandas as gpd
import numpy as np
import pytest
import shapely
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from layers.errors import UserError
from layers.io import read_layer
from layers.io.limits import LIMITS, ReadLimits, current_limits, describe_limits


def _points_geojson(path: Path, n: int) -> Path:
    feats = [{"type": "Feature", "properties": {"i": i},
              "geometry": {"type": "Point", "coordinates": [24.9 + i * 1e-5, 60.2]}} for i in range(n)]
    path.write_text(json.dumps({"type": "FeatureCollection", "features": feats}))
    return path


def _points(n: int) -> gpd.GeoDataFrame:
    return gpd.GeoDataFrame({"i": np.arange(n)}, geometry=shapely.points(np.full(n, 385000.0) + np.arange(n),
                                                                          np.full(n, 6672000.0)), crs="EPSG:3067")


def _zigzag_ring(n: int) -> shapely.Polygon:
    """A ring of ``n`` vertices that crosses itself many times (invalid), in Helsinki."""
    t = np.linspace(0, 2 * np.pi, n, endpoint=False)
    r = 3000 + 2000 * np.random.default_rng(1).random(n)
    return shapely.Polygon(np.c_[385000 + r * np.cos(7 * t), 6672000 + r * np.sin(3 * t)])


def _refused(path: Path, env: str, *words: str) -> str:
    with pytest.raises(UserError) as err:
        read_layer(path)
    text = str(err.value)
    assert text.startswith(str(path)) and env in text and "limit" in text, text
    for w in words:
        assert w in text, text
    return text


def test_the_defaults_and_the_environment(monkeypatch):
    for lim in LIMITS:
        monkeypatch.delenv(lim.env, raising=False)
    assert current_limits() == ReadLimits()
    monkeypatch.setenv("REGIONMAP_MAX_FEATURES", "1_000")
    monkeypatch.setenv("REGIONMAP_MAX_FILE_MB", "0")
    monkeypatch.setenv("REGIONMAP_MAX_MEMORY_MB", "none")
    got = current_limits()
    assert got.max_features == 1000 and got.max_file_mb is None and got.max_memory_mb is None
    assert "REGIONMAP_MAX_FEATURES=1000" in describe_limits(got)
    monkeypatch.setenv("REGIONMAP_MAX_VERTICES", "lots")
    with pytest.raises(UserError, match="REGIONMAP_MAX_VERTICES"):
        current_limits()


def test_a_zip_bomb_is_refused_from_its_directory_before_unpacking(tmp_path, monkeypatch):
    path = tmp_path / "bomb.zip"
    _points(10).to_file(tmp_path / "pts.shp")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for side in tmp_path.glob("pts.*"):
            zf.write(side, side.name)
        zf.writestr("padding.bin", b"\0" * (3 * 1024 * 1024))  # 3 MB that packs to a few kB
    assert path.stat().st_size < 100_000
    read_layer(path)  # within the default limits
    monkeypatch.setenv("REGIONMAP_MAX_FILE_MB", "2")
    _refused(path, "REGIONMAP_MAX_FILE_MB", "unpacked size", "3 MB")


def test_a_huge_sparse_file_is_refused_by_its_size_without_reading_it(tmp_path):
    path = tmp_path / "huge.geojson"
    with open(path, "wb") as fh:
        fh.truncate(16 * 1024 ** 3)  # 16 GiB of holes: no disk used, and it must not be read
    _refused(path, "REGIONMAP_MAX_FILE_MB", "16,384 MB")


@pytest.mark.parametrize("fmt", ["geojson", "gpkg", "shp", "zip", "fgb", "parquet", "csv"])
def test_more_features_than_the_limit_are_refused_in_every_format(tmp_path, monkeypatch, fmt):
    n = 300
    path = tmp_path / f"many.{fmt}"
    if fmt == "zip":  # as the 12 million points: refused from the shapefile's header, before reading
        (tmp_path / "shp").mkdir()
        _points(n).to_file(tmp_path / "shp" / "pts.shp")
        with zipfile.ZipFile(path, "w") as zf:
            for side in (tmp_path / "shp").iterdir():
                zf.write(side, side.name)
    elif fmt == "geojson":
        _points_geojson(path, n)
    elif fmt == "parquet":
        _points(n).to_parquet(path)
    elif fmt == "csv":
        path.write_text("lon,lat\n" + "".join(f"{24.9 + i * 1e-5},60.2\n" for i in range(n)))
    else:
        _points(n).to_file(path)
    monkeypatch.setenv("REGIONMAP_MAX_FEATURES", str(n))
    assert len(read_layer(path).data) == n  # at the limit: read
    monkeypatch.setenv("REGIONMAP_MAX_FEATURES", str(n - 1))
    text = _refused(path, "REGIONMAP_MAX_FEATURES", "300")
    if fmt in ("gpkg", "shp", "zip", "fgb", "parquet"):  # the format's metadata says how many: nothing read
        assert "counted so far" not in text


@pytest.mark.parametrize("fmt", ["geojson", "gpkg", "csv"])
def test_a_geometry_with_more_vertices_than_the_limit_is_refused(tmp_path, monkeypatch, fmt):
    line = shapely.LineString(np.c_[385000 + np.arange(5000.0), np.full(5000, 6672000.0)])
    frame = gpd.GeoDataFrame({"i": [0]}, geometry=[line], crs="EPSG:3067")
    path = tmp_path / f"long.{fmt}"
    if fmt == "csv":
        path.write_text(f'id,wkt\n0,"{line.wkt}"\n')
    else:
        frame.to_file(path)
    monkeypatch.setenv("REGIONMAP_MAX_VERTICES", "4000")
    _refused(path, "REGIONMAP_MAX_VERTICES", "feature 1", "5,000")
    monkeypatch.setenv("REGIONMAP_MAX_VERTICES", "5000")
    assert len(read_layer(path, crs="EPSG:3067").data) == 1


def test_a_big_self_crossing_ring_is_refused_before_its_repair_and_repaired_when_the_limit_is_raised(
        tmp_path, monkeypatch):
    ring = _zigzag_ring(2000)
    assert not ring.is_valid
    path = tmp_path / "crossing.gpkg"
    gpd.GeoDataFrame({"i": [0]}, geometry=[ring], crs="EPSG:3067").to_file(path)
    monkeypatch.setenv("REGIONMAP_MAX_REPAIR_VERTICES", "1000")
    _refused(path, "REGIONMAP_MAX_REPAIR_VERTICES", "invalid", "Fix geometries")
    monkeypatch.setenv("REGIONMAP_MAX_REPAIR_VERTICES", "2001")
    loaded = read_layer(path)
    assert loaded.report.repaired == 1 and loaded.data.geometry.is_valid.all()


def test_the_repair_limit_leaves_big_valid_geometries_alone(tmp_path, monkeypatch):
    t = np.linspace(0, 2 * np.pi, 3000, endpoint=False)
    disc = shapely.Polygon(np.c_[385000 + 3000 * np.cos(t), 6672000 + 3000 * np.sin(t)])
    path = tmp_path / "disc.gpkg"
    gpd.GeoDataFrame({"i": [0]}, geometry=[disc], crs="EPSG:3067").to_file(path)
    monkeypatch.setenv("REGIONMAP_MAX_REPAIR_VERTICES", "100")
    assert len(read_layer(path).data) == 1


@pytest.mark.parametrize("fmt", ["gpkg", "geojson", "csv"])
def test_an_estimate_over_the_memory_limit_is_refused(tmp_path, monkeypatch, fmt):
    n = 5000  # about 2.5 MB once loaded
    path = tmp_path / f"pts.{fmt}"
    if fmt == "geojson":
        _points_geojson(path, n)
    elif fmt == "csv":
        path.write_text("lon,lat\n" + "".join(f"{24.9 + i * 1e-5},60.2\n" for i in range(n)))
    else:
        _points(n).to_file(path)
    monkeypatch.setenv("REGIONMAP_MAX_MEMORY_MB", "1")
    _refused(path, "REGIONMAP_MAX_MEMORY_MB", "memory")


@settings(max_examples=15, deadline=None, suppress_health_check=list(HealthCheck))
@given(n=st.integers(1, 60), limit=st.integers(1, 60))
def test_a_file_loads_exactly_when_it_is_within_the_feature_limit(tmp_path_factory, n, limit):
    path = _points_geojson(tmp_path_factory.mktemp("lim") / "pts.geojson", n)
    limits = ReadLimits(max_features=limit)
    if n <= limit:
        assert len(read_layer(path, limits=limits).data) == n
    else:
        with pytest.raises(UserError, match="REGIONMAP_MAX_FEATURES"):
            read_layer(path, limits=limits)


def test_limits_apply_to_the_check_command(tmp_path, monkeypatch, capsys):
    from layers.commands import check
    from layers.commands.support import run_command

    path = _points_geojson(tmp_path / "pts.geojson", 20)
    monkeypatch.setenv("REGIONMAP_MAX_FEATURES", "10")
    assert run_command(check.main, [str(path)], "check") == 2
    last = capsys.readouterr().err.strip().splitlines()[-1]
    assert last.startswith("regionmap: ") and "pts.geojson" in last and "REGIONMAP_MAX_FEATURES" in last
    assert os.environ["REGIONMAP_MAX_FEATURES"] == "10"


@pytest.mark.parametrize("fmt", ["geojson", "csv"])
def test_a_text_file_is_estimated_from_its_size_before_it_is_parsed(tmp_path, monkeypatch, fmt):
    path = tmp_path / f"padded.{fmt}"
    if fmt == "geojson":
        _points_geojson(path, 1)
        path.write_text(path.read_text() + " " * 800_000)  # 0.8 MB of text: about 2.4 MB once parsed
    else:
        path.write_text("lon,lat,note\n24.9,60.2," + "x" * 800_000 + "\n")
    monkeypatch.setenv("REGIONMAP_MAX_MEMORY_MB", "2")
    assert "counted so far" not in _refused(path, "REGIONMAP_MAX_MEMORY_MB", "estimated")
    monkeypatch.setenv("REGIONMAP_MAX_MEMORY_MB", "3")
    assert len(read_layer(path).data) == 1
