"""Analysis > Scenarios: name the map's present state, switch to a named one, compare two.

A thin layer over :mod:`layers.siting.scenarios`: *Save scenario…* names the present layers, radii, service levels
and proposed sites; *Switch to scenario…* puts one back, as one undo step (Edit > Undo goes back to the state
before the switch);
*Compare scenarios…* measures two in the background on the Coverage dock's zones (hot spots / in-between, or the
zone set's classes) and shows, per municipality x zone, both covered shares and the difference, and adds the
difference map "Coverage change" (the areas gained and lost, in green and red, :mod:`layers.siting.change`) over
the zones chosen in the dialog (each zone class, or all; default the class the targets judge: the in-between
areas), replacing an earlier one.  Each scenario is measured as it was saved: in a straight line or along the
network the Coverage dock chose then (:func:`layers.siting.scenarios.network_requests`; the networks are built in
the task); the comparison window and the layer's note say which.  Scenarios are saved in the project with the map.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QInputDialog,
    QLabel,
    QVBoxLayout,
)

from app.window_api import WindowApi
from layers.coverage.zones import IN_BETWEEN, ZONE_KINDS
from layers.errors import UserError
from layers.i18n import format_number
from layers.model import Layer, LayerKind, made_as
from layers.siting.along import measured_note
from layers.siting.change import CHANGE_LAYER_NAME, change_style, change_zone_choices, run_compare_and_change
from layers.siting.scenarios import capture, comparison_inputs, network_requests, scenarios_of, switch

# the difference map's zone choices shown translated (English sources); a zone set's own classes show as named
ZONE_LABELS = {"in-between": str(QT_TRANSLATE_NOOP("ScenarioActions", "In-between areas")),
               "hotspot": str(QT_TRANSLATE_NOOP("ScenarioActions", "Hot spots")),
               "all": str(QT_TRANSLATE_NOOP("ScenarioActions", "All zones"))}


def _pct(value: object) -> float | None:
    return None if value is None else round(100 * float(value), 1)  # type: ignore[arg-type]


class ScenarioActions:
    """The three actions and the comparison window they open."""

    def __init__(self, window: WindowApi, table: Any) -> None:
        self.window = window
        self.table = table  # app.siting.dialog._table, passed in (one table helper for the folder)
        self.compared: QDialog | None = None

    def save(self) -> None:
        name, ok = QInputDialog.getText(self.window.qt_window,
                                        QCoreApplication.translate("ScenarioActions", "Save scenario"),
                                        QCoreApplication.translate("ScenarioActions", "Name of the present state:"))
        if ok:
            self.save_as(name)

    def save_as(self, name: str) -> None:
        try:
            scenario = capture(self.window.document, name)
        except UserError as exc:
            self.window.show_error(str(exc))
            return
        self.window.show_status(QCoreApplication.translate("ScenarioActions",
            "scenario {name} saved ({layers} layers, {sites} proposed sites); it is kept in the project").format(
                name=repr(scenario.name), layers=len(scenario.layers), sites=len(scenario.sites)))

    def switch(self) -> None:
        names = list(scenarios_of(self.window.document))
        if not names:
            self.window.show_message(QCoreApplication.translate("ScenarioActions",
                "No scenario yet: Analysis > Save scenario… names the present state."), "info")
            return
        name, ok = QInputDialog.getItem(self.window.qt_window,
                                        QCoreApplication.translate("ScenarioActions", "Switch to scenario"),
                                        QCoreApplication.translate("ScenarioActions", "Scenario:"), names, 0, False)
        if ok:
            self.switch_to(name)

    def switch_to(self, name: str) -> None:
        for note in switch(self.window.document, scenarios_of(self.window.document)[name],
                           self.window.session.undo_stack):
            self.window.show_message(note, "warning")
        self.window.show_status(QCoreApplication.translate(
            "ScenarioActions", "switched to scenario {name}; Compute to see its numbers").format(name=repr(name)))

    def compare(self) -> None:
        names = list(scenarios_of(self.window.document))
        if len(names) < 2:
            self.window.show_message(QCoreApplication.translate("ScenarioActions",
                "Compare needs two scenarios: save the present state, change it, save again."), "info")
            return
        dialog = QDialog(self.window.qt_window)
        dialog.setWindowTitle(QCoreApplication.translate("ScenarioActions", "Compare scenarios"))
        first, second = QComboBox(), QComboBox()
        first.addItems(names)
        second.addItems(names)
        second.setCurrentIndex(1)
        zones = QComboBox()
        for key, classes in self.zone_choices():
            zones.addItem(QCoreApplication.translate("ScenarioActions", ZONE_LABELS[key]) if key in ZONE_LABELS
                          else key, classes)
        form = QFormLayout()
        form.addRow(QCoreApplication.translate("ScenarioActions", "First"), first)
        form.addRow(QCoreApplication.translate("ScenarioActions", "Second"), second)
        form.addRow(QCoreApplication.translate("ScenarioActions", "Difference map of"), zones)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(dialog.accept)
        buttons.rejected.connect(dialog.reject)
        layout = QVBoxLayout(dialog)
        layout.addLayout(form)
        layout.addWidget(buttons)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.start_compare(first.currentText(), second.currentText(), zones.currentData())

    def zone_choices(self) -> list[tuple[str, tuple[str, ...]]]:
        """The difference map's zones: each class of the dock's zone set (hot spots / in-between without one), the
        judged class first, then all."""
        zone_set = self.window.session.coverage.zone_set
        if zone_set is None:
            return change_zone_choices(ZONE_KINDS, IN_BETWEEN)
        return change_zone_choices(zone_set.classes, zone_set.target)

    def start_compare(self, a: str, b: str, zone_kinds: tuple[str, ...] | None = None) -> None:
        """Measure ``a`` and ``b`` in the background; the difference map over ``zone_kinds`` (default: the judged
        class)."""
        kept = scenarios_of(self.window.document)
        coverage = self.window.session.coverage
        try:
            inputs, names_a, names_b = comparison_inputs(self.window.document, kept[a], kept[b],
                                                         coverage.population_source, coverage.judged_targets(),
                                                         coverage.zones())
            along = network_requests(self.window.document, kept[a], kept[b])  # the networks: built in the task
        except UserError as exc:
            self.window.show_error(str(exc))
            return
        kinds = tuple(zone_kinds or (inputs.zones.target,))
        how = QCoreApplication.translate("ScenarioActions", "{a}: {how_a}; {b}: {how_b}").format(
            a=a, b=b, how_a=measured_note(kept[a].distance), how_b=measured_note(kept[b].distance))
        self.window.run_task(QCoreApplication.translate("ScenarioActions", "Comparing scenarios"),
                             run_compare_and_change, inputs, names_a, names_b, (a, b), zone_kinds=kinds,
                             along=along, on_done=lambda got: self.show_comparison(got[0], a, b, got[1], kinds, how))

    def show_comparison(self, rows: list[dict[str, Any]], a: str, b: str, change: Any = None,
                        zone_kinds: tuple[str, ...] = (IN_BETWEEN,), how: str = "") -> None:
        """The table of both shares and the difference (``how``: how each scenario was measured, above it) and
        the difference map."""
        if change is not None:
            self.add_change(change, a, b, zone_kinds, how)
        dialog = QDialog(self.window.qt_window)
        dialog.setWindowTitle(QCoreApplication.translate("ScenarioActions", "Scenarios: {a} and {b}").format(a=a, b=b))
        dialog.resize(760, 600)
        by = "people" if any(r["by"] == "population_share" for r in rows) else "area"  # a row without people
        # (an empty hot spot) is not the table's basis
        of = {"people": QCoreApplication.translate("ScenarioActions", "{scenario} (% of people)"),
              "area": QCoreApplication.translate("ScenarioActions", "{scenario} (% of area)")}[by]
        table = self.table([QCoreApplication.translate("ScenarioActions", "Municipality"),
                            QCoreApplication.translate("ScenarioActions", "Zone"), of.format(scenario=a),
                            of.format(scenario=b),
                            QCoreApplication.translate("ScenarioActions", "Difference (points)")],
                           [[r["municipality"], r["zone"], _pct(r[a]), _pct(r[b]), _pct(r["difference"])]
                            for r in rows])
        layout = QVBoxLayout(dialog)
        if how:
            measured = QLabel(how)
            measured.setWordWrap(True)
            layout.addWidget(measured)
        layout.addWidget(table)
        self.compared = dialog
        dialog.show()

    def add_change(self, change: Any, a: str, b: str, zone_kinds: tuple[str, ...] = (IN_BETWEEN,),
                   how: str = "") -> None:
        """The difference map as a derived layer (not a service), replacing the last comparison's; its note says
        how each scenario was measured (``how``)."""
        layers = self.window.document.layers
        old = next((lyr for lyr in layers if made_as(lyr, CHANGE_LAYER_NAME)), None)
        if old is not None:
            layers.remove(old)
        of = ", ".join(zone_kinds)
        note = QCoreApplication.translate("ScenarioActions",
                                          "derived: coverage gained and lost from {a} to {b} in {zones}")
        name = QCoreApplication.translate("siting", CHANGE_LAYER_NAME)
        layers.append(Layer(change, name, kind=LayerKind.OTHER, style=change_style(), derived=True,
                            key=CHANGE_LAYER_NAME, source="scenarios",
                            note=note.format(a=a, b=b, zones=of) + (f" ({how})" if how else "")))
        gained = change[change["change"] == "gained"]["area_km2"].sum() if len(change) else 0.0
        lost = change[change["change"] == "lost"]["area_km2"].sum() if len(change) else 0.0
        self.window.show_status(QCoreApplication.translate(
            "ScenarioActions", "{a} → {b}: {gained} km² gained, {lost} km² lost in {zones} (layer {layer})").format(
                a=a, b=b, gained=format_number(gained, 2), lost=format_number(lost, 2), zones=of,
                layer=repr(name)))


def install_scenarios(window: WindowApi, table: Any) -> ScenarioActions:
    actions = ScenarioActions(window, table)
    window.add_action("save_scenario", QCoreApplication.translate("ScenarioActions", "Save &scenario…"), actions.save,
                      menu="analysis", group="scenarios", order=10)
    window.add_action("switch_scenario", QCoreApplication.translate("ScenarioActions", "Switc&h to scenario…"),
                      actions.switch,
                      menu="analysis", group="scenarios", order=20)
    window.add_action("compare_scenarios", QCoreApplication.translate("ScenarioActions", "C&ompare scenarios…"),
                      actions.compare,
                      menu="analysis", group="scenarios", order=30)
    return actions
