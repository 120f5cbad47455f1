"""Prepared zones on disk (layers/coverage/zone_cache.py): read back equal, rebuilt when damaged or foreign,
never unpickled, bounded by the least recently used, written atomically, in the folder tests point it at."""

from __future__ import annotations

import os
import threading
from pathlib import Path

import geopandas as gpd
import numpy as np
import pytest
import shapely

from layers.coverage import sampling, zone_cache
from layers.coverage.zones import zones_from_frames

CRS = "EPSG:3067"


@pytest.fixture
def cache_dir(tmp_path, monkeypatch) -> Path:
    monkeypatch.setenv("REGIONMAP_CACHE_DIR", str(tmp_path))
    sampling._KEPT.clear()  # this test's zones are never kept in memory from another test
    yield tmp_path / "zones"
    sampling._KEPT.clear()


@pytest.fixture(scope="module")
def zones():
    muni = gpd.GeoDataFrame({"code": ["001", "002"], "name": ["A", "B"]},
                            geometry=[shapely.Point(0, 0).buffer(2_000), shapely.box(2_500, -1_000, 6_000, 1_000)],
                            crs=CRS)
    hot = gpd.GeoDataFrame({"name": ["C"]}, geometry=[shapely.Point(300, 0).buffer(500)], crs=CRS)
    return zones_from_frames(muni, hot)


def _same(a, b) -> None:
    for name in ("x", "y", "zone", "ix", "iy", "area_w", "edge"):
        assert np.array_equal(getattr(a, name), getattr(b, name)), name
    assert a.grids == b.grids and a.n_zones == b.n_zones
    for name in ("cx", "block", "block_reach", "edge_cells", "edge_sub", "edge_inside", "zone_ends"):
        assert np.array_equal(getattr(a.cells, name), getattr(b.cells, name)), name
    assert a.cells.max_spacing == b.cells.max_spacing


def _sample(zones, messages=None):
    return sampling.sample_zones(zones, 3_000, 10.0, 150.0,
                                 progress=(lambda f, m="": messages.append(m)) if messages is not None else
                                 (lambda *a: None))


def test_a_second_process_reads_the_prepared_zones_instead_of_sampling(cache_dir, zones, monkeypatch):
    first = _sample(zones)
    files = list(cache_dir.glob(f"*{zone_cache.SUFFIX}"))
    assert len(files) == 1 and not list(cache_dir.glob("*.tmp"))
    sampling._KEPT.clear()  # as a new process: nothing in memory

    def no_sampling(*args, **kwargs):
        raise AssertionError("the zones were sampled again")

    monkeypatch.setattr(sampling, "_sample_zones", no_sampling)
    said: list[str] = []
    again = _sample(zones, said)
    assert again is not first and "cache" in said[-1]
    _same(first, again)


def test_other_settings_or_zones_get_their_own_file(cache_dir, zones):
    _sample(zones)
    sampling.sample_zones(zones, 2_000, 10.0, 150.0)
    assert len(list(cache_dir.glob(f"*{zone_cache.SUFFIX}"))) == 2


