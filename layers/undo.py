"""Undo/redo of layer operations, without Qt: add, remove, reorder, rename, style, kind, radius, service
threshold, credit (attribution) and, given the document, the choice of the hot-spot layer.

:class:`UndoStack` observes a :class:`~layers.model.LayerList` and every layer in it and records a command for
each change, whoever made it (the layer panel, a dialog, a script), so everything is undoable without callers
having to cooperate.  Commands keep old and new values and apply them through the public Layer/LayerList API;
while undoing or redoing, the stack ignores the events its own changes cause.

Successive changes of the same attribute of the same layer within :data:`MERGE_WINDOW_S` (dragging an opacity
slider, say) merge into one command.  A radius set automatically because a layer became a service layer is part
of the kind change.  :meth:`UndoStack.macro` groups several changes into one step.

Given the document too, choosing or un-choosing the layer used as the hot spots is an undo step (undo puts back
the previous source, None meaning "derived from settlements", and the hot spots and in-between areas are
recomputed as they were), and the stack keeps the document's roles of a removed layer with the removal: removing
the layer used as the hot spots makes the document derive them from settlements again, and undoing the removal
makes that layer the hot-spot source again.

Derived layers (``Layer.derived``: made by an analysis, replaced when it reruns) are outside the history: adding,
removing, moving or changing one is never recorded, nor is choosing one as the hot spots, so that undo never
brings back a stale analysis result nor reaches for a layer the analysis has since replaced.  Moves are clamped
to the list as it is then, since such layers come and go between the steps.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from enum import StrEnum
from typing import TYPE_CHECKING, Any

from layers.document import DocumentEvent
from layers.events import Emitter, Event
from layers.i18n import QT_TRANSLATE_NOOP, translate
from layers.model import LayerEvent, LayerListEvent

if TYPE_CHECKING:
    from layers.document import MapDocument
    from layers.model import Layer, LayerList

MERGE_WINDOW_S = 1.0
# The layer changes that are undo steps, with the word the step is called by.
LABELS: dict[LayerEvent, str] = {  # how the Edit menu names the step, the layer's name filled in
    LayerEvent.NAME: QT_TRANSLATE_NOOP("undo", "rename {layer}"),
    LayerEvent.STYLE: QT_TRANSLATE_NOOP("undo", "style {layer}"),
    LayerEvent.KIND: QT_TRANSLATE_NOOP("undo", "kind {layer}"),
    LayerEvent.RADIUS: QT_TRANSLATE_NOOP("undo", "radius {layer}"),
    LayerEvent.THRESHOLD: QT_TRANSLATE_NOOP("undo", "service threshold {layer}"),
    LayerEvent.ATTRIBUTION: QT_TRANSLATE_NOOP("undo", "credit {layer}"),
}
RECORDED = frozenset(LABELS)
SETTERS: dict[LayerEvent, Callable[[Layer, Any], None]] = {
    LayerEvent.NAME: lambda layer, v: setattr(layer, "name", v),
    LayerEvent.STYLE: lambda layer, v: setattr(layer, "style", v),
    LayerEvent.KIND: lambda layer, v: setattr(layer, "kind", v),
    LayerEvent.RADIUS: lambda layer, v: setattr(layer, "radius_m", v),
    LayerEvent.THRESHOLD: lambda layer, v: setattr(layer, "service_threshold", v),
    LayerEvent.ATTRIBUTION: lambda layer, v: setattr(layer, "attribution", v),
}


class UndoEvent(StrEnum):
    CHANGED = "changed"  # can_undo / can_redo / the texts may have changed (``can_undo``, ``can_redo``)


class Command:
    text = ""

    def undo(self, layers: LayerList) -> None:
        raise NotImplementedError

    def redo(self, layers: LayerList) -> None:
        raise NotImplementedError


@dataclass
class AddLayer(Command):
    index: int
    layer: Layer

    def __post_init__(self) -> None:
        self.text = translate("undo", "add {layer}").format(layer=self.layer.name)  # the name at the time

    def undo(self, layers: LayerList) -> None:
        layers.remove(self.layer)

    def redo(self, layers: LayerList) -> None:
        layers.insert(self.index, self.layer)


@dataclass
class RemoveLayer(Command):
    index: int
    layer: Layer
    follow: list[Command] = field(default_factory=list)  # roles the layer lost with its removal

    def __post_init__(self) -> None:
        self.text = translate("undo", "remove {layer}").format(layer=self.layer.name)  # the name at the time

    def undo(self, layers: LayerList) -> None:
        layers.insert(self.index, self.layer)
        for cmd in reversed(self.follow):
            cmd.undo(layers)

    def redo(self, layers: LayerList) -> None:
        layers.remove(self.layer)
        for cmd in self.follow:
            cmd.redo(layers)


@dataclass
class ChangeHotspotSource(Command):
    """The document's hot-spot source changed from ``old`` to ``new`` (layers, or None: from settlements)."""

    document: MapDocument
    old: Layer | None
    new: Layer | None

    def __post_init__(self) -> None:
        self.text = (translate("undo", "hot spots from {layer}").format(layer=self.new.name) if self.new is not None
                     else translate("undo", "hot spots from settlements"))

    def undo(self, layers: LayerList) -> None:
        self._use(self.old)

    def redo(self, layers: LayerList) -> None:
        self._use(self.new)

    def _use(self, layer: Layer | None) -> None:
        if self.document.hotspot_source is not layer:  # redoing a removal has already cleared it
            self.document.use_hotspot_layer(layer)


