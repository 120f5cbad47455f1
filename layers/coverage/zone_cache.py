"""Prepared zones on disk, so that a region's zone preparation is paid once per machine, not once per run.

``regionmap coverage`` is a fresh process each time, and the window forgets its kept samples when it closes;
both went through the whole zone preparation again for the same boundaries.  Here the samples and their cell
geometry are kept as one plain numpy ``.npz`` per region in :func:`layers.userdirs.zone_cache_dir`:

* **keyed by content**: a hash of the zones' geometry (WKB), the sampling settings, the sample budget and
  :data:`FORMAT` (bumped whenever the sampling or the file's layout changes), so other boundaries, other
  settings or another version never read a file that is not theirs; the key is also stored inside the file;
* **no code in the data**: arrays only, read with ``allow_pickle=False``;
* **two processes at once**: a file is written to a temporary name in the same folder and moved into place with
  ``os.replace`` (atomic), so a reader sees a whole old file or a whole new one;
* **damaged or foreign files** (truncated, another key, arrays that do not fit together) are treated as absent:
  the zones are prepared again and the file replaced;
* **bounded**: after each write the least recently used files (by modification time, which a hit refreshes) go
  until the folder is within ``REGIONMAP_MAX_ZONE_CACHE_MB`` (:func:`layers.userdirs.zone_cache_limit_mb`; listed
  by ``check --limits`` with the read limits of :mod:`layers.io.limits`).

A cache that cannot be written (read-only home, full disk) only costs the preparation; it never fails a run.
"""

from __future__ import annotations

import contextlib
import logging
import os
import tempfile
from collections.abc import Callable
from dataclasses import fields
from pathlib import Path
from typing import Any, TypeVar

import numpy as np

from layers.coverage.cells import REDERIVED, rederived
from layers.coverage.samples import CellGeometry, Samples, ZoneGrid

FORMAT = "zones-4"  # bump when the sampling or this layout changes: older files are then never read
SUFFIX = ".npz"
_SAMPLE_ARRAYS = ("x", "y", "zone", "ix", "iy", "area_w", "edge")
_CELL_SCALARS = ("max_spacing", "block_reach_max")
log = logging.getLogger("regionmap.zone_cache")
T = TypeVar("T")


def cache_path(key: str, folder: Path | None = None) -> Path:
    from layers.userdirs import zone_cache_dir

    return (folder or zone_cache_dir()) / f"{key}{SUFFIX}"


def load(key: str, folder: Path | None = None) -> Samples | None:
    """The samples kept under ``key``, or None when there is no usable file (absent, damaged, foreign)."""
    return read_kept(cache_path(key, folder), lambda data: _from_arrays(key, {n: data[n] for n in data.files}),
                     "zone cache", "the zones are prepared again", log)


def read_kept(path: Path, read: Callable[[Any], T], what: str, again: str, logger: logging.Logger) -> T | None:
    """``read`` of the arrays kept in ``path`` (numpy's npz, never a pickle), the file then marked recently used;
    None when it is absent, or not usable (damaged, truncated, foreign: ``read`` raises), logged as ``what`` not
    usable and ``again`` what the run does instead.  The one reader of every cache file :func:`write_atomically`
    writes."""
    try:
        with np.load(path, allow_pickle=False) as data:
            got = read(data)
    except FileNotFoundError:
        return None
    except Exception as exc:  # a damaged, truncated or foreign file: do the work again and replace it
        logger.warning("%s %s is not usable (%s); %s", what, path.name, exc, again)
        return None
    with contextlib.suppress(OSError):
        os.utime(path)  # recently used: the last to be evicted
    return got


def store(key: str, samples: Samples, folder: Path | None = None, limit_mb: float | None = None) -> Path | None:
    """Write ``samples`` under ``key`` (atomically), then evict the least recently used files beyond the limit.
    Returns the file, or None when it could not be written."""
    return write_atomically(cache_path(key, folder), _to_arrays(key, samples), limit_mb)


def write_atomically(path: Path, arrays: dict[str, np.ndarray], limit_mb: float | None = None) -> Path | None:
    """Write ``arrays`` as the ``.npz`` file ``path`` (a temporary file in the same folder moved into place), then
    evict the least recently used cache files of that folder beyond the limit (:func:`evict`; the prepared
    regions of :mod:`layers.commands.region_cache` share the folder and the bound).  Returns the file, or None
    when it could not be written."""
    tmp_name = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=path.parent, prefix=f".{path.stem}.", suffix=".tmp",
                                         delete=False) as tmp:
            tmp_name = tmp.name
            np.savez(tmp, **arrays)  # type: ignore[arg-type]
        os.replace(tmp_name, path)
        tmp_name = None
    except OSError as exc:
        log.warning("cache file %s not written (%s)", path, exc)
        return None
    finally:
        if tmp_name is not None:
            Path(tmp_name).unlink(missing_ok=True)
    evict(path.parent, _limit_mb() if limit_mb is None else limit_mb, keep=path)
    return path


