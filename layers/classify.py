"""Classes of a numeric field for graduated styles: quantiles, equal interval and natural breaks (Jenks).

A population field styled by category gives one colour per distinct count (12, 23, 213 ...); planners want a
few classes with a legend.  :func:`classify` returns the class bounds, :func:`graduated_classes` the classes
with colours from a light-to-dark ramp and legend labels.  The rules are Qt-free so that the style dialog, the
projects and the QGIS export (``graduatedSymbol`` in :mod:`layers.project.qml`) share them.

Natural breaks are Jenks's optimal classification (the Fisher–Jenks dynamic programme: the bounds that minimise
the sum of squared deviations within classes), written here on the sorted values; fields with more than
:data:`JENKS_SAMPLE` values are classified on an evenly spaced sample of the sorted values, as QGIS does, which
keeps it O(k·n²) on a bounded n.  No library is needed for ~40 lines.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Iterable, Sequence

import numpy as np

METHODS = ("quantile", "equal_interval", "jenks")
METHOD_NAMES = {"quantile": "Quantiles (equal count)", "equal_interval": "Equal interval",
                "jenks": "Natural breaks (Jenks)"}
JENKS_SAMPLE = 1000
# A light-to-dark ramp (ColorBrewer-like yellow-orange-red, written out), interpolated to the number of classes.
RAMP = ("#ffffb2", "#fecc5c", "#fd8d3c", "#f03b20", "#bd0026")


def finite_values(values: Iterable[object]) -> np.ndarray:
    """The finite numbers among ``values`` (text, None and NaN are left out), sorted."""
    out = []
    for v in values:
        if isinstance(v, bool):
            continue
        try:
            f = float(v)  # type: ignore[arg-type]
        except (TypeError, ValueError):
            continue
        if math.isfinite(f):
            out.append(f)
    return np.sort(np.asarray(out, dtype=float))


def classify(values: Iterable[object], n_classes: int, method: str = "quantile") -> list[float]:
    """``n+1`` ascending bounds (the first the minimum, the last the maximum); fewer when values repeat."""
    if method not in METHODS:
        raise ValueError(f"unknown classification {method!r}; use one of {', '.join(METHODS)}")
    data = finite_values(values)
    if not len(data):
        return []
    k = max(1, min(int(n_classes), len(np.unique(data))))
    lo, hi = float(data[0]), float(data[-1])
    if lo == hi or k == 1:
        return [lo, hi]
    if method == "equal_interval":
        bounds = list(np.linspace(lo, hi, k + 1))
    elif method == "quantile":
        bounds = list(np.quantile(data, np.linspace(0.0, 1.0, k + 1)))
    else:
        bounds = jenks_bounds(data, k)
    bounds[0], bounds[-1] = lo, hi
    return _distinct(bounds)


def _distinct(bounds: Sequence[float]) -> list[float]:
    out: list[float] = []
    for b in bounds:
        if not out or b > out[-1]:
            out.append(float(b))
    return out


def jenks_bounds(sorted_values: np.ndarray, k: int) -> list[float]:
    """Fisher–Jenks natural breaks of ascending ``sorted_values`` into ``k`` classes: ``k+1`` bounds."""
    data = sorted_values
    if len(data) > JENKS_SAMPLE:
        data = data[np.linspace(0, len(data) - 1, JENKS_SAMPLE).round().astype(int)]
    n = len(data)
    csum = np.concatenate(([0.0], np.cumsum(data)))
    csq = np.concatenate(([0.0], np.cumsum(data * data)))

    def ssd(i: np.ndarray | int, j: int) -> np.ndarray:
        """Sum of squared deviations of data[i:j] (vectorised over the starts ``i``)."""
        count = j - np.asarray(i)
        s = csum[j] - csum[i]
        return (csq[j] - csq[i]) - s * s / count

    cost = np.full((k + 1, n + 1), np.inf)
    start = np.zeros((k + 1, n + 1), dtype=int)
    cost[1, 1:] = [ssd(0, j) for j in range(1, n + 1)]
    for c in range(2, k + 1):
        for j in range(c, n + 1):
            i = np.arange(c - 1, j)  # the last class is data[i:j]
            total = cost[c - 1, i] + ssd(i, j)
            best = int(np.argmin(total))
            cost[c, j], start[c, j] = total[best], int(i[best])
    cuts, j = [], n
    for c in range(k, 1, -1):
        j = start[c, j]
        cuts.append(float(data[j - 1]))  # a class's upper bound is its largest value
    return [float(data[0]), *reversed(cuts), float(data[-1])]


def ramp(n: int, colours: Sequence[str] = RAMP) -> list[str]:
    """``n`` colours evenly along ``colours`` (``#rrggbb``), light to dark."""
    rgb = np.array([[int(c[i:i + 2], 16) for i in (1, 3, 5)] for c in colours], dtype=float)
    stops = np.linspace(0, len(colours) - 1, max(n, 1))
    out = []
    for s in stops:
        i = min(int(s), len(colours) - 2)
        t = s - i
        r, g, b = (rgb[i] * (1 - t) + rgb[i + 1] * t).round().astype(int)
        out.append(f"#{r:02x}{g:02x}{b:02x}")
    return out


def _label(value: float) -> str:
    return f"{value:,.0f}".replace(",", "\u202f") if abs(value) >= 100 else f"{value:.4g}"


def graduated_classes(bounds: Sequence[float], colours: Sequence[str] | None = None
                      ) -> list[tuple[float, float, str, str]]:
    """``(lower, upper, colour, label)`` per class of ``bounds`` (a value equal to a bound joins the lower class,
    as in QGIS), coloured along :data:`RAMP` unless ``colours`` are given."""
    pairs = list(itertools.pairwise(bounds))
    shades = list(colours) if colours is not None else ramp(len(pairs))
    return [(float(lo), float(hi), shades[i], f"{_label(lo)} – {_label(hi)}") for i, (lo, hi) in enumerate(pairs)]


def class_of(value: float, bounds: Sequence[float]) -> int | None:
    """The class index of ``value`` (upper bounds inclusive), None outside the bounds or for NaN."""
    if not len(bounds) or not math.isfinite(value) or value < bounds[0] or value > bounds[-1]:
        return None
    for i in range(1, len(bounds)):
        if value <= bounds[i]:
            return i - 1
    return len(bounds) - 2


__all__ = ["METHODS", "METHOD_NAMES", "class_of", "classify", "finite_values", "graduated_classes", "jenks_bounds",
           "ramp"]
