"""Prepared zones on disk, so that a region's zone preparation is paid once per machine, not once per run.

``regionmap coverage`` is a fresh process each time, and the window forgets its kept samples when it closes;
both went through the whole zone preparation again for the same boundaries.  Here what a region's samples and
their cell geometry are built from (:class:`layers.coverage.samples.CompactSamples`: cells and uint16 places in
them, blocks, the edge cells' areas and sub-samples; about 16 bytes a sample where the whole samples took 62) is
kept as one file per region in :func:`layers.userdirs.zone_cache_dir`: a JSON header and the arrays' raw bytes,
read with one read and no copy (:func:`read_raw`), then built by the same function a cold run builds them with
(:func:`layers.coverage.cells.expand`), so a warm run computes with exactly the cold run's values:

* **keyed by content**: a hash of the zones' geometry (WKB), the sampling settings, the sample budget and
  :data:`FORMAT` (bumped whenever the sampling or the file's layout changes), so other boundaries, other
  settings or another version never read a file that is not theirs; the key is also stored inside the file;
* **no code in the data**: arrays of plain numbers only (the header names their types from a short list);
* **whole**: the header holds a CRC-32 of the data, checked on every read;
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
import json
import logging
import os
import tempfile
import zlib
from collections.abc import Callable, Iterable
from importlib.util import find_spec
from pathlib import Path
from typing import Any, TypeVar

import numpy as np

from layers.coverage.cells import expand
from layers.coverage.samples import CompactSamples, Samples, ZoneGrid

FORMAT = "zones-5"  # bump when the sampling or this layout changes: older files are then never read
SUFFIX = ".zones"  # the prepared zones' files (:func:`write_raw`); the other caches of the folder are .npz
CACHE_SUFFIXES = (".npz", SUFFIX)  # every cache file of the folder, for the bound
MAGIC = b"RMZONES\n"
_ALIGN = 64
_DTYPES = frozenset({"|b1", "|u1", "<u2", "<i4", "<i8", "<f8"})  # plain numbers only: nothing runs as code
_MAX_HEADER = 1 << 20
_COMPACT = ("counts", "factor", "ix", "iy", "qx", "qy", "block", "block_x", "block_y", "edge_cells", "cut_area",
            "sub_q", "inside")
log = logging.getLogger("regionmap.zone_cache")
T = TypeVar("T")


def add_sources(digest: Any, modules: Iterable[str]) -> None:
    """Feed ``digest`` (a hashlib object) the source of each module, found without importing it: a cache file
    keyed so is never read by another version of the code that made it.  LookupError for a module without a
    source file."""
    for name in modules:
        spec = find_spec(name)
        if spec is None or spec.origin is None:
            raise LookupError(f"{name}: no source file to key the cache with")
        digest.update(Path(spec.origin).read_bytes())


def cache_path(key: str, folder: Path | None = None) -> Path:
    from layers.userdirs import zone_cache_dir

    return (folder or zone_cache_dir()) / f"{key}{SUFFIX}"


def load(key: str, folder: Path | None = None) -> Samples | None:
    """The samples kept under ``key``, or None when there is no usable file (absent, damaged, foreign)."""
    return _read_used(cache_path(key, folder), lambda path: _from_arrays(read_raw(path, key)), "zone cache",
                      "the zones are prepared again", log)


def read_raw(path: Path, key: str) -> dict[str, np.ndarray]:
    """The arrays of a file :func:`write_raw` wrote under ``key`` (read-only views of one read of the file),
    checked whole (its CRC-32), of this format and this key (else ValueError)."""
    raw = path.read_bytes()
    if raw[:len(MAGIC)] != MAGIC:
        raise ValueError("not a file of prepared zones")
    size = int.from_bytes(raw[len(MAGIC):len(MAGIC) + 8], "little")
    if size > _MAX_HEADER or len(MAGIC) + 8 + size > len(raw):
        raise ValueError("truncated header")
    head = json.loads(raw[len(MAGIC) + 8:len(MAGIC) + 8 + size])
    if head.get("format") != FORMAT or head.get("key") != key:
        raise ValueError("another key or format")
    start = _aligned(len(MAGIC) + 8 + size)
    if len(raw) != start + int(head["size"]) or zlib.crc32(memoryview(raw)[start:]) != int(head["crc"]):
        raise ValueError("truncated or damaged data")
    out = {}
    for name, (dtype, shape, offset) in head["arrays"].items():
        if dtype not in _DTYPES:
            raise ValueError(f"an array of type {dtype}")
        count = int(np.prod(shape, dtype=np.int64))
        out[name] = np.frombuffer(raw, dtype=np.dtype(dtype), count=count, offset=start + int(offset)).reshape(shape)
    return out


def write_raw(path: Path, key: str, arrays: dict[str, np.ndarray], limit_mb: float | None = None) -> Path | None:
    """Write ``arrays`` as one file: a header (format, key, each array's type, shape and place, the data's
    CRC-32) and the arrays' bytes, each at a multiple of 64 bytes (atomically, see :func:`_replace`); the
    arrays are written from where they are, with the zeros between them (no copy of all of them in one
    buffer: that was a third of the time), the CRC-32 taken piece by piece (the same as of the whole)."""
    pieces: list[Any] = []
    places, at, crc = {}, 0, 0
    for name, value in arrays.items():
        a = np.ascontiguousarray(value)
        if a.dtype.str not in _DTYPES:
            raise ValueError(f"an array of type {a.dtype.str}")
        places[name] = (a.dtype.str, list(a.shape), at)
        end = _aligned(at + a.nbytes)
        for piece in (a.reshape(-1).view(np.uint8).data, bytes(end - at - a.nbytes)):
            crc = zlib.crc32(piece, crc)
            pieces.append(piece)
        at = end
    head = json.dumps({"format": FORMAT, "key": key, "size": at, "crc": crc, "arrays": places}).encode()
    lead = MAGIC + len(head).to_bytes(8, "little") + head
    lead += bytes(_aligned(len(lead)) - len(lead))

    def write(fh: Any) -> None:
        fh.write(lead)
        for piece in pieces:
            fh.write(piece)

    return _replace(path, write, limit_mb)


def _aligned(n: int) -> int:
    return -(-n // _ALIGN) * _ALIGN


def read_kept(path: Path, read: Callable[[Any], T], what: str, again: str, logger: logging.Logger) -> T | None:
    """``read`` of the arrays kept in ``path`` (numpy's npz, never a pickle), as :func:`_read_used` reads: the one
    reader of every cache file :func:`write_atomically` writes."""

    def from_npz(p: Path) -> T:
        with np.load(p, allow_pickle=False) as data:
            return read(data)

    return _read_used(path, from_npz, what, again, logger)


def _read_used(path: Path, read: Callable[[Path], T], what: str, again: str, logger: logging.Logger) -> T | None:
    """``read(path)``, the file then marked recently used; None when it is absent, or not usable (damaged,
    truncated, foreign: ``read`` raises), logged as ``what`` not usable and ``again`` what the run does
    instead.  Every cache file of the folder is read through here."""
    try:
        got = read(path)
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
    return store_compact(key, samples.compact, folder, limit_mb)


def store_compact(key: str, compact: CompactSamples | None, folder: Path | None = None,
                  limit_mb: float | None = None) -> Path | None:
    """:func:`store` of the samples ``compact`` stands for (all the file keeps): a cold run writes it while it
    builds the samples from it."""
    try:
        arrays = _to_arrays(key, compact)
    except ValueError as exc:
        log.warning("zones not kept (%s)", exc)
        return None
    return write_raw(cache_path(key, folder), key, arrays, limit_mb)


def write_atomically(path: Path, arrays: dict[str, np.ndarray], limit_mb: float | None = None) -> Path | None:
    """Write ``arrays`` as the ``.npz`` file ``path`` (a temporary file in the same folder moved into place), then
    evict the least recently used cache files of that folder beyond the limit (:func:`evict`; the prepared
    regions of :mod:`layers.commands.region_cache` share the folder and the bound).  Returns the file, or None
    when it could not be written."""
    return _replace(path, lambda fh: np.savez(fh, **arrays), limit_mb)  # type: ignore[arg-type]


def _replace(path: Path, write: Callable[[Any], Any], limit_mb: float | None) -> Path | None:
    """``write`` the file ``path`` to a temporary file in the same folder moved into place (``os.replace``:
    a reader sees a whole old file or a whole new one), then evict the least recently used cache files beyond
    the limit.  Returns the file, or None when it could not be written."""
    tmp_name = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=path.parent, prefix=f".{path.stem}.", suffix=".tmp",
                                         delete=False) as tmp:
            tmp_name = tmp.name
            write(tmp)
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
    for p in (p for suffix in CACHE_SUFFIXES for p in folder.glob(f"*{suffix}")):
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


def _to_arrays(key: str, c: CompactSamples | None) -> dict[str, np.ndarray]:
    """The arrays of the file: what :func:`layers.coverage.cells.expand` builds the samples from, in the
    smallest types that hold them (cells as uint16 where every grid has fewer than 65,536 columns and rows; the
    edge cells' sub-samples' sides of the outline as bits)."""
    if c is None:
        raise ValueError("samples that were not sampled from zones")
    out: dict[str, np.ndarray] = {name: getattr(c, name) for name in _COMPACT}
    small = max([max(g.nx, g.ny) for g in c.grids if g is not None] or [0]) < 1 << 16
    out["ix"], out["iy"] = (a.astype(np.uint16 if small else np.int32) for a in (c.ix, c.iy))
    out["inside"] = np.packbits(c.inside.reshape(-1))
    out["grid_has"] = np.array([g is not None for g in c.grids], dtype=bool)
    out["grid_f"] = np.array([[g.x0, g.y0, g.spacing] if g is not None else [0.0, 0.0, 0.0] for g in c.grids],
                             dtype=float).reshape(-1, 3)
    out["grid_n"] = np.array([[g.nx, g.ny] if g is not None else [0, 0] for g in c.grids],
                             dtype=np.int64).reshape(-1, 2)
    return out


def _from_arrays(a: dict[str, np.ndarray]) -> Samples:
    """The samples of a file's arrays, checked to fit together (else ValueError/KeyError/IndexError)."""
    has, gf, gn = a["grid_has"], a["grid_f"], a["grid_n"]
    n_zones = len(has)
    if not (len(gf) == len(gn) == len(a["counts"]) == len(a["factor"]) == n_zones):
        raise ValueError("grids do not match the zones")
    grids = [ZoneGrid(float(f[0]), float(f[1]), float(f[2]), int(n[0]), int(n[1])) if h else None
             for h, f, n in zip(has.tolist(), gf, gn, strict=True)]
    values: dict[str, Any] = {name: a[name] for name in _COMPACT}
    values["ix"], values["iy"] = a["ix"].astype(np.int32), a["iy"].astype(np.int32)
    n, n_edge = len(values["ix"]), len(values["edge_cells"])
    m2 = values["sub_q"].shape[1] if values["sub_q"].ndim == 3 else -1
    values["inside"] = np.unpackbits(a["inside"], count=n_edge * m2).reshape(n_edge, m2).astype(bool)
    counts = values["counts"]
    if n == 0 or any(len(values[name]) != n for name in ("iy", "qx", "qy", "block")):
        raise ValueError("sample arrays of different lengths")
    if counts.min() < 0 or int(counts.sum()) != n or any(counts[k] and grids[k] is None for k in range(n_zones)):
        raise ValueError("samples of zones that do not exist")
    if any(len(values[name]) != n_edge for name in ("cut_area", "sub_q")) or (
            n_edge and (int(values["edge_cells"].min()) < 0 or int(values["edge_cells"].max()) >= n)):
        raise ValueError("edge cells beyond the samples")
    n_blocks = len(values["block_x"])
    if len(values["block_y"]) != n_blocks or int(values["block"].min()) < 0 or int(values["block"].max()) >= n_blocks:
        raise ValueError("blocks beyond the block centres")
    return expand(CompactSamples(grids=grids, **values))
