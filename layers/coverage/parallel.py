"""Two threads for the whole-array passes: numpy, shapely and the k-d tree release the GIL while they work."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np


def chunks(idx: np.ndarray, size: int) -> list[np.ndarray]:
    """``idx`` in an even number of pieces of at most ``size`` (two threads share them)."""
    pieces = max(2, 2 * -(-len(idx) // (2 * size)))
    return [part for part in np.array_split(idx, pieces) if len(part)]


def in_two_threads(fn: Callable[[Any], Any], parts: list) -> list:
    """``[fn(p) for p in parts]`` on two threads (numpy and the k-d tree release the GIL while they work)."""
    if len(parts) < 2:
        return [fn(p) for p in parts]
    from concurrent.futures import ThreadPoolExecutor

    with ThreadPoolExecutor(max_workers=2) as pool:
        return list(pool.map(fn, parts))


def in_halves(fn: Callable[[slice], Any], n: int) -> list:
    """``[fn(first half), fn(second half)]`` of ``range(n)`` as slices, on two threads (whole-array numpy passes
    release the GIL)."""
    half = n // 2
    return in_two_threads(fn, [slice(0, half), slice(half, n)])


def any_chunked(test: Callable[[np.ndarray], Any], geoms: np.ndarray, chunk: int = 256) -> bool:
    """Whether ``test`` holds for any geometry, testing a chunk at a time and stopping at the first hit."""
    return any(bool(np.any(test(geoms[i:i + chunk]))) for i in range(0, len(geoms), chunk))
