"""The label engine's pure half: which features are labelled, with what text, in which order, and where.

One engine for the canvas, the export preview and every page (PNG, PDF, SVG): :mod:`app.render.labels` measures
the texts on its paint device and draws what :func:`place_labels` returns; nothing here knows Qt.

* **What**: a boundary layer (up to :data:`MAX_LABELLED_AREAS` areas) is labelled with its ``name`` on the
  largest part of each area; a point layer with a name-like field beside its points, when at most
  :data:`MAX_POINT_LABELS` of them are in the frame.  Points (and areas of other layers) outside the region's
  outline are never labelled: the stations and power plants beyond Uusimaa are context, not the map's subject.
* **Size**: :data:`AREA_POINT_SIZE` and :data:`POINT_POINT_SIZE` are typographic points; the map's drawing unit
  is a screen pixel (1/96 inch, also on paper), so a label is ``points * UNITS_PER_POINT`` map units tall on every
  device and a printed label has the size the preview shows.
* **Priority**: area labels first, by population where the layer has it (else by area), then the point layers,
  top layer first.  A label that would overlap one already placed (or an obstacle such as the scale bar; for a
  point label also another labelled point's symbol) tries
  other positions: nudged around its anchor while its centre stays inside its area, then beside the anchor for
  an area too small to hold it; point labels try the eight positions around their symbol.  A label that finds
  no position can still be placed by moving one placed label to another of its positions (one repair step).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import TYPE_CHECKING, Any

import numpy as np

if TYPE_CHECKING:
    from layers.model import Layer

AREA_POINT_SIZE = 8.5  # typographic points
POINT_POINT_SIZE = 8.0
UNITS_PER_POINT = 96.0 / 72.0  # map units (screen pixels: 1/96 inch on paper) per typographic point
MAX_LABELLED_AREAS = 400
MAX_POINT_LABELS = 120  # point layers are labelled when at most this many of their points are in the frame
PAD_X, PAD_Y = 0.35, 0.12  # free space kept around a label, in label heights
_NAMELESS = ("", "nan", "None", "<NA>")
_REPAIR_TRIES = 12  # positions of an unplaced label tried by the repair step

# Area labels: the label's centre moved by (dx * width, dy * height) from the anchor, nearest first; the centre
# must stay inside the area.  Then, for an area too small for its name, positions beside the anchor.
_AREA_NUDGES = sorted(((dx, dy) for dx in (0.0, -0.2, 0.2, -0.4, 0.4, -0.6, 0.6)
                       for dy in (0.0, -0.6, 0.6, -1.2, 1.2, -1.8, 1.8, -2.4, 2.4)),
                      key=lambda d: (d[0] * 2.0) ** 2 + d[1] ** 2)
_BESIDE = ((0.0, -1.0), (0.0, 1.0), (1.0, 0.0), (-1.0, 0.0), (1.0, -1.0), (-1.0, -1.0), (1.0, 1.0), (-1.0, 1.0))
_BESIDE_FARTHER = (1.0, 2.2, 3.4)  # area labels: beside the anchor, then one and two label heights farther
_NUDGES = np.asarray(_AREA_NUDGES)
_BESIDE_XY = np.tile(np.asarray(_BESIDE), (len(_BESIDE_FARTHER), 1))
_BESIDE_GAPS = np.repeat(np.asarray(_BESIDE_FARTHER) - 0.85, len(_BESIDE))  # in label heights
_POINT_XY = np.asarray(_BESIDE[2:] + _BESIDE[:2])
_POINT_CORNER = np.where((_POINT_XY[:, 0] != 0) & (_POINT_XY[:, 1] != 0), 0.7, 1.0)


class LabelKind(StrEnum):
    AREA = "area"  # centred in its area, bold
    POINT = "point"  # beside its point symbol


def point_size(kind: LabelKind) -> float:
    """The label's size in typographic points."""
    return AREA_POINT_SIZE if kind == LabelKind.AREA else POINT_POINT_SIZE


@dataclass(frozen=True)
class LayerLabels:
    """What one layer labels, in map coordinates (EPSG:3067); computed once per layer data."""

    kind: LabelKind
    texts: list[str]
    anchors: np.ndarray  # (n, 2): an area's inner point, or a drawn point
    weights: np.ndarray  # (n,): higher is placed first within the layer
    geometries: np.ndarray | None = None  # (n,): areas, prepared, for "is the label's centre inside"