@pytest.mark.parametrize("damage", ["truncated", "garbage", "foreign", "pickled", "flipped", "old format"])
def test_a_damaged_or_foreign_file_is_rebuilt_and_replaced(cache_dir, zones, damage):
    first = _sample(zones)
    path = next(cache_dir.glob(f"*{zone_cache.SUFFIX}"))
    key = path.stem
    if damage == "truncated":
        path.write_bytes(path.read_bytes()[: path.stat().st_size // 2])
    elif damage == "garbage":
        path.write_bytes(b"not a zip file at all")
    elif damage == "foreign":  # another region's file under this name
        other = zones_from_frames(gpd.GeoDataFrame({"code": ["9"], "name": ["Z"]},
                                                   geometry=[shapely.box(0, 0, 3_000, 3_000)], crs=CRS), None)
        foreign = sampling.sample_zones(other, 3_000, 10.0, 150.0)
        path.unlink()
        os.replace(next(cache_dir.glob(f"*{zone_cache.SUFFIX}")), path)
        assert zone_cache.load(key) is None
        del foreign
    elif damage == "pickled":  # an object array (it could only be unpickled): refused, though whole
        arrays = zone_cache.read_raw(path, key)
        arrays = {**arrays, "qx": np.array([object()] * len(arrays["qx"]), dtype=object)}
        with pytest.raises(ValueError):
            zone_cache.write_raw(path, key, arrays)
        head = path.read_bytes()
        path.write_bytes(head.replace(b'"qx": ["<u2"', b'"qx": ["|O"', 1))
    elif damage == "flipped":  # one bit of the data changed: the checksum no longer fits
        data = bytearray(path.read_bytes())
        data[-100] ^= 0x10
        path.write_bytes(bytes(data))
    else:  # the layout of the previous version, an npz of the whole samples, under this name
        np.savez(path.with_suffix(".tmp.npz"), x=first.x, y=first.y)
        os.replace(path.with_suffix(".tmp.npz"), path)
    assert zone_cache.load(key) is None
    sampling._KEPT.clear()
    rebuilt = _sample(zones)
    _same(first, rebuilt)
    _same(first, zone_cache.load(key))  # the file was replaced by a good one


def test_the_least_recently_used_files_go_beyond_the_limit(tmp_path):
    folder = tmp_path / "zones"
    folder.mkdir()
    for i, name in enumerate(["old", "mid", "new"]):
        p = folder / f"{name}.npz"
        p.write_bytes(b"x" * 400_000)
        os.utime(p, (1_000_000 + i, 1_000_000 + i))
    os.utime(folder / "old.npz", (2_000_000, 2_000_000))  # read lately: now the most recently used
    gone = zone_cache.evict(folder, limit_mb=0.8)
    assert [p.name for p in gone] == ["mid.npz"]
    assert zone_cache.evict(folder, limit_mb=None) == []
    gone = zone_cache.evict(folder, limit_mb=0.3, keep=folder / "new.npz")
    assert [p.name for p in gone] == ["old.npz", "new.npz"]  # the file just written goes last


def test_writers_at_once_leave_one_whole_file(cache_dir, zones):
    samples = _sample(zones)
    key = next(cache_dir.glob(f"*{zone_cache.SUFFIX}")).stem
    threads = [threading.Thread(target=zone_cache.store, args=(key, samples)) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert [p.name for p in cache_dir.iterdir()] == [f"{key}{zone_cache.SUFFIX}"]  # no temporary file left
    _same(samples, zone_cache.load(key))


def test_an_unwritable_cache_costs_only_the_preparation(tmp_path, monkeypatch, zones):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    monkeypatch.setenv("REGIONMAP_CACHE_DIR", str(blocker))
    sampling._KEPT.clear()
    assert len(_sample(zones)) > 0
    sampling._KEPT.clear()


def test_the_limit_is_listed_and_can_be_set(monkeypatch):
    from layers.io.limits import current_limits, describe_limits

    monkeypatch.setenv("REGIONMAP_MAX_ZONE_CACHE_MB", "64")
    assert current_limits().max_zone_cache_mb == 64
    assert "REGIONMAP_MAX_ZONE_CACHE_MB=64" in describe_limits()


def test_the_limit_is_read_where_the_cache_is_written(monkeypatch):
    from layers.userdirs import zone_cache_limit_mb

    monkeypatch.setenv("REGIONMAP_MAX_ZONE_CACHE_MB", "none")
    assert zone_cache_limit_mb() is None
    monkeypatch.setenv("REGIONMAP_MAX_ZONE_CACHE_MB", "lots")  # a typo keeps the default, never fails a run
    assert zone_cache_limit_mb() == 1024.0
    monkeypatch.delenv("REGIONMAP_MAX_ZONE_CACHE_MB")
    assert zone_cache_limit_mb() == 1024.0


def test_a_cold_run_and_a_warm_run_give_the_same_coverage(cache_dir, zones):
    from layers.coverage import CoverageInputs, ServiceSpec, run

    stops = gpd.GeoDataFrame(geometry=[shapely.Point(300, 0), shapely.Point(4_000, 900)], crs=CRS)

    def coverage():
        result = run(CoverageInputs(zones, [ServiceSpec("stop", stops, 700.0)], gaps=False, target_samples=3_000))
        return [(r["municipality"], r["zone"], r["area_km2"], r["covered_km2"]) for r in result.rows]

    cold = coverage()
    assert list(cache_dir.glob(f"*{zone_cache.SUFFIX}"))
    sampling._KEPT.clear()  # a new process: the samples come from the file
    warm = coverage()
    assert warm == cold and any(row[3] > 0 for row in cold)


def test_the_file_keeps_only_what_cannot_be_derived(cache_dir, zones):
    samples = _sample(zones)
    path = next(cache_dir.glob(f"*{zone_cache.SUFFIX}"))
    arrays = zone_cache.read_raw(path, path.stem)
    assert not {"x", "y", "zone", "area_w", "cx", "block_reach", "edge_sub"} & set(arrays)
    assert arrays["qx"].dtype == np.uint16 and arrays["ix"].dtype == np.uint16
    assert path.stat().st_size < 25 * len(samples)  # the whole samples and their cells took over 53 bytes each
    assert not arrays["qx"].flags.writeable  # views of the one read of the file


def test_both_kinds_of_cache_file_count_towards_the_limit(tmp_path):
    folder = tmp_path / "zones"
    folder.mkdir()
    for i, name in enumerate(["old.region.npz", f"mid{zone_cache.SUFFIX}", "new.npz"]):
        p = folder / name
        p.write_bytes(b"x" * 400_000)
        os.utime(p, (1_000_000 + i, 1_000_000 + i))
    gone = zone_cache.evict(folder, limit_mb=0.5)
    assert [p.name for p in gone] == ["old.region.npz", f"mid{zone_cache.SUFFIX}"]
