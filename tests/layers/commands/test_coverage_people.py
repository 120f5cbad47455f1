"""``--population`` on the light paths (layers/commands/coverage_people.py): which files are read how, and the
people cache's key of a GeoParquet file as stored, which any changed cell or count changes."""

from __future__ import annotations

import argparse

import geopandas as gpd
import numpy as np
import pytest
import shapely

from layers.commands import coverage_people
from layers.commands.coverage_people import DECLINE, PeopleFile, population_layer
from layers.coverage.tables import GeoTable

CRS = "EPSG:3067"


@pytest.fixture()
def grid():
    iy, ix = np.divmod(np.arange(8 * 6), 8)
    cells = shapely.box(300_000 + ix * 250, 6_700_000 + iy * 250, 300_250 + ix * 250, 6_700_250 + iy * 250)
    return gpd.GeoDataFrame({"label": [f"c{i}" for i in range(len(cells))], "population": np.arange(len(cells)) * 3},
                            geometry=cells, crs=CRS)


def layer(path, field=None):  # type: ignore[no-untyped-def]
    return population_layer(argparse.Namespace(population=str(path), population_field=field))


def digest(frame, path):  # type: ignore[no-untyped-def]
    frame.to_parquet(path)
    got = layer(path, "population")
    assert isinstance(got, PeopleFile)
    return got.people_digest("population")


def test_a_changed_cell_or_count_changes_the_key_of_a_file_as_stored(grid, tmp_path):
    first = digest(grid, tmp_path / "a.parquet")
    moved = grid.copy()
    x0, y0, x1, y1 = moved.geometry.iloc[9].bounds
    moved.loc[9, "geometry"] = shapely.box(x0, y0, x1 + 0.001, y1)
    counted = grid.copy()
    counted.loc[9, "population"] += 1
    fewer = grid.iloc[:-1]
    digests = {first, digest(moved, tmp_path / "b.parquet"), digest(counted, tmp_path / "c.parquet"),
               digest(fewer, tmp_path / "d.parquet")}
    assert None not in digests and len(digests) == 4
    grid.to_parquet(tmp_path / "e.parquet", row_group_size=7)  # the same content in other row groups
    assert layer(tmp_path / "e.parquet", "population").people_digest("population") == first
    relabelled = grid.assign(label="other")  # a column that counts no one: the same people
    assert digest(relabelled, tmp_path / "f.parquet") == first


def test_the_features_of_a_file_as_stored_are_read_only_when_asked_for(grid, tmp_path, monkeypatch):
    grid.to_parquet(tmp_path / "grid.parquet")
    got = layer(tmp_path / "grid.parquet")
    assert isinstance(got, PeopleFile) and got.columns == ["label", "population", "geometry"]
    assert got.people_digest("label") is None  # only the count field is read
    assert got._table is None
    assert len(got) == len(grid) and np.array_equal(np.asarray(got["population"]), grid["population"].to_numpy())
    assert all(a.equals(b) for a, b in zip(got.geometry, grid.geometry.values, strict=True))


def test_which_files_are_read_how(grid, tmp_path):
    grid.to_crs("EPSG:4326").to_parquet(tmp_path / "wgs84.parquet")
    grid.to_crs("EPSG:4326").to_file(tmp_path / "grid.geojson", driver="GeoJSON")
    grid.to_file(tmp_path / "grid.gpkg")
    grid.assign(population=grid["label"]).to_parquet(tmp_path / "text.parquet")
    gaps = grid.copy()
    gaps.loc[2, "geometry"] = None
    gaps.to_parquet(tmp_path / "gaps.parquet")
    grid.iloc[:0].to_parquet(tmp_path / "empty.parquet")
    assert isinstance(layer(tmp_path / "wgs84.parquet"), GeoTable)  # reprojected: read whole
    assert isinstance(layer(tmp_path / "grid.geojson"), GeoTable)
    got = layer(tmp_path / "gaps.parquet")
    assert isinstance(got, GeoTable) and len(got) == len(grid) - 1  # a missing geometry: read whole, skipped
    for declined in ("grid.gpkg", "text.parquet", "empty.parquet", "nowhere.parquet"):
        assert layer(tmp_path / declined, "population") is DECLINE, declined
    assert layer(tmp_path / "text.parquet", "label") is DECLINE
    assert population_layer(argparse.Namespace(population=None, population_field=None)) is None


def test_the_stored_wkb_digest_reads_a_sliced_column_as_its_rows(grid):
    import pyarrow as pa

    wkb = pa.array(list(shapely.to_wkb(grid.geometry.values)), type=pa.binary())
    assert coverage_people.stored_wkb(wkb.slice(3, 10)) == coverage_people.stored_wkb(
        pa.array(list(shapely.to_wkb(grid.geometry.values[3:13])), type=pa.binary()))
    assert coverage_people.stored_wkb(wkb.slice(3, 10)) != coverage_people.stored_wkb(wkb.slice(4, 10))
