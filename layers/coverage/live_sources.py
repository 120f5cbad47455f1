"""What the live coverage check counts with, besides the service layers: the population source and the zone set.

Both are the planner's choices, kept in the document (so projects keep them and the dock only shows them), and
both change what the next Compute measures: choosing another one makes the current result out of date.  Each names
a layer by its name, so a renamed layer takes the choice with it.  :class:`LiveSources` is a part of
:class:`layers.coverage.live.LiveCoverage` (which supplies ``document``, ``events`` and ``mark_stale``), kept apart
so that the live module stays about numbers.
"""

from __future__ import annotations

from enum import StrEnum
from typing import TYPE_CHECKING, Any

from layers.coverage.population_source import PopulationSource
from layers.coverage.zone_sets import ZoneSet
from layers.i18n import translate

if TYPE_CHECKING:
    from layers.coverage.zone_sets import ZoneRequest
    from layers.coverage.zones import Zones
    from layers.document import MapDocument
    from layers.events import Emitter
    from layers.model import Layer


class SourceEvent(StrEnum):
    POPULATION = "population"  # another population source was chosen (``value``: it, or None); the next Compute
    ZONE_SET = "zone_set"  # another zone set was chosen (``value``: it, or None: hot spots / in-between)


class LiveSources:
    """The population source and the zone set of a live check (mixed into ``LiveCoverage``)."""

    document: MapDocument
    events: Emitter
    _population_layer: Layer | None  # the layer the population source named when chosen
    _zone_layer: Layer | None  # the layer the zone set named when chosen
    _built_zones: tuple[ZoneRequest, Zones] | None  # zones built in a task, and what they were built of

    def mark_stale(self, why: str) -> None:  # pragma: no cover - LiveCoverage's
        raise NotImplementedError

    def _follow_sources(self) -> None:
        """Remember the layers the choices name now (after a choice, or another map taken in)."""
        self._population_layer = self.population_layer()
        self._zone_layer = self.zone_layer()

    # ---- population ---------------------------------------------------------------------------------------
    @property
    def population_source(self) -> PopulationSource | None:
        """Where the people come from (None: by area).  Kept in the document, so that projects keep it."""
        source = self.document.population_source
        return source if isinstance(source, PopulationSource) else None

    def set_population_source(self, source: PopulationSource | None) -> None:
        """Count people with ``source`` (a layer name and its field) from the next Compute on; None: by area."""
        if source == self.population_source:
            return
        self.document.population_source = source
        self._population_layer = self.population_layer()
        self.events.emit(SourceEvent.POPULATION, self, value=source)
        self.mark_stale(translate("coverage", "another population source was chosen"))

    def population_layer(self) -> Layer | None:
        """The layer the source names (None: by area, or it is not loaded)."""
        source = self.population_source
        return None if source is None else self._named_layer(source.layer)

    def population_label(self) -> str:
        """The source in words, with its year and credit from the layer ("Grid (vaesto): Population grid 1 km
        2023: Statistics Finland, CC BY 4.0"); :data:`~layers.coverage.labels.NO_POPULATION` without one."""
        from layers.coverage.labels import population_label

        source, layer = self.population_source, self.population_layer()
        if source is None:
            return population_label(None, None)
        return population_label(source.layer, source.field, layer.attribution if layer is not None else "")

    def _named_layer(self, name: str) -> Layer | None:
        return next((lay for lay in self.document.layers if lay.name == name and not lay.derived), None)

    def _follow_rename(self, layer: Layer) -> None:
        """The choices name their layers, so a renamed layer takes its choice's name with it."""
        source = self.population_source
        if source is not None and layer is self._population_layer and layer.name != source.layer:
            self.set_population_source(PopulationSource(layer.name, source.field))
        zone_set = self.zone_set
        if zone_set is not None and layer is self._zone_layer and layer.name != zone_set.source:
            self._store_zone_set(ZoneSet(layer.name, zone_set.field, zone_set.mapping, zone_set.preset,
                                         zone_set.target))  # the same zones: not a reason to recompute

    # ---- the zone set -------------------------------------------------------------------------------------
    @property
    def zone_set(self) -> ZoneSet | None:
        """The zone set the check cuts the region into (a loaded polygon layer's category field, its mapping and
        target class); None: hot spots / in-between.  Kept in the document, so that projects keep it."""
        value: Any = getattr(self.document, "zone_set", None)
        return value if isinstance(value, ZoneSet) else None

    def set_zone_set(self, zone_set: ZoneSet | None) -> None:
        """Cut the region into ``zone_set``'s classes from the next Compute on (None: hot spots / in-between)."""
        if zone_set == self.zone_set:
            return
        self._store_zone_set(zone_set)
        self.mark_stale(translate("coverage", "another zone set was chosen") if zone_set is not None
                        else translate("coverage", "the zones are hot spots / in-between again"))

    def _store_zone_set(self, zone_set: ZoneSet | None) -> None:
        self.document.zone_set = zone_set
        self._zone_layer = self.zone_layer()
        self.events.emit(SourceEvent.ZONE_SET, self, value=zone_set)

    def zone_layer(self) -> Layer | None:
        """The polygon layer the zone set names (None: hot spots / in-between, or it is not loaded)."""
        zone_set = self.zone_set
        return None if zone_set is None else self._named_layer(zone_set.source)

    def zones(self) -> Zones:
        """The zones the next Compute checks (public: siting, unique coverage and the scenario comparison measure
        on the same ones)."""
        return self._zones()

    def zones_request(self) -> ZoneRequest | None:
        """What to build in a background task before Compute (:func:`layers.coverage.zone_sets.build_zones`): the
        zones of the zone set, or the hot spots / in-between (0.5-1 s for official boundaries: never on the GUI
        thread); None when those built for the document as it is now were handed in already
        (:meth:`take_zones`); raises :class:`UserError` when the zone set's layer is gone."""
        from layers.coverage.zone_sets import ZoneRequest

        request = ZoneRequest.of(self.document, self.zone_set)
        built = getattr(self, "_built_zones", None)
        return None if built is not None and built[0].is_for(request) else request

    def take_zones(self, request: ZoneRequest, zones: Zones) -> None:
        """Keep the zones a task built for ``request``: Compute uses them while the document still holds the same
        region, zone-set layer and hot spots."""
        self._built_zones = (request, zones)

    def _zones(self) -> Zones:
        """The zones the next Compute checks: municipality x {hot spot, in-between}, or x the zone set's classes
        (built in a task beforehand where the window asked :meth:`zones_request`, else here); raises
        :class:`UserError` when the zone set's layer is gone."""
        import dataclasses

        from layers.coverage.zone_sets import ZoneRequest, build_zones
        from layers.coverage.zones import zones_from_document

        zone_set = self.zone_set
        request = ZoneRequest.of(self.document, zone_set)
        built = getattr(self, "_built_zones", None)
        if built is None or not built[0].is_for(request):
            return zones_from_document(self.document) if zone_set is None else build_zones(request)
        zones = built[1]  # a copy: Compute adds its warnings
        return dataclasses.replace(zones, frame=zones.frame.copy(), warnings=list(zones.warnings))
