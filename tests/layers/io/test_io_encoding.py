"""GeoJSON that is not UTF-8 (Windows-1252 / Latin-1 loads with a warning; junk is refused) and points with
non-finite coordinates (dropped and counted apart from the empty ones)."""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from pathlib import Path

import numpy as np
import pytest
import shapely

from app.cli import main
from layers.errors import Cancelled, UserError
from layers.io import read_layer
from layers.io.geojson_check import BLOCK

NAMES = ["Mäntsälä", "Hämeenlinna", "Pöytyä", "Åland €"]  # € is 0x80: Windows-1252, not Latin-1


def _collection(names: list[str]) -> dict:
    return {"type": "FeatureCollection", "features": [
        {"type": "Feature", "properties": {"name": n, "i": i},
         "geometry": {"type": "Point", "coordinates": [24.0 + i % 100 / 100, 60.0 + i % 97 / 100]}}
        for i, n in enumerate(names)]}


def _write_cp1252(path: Path, names: list[str] = NAMES) -> Path:
    path.write_bytes(json.dumps(_collection(names), ensure_ascii=False, indent=1).encode("cp1252"))
    return path


@pytest.fixture()
def private_tmp(tmp_path, monkeypatch) -> Path:
    """The temporary folder the loader writes its UTF-8 copy to, empty at the start."""
    folder = tmp_path / "tmp"
    folder.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    return folder


def test_cp1252_geojson_loads_with_names_and_warning(tmp_path, private_tmp):
    path = _write_cp1252(tmp_path / "kunnat.geojson")
    loaded = read_layer(path)
    assert list(loaded.data["name"]) == NAMES
    assert loaded.report.n_features == 4 and loaded.report.encoding == "cp1252"
    warning = next(n for n in loaded.report.notes if "UTF-8" in n)
    assert "kunnat.geojson" in warning and "Windows-1252" in warning and "0xe4" in warning
    assert "kunnat.geojson is not UTF-8" in loaded.report.summary()
    assert list(private_tmp.iterdir()) == []  # the UTF-8 copy is gone


def test_utf8_geojson_has_no_encoding_warning(tmp_path):
    path = tmp_path / "utf8.geojson"
    path.write_text(json.dumps(_collection(NAMES), ensure_ascii=False), encoding="utf-8")
    loaded = read_layer(path)
    assert list(loaded.data["name"]) == NAMES
    assert loaded.report.encoding == "utf-8" and not any("UTF-8" in n for n in loaded.report.notes)


def test_check_cli_on_cp1252_file_exits_0_and_names_encoding(tmp_path, capsys):
    path = _write_cp1252(tmp_path / "kunnat.geojson")
    assert main(["check", str(path)]) == 0
    captured = capsys.readouterr()
    assert "features: 4" in captured.out
    assert "kunnat.geojson is not UTF-8 text" in captured.out and "Windows-1252" in captured.out
    assert captured.err == ""


@pytest.mark.parametrize(("name", "content"), [
    ("nul.geojson", b'{"type": "FeatureCollection", "features": [{"type": "Feature", "properties": '
                    b'{"name": "M\xe4nts\x00l\xe4"}, "geometry": null}]}'),
    ("undefined.geojson", b'{"type": "FeatureCollection", "features": [], "x": "\xe4 \x81 \x8d"}'),
    ("binary.geojson", b"{" + bytes(range(256)) * 8),
])
def test_junk_bytes_are_refused_by_the_cli(tmp_path, capsys, private_tmp, name, content):
    path = tmp_path / name
    path.write_bytes(content)
    assert main(["check", str(path)]) == 2
    captured = capsys.readouterr()
    last = captured.err.strip().splitlines()[-1]
    assert last.startswith(f"regionmap: {path}: line ") and "is not UTF-8 text" in last
    assert "Traceback" not in captured.err and captured.out == ""
    assert list(private_tmp.iterdir()) == []


