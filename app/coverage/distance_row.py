"""The Coverage dock's "Distance:" row: a straight line, or along a loaded line layer's network on foot, by bike
or by car.

Thin, as the other chooser rows (:mod:`app.coverage.source_rows`): the choice lives in the live coverage state
(:class:`layers.coverage.network_choice.LiveNetwork`, kept in the document so projects keep it); the row offers
the loaded line layers times the modes, forwards what the planner picks (which makes a computed result out of
date) and shows the live choice again whenever the layers or the map change.  Beside it, along a network, the
snap limit in metres (places farther from a usable way are unreachable) and the unit of reach (metres, or minutes
of travel: the sliders then move in minutes), kept with the choice: changing either makes the result out of date
too.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QLabel, QSpinBox

from app.coverage.source_rows import _ChooserRow
from layers.coverage.live import STALE
from layers.coverage.network_choice import MAX_SNAP_M, NetworkChoice, straight_line_text
from layers.network.profiles import MODES

if TYPE_CHECKING:
    from layers.coverage.live import LiveCoverage


class DistanceRow(_ChooserRow):
    """"Distance: [straight line | along network: <line layer> (walk|bike|car)] snap ≤ [200 m] [metres|minutes]"."""

    def __init__(self, live: LiveCoverage) -> None:
        super().__init__(live, QCoreApplication.translate("DistanceRow", "Distance:"))
        self.layer.setToolTip(self.tr("How far a place is from a service: in a straight line (circles), or along a "
                                      "loaded road and path network (an .osm.pbf extract or any line layer) on foot, "
                                      "by bike or by car; along a network the table shows the straight-line shares "
                                      "beside"))
        self.row.addWidget(self.layer, 2)
        self.snap_label = QLabel(self.tr("snap ≤"))
        self.snap = QSpinBox()
        self.snap.setRange(1, int(MAX_SNAP_M))
        self.snap.setSingleStep(25)
        self.snap.setSuffix(self.tr(" m"))
        self.snap.setToolTip(self.tr("Along a network: places (services and zone samples) farther than this from a "
                                     "usable way are unreachable; the distance to the way counts as part of the trip"))
        self.row.addWidget(self.snap_label)
        self.row.addWidget(self.snap)
        self.unit = QComboBox()
        self.unit.addItem(self.tr("metres"), "m")
        self.unit.addItem(self.tr("minutes"), "min")
        self.unit.setToolTip(self.tr("Along a network: each layer reaches its radius in metres, or as far as its "
                                     "minutes of travel at the mode's speed on each road class (the sliders then "
                                     "move in minutes)"))
        self.row.addWidget(self.unit)
        self.follow(STALE)
        self.layer.currentIndexChanged.connect(self._chosen)
        self.snap.valueChanged.connect(self._snap_chosen)
        self.unit.currentIndexChanged.connect(self._unit_chosen)

    def fill(self) -> None:
        """The chooser at the live choice, offering each loaded line layer in each mode."""
        choice = self.live.network_choice
        names = [layer.name for layer in self.live.network_lines()]
        combo = self.layer
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(straight_line_text(), None)
        for name in names:
            for mode in MODES:
                option = NetworkChoice(name, mode) if choice is None else replace(choice, layer=name, mode=mode)
                combo.addItem(option.label, option)
        if choice is not None and choice.layer not in names:
            combo.addItem(self.tr("{choice} (not loaded)").format(choice=choice.label), choice)
        index = next((i for i in range(combo.count()) if combo.itemData(i) == choice), 0)
        combo.setCurrentIndex(index)
        combo.blockSignals(False)
        self._show_snap()

    def _show_snap(self) -> None:
        """The snap limit of the live choice (the default, greyed, in a straight line)."""
        choice = self.live.network_choice
        self.snap.blockSignals(True)
        self.snap.setValue(round(choice.snap_m) if choice is not None else round(NetworkChoice("").snap_m))
        self.snap.blockSignals(False)
        self.unit.blockSignals(True)
        self.unit.setCurrentIndex(1 if choice is not None and choice.minutes else 0)
        self.unit.blockSignals(False)
        for widget in (self.snap, self.snap_label, self.unit):
            widget.setEnabled(choice is not None)

    def _chosen(self) -> None:
        value, current = self.layer.currentData(), self.live.network_choice
        if isinstance(value, NetworkChoice) and current is not None:  # the snap, unit and minutes as they are now
            value = replace(current, layer=value.layer, mode=value.mode)
        self.live.set_network_choice(value if isinstance(value, NetworkChoice) else None)
        self._show_snap()

    def _snap_chosen(self, value: int) -> None:
        self.live.set_snap_m(float(value))
        self.fill()  # the offered choices keep the new limit

    def _unit_chosen(self) -> None:
        self.live.set_reach_unit(str(self.unit.currentData()))
        self.fill()
