"""People spread over a region's samples are kept beside the samples (layers/coverage/population_cache.py): the
same people over the same zones are read back equal (weights, points, zones reached, warnings), and other
counts, other zones or a damaged file spread them again."""

from __future__ import annotations

import geopandas as gpd
import numpy as np
import pytest
import shapely

import layers.coverage.population as population
from layers.coverage import population_cache, zones_from_frames
from layers.coverage.sampling import sample_zones

CRS = "EPSG:3067"
X0, Y0 = 300_000.0, 6_700_000.0


@pytest.fixture()
def region(tmp_path, monkeypatch):
    monkeypatch.setenv("REGIONMAP_CACHE_DIR", str(tmp_path))
    muni = gpd.GeoDataFrame({"code": ["001"], "name": ["Here"]},
                            geometry=[shapely.box(X0, Y0, X0 + 4_000, Y0 + 3_000)], crs=CRS)
    hot = gpd.GeoDataFrame({"name": ["C"]}, geometry=[shapely.Point(X0 + 2_000, Y0 + 1_500).buffer(600)], crs=CRS)
    zones = zones_from_frames(muni, hot)
    iy, ix = np.divmod(np.arange(16 * 12), 16)
    cells = shapely.box(X0 + ix * 250, Y0 + iy * 250, X0 + ix * 250 + 250, Y0 + iy * 250 + 250)
    tiny = shapely.box(X0 + 3_001 + np.arange(3) * 7, Y0 + 2_001, X0 + 3_004 + np.arange(3) * 7, Y0 + 2_004)
    geoms = np.concatenate([cells, tiny])  # 3 m cells no sample stands in: their people become points
    counts = np.arange(len(geoms)) % 50 + 1.0
    counts[7] = np.nan  # a hidden count: a warning
    people = gpd.GeoDataFrame({"population": counts}, geometry=geoms, crs=CRS)
    return zones, people, tmp_path / "zones"


def spread(zones, people):
    warnings: list[str] = []
    samples = sample_zones(zones, 3_000, 10.0, 150.0)
    out, reached = population.add_population(samples, zones, people, "population", warnings)
    return out, reached, warnings


def test_the_same_people_over_the_same_zones_are_read_back_equal(region, monkeypatch):
    zones, people, folder = region
    first = spread(zones, people)
    assert len(list(folder.glob(f"*{population_cache.SUFFIX}"))) == 1
    assert first[2] and int((first[0].ix < 0).sum()) == 3  # the warning, and the tiny cells' points

    def not_again(*args, **kwargs):
        raise AssertionError("the people were spread again")

    monkeypatch.setattr(population, "_add_population", not_again)
    second = spread(zones, people)
    assert second[2] == first[2]
    assert np.array_equal(second[1], first[1])
    for name in ("x", "y", "zone", "ix", "iy", "area_w", "pop_w", "edge"):
        assert np.array_equal(getattr(second[0], name), getattr(first[0], name)), name
    for name in ("cx", "cy", "block", "block_x", "block_reach", "edge_cells"):
        assert np.array_equal(getattr(second[0].cells, name), getattr(first[0].cells, name)), name
    assert second[0].pop_w.sum() > 0


def test_other_counts_or_a_damaged_file_spread_them_again(region):
    zones, people, folder = region
    spread(zones, people)
    other = people.copy()
    other.loc[5, "population"] += 1  # a cell wholly inside the zones
    changed = spread(zones, other)
    assert len(list(folder.glob(f"*{population_cache.SUFFIX}"))) == 2
    assert changed[0].pop_w.sum() == pytest.approx(spread(zones, people)[0].pop_w.sum() + 1, abs=1e-6)
    key = population_cache.key(sample_zones(zones, 3_000, 10.0, 150.0), zones, people, "population")
    assert key is not None and population_cache.load(key) is not None
    (folder / f"{key}{population_cache.SUFFIX}").write_bytes(b"not a numpy file")
    assert population_cache.load(key) is None
    again = spread(zones, people)  # damaged: spread again, and the file replaced by a whole one
    assert again[0].pop_w.sum() > 0 and population_cache.load(key) is not None


def test_a_changed_cell_changes_the_key(region):
    zones, people, _ = region
    samples = sample_zones(zones, 3_000, 10.0, 150.0)
    first = population_cache.key(samples, zones, people, "population")
    moved = people.copy()
    x0, y0, x1, y1 = moved.geometry.iloc[5].bounds
    moved.loc[5, "geometry"] = shapely.box(x0, y0, x1, y1 + 0.001)  # one corner a millimetre off
    holed = people.copy()
    holed.loc[5, "geometry"] = shapely.box(x0, y0, x1, y1).difference(shapely.box(x0 + 9, y0 + 9, x0 + 20, y0 + 20))
    keys = {first, population_cache.key(samples, zones, moved, "population"),
            population_cache.key(samples, zones, holed, "population"),
            population_cache.key(samples, zones, people.iloc[:-1], "population")}
    assert None not in keys and len(keys) == 4
    assert population_cache.key(samples, zones, people.copy(), "population") == first  # the same content


def test_the_geometry_digest_tells_apart_what_differs_in_any_way():
    box = shapely.box(0, 0, 10, 10)
    same_coords = [shapely.Polygon([(0, 0), (10, 0), (10, 10), (0, 0)]),
                   shapely.LinearRing([(0, 0), (10, 0), (10, 10), (0, 0)])]
    sets = [
        [box, shapely.Point(1, 2)],
        [box, shapely.Point(1, 2.000001)],
        [box, None],
        [box, shapely.Polygon()],
        [shapely.Point(1, 2), box],
        [box, shapely.Point(1, 2, 3)],  # 3D: by WKB
        [shapely.MultiPolygon([box]), shapely.Point(1, 2)],  # a multi-part: by WKB
        [box.difference(shapely.box(2, 2, 3, 3)), shapely.Point(1, 2)],  # a hole: by WKB
        same_coords[:1],
        same_coords[1:],
    ]
    digests = [population_cache.geometry_digest(np.array(s, dtype=object)) for s in sets]
    assert len(set(digests)) == len(sets)
    copies = [[None if g is None else shapely.from_wkb(shapely.to_wkb(g)) for g in s] for s in sets]
    again = [population_cache.geometry_digest(np.array(s, dtype=object)) for s in copies]
    assert again == digests  # equal geometries, other objects: the same digest
