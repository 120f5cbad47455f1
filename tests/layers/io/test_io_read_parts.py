"""The reader's parts, each on its own: the public names of ``layers.io.read``, the error texts, the projections,
the batch streaming (batch boundaries change nothing) and the preparation after the read; and the size limit of
the modules in ``layers/io``."""

from __future__ import annotations

import json
from pathlib import Path

import geopandas as gpd
import numpy as np
import pytest
import shapely

from layers.crs import WORK_CRS, transformer
from layers.errors import Cancelled, UserError
from layers.io import arrow_batches, load_report, read
from layers.io.arrow_batches import read_arrow
from layers.io.post_read import prepare_loaded
from layers.io.projection import projector, speculative_crs
from layers.io.read_errors import MAX_DETAIL, gdal_error, short_error


def _points_geojson(path: Path, coords: list[tuple[float, ...]], crs: str | None = None) -> Path:
    doc: dict = {"type": "FeatureCollection", "features": [
        {"type": "Feature", "properties": {"i": i, "name": f"place {i}"},
         "geometry": {"type": "Point", "coordinates": list(c)}} for i, c in enumerate(coords)]}
    if crs:
        doc["crs"] = {"type": "name", "properties": {"name": crs}}
    path.write_text(json.dumps(doc), encoding="utf-8")
    return path


def test_layers_io_read_keeps_its_public_names():
    assert set(read.__all__) == {"BATCH_SIZE", "LoadReport", "LoadedData", "read_layer"}
    assert read.LoadReport is load_report.LoadReport and read.LoadedData is load_report.LoadedData
    assert read.BATCH_SIZE == arrow_batches.BATCH_SIZE == 50_000
    from layers.io import LoadReport, read_layer

    assert read_layer is read.read_layer and LoadReport is load_report.LoadReport


def test_short_error_drops_gdal_advice_and_cuts_long_messages():
    advice = ("It might help to specify the correct driver explicitly by prefixing the file path with "
              "'<DRIVER>:', e.g. 'CSV:path'.")
    assert short_error(RuntimeError(f"x.dat:  not recognized\n as a supported format. {advice}")) == \
        "x.dat: not recognized as a supported format"
    long = short_error(ValueError("word " * 100))
    assert len(long) == MAX_DETAIL + 3 and long.endswith("...")
    assert short_error(KeyError()) == "KeyError"  # no message: the exception's kind


def test_gdal_error_says_what_the_failure_means(tmp_path):
    path = tmp_path / "thing.fgb"
    path.write_bytes(b"not flatgeobuf")
    unsupported = gdal_error(path, RuntimeError("'thing.fgb' not recognized as being in a supported file format."))
    assert str(unsupported).startswith(f"{path}: is not geodata that regionmap can read")
    assert str(gdal_error(path, RuntimeError("Layer 'roads' not found"))) == f"{path}: Layer 'roads' not found"
    other = str(gdal_error(path, RuntimeError("read error at offset 12")))
    assert other.startswith(f"{path}: cannot be read: read error at offset 12; check that it is a valid ")
    path.unlink()
    assert "disappeared while it was being read" in str(gdal_error(path, RuntimeError("I/O error")))


def test_speculative_crs_is_only_a_crs_to_project_from():
    assert speculative_crs(None) is None
    assert speculative_crs("EPSG:3067") is None  # already the work CRS: nothing to project
    assert speculative_crs("not a crs at all") is None
    assert speculative_crs("EPSG:4326").to_epsg() == 4326


def test_projector_agrees_with_the_shared_transformer_and_goes_back():
    lonlat = np.array([[24.94, 60.17], [25.5, 60.4], [23.2, 59.9]])
    there = projector("EPSG:4326", WORK_CRS)(lonlat)
    x, y = transformer("EPSG:4326", WORK_CRS).transform(lonlat[:, 0], lonlat[:, 1])
    np.testing.assert_allclose(there, np.column_stack([x, y]))
    assert 300_000 < there[0, 0] < 500_000 and 6_600_000 < there[0, 1] < 6_800_000  # Helsinki in TM35FIN
    np.testing.assert_allclose(projector(WORK_CRS, "EPSG:4326")(there), lonlat, atol=1e-9)


def _lonlat_with_one_misfit(n: int) -> list[tuple[float, ...]]:
    coords: list[tuple[float, ...]] = [(24.0 + i * 0.01, 60.0 + (i % 7) * 0.05) for i in range(n)]
    coords[5] = (24.5, 91.5)  # not a latitude: does not fit WGS84, so it is not projected while reading
    coords[8] = (24.5, 60.5, 12.0)  # 3D
    return coords


