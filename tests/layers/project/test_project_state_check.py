"""A damaged project state opens repaired with a note per repair, or fails with a UserError naming the file.

The variants of finding 7 of issue #20 (each gave an internal error, or a silent empty map, before the schema
check), and a property test: random mutations of a valid state never give anything else.
"""

from __future__ import annotations

import json
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import numpy as np
import pytest
import shapely
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from layers.errors import UserError
from layers.project import load_project, save_project
from layers.project.schema import META_TABLE

ROOT = Path(__file__).resolve().parents[3]
REGION = 2  # index of the region layer in the default document's saved layer list
SETTLEMENTS = 3


@pytest.fixture(scope="module")
def good_project(tmp_path_factory) -> Path:
    from layers.document import MapDocument

    return save_project(MapDocument.default(), tmp_path_factory.mktemp("good") / "good.gpkg")


@pytest.fixture(scope="module")
def good_state(good_project) -> dict[str, Any]:
    with sqlite3.connect(good_project) as con:
        (text,) = con.execute(f"SELECT value FROM {META_TABLE} WHERE key = 'state'").fetchone()
    state = json.loads(text)
    assert state["layers"][REGION]["role"] == "region_layer"
    assert state["layers"][SETTLEMENTS]["role"] == "settlement_layer"
    return state


def _with_state(good: Path, out: Path, text: str) -> Path:
    shutil.copy(good, out)
    with sqlite3.connect(out) as con:
        con.execute(f"UPDATE {META_TABLE} SET value = ? WHERE key = 'state'", (text,))
    return out


def _mutated(state: dict[str, Any], change: Callable[[dict[str, Any]], None]) -> str:
    copy = json.loads(json.dumps(state))
    change(copy)
    return json.dumps(copy)


def _set(path: tuple[Any, ...], value: Any) -> Callable[[dict[str, Any]], None]:
    def change(state: dict[str, Any]) -> None:
        target = state
        for key in path[:-1]:
            target = target[key]
        target[path[-1]] = value

    return change


REFUSED = {  # what cannot be repaired: a UserError naming the file
    "layers is an object": (_set(("layers",), {"a": 1}), "layer list is damaged .it is an object"),
    "layers is a string": (_set(("layers",), "rm_x"), "layer list is damaged .it is a string"),
    "layers is a number": (_set(("layers",), 3), "layer list is damaged .it is a number"),
    "layers missing": (lambda s: s.pop("layers"), "has no layer list"),
}

REPAIRED = {  # opens, with a note naming what was repaired
    "hotspot_params a string": (_set(("hotspot_params",), "x"), "hotspot_params was damaged"),
    "min_population a string": (_set(("hotspot_params", "min_population"), "many"),
                                "hot spot parameter min_population was damaged"),
    "density zero": (_set(("hotspot_params", "density_per_km2"), 0), "density_per_km2 was damaged"),
    "extra a list": (_set(("extra",), [1, 2]), "extra was damaged"),
    "n_features a string": (_set(("layers", REGION, "n_features"), "26"), "feature count was damaged"),
    "short columns": (_set(("layers", REGION, "columns", 0), ["code"]), "columns was damaged"),
    "geometry named as an attribute": (_set(("layers", REGION, "geometry_column"), "name"),
                                       "geometry column had an attribute's name 'name'"),
    "role layers": (_set(("layers", SETTLEMENTS, "role"), "layers"), "role was damaged"),
    "role events": (_set(("layers", SETTLEMENTS, "role"), "events"), "role was damaged"),
    "role region": (_set(("layers", SETTLEMENTS, "role"), "region"), "role was damaged"),
    "role view": (_set(("layers", SETTLEMENTS, "role"), "view"), "role was damaged"),
    "role __class__": (_set(("layers", SETTLEMENTS, "role"), "__class__"), "role was damaged"),
    "two region roles": (_set(("layers", SETTLEMENTS, "role"), "region_layer"), "a second region layer"),
    "layers empty": (_set(("layers",), []), "the project has no layers"),
    "a layer a number": (_set(("layers", SETTLEMENTS), 7), "layer #4 was left out"),
    "kind a list": (_set(("layers", REGION, "kind"), ["boundary"]), "kind was damaged"),
    "name missing": (lambda s: s["layers"][REGION].pop("name"), ""),
    "visible a string": (_set(("layers", REGION, "visible"), "yes"), "visible was damaged"),
}


@pytest.mark.parametrize("case", sorted(REFUSED))
def test_what_cannot_be_repaired_is_a_user_error_naming_the_file(case, good_project, good_state, tmp_path):
    change, pattern = REFUSED[case]
    bad = _with_state(good_project, tmp_path / "bad.gpkg", _mutated(good_state, change))
    with pytest.raises(UserError, match=pattern) as info:
        load_project(bad)
    assert str(bad) in str(info.value)


@pytest.mark.parametrize("case", sorted(REPAIRED))
def test_what_can_be_repaired_opens_with_a_note(case, good_project, good_state, tmp_path):
    change, expected = REPAIRED[case]
    bad = _with_state(good_project, tmp_path / "bad.gpkg", _mutated(good_state, change))
    notes: list[str] = []
    document = load_project(bad, notes=notes)
    if expected:
        assert any(expected in note for note in notes), notes
    from layers.model import LayerList

    assert isinstance(document.layers, LayerList)  # a role never names one of the document's own attributes
    assert document.region_layer is not None
    if case != "layers empty":
        assert document.region_layer in document.layers


