"""Candidate sites for siting: a point layer the planner gives, a regular grid over the chosen zones, or points
given one by one; each located in its zone (municipality x zone class), those outside the region or in an
excluded zone or area left out with a warning that counts them.

A grid is laid over the bounding box of the chosen zones at the spacing given (cell centres) and clipped to those
zones: a grid node in the sea or in a zone whose people are not counted proposes nothing useful.  Candidates of
a layer or given points may stand anywhere in the region (a stop just inside a hot spot also serves the
in-between area around it), unless their zone class is excluded.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import numpy as np

from layers.errors import UserError
from layers.i18n import QT_TRANSLATE_NOOP, format_number, translate

if TYPE_CHECKING:
    import geopandas as gpd

    from layers.coverage.zones import Zones

MAX_GRID_NODES = 1_000_000  # nodes over the bounding box: more takes long to locate and is finer than samples

# the warnings for candidates left out (English sources, shown translated by _left_out)
NOT_POINTS = QT_TRANSLATE_NOOP("siting", "candidates {label}: {count} feature(s) that are not points are left out")
OUTSIDE = QT_TRANSLATE_NOOP("siting", "candidates {label}: {count} of {total} lie outside the region and are left "
                                      "out")
IN_EXCLUDED_ZONES = QT_TRANSLATE_NOOP("siting", "candidates {label}: {count} in excluded zones ({zones}) are left out")
IN_EXCLUDED_AREAS = QT_TRANSLATE_NOOP("siting", "candidates {label}: {count} in the excluded areas are left out")


@dataclass(frozen=True)
class CandidateSource:
    """Where the candidates come from: ``layer`` (its points), ``grid_m`` (a grid's spacing) or ``points``
    ((x, y) in EPSG:3067); ``label`` names the source in messages ("grid 500 m", the file's name)."""

    layer: gpd.GeoDataFrame | None = None
    grid_m: float | None = None
    points: tuple[tuple[float, float], ...] = ()
    label: str = ""

    @classmethod
    def grid(cls, spacing_m: float) -> CandidateSource:
        if not np.isfinite(spacing_m) or spacing_m <= 0:
            raise UserError(translate("siting", "candidate grid: the spacing must be more than 0 m, not {spacing}; "
                                                "e.g. grid:500").format(spacing=f"{spacing_m:g}"))
        return cls(grid_m=float(spacing_m), label=translate("siting", "grid {spacing} m").format(
            spacing=f"{spacing_m:g}"))

    @classmethod
    def of_layer(cls, data: gpd.GeoDataFrame, label: str) -> CandidateSource:
        return cls(layer=data, label=label)

    @classmethod
    def of_points(cls, points: Sequence[tuple[float, float]], label: str | None = None) -> CandidateSource:
        return cls(points=tuple((float(x), float(y)) for x, y in points),
                   label=translate("siting", "given points") if label is None else label)


@dataclass
class Candidates:
    """The usable candidates: position, zone (row of the zones' frame) and, for a layer's, its row there."""

    x: np.ndarray
    y: np.ndarray
    zone: np.ndarray
    row: np.ndarray  # row of the source layer (-1: grid or given points)
    warnings: list[str] = field(default_factory=list)

    def __len__(self) -> int:
        return len(self.x)


def locate(x: np.ndarray, y: np.ndarray, zones: Zones) -> np.ndarray:
    """The zone (row of ``zones.frame``) each point lies in, -1 outside every zone."""
    import shapely

    out = np.full(len(x), -1, dtype=np.int64)
    if not len(x):
        return out
    tree = shapely.STRtree(zones.frame.geometry.values)
    pt, zi = tree.query(shapely.points(x, y), predicate="intersects")
    first = np.unique(pt, return_index=True)[1]  # a point on a shared border: its first zone
    out[pt[first]] = zi[first]
    return out


def _grid(spacing: float, zones: Zones, chosen: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    import shapely

    x0, y0, x1, y1 = shapely.total_bounds(zones.frame.geometry.values[chosen])
    nx, ny = int(np.ceil((x1 - x0) / spacing)), int(np.ceil((y1 - y0) / spacing))
    if nx * ny > MAX_GRID_NODES:
        coarser = spacing * np.sqrt(nx * ny / MAX_GRID_NODES)
        raise UserError(translate("siting", "candidate grid {spacing} m: {nodes} nodes over the chosen zones' extent "
                                            "are too many (at most {most}); give a spacing of at least {coarser} m")
                        .format(spacing=f"{spacing:g}", nodes=format_number(nx * ny),
                                most=format_number(MAX_GRID_NODES), coarser=f"{np.ceil(coarser):.0f}"))
    gx, gy = np.meshgrid(x0 + spacing * (np.arange(nx) + 0.5), y0 + spacing * (np.arange(ny) + 0.5))
    return gx.ravel(), gy.ravel()


def _left_out(warnings: list[str], label: str, count: int, what: str, **values: str) -> None:
    """The warning for candidates that are dropped (``what``: its English source, with ``{label}``, ``{count}``
    and ``values``; shown translated)."""
    if count:
        warnings.append(translate("siting", what).format(label=label, count=format_number(count), **values))


def _layer_points(data: gpd.GeoDataFrame, label: str, warnings: list[str]) -> tuple[np.ndarray, ...]:
    import shapely

    geoms = data.geometry.values
    is_point = np.isin(shapely.get_type_id(geoms), (0, 4)) & ~shapely.is_empty(geoms)
    if not is_point.any():
        raise UserError(translate("siting", "candidates {label}: the layer has no points; give a point layer (e.g. "
                                            "stops) or grid:SPACING").format(label=label))
    _left_out(warnings, label, int((~is_point).sum()), NOT_POINTS)
    rows = np.flatnonzero(is_point)
    parts, part_of = shapely.get_parts(geoms[rows], return_index=True)
    xy = shapely.get_coordinates(parts)
    return xy[:, 0], xy[:, 1], rows[part_of]


def candidate_sites(source: CandidateSource, zones: Zones, chosen: Sequence[str], exclude: Sequence[str] = (),
                    exclude_areas: gpd.GeoDataFrame | None = None) -> Candidates:
    """The usable candidates of ``source`` in the region.  ``chosen``: the zone classes whose weight counts (a
    grid is clipped to them); ``exclude``: zone classes where no site may stand; ``exclude_areas``: polygons
    where no site may stand.  Raises :class:`UserError` when none is left, saying why."""
    import shapely

    warnings: list[str] = []
    zone_class = zones.frame["zone"].astype(str).to_numpy()
    in_chosen = np.isin(zone_class, list(chosen))
    if source.grid_m is not None:
        x, y = _grid(source.grid_m, zones, in_chosen)
        row = np.full(len(x), -1, dtype=np.int64)
    elif source.layer is not None:
        x, y, row = _layer_points(source.layer, source.label, warnings)
    else:
        xy = np.asarray(source.points, dtype=np.float64).reshape(-1, 2)
        x, y, row = xy[:, 0], xy[:, 1], np.full(len(xy), -1, dtype=np.int64)
    if not len(x):
        raise UserError(translate("siting", "candidates {label}: there are no candidate sites; give a point layer, "
                                            "grid:SPACING or points").format(label=source.label or "given"))
    finite = np.isfinite(x) & np.isfinite(y)
    zone = np.full(len(x), -1, dtype=np.int64)
    zone[finite] = locate(x[finite], y[finite], zones)
    keep = zone >= 0
    if source.grid_m is not None:
        keep &= np.isin(zone_class[np.maximum(zone, 0)], list(chosen))
    elif not keep.any():
        raise UserError(translate("siting", "candidates {label}: none of the {total} candidate sites lies inside the "
                                            "region; check that they are in the region's area and coordinates "
                                            "(EPSG:3067 or a declared CRS)").format(label=source.label,
                                                                                   total=format_number(len(x))))
    else:
        _left_out(warnings, source.label, int((~keep).sum()), OUTSIDE, total=format_number(len(x)))
    if exclude:
        out = keep & np.isin(zone_class[np.maximum(zone, 0)], list(exclude))
        _left_out(warnings, source.label, int(out.sum()), IN_EXCLUDED_ZONES, zones=", ".join(exclude))
        keep &= ~out
    if exclude_areas is not None and not exclude_areas.empty and keep.any():
        tree = shapely.STRtree(exclude_areas.geometry.values)
        idx = np.flatnonzero(keep)
        hit = np.unique(tree.query(shapely.points(x[idx], y[idx]), predicate="intersects")[0])
        _left_out(warnings, source.label, len(hit), IN_EXCLUDED_AREAS)
        keep[idx[hit]] = False
    if not keep.any():
        where = translate("siting", "grid clipped to {zones}").format(zones=", ".join(chosen)) if source.grid_m \
            else translate("siting", "the region")
        if exclude:
            where += translate("siting", ", excluding {zones}").format(zones=", ".join(exclude))
        raise UserError(translate("siting", "candidates {label}: no candidate site is left in the zones where sites "
                                            "may stand ({where}); choose other zones, fewer exclusions or other "
                                            "candidates").format(label=source.label, where=where))
    return Candidates(x[keep], y[keep], zone[keep], row[keep], warnings)
