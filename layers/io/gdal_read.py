"""Read the formats GDAL opens: GeoJSON, GeoPackage, Shapefile (``.shp`` or ``.zip``), FlatGeobuf and the rest.

One path for all of them: pick the layer (multi-layer files), estimate the feature count for the progress,
and stream the features (:mod:`layers.io.arrow_batches`).  GeoJSON text is checked first
(:mod:`layers.io.geojson_encoding`), and a Windows-1252 file is read from its UTF-8 copy, whose name is
replaced by the user's file in any error message and which is deleted whatever happens.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from layers.errors import UserError
from layers.i18n import translate
from layers.io.arrow_batches import Decoded, read_arrow
from layers.io.formats import SUPPORTED_TEXT, gdal_source
from layers.io.geojson_encoding import SCAN_SHARE, scan_geojson_text
from layers.io.limits import TEXT_MEMORY_FACTOR, memory_estimate
from layers.io.read_errors import short_error
from layers.io.source_file import gdal_path, replace_alias
from layers.tasks import CancelledFn, ProgressFn, sub_progress

if TYPE_CHECKING:
    import geopandas as gpd

    from layers.io.limits import ReadLimits
    from layers.io.load_report import LoadReport


def read_gdal_file(
    p: Path, fmt: str, layer: str | None, given: str | None, report: LoadReport, progress: ProgressFn,
    cancelled: CancelledFn, limits: ReadLimits,
) -> tuple[gpd.GeoDataFrame, Any, Decoded | None]:
    """``p`` (format ``fmt`` of :func:`layers.io.formats.file_format`) as :func:`read_arrow` returns it; the layer
    read, the encoding and the notes go on ``report``.  ``given`` is the caller's CRS, if any.  GDAL opens the
    file under a name it cannot misread (:func:`layers.io.source_file.gdal_path`); messages name ``p``."""
    total = None
    transcoded: Path | None = None
    if fmt == "geojson":
        scan, transcoded = scan_geojson_text(p, report, progress, cancelled)
        total = scan.features_estimate or 1
        progress = sub_progress(progress, 2 * SCAN_SHARE if transcoded else SCAN_SHARE, 1.0)
    shown: list[str] = [str(transcoded)] if transcoded is not None else []
    try:
        with gdal_path(transcoded or p) as plain:
            shown.append(plain)
            src, layer = gdal_source(Path(plain), layer, limits)
            layer = _choose_layer(p, src, layer, fmt, report)
            if total is None:
                total = _feature_count(src, layer)
                if total is not None:  # from the format's metadata: refuse before reading anything
                    limits.check(p, "max_features", total, detail=translate("io", "its features"))
            _check_memory(p, fmt, total, limits)
            gdf, declared, pre = read_arrow(p, src, layer, total, given, progress, cancelled, limits)
            gdf.attrs["gdal_notes"] = [_named(note, shown, p) for note in gdf.attrs.get("gdal_notes", [])]
            return gdf, declared, pre
    except UserError as exc:
        message = _named(str(exc), shown, p)
        if message == str(exc):
            raise
        raise UserError(message) from exc
    finally:
        if transcoded is not None:
            transcoded.unlink(missing_ok=True)


def _named(message: str, shown: list[str], p: Path) -> str:
    """``message`` naming ``p`` wherever it names the copy or the link GDAL read instead."""
    for name in sorted(shown, key=len, reverse=True):
        message = replace_alias(message, name, p)
    return message


def _check_memory(p: Path, fmt: str, features: int | None, limits: ReadLimits) -> None:
    """Refuse a file whose loaded layer would clearly not fit the memory limit (a rough estimate from the
    feature count and the data's size, which is cheap; the exact counts are checked while streaming)."""
    size = p.stat().st_size
    if fmt == "shapefile-zip":  # its unpacked size (within the file-size limit: gdal_source checked it)
        import zipfile

        with zipfile.ZipFile(p) as zf:
            size = sum(i.file_size for i in zf.infolist())
    if fmt == "geojson":  # text: the load benchmark needs 2.76 times the file's size
        estimate = max(TEXT_MEMORY_FACTOR * size, memory_estimate(features or 0))
    else:
        estimate = memory_estimate(features or 0, raw_bytes=size // 2)
    limits.check(p, "max_memory_mb", estimate, detail=translate("io", "the memory it would need (estimated)"))


def _choose_layer(p: Path, src: str, layer: str | None, fmt: str, report: LoadReport) -> str | None:
    """The layer to read: the one asked for (checked), else the first, with a note when there are more."""
    from layers.io.formats import MULTI_LAYER_FORMATS

    if fmt not in MULTI_LAYER_FORMATS:
        return layer
    import pyogrio

    try:
        names = [str(n) for n, _ in pyogrio.list_layers(src)]
    except Exception as exc:
        raise UserError(translate(
            "io", "{path}: cannot be opened as geodata ({short_error}); give a {formats} file").format(
            path=p, short_error=short_error(exc), formats=SUPPORTED_TEXT)) from exc
    if layer is not None:
        if layer not in names:
            raise UserError(translate(
                "io", "{path}: has no layer {layer!r}; its layers are: {value}").format(
                path=p, layer=layer, value=', '.join(names) or 'none'))
        report.layer = layer
        return layer
    if not names:
        raise UserError(translate("io", "{path}: holds no layers; give a file with geodata").format(path=p))
    if len(names) > 1:
        report.notes.append(translate(
            "io", "the file has {n} layers ({names}); read the first, {first!r}: choose another with --layer NAME or "
            "in the load dialog").format(n=len(names), names=", ".join(names), first=names[0]))
    report.layer = names[0]
    return names[0]


def _feature_count(src: str, layer: str | None) -> int | None:
    """The layer's feature count from its metadata (None: unknown, e.g. a driver that would have to scan)."""
    import pyogrio

    try:
        n = int(pyogrio.read_info(src, layer=layer)["features"])
    except Exception:
        return None
    return n if n >= 0 else None