@dataclass(frozen=True)
class LabelRequest:
    """One label to place, in device units (the painter's coordinates, y down)."""

    text: str
    kind: LabelKind
    x: float
    y: float
    group: int = 0  # placed in order of group, then of weight (higher first)
    weight: float = 0.0
    offset: float = 0.0  # point labels: from the point's centre to the label (symbol radius and a gap)
    geometry: Any = None  # areas: the shapely polygon in map coordinates (needs ``to_map`` in place_labels)


@dataclass(frozen=True)
class PlacedLabel:
    text: str
    kind: LabelKind
    x: float  # centre of the label box
    y: float
    w: float
    h: float
    request: int = -1  # index in the requests

    @property
    def box(self) -> tuple[float, float, float, float]:
        return self.x - self.w / 2, self.y - self.h / 2, self.x + self.w / 2, self.y + self.h / 2


Box = tuple[float, float, float, float]  # x0, y0, x1, y1 in device units
MeasureFn = Callable[[str, LabelKind], tuple[float, float]]  # text -> (width, height) in device units


# ---- what is labelled ------------------------------------------------------------------------------------------
def label_texts(layer: Layer, field_name: str, rows: np.ndarray | None = None) -> list[str]:
    """The label of each feature (of ``rows``, default all), "" where it has none: the place name in the interface
    language (:func:`layers.names.column_labels`: Finnish, Swedish or both, from ``field_name`` and its Swedish
    partner field) where the layer has name fields, else the value of ``field_name``.

    The one place a label's text is chosen."""
    from layers.names import column_labels

    labels = column_labels(layer.data, field_name)
    values = np.asarray(labels if len(labels) == len(layer.data) else layer.data[field_name].astype(str).tolist(),
                        dtype=object)
    if rows is not None:
        values = values[rows]
    return ["" if str(v) in _NAMELESS else str(v) for v in values.tolist()]


def area_label_field(layer: Layer) -> str | None:
    """The field an area layer is labelled with: "name" of a boundary layer that is not too big, else None."""
    from layers.model import LayerKind

    if layer.kind != LayerKind.BOUNDARY or len(layer.data) > MAX_LABELLED_AREAS:
        return None
    return "name" if "name" in layer.data.columns else None


def point_label_field(layer: Layer) -> str | None:
    """The field a point layer's labels come from (a name-like field; never an id or a code), or None."""
    from layers.query import label_field

    name = label_field([str(c) for c in layer.data.columns if c != layer.data.geometry.name])
    return None if name is None or name.lower() in ("id", "code", "ref", "kunta") else name


def area_labels(layer: Layer) -> LayerLabels | None:
    """An anchor (the pole of inaccessibility of the largest part: the point farthest inside it, so the name
    sits on the main body of a municipality, never on an island or outside a concave one) and a text per area."""
    import shapely

    field_name = area_label_field(layer)
    if field_name is None:
        return None
    geoms = np.asarray(layer.data.geometry.values, dtype=object)
    texts = label_texts(layer, field_name)
    ok = ~(shapely.is_missing(geoms) | shapely.is_empty(geoms)) & np.array([bool(t) for t in texts], dtype=bool)
    anchors = []
    for g in geoms[ok]:
        parts = shapely.get_parts(g)
        main = parts[int(np.argmax(shapely.area(parts)))] if len(parts) > 1 else g
        anchors.append(_inner_point(main))
    weights = _area_weights(layer)[ok]
    kept = geoms[ok].copy()
    shapely.prepare(kept)
    return LayerLabels(LabelKind.AREA, [t for t, k in zip(texts, ok.tolist(), strict=True) if k],
                       np.asarray(anchors, dtype=np.float64).reshape(-1, 2), weights, kept)


def _inner_point(polygon: Any) -> tuple[float, float]:
    import shapely

    try:
        size = max(np.ptp(np.asarray(polygon.bounds).reshape(2, 2), axis=0))
        circle = shapely.maximum_inscribed_circle(polygon, tolerance=max(size / 200.0, 1.0))
        x, y = shapely.get_coordinates(circle)[0]
        if polygon.contains(shapely.Point(x, y)):
            return float(x), float(y)
    except Exception:  # a degenerate polygon: fall back to any point inside
        pass
    x, y = shapely.get_coordinates(shapely.point_on_surface(polygon))[0]
    return float(x), float(y)


