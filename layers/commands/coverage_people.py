"""``--population FILE`` on the warm and the light cold path of ``regionmap coverage``: people without pandas.

A run by people went the full way every time: pandas and geopandas imported (about 0.95 s) to read the region's
cache and the population file, the file's 150,000 grid cells parsed and repaired (0.77 s) and hashed for the
people cache (0.2 s), even when the people were already spread over the same samples and kept.  Here the
population layer comes lightly, as the service layers do:

* **a simple GeoParquet file in EPSG:3067** (what :func:`layers.io.light_parquet.open_simple` takes, attribute
  columns of the types the light reader takes, no missing geometry) is read only as far as the run needs it: its
  column names, the WKB column as stored and the count field.  The people cache's key
  (:func:`layers.coverage.population_cache.key`) is then made from those bytes (:meth:`PeopleFile.people_digest`),
  with the source of the code that reads and repairs them, the GEOS version and the read limits: the same bytes
  read by the same code give the same geometries, so the people kept under that key are these file's.  The
  geometries are parsed and repaired (:func:`layers.io.light_read.read_light`) only when the people are spread,
  that is when the cache does not hold them;
* **any other file the light reader takes** (GeoJSON, GeoParquet in EPSG:4326, ...) is read whole by it
  (:func:`layers.io.light_read.read_light`) into a :class:`~layers.coverage.tables.GeoTable`, keyed by its
  content as the full path keys a GeoDataFrame;
* anything else (a file the light reader declines, no features, counts that are not numbers) sends the run the
  full way, before anything is printed, where the full reader says what.

The people are spread by the same function (:func:`layers.coverage.population.add_population`), the warnings are
the same texts, and the output is byte for byte the full path's.
"""

from __future__ import annotations

import argparse
import hashlib
import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np

log = logging.getLogger("regionmap.coverage_people")

WORK_CRS = "EPSG:3067"
# the code between the file's bytes and the geometries the people are spread over: another version reads anew
# (pyproj by its package's source, which names its version: the CRS decision is its, and importing it costs 0.1 s)
READ_CODE = ("layers.io.light_parquet", "layers.io.light_read", "layers.io.post_read", "layers.io.geometry_fix",
             "layers.io.arrow_batches", "layers.io.crs_detect", "layers.io.projection", "layers.crs",
             "layers.commands.coverage_people", "pyproj")
NUMBER_TYPES = ("int32", "int64", "double")  # the count columns taken (arrow's names); others: the full path
DECLINE = object()  # the run needs the full path for its population


def population_layer(args: argparse.Namespace) -> Any:
    """The ``--population`` layer of the run for the engine (a :class:`PeopleFile` or a
    :class:`~layers.coverage.tables.GeoTable`), None without ``--population``, :data:`DECLINE` where the full
    path must read it (see the module's docstring).  Never raises."""
    if not getattr(args, "population", None):
        return None
    path = Path(args.population)
    try:
        stored = people_file(path, args.population_field, str(args.population))
        if stored is not None:
            return stored
        return whole_table(path, args.population_field)
    except Exception as exc:  # anything unusual: the full reader says what
        log.debug("%s: population not read lightly (%s: %s)", path, type(exc).__name__, exc)
        return DECLINE


def whole_table(path: Path, wanted: str | None) -> Any:
    """The file read whole by the light reader as a GeoTable; :data:`DECLINE` where it declines, the file has no
    features or the count field holds other than numbers."""
    from layers.coverage.population import population_field
    from layers.coverage.tables import GeoTable
    from layers.io.light_read import read_light

    got = read_light(path)
    if got is None or not len(got.geometry):
        return DECLINE
    table = GeoTable(got.columns, got.geometry)
    field = population_field(table, wanted)
    if field is not None and np.asarray(got.columns[field]).dtype.kind not in "iuf":
        return DECLINE  # counts that are not numbers: as the full path fares with them
    return table


