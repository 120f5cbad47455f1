"""The map document: one layer list plus the region and the derived hot spot / in-between layers.

The boundary, hot spot and in-between layers are ordinary layers in :attr:`MapDocument.layers`; the document
keeps the derived ones up to date when the hot spot parameters, the hot spot source or the boundaries change.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING, Any

from layers import shipped
from layers.crs import Extent
from layers.events import Emitter, Event
from layers.hotspots import HotspotParams, hotspots_from_layer, hotspots_from_settlements, in_between
from layers.i18n import format_number, translate
from layers.model import Layer, LayerEvent, LayerKind, LayerList, LayerListEvent
from layers.region import SCHEMATIC_NOTE, Region, default_region

if TYPE_CHECKING:
    import geopandas as gpd


class DocumentEvent(StrEnum):
    """What happened to a :class:`MapDocument` (besides its layer list's own events)."""

    REGION = "region"  # boundaries replaced
    HOTSPOTS = "hotspots"  # the hot spot and in-between layers were recomputed
    PARAMS = "params"  # the hot spot parameters changed (``value``)
    HOTSPOT_SOURCE = "hotspot_source"  # the layer used as the hot spots changed (``value``, ``old``: layers or None)
    PROJECT = "project"  # the content of another document was adopted (File > Open, New, Restore)


@dataclass(frozen=True, eq=False)
class Derivation:
    """What the hot spot and in-between layers are derived from: a snapshot of the document's inputs that a task
    may read off the GUI thread (frames are never changed in place, only replaced)."""

    municipalities: gpd.GeoDataFrame
    settlements: gpd.GeoDataFrame
    params: HotspotParams
    source: gpd.GeoDataFrame | None  # the hot spot layer's data; None: derive from settlements

    def derive(self) -> Derived:
        """The document's one rule for its derived layers (the GUI thread and tasks both call this)."""
        if self.source is not None:
            hot = hotspots_from_layer(self.source, self.municipalities, self.params, self.settlements,
                                      shipped.municipal_totals())
        else:
            hot = hotspots_from_settlements(self.settlements, self.municipalities, self.params,
                                            municipal_totals=shipped.municipal_totals())
        return Derived(self, hot, in_between(self.municipalities, hot))

    def same_as(self, other: Derivation) -> bool:
        """Whether ``other`` derives from the very same frames and parameters (a result made for one still holds
        for the other)."""
        return (self.municipalities is other.municipalities and self.settlements is other.settlements
                and self.source is other.source and self.params == other.params)


@dataclass(frozen=True, eq=False)
class Derived:
    """The hot spots and in-between areas of a :class:`Derivation` (computed, perhaps in a task)."""

    basis: Derivation
    hotspots: gpd.GeoDataFrame
    in_between: gpd.GeoDataFrame


class MapDocument:
    """Observable through ``events`` (:class:`DocumentEvent`); the layers through ``layers.events``."""

    def __init__(self, region: Region) -> None:
        self.events = Emitter(DocumentEvent)
        self.layers = LayerList()
        self.region = region
        self.land = region.land
        self.hotspot_params = HotspotParams()
        self.hotspot_source: Layer | None = None  # None: derive from settlements
        self.coverage_targets: Any = None  # the coverage check's targets (a coverage Targets.to_dict(); None: none)
        self.population_source: Any = None  # the coverage check's people (a coverage PopulationSource; None: by area)
        self.zone_set: Any = None  # the coverage check's zones (a coverage ZoneSet; None: hot spots / in-between)
        self.coverage_distance: Any = None  # the coverage check's network (a coverage NetworkChoice; None: straight)
        self.view: Extent | None = None
        self._recomputing = False
        # The layers' names and notes are written in the interface language when made (they are the planner's to
        # rename, as in QGIS); the document finds them by role, never by name.
        self.region_layer = Layer(
            region.municipalities, translate("layers", "Municipalities (schematic)") if region.schematic
            else translate("layers", "Municipalities"),
            kind=LayerKind.BOUNDARY, source="built-in", attribution=region.attribution,
            note=translate("layers", SCHEMATIC_NOTE) if region.schematic else "",
        )
        self.settlement_layer = Layer(
            region.settlements, translate("layers", "Settlements (GeoNames)"), kind=LayerKind.OTHER, visible=False,
            source="built-in", attribution="GeoNames, CC BY 4.0",
        )
        hot, between = self._derive()
        self.hotspot_layer = Layer(hot, translate("layers", "Hot spots"), kind=LayerKind.HOTSPOT, source="derived",
                                   note=self._hotspot_note())
        self.in_between_layer = Layer(between, translate("layers", "In-between areas"), kind=LayerKind.IN_BETWEEN,
                                      source="derived", note=translate("layers", "region minus hot spots"))
        for layer in (self.in_between_layer, self.hotspot_layer, self.region_layer, self.settlement_layer):
            self.layers.append(layer)
        self.layers.events.connect(self._on_layers)

    @classmethod
    def default(cls) -> MapDocument:
        return cls(default_region())

    # ---- derived layers -------------------------------------------------------------------------------------
    def _hotspot_note(self) -> str:
        p = self.hotspot_params
        if self.hotspot_source is not None:
            kept = translate("layers", ", only {field} in {values}").format(
                field=p.keep_field, values=", ".join(p.keep_values)) if p.keep_field and p.keep_values else ""
            discs = translate("layers", "; approximate settlement discs where the layer has no data") \
                if p.discs_elsewhere else ""
            return translate("layers", "from layer '{layer}'{kept}{discs}").format(
                layer=self.hotspot_source.name, kept=kept, discs=discs)
        return translate("layers", "approximate: discs of population / {density} inh/km² around GeoNames "
                         "settlements of ≥ {minimum} inhabitants").format(
            density=format_number(p.density_per_km2, len(f"{p.density_per_km2:g}".partition(".")[2]), grouping=False),
            minimum=format_number(p.min_population))

    def derivation(self, municipalities: gpd.GeoDataFrame | None = None) -> Derivation:
        """What the derived layers come from now, or with ``municipalities`` as the boundaries (what a task
        preparing new boundaries derives from: :meth:`set_boundaries` then takes its result as it is)."""
        source = self.hotspot_source.data if self.hotspot_source is not None else None
        muni = self.region.municipalities if municipalities is None else municipalities
        return Derivation(muni, self.region.settlements, self.hotspot_params, source)

    def _derive(self) -> tuple[gpd.GeoDataFrame, gpd.GeoDataFrame]:
        derived = self.derivation().derive()
        return derived.hotspots, derived.in_between

    def recompute(self, derived: Derived | None = None) -> None:
        """Derive the hot spot and in-between layers again; ``derived`` (from a task) is used as it is when it
        was made from the document's current inputs, and derived afresh otherwise (never a stale result)."""
        if self._recomputing:
            return
        self._recomputing = True
        try:
            if derived is not None and derived.basis.same_as(self.derivation()):
                hot, between = derived.hotspots, derived.in_between
            else:
                hot, between = self._derive()
            self.hotspot_layer.data = hot
            self.hotspot_layer.note = self._hotspot_note()
            self.in_between_layer.data = between
        finally:
            self._recomputing = False
        self.events.emit(DocumentEvent.HOTSPOTS, self)

    def set_hotspot_params(self, params: HotspotParams) -> None:
        if params == self.hotspot_params:
            return
        self.hotspot_params = params
        self.events.emit(DocumentEvent.PARAMS, self, value=params)
        self.recompute()  # a hot spot layer has settings too (categories kept, discs elsewhere)

    def use_hotspot_layer(self, layer: Layer | None) -> None:
        """Use ``layer`` (polygons) as the hot spots, or ``None`` to derive them from settlements."""
        if layer is not None and layer not in self.layers:
            raise ValueError("the hot spot layer must be in the document")
        old, self.hotspot_source = self.hotspot_source, layer
        self.recompute()
        if old is not layer:
            self.events.emit(DocumentEvent.HOTSPOT_SOURCE, self, value=layer, old=old)

    def set_boundaries(self, municipalities: gpd.GeoDataFrame, name: str, attribution: str,
                       derived: Derived | None = None) -> None:
        """Replace the schematic areas by real boundaries (fields ``code`` and ``name`` required).  ``derived``:
        the hot spots and in-between areas a task made from ``self.derivation(municipalities)``, applied without
        deriving again (derived here if the inputs changed since)."""
        missing = {"code", "name"} - set(municipalities.columns)
        if missing:
            raise ValueError(f"boundaries need the fields {sorted(missing)}")
        self.region = Region(municipalities, self.region.land, self.region.settlements, schematic=False,
                             attribution=attribution)
        self.region_layer.data = municipalities
        self.region_layer.name = name
        self.region_layer.attribution = attribution
        self.region_layer.note = ""
        self.events.emit(DocumentEvent.REGION, self)
        self.recompute(derived)

    def _on_layers(self, event: Event) -> None:
        changed = event.what if event.type is LayerListEvent.CHANGED else None
        if event.type is LayerListEvent.REMOVED and event.layer is self.hotspot_source:
            self.use_hotspot_layer(None)
        elif changed is LayerEvent.DATA and event.layer is self.hotspot_source:
            self.recompute()
        elif changed is LayerEvent.ATTRIBUTION and event.layer is self.region_layer:
            # the region's credit is its layer's: edited (or undone) there, exports and projects follow
            self.region = dataclasses.replace(self.region, attribution=self.region_layer.attribution)

    # ---- queries --------------------------------------------------------------------------------------------
    def service_layers(self) -> list[Layer]:
        return [lyr for lyr in self.layers if lyr.kind.is_service]

    def region_extent(self) -> Extent:
        x0, y0, x1, y1 = self.region.municipalities.total_bounds
        return float(x0), float(y0), float(x1), float(y1)