def _area_weights(layer: Layer) -> np.ndarray:
    """Population where the layer has a numeric ``population`` field, else area (km², far below any town)."""
    import pandas as pd

    data = layer.data
    area = np.nan_to_num(data.geometry.area.to_numpy(dtype=np.float64) / 1e6)
    if "population" in data.columns:
        people = pd.to_numeric(data["population"], errors="coerce").to_numpy(dtype=np.float64)
        if np.isfinite(people).any():
            return np.where(np.isfinite(people), people * 1e3, area)
    return area


def point_labels(layer: Layer, coords: np.ndarray, rows: np.ndarray) -> LayerLabels | None:
    """A text per drawn point (``coords`` with their feature ``rows``), or None when the layer has no name field."""
    field_name = point_label_field(layer)
    if field_name is None:
        return None
    texts = label_texts(layer, field_name, rows)
    keep = np.array([bool(t) for t in texts], dtype=bool)
    if not keep.any():
        return None
    return LayerLabels(LabelKind.POINT, [t for t, k in zip(texts, keep.tolist(), strict=True) if k],
                       np.asarray(coords, dtype=np.float64)[keep], -np.arange(int(keep.sum()), dtype=np.float64))


def inside_outline(outline: Any, xy: np.ndarray) -> np.ndarray:
    """Which map points lie inside ``outline`` (the region: a prepared shapely geometry), all where it is None."""
    import shapely

    if outline is None or len(xy) == 0:
        return np.ones(len(xy), dtype=bool)
    return np.asarray(shapely.contains_xy(outline, xy[:, 0], xy[:, 1]), dtype=bool)


# ---- where ---------------------------------------------------------------------------------------------------
@dataclass
class _Slot:
    request: int
    candidates: np.ndarray  # (k, 4) boxes, best first
    chosen: int = -1
    boxes: list[int] = field(default_factory=list)


def place_labels(requests: Sequence[LabelRequest], measure: MeasureFn, frame: Box, *,
                 to_map: Callable[[np.ndarray], np.ndarray] | None = None,
                 obstacles: Sequence[Box] = ()) -> list[PlacedLabel]:
    """Place as many labels as fit, by priority, none overlapping another or an obstacle, each wholly inside
    ``frame``; ``measure`` gives a text's box in device units and ``to_map`` turns device points into map
    coordinates (for the "centre inside its area" test of area labels)."""
    order = sorted(range(len(requests)), key=lambda i: (requests[i].group, -requests[i].weight, i))
    sizes = {i: measure(requests[i].text, requests[i].kind) for i in order}
    fixed = np.asarray([b for b in obstacles], dtype=np.float64).reshape(-1, 4)
    symbols, symbol_of = _symbol_boxes(requests)
    slots = []
    for i in order:
        cands = _candidates(requests[i], sizes[i], frame, to_map)
        keep = ~_hits(cands, fixed)
        if requests[i].kind == LabelKind.POINT and len(symbols) > 1:  # never over another point's symbol
            h = sizes[i][1]
            over = _overlap_matrix(cands + np.array([PAD_X * h, PAD_Y * h, -PAD_X * h, -PAD_Y * h]), symbols)
            over[:, symbol_of[i]] = False
            keep &= ~over.any(axis=1)
        slots.append(_Slot(i, cands[keep]))
    store = np.empty((len(slots) + 1, 4))  # padded boxes of the placed labels, in order of placement
    n = 0
    owner: list[int] = []  # slot index of each placed box
    for s, slot in enumerate(slots):
        if not len(slot.candidates):
            continue
        free = np.flatnonzero(~_hits(slot.candidates, store[:n]))
        if len(free):
            slot.chosen = int(free[0])
            store[n] = slot.candidates[slot.chosen]
            n += 1
            owner.append(s)
        elif requests[slot.request].kind == LabelKind.AREA:  # an area is named: move others to make room
            boxes, owner = _repair(slots, s, store[:n], owner)
            n = len(boxes)
            store[:n] = boxes
    out = []
    for slot in slots:
        if slot.chosen < 0:
            continue
        r = requests[slot.request]
        w, h = sizes[slot.request]
        x0, y0, x1, y1 = slot.candidates[slot.chosen]
        out.append(PlacedLabel(r.text, r.kind, (x0 + x1) / 2, (y0 + y1) / 2, w, h, slot.request))
    return out


