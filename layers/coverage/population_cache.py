"""People spread over a region's samples, kept on disk beside the samples (:mod:`.zone_cache`), so that a
population grid is spread over the same zones once, not in every run (0.5 s for 150,000 cells of 250 m).

* **keyed by content**: the samples' own key (the zones' geometry and the sampling settings, see
  :mod:`.sampling`), the land outline, every population feature's geometry (WKB) and count, the field, the
  source of the code that spreads them and :data:`FORMAT`;
* arrays only (``allow_pickle=False``), written atomically, in the same folder under the same size bound as the
  zones (:func:`layers.coverage.zone_cache.write_atomically`); a damaged or foreign file is treated as absent.
"""

from __future__ import annotations

import hashlib
import logging
from dataclasses import dataclass
from importlib.util import find_spec
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

if TYPE_CHECKING:
    from layers.coverage.samples import Samples
    from layers.coverage.zones import Zones

FORMAT = "people-1"
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
    """The key of these people over these samples; None for samples without a key (made elsewhere)."""
    import shapely

    if not samples.key:
        return None
    digest = hashlib.blake2b(repr((FORMAT, samples.key, field, len(samples))).encode(), digest_size=16)
    for module in ("layers.coverage.population", "layers.coverage.cells", "layers.coverage.population_cache"):
        spec = find_spec(module)  # the code that spreads them: another version never reads these
        assert spec is not None and spec.origin is not None
        digest.update(Path(spec.origin).read_bytes())
    land = zones.land
    if land is not None and not land.empty:
        for wkb in shapely.to_wkb(land.geometry.values):
            digest.update(b"-" if wkb is None else wkb)
    digest.update(b"|")
    for wkb in shapely.to_wkb(data.geometry.values):
        digest.update(b"-" if wkb is None else wkb)
    try:
        digest.update(np.ascontiguousarray(np.asarray(data[field], dtype=float)).tobytes())
    except (TypeError, ValueError):
        return None  # counts that are not numbers: the spreading says so
    return digest.hexdigest()


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
