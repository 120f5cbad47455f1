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
    key: str = field(default="", repr=False, compare=False)  # the zones' and settings' key (:mod:`.sampling`)

    def __post_init__(self) -> None:
        if self.edge is None:
            self.edge = np.zeros(len(self.x), dtype=bool)

    def __len__(self) -> int:
        return len(self.x)


def spacing_for(area_m2: float, target_samples: int, min_spacing: float, max_spacing: float) -> float:
    return float(np.clip(np.sqrt(area_m2 / max(target_samples, 1)), min_spacing, max_spacing))
