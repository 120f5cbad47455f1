"""A start-up cache of the built-in default region (the schematic power diagram takes ~0.3 s to compute).

The region is pickled into the user's cache folder together with a fingerprint of everything it is derived
from: the shipped resource files, the source of the modules that build it, and the library versions.  Any
change, a damaged file or an unreadable cache simply rebuilds it.  ``REGIONMAP_NO_STARTUP_CACHE=1`` disables it.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import sys
from importlib import resources as ir
from pathlib import Path
from typing import TYPE_CHECKING

from layers.userdirs import cache_dir

if TYPE_CHECKING:
    from layers.region import Region

CACHE_FILE = "default-region.pickle"
DISABLE_ENV = "REGIONMAP_NO_STARTUP_CACHE"
RESOURCE_FILES = ("municipalities.csv", "land.geojson", "settlements.geojson")
SOURCE_MODULES = ("layers.region", "layers.shipped", "layers.crs")


def cache_path() -> Path:
    return cache_dir() / CACHE_FILE


def fingerprint() -> str:
    import importlib
    from importlib.metadata import PackageNotFoundError, version

    h = hashlib.sha256()
    h.update(sys.version.encode())
    for dist in ("shapely", "geopandas", "pandas", "pyproj", "numpy"):
        try:
            h.update(f"{dist}={version(dist)}".encode())
        except PackageNotFoundError:
            h.update(dist.encode())
    for name in RESOURCE_FILES:
        h.update((ir.files("resources") / name).read_bytes())
    for module_name in SOURCE_MODULES:
        module = importlib.import_module(module_name)
        h.update(Path(module.__file__ or "").read_bytes())
    return h.hexdigest()


def default_region_cached() -> Region:
    """The default region, from the cache when it is current; rebuilt (and cached) otherwise."""
    from layers.region import Region, default_region

    if os.environ.get(DISABLE_ENV):
        return default_region()
    try:
        key = fingerprint()
    except Exception:
        return default_region()  # a missing resource: let default_region() raise its clear UserError
    path = cache_path()
    try:
        with open(path, "rb") as fh:
            stored_key, region = pickle.load(fh)
        if stored_key == key and isinstance(region, Region):
            return region
    except Exception:  # absent, damaged or from another version: rebuild
        pass
    region = default_region()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(f".{os.getpid()}.tmp")
        with open(tmp, "wb") as fh:
            pickle.dump((key, region), fh, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)
    except OSError:
        pass  # a read-only cache folder only costs start-up time
    return region
