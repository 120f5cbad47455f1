"""What a map render needs built before it can draw, built in a worker thread instead of in the paint.

A render of a layer whose data is new (a loaded file, the hot spots of new boundaries, the gaps of a coverage
check), or at a zoom level not drawn before, first builds that layer's drawing arrays and paths
(:class:`app.render.geometry_cache.LayerGeometry`: explode, simplify, QPainterPaths), its labels' anchors and the
region's outline.  That needs no painter: :meth:`MapPainter.needs` lists what is missing for the layers drawn at
a level, :func:`run` (a plain task function for the map's own task runner) builds it from snapshots taken on the
GUI thread, and :meth:`MapPainter.adopt` takes in what still matches the layers' data (a layer whose data changed
meanwhile is built again).  The render that follows draws the same paths it would have built itself.  Label
images (text drawn into a QImage) stay in the render: no text is drawn off the GUI thread.

QPainterPath, QByteArray and QDataStream are reentrant: building them in another thread is allowed, as long as
no object is shared while it is built (each need's geometry or level is new, or only read).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from app.qt_compat import protect_none_refcount
from app.render.geometry_cache import LayerGeometry, LevelGeometry

protect_none_refcount()  # PySide6 6.12 on Python 3.11: see app/qt_compat.py

if TYPE_CHECKING:
    from layers.labelling import LayerLabels
    from layers.model import Layer, Style

NO_LABELS: Any = object()  # a need's labels were already there


@dataclass(eq=False)
class Need:
    """One thing drawn (a layer, or the land when ``layer`` is None) and what it misses at ``level``.

    ``layer`` is a shallow copy of the layer made on the GUI thread (its data and style as they were);
    ``geometry`` the cached geometry if there is one (then only the level is built)."""

    layer_id: int
    data: Any
    style: Style
    base: tuple[str, str]  # the base colours of its polygon and line paths (as MapPainter draws them)
    level: int
    geometry: LayerGeometry | None
    layer: Layer | None = None
    labels: bool = False
    built: LayerGeometry | None = field(default=None, init=False)
    built_level: LevelGeometry | None = field(default=None, init=False)
    built_labels: LayerLabels | None = field(default=NO_LABELS, init=False)

    @property
    def key(self) -> tuple[int, int, int]:
        return self.layer_id, id(self.data), self.level


@dataclass(eq=False)
class Outline:
    """The region's outline to prepare (point labels keep inside it): ``municipalities`` as they were."""

    municipalities: Any
    built: Any = None
    done: bool = False


@dataclass(eq=False)
class Preparation:
    """What to build: ``needs`` and the region's outline.  Label images (text drawn into a QImage) are left to
    the render: text is drawn on the GUI thread only (font engines and glyph caches are shared)."""

    needs: list[Need]
    outline: Outline | None = None

    def __bool__(self) -> bool:
        return bool(self.needs) or self.outline is not None

    def keys(self) -> set[tuple[int, int, int]]:
        return {need.key for need in self.needs}


def build(need: Need) -> None:
    """Build what ``need`` misses, into ``need`` (never into the geometry the GUI thread may be drawing)."""
    from app.render.labels import make_layer_labels

    level: LevelGeometry | None = None
    if need.geometry is None:
        geometry = LayerGeometry(need.data)  # new: nobody else sees it yet
        level = geometry.at_level(need.level)
    else:
        geometry = need.geometry  # drawn meanwhile: only read (the level is built apart and adopted)
        if (geometry.has_polygons or geometry.has_lines) and not geometry.has_level(need.level):
            level = geometry.build_level(need.level)
    polygon_base, line_base = need.base
    if level is not None and (geometry.has_polygons or geometry.has_lines):
        geometry.grouped_paths(level, "polygons", need.style, polygon_base)
        geometry.grouped_paths(level, "lines", need.style, line_base)
    need.built, need.built_level = geometry, level
    if need.labels and need.layer is not None:
        need.built_labels = make_layer_labels(need.layer, geometry)


def region_outline(municipalities: Any) -> Any:
    """The union of the areas, prepared for point-in-polygon tests (None without areas)."""
    import shapely

    outline = shapely.union_all(shapely.make_valid(municipalities.geometry.values)) if len(municipalities) else None
    if outline is not None:
        shapely.prepare(outline)
    return outline


def run(preparation: Preparation, progress: Callable[..., None] = lambda *a: None,
        cancelled: Callable[[], bool] = lambda: False) -> Preparation:
    """Build every need of ``preparation`` (a task function: the map's worker runs it)."""
    total = len(preparation.needs) + 1
    for k, need in enumerate(preparation.needs):
        if cancelled():
            break
        progress(k / total)
        build(need)
    if preparation.outline is not None and not cancelled():
        preparation.outline.built = region_outline(preparation.outline.municipalities)
        preparation.outline.done = True
    progress(1.0)
    return preparation
