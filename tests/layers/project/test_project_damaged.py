"""Damaged or foreign files give one clear message (UserError; CLI exit 2) and are left untouched."""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import geopandas as gpd
import pytest
import shapely

from layers.errors import UserError
from layers.project import load_project, save_project
from layers.project.schema import META_TABLE, SCHEMA_VERSION

ROOT = Path(__file__).resolve().parents[3]


@pytest.fixture(scope="module")
def good_project(tmp_path_factory) -> Path:
    from layers.document import MapDocument

    return save_project(MapDocument.default(), tmp_path_factory.mktemp("good") / "good.gpkg")


def _truncated(good: Path, out: Path) -> None:
    out.write_bytes(good.read_bytes()[: good.stat().st_size // 3])


def _random(good: Path, out: Path) -> None:
    out.write_bytes(os.urandom(50_000))


def _plain_sqlite(good: Path, out: Path) -> None:
    with sqlite3.connect(out) as con:
        con.execute("CREATE TABLE t (a INTEGER)")
        con.execute("INSERT INTO t VALUES (1)")


def _foreign_geopackage(good: Path, out: Path) -> None:
    gdf = gpd.GeoDataFrame({"a": [1]}, geometry=[shapely.Point(0, 0)], crs="EPSG:3067")
    gdf.to_file(out, layer="roads", driver="GPKG")


def _future_schema(good: Path, out: Path) -> None:
    out.write_bytes(good.read_bytes())
    with sqlite3.connect(out) as con:
        (text,) = con.execute(f"SELECT value FROM {META_TABLE} WHERE key = 'state'").fetchone()
        state = json.loads(text)
        state["schema_version"] = SCHEMA_VERSION + 1
        state["app_version"] = "9.0"
        con.execute(f"UPDATE {META_TABLE} SET value = ? WHERE key = 'state'", (json.dumps(state),))


def _broken_json(good: Path, out: Path) -> None:
    out.write_bytes(good.read_bytes())
    with sqlite3.connect(out) as con:
        con.execute(f"UPDATE {META_TABLE} SET value = '{{\"format\": ' WHERE key = 'state'")


def _missing_table(good: Path, out: Path) -> None:
    out.write_bytes(good.read_bytes())
    with sqlite3.connect(out) as con:
        con.execute('DROP TABLE "rm_hot_spots"')


def _empty(good: Path, out: Path) -> None:
    out.write_bytes(b"")


CASES = {
    "truncated": (_truncated, "damaged|truncated|not a regionmap project"),
    "random": (_random, "not a GeoPackage/SQLite file"),
    "plain_sqlite": (_plain_sqlite, "SQLite database but not a GeoPackage"),
    "foreign_gpkg": (_foreign_geopackage, "GeoPackage but not a regionmap project"),
    "future": (_future_schema, r"newer regionmap \(9.0, project schema 2\).*update regionmap"),
    "broken_json": (_broken_json, "project state is damaged"),
    "missing_table": (_missing_table, "rm_hot_spots are missing"),
    "empty": (_empty, "not a GeoPackage/SQLite file"),
}


def _digest(path: Path) -> tuple[str, float]:
    return hashlib.sha256(path.read_bytes()).hexdigest(), path.stat().st_mtime


@pytest.mark.parametrize("case", sorted(CASES))
def test_load_gives_a_clear_message_and_touches_nothing(case, good_project, tmp_path):
    make, pattern = CASES[case]
    bad = tmp_path / f"{case}.gpkg"
    make(good_project, bad)
    before = _digest(bad)
    files_before = sorted(p.name for p in tmp_path.iterdir())
    with pytest.raises(UserError, match=pattern) as info:
        load_project(bad)
    assert str(bad) in str(info.value)
    assert _digest(bad) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == files_before


def test_missing_file(tmp_path):
    with pytest.raises(UserError, match="no such file"):
        load_project(tmp_path / "nothing.gpkg")


@pytest.mark.parametrize("case", ["random", "future", "foreign_gpkg"])
def test_cli_exit_2_with_one_clear_last_line(case, good_project, tmp_path):
    make, pattern = CASES[case]
    bad = tmp_path / f"{case}.gpkg"
    make(good_project, bad)
    before = _digest(bad)
    out = tmp_path / "out.gpkg"
    proc = subprocess.run([sys.executable, "-m", "app.cli", "project", str(out), "--project", str(bad)],
                          capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert proc.returncode == 2
    last = proc.stderr.strip().splitlines()[-1]
    assert last.startswith("regionmap: ") and str(bad) in last
    assert "Traceback" not in proc.stderr
    import re

    assert re.search(pattern, last)
    assert _digest(bad) == before
    assert not out.exists()


def test_a_region_attribute_named_geometry_is_repaired_not_a_crash(good_project, tmp_path):
    """A column list that names an attribute ``geometry`` (found by the random mutations) once crashed the region."""
    import shutil

    bad = tmp_path / "geometry_attribute.gpkg"
    shutil.copy(good_project, bad)
    with sqlite3.connect(bad) as con:
        state = json.loads(con.execute(f"SELECT value FROM {META_TABLE} WHERE key = 'state'").fetchone()[0])
        region = next(layer for layer in state["layers"] if layer["role"] == "region_layer")
        region["columns"] = [pair if pair[0] != "geometry" else ["geometry", "0"] for pair in region["columns"]]
        con.execute(f"UPDATE {META_TABLE} SET value = ? WHERE key = 'state'", (json.dumps(state),))
    notes: list[str] = []
    document = load_project(bad, notes=notes)
    assert document.region_layer.data.geometry.name == "geometry"
    assert any("gave the name 'geometry' to an attribute" in note for note in notes)


def _project_with_points(tmp_path: Path, n: int, vertices: int = 1) -> Path:
    from layers.document import MapDocument
    from layers.model import Layer, LayerKind

    doc = MapDocument.default()
    if vertices > 1:
        geoms = [shapely.LineString([(380_000 + i, 6_670_000 + i % 7) for i in range(vertices)])] * n
    else:
        geoms = [shapely.Point(380_000 + i, 6_670_000) for i in range(n)]
    doc.layers.append(Layer(gpd.GeoDataFrame(geometry=geoms, crs="EPSG:3067"), "big", kind=LayerKind.TRANSPORT))
    return save_project(doc, tmp_path / "big.gpkg")


@pytest.mark.parametrize(("env", "n", "vertices", "said"), [
    ("REGIONMAP_MAX_FEATURES", 500, 1, "layer 'big''s features: 500"),
    ("REGIONMAP_MAX_VERTICES", 2, 300, "feature 1's vertices: 300"),
])
def test_a_project_layer_over_the_read_limits_is_refused_as_a_data_file_would_be(tmp_path, monkeypatch, env, n,
                                                                                  vertices, said):
    """A project is a file from anywhere: its tables are held to the limits a data file is (features, vertices)."""
    path = _project_with_points(tmp_path, n, vertices)
    before = path.read_bytes()
    assert len(load_project(path).layers.by_name("big").data) == n  # within the default limits it opens
    monkeypatch.setenv(env, "100" if env == "REGIONMAP_MAX_FEATURES" else "200")
    with pytest.raises(UserError) as info:
        load_project(path)
    message = str(info.value)
    assert message.startswith(f"{path}: ") and said in message and env in message, message
    assert path.read_bytes() == before