def evict(folder: Path, limit_mb: float | None, keep: Path | None = None) -> list[Path]:
    """Delete the least recently used cache files until the folder holds at most ``limit_mb`` (None: no limit);
    ``keep`` (the file just written) goes last.  Returns the deleted files."""
    if limit_mb is None:
        return []
    files = []
    for p in folder.glob(f"*{SUFFIX}"):
        try:
            st = p.stat()
        except OSError:
            continue  # deleted by another process meanwhile
        files.append((p == keep, st.st_mtime, st.st_size, p))
    files.sort(key=lambda f: (f[0], f[1]))
    total = sum(f[2] for f in files)
    gone = []
    for _, _, size, p in files:
        if total <= limit_mb * 1024 * 1024:
            break
        try:
            p.unlink()
        except OSError:
            continue
        total -= size
        gone.append(p)
    return gone


def _limit_mb() -> float | None:
    from layers.userdirs import zone_cache_limit_mb

    return zone_cache_limit_mb()


def _to_arrays(key: str, s: Samples) -> dict[str, np.ndarray]:
    cells = s.cells
    assert cells is not None, "samples are kept with their cell geometry"
    out: dict[str, np.ndarray] = {"format": np.array(FORMAT), "key": np.array(key), "n_zones": np.array(s.n_zones)}
    out.update({f"s_{name}": getattr(s, name) for name in _SAMPLE_ARRAYS})
    has = np.array([g is not None for g in s.grids], dtype=bool)
    out["grid_has"] = has
    out["grid_f"] = np.array([[g.x0, g.y0, g.spacing] if g is not None else [0.0, 0.0, 0.0] for g in s.grids],
                             dtype=float).reshape(-1, 3)
    out["grid_n"] = np.array([[g.nx, g.ny] if g is not None else [0, 0] for g in s.grids],
                             dtype=np.int64).reshape(-1, 2)
    for f in fields(CellGeometry):
        value = getattr(cells, f.name)
        if f.name in REDERIVED:
            continue  # arithmetic gives them again faster than the disk
        if f.name in _CELL_SCALARS:
            out[f"c_{f.name}"] = np.array(value, dtype=float)
        elif f.name == "zone_ends":
            out["c_zone_ends"] = value if value is not None else np.empty(0, dtype=np.int64)
            out["c_zone_ends_none"] = np.array(value is None)
        else:
            out[f"c_{f.name}"] = value
    return out


def _from_arrays(key: str, a: dict[str, np.ndarray]) -> Samples:
    """The samples of a file, checked to be this key's and whole (else ValueError/KeyError)."""
    if str(a["format"]) != FORMAT or str(a["key"]) != key:
        raise ValueError("another key or format")
    n_zones = int(a["n_zones"])
    has, gf, gn = a["grid_has"], a["grid_f"], a["grid_n"]
    if not (len(has) == len(gf) == len(gn) == n_zones):
        raise ValueError("grids do not match the zones")
    grids = [ZoneGrid(float(f[0]), float(f[1]), float(f[2]), int(n[0]), int(n[1])) if h else None
             for h, f, n in zip(has, gf, gn, strict=True)]
    arrays = {name: a[f"s_{name}"] for name in _SAMPLE_ARRAYS}
    n = len(arrays["x"])
    if any(len(v) != n for v in arrays.values()) or n == 0:
        raise ValueError("sample arrays of different lengths")
    if int(arrays["zone"].max()) >= n_zones or int(arrays["zone"].min()) < 0:
        raise ValueError("samples of zones that do not exist")
    cell_values: dict[str, Any] = {}
    for f in fields(CellGeometry):
        if f.name in REDERIVED:
            continue
        if f.name in _CELL_SCALARS:
            cell_values[f.name] = float(a[f"c_{f.name}"])
        elif f.name == "zone_ends":
            cell_values[f.name] = None if bool(a["c_zone_ends_none"]) else a["c_zone_ends"]
        else:
            cell_values[f.name] = a[f"c_{f.name}"]
    for name in ("block", "block_reach"):
        if len(cell_values[name]) != n:
            raise ValueError("cell arrays do not match the samples")
    if len(cell_values["edge_cells"]) and int(cell_values["edge_cells"].max()) >= n:
        raise ValueError("edge cells beyond the samples")
    spacing = cell_values["spacing"]
    if len(spacing) != n_zones or len(cell_values["x0"]) != n_zones or len(cell_values["y0"]) != n_zones:
        raise ValueError("cell grids do not match the zones")
    kept = Samples(pop_w=np.zeros(n), grids=grids, n_zones=n_zones, **arrays)  # type: ignore[arg-type]
    cell_values.update(rederived(kept, cell_values["x0"], cell_values["y0"], spacing))
    cells = CellGeometry(**cell_values)
    if len(cells.block) and int(cells.block.max()) >= len(cells.block_x):
        raise ValueError("blocks beyond the block centres")
    kept.cells = cells
    return kept
