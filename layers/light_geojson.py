"""GeoJSON text to columns and shapely geometries as GDAL reads them, with Python's json and numpy only.

The light reader (:mod:`layers.io.light_read`) and the light twins of the shipped data (:mod:`layers.shipped`, a
layer below ``layers.io``: hence this module's place) read GeoJSON without pandas, geopandas and pyogrio (0.8 s of
imports).  What they get must be what :func:`layers.io.read_layer` gets from GDAL's GeoJSON driver, so this takes
only what it knows GDAL reads the same way, and raises :class:`Declined` for anything else (the full reader then
reads the file, with its messages):

* a FeatureCollection of Features (no foreign members on a feature), each with a null geometry or a Point,
  LineString, Polygon or Multi* geometry of 2D positions (3D, empty parts, unclosed or short rings, a
  GeometryCollection: declined; GDAL declares EPSG:4979 for 3D GeoJSON);
* the CRS GDAL declares: EPSG:4326 without a ``crs`` member (RFC 7946), or the legacy member naming CRS84,
  EPSG:4326 or EPSG:3067;
* the columns as GDAL types them (:func:`_column`): strings (no date-like strings: GDAL makes them date
  fields), integers (int32 when all fit, else int64; with nulls float64 and NaN, as the frame has them), reals
  (float64, NaN for nulls), booleans (bool; with nulls objects ``True``/``False``/``None``), all-null fields
  (objects ``None``); mixed kinds, lists and objects are declined.  Feature ids: integers are GDAL's feature ids
  (no column); strings on every feature make an ``id`` column first; anything else is declined;
* JSON as GDAL parses it: duplicate keys, ``NaN``/``Infinity`` tokens, integers beyond int64 and a byte order
  mark are declined.

Null geometries are kept as None (the shared preparation, :func:`layers.io.post_read.prepare_geometries`,
skips and counts them as for the full reader).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass
from itertools import chain
from typing import Any

import numpy as np

INT32 = (-(2**31), 2**31 - 1)
INT64 = (-(2**63), 2**63 - 1)
# Strings GDAL's GeoJSON driver may take for a date, a time or a date-time, which make Date/Time/DateTime fields
# ("2024-01-01", "10:00", "10:00 am", "2024-01-01 10:00"; not "1-35", "12:5" or "2024-1-1"): a wider pattern than
# GDAL's, declined rather than guessed at (tests/layers/io/test_light_read.py checks it covers GDAL's).
_DATE_LIKE = re.compile(r"\s*[+-]?(?:T?\d{1,2}:\d\d|\d{3,}[-/]\d\d?[-/]\d)")
_CRS_NAMES = {
    "urn:ogc:def:crs:ogc:1.3:crs84": "EPSG:4326", "urn:ogc:def:crs:ogc::crs84": "EPSG:4326",
    "epsg:4326": "EPSG:4326", "urn:ogc:def:crs:epsg::4326": "EPSG:4326",
    "epsg:3067": "EPSG:3067", "urn:ogc:def:crs:epsg::3067": "EPSG:3067",
}
_RESERVED = frozenset(("geometry", "wkb_geometry"))  # the frame's geometry column, pyogrio's name for it
_FEATURE_MEMBERS = frozenset(("type", "id", "properties", "geometry", "bbox"))
_GEOMETRY_MEMBERS = frozenset(("type", "coordinates", "bbox"))


class Declined(Exception):
    """The text holds something the light reader does not read exactly as GDAL does (the reason)."""


@dataclass
class ParsedGeoJson:
    """A FeatureCollection's columns (in GDAL's order), geometries in the ``declared`` CRS (None for a null one),
    and the CRS GDAL declares for it.  ``GeoTable(parsed.columns, parsed.geometry)`` makes the engine's table
    (:class:`layers.coverage.tables.GeoTable`, which this layer may not import) once in EPSG:3067."""

    columns: dict[str, np.ndarray]
    geometry: np.ndarray
    declared: str


def parse_geojson(data: bytes | str) -> ParsedGeoJson:
    """The FeatureCollection in ``data`` (UTF-8 bytes or text); :class:`Declined` for anything else."""
    if isinstance(data, bytes):
        try:
            data = data.decode("utf-8")  # GDAL reads UTF-8 only (the full reader transcodes Windows-1252)
        except UnicodeDecodeError as exc:
            raise Declined("not UTF-8") from exc
    if data.startswith("\ufeff"):
        raise Declined("a byte order mark")
    try:
        doc = json.loads(data, object_pairs_hook=_no_duplicates, parse_constant=_no_constant)
    except (ValueError, RecursionError) as exc:
        raise Declined(f"not JSON as GDAL reads it ({exc})") from exc
    if not isinstance(doc, dict) or doc.get("type") != "FeatureCollection" or not isinstance(doc.get("features"),
                                                                                             list):
        raise Declined("not a FeatureCollection")
    declared = _declared_crs(doc.get("crs", None), "crs" in doc)
    features = doc["features"]
    for f in features:
        if not isinstance(f, dict) or f.get("type") != "Feature" or not _FEATURE_MEMBERS.issuperset(f):
            raise Declined("a member that is not a plain Feature")
    columns = _columns(features)
    geometries = build_geometries([f.get("geometry") for f in features])
    return ParsedGeoJson(columns, geometries, declared)


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    out = dict(pairs)
    if len(out) != len(pairs):
        raise ValueError("duplicate keys")
    return out


def _no_constant(name: str) -> Any:
    raise ValueError(f"{name} is not JSON")


def _declared_crs(crs: Any, present: bool) -> str:
    if not present:
        return "EPSG:4326"
    if not isinstance(crs, dict) or crs.get("type") != "name" or not isinstance(crs.get("properties"), dict):
        raise Declined("a crs member that is not a name")
    name = crs["properties"].get("name")
    code = _CRS_NAMES.get(name.strip().lower()) if isinstance(name, str) else None
    if code is None:
        raise Declined(f"a crs member naming {name!r}")
    return code


# ---- the columns --------------------------------------------------------------------------------------------
def _columns(features: list[dict[str, Any]]) -> dict[str, np.ndarray]:
    """The properties as GDAL's fields, in the order they first appear, each a column of :func:`_column`."""
    n = len(features)
    values: dict[str, list[Any]] = {}
    ids = [f.get("id") for f in features]
    kinds = {type(i) for i in ids}
    if kinds == {str}:
        if any(isinstance(f.get("properties"), dict) and "id" in f["properties"] for f in features):
            raise Declined("string feature ids and an id property")  # GDAL keeps the property
        values["id"] = ids
    elif kinds == {int}:
        numbers = [int(i) for i in ids if i is not None]
        if len(set(numbers)) != n or min(numbers) < 0 or max(numbers) > INT64[1]:
            raise Declined("feature ids GDAL renumbers (with a warning)")
    elif kinds and kinds != {type(None)}:
        raise Declined("feature ids GDAL would not take as feature numbers")
    for row, f in enumerate(features):
        props = f.get("properties")
        if props is None:
            continue
        if not isinstance(props, dict):
            raise Declined("properties that are not an object")
        for key, value in props.items():
            col = values.get(key)
            if col is None:
                if not key or key.casefold() in _RESERVED:
                    raise Declined("a property GDAL names apart")
                col = values[key] = [None] * n
            col[row] = value
    position = {k: i for i, k in enumerate(values)}
    for f in features:  # GDAL orders the fields by every feature's order; agreeing with the first seen is sure
        order = [position[k] for k in f.get("properties") or ()]
        if order != sorted(order):
            raise Declined("features that order their properties differently")
    folded = {k.casefold() for k in values}
    if len(folded) != len(values) or not all(_plain_text(k) for k in values):
        raise Declined("property names differing only in case, or names GDAL reads otherwise")
    return {key: _column(col) for key, col in values.items()}