def test_junk_bytes_refusal_from_the_real_entry_point(tmp_path):
    path = tmp_path / "junk.geojson"
    path.write_bytes(b'{"type": "FeatureCollection", "features": []}\n\xe4\x00\x01\x02')
    proc = subprocess.run([sys.executable, "-m", "app.cli", "check", str(path)], capture_output=True, text=True,
                          timeout=120)
    assert proc.returncode == 2
    lines = proc.stderr.strip().splitlines()
    assert lines[-1].startswith(f"regionmap: {path}: line 2, column 1: byte 0xe4 is not UTF-8 text")
    assert "Traceback" not in proc.stderr


def test_syntax_error_in_cp1252_file_names_the_original_file(tmp_path, private_tmp):
    path = tmp_path / "rikki.geojson"
    path.write_bytes('{"type": "FeatureCollection", "features": [\n {"type": "Feature",, "name": "ä"}]}'
                     .encode("cp1252"))
    with pytest.raises(UserError) as err:
        read_layer(path)
    msg = str(err.value)
    assert msg.startswith(f"{path}: line 2") and "regionmap-utf8-" not in msg
    assert list(private_tmp.iterdir()) == []


def test_big_cp1252_file_streams_with_progress(tmp_path, private_tmp):
    names = [f"Mäntsälä {i} ö" for i in range(30_000)]
    path = _write_cp1252(tmp_path / "big.geojson", names)
    assert path.stat().st_size > 3 * BLOCK  # several blocks: the transcoding is streamed
    seen: list[float] = []
    loaded = read_layer(path, progress=lambda f, _m="": seen.append(f))
    assert len(loaded.data) == 30_000 and loaded.data["name"].iloc[-1] == "Mäntsälä 29999 ö"
    assert seen == sorted(seen) and seen[-1] == pytest.approx(1.0)
    assert any("re-save the file as UTF-8" in n for n in loaded.report.notes)


def test_cancel_while_transcoding_removes_the_copy(tmp_path, private_tmp):
    path = _write_cp1252(tmp_path / "big.geojson", [f"Pöytyä {i}" for i in range(30_000)])
    messages: list[str] = []
    with pytest.raises(Cancelled):
        read_layer(path, progress=lambda _f, m="": messages.append(m),
                   cancelled=lambda: messages.count("checking text") > 5)
    assert list(private_tmp.iterdir()) == []


def test_csv_nan_and_infinite_coordinates_are_dropped_and_counted_apart(tmp_path):
    path = tmp_path / "pisteet.csv"
    path.write_text("name,lon,lat\nA,25.0,60.2\nB,NaN,NaN\nC,inf,60.1\nD,,60.0\nE,abc,60.0\nF,24.9,1e400\n"
                    "G,24.95,-Infinity\nH,24.95,60.25\n", encoding="utf-8")
    loaded = read_layer(path)
    report = loaded.report
    assert list(loaded.data["name"]) == ["A", "H"]
    assert report.skipped_nonfinite == 4 and report.skipped_empty == 2
    assert "4 feature(s) with non-finite coordinates dropped" in report.summary()
    coords = shapely.get_coordinates(np.asarray(loaded.data.geometry.array))
    assert np.isfinite(coords).all()


def test_geopackage_nonfinite_points_are_not_counted_as_empty(tmp_path):
    import geopandas as gpd

    path = tmp_path / "pisteet.gpkg"
    geoms = [shapely.Point(25.0, 60.2), shapely.points(np.inf, 60.1), shapely.points(24.9, np.nan),
             shapely.Point(), None, shapely.Point(24.95, 60.25)]
    gpd.GeoDataFrame({"name": list("ABCDEF")}, geometry=geoms, crs="EPSG:4326").to_file(path, driver="GPKG")
    loaded = read_layer(path)
    assert list(loaded.data["name"]) == ["A", "F"]
    assert loaded.report.skipped_nonfinite == 2 and loaded.report.skipped_empty == 2
    assert "2 feature(s) with non-finite coordinates dropped" in loaded.report.summary()


def test_cp1252_file_without_a_writable_temporary_folder_is_a_clear_error(tmp_path, monkeypatch):
    path = _write_cp1252(tmp_path / "kunnat.geojson")
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path / "no such folder"))
    with pytest.raises(UserError) as err:
        read_layer(path)
    msg = str(err.value)
    assert msg.startswith(f"{path}: is Windows-1252 text, not UTF-8") and "re-save the file as UTF-8" in msg
