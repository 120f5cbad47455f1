"""Save a layer's features in the formats planners pass on (:data:`layers.io.formats.WRITE_FORMATS`), and tables
as CSV for spreadsheets, Finnish ones included.

:func:`save_features` is a task function (``progress``, ``cancelled``): the window runs it off the GUI thread.
A file is written next to the target under a temporary name and renamed over it, so a failed or cancelled save
leaves the old file as it was (a Shapefile, which is several files, is written in place).

CSV cells are data, never formulas: a text cell that a spreadsheet would read as a formula (``=``, ``+``,
``-``, ``@``, tab or carriage return first) is written with a leading apostrophe, as spreadsheets themselves do.
The Finnish CSV dialect (``finnish=True``) separates cells with ``;`` and writes decimal commas, which is what
Excel and LibreOffice expect in a Finnish locale, with a byte-order mark so that Excel reads UTF-8 (ä, ö).

Tables also go to XLSX (:func:`write_rows_xlsx`) through GDAL's XLSX driver (pyogrio, already a dependency, so no
spreadsheet library is added): numbers stay numbers, whatever the reader's locale, and text is written as shared
strings, which a spreadsheet never evaluates, so a cell such as ``=1+1`` stays text without an apostrophe.
"""

from __future__ import annotations

import contextlib
import csv
import io
import math
import os
import re
import uuid
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from layers.errors import UserError
from layers.i18n import translate
from layers.io.formats import WRITE_CRS, WRITE_FORMAT_BY_KEY, WRITE_FORMATS, WriteFormat
from layers.tasks import CancelledFn, ProgressFn, check_cancelled, never_cancelled, no_progress