def _column(values: list[Any]) -> np.ndarray:
    """One field's values as the full reader's frame holds them (see the module's docstring)."""
    kinds = {type(v) for v in values}
    has_null = type(None) in kinds
    kinds.discard(type(None))
    if not kinds:
        return np.array(values, dtype=object)
    if kinds == {str}:
        if any(v is not None and (_DATE_LIKE.match(v) or not _plain_text(v)) for v in values):
            raise Declined("a date-like string, or text GDAL reads otherwise")
        return np.array(values, dtype=object)
    if kinds == {bool}:
        return np.array(values, dtype=object if has_null else bool)
    if kinds <= {int, float}:
        ints = [v for v in values if type(v) is int]
        if ints and not INT64[0] <= min(ints) <= max(ints) <= INT64[1]:
            raise Declined("an integer beyond 64 bits")
        if kinds == {int} and not has_null:
            small = INT32[0] <= min(ints) <= max(ints) <= INT32[1]
            return np.array(values, dtype=np.int32 if small else np.int64)
        out = np.array([np.nan if v is None else float(v) for v in values], dtype=np.float64)
        if np.isinf(out).any():
            raise Declined("a number beyond the float range")
        return out
    raise Declined("a field of mixed kinds, lists or objects")


def _plain_text(text: str) -> bool:
    """Text GDAL keeps as it is: no NUL (a C string ends there) and no lone surrogate (not UTF-8)."""
    if "\x00" in text:
        return False
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


