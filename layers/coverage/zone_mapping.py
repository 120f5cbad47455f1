"""What the zone-set mapping dialog offers, without Qt: the polygon layers with a category field, the distinct
values of a field, and the built-in presets that fit them.

A zone set (:mod:`layers.coverage.zone_sets`) is any polygon layer whose category field maps to zone classes.  The
planner maps the values in a dialog; these functions decide what it lists, so that the window and the tests read
the same choices: a category field has a few distinct values (not an id or a measurement), and a preset is
offered only where it names most of the field's values (SYKE's urban zones, the 7-class urban-rural grid).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from layers.coverage.zone_sets import DEFAULT_TARGET_CLASS, PRESETS, ZoneSet, value_key

if TYPE_CHECKING:
    import geopandas as gpd

    from layers.document import MapDocument
    from layers.model import Layer

MAX_CATEGORIES = 60  # more distinct values than this: an id or a measurement, not a category
PRESET_SHARE = 0.5  # a preset fits a field when it names more than this share of its features
PRESET_VALUES = 0.8  # ... and at least this share of its distinct values (SYKE's zone codes 1-5 are not classes 1-7)


@dataclass(frozen=True)
class FieldValue:
    """One distinct value of a category field: its text, how many polygons have it and their area (km²)."""

    value: str
    count: int
    area_km2: float


def category_fields(data: gpd.GeoDataFrame) -> list[str]:
    """The fields whose values are categories (2 to :data:`MAX_CATEGORIES` distinct values, some shared by
    several polygons; or values a preset names), those a preset fits first.  Counted over each field's distinct
    values, not its rows, so that a 250 m grid of a region (150,000 cells) is listed in a fraction of a second
    (the Zones row lists the candidates whenever the layers change)."""
    out = []
    for col in data.columns:
        if col == "geometry" or str(data[col].dtype).startswith("datetime"):
            continue
        counts = _key_counts(data[col])
        if counts is None:
            continue
        repeats = len(counts) < sum(counts.values())  # an id gives each polygon its own value
        if (2 <= len(counts) <= MAX_CATEGORIES and repeats) or _presets_of(counts):
            out.append(str(col))
    return sorted(out, key=lambda c: not matching_presets(data, c))


MAX_SPELLINGS = 10_000  # more distinct raw values than this: not a category, whatever a preset names


def _key_counts(values: Any) -> dict[str, int] | None:
    """How many rows have each value as the mapping matches it (:func:`value_key`), computed on the distinct raw
    values; None for a field with more than :data:`MAX_SPELLINGS` of them (an id or a measurement)."""
    raw = values.dropna().value_counts(sort=False)
    if len(raw) > MAX_SPELLINGS:
        return None
    out: dict[str, int] = {}
    for value, n in raw.items():
        key = value_key(value)
        out[key] = out.get(key, 0) + int(n)
    return out


def _presets_of(counts: dict[str, int]) -> list[str]:
    """The presets naming more than half of the rows and most of the distinct values of these key counts."""
    total = sum(counts.values())
    if not total:
        return []
    out = []
    for name, preset in PRESETS.items():
        named = {value_key(k) for k in preset.mapping}
        hits = sum(n for k, n in counts.items() if k in named)
        if hits / total > PRESET_SHARE and len(set(counts) & named) / len(counts) >= PRESET_VALUES:
            out.append(name)
    return out


def zone_layer_candidates(document: MapDocument) -> list[tuple[Layer, list[str]]]:
    """The layers that can be a zone set: polygon layers with a category field (the region, the derived hot spots
    and in-between areas and the analysis layers excepted), each with its category fields."""
    from layers.model import geometry_family

    skip = {id(document.hotspot_layer), id(document.in_between_layer), id(document.region_layer)}
    out = []
    for layer in document.layers:
        if layer.derived or id(layer) in skip or not len(layer.data):
            continue
        if geometry_family(layer.data) != "polygon":
            continue
        fields = category_fields(layer.data)
        if fields:
            out.append((layer, fields))
    return out


def field_values(data: gpd.GeoDataFrame, field: str) -> list[FieldValue]:
    """The distinct values of ``field`` (as the mapping matches them: trimmed, case-insensitive, 5.0 is 5), the
    largest area first; each shown as its first spelling."""
    import pandas as pd

    raw = data[field]
    keys_of = {v: value_key(v) for v in raw.dropna().unique()}
    keys = raw.map(keys_of)
    table = pd.DataFrame({"key": keys, "raw": raw, "area": data.geometry.area.to_numpy() / 1e6}).dropna(
        subset=["key"])
    grouped = table.groupby("key", sort=False).agg(count=("area", "size"), area=("area", "sum"),
                                                 shown=("raw", "first"))
    return sorted((FieldValue(str(r.shown).strip(), int(r.count), float(r.area)) for r in grouped.itertuples()),
                  key=lambda v: -v.area_km2)


def matching_presets(data: gpd.GeoDataFrame, field: str) -> list[str]:
    """The presets that name more than half of the field's features and most of its distinct values (offered in
    the dialog for this field)."""
    counts = _key_counts(data[field])
    return _presets_of(counts) if counts else []


def preset_classes(preset: str, values: list[FieldValue]) -> dict[str, str]:
    """Each listed value's class under ``preset`` ("" where the preset does not name it: left out)."""
    mapping = {value_key(k): v for k, v in PRESETS[preset].mapping.items()}
    return {v.value: mapping.get(value_key(v.value), "") for v in values}


def zone_set_of(layer_name: str, field: str, classes: dict[str, str], preset: str | None,
                target: str | None) -> ZoneSet:
    """The zone set the dialog's choices make: ``classes`` value -> class ("" leaves a value out).  Where they
    are exactly what ``preset`` gives, the zone set is the preset (so outputs name it); ``target`` defaults to
    the intermediate class where there is one, else the first class."""
    mapping = {value: cls.strip() for value, cls in classes.items() if cls.strip()}
    if preset is not None:
        named = {value_key(k): v for k, v in PRESETS[preset].mapping.items()}
        if any(named.get(value_key(v)) != c for v, c in mapping.items()) or len(mapping) != len(
                [v for v in classes if value_key(v) in named]):
            preset = None  # edited: the planner's own mapping
    zone_set = ZoneSet(layer_name, field, dict(PRESETS[preset].mapping) if preset else mapping, preset)
    classes_in = zone_set.classes
    chosen = target if target in classes_in else (DEFAULT_TARGET_CLASS if DEFAULT_TARGET_CLASS in classes_in
                                                   else (classes_in[0] if classes_in else DEFAULT_TARGET_CLASS))
    return ZoneSet(zone_set.source, field, zone_set.mapping, preset, chosen)
