"""The Coverage dock's rows that choose what the check counts with: "People from" (the population source), "Zones"
(hot spots / in-between, or a zone set of a loaded polygon layer) and, while a layer is the hot spots, which of
its categories count and whether settlement discs fill in elsewhere.

Both are thin: the choice lives in the live coverage state (:class:`layers.coverage.live_sources.LiveSources`, kept
in the document so projects keep it); a row offers the document's candidate layers, forwards what the planner
picks and shows the live choice again whenever it, the layers or the map change.  Kept apart from the panel so
that the panel stays about numbers.
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

from layers.coverage.live import CLEARED, POPULATION, ZONE_SET
from layers.coverage.population_source import PopulationSource, candidate_layers
from layers.coverage.zone_mapping import category_fields, zone_layer_candidates
from layers.hotspots import filter_categories
from layers.model import LayerListEvent

if TYPE_CHECKING:
    from collections.abc import Callable

    from layers.coverage.live import LiveCoverage
    from layers.coverage.zone_sets import ZoneSet
    from layers.document import MapDocument
    from layers.events import Event

# English sources; shown as QCoreApplication.translate(context, text)
NO_POPULATION = str(QT_TRANSLATE_NOOP("PopulationRow", "none: area only"))
HOTSPOT_ZONES = str(QT_TRANSLATE_NOOP("ZonesRow", "Hot spots / in-between"))
LAYER_CHANGES = ("name", "data", "kind")  # what changes the candidate layers of both rows


def _layers_changed(event: Event) -> bool:
    return event.type in (LayerListEvent.INSERTED, LayerListEvent.REMOVED) or (
        event.type == LayerListEvent.CHANGED and event.what in LAYER_CHANGES)


class _ChooserRow(QWidget):
    """A row "<label> [layer] ...": it refills its chooser when the layers change or the live choice does
    (``events``: the live events that say so)."""

    def __init__(self, live: LiveCoverage, label: str) -> None:
        super().__init__()
        self.live = live
        self.row = QHBoxLayout(self)
        self.row.setContentsMargins(0, 0, 0, 0)
        self.row.addWidget(QLabel(label))
        self.layer = QComboBox()
        self._stale = False  # the layers changed while the row was hidden: filled when shown

    def follow(self, *events: Any) -> None:
        """Fill now, and again whenever the layers or ``events`` of the live check change the choices."""
        self.fill()
        self.live.document.layers.events.connect(self._on_layers)
        self.live.events.connect(self._on_live, (*events, CLEARED))

    def fill(self) -> None:
        raise NotImplementedError

    def _on_layers(self, event: Event) -> None:
        if _layers_changed(event) and not getattr(getattr(event, "layer", None), "derived", False):
            # an analysis layer (derived) is never offered: its coming and going changes nothing.  A hidden
            # dock's row fills when shown (new boundaries send several layer events: no refill for each)
            if self.isVisible():
                self.fill()
            else:
                self._stale = True

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self._stale = False
            self.fill()

    def _on_live(self, _event: Event) -> None:
        self.fill()


class PopulationRow(_ChooserRow):
    """"People from: [layer] [field]": a point or polygon layer and its count field, or none (by area)."""

    def __init__(self, live: LiveCoverage) -> None:
        super().__init__(live, QCoreApplication.translate("PopulationRow", "People from:"))
        row = self.row
        self.layer.setToolTip(self.tr("The layer whose features count people: a population grid (people spread "
                                      "over each cell's land) or points; none: the check is by area"))
        self.field = QComboBox()
        self.field.setToolTip(self.tr("The field holding the number of people"))
        self.field.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.field.setMinimumContentsLength(10)
        row.addWidget(self.layer, 2)
        row.addWidget(self.field, 1)
        self.follow(POPULATION)
        self.layer.currentIndexChanged.connect(self._layer_chosen)
        self.field.currentIndexChanged.connect(self._field_chosen)

    def fill(self) -> None:
        """The chooser at the live source, offering the document's point and polygon layers with numbers."""
        source = self.live.population_source
        doc = self.live.document
        pairs = candidate_layers(doc)
        self._candidates = {layer.name: fields for layer, fields in pairs}
        combo = self.layer
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr(NO_POPULATION), None)
        for layer, _fields in pairs:
            combo.addItem(self.tr("{layer} (approximate)").format(layer=layer.name) if layer is doc.settlement_layer
                          else layer.name, layer.name)
        if source is not None and source.layer not in self._candidates:
            combo.addItem(self.tr("{layer} (not loaded)").format(layer=source.layer), source.layer)
        combo.setCurrentIndex(max(combo.findData(source.layer if source else None), 0))
        combo.blockSignals(False)
        self._fill_fields()

    def _fill_fields(self) -> None:
        source = self.live.population_source
        name = self.layer.currentData()
        combo = self.field
        combo.blockSignals(True)
        combo.clear()
        for field_name in self._candidates.get(name, ()):
            combo.addItem(field_name, field_name)
        if source is not None and source.layer == name:
            combo.setCurrentIndex(max(combo.findData(source.field), 0))
        combo.setEnabled(name is not None)
        combo.blockSignals(False)

    def _layer_chosen(self) -> None:
        self._fill_fields()
        self._field_chosen()

    def _field_chosen(self) -> None:
        name, field_name = self.layer.currentData(), self.field.currentData()
        self.live.set_population_source(PopulationSource(name, field_name) if name and field_name else None)


