"""A simple GeoParquet file's columns and geometries as GeoPandas reads them, with pyarrow and shapely only.

For the light reader (:mod:`layers.io.light_read`).  Simple means: WKB geometry in one primary column whose CRS
is declared as EPSG:4326 or EPSG:3067, a plain row index (pandas' range index, or no pandas metadata), and
attribute columns of strings, 32/64-bit integers, doubles or booleans.  Their values are what the full
reader's frame holds (``gpd.read_parquet``, then pandas' conversion): integers with nulls become float64 with
NaN, booleans with nulls objects, text nulls None.  Anything else raises
:class:`~layers.light_geojson.Declined`.  The limits are checked as the full reader checks them, from the
file's footer, before anything is read.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from layers.io.limits import ReadLimits, memory_estimate
from layers.light_geojson import Declined

_DECLARED = {4326: "EPSG:4326", 3067: "EPSG:3067"}
_PANDAS_TYPES = frozenset(("unicode", "object", "int32", "int64", "float64", "bool", "empty"))


def read_parquet_columns(p: Path, limits: ReadLimits) -> tuple[dict[str, np.ndarray], np.ndarray, str, int]:
    """(columns, geometries in the declared CRS, the declared CRS, the unpacked bytes) of a simple GeoParquet
    file; :class:`Declined` otherwise, and the full reader's :class:`~layers.errors.UserError` over a limit."""
    import pyarrow as pa
    import shapely

    simple = open_simple(p, limits)
    table = simple.parquet.read()
    columns: dict[str, np.ndarray] = {}
    geoms = np.empty(0, dtype=object)
    for name, chunked in zip(table.column_names, table.columns, strict=True):
        values = chunked.combine_chunks()
        if name == simple.column:
            if not (pa.types.is_binary(values.type) or pa.types.is_large_binary(values.type)):
                raise Declined("a geometry column that is not binary")
            geoms = np.asarray(shapely.from_wkb(np.array(values.to_pylist(), dtype=object), on_invalid="raise"))
        else:
            columns[name] = simple_column(values)
    return columns, geoms, simple.declared, simple.unpacked


@dataclass(frozen=True)
class SimpleParquet:
    """A GeoParquet file that passed the checks before its read (:func:`open_simple`): the open file, its
    geometry column, the CRS it declares and its unpacked bytes."""

    parquet: Any
    column: str
    declared: str
    unpacked: int


def open_simple(p: Path, limits: ReadLimits) -> SimpleParquet:
    """``p`` opened, its footer checked as :func:`read_parquet_columns` checks it before reading anything (the
    source file, the limits, one WKB geometry column in EPSG:4326 or EPSG:3067, a plain index and column types);
    :class:`Declined` or the full reader's :class:`~layers.errors.UserError` otherwise."""
    import pyarrow.parquet as pq

    from layers.io.source_file import check_source_file

    check_source_file(p, limits)
    parquet = pq.ParquetFile(p)
    meta = parquet.metadata
    unpacked = sum(meta.row_group(i).total_byte_size for i in range(meta.num_row_groups))
    limits.check(p, "max_features", meta.num_rows)
    limits.check(p, "max_memory_mb", memory_estimate(meta.num_rows, raw_bytes=unpacked))
    kv = meta.metadata or {}
    geo = json.loads(kv[b"geo"])
    column = geo["primary_column"]
    if set(geo["columns"]) != {column}:
        raise Declined("more than one geometry column")
    info = geo["columns"][column]
    crs = info.get("crs")
    if str(info.get("encoding", "")).upper() != "WKB" or not isinstance(crs, dict):
        raise Declined("not WKB with a declared CRS")
    ident = crs.get("id") or {}
    code = ident.get("code") if ident.get("authority") == "EPSG" else None
    if code not in _DECLARED:
        raise Declined(f"a CRS other than EPSG:4326 or EPSG:3067 ({ident})")
    _check_pandas(kv.get(b"pandas"))
    return SimpleParquet(parquet, column, _DECLARED[code], unpacked)


def _check_pandas(raw: bytes | None) -> None:
    """Only a range index and plain column types: what GeoPandas turns into the frame without a conversion."""
    if raw is None:
        return
    meta = json.loads(raw)
    if any(not isinstance(ix, dict) or ix.get("kind") != "range" for ix in meta.get("index_columns", [])):
        raise Declined("an index stored as a column")
    for col in meta.get("columns", []):
        if col.get("pandas_type") not in _PANDAS_TYPES or col.get("numpy_type") not in (
                "object", "str", "int32", "int64", "float64", "bool"):
            raise Declined(f"a column of pandas type {col.get('pandas_type')}/{col.get('numpy_type')}")


def simple_column(values: Any) -> np.ndarray:
    """One attribute column (a pyarrow array) as the full reader's frame holds it (see the module's docstring);
    :class:`Declined` for a type it does not take."""
    import pyarrow as pa

    t = values.type
    nulls = values.null_count
    if pa.types.is_string(t) or pa.types.is_large_string(t):
        return np.array(values.to_pylist(), dtype=object)
    if pa.types.is_boolean(t):
        return np.array(values.to_pylist(), dtype=object if nulls else bool)
    if t in (pa.int32(), pa.int64(), pa.float64()):
        if nulls:
            return np.array([np.nan if v is None else float(v) for v in values.to_pylist()], dtype=np.float64)
        dtype = {pa.int32(): np.int32, pa.int64(): np.int64, pa.float64(): np.float64}[t]
        data = values.buffers()[1]
        return np.frombuffer(data, dtype=dtype)[values.offset:values.offset + len(values)].copy()
    raise Declined(f"a column of type {t}")


__all__ = ["SimpleParquet", "open_simple", "read_parquet_columns", "simple_column"]
