"""CRS: declared ones are honoured, missing or wrong ones detected from coordinate ranges, nothing guessed blindly."""

from __future__ import annotations

import itertools
import json
from pathlib import Path

import numpy as np
import pytest

from layers.errors import UserError
from layers.io import read_layer
from layers.io.crs_detect import CANDIDATES, detect_crs

pytestmark = pytest.mark.filterwarnings("ignore:.crs. was not provided")

# a few real places in Uusimaa (lon, lat): Helsinki railway station, Espoo centre, Porvoo, Lohja, Hyvinkää
PLACES = [(24.9414, 60.1719), (24.6559, 60.2052), (25.6651, 60.3923), (24.0656, 60.2485), (24.8599, 60.6333)]


def _project(epsg: str) -> list[tuple[float, float]]:
    from layers.crs import transformer

    t = transformer("EPSG:4326", epsg)
    return [tuple(map(float, t.transform(x, y))) for x, y in PLACES]  # type: ignore[misc]


def _geojson(path: Path, coords, crs: str | None = None) -> Path:
    doc: dict = {"type": "FeatureCollection", "features": [
        {"type": "Feature", "properties": {"i": i}, "geometry": {"type": "Point", "coordinates": list(c)}}
        for i, c in enumerate(coords)]}
    if crs:
        doc["crs"] = {"type": "name", "properties": {"name": crs}}
    path.write_text(json.dumps(doc), encoding="utf-8")
    return path


def _shapefile_without_prj(path: Path, coords) -> Path:
    import geopandas as gpd
    import shapely

    gdf = gpd.GeoDataFrame({"i": range(len(coords))}, geometry=shapely.points(np.array(coords)), crs=None)
    gdf.to_file(path, driver="ESRI Shapefile")
    assert not path.with_suffix(".prj").exists()
    return path


def _assert_at_places(data, tol_m: float = 1.0) -> None:
    expected = np.array(_project("EPSG:3067"))
    got = np.c_[data.geometry.x, data.geometry.y]
    assert np.abs(got - expected).max() < tol_m


@pytest.mark.parametrize("epsg", ["EPSG:3067", "EPSG:3879", "EPSG:3878", "EPSG:3880", "EPSG:2393", "EPSG:3857"])
def test_undeclared_metres_are_detected(tmp_path, epsg):
    """A shapefile without .prj holding metre coordinates: the CRS is detected and said so."""
    path = _shapefile_without_prj(tmp_path / "pts.shp", _project(epsg))
    loaded = read_layer(path)
    assert loaded.report.crs == epsg and loaded.report.crs_how == "detected"
    assert any("declares no CRS" in n and epsg in n for n in loaded.report.notes)
    _assert_at_places(loaded.data)


def test_metres_in_a_wgs84_geojson_are_detected(tmp_path):
    """RFC 7946 GeoJSON is WGS84 by definition; TM35FIN metres in one are caught, not placed off the planet."""
    path = _geojson(tmp_path / "metres.geojson", _project("EPSG:3067"))
    loaded = read_layer(path)
    assert loaded.report.crs == "EPSG:3067" and loaded.report.crs_how == "detected"
    assert loaded.report.crs_declared == "EPSG:4326"
    assert any("says its CRS is EPSG:4326" in n for n in loaded.report.notes)
    _assert_at_places(loaded.data)


def test_legacy_crs_member_is_honoured(tmp_path):
    path = _geojson(tmp_path / "gk25.geojson", _project("EPSG:3879"), crs="urn:ogc:def:crs:EPSG::3879")
    loaded = read_layer(path)
    assert loaded.report.crs == "EPSG:3879" and loaded.report.crs_how == "declared"
    _assert_at_places(loaded.data)


def test_wrong_legacy_crs_is_corrected(tmp_path):
    """The file says GK25 but holds TM35FIN values (a common export mistake)."""
    path = _geojson(tmp_path / "lie.geojson", _project("EPSG:3067"), crs="urn:ogc:def:crs:EPSG::3879")
    loaded = read_layer(path)
    assert loaded.report.crs == "EPSG:3067" and loaded.report.crs_how == "detected"
    _assert_at_places(loaded.data)


