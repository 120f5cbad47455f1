"""The warm path of ``regionmap coverage``: a run again on a region already prepared pays almost nothing.

A second run on the same ``--region`` found its prepared region, zones and samples in the caches, yet still paid
about a second of imports (pandas, geopandas, pyproj, scipy's spatial package) before it read them, more than
its whole coverage work; the baseline script a GIS user writes costs 1.3 s in all.  Here such a run is served
without those libraries, by the same engine:

* **the zones as the engine saw them**, kept by the first (full) run beside the region cache
  (:mod:`layers.commands.region_cache`, the same folder, bound and eviction): each zone's code, municipality,
  class and geometry (WKB), the hot spot polygons with what names them, the warnings of the region read and of
  the zones, and the coordinate window EPSG:3067 allows (:func:`layers.io.crs_detect.fit_window`, which needs
  pyproj).  Keyed by the region's key (the file's bytes, the options, the code that reads it) and the source of
  the modules that make the zones, so another file, option or version never reads a file that is not its own;
* **service layers read lightly**: a GeoParquet file of points declared in EPSG:3067 is read with pyarrow and
  shapely only, and is taken only when the full reader would change nothing in it (every geometry a 2D point
  with finite coordinates inside that window, within the read limits, and no departures per hour); any other
  file the pandas-free reader takes (:func:`layers.io.light_read.read_light`: GeoJSON, other GeoParquet; it may
  import pyproj to reproject) is read by it (:func:`service_table`, which the light cold path uses too);
* **a population layer** (``--population``) read lightly too (:mod:`layers.commands.coverage_people`: a
  GeoParquet grid in EPSG:3067 only as far as the people cache's key needs, its cells parsed only when the people
  are spread), the people spread by the same function as the full path's;
* the engine gets them as :class:`layers.coverage.tables.GeoTable` (the few table operations it uses; a layer
  of points as a ``PointTable``, its coordinates, no shapely Point made of them) and its samples from the zone
  cache as always; the output is written by the same code as the full path's.

Anything else (another option, a file the light reader does not take, a cache missing or damaged) goes the
full path, which then keeps the zones for the next run; every message and every figure is the full path's.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import logging
from pathlib import Path
from typing import Any

import numpy as np

from layers.commands.common import LayerArg
from layers.commands.support import print_warning

FORMAT = "zones-table-1"  # bump when what is kept changes
SUFFIX = ".zones.npz"
CODE = ("layers.coverage.zones", "layers.coverage.tables", "layers.frames", "layers.commands.coverage_warm")
HOT_COLUMNS = ("name", "municipality", "population")  # what names the hot spots (connections.hotspot_names)
PER_HOUR = "per_hour"  # a layer with departures per hour: its thresholds are the full path's
log = logging.getLogger("regionmap.coverage_warm")

# the options the warm path serves; any other given sends the run the full way
_OTHER_OPTIONS = ("project", "hotspots", "land", "zones", "zone_target", "gtfs", "service", "day",
                  "network", "gaps", "hotspot_filter", "hotspot_discs", "compare", "compare_map", "unique",
                  "service_areas")
_REGION_OPTIONS = ("codes", "all", "no_clip_land", "code_field", "name_field")


def eligible(args: argparse.Namespace) -> bool:
    """Whether the run is ``--region`` (or the built-in region) with ``--layer``/``--energy`` files at radii in
    metres (and output, target, ``--population`` options): what the warm path can serve, when its caches hold
    the region (a population file it reads lightly: :mod:`layers.commands.coverage_people`)."""
    if any(getattr(args, name, None) for name in _OTHER_OPTIONS):
        return False
    if not getattr(args, "region", None) and any(getattr(args, name, None) for name in _REGION_OPTIONS):
        return False  # said by the full path (they need a --region)
    given: list[LayerArg] = [*args.layer, *args.energy]
    return bool(given) and all(a.radius_m is not None and a.minutes is None for a in given)


# ---- the kept zones -----------------------------------------------------------------------------------------
def entry_path(args: argparse.Namespace, folder: Path | None = None) -> Path | None:
    """Where the zones of ``--region`` with its options (or of the built-in region) are kept (None when the
    region cannot be keyed)."""
    from layers.commands.region_cache import region_key
    from layers.userdirs import zone_cache_dir

    key = region_key(args, True)
    if key is None:
        return None
    from layers.coverage.zone_cache import add_sources

    digest = hashlib.blake2b(f"{FORMAT} {key}".encode(), digest_size=16)
    try:
        add_sources(digest, CODE)
    except LookupError:
        return None
    return (folder or zone_cache_dir()) / f"{digest.hexdigest()}{SUFFIX}"


def keep(path: Path | None, zones: Any, region_warnings: list[str]) -> None:
    """Keep the zones the full path made in ``path`` (:func:`entry_path`).  Never fails the run."""
    if path is None:
        return
    try:
        import shapely

        from layers.coverage.zone_cache import write_atomically
        from layers.crs import WORK_CRS
        from layers.io.crs_detect import fit_window

        frame, hot = zones.frame, zones.hotspots
        window = fit_window(WORK_CRS)
        arrays: dict[str, np.ndarray] = {
            "format": np.array(FORMAT),
            "code": np.array([str(v) for v in frame["code"]], dtype=str),
            "municipality": np.array([str(v) for v in frame["municipality"]], dtype=str),
            "zone": np.array([str(v) for v in frame["zone"]], dtype=str),
            **_wkb("zone_wkb", shapely.to_wkb(np.asarray(frame.geometry.values))),
            **_wkb("hot_wkb", shapely.to_wkb(np.asarray(hot.geometry.values))),
            "hot_columns": np.array([c for c in HOT_COLUMNS if c in hot.columns], dtype=str),
            "region_warnings": np.array(region_warnings, dtype=str),
            "zone_warnings": np.array(zones.warnings, dtype=str),
            "window": np.array([np.nan] * 4 if window is None else
                               [window.xmin, window.ymin, window.xmax, window.ymax], dtype=float),
        }
        if "name" in hot.columns:
            arrays["hot_name"] = np.array(hot["name"].astype(str).tolist(), dtype=str)
        if "municipality" in hot.columns:
            arrays["hot_municipality"] = np.array(["" if m is None or m != m else str(m)
                                                   for m in hot["municipality"].tolist()], dtype=str)
        if "population" in hot.columns:
            arrays["hot_population"] = np.array([float(p) if p is not None and p == p else np.nan
                                                 for p in hot["population"].tolist()], dtype=float)
    except Exception as exc:  # a zone set or columns this does not know: the next run goes the full way too
        log.warning("zones not kept for a warm run (%s)", exc)
        return
    write_atomically(path, arrays)


def _wkb(name: str, wkbs: np.ndarray) -> dict[str, np.ndarray]:
    """Geometries as one byte array and the offsets of each (npz holds no object arrays)."""
    sizes = np.array([len(b) for b in wkbs], dtype=np.int64)
    data = np.frombuffer(b"".join(wkbs), dtype=np.uint8)
    return {name: data, f"{name}_ends": np.cumsum(sizes)}


def _geometries(data: Any, name: str) -> np.ndarray:
    import shapely

    blob, ends = data[name].tobytes(), data[f"{name}_ends"]
    starts = np.r_[0, ends[:-1]]
    wkbs = np.array([blob[a:b] for a, b in zip(starts, ends, strict=True)], dtype=object)
    return np.asarray(shapely.from_wkb(wkbs)) if len(wkbs) else np.empty(0, dtype=object)


class Kept:
    """The kept zones of a region: the engine's :class:`~layers.coverage.zones.Zones`, the warnings the region's
    read gave and the coordinate window of EPSG:3067."""

    def __init__(self, zones: Any, region_warnings: list[str], window: Any) -> None:
        self.zones = zones
        self.region_warnings = region_warnings
        self.window = window


def load(path: Path | None) -> Kept | None:
    """The zones kept in ``path``; None when absent, damaged or another format's."""
    if path is None:
        return None
    from layers.coverage.zone_cache import read_kept

    return read_kept(path, _read, "warm zones", "the run goes the full way", log)


