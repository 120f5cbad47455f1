"""The document's transport and energy layers as the coverage check's services: one spec per layer, at the
layer's own radius (:func:`layers.model.service_radius_m`), under a name unique in the check.

The engine keys its prepared layers by name, so two layers called the same would otherwise be one; each of them
gets its position appended ("Stops (1)", "Stops (3)"), as ``regionmap coverage`` has always named them.

A layer with a service threshold (:attr:`layers.model.Layer.service_threshold`) and a ``per_hour`` field (GTFS
stops, :mod:`layers.transit`) serves only with the features that meet it: a stop with two buses a day does not
serve an area the way one with four an hour does.  Other layers ignore the threshold.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING

import numpy as np

from layers.model import service_radius_m

if TYPE_CHECKING:
    import geopandas as gpd

    from layers.coverage.engine import ServiceSpec
    from layers.model import Layer

PER_HOUR = "per_hour"  # the field of departures per hour that layers.transit writes on each stop


def unique_names(names: list[str]) -> list[str]:
    """``names`` with each repeated one made unique by its 1-based position: [a, b, a] -> [a (1), b, a (3)]."""
    return [f"{name} ({i + 1})" if names.count(name) > 1 else name for i, name in enumerate(names)]


def has_service_level(data: gpd.GeoDataFrame) -> bool:
    """Whether features carry departures per hour, so that a service threshold applies to them."""
    return PER_HOUR in data.columns


def layer_threshold(layer: Layer) -> float | None:
    """The threshold the check applies to ``layer``: its own where its data have ``per_hour``, else None."""
    return layer.service_threshold if has_service_level(layer.data) else None


def meeting_threshold(data: gpd.GeoDataFrame, threshold: float | None) -> gpd.GeoDataFrame:
    """The features with at least ``threshold`` departures per hour (all of them for None or without
    ``per_hour``); a missing or non-numeric count does not meet a threshold."""
    if threshold is None or not has_service_level(data):
        return data
    import pandas as pd

    per_hour = pd.to_numeric(data[PER_HOUR], errors="coerce").to_numpy(dtype=float)
    keep = np.nan_to_num(per_hour, nan=-1.0) >= threshold
    return data if keep.all() else data[keep]


def service_specs(layers: Iterable[Layer]) -> list[tuple[Layer, ServiceSpec]]:
    """(layer, spec) for each layer, in order; the spec's sector is the layer's kind and its features those that
    meet the layer's service threshold."""
    from layers.coverage.threshold_steps import SteppedSpec  # keeps every stop too: the other thresholds' steps

    layers = list(layers)
    names = unique_names([lyr.name for lyr in layers])
    return [(lyr, SteppedSpec(name, meeting_threshold(lyr.data, layer_threshold(lyr)), service_radius_m(lyr),
                              lyr.kind.value, lyr.data if has_service_level(lyr.data) else None, layer_threshold(lyr)))
            for lyr, name in zip(layers, names, strict=True)]


def service_thresholds(by_name: Mapping[str, Layer]) -> dict[str, float]:
    """The thresholds of the layers in a check, by their name in it (layers without one are left out): the
    record :attr:`layers.coverage.result.CoverageResult.thresholds` keeps beside the radii."""
    return {name: t for name, layer in by_name.items() if (t := layer_threshold(layer)) is not None}
