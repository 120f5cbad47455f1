"""When a coverage result stops matching the map: the one list of changes that make it out of date.

:class:`layers.coverage.live.LiveCoverage` asks these functions on every document and layer-list event.  A result
is out of date once the region, the hot spots (or their settings), a service layer (added, removed, shown,
hidden, its kind or its features), the population layer or the population source, or the zone set or its layer's
features change.  A radius of a layer in the check is not a reason: the numbers follow it from the prepared
distances, and so does a service threshold (departures per hour), whose steps Compute prepares
(:mod:`layers.coverage.threshold_steps`).  The analysis layers the check itself draws (``derived``) never are.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from layers.document import DocumentEvent
from layers.i18n import QT_TRANSLATE_NOOP, translate
from layers.model import LayerEvent, LayerKind, LayerListEvent

if TYPE_CHECKING:
    from layers.events import Event
    from layers.model import Layer

DOCUMENT_REASONS: dict[str, str] = {  # English sources; the reasons are given in the interface language
    DocumentEvent.REGION: QT_TRANSLATE_NOOP("coverage", "the region changed"),
    DocumentEvent.HOTSPOTS: QT_TRANSLATE_NOOP("coverage", "the hot spots changed"),
    DocumentEvent.HOTSPOT_SOURCE: QT_TRANSLATE_NOOP("coverage", "the hot spots changed"),
    DocumentEvent.PARAMS: QT_TRANSLATE_NOOP("coverage", "the hot spot settings changed"),
}
ZONE_KINDS = (LayerKind.HOTSPOT, LayerKind.IN_BETWEEN, LayerKind.BOUNDARY)


def _said(template: str, layer: Layer) -> str:
    """A reason naming ``layer`` as the English ones always did: its name quoted."""
    return template.format(layer=repr(layer.name))


def document_change_reason(event: Event) -> str | None:
    """Why a document event makes the result out of date (None: it does not), in the interface language."""
    why = DOCUMENT_REASONS.get(str(event.type))
    return None if why is None else translate("coverage", why)


def layer_change_reason(event: Event, counted: Sequence[Layer], population: Layer | None,
                        zones: Layer | None = None, network: Layer | None = None) -> str | None:
    """Why a layer-list event makes the result out of date (None: it does not).  ``counted``: the service layers
    in the check; ``population``: the layer people are counted with (None: by area); ``zones``: the zone set's
    layer (None: hot spots / in-between), whose features are the zones; ``network``: the line layer distances
    are measured along (None: a straight line)."""
    layer = getattr(event, "layer", None)
    if layer is None or layer.derived or event.type == LayerListEvent.MOVED:
        return None
    if network is not None and layer is network:
        if event.type == LayerListEvent.REMOVED:
            return _said(translate("coverage", "the network layer {layer} was removed"), layer)
        if getattr(event, "what", None) == LayerEvent.DATA:
            return _said(translate("coverage", "the features of the network layer {layer} changed"), layer)
    in_check = any(layer is c for c in counted)
    is_population = population is not None and layer is population
    if zones is not None and layer is zones:
        if event.type == LayerListEvent.REMOVED:
            return _said(translate("coverage", "the zone set's layer {layer} was removed"), layer)
        if getattr(event, "what", None) == LayerEvent.DATA:
            return _said(translate("coverage", "the features of the zone set's layer {layer} changed"), layer)
    if event.type in (LayerListEvent.INSERTED, LayerListEvent.REMOVED):
        if (layer.kind.is_service and layer.visible) or in_check or is_population:
            return _said(translate("coverage", "layer {layer} was added") if event.type == LayerListEvent.INSERTED
                         else translate("coverage", "layer {layer} was removed"), layer)
        return None
    what = getattr(event, "what", None)
    if what == LayerEvent.VISIBLE and (in_check or layer.kind.is_service):
        return _said(translate("coverage", "layer {layer} was shown") if layer.visible else
                     translate("coverage", "layer {layer} was hidden"), layer)
    if what == LayerEvent.KIND and (in_check or layer.kind.is_service or is_population
                                    or layer.kind == LayerKind.POPULATION):
        return _said(translate("coverage", "the kind of layer {layer} changed"), layer)
    if what == LayerEvent.DATA and (in_check or is_population or layer.kind in ZONE_KINDS):
        return _said(translate("coverage", "the features of layer {layer} changed"), layer)
    if what == LayerEvent.RADIUS and not in_check and layer.kind.is_service and layer.visible:
        return _said(translate("coverage", "the radius of layer {layer} (not in the check) changed"), layer)
    if what == LayerEvent.THRESHOLD and (in_check or layer.kind.is_service) and "per_hour" in layer.data.columns:
        # not yet answered from prepared data
        return _said(translate("coverage", "the service threshold of layer {layer} changed"), layer)
    return None
