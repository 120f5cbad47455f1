"""Distance measuring on the map: a polyline of clicked points with segment and total lengths.

Lengths are planar in EPSG:3067 (ETRS-TM35FIN), whose scale error in Uusimaa is below 0.05 %.
"""

from __future__ import annotations

import itertools
import math
from dataclasses import dataclass, field

from layers.i18n import format_number, translate


def format_distance(metres: float) -> str:
    """"842 m", "1.23 km", "123.5 km", as the interface language writes numbers ("1,23 km" in fi/sv)."""
    if metres >= 10_000:
        return f"{format_number(metres / 1000, 1)} km"
    if metres >= 1000:
        return f"{format_number(metres / 1000, 2)} km"
    return f"{format_number(metres)} m"


@dataclass
class Measurement:
    """Clicked points (map coordinates), the floating cursor point and whether the line is finished."""

    points: list[tuple[float, float]] = field(default_factory=list)
    cursor: tuple[float, float] | None = None
    finished: bool = False

    def add(self, x: float, y: float) -> None:
        if self.finished:
            self.points, self.finished = [], False
        self.points.append((x, y))

    def finish(self) -> None:
        self.finished = bool(self.points)
        self.cursor = None

    def vertices(self) -> list[tuple[float, float]]:
        """The drawn polyline: the points plus the cursor while still measuring."""
        if self.cursor is not None and not self.finished and self.points:
            return [*self.points, self.cursor]
        return list(self.points)

    @staticmethod
    def length(vertices: list[tuple[float, float]]) -> float:
        return sum(math.dist(a, b) for a, b in itertools.pairwise(vertices))

    def total(self) -> float:
        return self.length(self.vertices())

    def last_segment(self) -> float:
        v = self.vertices()
        return math.dist(v[-2], v[-1]) if len(v) >= 2 else 0.0

    def summary(self) -> str:
        """The status line while measuring, in the interface language."""
        if not self.points:
            return translate("measure", "Measure: click on the map to start; right-click finishes, Esc clears")
        text = translate("measure", "Distance {distance}").format(distance=format_distance(self.total()))
        if len(self.vertices()) > 2:
            text += translate("measure", " (last segment {distance})").format(
                distance=format_distance(self.last_segment()))
        if not self.finished:
            text += translate("measure", " — click to add points, right-click or double-click to finish, Esc to clear")
        return text
