"""``regionmap check``: the summary on stdout and exit 0, or one ``regionmap: FILE: ...`` line and exit 2."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from app.cli import main


def test_check_real_file(shared_data, capsys):
    path = shared_data / "hsl_stops_2022_central_helsinki.geojson"
    assert main(["check", str(path)]) == 0
    out = capsys.readouterr().out
    assert "features: 1388" in out and "geometry types: Point" in out
    assert "CRS: EPSG:4326 (declared)" in out
    box_line = next(ln for ln in out.splitlines() if ln.startswith("bounding box (lon/lat): "))
    x0, y0, x1, y1 = (float(v) for v in box_line.split(": ")[1].split(", "))
    # README: central Helsinki only, lon 24.85-25.00, lat 60.15-60.25
    assert 24.849 <= x0 < 24.87 and 24.98 < x1 <= 25.001 and 60.149 <= y0 < 60.17 and 60.23 < y1 <= 60.251
    assert "repaired invalid geometries: 0" in out


def test_check_detected_crs_and_override(tmp_path, capsys):
    path = tmp_path / "gk25.csv"
    path.write_text("name,E,N\nRautatientori,25497000.0,6673300.0\nPasila,25496300.0,6676600.0\n")
    assert main(["check", str(path)]) == 0
    out = capsys.readouterr().out
    assert "CRS: EPSG:3879 (detected)" in out and "declares no CRS" in out and "features: 2" in out
    assert main(["check", str(path), "--crs", "3879"]) == 0
    assert "CRS: EPSG:3879 (given)" in capsys.readouterr().out


def test_check_layers(tmp_path, capsys):
    import geopandas as gpd
    import shapely

    path = tmp_path / "two.gpkg"
    for name, n in (("a", 2), ("b", 3)):
        gpd.GeoDataFrame({"i": range(n)}, geometry=[shapely.Point(24.9, 60.2)] * n, crs="EPSG:4326").to_file(
            path, layer=name)
    assert main(["check", str(path), "--layers"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out == ["a\tPoint\t2 features", "b\tPoint\t3 features"]
    assert main(["check", str(path), "--layer", "b"]) == 0
    assert "features: 3" in capsys.readouterr().out


@pytest.mark.parametrize(("content", "expect"), [
    (b"", "the file is empty"),
    (b'{"type": "FeatureCollection", "features": [\n  {"type": "Feature",, }]}', "line 2, column"),
    (b'{"type":"Feature","properties":{"n":"\xe4\x00\x81"},"geometry":null}', "is not UTF-8"),  # not cp1252 either
])
def test_check_bad_file_one_line_exit_2(tmp_path, capsys, content, expect):
    path = tmp_path / "bad.geojson"
    path.write_bytes(content)
    assert main(["check", str(path)]) == 2
    captured = capsys.readouterr()
    lines = captured.err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"regionmap: {path}: ") and expect in lines[0]
    assert captured.out == ""


def test_check_usage_errors(tmp_path, capsys):
    assert main(["check"]) == 2
    assert capsys.readouterr().err.startswith("regionmap: regionmap check:")
    path = tmp_path / "p.geojson"
    path.write_text(json.dumps({"type": "Point", "coordinates": [24.9, 60.2]}))
    assert main(["check", str(path), "--crs", "EPSG:nonsense"]) == 2
    assert "is not a known CRS" in capsys.readouterr().err


def test_check_subprocess_no_traceback(tmp_path):
    """The real entry point: exit status 2, a single stderr line, no traceback."""
    path = tmp_path / "x.shp"
    path.write_bytes(b"\x00" * 300)
    proc = subprocess.run([sys.executable, "-m", "app.cli", "check", str(path)], capture_output=True, text=True,
                          timeout=120)
    assert proc.returncode == 2
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"regionmap: {path}: ")
    assert "Traceback" not in proc.stderr