def people_file(path: Path, wanted: str | None, given: str | None = None) -> PeopleFile | None:
    """A simple GeoParquet file in EPSG:3067 read as far as the people cache needs (names, stored WKB, counts);
    None for any other file (read whole then), :class:`~layers.light_geojson.Declined` or the full reader's
    error where the light reader would not take it.  ``given``: the path as the command line gave it (its
    messages name it so)."""
    import pyarrow as pa

    from layers.coverage.population import population_field
    from layers.io.formats import file_format
    from layers.io.light_parquet import open_simple, simple_column
    from layers.io.limits import current_limits

    if file_format(path) != "geoparquet":
        return None
    limits = current_limits()
    simple = open_simple(path, limits)
    schema = simple.parquet.schema_arrow
    if simple.declared != WORK_CRS or simple.column != "geometry" or not simple.parquet.metadata.num_rows:
        return None
    for name in schema.names:  # the types the light reader takes, so that it reads the file when it must
        kind = schema.field(name).type
        if name != simple.column and not (pa.types.is_string(kind) or pa.types.is_large_string(kind)
                                          or pa.types.is_boolean(kind) or str(kind) in NUMBER_TYPES):
            return None
    names = list(schema.names)
    field = population_field(_Names(names), wanted)
    if field is not None and str(schema.field(field).type) not in NUMBER_TYPES:
        return None
    read = simple.parquet.read(columns=[simple.column] + ([field] if field else []))
    wkb = read.column(simple.column).combine_chunks()
    if wkb.null_count or not (pa.types.is_binary(wkb.type) or pa.types.is_large_binary(wkb.type)):
        return None
    digest = hashlib.blake2b(b"geoparquet in EPSG:3067, WKB as stored", digest_size=16)
    digest.update(_read_code(limits))
    digest.update(stored_wkb(wkb))
    counts = {field: np.asarray(simple_column(read.column(field).combine_chunks()), dtype=float)} if field else {}
    return PeopleFile(path, names, digest.digest(), counts, lambda: _read_whole(path, given))


def stored_wkb(column: Any) -> bytes:
    """The digest of a WKB column (a pyarrow binary array without nulls) as stored: each geometry's size and
    the bytes, hashed from the column's buffers (no bytes object per geometry)."""
    import pyarrow as pa

    offset_type = np.int64 if pa.types.is_large_binary(column.type) else np.int32
    _, offsets_buf, data_buf = column.buffers()
    offsets = np.frombuffer(offsets_buf, dtype=offset_type)[column.offset:column.offset + len(column) + 1]
    digest = hashlib.blake2b(np.diff(offsets).astype(np.int64).tobytes(), digest_size=16)
    if len(column) and data_buf is not None:
        digest.update(np.frombuffer(data_buf, dtype=np.uint8)[int(offsets[0]):int(offsets[-1])].data)
    return digest.digest()


def _read_code(limits: Any) -> bytes:
    """The source of the code that makes geometries of the bytes, the GEOS that repairs them and the limits."""
    import shapely

    from layers.coverage.zone_cache import add_sources

    digest = hashlib.blake2b(repr((shapely.geos_version_string, limits)).encode(), digest_size=16)
    add_sources(digest, READ_CODE)
    return digest.digest()


def _read_whole(path: Path, given: str | None = None) -> Any:
    """The file's features as the spreading needs them: the light reader's table, or (should it decline: a
    geometry it cannot parse, every geometry empty) the full reader's frame, with the full path's error for one
    without features."""
    got = whole_table(path, None)
    if got is not DECLINE:
        return got
    from layers.errors import UserError
    from layers.i18n import translate
    from layers.io import read_layer

    data = read_layer(path).data
    if data.empty:
        raise UserError(translate("cli", "{population}: has no features to use as population").format(
            population=given or str(path)))
    return data


class _Names:
    """Column names alone, for :func:`layers.coverage.population.population_field`."""

    def __init__(self, names: list[str]) -> None:
        self.columns = names


class PeopleFile:
    """A population layer known by its column names, its stored geometries' digest and its counts; its features
    are read (``load``) only when something asks for them: the spreading, when the people cache misses."""

    def __init__(self, path: Path, columns: list[str], stored: bytes, counts: dict[str, np.ndarray],
                 load: Callable[[], Any]) -> None:
        self.path = path
        self._columns = columns
        self._stored = stored
        self._counts = counts
        self._load = load
        self._table: Any = None

    @property
    def columns(self) -> list[str]:
        return list(self._columns)

    def people_digest(self, field: str) -> bytes | None:
        """The digest :func:`layers.coverage.population_cache.people_digest` keys the people with: the stored
        geometries' and the counts of ``field`` as read (None for a field not read)."""
        counts = self._counts.get(field)
        if counts is None:
            return None
        digest = hashlib.blake2b(b"stored", digest_size=16)
        digest.update(self._stored)
        digest.update(np.ascontiguousarray(counts).tobytes())
        return digest.digest()

    def features(self) -> Any:
        """The features, read once (a GeoTable, or the full reader's frame)."""
        if self._table is None:
            self._table = self._load()
        return self._table

    @property
    def geometry(self) -> Any:
        return self.features().geometry

    @property
    def empty(self) -> bool:
        return len(self) == 0

    def __len__(self) -> int:
        return len(self.features())

    def __getitem__(self, key: Any) -> Any:
        return self.features()[key]
