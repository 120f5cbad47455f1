"""The one default service radius, and the radius a service layer is checked at.

A layer that becomes a transport or energy layer gets the default radius of its geometry family
(:data:`layers.model.DEFAULT_RADIUS_M`; :data:`FALLBACK_RADIUS_M` for mixed or empty layers).  The coverage dock,
``regionmap coverage`` and ``regionmap export --coverage`` read a layer's radius through :func:`service_radius_m`,
so a service layer whose radius was cleared is checked at that same default everywhere, never at a second
hard-coded number.

``layers.model`` is imported inside the functions so that the model itself can use :func:`default_radius_m`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import geopandas as gpd

    from layers.model import Layer

FALLBACK_RADIUS_M = 800.0  # a layer of mixed (or no) geometry: the walking distance used for stops


def default_radius_m(data: gpd.GeoDataFrame) -> float:
    """The radius a layer with these features gets when it becomes a service layer."""
    from layers.model import DEFAULT_RADIUS_M, geometry_family

    return DEFAULT_RADIUS_M.get(geometry_family(data), FALLBACK_RADIUS_M)


def service_radius_m(layer: Layer) -> float:
    """The radius the coverage check uses for ``layer``: its own, else the default for its features."""
    return float(layer.radius_m) if layer.radius_m else default_radius_m(layer.data)
