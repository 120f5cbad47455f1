"""What the live coverage check counts with, besides the service layers: the population source.

It is the planner's choice, kept in the document (so projects keep it and the dock only shows it), and it changes
what the next Compute measures: choosing another one makes the current result out of date.  It names a layer by
its name, so a renamed layer takes the choice with it.  :class:`LiveSources` is a part of
:class:`layers.coverage.live.LiveCoverage` (which supplies ``document``, ``events`` and ``mark_stale``), kept apart
so that the live module stays about numbers.
"""

from __future__ import annotations

from enum import StrEnum
from typing import TYPE_CHECKING

from layers.coverage.population_source import PopulationSource

if TYPE_CHECKING:
    from layers.document import MapDocument
    from layers.events import Emitter
    from layers.model import Layer


class SourceEvent(StrEnum):
    POPULATION = "population"  # another population source was chosen (``value``: it, or None); the next Compute


class LiveSources:
    """The population source of a live check (mixed into ``LiveCoverage``)."""

    document: MapDocument
    events: Emitter
    _population_layer: Layer | None  # the layer the population source named when chosen

    def mark_stale(self, why: str) -> None:  # pragma: no cover - LiveCoverage's
        raise NotImplementedError

    def _follow_sources(self) -> None:
        """Remember the layers the choices name now (after a choice, or another map taken in)."""
        self._population_layer = self.population_layer()

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
        self.mark_stale("another population source was chosen")

    def population_layer(self) -> Layer | None:
        """The layer the source names (None: by area, or it is not loaded)."""
        source = self.population_source
        return None if source is None else self._named_layer(source.layer)

    def _named_layer(self, name: str) -> Layer | None:
        return next((lay for lay in self.document.layers if lay.name == name and not lay.derived), None)

    def _follow_rename(self, layer: Layer) -> None:
        """The source names its layer, so a renamed population layer takes the source's name with it."""
        source = self.population_source
        if source is not None and layer is self._population_layer and layer.name != source.layer:
            self.set_population_source(PopulationSource(layer.name, source.field))