@dataclass
class MoveLayer(Command):
    src: int
    dst: int
    layer: Layer

    def __post_init__(self) -> None:
        self.text = translate("undo", "move {layer}").format(layer=self.layer.name)  # the name at the time

    def undo(self, layers: LayerList) -> None:
        layers.move(layers.index(self.layer), min(self.src, len(layers) - 1))

    def redo(self, layers: LayerList) -> None:
        layers.move(layers.index(self.layer), min(self.dst, len(layers) - 1))


@dataclass
class ChangeLayer(Command):
    layer: Layer
    what: LayerEvent  # one of RECORDED
    old: Any
    new: Any
    at: float = field(default_factory=time.monotonic)
    follow: list[ChangeLayer] = field(default_factory=list)  # changes caused by this one (radius after kind)

    def __post_init__(self) -> None:
        name = self.old if self.what is LayerEvent.NAME else self.layer.name
        self.text = translate("undo", LABELS[self.what]).format(layer=name)  # the name at the time of the change

    def undo(self, layers: LayerList) -> None:
        for cmd in reversed(self.follow):
            cmd.undo(layers)
        SETTERS[self.what](self.layer, self.old)

    def redo(self, layers: LayerList) -> None:
        SETTERS[self.what](self.layer, self.new)
        for cmd in self.follow:
            cmd.redo(layers)


@dataclass
class Macro(Command):
    label: str
    commands: list[Command] = field(default_factory=list)

    @property
    def text(self) -> str:  # type: ignore[override]
        return self.label

    def undo(self, layers: LayerList) -> None:
        for cmd in reversed(self.commands):
            cmd.undo(layers)

    def redo(self, layers: LayerList) -> None:
        for cmd in self.commands:
            cmd.redo(layers)