# ---- the geometries -----------------------------------------------------------------------------------------
def build_geometries(geometries: Iterable[Any]) -> np.ndarray:
    """Shapely geometries of GeoJSON geometry objects (None stays None), built type by type in one call each."""
    import shapely

    items = list(geometries)
    out = np.full(len(items), None, dtype=object)
    by_type: dict[str, list[tuple[int, Any]]] = {}
    for i, g in enumerate(items):
        if g is None:
            continue
        if not isinstance(g, dict) or not _GEOMETRY_MEMBERS.issuperset(g) or "coordinates" not in g:
            raise Declined("a geometry that is not a plain one")
        by_type.setdefault(str(g.get("type")), []).append((i, g["coordinates"]))
    for kind, entries in by_type.items():
        where = np.array([i for i, _ in entries], dtype=np.int64)
        coords = [c for _, c in entries]
        if kind == "Point":
            out[where] = shapely.points(_positions(coords))
        elif kind == "MultiPoint":
            points, index = _parts(coords, _positions_of)
            out[where] = shapely.multipoints(points, indices=index)
        elif kind == "LineString":
            out[where] = _lines(coords)
        elif kind == "MultiLineString":
            lines, index = _flatten(coords)
            out[where] = shapely.multilinestrings(_lines(lines), indices=index)
        elif kind == "Polygon":
            out[where] = _polygons(coords)
        elif kind == "MultiPolygon":
            polys, index = _flatten(coords)
            out[where] = shapely.multipolygons(_polygons(polys), indices=index)
        else:
            raise Declined(f"a geometry of type {kind!r}")
    return out


def _positions(positions: list[Any]) -> np.ndarray:
    """An (n, 2) float array of 2D positions; :class:`Declined` for anything else (3D, strings, nulls, nesting)."""
    if not positions:
        raise Declined("an empty geometry or part")
    try:
        xy = np.array(positions)
    except ValueError as exc:  # ragged: positions of different lengths
        raise Declined("positions of different dimensions") from exc
    if xy.ndim != 2 or xy.shape[1] != 2 or xy.dtype.kind not in "fi":
        raise Declined("positions that are not 2D numbers")
    xy = xy.astype(np.float64, copy=False)
    if not np.isfinite(xy).all():
        raise Declined("a number beyond the float range")  # GDAL refuses 1e999 as broken JSON
    if ((xy == 0.0) | (xy == 1.0)).any() and any(type(v) is bool for p in positions for v in p):
        raise Declined("a boolean coordinate")  # numpy takes true for 1.0; GDAL does not
    return xy


def _positions_of(coords: Any) -> list[Any]:
    if not isinstance(coords, list) or not coords:
        raise Declined("an empty geometry or part")
    return coords


def _parts(coords: list[Any], part: Any) -> tuple[np.ndarray, np.ndarray]:
    """Points of MultiPoints with the index of the geometry each belongs to."""
    import shapely

    flat, index = _flatten([part(c) for c in coords])
    return shapely.points(_positions(flat)), index


def _flatten(coords: list[Any], least: int = 1) -> tuple[list[Any], np.ndarray]:
    """The members of each of ``coords`` (lists of ``least`` members or more) in one list, and the index of the
    one each belongs to."""
    lengths = [len(c) if type(c) is list else -1 for c in coords]
    if lengths and min(lengths) < least:
        raise Declined("an empty geometry or part, or a line or ring with too few positions")
    return list(chain.from_iterable(coords)), np.repeat(np.arange(len(coords), dtype=np.int64), lengths)


def _lines(coords: list[Any]) -> np.ndarray:
    import shapely

    xy, index = _sequences(coords, 2)
    return np.asarray(shapely.linestrings(xy, indices=index))


def _polygons(coords: list[Any]) -> np.ndarray:
    """Polygons of GeoJSON rings (the first of each the shell): every ring closed, of four positions or more."""
    import shapely

    rings, index = _flatten(coords)
    xy, ring_index = _sequences(rings, 4)
    ends = np.cumsum(np.bincount(ring_index, minlength=len(rings)))
    starts = ends - np.bincount(ring_index, minlength=len(rings))
    if not (xy[starts] == xy[ends - 1]).all():
        raise Declined("a ring that is not closed")  # GEOS would close it; GDAL keeps it as written
    return np.asarray(shapely.polygons(shapely.linearrings(xy, indices=ring_index), indices=index))


def _sequences(coords: list[Any], least: int) -> tuple[np.ndarray, np.ndarray]:
    """The positions of lines or rings (each of ``least`` positions or more) and the index of each."""
    flat, index = _flatten(coords, least)
    return _positions(flat), index


__all__ = ["Declined", "ParsedGeoJson", "build_geometries", "parse_geojson"]
