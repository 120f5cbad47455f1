"""Read a vector file into EPSG:3067 with a report of what was done.

This is the single entry point every part of regionmap uses to load user data (GUI, ``check``, ``coverage``,
``export``, ``project``).  ``read_layer`` is a task function: ``progress(fraction, message)`` and
``cancelled()`` follow :mod:`layers.tasks`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from layers.crs import WORK_CRS
from layers.errors import UserError
from layers.tasks import CancelledFn, ProgressFn, check_cancelled, never_cancelled, no_progress

if TYPE_CHECKING:
    import geopandas as gpd


@dataclass
class LoadReport:
    """What the loader found and did; ``summary()`` is what the GUI and ``regionmap check`` show."""

    path: str
    n_features: int = 0
    geometry_types: list[str] = field(default_factory=list)
    crs: str = WORK_CRS  # the source CRS as "EPSG:nnnn" (or a WKT name when it has no code)
    crs_how: str = "declared"  # "declared" or "detected" or "assumed"
    bbox_wgs84: tuple[float, float, float, float] | None = None
    repaired: int = 0
    skipped_empty: int = 0
    flattened_3d: int = 0
    notes: list[str] = field(default_factory=list)

    def summary(self) -> str:
        lines = [
            f"file: {self.path}",
            f"features: {self.n_features}",
            f"geometry types: {', '.join(self.geometry_types) or 'none'}",
            f"CRS: {self.crs} ({self.crs_how})",
        ]
        if self.bbox_wgs84 is not None:
            lines.append("bounding box (lon/lat): " + ", ".join(f"{v:.5f}" for v in self.bbox_wgs84))
        lines.append(f"repaired invalid geometries: {self.repaired}")
        lines.append(f"skipped null or empty geometries: {self.skipped_empty}")
        if self.flattened_3d:
            lines.append(f"flattened 3D geometries: {self.flattened_3d}")
        lines += [f"note: {n}" for n in self.notes]
        return "\n".join(lines)


@dataclass
class LoadedData:
    data: gpd.GeoDataFrame  # EPSG:3067
    report: LoadReport


def read_layer(
    path: str | Path,
    *,
    layer: str | None = None,
    crs: str | None = None,
    progress: ProgressFn = no_progress,
    cancelled: CancelledFn = never_cancelled,
) -> LoadedData:
    """Read ``path`` (optionally one ``layer`` of a multi-layer file; ``crs`` overrides what the file says)."""
    import pyogrio
    import shapely

    p = Path(path)
    if not p.exists():
        raise UserError(f"{p}: no such file; check the path")
    progress(0.0, f"reading {p.name}")
    try:
        gdf = pyogrio.read_dataframe(p, layer=layer)
    except Exception as exc:
        raise UserError(f"{p}: cannot be read as geodata ({exc}); check that it is a GeoJSON, GeoPackage, "
                        "Shapefile, FlatGeobuf, GeoParquet or CSV file") from exc
    check_cancelled(cancelled)
    report = LoadReport(path=str(p))
    if crs is not None:
        gdf = gdf.set_crs(crs, allow_override=True)
        report.crs, report.crs_how = crs, "assumed"
    elif gdf.crs is None:
        gdf = gdf.set_crs("EPSG:4326")
        report.crs, report.crs_how = "EPSG:4326", "assumed"
    else:
        epsg = gdf.crs.to_epsg()
        report.crs = f"EPSG:{epsg}" if epsg else gdf.crs.name
    empty = gdf.geometry.isna() | gdf.geometry.is_empty
    report.skipped_empty = int(empty.sum())
    gdf = gdf[~empty].copy()
    invalid = ~gdf.geometry.is_valid
    report.repaired = int(invalid.sum())
    if report.repaired:
        gdf.loc[invalid, "geometry"] = shapely.make_valid(gdf.geometry[invalid].values)
    has_z = gdf.geometry.has_z
    if has_z.any():
        report.flattened_3d = int(has_z.sum())
        gdf["geometry"] = shapely.force_2d(gdf.geometry.values)
    report.n_features = len(gdf)
    report.geometry_types = sorted(gdf.geom_type.unique().tolist())
    if len(gdf):
        report.bbox_wgs84 = tuple(float(v) for v in gdf.to_crs("EPSG:4326").total_bounds)  # type: ignore[assignment]
    out = gdf.to_crs(WORK_CRS)
    progress(1.0, f"read {len(out)} features")
    return LoadedData(out.reset_index(drop=True), report)
