"""What a coverage check is asked: the zones, the service layers with their radii and sectors, and the options."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import numpy as np

from layers.i18n import format_number, translate

if TYPE_CHECKING:
    import geopandas as gpd

    from layers.coverage.zones import Zones

SECTORS = ("transport", "energy")
MAX_RADIUS_M = 100_000.0


@dataclass
class ServiceSpec:
    """A service layer: its features (EPSG:3067), radius in metres and sector (``transport`` or ``energy``)."""

    name: str
    data: gpd.GeoDataFrame
    radius_m: float
    sector: str = "transport"


@dataclass
class CoverageInputs:
    zones: Zones
    services: list[ServiceSpec]
    population: gpd.GeoDataFrame | None = None
    population_field: str | None = None
    targets: dict[str, float] = field(default_factory=dict)  # in-between areas: sector or "all" -> share in [0, 1]
    hotspot_targets: dict[str, float] = field(default_factory=dict)  # hot spots (optional; empty: not judged)
    selection: list[str] | None = None  # names of the layers forming the analysed set (default: all)
    curve: bool = True
    gaps: bool = True
    connections: bool = True
    target_samples: int = 15_000
    min_spacing: float = 10.0
    max_spacing: float = 150.0
    min_gap_km2: float = 0.01


def check_radius(name: str, radius: float) -> str | None:
    """The warning for a radius no layer can have (not above 0 m, or above ``MAX_RADIUS_M``), else None."""
    if not np.isfinite(radius) or radius <= 0:
        return translate("coverage", "layer {name!r}: the radius must be more than 0 m, not {radius}; the layer is "
                                     "left out").format(name=name, radius=metres(radius))
    if radius > MAX_RADIUS_M:
        return translate("coverage", "layer {name!r}: a radius of {radius} m is more than 100 km; the layer is left "
                                     "out").format(name=name, radius=metres(radius))
    return None


def metres(value: float) -> str:
    """A radius as the language writes it, with its decimals where it has them (``12.5``, ``12,5``, ``1500``)."""
    if not np.isfinite(value):
        return f"{value:g}"
    return format_number(value, 0 if float(value).is_integer() else 1, grouping=False)