def test_read_arrow_projects_the_features_that_fit_across_batches(tmp_path, monkeypatch):
    monkeypatch.setattr(arrow_batches, "BATCH_SIZE", 4)
    coords = _lonlat_with_one_misfit(11)
    path = _points_geojson(tmp_path / "pts.geojson", coords, crs="EPSG:4326")
    seen: list[float] = []
    gdf, declared, pre = read_arrow(path, str(path), None, len(coords), None, lambda f, _m="": seen.append(f),
                                    lambda: False)
    assert len(seen) == 3 and seen == sorted(seen)  # one progress step per batch of 4
    assert list(gdf["i"]) == list(range(11)) and gdf.crs is None and declared is not None
    assert pre is not None and pre.crs.to_epsg() == 4326 and pre.flattened_3d == 1
    assert list(pre.projected) == [i != 5 for i in range(11)]
    np.testing.assert_allclose(pre.bounds[:, 0], [c[0] for c in coords])  # bounds in the source CRS
    expected = projector("EPSG:4326", WORK_CRS)(np.array([c[:2] for c in coords]))
    got = np.column_stack([shapely.get_x(gdf.geometry.array), shapely.get_y(gdf.geometry.array)])
    np.testing.assert_allclose(got[pre.projected], expected[pre.projected], atol=1e-6)
    assert tuple(got[5]) == (24.5, 91.5)  # left in its own coordinates for the CRS check


def test_read_arrow_stops_between_batches_when_cancelled(tmp_path, monkeypatch):
    monkeypatch.setattr(arrow_batches, "BATCH_SIZE", 4)
    path = _points_geojson(tmp_path / "pts.geojson", _lonlat_with_one_misfit(11), crs="EPSG:4326")
    steps: list[float] = []
    with pytest.raises(Cancelled):
        read_arrow(path, str(path), None, 11, None, lambda f, _m="": steps.append(f), lambda: len(steps) >= 2)
    assert len(steps) == 2  # the third batch was never read


def test_batch_boundaries_change_nothing_in_the_layer(tmp_path, monkeypatch):
    path = _points_geojson(tmp_path / "pts.geojson", _lonlat_with_one_misfit(23), crs="EPSG:4326")
    whole = read.read_layer(path)
    monkeypatch.setattr(arrow_batches, "BATCH_SIZE", 3)
    batched = read.read_layer(path)
    assert whole.report.summary() == batched.report.summary()
    assert whole.report.skipped_out_of_range == 1 and whole.report.flattened_3d == 1
    assert list(batched.data["i"]) == list(whole.data["i"])
    assert shapely.equals_exact(batched.data.geometry.array, whole.data.geometry.array, tolerance=1e-6).all()


def test_prepare_loaded_cleans_counts_and_projects_a_frame_read_without_a_crs(tmp_path):
    geoms = [shapely.Point(24.94, 60.17), None, shapely.Point(np.nan, 60.0), shapely.Point(25.0, 60.3, 7.0),
             shapely.Polygon([(24, 60), (24.1, 60.1), (24.1, 60), (24, 60.1), (24, 60)])]  # a bow tie: invalid
    frame = gpd.GeoDataFrame({"name": list("abcde")}, geometry=geoms, crs=None)
    report = load_report.LoadReport(path=str(tmp_path / "x.geojson"))
    holder = [frame]
    del frame
    loaded = prepare_loaded(tmp_path / "x.geojson", holder, "EPSG:4326", None, report, lambda _f, _m="": None,
                            lambda: False)
    assert holder == []  # the frame read was taken out, so its memory could go
    assert list(loaded.data["name"]) == ["a", "d", "e"] and loaded.data.crs == WORK_CRS
    assert (report.skipped_empty, report.skipped_nonfinite, report.flattened_3d, report.repaired) == (1, 1, 1, 1)
    assert (report.crs, report.crs_how, report.crs_declared, report.n_features) == ("EPSG:4326", "declared",
                                                                                    "EPSG:4326", 3)
    assert not loaded.data.geometry.has_z.any() and loaded.data.geometry.is_valid.all()
    assert 380_000 < loaded.data.geometry.iloc[0].x < 390_000  # Helsinki, in EPSG:3067
    assert report.bbox_wgs84 is not None and report.bbox_wgs84[0] == pytest.approx(24.0)


def test_prepare_loaded_refuses_a_given_crs_that_cannot_fit(tmp_path):
    frame = gpd.GeoDataFrame({"i": [0, 1]}, geometry=[shapely.Point(24.9, 60.2), shapely.Point(25.1, 60.3)])
    report = load_report.LoadReport(path="x")
    with pytest.raises(UserError, match="cannot be in EPSG:3879, the CRS given"):
        prepare_loaded(tmp_path / "x", [frame], None, "EPSG:3879", report, lambda _f, _m="": None, lambda: False)