def _read(data: Any) -> Kept:

    from layers.coverage.tables import GeoTable
    from layers.coverage.zones import Zones
    from layers.io.crs_detect import Candidate

    if str(data["format"]) != FORMAT:
        raise ValueError("another format")
    obj = {name: data[name].astype(object) for name in ("code", "municipality", "zone")}
    frame = GeoTable({n: [str(v) for v in obj[n]] for n in obj}, _geometries(data, "zone_wkb"))
    columns = {str(c) for c in data["hot_columns"]}
    hot_cols: dict[str, Any] = {}
    if "name" in columns:
        hot_cols["name"] = [str(v) for v in data["hot_name"]]
    if "municipality" in columns:
        hot_cols["municipality"] = [str(v) for v in data["hot_municipality"]]
    if "population" in columns:
        hot_cols["population"] = [None if v != v else float(v) for v in data["hot_population"]]
    hot = GeoTable({n: np.array(v, dtype=object) for n, v in hot_cols.items()}, _geometries(data, "hot_wkb"))
    w = data["window"]
    window = None if np.isnan(w).any() else Candidate("", "", float(w[0]), float(w[1]), float(w[2]), float(w[3]))
    zones = Zones(frame=frame, hotspots=hot, warnings=[str(v) for v in data["zone_warnings"]],  # type: ignore[arg-type]
                  land=None)
    return Kept(zones, [str(v) for v in data["region_warnings"]], window)


