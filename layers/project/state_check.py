"""Check a project's JSON state against a schema and repair what can be repaired, saying what was.

A project is a file anyone can hand you (or an old tool can damage), so the state read from it is data, never
trusted: before any of it reaches the document it is validated against :data:`STATE_SCHEMA` (JSON Schema 2020-12,
checked with ``jsonschema``, so the allowed shape is written down in one declarative place instead of being
implied by scattered ``isinstance`` checks).  Then :func:`check_state` repairs by the path of each error:

- a field of the wrong type or out of range (a layer's ``kind``, ``visible``, ``columns``…, the top-level
  ``hotspot_params``, ``extra``, ``view``…) is dropped, so the dataclass default applies;
- a layer entry that is not an object or has no usable ``table`` is dropped (its data cannot be found);
- rules a schema cannot say are checked in code: each built-in role at most once, a geometry column that is not
  also an attribute's name, unique column names.

Each repair is described in a note (for the message bar, stderr and the log).  What cannot be repaired (the
layer list itself missing or not a list) raises :class:`~layers.errors.UserError` naming the file.
"""

from __future__ import annotations

from typing import Any

from jsonschema import Draft202012Validator, ValidationError

from layers.errors import UserError
from layers.i18n import QT_TRANSLATE_NOOP, translate

# Roles of the document's built-in layers (attributes of MapDocument); layers.project.schema uses these.
ROLES = ("region_layer", "hotspot_layer", "in_between_layer", "settlement_layer")
ROLE_WORDS = {"region_layer": QT_TRANSLATE_NOOP("project", "region layer"),
              "hotspot_layer": QT_TRANSLATE_NOOP("project", "hot spot layer"),
              "in_between_layer": QT_TRANSLATE_NOOP("project", "in-between layer"),
              "settlement_layer": QT_TRANSLATE_NOOP("project", "settlement layer")}  # "{label}: a second {role}"

_STRING = {"type": "string"}
_BOOLEAN = {"type": "boolean"}

LAYER_SCHEMA: dict[str, Any] = {
    "type": "object",
    "required": ["table"],
    "properties": {
        "table": {"type": "string", "minLength": 1},
        "name": _STRING,
        "kind": _STRING,
        "style": {"type": "object"},
        "visible": _BOOLEAN,
        "radius_m": {"type": ["number", "null"]},
        "service_threshold": {"type": ["number", "null"], "minimum": 0, "maximum": 1000},
        "source": _STRING,
        "attribution": _STRING,
        "note": _STRING,
        "derived": _BOOLEAN,
        "key": _STRING,
        "role": {"enum": [*ROLES, None]},
        "columns": {"type": "array",
                    "items": {"type": "array", "items": _STRING, "minItems": 2, "maxItems": 2}},
        "geometry_column": {"type": "string", "minLength": 1},
        "n_features": {"type": "integer", "minimum": 0},
    },
}

STATE_SCHEMA: dict[str, Any] = {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "title": "regionmap project state",
    "type": "object",
    "required": ["format", "schema_version", "layers"],
    "properties": {
        "format": _STRING,
        "schema_version": {"type": "integer", "minimum": 1},
        "layers": {"type": "array", "items": LAYER_SCHEMA},
        "schematic": _BOOLEAN,
        "region_name": _STRING,
        "region_attribution": _STRING,
        "hotspot_method": {"enum": ["settlements", "layer"]},
        "hotspot_layer_table": {"type": ["string", "null"]},
        "hotspot_params": {
            "type": "object",
            "properties": {
                "min_population": {"type": "integer", "minimum": 1, "maximum": 10_000_000},
                "density_per_km2": {"type": "number", "exclusiveMinimum": 0, "maximum": 1_000_000},
            },
        },
        "view": {"type": ["array", "null"], "items": {"type": "number"}, "minItems": 4, "maxItems": 4},
        "targets": {"type": ["object", "null"]},
        "population_source": {"type": ["object", "null"]},
        "zone_set": {"type": ["object", "null"]},
        "coverage_distance": {"type": ["object", "null"]},
        "extra": {"type": "object"},
        "app_version": _STRING,
        "saved_at": _STRING,
    },
}

_VALIDATOR = Draft202012Validator(STATE_SCHEMA)
# Layer fields whose loss loses the layer (its features cannot be found without its table).
_ESSENTIAL = ("table",)


def check_state(raw: dict[str, Any], where: str) -> tuple[dict[str, Any], list[str]]:
    """``raw`` repaired to fit :data:`STATE_SCHEMA` and the rules beyond it, with a note per repair.

    ``raw`` must be a dict (the caller checked the format and version); it is not changed.
    """
    state = dict(raw)
    layers = state.get("layers")
    if "layers" not in state:
        raise UserError(translate(
            "project", "{where}: the project state has no layer list; the file is damaged; open a backup copy or "
            "the autosaved recovery file").format(where=where))
    if not isinstance(layers, list):
        raise UserError(translate(
            "project", "{where}: the project's layer list is damaged (it is {kind}, not a list); open a backup "
            "copy or the autosaved recovery file").format(where=where, kind=_kind(layers)))
    state["layers"] = [dict(item) if isinstance(item, dict) else item for item in layers]
    if isinstance(state.get("hotspot_params"), dict):
        state["hotspot_params"] = dict(state["hotspot_params"])
    notes: list[str] = []
    try:
        errors = list(_VALIDATOR.iter_errors(state))
    except RecursionError:
        raise UserError(translate(
            "project", "{where}: the project state is damaged (nested too deeply); open a backup copy").format(
            where=where)) from None
    dropped: set[int] = set()
    for error in errors:
        _repair(state, list(error.absolute_path), _describe(error), dropped, notes)
    state["layers"] = [layer for i, layer in enumerate(state["layers"]) if i not in dropped]
    for layer in state["layers"]:  # fields the dataclass needs: a layer without them still opens
        layer.setdefault("name", layer["table"])
        layer.setdefault("kind", "other")
        layer.setdefault("style", {})
    _check_roles(state["layers"], notes)
    for layer in state["layers"]:
        _check_columns(layer, notes)
    return state, notes


