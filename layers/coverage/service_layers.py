"""The document's transport and energy layers as the coverage check's services: one spec per layer, at the
layer's own radius (:func:`layers.model.service_radius_m`), under a name unique in the check.

The engine keys its prepared layers by name, so two layers called the same would otherwise be one; each of them
gets its position appended ("Stops (1)", "Stops (3)"), as ``regionmap coverage`` has always named them.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from layers.model import service_radius_m

if TYPE_CHECKING:
    from layers.coverage.engine import ServiceSpec
    from layers.model import Layer


def unique_names(names: list[str]) -> list[str]:
    """``names`` with each repeated one made unique by its 1-based position: [a, b, a] -> [a (1), b, a (3)]."""
    return [f"{name} ({i + 1})" if names.count(name) > 1 else name for i, name in enumerate(names)]


def service_specs(layers: Iterable[Layer]) -> list[tuple[Layer, ServiceSpec]]:
    """(layer, spec) for each layer, in order; the spec's sector is the layer's kind."""
    from layers.coverage.engine import ServiceSpec

    layers = list(layers)
    names = unique_names([lyr.name for lyr in layers])
    return [(lyr, ServiceSpec(name, lyr.data, service_radius_m(lyr), lyr.kind.value))
            for lyr, name in zip(layers, names, strict=True)]
