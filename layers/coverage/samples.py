"""The data types every coverage module shares: the zones' samples, their grids and their cells' geometry.

Made by :mod:`.sampling` (the samples, once per region) and :mod:`.cells` (the cell geometry); read by all the
rest.  Nothing here imports another coverage module.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np


@dataclass
class ZoneGrid:
    """The grid of one zone: origin, spacing and shape (for turning samples back into cells)."""

    x0: float
    y0: float
    spacing: float
    nx: int
    ny: int


@dataclass
class CellGeometry:
    """What every coverage answer needs about the sample grid (see :func:`layers.coverage.cells.cell_geometry`)."""

    x0: np.ndarray  # per zone: grid origin and spacing (0 for a zone without a grid)
    y0: np.ndarray
    spacing: np.ndarray
    max_spacing: float
    cx: np.ndarray  # per sample: cell centre (the sample itself for population points)
    cy: np.ndarray
    half: np.ndarray  # half diagonal of the cell (0 for population points)
    reach: np.ndarray  # farthest a point of the cell can be from the (randomly placed) sample
    block: np.ndarray  # per sample: its block
    block_x: np.ndarray  # per block: centre
    block_y: np.ndarray
    block_reach: np.ndarray  # per sample: how far a point of its cell can be from its block's centre
    block_reach_max: float
    edge_cells: np.ndarray  # sorted samples whose cell the zone outline cuts
    edge_sub: np.ndarray  # (edge cells, m*m, 2) float32 sub-sample offsets inside the cell, in cell units
    edge_inside: np.ndarray  # (edge cells, m*m) bool: the sub-sample lies inside the zone
    zone_ends: np.ndarray | None  # where each zone's samples end, when the samples are in zone order


Q = 65536  # a grid sample's place in its cell: one of Q x Q positions (uint16 offsets, :func:`placed`)
SUB_Q = 256  # an edge cell's sub-sample's place in its sub-cell: one of SUB_Q x SUB_Q (uint8 offsets)


@dataclass
class CompactSamples:
    """What a region's grid samples and their cell geometry are built from, and all the zone cache keeps
    (:func:`layers.coverage.cells.expand`): a cold run builds its samples from this too, so a cold run and a
    warm one compute with the same values.  Per zone ``counts`` (samples, in zone order) and ``factor`` (the
    zone's area over the sum of its cells' areas); per sample ``ix``, ``iy`` (cell), ``qx``, ``qy`` (uint16
    place in the cell) and ``block``; per block its centre; per edge cell (``edge_cells``, sorted) its area
    inside the zone before ``factor``, its sub-samples' uint8 places ``sub_q`` (edge cells, m*m, 2) and whether
    each lies inside the zone (``inside``)."""

    grids: list[ZoneGrid | None]
    counts: np.ndarray  # int64 per zone
    factor: np.ndarray  # float64 per zone
    ix: np.ndarray  # int32
    iy: np.ndarray
    qx: np.ndarray  # uint16
    qy: np.ndarray
    block: np.ndarray  # int32
    block_x: np.ndarray  # float64 per block
    block_y: np.ndarray
    edge_cells: np.ndarray  # int64
    cut_area: np.ndarray  # float64 per edge cell
    sub_q: np.ndarray  # uint8 (edge cells, m*m, 2)
    inside: np.ndarray  # bool (edge cells, m*m)


def placed(origin: np.ndarray | float, index: np.ndarray, q: np.ndarray,
           spacing: np.ndarray | float, out: np.ndarray | None = None) -> np.ndarray:
    """The coordinate of the sample at uint16 place ``q`` in cell ``index`` of a grid (``origin``,
    ``spacing``): one formula for the cold run's tests and for every later rebuild, so both give the same
    float64 values to the last bit (in place: the same operations in the same order, fewer passes; into
    ``out`` if given)."""
    if out is None:
        out = q.astype(np.float64)
    else:
        np.copyto(out, q)
    out += 0.5
    out /= Q
    out += index
    out *= spacing
    out += origin
    return out


@dataclass
class Samples:
    """Sample points of all zones.  ``area_w`` in m2, ``pop_w`` in people (zeros without population data)."""

    x: np.ndarray
    y: np.ndarray
    zone: np.ndarray  # int32 zone index
    ix: np.ndarray  # int32 column in the zone grid (-1 for population points)
    iy: np.ndarray
    area_w: np.ndarray  # float64
    pop_w: np.ndarray  # float64
    grids: list[ZoneGrid | None]
    n_zones: int
    edge: np.ndarray | None = None  # bool: the sample's cell is cut by the zone outline
    cells: CellGeometry | None = field(default=None, repr=False, compare=False)  # derived once per region
    compact: CompactSamples | None = field(default=None, repr=False, compare=False)  # what they were built from
    key: str = field(default="", repr=False, compare=False)  # the zones' and settings' key (:mod:`.sampling`)

    def __post_init__(self) -> None:
        if self.edge is None:
            self.edge = np.zeros(len(self.x), dtype=bool)

    def __len__(self) -> int:
        return len(self.x)


def spacing_for(area_m2: float, target_samples: int, min_spacing: float, max_spacing: float) -> float:
    return float(np.clip(np.sqrt(area_m2 / max(target_samples, 1)), min_spacing, max_spacing))
