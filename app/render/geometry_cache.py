"""Per-layer, per-zoom-level drawing arrays and QPainterPaths, built once and reused on every repaint.

A layer's geometries are exploded into parts (polygons, lines, points) with the row each part came from.  For a
zoom level (``level = floor(log2(metres per pixel))``) the polygons and lines are simplified with shapely at half
a pixel of that level and flattened to one coordinate array with a Move/Line element type per vertex and the
source row per vertex.  QPainterPaths are built from those arrays through QDataStream (no Python loop per
vertex) and cached per colour group.  Nothing here re-projects: the data is already in EPSG:3067.
"""

from __future__ import annotations

import math
import struct
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import numpy as np
from PySide6.QtCore import QByteArray, QDataStream, Qt
from PySide6.QtGui import QPainterPath

from app.qt_compat import protect_none_refcount

protect_none_refcount()  # PySide6 6.12 on Python 3.11: see app/qt_compat.py

if TYPE_CHECKING:
    from layers.model import Style

MOVE_TO, LINE_TO = 0, 1
TILE_PX = 512  # chunk grid cell, in pixels of the zoom level
LINE_PIECE = 64  # lines are cut into pieces of at most this many vertices, so chunks can be culled
MIN_LEVEL, MAX_LEVEL = -8, 16  # 1/256 m .. 65 km per pixel


def zoom_level(metres_per_pixel: float) -> int:
    """The quantised zoom level of a scale: ``floor(log2(metres per pixel))`` clamped to a sane range."""
    if not math.isfinite(metres_per_pixel) or metres_per_pixel <= 0:
        return 0
    return max(MIN_LEVEL, min(MAX_LEVEL, math.floor(math.log2(metres_per_pixel))))


def path_from_arrays(coords: np.ndarray, types: np.ndarray, winding: bool = True) -> QPainterPath:
    """A QPainterPath from ``coords`` (N x 2) and element ``types`` (0 move-to, 1 line-to), via QDataStream."""
    path = QPainterPath()
    n = len(coords)
    if n == 0:
        return path
    rec = np.empty(n, dtype=[("t", ">i4"), ("x", ">f8"), ("y", ">f8")])
    rec["t"] = types
    rec["x"] = coords[:, 0]
    rec["y"] = coords[:, 1]
    starts = np.flatnonzero(types == MOVE_TO)
    c_start = int(starts[-1]) if len(starts) else 0
    blob = struct.pack(">i", n) + rec.tobytes() + struct.pack(">ii", c_start, 1 if winding else 0)
    stream = QDataStream(QByteArray(blob))
    stream >> path
    return path


