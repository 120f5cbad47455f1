"""The region of ``--region`` prepared once: the boundaries as read, filtered and clipped to land, and the hot
spots derived from the settlements, kept on disk so that a later run on the same file reads one small file.

Reading a national boundaries file, the shipped land outline and the settlements, clipping the municipalities to
land and deriving the hot spots took 0.7-0.9 s of CPU in every ``regionmap coverage`` (and ``regionmap site``)
run, more than the coverage itself.  Kept beside the prepared zones (:mod:`layers.coverage.zone_cache`, the same
folder and the same size bound and eviction):

* **keyed by content**: the bytes of the boundaries file, the options that choose and prepare its areas
  (``--codes``/``--all``, the field names, ``--no-clip-land``), the language (of the warnings kept), the bytes
  of the shipped land outline,
  settlements and municipality list, the source of the code that reads and derives them (every module of
  :mod:`layers.io`, the hot spots, the shipped data) and :data:`FORMAT`; another file, option or version never
  reads a file that is not its own;
* **no code in the data**: the frames as GeoParquet bytes and the warnings as text, in a ``.npz`` read with
  ``allow_pickle=False``;
* written atomically (a temporary file moved into place), a damaged or foreign file is treated as absent and
  replaced, and a cache that cannot be written only costs the preparation.
"""

from __future__ import annotations

import argparse
import hashlib
import io
import logging
from collections.abc import Callable
from importlib import resources as ir
from importlib.util import find_spec
from pathlib import Path
from typing import Any

import numpy as np

FORMAT = "region-1"  # bump when what is kept changes
SUFFIX = ".region.npz"
RESOURCES = ("land.geojson", "settlements.geojson", "municipalities.csv")
CODE = ("layers.hotspots", "layers.frames", "layers.shipped", "layers.crs", "layers.region", "layers.commands.common",
        "layers.commands.region_cache")
log = logging.getLogger("regionmap.region_cache")


def region_key(args: argparse.Namespace, derive: bool) -> str | None:
    """The key of ``--region`` with its options, with or without derived hot spots (None when the file cannot
    be read: the read says why); without ``--region``, the key of the built-in region (its shipped data and
    code)."""
    digest = hashlib.blake2b(digest_size=16)
    if not getattr(args, "region", None):
        digest.update(repr((FORMAT, "built-in", derive)).encode())
        return _content_key(digest, None)
    choice = tuple(str(getattr(args, name, None)) for name in ("codes", "all", "no_clip_land", "name_field",
                                                               "code_field"))
    digest.update(repr((FORMAT, choice, derive)).encode())
    return _content_key(digest, Path(args.region))


def _content_key(digest: Any, region: Path | None) -> str | None:
    """``digest`` of the boundaries file, the shipped data, the code, the libraries' versions and the language
    (the warnings kept are in it)."""
    from layers.i18n import language

    digest.update(language().encode())
    try:
        if region is not None:
            digest.update(region.read_bytes())
        for name in RESOURCES:
            digest.update((ir.files("resources") / name).read_bytes())
        for path in _code_files():
            digest.update(path.read_bytes())
    except (OSError, ModuleNotFoundError):
        return None
    digest.update(library_versions().encode())
    return digest.hexdigest()


def library_versions() -> str:
    """The installed versions of the libraries that read, write and check the kept frames: the names of their
    ``*.dist-info`` folders, found without importing them (a warm run needs neither geopandas nor pandas nor
    pyproj, :mod:`layers.commands.coverage_warm`) and without :mod:`importlib.metadata` (0.16 s to import)."""
    got = []
    for name in ("shapely", "geopandas", "pyarrow", "pyproj", "numpy"):
        spec = find_spec(name)
        if spec is None or spec.origin is None:
            got.append(f"{name} -")
            continue
        site = Path(spec.origin).parent.parent
        got.append(" ".join(sorted(p.name for p in site.glob(f"{name}-*.dist-info"))) or f"{name} ?")
    return ", ".join(got)


def _code_files() -> list[Path]:
    io_spec = find_spec("layers.io")
    assert io_spec is not None and io_spec.origin is not None
    files = sorted(Path(io_spec.origin).parent.glob("*.py"))
    for name in CODE:
        spec = find_spec(name)
        assert spec is not None and spec.origin is not None
        files.append(Path(spec.origin))
    return files


def cached_region(args: argparse.Namespace, derive: bool, prepare: Callable[[], tuple[Any, Any, list[str]]],
                  folder: Path | None = None) -> tuple[Any, Any, list[str]]:
    """(municipalities, hot spots derived from the settlements or None without ``derive``, warnings of the read)
    of ``--region``: from the cache where this key's file is there and whole, else ``prepare()``, kept for the
    next run."""
    key = region_key(args, derive)
    if key is None:
        return prepare()
    path = _path(key, folder)
    got = load(path, key)
    if got is not None:
        return got
    muni, hot, warnings = prepare()
    store(path, key, muni, hot, warnings)
    return muni, hot, warnings


def _path(key: str, folder: Path | None) -> Path:
    from layers.userdirs import zone_cache_dir

    return (folder or zone_cache_dir()) / f"{key}{SUFFIX}"


def load(path: Path, key: str) -> tuple[Any, Any, list[str]] | None:
    """The frames and warnings kept in ``path`` under ``key``; None when absent, damaged or another key's."""
    from layers.coverage.zone_cache import read_kept

    def read(data: Any) -> tuple[Any, Any, list[str]]:
        if str(data["format"]) != FORMAT or str(data["key"]) != key:
            raise ValueError("another key or format")
        hot = _frame(data["hot"]) if len(data["hot"]) else None
        return _frame(data["muni"]), hot, [str(w) for w in data["warnings"]]

    return read_kept(path, read, "region cache", "the region is read again", log)


def store(path: Path, key: str, muni: Any, hot: Any, warnings: list[str]) -> None:
    """Keep the frames (atomically; then the folder's size bound applies).  Never fails the run."""
    from layers.coverage.zone_cache import write_atomically

    try:
        arrays = {"format": np.array(FORMAT), "key": np.array(key), "muni": _bytes(muni),
                  "hot": _bytes(hot) if hot is not None else np.zeros(0, dtype=np.uint8),
                  "warnings": np.array(warnings, dtype=str)}
    except Exception as exc:  # a column GeoParquet cannot hold: run without the cache
        log.warning("region cache not written (%s)", exc)
        return
    write_atomically(path, arrays)


def _bytes(frame: Any) -> np.ndarray:
    """GeoParquet bytes of ``frame`` (EPSG:3067, as every prepared frame is) without its CRS: GeoParquet would
    keep it as PROJJSON, which pyproj parses anew for every geometry array made from it (0.3-0.9 s a run)."""
    from layers.crs import WORK_CRS

    if frame.crs is None or frame.crs.to_epsg() != 3067:
        raise ValueError(f"a frame in {frame.crs}, not {WORK_CRS}")
    buf = io.BytesIO()
    frame.set_crs(None, allow_override=True).to_parquet(buf)
    return np.frombuffer(buf.getvalue(), dtype=np.uint8)


def _frame(data: np.ndarray) -> Any:
    import geopandas as gpd

    from layers.crs import WORK_CRS

    return gpd.read_parquet(io.BytesIO(data.tobytes())).set_crs(WORK_CRS)