def _repair(state: dict[str, Any], path: list[Any], message: str, dropped: set[int], notes: list[str]) -> None:
    """Undo what one schema error points at: drop the field (its default applies) or the layer entry."""
    if not path:
        return  # the root's required keys are checked before validation
    key = path[0]
    if key == "layers" and len(path) >= 2:
        index = path[1]
        layer = state["layers"][index]
        label = _layer_label(layer, index)
        if len(path) == 2 or path[2] in _ESSENTIAL:
            if index not in dropped:
                dropped.add(index)
                notes.append(translate(
                    "project", "{label} was left out: its entry is damaged ({message})").format(
                    label=label, message=message))
            return
        field = path[2]
        if index not in dropped and field in layer and layer[field] is not None:
            if field == "n_features":  # unknown: the table's count is not checked against it
                layer[field] = None
                notes.append(translate(
                    "project", "{label}: its feature count was damaged ({message}); not checked").format(
                    label=label, message=message))
                return
            del layer[field]
            notes.append(translate(
                "project", "{label}: {field} was damaged ({message}); used the default").format(
                label=label, field=field, message=message))
        return
    if key == "hotspot_params" and len(path) >= 2:
        params = state.get("hotspot_params")
        if isinstance(params, dict) and path[1] in params:
            del params[path[1]]
            notes.append(translate(
                "project", "hot spot parameter {parameter} was damaged ({message}); used the default").format(
                parameter=path[1], message=message))
        return
    if key in state and key not in ("format", "schema_version", "layers"):
        del state[key]
        notes.append(translate(
            "project", "{key} was damaged ({message}); used the default").format(key=key, message=message))


def _check_roles(layers: list[dict[str, Any]], notes: list[str]) -> None:
    """Each built-in role belongs to one layer: a second region (say) becomes an ordinary layer."""
    seen: set[str] = set()
    for index, layer in enumerate(layers):
        role = layer.get("role")
        if role is None:
            continue
        if role in seen:
            layer["role"] = None
            notes.append(translate(
                "project", "{label}: a second {role}; kept as an ordinary layer").format(
                label=_layer_label(layer, index), role=translate("project", ROLE_WORDS[role])))
        seen.add(role)


def _check_columns(layer: dict[str, Any], notes: list[str]) -> None:
    """Column names must be unique and the geometry column must not share an attribute's name."""
    columns = layer.get("columns") or []
    attributes = [orig for orig, stored in columns if stored]
    stored_names = [stored.lower() for _orig, stored in columns if stored]
    label = _layer_label(layer, None)
    if len(set(attributes)) != len(attributes) or len(set(stored_names)) != len(stored_names):
        del layer["columns"]
        notes.append(translate(
            "project", "{label}: its column list names a column twice; the columns keep their stored names").format(
            label=label))
        attributes = []
    geometry = layer.get("geometry_column", "geometry")
    if geometry in attributes:
        name, i = "geometry", 2
        while name in attributes:
            name, i = f"geometry_{i}", i + 1
        layer["geometry_column"] = name
        notes.append(translate(
            "project", "{label}: its geometry column had an attribute's name {geometry!r}; named it {name!r}").format(
            label=label, geometry=geometry, name=name))


def _describe(error: ValidationError) -> str:
    """What is wrong, in words, with the value shown short (a hostile file cannot fill the screen)."""
    value = _short(repr(error.instance), 40)
    rule, expected = error.validator, error.validator_value
    if rule == "type":
        wanted = " or ".join(expected) if isinstance(expected, list) else str(expected)
        return f"{value} is {_kind(error.instance)}, not {wanted}"
    if rule == "enum":
        return f"{value} is not one of the allowed values"
    if rule == "required":
        return _short(error.message)
    if rule in ("minItems", "maxItems"):
        return f"{value} has the wrong number of items"
    if rule in ("minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "minLength"):
        return f"{value} is out of range"
    return _short(error.message)


def _layer_label(layer: Any, index: int | None) -> str:
    if isinstance(layer, dict):
        for key in ("name", "table"):
            if isinstance(layer.get(key), str) and layer[key]:
                return translate("project", "layer {name}").format(name=_short(repr(layer[key])))
    if index is not None:
        return translate("project", "layer #{n}").format(n=index + 1)
    return translate("project", "a layer")


def _kind(value: Any) -> str:
    names = {dict: "an object", str: "a string", bool: "true or false", type(None): "null", list: "a list"}
    return names.get(type(value), "a number" if isinstance(value, int | float) else type(value).__name__)


def _short(text: str, limit: int = 80) -> str:
    """A message cut short so a hostile file cannot fill the screen."""
    return text if len(text) <= limit else text[:limit - 1] + "…"