class ZonesRow(_ChooserRow):
    """"Zones: [Hot spots / in-between | a polygon layer] [Mapping…]": choosing a layer asks ``ask_mapping``
    (the mapping dialog) for its zone set; cancelled, the choice stays as it was."""

    def __init__(self, live: LiveCoverage, ask_mapping: Callable[[str, ZoneSet | None], ZoneSet | None]) -> None:
        super().__init__(live, QCoreApplication.translate("ZonesRow", "Zones:"))
        self.ask_mapping = ask_mapping
        row = self.row
        self.layer.setToolTip(self.tr("What the region is cut into: each municipality's hot spots and in-between "
                                      "area, or the zone classes of a polygon layer's category field (e.g. SYKE's "
                                      "urban zones)"))
        self.mapping_button = QPushButton(self.tr("Mapping…"))
        self.mapping_button.setToolTip(self.tr("Which value of the layer's field is which zone class, and which class "
                                               "the targets judge"))
        self.mapping_button.clicked.connect(self._edit_mapping)
        row.addWidget(self.layer, 2)
        row.addWidget(self.mapping_button)
        self.follow(ZONE_SET)
        self.layer.currentIndexChanged.connect(self._layer_chosen)

    def fill(self) -> None:
        """The chooser at the live zone set, offering the polygon layers with a category field."""
        zone_set = self.live.zone_set
        names = [layer.name for layer, _fields in zone_layer_candidates(self.live.document)]
        combo = self.layer
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr(HOTSPOT_ZONES), None)
        for name in names:
            combo.addItem(name, name)
        if zone_set is not None and zone_set.source not in names:
            combo.addItem(self.tr("{layer} (not loaded)").format(layer=zone_set.source), zone_set.source)
        combo.setCurrentIndex(max(combo.findData(zone_set.source if zone_set else None), 0))
        combo.setToolTip(zone_set.label if zone_set is not None else self.tr(HOTSPOT_ZONES))
        combo.blockSignals(False)
        self.mapping_button.setEnabled(zone_set is not None)

    def _layer_chosen(self) -> None:
        name = self.layer.currentData()
        if name is None:
            self.live.set_zone_set(None)
            return
        current = self.live.zone_set
        chosen = self.ask_mapping(name, current if current is not None and current.source == name else None)
        if chosen is not None:
            self.live.set_zone_set(chosen)
        self.fill()  # cancelled: back at the live choice

    def _edit_mapping(self) -> None:
        current = self.live.zone_set
        if current is not None and self.live.zone_layer() is not None:
            chosen = self.ask_mapping(current.source, current)
            if chosen is not None:
                self.live.set_zone_set(chosen)


class HotspotSourceRow(QWidget):
    """"Hot spots of <layer>: only [field] in [values] [x] settlement discs elsewhere [Apply]": shown while a
    polygon layer is the hot spots.  Apply sets the document's hot spot settings (the hot spots and in-between
    areas are recomputed, and a computed check says it is out of date); a value the field lacks is said here."""

    def __init__(self, document: MapDocument) -> None:
        super().__init__()
        self.document = document
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.label = QLabel("")
        self.field = QComboBox()
        self.field.setToolTip(self.tr("Keep only the polygons of some categories of this field (e.g. SYKE's centre "
                                      "zones)"))
        self.values = QLineEdit()
        self.values.setPlaceholderText(self.tr("values, comma-separated"))
        self.discs = QCheckBox(self.tr("discs elsewhere"))
        self.discs.setToolTip(self.tr("Also the approximate settlement discs where the layer has no data (e.g. the "
                                      "urban-zone centres in the capital region, discs in the rest of Uusimaa)"))
        self.apply_button = QPushButton(self.tr("Apply"))
        self.apply_button.clicked.connect(self.apply)
        self.problem = QLabel("")
        self.problem.setStyleSheet("QLabel { color: #c92a2a; }")
        for widget, stretch in ((self.label, 0), (self.field, 1), (self.values, 2), (self.discs, 0),
                                (self.apply_button, 0), (self.problem, 1)):
            row.addWidget(widget, stretch)
        self.fill()
        document.events.connect(lambda _e: self.fill())

    def fill(self) -> None:
        """The controls at the document's hot spot settings; hidden while the hot spots are settlement discs."""
        source, params = self.document.hotspot_source, self.document.hotspot_params
        self.setVisible(source is not None)
        if source is None:
            return
        self.label.setText(self.tr("Hot spots of {layer}: only").format(layer=source.name))
        self.field.clear()
        self.field.addItem(self.tr("(all categories)"), "")
        for name in category_fields(source.data):
            self.field.addItem(name, name)
        self.field.setCurrentIndex(max(self.field.findData(params.keep_field), 0))
        self.values.setText(", ".join(params.keep_values))
        self.discs.setChecked(params.discs_elsewhere)
        self.problem.setText("")

    def apply(self) -> None:
        source = self.document.hotspot_source
        if source is None:
            return
        field = self.field.currentData() or ""
        values = tuple(v.strip() for v in self.values.text().split(",") if v.strip()) if field else ()
        if field and values:
            try:
                filter_categories(source.data, field, list(values))
            except ValueError as exc:
                self.problem.setText(f"{source.name} {exc}")
                return
        self.document.set_hotspot_params(dataclasses.replace(
            self.document.hotspot_params, keep_field=field if values else "", keep_values=values,
            discs_elsewhere=self.discs.isChecked()))