def test_a_state_nested_100000_deep_is_a_user_error(good_project, tmp_path):
    text = '{"format": "regionmap-project", "schema_version": 1, "layers": [], "extra": ' + "[" * 100_000
    bad = _with_state(good_project, tmp_path / "deep.gpkg", text + "]" * 100_000 + "}")
    with pytest.raises(UserError, match="nested too deeply") as info:
        load_project(bad)
    assert str(bad) in str(info.value)


def test_a_table_whose_crs_was_changed_to_wgs84_keeps_finite_coordinates(good_project, tmp_path):
    bad = tmp_path / "srs.gpkg"
    shutil.copy(good_project, bad)
    with sqlite3.connect(bad) as con:  # only the declared CRS changes, as another tool's edit would do
        con.execute("UPDATE gpkg_geometry_columns SET srs_id = 4326")
    notes: list[str] = []
    document = load_project(bad, notes=notes)
    assert any("declares EPSG:4326" in note for note in notes), notes
    for layer in document.layers:
        assert np.isfinite(shapely.get_coordinates(layer.data.geometry.values)).all(), layer.name
    assert document.region_layer.data.total_bounds[0] > 10_000  # still TM35FIN metres


def test_a_reprojected_table_is_projected_back(good_project, tmp_path):
    import pyogrio

    from layers.project.load import read_state

    state = read_state(good_project)
    region = state.layers[REGION]
    frame = pyogrio.read_dataframe(good_project, layer=region.table)
    bad = tmp_path / "wgs84.gpkg"
    shutil.copy(good_project, bad)
    pyogrio.write_dataframe(frame.to_crs(4326), bad, layer=region.table, driver="GPKG")
    notes: list[str] = []
    document = load_project(bad, notes=notes)
    assert not any("declares" in note for note in notes), notes
    np.testing.assert_allclose(document.region_layer.data.total_bounds, frame.total_bounds, atol=1.0)


def test_the_cli_opens_a_repaired_project_and_says_so_on_stderr(good_project, good_state, tmp_path):
    bad = _with_state(good_project, tmp_path / "bad.gpkg",
                      _mutated(good_state, _set(("layers", SETTLEMENTS, "role"), "__class__")))
    out = tmp_path / "out.gpkg"
    proc = subprocess.run([sys.executable, "-m", "app.cli", "project", str(out), "--project", str(bad)],
                          capture_output=True, text=True, cwd=ROOT, timeout=180)
    assert proc.returncode == 0, proc.stderr
    assert "role was damaged" in proc.stderr and "Traceback" not in proc.stderr
    assert out.exists()


# ---- property: any mutation of a valid state opens cleanly (maybe with notes) or is a UserError naming it ----

JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers(-(10**6), 10**12) | st.floats() | st.text(max_size=12),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3),
    max_leaves=6,
)


def _paths(value: Any, prefix: tuple[Any, ...] = ()) -> Iterator[tuple[Any, ...]]:
    yield prefix
    if isinstance(value, dict):
        for key, item in value.items():
            yield from _paths(item, (*prefix, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _paths(item, (*prefix, index))


@st.composite
def mutated_states(draw: st.DrawFn, state: dict[str, Any]) -> dict[str, Any]:
    state = json.loads(json.dumps(state))
    for _ in range(draw(st.integers(1, 3))):
        path = draw(st.sampled_from([p for p in _paths(state) if p]))
        parent = state
        for key in path[:-1]:
            parent = parent[key]
        if draw(st.booleans()) and isinstance(parent, dict):
            del parent[path[-1]]
        else:
            parent[path[-1]] = draw(JSON_VALUES)
        if isinstance(parent, dict) and draw(st.integers(0, 4)) == 0:
            parent[draw(st.text(max_size=10))] = draw(JSON_VALUES)
    return state


@pytest.mark.slow
def test_random_mutations_open_cleanly_or_name_the_file(good_project, good_state, tmp_path):
    counter = iter(range(10_000))

    @settings(max_examples=30, deadline=None, derandomize=True,
              suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
    @given(mutated_states(good_state))
    def check(state: dict[str, Any]) -> None:
        bad = _with_state(good_project, tmp_path / f"m{next(counter)}.gpkg", json.dumps(state))
        try:
            load_project(bad)
        except UserError as exc:
            assert str(bad) in str(exc)
        finally:
            bad.unlink()

    check()


@pytest.mark.parametrize(("code", "word"), [("en", "a second region layer"), ("fi", "toinen aluetaso"),
                                            ("sv", "ett andra regionlager")])
def test_a_second_layer_of_a_role_is_named_in_the_language(good_state, code, word, language):
    """Two layers claiming the region's role: the second becomes ordinary, and the note names the role in the
    interface language (it read "region_layer" with the underscore turned to a space in every language)."""
    from layers.project.state_check import check_state

    language(code)
    state = json.loads(json.dumps(good_state))
    state["layers"][SETTLEMENTS]["role"] = "region_layer"
    repaired, notes = check_state(state, "p.gpkg")
    assert repaired["layers"][SETTLEMENTS]["role"] is None
    assert any(word in note for note in notes), notes
