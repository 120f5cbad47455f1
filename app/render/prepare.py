"""What a map render needs built before it can draw, built in a worker thread instead of in the paint.

A render of a layer whose data is new (a loaded file, the hot spots of new boundaries, the gaps of a coverage
check), or at a zoom level not drawn before, first builds that layer's drawing arrays and paths
(:class:`app.render.geometry_cache.LayerGeometry`: explode, simplify, QPainterPaths), its labels' anchors and the
region's outline.  That is most of a first render (~0.1-0.3 s for a coverage result), and it needs no painter:
:meth:`MapPainter.needs` lists what is missing for the layers drawn at a level, :func:`run` (a plain task function
for the app's task runner) builds it from snapshots taken on the GUI thread, and :meth:`MapPainter.adopt` takes
in what still matches the layers' data (a layer whose data changed meanwhile is left to be built again).  The
render that follows draws the same paths it would have built itself.

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


SPRITES_AT_MOST = 150  # label images made ahead per preparation (more: the render makes the rest)


@dataclass(eq=False)
class Preparation:
    """What to build: ``needs``, the outline, and the label images (``sprites``: text, kind) that a render of
    ``extent`` (map units) at device ``scale`` draws and that are not made yet."""

    needs: list[Need]
    outline: Outline | None = None
    extent: tuple[float, float, float, float] | None = None
    scale: float = 1.0
    sprites: list[tuple[str, Any]] = field(default_factory=list)

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
    from app.render.labels import label_sprite, missing_sprites

    total = len(preparation.needs) + 2
    for k, need in enumerate(preparation.needs):
        if cancelled():
            break
        progress(k / total)
        build(need)
    if preparation.outline is not None and not cancelled():
        preparation.outline.built = region_outline(preparation.outline.municipalities)
        preparation.outline.done = True
    sprites = list(preparation.sprites)
    if preparation.extent is not None:
        for need in preparation.needs:
            if need.built_labels is not NO_LABELS:
                sprites += missing_sprites(need.built_labels, preparation.extent, preparation.scale)
    progress((total - 1) / total)
    for text, kind in list(dict.fromkeys(sprites))[:SPRITES_AT_MOST]:  # the global cache keeps them
        if cancelled():
            break
        label_sprite(text, kind, preparation.scale)
    progress(1.0)
    return preparation
