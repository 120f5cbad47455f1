"""Where the map lands on a paint device: an extent fitted into a target rectangle and the world <-> target maths.

Kept apart from the drawing so that everything that needs the transform (the painter, the page's scale bar, the
benchmarks' naive baseline) shares one definition of it without depending on how layers are drawn.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from PySide6.QtCore import QRectF
from PySide6.QtGui import QTransform

from layers.crs import Extent, fit_extent


@dataclass(frozen=True)
class ViewTransform:
    """World (EPSG:3067) <-> target coordinates for ``extent`` fitted into ``target``."""

    extent: Extent  # already fitted
    left: float
    top: float
    scale: float  # target units per metre

    @classmethod
    def fit(cls, extent: Extent, target: QRectF) -> ViewTransform:
        fitted = fit_extent(extent, target.width(), target.height())
        scale = target.width() / (fitted[2] - fitted[0]) if target.width() > 0 else 1.0
        return cls(fitted, target.left(), target.top(), scale)

    @property
    def metres_per_unit(self) -> float:
        return 1.0 / self.scale

    def to_target(self, x: float, y: float) -> tuple[float, float]:
        return self.left + (x - self.extent[0]) * self.scale, self.top + (self.extent[3] - y) * self.scale

    def to_world(self, px: float, py: float) -> tuple[float, float]:
        return self.extent[0] + (px - self.left) / self.scale, self.extent[3] - (py - self.top) / self.scale

    def to_target_array(self, xy: np.ndarray) -> np.ndarray:
        out = np.empty_like(xy, dtype=np.float64)
        out[:, 0] = self.left + (xy[:, 0] - self.extent[0]) * self.scale
        out[:, 1] = self.top + (self.extent[3] - xy[:, 1]) * self.scale
        return out

    def qtransform(self) -> QTransform:
        s = self.scale
        return QTransform(s, 0.0, 0.0, -s, self.left - self.extent[0] * s, self.top + self.extent[3] * s)


def in_view(bbox: tuple[float, float, float, float], view: ViewTransform, margin_px: float) -> bool:
    """Whether a chunk's bounding box (world) reaches into the view, with ``margin_px`` for strokes."""
    m = margin_px / view.scale
    x0, y0, x1, y1 = view.extent
    return not (bbox[2] < x0 - m or bbox[0] > x1 + m or bbox[3] < y0 - m or bbox[1] > y1 + m)