class UndoStack:
    """Records changes of ``layers`` (events: :class:`UndoEvent`).

    With ``document`` (whose layer list ``layers`` is), a removal also restores the roles the layer had there.
    """

    def __init__(self, layers: LayerList | None = None, limit: int = 200,
                 document: MapDocument | None = None) -> None:
        self.events = Emitter(UndoEvent)
        self.limit = limit
        self._undo: list[Command] = []
        self._redo: list[Command] = []
        self._applying = 0
        self._macro: Macro | None = None
        self._macro_depth = 0
        self._sealed = False
        self._layers: LayerList | None = None
        self._document: MapDocument | None = None
        self._lost_role: ChangeHotspotSource | None = None  # heard before the removal that caused it
        self._watched: list[Layer] = []
        if layers is not None:
            self.attach(layers, document)

    # ---- observing ------------------------------------------------------------------------------------------
    def attach(self, layers: LayerList, document: MapDocument | None = None) -> None:
        """Observe ``layers`` (of ``document``, if given); the history starts empty."""
        self.detach()
        self._layers = layers
        layers.events.connect(self._on_list)
        if document is not None:
            self._document = document
            document.events.connect(self._on_document)
        for layer in layers:
            self._watch(layer)
        self.clear()

    def detach(self) -> None:
        if self._layers is not None:
            self._layers.events.disconnect(self._on_list)
        for layer in self._watched:
            layer.events.disconnect(self._on_layer)
        self._watched = []
        self._layers = None
        if self._document is not None:
            self._document.events.disconnect(self._on_document)
        self._document = None
        self._lost_role = None

    def _watch(self, layer: Layer) -> None:
        if layer not in self._watched:
            layer.events.connect(self._on_layer)
            self._watched.append(layer)

    def _on_list(self, event: Event) -> None:
        if event.type is LayerListEvent.INSERTED:
            self._watch(event.layer)
        if event.type is LayerListEvent.CHANGED:
            return  # each layer's own events are heard in _on_layer
        if event.layer.derived:
            return
        if event.type is LayerListEvent.INSERTED:
            self._record(AddLayer(event.index, event.layer))
        elif event.type is LayerListEvent.REMOVED:
            self._record(self._removal(event.index, event.layer))
        elif event.type is LayerListEvent.MOVED:
            self._record(MoveLayer(event.src, event.dst, event.layer))

    def _removal(self, index: int, layer: Layer) -> RemoveLayer:
        """The removal of ``layer``, with the role it lost if the document reported that first."""
        cmd = RemoveLayer(index, layer)
        lost, self._lost_role = self._lost_role, None
        if lost is not None and lost.old is layer:
            cmd.follow.append(lost)
        return cmd

    def _on_document(self, event: Event) -> None:
        """Record choosing or un-choosing the hot-spot layer; a source lost through the removal of its layer goes
        with that removal."""
        if event.type is not DocumentEvent.HOTSPOT_SOURCE or self._applying or self._layers is None \
                or self._document is None:
            return
        if any(layer is not None and layer.derived for layer in (event.old, event.value)):
            return
        cmd = ChangeHotspotSource(self._document, event.old, event.value)
        if self._lost_with_its_layer(cmd):
            self._keep_with_removal(cmd)
        else:
            self._record(cmd)

    def _lost_with_its_layer(self, cmd: ChangeHotspotSource) -> bool:
        return cmd.new is None and cmd.old is not None and self._layers is not None and cmd.old not in self._layers

    def _keep_with_removal(self, cmd: ChangeHotspotSource) -> None:
        last = self._last()
        if isinstance(last, RemoveLayer) and last.layer is cmd.old:
            last.follow.append(cmd)  # the removal was recorded first
        else:
            self._lost_role = cmd  # the document heard of the removal first; the removal follows

    def _on_layer(self, event: Event) -> None:
        if event.type not in RECORDED or self._applying or self._layers is None:
            return
        layer = event.source
        if layer not in self._layers or layer.derived:
            return
        what = LayerEvent(event.type)
        cmd = ChangeLayer(layer, what, event.old, event.value)
        last = self._last()
        if isinstance(last, ChangeLayer) and last.layer is layer:
            if what is LayerEvent.RADIUS and last.what is LayerEvent.KIND and event.old is None \
                    and cmd.at - last.at < 0.5:
                last.follow.append(cmd)  # the default radius a new service layer gets belongs to the kind change
                return
            if last.what is what and cmd.at - last.at < MERGE_WINDOW_S and not last.follow:
                last.new, last.at = event.value, cmd.at
                self._changed()
                return
        self._record(cmd)

    def _last(self) -> Command | None:
        if self._macro is not None:
            return self._macro.commands[-1] if self._macro.commands else None
        return self._undo[-1] if self._undo and not self._sealed else None

    def seal(self) -> None:
        """Stop the next change from merging into the last command (e.g. when a slider is released)."""
        self._sealed = True

    def _record(self, cmd: Command) -> None:
        if self._applying:
            return
        if self._macro is not None:
            self._macro.commands.append(cmd)
            return
        self._sealed = False
        self._undo.append(cmd)
        del self._undo[: max(0, len(self._undo) - self.limit)]
        self._redo.clear()
        self._changed()

    def _changed(self) -> None:
        self.events.emit(UndoEvent.CHANGED, self, can_undo=self.can_undo, can_redo=self.can_redo)

    # ---- grouping -------------------------------------------------------------------------------------------
    @contextmanager
    def macro(self, label: str) -> Iterator[None]:
        """Record every change made inside the block as one undo step called ``label``."""
        if self._macro is None:
            self._macro = Macro(label)
        self._macro_depth += 1
        try:
            yield
        finally:
            self._macro_depth -= 1
            if self._macro_depth == 0:
                macro, self._macro = self._macro, None
                if macro.commands:
                    self._record(macro)

    def push(self, command: Command) -> None:
        """Record ``command``, made by the caller, as the next undo step: a change the stack does not observe
        whole (a scenario switch, whose proposed sites are a derived layer); make the change itself inside
        :meth:`paused` so that its parts are not recorded twice."""
        self._record(command)

    @contextmanager
    def paused(self) -> Iterator[None]:
        """Changes made inside the block are not recorded (loading a project, say)."""
        self._applying += 1
        try:
            yield
        finally:
            self._applying -= 1

    # ---- undo / redo ----------------------------------------------------------------------------------------
    @property
    def can_undo(self) -> bool:
        return bool(self._undo)

    @property
    def can_redo(self) -> bool:
        return bool(self._redo)

    @property
    def undo_text(self) -> str:
        return self._undo[-1].text if self._undo else ""

    @property
    def redo_text(self) -> str:
        return self._redo[-1].text if self._redo else ""

    def __len__(self) -> int:
        return len(self._undo)

    def undo(self) -> bool:
        if not self._undo or self._layers is None:
            return False
        cmd = self._undo.pop()
        with self.paused():
            cmd.undo(self._layers)
        self._redo.append(cmd)
        self._sealed = True
        self._changed()
        return True

    def redo(self) -> bool:
        if not self._redo or self._layers is None:
            return False
        cmd = self._redo.pop()
        with self.paused():
            cmd.redo(self._layers)
        self._undo.append(cmd)
        self._sealed = True
        self._changed()
        return True

    def clear(self) -> None:
        self._undo.clear()
        self._redo.clear()
        self._changed()
