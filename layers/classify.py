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


def class_label(lower: float, upper: float) -> str:
    """A class's legend label, "1 000 – 2 500"."""
    return f"{_label(lower)} – {_label(upper)}"


def graduated_classes(bounds: Sequence[float], colours: Sequence[str] | None = None
                      ) -> list[tuple[float, float, str, str]]:
    """``(lower, upper, colour, label)`` per class of ``bounds`` (a value equal to a bound joins the lower class,
    as in QGIS), coloured along :data:`RAMP` unless ``colours`` are given."""
    pairs = list(itertools.pairwise(bounds))
    shades = list(colours) if colours is not None else ramp(len(pairs))
    return [(float(lo), float(hi), shades[i], class_label(lo, hi)) for i, (lo, hi) in enumerate(pairs)]


# Colour ramps a graduated style offers (light to dark; ColorBrewer-like sequences written out).
RAMPS: dict[str, tuple[str, ...]] = {
    "yellow-red": RAMP,
    "blues": ("#eff3ff", "#bdd7e7", "#6baed6", "#3182bd", "#08519c"),
    "greens": ("#edf8e9", "#bae4b3", "#74c476", "#31a354", "#006d2c"),
    "purples": ("#f2f0f7", "#cbc9e2", "#9e9ac8", "#756bb1", "#54278f"),
    "greys": ("#f7f7f7", "#cccccc", "#969696", "#636363", "#252525"),
}
RAMP_NAMES = {"yellow-red": "Yellow – orange – red", "blues": "Blues", "greens": "Greens", "purples": "Purples",
              "greys": "Greys"}


def style_classes(values: Iterable[object], n_classes: int, method: str = "quantile",
                  ramp_name: str = "yellow-red") -> tuple[tuple[float, float, str], ...]:
    """The ``(lower, upper, colour)`` classes a graduated style keeps (:attr:`layers.model.Style.classes`)."""
    bounds = classify(values, n_classes, method)
    pairs = list(itertools.pairwise(bounds))
    shades = ramp(len(pairs), RAMPS.get(ramp_name, RAMP))
    return tuple((float(lo), float(hi), shades[i]) for i, (lo, hi) in enumerate(pairs))


def class_indices(values: Iterable[object], classes: Sequence[tuple[float, float, str]]) -> np.ndarray:
    """The class of each value (upper bounds inclusive, as :func:`class_of`), -1 for text, NaN or outside."""
    import pandas as pd

    series = values if isinstance(values, pd.Series) else pd.Series(list(values), dtype=object)
    if series.dtype == bool:  # yes/no is not a number to classify (as finite_values)
        series = pd.Series(np.full(len(series), np.nan))
    elif series.dtype == object:
        series = series.map(lambda v: None if isinstance(v, bool | np.bool_) else v)
    numbers = pd.to_numeric(series, errors="coerce").to_numpy(dtype=float)
    out = np.full(len(numbers), -1, dtype=np.int64)
    if not len(classes):
        return out
    uppers = np.asarray([hi for _lo, hi, _c in classes], dtype=float)
    lowest = float(classes[0][0])
    idx = np.searchsorted(uppers, numbers, side="left")  # the first class whose upper bound >= value
    ok = np.isfinite(numbers) & (numbers >= lowest) & (idx < len(uppers))
    out[ok] = idx[ok]
    return out


def class_colours(values: Iterable[object], classes: Sequence[tuple[float, float, str]], other: str) -> np.ndarray:
    """The colour of each value's class, ``other`` for values in none (the canvas, pages and HTML map use it)."""
    idx = class_indices(values, classes)
    palette = np.asarray([c for _lo, _hi, c in classes] + [other], dtype=object)
    return palette[np.where(idx >= 0, idx, len(classes))]


def class_of(value: float, bounds: Sequence[float]) -> int | None:
    """The class index of ``value`` (upper bounds inclusive), None outside the bounds or for NaN."""
    if not len(bounds) or not math.isfinite(value) or value < bounds[0] or value > bounds[-1]:
        return None
    for i in range(1, len(bounds)):
        if value <= bounds[i]:
            return i - 1
    return len(bounds) - 2


__all__ = ["METHODS", "METHOD_NAMES", "RAMPS", "RAMP_NAMES", "class_colours", "class_indices", "class_label",
           "class_of", "classify", "finite_values", "graduated_classes", "jenks_bounds", "ramp", "style_classes"]
