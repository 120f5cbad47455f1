"""Coordinate reference systems used by regionmap.  All analysis and drawing is in ETRS-TM35FIN."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import geopandas as gpd
    import numpy as np

Projector = Callable[["np.ndarray"], "np.ndarray"]  # (n, 2) coordinates -> (n, 2), for shapely.transform

WORK_CRS = "EPSG:3067"  # ETRS89 / TM35FIN(E,N)
WGS84 = "EPSG:4326"

Extent = tuple[float, float, float, float]


def fit_extent(extent: Extent, width: float, height: float, pad: float = 0.0, min_size: float = 1e-6) -> Extent:
    """Grow ``extent`` around its centre (first by ``pad``, a share of margin on each side) so that its aspect
    ratio is ``width / height``: the one rule for the map view, the export preview and the pages.  Sides shorter
    than ``min_size`` count as ``min_size``; a target without area leaves the extent as it is."""
    x0, y0, x1, y1 = (float(v) for v in extent)
    if width <= 0 or height <= 0:
        return x0, y0, x1, y1
    w, h = max(x1 - x0, min_size) * (1 + 2 * pad), max(y1 - y0, min_size) * (1 + 2 * pad)
    ratio = width / height
    cx, cy = (x0 + x1) / 2, (y0 + y1) / 2
    if w / h < ratio:
        w = h * ratio
    else:
        h = w / ratio
    return cx - w / 2, cy - h / 2, cx + w / 2, cy + h / 2
"""An area of the map as ``(xmin, ymin, xmax, ymax)`` in metres in :data:`WORK_CRS`: the document's view, what
the canvas shows, the frame of a printed page.  One alias for all of them, so that they cannot drift apart."""


def to_work_crs(gdf: gpd.GeoDataFrame, assumed: str | None = None) -> gpd.GeoDataFrame:
    """Return ``gdf`` in EPSG:3067; ``assumed`` is used where the frame declares no CRS."""
    if gdf.crs is None:
        if assumed is None:
            raise ValueError("the data declares no CRS and none was assumed")
        gdf = gdf.set_crs(assumed)
    if gdf.crs.to_epsg() == 3067:
        return gdf
    return gdf.to_crs(WORK_CRS)


_transformers: dict[tuple[str, str], object] = {}

# The pairs nearly every run asks for, with the CRSs written as PROJ strings: ``Transformer.from_crs`` on EPSG
# codes searches PROJ's database for the operation (70-85 ms in every fresh process), on these strings it takes
# 2 ms, and PROJ builds the same operation (ETRS89 and WGS 84 coincide here: EPSG's "ETRS89 to WGS 84 (1)" has
# no parameters).  tests/layers/test_crs.py checks each pair's pipeline against the EPSG codes' own, and its
# coordinates and bounds bit for bit, so a PROJ that chooses otherwise is noticed.
_LONLAT = "+proj=longlat +ellps=GRS80 +no_defs +type=crs"
_TM35FIN = "+proj=utm +zone=35 +ellps=GRS80 +units=m +no_defs +type=crs"
KNOWN_PAIRS: dict[tuple[str, str], tuple[str, str]] = {
    ("EPSG:4326", WORK_CRS): (_LONLAT, _TM35FIN), ("EPSG:4258", WORK_CRS): (_LONLAT, _TM35FIN),
    (WORK_CRS, "EPSG:4326"): (_TM35FIN, _LONLAT), (WORK_CRS, "EPSG:4258"): (_TM35FIN, _LONLAT),
}


def transformer(src: str, dst: str):  # type: ignore[no-untyped-def]
    """A cached pyproj Transformer with x/y (lon/lat) axis order."""
    key = (src, dst)
    if key not in _transformers:
        from pyproj import Transformer

        a, b = KNOWN_PAIRS.get(key, key)
        _transformers[key] = Transformer.from_crs(a, b, always_xy=True)
    return _transformers[key]


def projector(src: Any, dst: Any) -> Projector:
    """A function projecting x/y columns from ``src`` to ``dst`` (any pyproj CRS input), with the cached
    transformer of :func:`layers.crs.transformer`."""
    from pyproj import CRS

    def key(c: Any) -> str:
        c = CRS.from_user_input(c)
        return f"EPSG:{c.to_epsg()}" if c.to_epsg() else c.to_wkt()

    t = transformer(key(src), key(dst))

    def project(coords: np.ndarray) -> np.ndarray:
        import numpy as np

        x, y = t.transform(coords[:, 0], coords[:, 1])  # type: ignore[attr-defined]
        return np.column_stack([x, y])

    return project