# ---- the light reader ---------------------------------------------------------------------------------------
def read_points(path: Path, window: Any) -> Any:
    """A GeoParquet file of points in EPSG:3067 as a :class:`~layers.coverage.tables.PointTable` (its
    coordinates: the engine makes no Point of them), when
    :func:`layers.io.read_layer` would take it as it is (see the module's docstring); else None (the full reader
    then reads it, with its messages)."""
    from layers.io.formats import file_format

    try:
        if file_format(path) != "geoparquet":
            return None
        return _read_points(path, window)
    except Exception as exc:  # anything unusual: the full reader says what
        log.debug("%s: not read lightly (%s)", path, exc)
        return None


def _read_points(path: Path, window: Any) -> Any:
    import pyarrow.parquet as pq

    from layers.coverage.tables import PointTable
    from layers.io.crs_detect import window_fit
    from layers.io.limits import current_limits, memory_estimate
    from layers.io.source_file import check_source_file

    limits = current_limits()
    check_source_file(path, limits)  # raises where the full reader would
    parquet = pq.ParquetFile(path)
    meta = parquet.metadata
    unpacked = sum(meta.row_group(i).total_byte_size for i in range(meta.num_row_groups))
    limits.check(path, "max_features", meta.num_rows, detail="its features")
    limits.check(path, "max_memory_mb", memory_estimate(meta.num_rows, raw_bytes=unpacked),
                 detail="the memory it would need")
    geo = json.loads((meta.metadata or {})[b"geo"])
    column = geo["primary_column"]
    info = geo["columns"][column]
    crs = info.get("crs")
    if info.get("encoding", "").upper() != "WKB" or not isinstance(crs, dict) or \
            crs.get("id") != {"authority": "EPSG", "code": 3067}:
        return None
    if PER_HOUR in parquet.schema_arrow.names or not meta.num_rows:
        return None
    xy = point_coordinates(parquet.read(columns=[column]).column(column).combine_chunks())
    # the points' bounding box fits the window exactly when every point does (the coordinates are finite)
    if xy is None or not window_fit(window, np.r_[xy.min(axis=0), xy.max(axis=0)].reshape(1, 4)).all():
        return None
    return PointTable(xy)


POINT_WKB = 21  # bytes of a 2D point in little-endian WKB: order (1), type 1 (uint32), x, y (float64)


def point_coordinates(column: Any) -> np.ndarray | None:
    """(n, 2) coordinates of a WKB column (a pyarrow binary array) that holds only 2D points in little-endian
    WKB with finite coordinates; None for anything else (nulls, other types, 3D, empty or non-finite points).
    Read from the column's buffers: pyarrow's own conversion to numpy imports pandas."""
    import pyarrow as pa

    if column.null_count or not (pa.types.is_binary(column.type) or pa.types.is_large_binary(column.type)):
        return None
    offset_type = np.int64 if pa.types.is_large_binary(column.type) else np.int32
    _, offsets_buf, data_buf = column.buffers()
    offsets = np.frombuffer(offsets_buf, dtype=offset_type)[column.offset:column.offset + len(column) + 1]
    if not len(column) or not (np.diff(offsets) == POINT_WKB).all():
        return None
    n = len(column)
    raw = np.frombuffer(data_buf, dtype=np.uint8, count=n * POINT_WKB, offset=int(offsets[0]))
    # strided views of the fields of each 21-byte record: read in place, one copy of the coordinates
    kind = np.ndarray((n,), dtype="<u4", buffer=raw, offset=1, strides=(POINT_WKB,))
    if not ((raw[::POINT_WKB] == 1).all() and (kind == 1).all()):
        return None
    xy = np.ndarray((n, 2), dtype="<f8", buffer=raw, offset=5, strides=(POINT_WKB, 8)).astype(np.float64)
    return xy if np.isfinite(xy).all() else None


