"""The coordinate transforms of a read: which CRS to project from while streaming, and numpy projectors.

Shared by the batch reader (:mod:`layers.io.arrow_batches`, which projects while GDAL reads on) and the
preparation after the read (:mod:`layers.io.post_read`, which projects what was not projected yet, or back
when the CRS check disagreed with the CRS used while reading).
"""

from __future__ import annotations

from typing import Any

from layers.crs import Projector, projector  # the projectors live with the transformers (the shipped data uses them)

__all__ = ["Projector", "projector", "speculative_crs"]


def speculative_crs(crs: Any) -> Any:
    """The CRS to project from while reading (None: not known, or already EPSG:3067)."""
    from pyproj import CRS

    if crs is None:
        return None
    try:
        c = CRS.from_user_input(crs)
    except Exception:
        return None
    return None if c.to_epsg() == 3067 else c
