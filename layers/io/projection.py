"""The coordinate transforms of a read: which CRS to project from while streaming, and numpy projectors.

Shared by the batch reader (:mod:`layers.io.arrow_batches`, which projects while GDAL reads on) and the
preparation after the read (:mod:`layers.io.post_read`, which projects what was not projected yet, or back
when the CRS check disagreed with the CRS used while reading).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np

Projector = Callable[[np.ndarray], np.ndarray]  # (n, 2) coordinates -> (n, 2), for shapely.transform


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


def projector(src: Any, dst: Any) -> Projector:
    """A function projecting x/y columns from ``src`` to ``dst`` (any pyproj CRS input), with the cached
    transformer of :func:`layers.crs.transformer`."""
    from pyproj import CRS

    from layers.crs import transformer

    def key(c: Any) -> str:
        c = CRS.from_user_input(c)
        return f"EPSG:{c.to_epsg()}" if c.to_epsg() else c.to_wkt()

    t = transformer(key(src), key(dst))

    def project(coords: np.ndarray) -> np.ndarray:
        x, y = t.transform(coords[:, 0], coords[:, 1])  # type: ignore[attr-defined]
        return np.column_stack([x, y])

    return project