def _symbol_boxes(requests: Sequence[LabelRequest]) -> tuple[np.ndarray, dict[int, int]]:
    """The boxes of the labelled points' symbols (``offset`` is the symbol's radius and a gap), and which box is
    each point request's own."""
    rows = [i for i, r in enumerate(requests) if r.kind == LabelKind.POINT]
    if not rows:
        return np.empty((0, 4)), {}
    a = np.asarray([(requests[i].x, requests[i].y, max(requests[i].offset - 1.0, 0.0)) for i in rows])
    boxes = np.column_stack([a[:, 0] - a[:, 2], a[:, 1] - a[:, 2], a[:, 0] + a[:, 2], a[:, 1] + a[:, 2]])
    return boxes, {i: k for k, i in enumerate(rows)}


def _repair(slots: list[_Slot], s: int, boxes: np.ndarray, owner: list[int]) -> tuple[np.ndarray, list[int]]:
    """Place slot ``s`` at a position blocked by at most two placed labels that can all move to free positions
    of their own (nearest first); the boxes and owners unchanged when there is none."""
    slot = slots[s]
    if len(boxes) == 0:
        return boxes, owner
    cands = slot.candidates
    blocked = _overlap_matrix(cands, boxes)
    count = blocked.sum(axis=1)
    tries = np.flatnonzero((count >= 1) & (count <= 2))[:_REPAIR_TRIES]
    for c in tries.tolist():
        cand = cands[c]
        blocking = np.flatnonzero(blocked[c]).tolist()
        rest = np.vstack([np.delete(boxes, blocking, axis=0), cand])
        moves: list[tuple[int, int]] = []
        for b in blocking:
            other = slots[owner[b]]
            ok = ~_hits(other.candidates, rest)
            ok[other.chosen] = False
            free = np.flatnonzero(ok)
            if not len(free):
                break
            moves.append((owner[b], int(free[0])))
            rest = np.vstack([rest, other.candidates[int(free[0])]])
        if len(moves) < len(blocking):
            continue
        slot.chosen = c
        for o, choice in moves:
            slots[o].chosen = choice
        owner = [o for i, o in enumerate(owner) if i not in blocking] + [s] + [o for o, _ in moves]
        return rest, owner
    return boxes.copy(), owner


def _overlap_matrix(candidates: np.ndarray, boxes: np.ndarray) -> np.ndarray:
    """(k, m): whether candidate box i overlaps box j."""
    c, b = candidates[:, None, :], boxes[None, :, :]
    return np.asarray((b[..., 0] < c[..., 2]) & (b[..., 2] > c[..., 0]) & (b[..., 1] < c[..., 3])
                      & (b[..., 3] > c[..., 1]), dtype=bool)


def _hits(candidates: np.ndarray, boxes: np.ndarray) -> np.ndarray:
    """Which candidate boxes overlap any of ``boxes``."""
    if len(boxes) == 0 or len(candidates) == 0:
        return np.zeros(len(candidates), dtype=bool)
    return np.asarray(_overlap_matrix(candidates, boxes).any(axis=1), dtype=bool)


def _candidates(r: LabelRequest, size: tuple[float, float], frame: Box,
                to_map: Callable[[np.ndarray], np.ndarray] | None) -> np.ndarray:
    """The padded boxes a label may take, best first, each wholly inside ``frame``."""
    w, h = size
    if r.kind == LabelKind.AREA:
        centres = np.array([r.x, r.y]) + _NUDGES * (w, h)
        if r.geometry is not None and to_map is not None:
            import shapely

            xy = to_map(centres)
            centres = centres[np.asarray(shapely.contains_xy(r.geometry, xy[:, 0], xy[:, 1]), dtype=bool)]
        half = np.array([w / 2, h / 2])
        beside = np.array([r.x, r.y]) + _BESIDE_XY * (half + (_BESIDE_GAPS * h)[:, None])
        centres = np.vstack([centres, beside])
    else:  # right, left, the four corners, above, below; ``offset`` from the point's centre to the box
        centres = np.array([r.x, r.y]) + _POINT_XY * (np.array([w / 2, h / 2]) + r.offset * _POINT_CORNER[:, None])
    px, py = PAD_X * h, PAD_Y * h
    out = np.column_stack([centres[:, 0] - w / 2 - px, centres[:, 1] - h / 2 - py,
                           centres[:, 0] + w / 2 + px, centres[:, 1] + h / 2 + py])
    x0, y0, x1, y1 = frame
    inside = (out[:, 0] + px >= x0) & (out[:, 1] + py >= y0) & (out[:, 2] - px <= x1) & (out[:, 3] - py <= y1)
    return out[inside]