def test_swapped_lat_lon_is_swapped_back(tmp_path):
    path = _geojson(tmp_path / "swapped.geojson", [(lat, lon) for lon, lat in PLACES])
    loaded = read_layer(path)
    assert loaded.report.axes_swapped and loaded.report.crs_how == "detected"
    assert any("swapped" in n for n in loaded.report.notes)
    _assert_at_places(loaded.data)


def test_given_crs_overrides_detection(tmp_path):
    path = _shapefile_without_prj(tmp_path / "pts.shp", _project("EPSG:3879"))
    loaded = read_layer(path, crs="EPSG:3879")
    assert loaded.report.crs == "EPSG:3879" and loaded.report.crs_how == "given"
    _assert_at_places(loaded.data)


def test_given_crs_that_cannot_fit_is_refused(tmp_path):
    path = _geojson(tmp_path / "lonlat.geojson", PLACES)
    with pytest.raises(UserError, match=r"cannot be in EPSG:3067, the CRS given"):
        read_layer(path, crs="EPSG:3067")
    with pytest.raises(UserError, match="not a CRS"):
        read_layer(path, crs="EPSG:99999999")


def test_coordinates_that_fit_nothing_are_an_error(tmp_path):
    path = _shapefile_without_prj(tmp_path / "odd.shp", [(5e9, 5e9), (5.1e9, 5.2e9)])
    with pytest.raises(UserError) as err:
        read_layer(path)
    msg = str(err.value)
    assert "odd.shp" in msg and "declares no CRS" in msg and "give the CRS" in msg and "x 5e+09" in msg


def test_wgs84_file_with_metres_everywhere_and_unknown_range_is_an_error(tmp_path):
    path = _geojson(tmp_path / "far.geojson", [(9e7, 9e7), (9.1e7, 9.2e7)])
    with pytest.raises(UserError, match=r"do not fit its declared CRS EPSG:4326"):
        read_layer(path)


def test_a_few_out_of_range_features_are_skipped_and_counted(tmp_path):
    coords = [*PLACES] * 4 + [(24.9, 95.0)]  # one latitude beyond the pole
    path = _geojson(tmp_path / "outlier.geojson", coords)
    loaded = read_layer(path)
    assert loaded.report.n_features == 20 and loaded.report.skipped_out_of_range == 1
    assert "out of range: 1" in loaded.report.summary()


def test_lonlat_elsewhere_in_the_world_is_kept(tmp_path):
    path = _shapefile_without_prj(tmp_path / "paris.shp", [(2.35, 48.85), (2.29, 48.86)])
    loaded = read_layer(path)
    assert loaded.report.crs == "EPSG:4326" and loaded.report.crs_how == "detected"
    assert "outside Finland" in " ".join(loaded.report.notes)


def test_detect_crs_prefers_the_candidate_with_most_fits():
    import shapely

    pts = shapely.points(np.array(_project("EPSG:3879")))
    det = detect_crs(shapely.bounds(pts))
    assert det is not None and det.candidate.crs == "EPSG:3879" and det.fraction == 1.0
    assert detect_crs(np.array([[1e12, 1e12, 1e12, 1e12]])) is None
    # the candidate windows for the GK zones do not overlap
    gk = [c for c in CANDIDATES if "GK" in c.label]
    assert len(gk) == 13
    assert all(a.xmax < b.xmin for a, b in itertools.pairwise(gk))


def test_3d_metres_in_a_wgs84_geojson(tmp_path):
    """3D TM35FIN points in a GeoJSON: detected, flattened and counted (the read-time projection is undone)."""
    coords = [(*c, 12.5) for c in _project("EPSG:3067")]
    loaded = read_layer(_geojson(tmp_path / "z.geojson", coords))
    assert loaded.report.crs == "EPSG:3067" and loaded.report.flattened_3d == 5
    assert not loaded.data.geometry.has_z.any()
    _assert_at_places(loaded.data)


def test_mixed_fit_declared_crs_projected_once(tmp_path):
    """Most features fit the declared CRS, one does not: it is left out, the rest land where they should."""
    coords = [*PLACES, (24.9, 91.5)] + PLACES * 3
    loaded = read_layer(_geojson(tmp_path / "mix.geojson", coords))
    assert loaded.report.crs_how == "declared" and loaded.report.skipped_out_of_range == 1

    got = np.c_[loaded.data.geometry.x, loaded.data.geometry.y][:5]
    assert np.abs(got - np.array(_project("EPSG:3067"))).max() < 1.0