if TYPE_CHECKING:
    import geopandas as gpd

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value: Any) -> Any:
    """``value`` for a CSV cell: text a spreadsheet would run as a formula gets a leading apostrophe."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def _cell(value: Any, finnish: bool) -> str:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float):
        text = repr(value) if math.isfinite(value) else ""
        return text.replace(".", ",") if finnish else text
    return str(safe_cell(str(value)))


def write_rows_csv(rows: Iterable[Mapping[str, Any]], fields: Sequence[str], path: str | Path, *,
                   finnish: bool = False) -> Path:
    """Write ``rows`` (one dict each) as CSV with the columns ``fields``; ``finnish``: ``;`` and decimal commas."""
    target = Path(path)
    temp = _temp_next_to(target)
    try:
        with open(temp, "w", encoding="utf-8-sig" if finnish else "utf-8", newline="") as fh:
            writer = csv.writer(fh, delimiter=";" if finnish else ",", lineterminator="\r\n" if finnish else "\n")
            writer.writerow([str(safe_cell(str(f))) for f in fields])
            for row in rows:
                writer.writerow([_cell(row.get(f), finnish) for f in fields])
        os.replace(temp, target)
    except OSError as exc:
        _remove(temp)
        raise UserError(translate(
            "io", "{path}: cannot be written ({exc}); check that the folder exists and is writable").format(
            path=target, exc=exc.strerror or exc)) from exc
    return target


_DECIMAL = re.compile(r"^[-+]?\d*\.\d+(?:[eE][-+]?\d+)?$")


def finnish_csv(text: str) -> str:
    """Plain CSV text (``,``, decimal points) in the Finnish dialect of :func:`write_rows_csv`: ``;``, a decimal
    comma in every decimal number, CRLF, and text that a spreadsheet would run as a formula made text (the byte-
    order mark is the writer's: ``encoding="utf-8-sig"``)."""
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    for row in csv.reader(io.StringIO(text)):
        writer.writerow([cell.replace(".", ",") if _DECIMAL.match(cell) else str(safe_cell(cell)) for cell in row])
    return out.getvalue()


def write_coverage_csv(result: Any, path: str | Path, *, finnish: bool = False) -> Path:
    """The coverage check's per-zone table (a result with ``rows`` and ``row_fields()``) as CSV."""
    return write_rows_csv(result.rows, list(result.row_fields()), path, finnish=finnish)


def write_rows_xlsx(rows: Iterable[Mapping[str, Any]], fields: Sequence[str], path: str | Path, *,
                    sheet: str = "coverage") -> Path:
    """Write ``rows`` as one sheet of an XLSX workbook with the columns ``fields`` (atomically, as the CSV).

    A column whose values are all numbers (or empty) is written as numbers, true/false as booleans; any other
    column as text."""
    import pandas as pd
    import pyogrio

    target = Path(path)
    rows = list(rows)
    columns: dict[str, list[Any]] = {}
    for name in fields:
        values = [_xlsx_value(row.get(name)) for row in rows]
        present = [v for v in values if v is not None]
        if present and all(isinstance(v, bool) for v in present) and len(present) == len(values):
            columns[name] = values
        elif all(isinstance(v, int | float) and not isinstance(v, bool) for v in present):
            columns[name] = [math.nan if v is None else float(v) for v in values]
            if present and all(isinstance(v, int) for v in present) and len(present) == len(values):
                columns[name] = [int(v) for v in present]
        else:
            columns[name] = [None if v is None else ("yes" if v is True else "no" if v is False else str(v))
                             for v in values]
    frame = pd.DataFrame(columns, columns=list(dict.fromkeys(str(f) for f in fields)))
    temp = _temp_next_to(target)
    try:
        pyogrio.write_dataframe(frame, temp, layer=sheet[:31] or "table", driver="XLSX")
        os.replace(temp, target)
    except Exception as exc:  # pyogrio/GDAL raise several types
        _remove(temp)
        raise UserError(translate(
            "io", "{path}: cannot be written as {format} ({exc}); check free disk space and that the folder is "
            "writable").format(path=target, format="XLSX", exc=exc)) from exc
    return target


def _xlsx_value(value: Any) -> Any:
    if hasattr(value, "item") and not isinstance(value, str):  # numpy scalars
        value = value.item()
    if value is None or (isinstance(value, float) and not math.isfinite(value)):
        return None
    return value if isinstance(value, bool | int | float | str) else str(value)


def write_coverage_xlsx(result: Any, path: str | Path) -> Path:
    """The coverage check's per-zone table (as :func:`write_coverage_csv`) as an XLSX workbook."""
    return write_rows_xlsx(result.rows, list(result.row_fields()), path)


def write_format(key: str) -> WriteFormat:
    fmt = WRITE_FORMAT_BY_KEY.get(key)
    if fmt is None:
        names = ", ".join(f.key for f in WRITE_FORMATS)
        raise UserError(translate("io", "{key!r} is not a format regionmap saves in; choose one of {names}").format(
            key=key, names=names))
    return fmt


def target_path(path: str | Path, fmt: WriteFormat) -> Path:
    """``path`` with the format's suffix when it has none (a file dialog may leave it out)."""
    p = Path(path)
    return p if p.suffix else p.with_suffix(fmt.suffix)


def save_features(data: gpd.GeoDataFrame, path: str | Path, fmt_key: str, crs: str = "EPSG:3067",
                  layer_name: str = "layer", progress: ProgressFn = no_progress,
                  cancelled: CancelledFn = never_cancelled) -> Path:
    """Write ``data`` to ``path`` in the format ``fmt_key`` and CRS ``crs``; return the path written."""
    fmt = write_format(fmt_key)
    if crs not in WRITE_CRS:
        raise UserError(translate("io", "{crs} is not offered for saving; choose {choices}").format(
            crs=crs, choices=translate("io", " or ").join(WRITE_CRS)))
    target = target_path(path, fmt)
    if not target.parent.is_dir():
        raise UserError(translate("io", "{path}: the folder {folder} does not exist; choose an existing folder").format(
            path=target, folder=target.parent))
    progress(0.05, translate("io", "preparing {file}").format(file=target.name))
    frame = _prepared(data, fmt, fmt.forced_crs or crs)
    check_cancelled(cancelled)
    progress(0.2, translate("io", "writing {file}").format(file=target.name))
    if fmt.key == "shapefile":
        _write(frame, target, fmt, layer_name)
    else:
        temp = _temp_next_to(target)
        try:
            _write(frame, temp, fmt, layer_name)
            check_cancelled(cancelled)
            os.replace(temp, target)
        except BaseException:
            _remove(temp)
            raise
    progress(1.0, translate("io", "saved {file}").format(file=target.name))
    return target


def _prepared(data: gpd.GeoDataFrame, fmt: WriteFormat, crs: str) -> gpd.GeoDataFrame:
    """The features in ``crs``, with values every format holds, checked against what ``fmt`` can store."""
    import pandas as pd

    frame = data.reset_index(drop=True)
    frame = frame.set_crs("EPSG:3067") if frame.crs is None else frame
    frame = frame.to_crs(crs)
    if frame.geometry.name != "geometry":
        frame = frame.rename_geometry("geometry")
    for col in frame.columns:
        if col == "geometry":
            continue
        series = frame[col]
        if isinstance(series.dtype, pd.CategoricalDtype):
            series = frame[col] = series.astype(object)
        if series.dtype == object or pd.api.types.is_string_dtype(series.dtype):
            text = series.map(lambda v: v if v is None or isinstance(v, str | int | float | bool) else str(v),
                              na_action="ignore")
            frame[col] = text.map(safe_cell) if fmt.driver == "CSV" else text
    families = {t.replace("Multi", "") for t in frame.geom_type.dropna().unique()}
    if fmt.key == "csv-xy" and families - {"Point"}:
        raise UserError(translate(
            "io", "CSV with X/Y columns holds points only, and this layer has {types} features; choose {csv}").format(
            types=", ".join(sorted(families)), csv=WRITE_FORMAT_BY_KEY["csv-wkt"].label))
    if fmt.key == "shapefile" and len(families) > 1:
        raise UserError(translate(
            "io", "a Shapefile holds one kind of geometry, and this layer has {types}; choose GeoPackage, GeoJSON or "
            "FlatGeobuf").format(types=", ".join(sorted(families))))
    return frame


def _write(frame: gpd.GeoDataFrame, path: Path, fmt: WriteFormat, layer_name: str) -> None:
    import pyogrio

    try:
        if fmt.driver is None:  # GeoParquet
            frame.to_parquet(path)
            return
        options: dict[str, Any] = {}
        if fmt.key == "csv-wkt":
            options["GEOMETRY"] = "AS_WKT"
        elif fmt.key == "csv-xy":
            options["GEOMETRY"] = "AS_XY"
        elif fmt.key == "shapefile":
            options["ENCODING"] = "UTF-8"
        pyogrio.write_dataframe(frame, path, layer=layer_name or "layer", driver=fmt.driver,
                                promote_to_multi=None if fmt.key != "csv-xy" else False, layer_options=options)
    except UserError:
        raise
    except Exception as exc:  # pyogrio/GDAL/pyarrow raise several types
        raise UserError(translate(
            "io", "{path}: cannot be written as {format} ({exc}); check free disk space and that the folder is "
            "writable").format(path=path, format=fmt.label, exc=exc)) from exc


def _temp_next_to(target: Path) -> Path:
    return target.with_name(f".{target.stem}.saving-{os.getpid()}-{uuid.uuid4().hex[:8]}{target.suffix}")


def _remove(path: Path) -> None:
    with contextlib.suppress(OSError):
        os.remove(path)


__all__ = ["safe_cell", "save_features", "target_path", "write_coverage_csv", "write_coverage_xlsx", "write_format",
           "write_rows_csv", "write_rows_xlsx"]
