"""Put a loaded document's content into the document the windows are bound to (File > Open, New, Restore).

The canvas, the layer panel and the other views keep a reference to one :class:`~layers.document.MapDocument`
and observe its events; replacing that object would leave them drawing the old map.  :func:`adopt` moves the
loaded document's layers, region and state into it instead, emitting the ordinary events (layers removed and
inserted, ``region``, ``params``, ``hotspots``) so every view follows, then ``project`` for whoever cares.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from layers.document import DocumentEvent

if TYPE_CHECKING:
    from layers.document import MapDocument

KEEP = {"events", "layers", "_recomputing"}


def adopt(target: MapDocument, source: MapDocument) -> None:
    """Make ``target`` hold what ``source`` holds; ``source`` must not be used afterwards."""
    target.hotspot_source = None  # so that removing its layer below does not recompute anything
    target.layers.clear()
    source.layers.events.disconnect(source._on_layers)
    layers = list(source.layers)
    source.layers.clear()
    for name, value in vars(source).items():  # region, land, roles, params, view, and what others add (targets)
        if name not in KEEP:
            setattr(target, name, value)
    for layer in layers:
        target.layers.append(layer)
    target.events.emit(DocumentEvent.REGION, target)
    target.events.emit(DocumentEvent.PARAMS, target, value=target.hotspot_params)
    target.events.emit(DocumentEvent.HOTSPOTS, target)
    target.events.emit(DocumentEvent.PROJECT, target)