# ---- the run ------------------------------------------------------------------------------------------------
def service_table(path: Path, window: Any) -> Any:
    """A service layer's file as a GeoTable: GeoParquet points in EPSG:3067 by the warm path's reader, anything
    else the light reader takes; None where the full reader is needed (or the layer holds departures per hour,
    whose thresholds are the full path's)."""
    from layers.io.light_read import read_light

    table = read_points(path, window)
    if table is not None:
        return table
    from layers.coverage.tables import GeoTable

    got = read_light(path)  # never raises: None where the full reader must read it
    if got is None or not len(got.geometry) or PER_HOUR in got.columns:
        return None
    return GeoTable(got.columns, got.geometry)


def services(args: argparse.Namespace, window: Any) -> list[Any] | None:
    """Each ``--layer`` (transport) and ``--energy`` file as a service at its radius, named as the full path
    names them (:func:`service_table`); None when one of them needs the full reader."""
    from layers.coverage.inputs import ServiceSpec

    out = []
    for sector, given in (("transport", args.layer), ("energy", args.energy)):
        for arg in given:
            table = service_table(arg.path, window)
            if table is None:
                return None
            out.append(ServiceSpec(arg.path.stem, table, float(arg.radius_m), sector))
    return out


def kept_zones(args: argparse.Namespace) -> tuple[Path | None, Kept | None]:
    """Where the zones of this run's region are kept, and what is kept there (None: not yet)."""
    path = entry_path(args)
    return path, load(path)


def samples_kept(zones: Any, inputs: Any) -> bool:
    """Whether the zone cache holds these zones' samples (the warm path never samples: that is the full
    path's, with its progress and its own frames)."""
    from layers.coverage.sampling import _zones_key
    from layers.coverage.zone_cache import cache_path

    key = _zones_key(zones, inputs.target_samples, inputs.min_spacing, inputs.max_spacing)
    return cache_path(key).is_file()


def run(args: argparse.Namespace, kept: Kept) -> tuple[Any, Any, Any, list[Any], Any] | None:
    """The run from the kept zones and the lightly read layers: the same inputs for the same engine as the full
    path's (:func:`layers.commands.coverage.main`), and what its output needs (inputs, engine, result, no layer
    pairs, the population layer); None where that needs the full path."""
    from layers.commands.coverage_people import DECLINE, population_layer

    specs = services(args, kept.window)
    if specs is None:
        return None
    people = population_layer(args)
    if people is DECLINE:
        return None
    inputs = light_inputs(args, kept.zones, specs, people)
    if not samples_kept(kept.zones, inputs):
        return None
    for warning in kept.region_warnings:  # as the full path says them, on reading the region
        print_warning(warning)
    return checked(args, inputs)


def light_inputs(args: argparse.Namespace, zones: Any, specs: list[Any], people: Any = None) -> Any:
    """The engine's inputs of a run without the full path (this one and :mod:`layers.commands.coverage_light`):
    the services named apart as the full path names them, the population layer (None: by area), no gaps or
    curve."""
    from layers.commands.coverage import name_apart
    from layers.coverage import CoverageInputs

    name_apart(specs)
    return CoverageInputs(zones=zones, services=specs, population=people, population_field=args.population_field,
                          gaps=False, curve=False)


def checked(args: argparse.Namespace, inputs: Any) -> tuple[Any, Any, Any, list[Any], Any]:
    """``inputs`` with the targets of ``--target``/``--hotspot-target`` checked by the engine: what
    :func:`layers.commands.coverage._write` needs (inputs, engine, result, no layer pairs, the population
    layer)."""
    from layers.commands.coverage import _targets
    from layers.coverage import check

    sectors = {s.sector for s in inputs.services}
    inputs.targets = _targets(args.target, sectors)
    inputs.hotspot_targets = _targets(args.hotspot_target, sectors)
    engine, result = check(inputs)
    return inputs, engine, result, [], inputs.population
