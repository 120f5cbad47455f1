"""A layer's service threshold (departures per hour) is kept in projects: saved, loaded, repaired when damaged,
and None for projects saved before it existed."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import geopandas as gpd
import shapely

from layers.project import load_project, save_project
from layers.project.schema import META_TABLE


def _document_with_stops():
    from layers.document import MapDocument
    from layers.model import Layer, LayerKind

    doc = MapDocument.default()
    stops = gpd.GeoDataFrame({"stop_id": ["a", "b"], "per_hour": [1.5, 6.0]},
                             geometry=[shapely.Point(385_000, 6_672_000), shapely.Point(386_000, 6_673_000)],
                             crs="EPSG:3067")
    doc.layers.append(Layer(stops, "Feed — stops", kind=LayerKind.TRANSPORT, radius_m=400.0,
                            service_threshold=4.0))
    return doc


def _edit_state(path: Path, change) -> None:
    with sqlite3.connect(path) as con:
        (text,) = con.execute(f"SELECT value FROM {META_TABLE} WHERE key = 'state'").fetchone()
        state = json.loads(text)
        change(next(lyr for lyr in state["layers"] if lyr["name"] == "Feed — stops"))
        con.execute(f"UPDATE {META_TABLE} SET value = ? WHERE key = 'state'", (json.dumps(state),))


def test_the_threshold_survives_a_round_trip(tmp_path):
    path = save_project(_document_with_stops(), tmp_path / "p.gpkg")
    loaded = load_project(path).layers.by_name("Feed — stops")
    assert loaded.service_threshold == 4.0 and loaded.radius_m == 400.0
    others = [lyr for lyr in load_project(path).layers if lyr.name != "Feed — stops"]
    assert all(lyr.service_threshold is None for lyr in others)


def test_an_older_project_without_the_field_loads_with_none(tmp_path):
    path = save_project(_document_with_stops(), tmp_path / "p.gpkg")
    _edit_state(path, lambda layer: layer.pop("service_threshold"))
    notes: list[str] = []
    assert load_project(path, notes=notes).layers.by_name("Feed — stops").service_threshold is None
    assert not notes


def test_a_damaged_threshold_is_repaired_with_a_note(tmp_path):
    for bad, said in (("four", "service_threshold was damaged"), (-3, "service_threshold was damaged"),
                      (5000, "service_threshold was damaged")):
        path = save_project(_document_with_stops(), tmp_path / f"p{bad}.gpkg")
        _edit_state(path, lambda layer, bad=bad: layer.__setitem__("service_threshold", bad))
        notes: list[str] = []
        layer = load_project(path, notes=notes).layers.by_name("Feed — stops")
        assert layer.service_threshold is None
        assert any(said in note for note in notes), notes


def test_a_nan_threshold_opens_as_none(tmp_path):
    path = save_project(_document_with_stops(), tmp_path / "p.gpkg")
    with sqlite3.connect(path) as con:  # not JSON, but what a foreign tool may write
        (text,) = con.execute(f"SELECT value FROM {META_TABLE} WHERE key = 'state'").fetchone()
        assert '"service_threshold": 4.0' in text
        con.execute(f"UPDATE {META_TABLE} SET value = ? WHERE key = 'state'",
                    (text.replace('"service_threshold": 4.0', '"service_threshold": NaN'),))
    assert load_project(path).layers.by_name("Feed — stops").service_threshold is None
