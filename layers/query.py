"""What is at a map point: the features under the cursor, the field that names them and their attributes.

Qt-free, so that the canvas (hover, identify), the identify dock and the painter (point labels) share one rule
for which feature is hit and what it is called.  Map coordinates are metres in EPSG:3067.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from layers.document import MapDocument
    from layers.model import Layer
    from layers.names import PlaceName

MAX_HITS_PER_LAYER = 10


@dataclass(frozen=True)
class Hit:
    """One feature under the cursor: the canvas highlights it, the identify dock lists it, the status bar names it."""

    layer: Layer
    row: int
    distance_m: float  # 0 inside a polygon


def features_at(document: MapDocument, x: float, y: float, tolerance_m: float) -> list[Hit]:
    """Features of visible layers at (x, y) in EPSG:3067: points and lines within ``tolerance_m``, polygons
    containing the point (or within the tolerance of their edge).  Top layer first; within a layer nearest
    first.  Points and lines come before polygons so that a small feature on top of an area wins the hover."""
    import numpy as np
    import shapely

    point = shapely.Point(x, y)
    small: list[Hit] = []
    areas: list[Hit] = []
    for layer in reversed(list(document.layers)):
        if not layer.visible or len(layer.data) == 0 or layer.style.opacity <= 0:
            continue
        gdf = layer.data
        idx = gdf.sindex.query(shapely.box(x - tolerance_m, y - tolerance_m, x + tolerance_m, y + tolerance_m))
        if len(idx) == 0:
            continue
        geoms = np.asarray(gdf.geometry.values, dtype=object)[idx]
        dist = shapely.distance(geoms, point)
        ok = dist <= tolerance_m
        order = np.argsort(dist[ok], kind="stable")[:MAX_HITS_PER_LAYER]
        rows, dists = np.asarray(idx)[ok][order], dist[ok][order]
        type_ids = shapely.get_type_id(geoms[ok][order])
        for row, d, tid in zip(rows.tolist(), dists.tolist(), type_ids.tolist(), strict=True):
            (areas if tid in (3, 6) else small).append(Hit(layer, int(row), float(d)))
    return small + areas


_LABEL_FIELDS = ("name", "nimi", "namn", "label", "title")
_ID_FIELDS = ("code", "id", "kunta", "ref")


def label_field(columns: list[str]) -> str | None:
    """The field that best names a feature: ``name``-like first (also ``stop_name``, ``NIMI``), then ids."""
    lower = {str(c).lower(): str(c) for c in columns}
    for key in _LABEL_FIELDS:
        if key in lower:
            return lower[key]
    for key in _LABEL_FIELDS:
        for low, original in lower.items():
            if low.endswith("_" + key) or low.startswith(key + "_"):
                return original
    for key in _ID_FIELDS:
        if key in lower:
            return lower[key]
    return None


def feature_label(layer: Layer, row: int) -> str:
    """What a feature is called: its name in the interface language (:mod:`layers.names`), else its id."""
    return feature_name(layer, row).label


def feature_name(layer: Layer, row: int) -> PlaceName:
    """The feature's name and its other-language name (for the tooltip), by the one rule of :mod:`layers.names`."""
    from layers.i18n import translate
    from layers.names import PlaceName, row_name

    data = layer.data
    name = label_field(list(data.columns))
    if name is not None:
        record = data.iloc[row]
        place = row_name({str(k): record[k] for k in data.columns if k != data.geometry.name}, name)
        if place is not None and place.label:
            return place
    return PlaceName(translate("query", "feature {n}").format(n=row + 1))


def feature_attributes(layer: Layer, row: int) -> list[tuple[str, str]]:
    """(field, value) pairs of one feature, with its geometry summarised (type, area or length)."""
    data = layer.data
    record = data.iloc[row]
    geom_col = data.geometry.name
    out: list[tuple[str, str]] = []
    for name in data.columns:
        if name == geom_col:
            continue
        out.append((str(name), format_value(record[name])))
    geom = record[geom_col]
    if geom is not None and not geom.is_empty:
        out.append(("(geometry)", geom.geom_type))
        if geom.area > 0:
            out.append(("(area)", f"{geom.area / 1e6:,.2f} km²"))
        elif geom.length > 0:
            out.append(("(length)", f"{geom.length / 1000:,.2f} km"))
        else:
            out.append(("(E, N)", f"{geom.x:,.0f}, {geom.y:,.0f}"))
    return out


def format_value(value: Any) -> str:
    """An attribute value as the identify panel shows it: empty for missing, thousands separated for numbers."""
    if value is None:
        return ""
    if isinstance(value, float):
        if math.isnan(value):
            return ""
        return f"{value:,.0f}" if value.is_integer() and abs(value) < 1e15 else f"{value:,.4g}"
    return str(value)
