"""What a load found and did: :class:`LoadReport`, and :class:`LoadedData` (the frame with its report).

Apart from the reader so that the GUI, the commands and the tests can name these types without the reading
machinery, and so that every step of a read (:mod:`layers.io.read`, :mod:`layers.io.gdal_read`,
:mod:`layers.io.post_read`) fills the same report.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from layers.crs import WORK_CRS
from layers.i18n import translate

if TYPE_CHECKING:
    import geopandas as gpd


@dataclass
class LoadReport:
    """What the loader found and did; ``summary()`` is what the GUI and ``regionmap check`` show."""

    path: str
    n_features: int = 0
    geometry_types: list[str] = field(default_factory=list)
    crs: str = WORK_CRS  # the source CRS as "EPSG:nnnn" (or a WKT name when it has no code)
    crs_how: str = "declared"  # "declared", "detected", "given" (by the caller) or "assumed" (empty file)
    bbox_wgs84: tuple[float, float, float, float] | None = None
    repaired: int = 0
    skipped_empty: int = 0
    flattened_3d: int = 0
    notes: list[str] = field(default_factory=list)
    format: str = ""
    layer: str | None = None  # the layer read, for multi-layer files
    crs_declared: str | None = None  # what the file said (None: nothing)
    skipped_nonfinite: int = 0  # NaN or infinite coordinates
    skipped_out_of_range: int = 0  # coordinates outside the CRS's valid range
    axes_swapped: bool = False  # lat/lon were swapped back to lon/lat
    families: dict[str, int] = field(default_factory=dict)  # features per family: point/line/polygon/other
    encoding: str = "utf-8"  # of a text file's bytes: "cp1252" when a GeoJSON file was not UTF-8
    credit: str = ""  # source and licence found in the file's own metadata (:mod:`layers.io.credits`), or ""
    credit_from: str = ""  # where it was found ("the GeoJSON's attribution and license")

    @property
    def skipped(self) -> int:
        return self.skipped_empty + self.skipped_nonfinite + self.skipped_out_of_range

    def summary(self) -> str:
        """The report in the language (:func:`layers.i18n.translate`; the values as read)."""
        how = {"declared": translate("io", "declared"), "detected": translate("io", "detected"),
               "given": translate("io", "given"), "assumed": translate("io", "assumed")}
        lines = [translate("io", "file: {path}").format(path=self.path)]
        if self.format:
            lines.append((translate("io", "format: {format}, layer {layer!r}") if self.layer else
                          translate("io", "format: {format}")).format(format=self.format, layer=self.layer))
        lines += [
            translate("io", "features: {n}").format(n=self.n_features),
            translate("io", "geometry types: {types}").format(
                types=", ".join(self.geometry_types) or translate("io", "none")),
            translate("io", "CRS: {crs} ({how})").format(crs=self.crs, how=how.get(self.crs_how, self.crs_how)),
        ]
        if self.bbox_wgs84 is not None:
            lines.append(translate("io", "bounding box (lon/lat): {box}").format(
                box=", ".join(f"{v:.5f}" for v in self.bbox_wgs84)))
        lines.append(translate("io", "repaired invalid geometries: {n}").format(n=self.repaired))
        lines.append(translate("io", "skipped null or empty geometries: {n}").format(n=self.skipped_empty))
        if self.skipped_nonfinite:
            lines.append(translate(
                "io", "{n} feature(s) with non-finite coordinates dropped (NaN or infinite x/y; not drawn or "
                "analysed)").format(n=self.skipped_nonfinite))
        if self.skipped_out_of_range:
            lines.append(translate("io", "skipped features with coordinates out of range: {n}").format(
                n=self.skipped_out_of_range))
        if self.flattened_3d:
            lines.append(translate("io", "flattened 3D geometries: {n}").format(n=self.flattened_3d))
        lines.append(translate("io", "source and licence: {credit} (from {where})").format(
            credit=self.credit, where=self.credit_from) if self.credit else
            translate("io", "source and licence: not stated in the file"))
        lines += [translate("io", "note: {note}").format(note=n) for n in self.notes]
        return "\n".join(lines)


@dataclass
class LoadedData:
    data: gpd.GeoDataFrame  # EPSG:3067
    report: LoadReport
