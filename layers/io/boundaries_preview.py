"""The task behind Region > Load official boundaries…: the chosen areas, clipped to land, and what the document
derives from them (hot spots and in-between areas), all off the GUI thread.

``run(inputs, progress, cancelled)`` is a plain task function (the app's task runner calls it in a worker).  It
calls the same functions as the command line's ``--region`` (:func:`layers.io.region_boundaries.region_boundaries`)
and the document's own rule for its derived layers (:meth:`layers.document.Derivation.derive`), so that using the
result (:meth:`layers.document.MapDocument.set_boundaries` with ``derived``) only swaps the layers' data.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from layers.errors import Cancelled
from layers.i18n import translate
from layers.io.region_boundaries import RegionChoice, region_boundaries

if TYPE_CHECKING:
    import geopandas as gpd

    from layers.document import Derivation, Derived


@dataclass(frozen=True, eq=False)
class PreviewInputs:
    """What the task reads: the source as read, the planner's choice, the land outline, and the document's inputs
    of its derived layers (a snapshot taken on the GUI thread; the municipalities in it are replaced by the
    prepared ones)."""

    source: gpd.GeoDataFrame
    choice: RegionChoice
    land: Any
    source_name: str
    derivation: Derivation | None = None  # None: prepare the areas only


@dataclass(frozen=True, eq=False)
class PreparedRegion:
    """The areas kept (fields ``code``, ``name``, ``land_area_km2``…), the warnings to show, and their derived
    layers (``None`` when the inputs had no derivation)."""

    choice: RegionChoice
    municipalities: gpd.GeoDataFrame
    warnings: tuple[str, ...]
    derived: Derived | None


def run(inputs: PreviewInputs, progress: Callable[..., None] = lambda *a: None,
        cancelled: Callable[[], bool] = lambda: False) -> PreparedRegion:
    """Filter and clip the areas, then derive their hot spots and in-between areas; raises
    :class:`~layers.errors.Cancelled` between the steps once ``cancelled()`` (a newer choice supersedes this)."""
    progress(0.0, translate("progress", "clipping the areas to land"))
    result = region_boundaries(inputs.source, inputs.choice, land=inputs.land, source=inputs.source_name)
    if cancelled():
        raise Cancelled()
    derived = None
    if inputs.derivation is not None and len(result.data):
        progress(0.6, translate("progress", "deriving the hot spots and in-between areas"))
        derived = dataclasses.replace(inputs.derivation, municipalities=result.data).derive()
        if cancelled():
            raise Cancelled()
    progress(1.0, translate("progress", "done"))
    return PreparedRegion(inputs.choice, result.data, tuple(result.warnings), derived)