def explode(geoms: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Single-part geometries and, for each, the row it came from (rows ascending, empties dropped)."""
    import shapely

    parts, rows = shapely.get_parts(geoms, return_index=True)
    while len(parts):
        multi = shapely.get_type_id(parts) >= 4
        if not multi.any():
            break
        sub, idx = shapely.get_parts(parts[multi], return_index=True)
        parts = np.concatenate([parts[~multi], sub])
        rows = np.concatenate([rows[~multi], rows[multi][idx]])
    keep = ~shapely.is_empty(parts)
    parts, rows = parts[keep], rows[keep]
    order = np.argsort(rows, kind="stable")
    return parts[order], rows[order]


@dataclass
class Strokes:
    """Flattened rings or lines of one zoom level: coordinates, element types and source row per vertex."""

    coords: np.ndarray
    types: np.ndarray
    rows: np.ndarray

    @classmethod
    def empty(cls) -> Strokes:
        return cls(np.empty((0, 2)), np.empty(0, np.int32), np.empty(0, np.int64))

    def __len__(self) -> int:
        return len(self.coords)

    def subset(self, mask: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Coordinates and types of the vertices in ``mask`` (whole rings only: masks are per row)."""
        return self.coords[mask], self.types[mask]


def _flatten(lines: np.ndarray, line_rows: np.ndarray) -> Strokes:
    import shapely

    if len(lines) == 0:
        return Strokes.empty()
    coords, idx = shapely.get_coordinates(lines, return_index=True)
    types = np.full(len(coords), LINE_TO, np.int32)
    if len(idx):
        starts = np.r_[True, idx[1:] != idx[:-1]]
        types[starts] = MOVE_TO
    return Strokes(coords, types, line_rows[idx])


@dataclass
class LevelGeometry:
    """What is drawn of one layer at one zoom level."""

    level: int
    polygons: Strokes
    lines: Strokes
    paths: dict[tuple, list[tuple[str, QPainterPath, tuple[float, float, float, float]]]] = field(
        default_factory=dict)


class LayerGeometry:
    """Drawing arrays of one layer's data, built lazily per zoom level; drop it when the data changes."""

    def __init__(self, data) -> None:  # data: GeoDataFrame in EPSG:3067
        import shapely

        self.n_rows = len(data)
        geoms = np.asarray(data.geometry.values, dtype=object) if self.n_rows else np.empty(0, dtype=object)
        parts, rows = explode(geoms)
        tid = shapely.get_type_id(parts)
        self._polygons, self._polygon_rows = parts[tid == 3], rows[tid == 3]
        line = (tid == 1) | (tid == 2)
        self._lines, self._line_rows = parts[line], rows[line]
        pts = parts[tid == 0]
        self.point_coords = shapely.get_coordinates(pts) if len(pts) else np.empty((0, 2))
        self.point_rows = rows[tid == 0]
        self.vertex_count = int(shapely.get_num_coordinates(parts).sum()) if len(parts) else 0
        self._levels: dict[int, LevelGeometry] = {}
        self._colour_cache: dict[tuple, np.ndarray] = {}
        self._data = data

    @property
    def has_polygons(self) -> bool:
        return len(self._polygons) > 0

    @property
    def has_lines(self) -> bool:
        return len(self._lines) > 0

    @property
    def has_points(self) -> bool:
        return len(self.point_coords) > 0

    def at_level(self, level: int) -> LevelGeometry:
        cached = self._levels.get(level)
        if cached is None:
            cached = self._levels[level] = self.build_level(level)
        return cached

    def has_level(self, level: int) -> bool:
        return level in self._levels

    def adopt_level(self, built: LevelGeometry) -> None:
        """Keep ``built`` (from :meth:`build_level`, perhaps in a worker) unless the level is there already."""
        self._levels.setdefault(built.level, built)

    def build_level(self, level: int) -> LevelGeometry:
        """The drawing arrays of ``level``, built without keeping them (reads this geometry only)."""
        import shapely

        tolerance = 0.5 * 2.0**level
        polygons = Strokes.empty()
        if len(self._polygons):
            simple = shapely.simplify(self._polygons, tolerance, preserve_topology=True)
            keep = ~shapely.is_empty(simple)
            simple = shapely.orient_polygons(simple[keep], exterior_cw=False)
            rings, ring_part = shapely.get_rings(simple, return_index=True)
            polygons = _flatten(rings, self._polygon_rows[keep][ring_part])
        lines = Strokes.empty()
        if len(self._lines):
            simple = shapely.simplify(self._lines, tolerance, preserve_topology=False)
            keep = ~shapely.is_empty(simple)
            lines = _flatten(simple[keep], self._line_rows[keep])
        return LevelGeometry(level, polygons, lines)

    # ---- colours --------------------------------------------------------------------------------------------
    def row_colours(self, style: Style, base: str) -> np.ndarray:
        """Colour per row: the category or class colour of the style's field (:attr:`Style.colour_field`), or
        ``base``."""
        key = (style.colour_rule(), base)
        cached = self._colour_cache.get(key)
        if cached is not None:
            return cached
        field_name = style.category_field
        if style.graduated and style.graduated_field in self._data.columns:
            from layers.classify import class_colours

            colours = class_colours(self._data[style.graduated_field], style.classes, base)
        elif field_name and style.categories and field_name in self._data.columns:
            mapping = dict(style.categories)
            values = self._data[field_name].astype(str).map(mapping).fillna(base)
            colours = values.to_numpy(dtype=object)
        else:
            colours = np.full(self.n_rows, base, dtype=object)
        self._colour_cache[key] = colours
        return colours

    def grouped_paths(
        self, level: LevelGeometry, which: str, style: Style, base: str
    ) -> list[tuple[str, QPainterPath, tuple[float, float, float, float]]]:
        """Paths for ``which`` ("polygons" or "lines") as (colour, path, bounding box) chunks.

        Chunks group features (polygons) or pieces of at most ``LINE_PIECE`` vertices (lines) by colour and by a
        grid of ``TILE_PX`` pixels at this level, so that a zoomed-in view draws only the chunks it shows."""
        key = (which, style.colour_rule(), base)
        cached = level.paths.get(key)
        if cached is not None:
            return cached
        strokes: Strokes = getattr(level, which)
        out: list[tuple[str, QPainterPath, tuple[float, float, float, float]]] = []
        if len(strokes):
            if which == "lines":
                strokes = split_lines(strokes, LINE_PIECE)
            colours = self.row_colours(style, base)
            out = _chunk(strokes, colours, TILE_PX * 2.0**level.level, polygons=(which == "polygons"))
        level.paths[key] = out
        return out

    def rows_path(self, level: LevelGeometry, rows: list[int] | np.ndarray) -> QPainterPath:
        """The polygons and lines of ``rows`` as one path (for highlights)."""
        rows = np.asarray(rows, dtype=np.int64)
        path = QPainterPath()
        path.setFillRule(Qt.FillRule.WindingFill)
        for strokes in (level.polygons, level.lines):
            if len(strokes):
                mask = np.isin(strokes.rows, rows)
                if mask.any():
                    path.addPath(path_from_arrays(*strokes.subset(mask)))
        return path

    def rows_points(self, rows: list[int] | np.ndarray) -> np.ndarray:
        if not len(self.point_coords):
            return np.empty((0, 2))
        return self.point_coords[np.isin(self.point_rows, np.asarray(rows, dtype=np.int64))]


def split_lines(strokes: Strokes, piece: int) -> Strokes:
    """Cut every line into pieces of at most ``piece`` vertices (a cut repeats the vertex, so nothing is lost)."""
    n = len(strokes)
    is_start = strokes.types == MOVE_TO
    line_id = np.cumsum(is_start) - 1
    starts = np.flatnonzero(is_start)
    pos = np.arange(n) - starts[line_id]
    cut = np.flatnonzero((pos % piece == 0) & (pos > 0))
    if not len(cut):
        return strokes
    coords = np.insert(strokes.coords, cut, strokes.coords[cut - 1], axis=0)
    types = np.insert(strokes.types, cut, MOVE_TO)
    rows = np.insert(strokes.rows, cut, strokes.rows[cut - 1])
    return Strokes(coords, types, rows)


def _chunk(strokes: Strokes, row_colours: np.ndarray, cell: float, polygons: bool
           ) -> list[tuple[str, QPainterPath, tuple[float, float, float, float]]]:
    """Group units (a feature's rings for polygons, a sub-path for lines) by colour and grid cell."""
    n = len(strokes)
    # Polygons: vertices are ordered by row and a unit is all rings of one row (holes stay with their shell).
    unit_start = np.r_[True, strokes.rows[1:] != strokes.rows[:-1]] if polygons else strokes.types == MOVE_TO
    starts = np.flatnonzero(unit_start)
    unit = np.cumsum(unit_start) - 1
    x, y = strokes.coords[:, 0], strokes.coords[:, 1]
    x0, x1 = np.minimum.reduceat(x, starts), np.maximum.reduceat(x, starts)
    y0, y1 = np.minimum.reduceat(y, starts), np.maximum.reduceat(y, starts)
    cx = np.floor((x0 + x1) / 2 / cell).astype(np.int64)
    cy = np.floor((y0 + y1) / 2 / cell).astype(np.int64)
    unit_colours = row_colours[strokes.rows[starts]] if len(row_colours) else np.full(len(starts), "#888888")
    palette = list(dict.fromkeys(unit_colours.tolist()))
    if len(palette) == 1:
        colour_idx = np.zeros(len(starts), np.int64)
    else:
        lookup = {c: i for i, c in enumerate(palette)}
        colour_idx = np.fromiter((lookup[c] for c in unit_colours.tolist()), np.int64, len(starts))
    cx -= cx.min()
    cy -= cy.min()
    ny = int(cy.max()) + 1
    nx = int(cx.max()) + 1
    group = colour_idx * (nx * ny) + cx * ny + cy
    order = np.argsort(group, kind="stable")
    unit_lengths = np.diff(np.r_[starts, n])
    vertex_order = np.concatenate([np.arange(starts[u], starts[u] + unit_lengths[u]) for u in order]) \
        if len(order) < 2000 else _expand(starts[order], unit_lengths[order])
    coords, types = strokes.coords[vertex_order], strokes.types[vertex_order]
    sorted_groups = group[order]
    bounds = np.flatnonzero(np.r_[True, sorted_groups[1:] != sorted_groups[:-1]])
    unit_offsets = np.r_[0, np.cumsum(unit_lengths[order])]
    out = []
    ends = np.r_[bounds[1:], len(order)]
    for b, e in zip(bounds.tolist(), ends.tolist(), strict=True):
        units = order[b:e]
        v0, v1 = int(unit_offsets[b]), int(unit_offsets[e])
        bbox = (float(x0[units].min()), float(y0[units].min()), float(x1[units].max()), float(y1[units].max()))
        out.append((palette[int(colour_idx[units[0]])], path_from_arrays(coords[v0:v1], types[v0:v1]), bbox))
    del unit
    return out


def _expand(starts: np.ndarray, lengths: np.ndarray) -> np.ndarray:
    """Concatenated ranges ``starts[i] .. starts[i] + lengths[i]`` without a Python loop."""
    total = int(lengths.sum())
    offsets = np.repeat(starts - np.r_[0, np.cumsum(lengths)[:-1]], lengths)
    return np.arange(total) + offsets
