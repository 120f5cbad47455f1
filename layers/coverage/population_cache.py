"""People spread over a region's samples, kept on disk beside the samples (:mod:`.zone_cache`), so that a
population grid is spread over the same zones once, not in every run (0.5 s for 150,000 cells of 250 m).

* **keyed by content**: the samples' own key (the zones' geometry and the sampling settings, see
  :mod:`.sampling`), the land outline, every population feature's geometry and count, the field, the source of
  the code that spreads them and :data:`FORMAT`.  The geometries are hashed as arrays (:func:`geometry_digest`:
  simple polygons and points by their types, vertex counts and coordinates, about 0.1 s for 144,690 grid cells
  where one WKB each took 0.25-0.35 s); a table that knows its features' digest (``people_digest(field)``: a
  GeoParquet file read as stored, :mod:`layers.commands.coverage_people`, hashes its WKB column) gives its own;
* arrays only (``allow_pickle=False``), written atomically, in the same folder under the same size bound as the
  zones (:func:`layers.coverage.zone_cache.write_atomically`); a damaged or foreign file is treated as absent.
"""

from __future__ import annotations

import hashlib
import logging
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

if TYPE_CHECKING:
    from layers.coverage.samples import Samples
    from layers.coverage.zones import Zones

FORMAT = "people-2"
SUFFIX = ".people.npz"
log = logging.getLogger("regionmap.population_cache")


@dataclass
class Kept:
    """What :func:`layers.coverage.population.add_population` made: the grid samples' people, the population
    points appended (``px``, ``py``, ``pzone``, ``ppeople``), the zones reached and the warnings it gave."""

    pop_w: np.ndarray
    px: np.ndarray
    py: np.ndarray
    pzone: np.ndarray
    ppeople: np.ndarray
    reached: np.ndarray
    warnings: list[str]


def key(samples: Samples, zones: Zones, data: Any, field: str) -> str | None:
    """The key of these people over these samples; None for samples without a key (made elsewhere) or counts
    that are not numbers."""
    if not samples.key:
        return None
    from layers.coverage.zone_cache import add_sources

    digest = hashlib.blake2b(repr((FORMAT, samples.key, field, len(samples))).encode(), digest_size=16)
    # the code that spreads them: another version never reads these
    add_sources(digest, ("layers.coverage.population", "layers.coverage.cells", "layers.coverage.population_cache"))
    land = zones.land
    if land is not None and not land.empty:
        digest.update(geometry_digest(np.asarray(land.geometry.values)))
    digest.update(b"|")
    features = people_digest(data, field)
    if features is None:
        return None  # counts that are not numbers: the spreading says so
    digest.update(features)
    return digest.hexdigest()


def people_digest(data: Any, field: str) -> bytes | None:
    """The digest of a population layer's geometries and its counts in ``field`` (None: they are not numbers);
    the table's own ``people_digest`` where it has one."""
    from layers.frames import geometries

    own = getattr(data, "people_digest", None)
    if callable(own):
        return own(field)  # type: ignore[no-any-return]
    try:
        counts = np.ascontiguousarray(np.asarray(data[field], dtype=float))
    except (TypeError, ValueError):
        return None
    digest = hashlib.blake2b(b"geometries", digest_size=16)
    digest.update(geometry_digest(geometries(data)))
    digest.update(counts.tobytes())
    return digest.digest()


def geometry_digest(geoms: np.ndarray) -> bytes:
    """A digest of the geometries that changes with any coordinate, part or type.  Where every geometry is a
    2D point or a 2D polygon without holes (or missing), its type, vertex count and coordinates say all of it
    (a polygon without holes is its one ring) and are hashed as arrays; anything else by its WKB (sizes and
    bytes), which needs one bytes object per geometry."""
    import shapely

    types = np.asarray(shapely.get_type_id(geoms), dtype=np.int8)
    simple = ((types == 0) | (types == 3) | (types == -1)) & ~np.asarray(shapely.has_z(geoms))
    if bool(simple.all()) and not np.asarray(shapely.get_num_interior_rings(geoms[types == 3])).any():
        digest = hashlib.blake2b(b"simple", digest_size=16)
        digest.update(types.tobytes())
        digest.update(np.asarray(shapely.get_num_coordinates(geoms), dtype=np.int64).tobytes())
        digest.update(np.ascontiguousarray(shapely.get_coordinates(geoms), dtype=np.float64).tobytes())
        return digest.digest()
    wkbs = shapely.to_wkb(geoms)
    digest = hashlib.blake2b(b"wkb", digest_size=16)
    digest.update(np.array([-1 if w is None else len(w) for w in wkbs], dtype=np.int64).tobytes())
    digest.update(b"".join(w for w in wkbs if w is not None))
    return digest.digest()


def _path(key: str) -> Path:
    from layers.userdirs import zone_cache_dir

    return zone_cache_dir() / f"{key}{SUFFIX}"


def load(key: str) -> Kept | None:
    from layers.coverage.zone_cache import read_kept

    def read(d: Any) -> Kept:
        if str(d["format"]) != FORMAT or str(d["key"]) != key:
            raise ValueError("another key or format")
        kept = Kept(d["pop_w"], d["px"], d["py"], d["pzone"], d["ppeople"], d["reached"],
                    [str(w) for w in d["warnings"]])
        if not (len(kept.px) == len(kept.py) == len(kept.pzone) == len(kept.ppeople)):
            raise ValueError("the people's arrays differ in length")
        return kept

    return read_kept(_path(key), read, "population cache", "the people are spread again", log)


def store(key: str, samples: Samples, n_grid: int, reached: np.ndarray, warnings: list[str]) -> None:
    """Keep the people of ``samples`` (the first ``n_grid`` are the zones' samples, the rest population points)."""
    from layers.coverage.zone_cache import write_atomically

    arrays = {"format": np.array(FORMAT), "key": np.array(key), "pop_w": samples.pop_w[:n_grid],
              "px": samples.x[n_grid:], "py": samples.y[n_grid:], "pzone": samples.zone[n_grid:],
              "ppeople": samples.pop_w[n_grid:], "reached": reached, "warnings": np.array(warnings, dtype=str)}
    write_atomically(_path(key), arrays)
