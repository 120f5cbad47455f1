"""Analysis > Propose sites… and Analysis > What each facility adds…: siting in the window.

The dialog asks the sector, the new sites' radius, how many, the candidates (a grid at a spacing over the chosen
zones, or the points of a loaded layer), the zones whose uncovered people count and a per-municipality minimum.
The work is :func:`layers.siting.run`, off the GUI thread through the window's task runner (progress, Cancel),
on the open map's zones, shown layers and the Coverage dock's population source and targets
(:func:`layers.siting.document.siting_inputs`).  The sites become a "Proposed sites" point layer of the sector's
kind at the radius (so Compute counts the proposal), marked derived and noted as proposed, with ``rank`` and
``adds_people``; a second proposal replaces it.  The results window shows the ranked sites and, per
municipality x zone, the coverage before and after with the verdicts.

*Pick on map…* in the dialog closes it for the map: clicks add candidate sites (:mod:`app.siting.pick`), Esc
brings the dialog back with them chosen as the candidates.

*What each facility adds* measures, for the sector's shown layers, what only each feature covers
(:func:`layers.siting.unique.unique_coverage`) and adds a copy of each layer with those fields, for the
attribute table (sort by ``unique_people``) and the map; along the Coverage dock's network where its Distance row
measures along one (the network built in the task: :func:`layers.siting.unique.run_unique`), the copy's note
saying how it was measured.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.siting.pick import PickOnMap
from app.siting.scenarios import ScenarioActions, install_scenarios
from app.window_api import WindowApi
from layers.coverage.inputs import SECTORS
from layers.errors import UserError
from layers.i18n import format_percent
from layers.model import Layer, LayerKind, Style, made_as
from layers.siting.document import SITES_LAYER_NAME, siting_inputs

if TYPE_CHECKING:
    import geopandas as gpd

    from layers.coverage.network_choice import NetworkChoice
    from layers.siting import SitingResult

# English sources (tests compare them); shown as QCoreApplication.translate("ProposeDialog", text)
GRID = str(QT_TRANSLATE_NOOP("ProposeDialog", "Grid over the chosen zones"))
ZONE_CHOICES = ((str(QT_TRANSLATE_NOOP("ProposeDialog", "In-between areas")), "in-between"),
                (str(QT_TRANSLATE_NOOP("ProposeDialog", "Hot spots")), "hotspot"),
                (str(QT_TRANSLATE_NOOP("ProposeDialog", "All zones")), "all"))
SECTOR_LABELS = {"transport": str(QT_TRANSLATE_NOOP("ProposeDialog", "transport")),
                 "energy": str(QT_TRANSLATE_NOOP("ProposeDialog", "energy"))}
PROPOSED_STYLE = Style(fill="#f03e3e", stroke="#ffffff", width=1.5, point_size=11.0)  # apart from existing stops
PROPOSED_NOTE = str(QT_TRANSLATE_NOOP("SitingFeature", "proposed (derived): {n} sites chosen by greedy maximal "
                                                       "covering; not an existing layer"))  # English; shown translated
# the results' table headings (English sources; shown translated)
SITE_HEADINGS = (
    str(QT_TRANSLATE_NOOP("ResultsDialog", "Rank")),
    str(QT_TRANSLATE_NOOP("ResultsDialog", "Adds people")),
    str(QT_TRANSLATE_NOOP("ResultsDialog", "Adds km²")),
    str(QT_TRANSLATE_NOOP("ResultsDialog", "Municipality")),
    str(QT_TRANSLATE_NOOP("ResultsDialog", "Zone")),
)
CHANGE_HEADINGS = (
    str(QT_TRANSLATE_NOOP("ResultsDialog", "Municipality")),
    str(QT_TRANSLATE_NOOP("ResultsDialog", "Zone")),
    str(QT_TRANSLATE_NOOP("ResultsDialog", "Covered before")),
    str(QT_TRANSLATE_NOOP("ResultsDialog", "Covered after")),
    str(QT_TRANSLATE_NOOP("ResultsDialog", "Verdict before")),
    str(QT_TRANSLATE_NOOP("ResultsDialog", "Verdict after")),
)


class ProposeDialog(QDialog):
    """The siting question; :meth:`values` reads it."""

    def __init__(self, window: WindowApi, candidates_layer: int | None = None) -> None:
        super().__init__(window.qt_window)
        self.setWindowTitle(QCoreApplication.translate("ProposeDialog", "Propose sites"))
        self.document = window.document
        self.pick_requested = False  # closed with Pick on map…: the map takes the clicks, then the dialog returns
        form = QFormLayout()
        self.sector = QComboBox()
        for sector in SECTORS:  # shown translated, read by key
            label = SECTOR_LABELS.get(sector, sector)
            self.sector.addItem(QCoreApplication.translate("ProposeDialog", label), sector)
        self.radius = QDoubleSpinBox(decimals=0, minimum=10, maximum=100_000, singleStep=50, suffix=" m")
        self.count = QSpinBox(minimum=1, maximum=1_000, value=10)
        self.candidates = QComboBox()
        self.candidates.addItem(QCoreApplication.translate("ProposeDialog", GRID), None)
        for layer in self.document.layers:
            if len(layer.data) and layer.data.geom_type.isin(["Point", "MultiPoint"]).any():
                self.candidates.addItem(QCoreApplication.translate("ProposeDialog", "Points of {layer}").format(
                    layer=layer.name), layer.id)
        self.spacing = QDoubleSpinBox(decimals=0, minimum=50, maximum=20_000, value=1_000, singleStep=100,
                                      suffix=" m")
        self.zones = QComboBox()
        for label, value in ZONE_CHOICES:
            self.zones.addItem(QCoreApplication.translate("ProposeDialog", label), value)
        self.minimum = QSpinBox(minimum=0, maximum=20, value=0)
        self.exclude_hotspots = QCheckBox(QCoreApplication.translate("ProposeDialog", "No site in a hot spot"))
        form.addRow(QCoreApplication.translate("ProposeDialog", "Sector"), self.sector)
        form.addRow(QCoreApplication.translate("ProposeDialog", "Radius of a new site"), self.radius)
        form.addRow(QCoreApplication.translate("ProposeDialog", "Sites to add"), self.count)
        pick = QPushButton(QCoreApplication.translate("ProposeDialog", "Pick on map…"))
        pick.setToolTip(QCoreApplication.translate("ProposeDialog",
            "Click candidate sites on the map; Esc comes back here with them"))
        pick.clicked.connect(self._pick)
        self.pick_button = pick
        form.addRow(QCoreApplication.translate("ProposeDialog", "Candidates"), self.candidates)
        form.addRow("", pick)
        form.addRow(QCoreApplication.translate("ProposeDialog", "Grid spacing"), self.spacing)
        form.addRow(QCoreApplication.translate("ProposeDialog", "Uncovered people of"), self.zones)
        form.addRow(QCoreApplication.translate("ProposeDialog", "Per municipality at least"), self.minimum)
        form.addRow("", self.exclude_hotspots)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(QLabel(QCoreApplication.translate("ProposeDialog",
            "Greedy maximal covering: the sites reach at least 63 % (1 - 1/e) of what the best choice from these "
            "candidates would.")))
        layout.addWidget(buttons)
        self.sector.currentIndexChanged.connect(lambda _i: self._sector_radius(self.sector.currentData()))
        self.candidates.currentIndexChanged.connect(lambda _i: self.spacing.setEnabled(
            self.candidates.currentData() is None))
        self._sector_radius(self.sector.currentData())
        if candidates_layer is not None and (i := self.candidates.findData(candidates_layer)) >= 0:
            self.candidates.setCurrentIndex(i)

    def _pick(self) -> None:
        self.pick_requested = True
        self.reject()

    def _sector_radius(self, sector: str) -> None:
        """The radius of the sector's first shown layer, as a start."""
        radii = [lyr.radius_m for lyr in self.document.service_layers() if lyr.kind.value == sector and lyr.radius_m]
        self.radius.setValue(float(radii[0]) if radii else 800.0)

    def values(self) -> dict[str, Any]:
        from layers.siting import CandidateSource

        layer_id = self.candidates.currentData()
        if layer_id is None:
            source = CandidateSource.grid(self.spacing.value())
        else:
            layer = next(lyr for lyr in self.document.layers if lyr.id == layer_id)
            source = CandidateSource.of_layer(layer.data, layer.name)
        return {"candidates": source, "count": self.count.value(), "radius_m": self.radius.value(),
                "sector": self.sector.currentData(), "zones": (self.zones.currentData(),),
                "per_municipality_min": self.minimum.value(),
                "exclude_zones": ("hotspot",) if self.exclude_hotspots.isChecked() else ()}


def _table(headers: list[str], rows: list[list[object]]) -> QTableWidget:
    """A read-only table in the rows' order; numbers sort as numbers when the planner sorts a column."""
    table = QTableWidget(len(rows), len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    for i, row in enumerate(rows):
        for j, value in enumerate(row):
            item = QTableWidgetItem()
            is_number = isinstance(value, int | float) and not isinstance(value, bool)
            item.setData(Qt.ItemDataRole.DisplayRole, value if is_number else ("—" if value is None else str(value)))
            table.setItem(i, j, item)
    table.resizeColumnsToContents()
    table.horizontalHeader().setStretchLastSection(True)
    table.setSortingEnabled(True)
    table.sortItems(0, Qt.SortOrder.AscendingOrder)
    return table


def _number(value: object, digits: int) -> float | None:
    """``value`` rounded, None where not known (people without population data)."""
    import math

    return None if value is None or not math.isfinite(float(value)) else round(float(value), digits)  # type: ignore[arg-type]


def _pct(value: object) -> str | None:
    return None if value is None else format_percent(float(value))  # type: ignore[arg-type]


def _verdict(value: object) -> str:
    verdicts = {True: QCoreApplication.translate("ResultsDialog", "pass"),
                False: QCoreApplication.translate("ResultsDialog", "fail")}
    return verdicts.get(value, "")  # type: ignore[call-overload]


class ResultsDialog(QDialog):
    """The proposal: a summary, the ranked sites, and the coverage per municipality x zone before and after."""

    def __init__(self, result: SitingResult, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("ResultsDialog", "Proposed sites"))
        self.resize(820, 620)
        layout = QVBoxLayout(self)
        summary = QLabel(result.summary())
        summary.setWordWrap(True)
        layout.addWidget(summary)
        sites = result.sites
        self.sites = _table([QCoreApplication.translate("ResultsDialog", heading) for heading in SITE_HEADINGS],
                            [[int(r["rank"]), _number(r["adds_people"], 0), _number(r["adds_area_km2"], 3),
                              r["municipality"], r["zone"]] for _, r in sites.iterrows()])
        layout.addWidget(self.sites, 1)
        share = "population_share" if result.by == "people" else "covered_share"
        self.changes = _table([QCoreApplication.translate("ResultsDialog", heading) for heading in CHANGE_HEADINGS],
                              [[c["municipality"], c["zone"], _pct(c.get(f"{share}_before")),
                                _pct(c.get(f"{share}_after")), _verdict(c.get("target_pass_before")),
                                _verdict(c.get("target_pass_after"))] for c in result.changes()])
        layout.addWidget(self.changes, 2)
        if result.warnings:
            notes = QLabel("\n".join(result.warnings[:6]))
            notes.setWordWrap(True)
            layout.addWidget(notes)


class SitingFeature:
    """The two actions and what their tasks give back."""

    def __init__(self, window: WindowApi) -> None:
        self.window = window
        self.results: ResultsDialog | None = None
        self.last: SitingResult | None = None  # the last proposal's result
        self.scenarios: ScenarioActions | None = None
        self.picking = PickOnMap(window, lambda layer: self.propose(layer.id if len(layer.data) else None))

    def propose(self, candidates_layer: int | None = None) -> None:
        dialog = ProposeDialog(self.window, candidates_layer)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.start(**dialog.values())
        elif dialog.pick_requested:
            self.picking.start()

    def start(self, **values: Any) -> None:
        """Run the siting task on the open map with the dialog's ``values``."""
        from layers.siting import run

        coverage = self.window.session.coverage
        try:
            zones = coverage.zones()  # the Coverage dock's: a zone set's classes where it has one
        except UserError as exc:
            self.window.show_error(str(exc))
            return
        inputs = siting_inputs(self.window.document, coverage.population_source, coverage.judged_targets(),
                               coverage_zones=zones, **values)
        self.window.run_task(QCoreApplication.translate("SitingFeature", "Proposing sites"), run, inputs,
                             on_done=self.show_result)

    def show_result(self, result: SitingResult) -> None:
        """Add (or replace) the proposed sites layer and show the results."""
        self.last = result
        layers = self.window.document.layers
        old = next((lyr for lyr in layers if made_as(lyr, SITES_LAYER_NAME)), None)
        if old is not None:
            layers.remove(old)
        kind = LayerKind.ENERGY if result.sector == "energy" else LayerKind.TRANSPORT
        layers.append(Layer(result.sites, QCoreApplication.translate("siting", SITES_LAYER_NAME), kind=kind,
                            style=PROPOSED_STYLE, radius_m=result.radius_m, derived=True, key=SITES_LAYER_NAME,
                            source="siting", note=QCoreApplication.translate("SitingFeature", PROPOSED_NOTE).format(
                                n=len(result.sites))))
        self.results = ResultsDialog(result, self.window.qt_window)
        self.results.show()
        self.window.show_status(result.summary()[:160])

    def unique(self) -> None:
        """What each feature of the transport and energy layers adds, as copies of the layers with the fields;
        along the Coverage dock's network where it measures along one (built in the task), else in a straight
        line."""
        from layers.coverage.network_choice import NetworkRequest, chosen_network_layer
        from layers.siting.document import coverage_inputs
        from layers.siting.unique import run_unique

        coverage = self.window.session.coverage
        layers = [lyr for lyr in self.window.document.service_layers() if lyr.visible and not lyr.derived]
        if not layers:
            self.window.show_message(QCoreApplication.translate("SitingFeature",
                "Mark a layer as transport or energy first: its features are what is measured."), "warning")
            return
        choice = coverage.network_choice
        request = None
        if choice is not None:
            lines = chosen_network_layer(self.window.document.layers, choice)
            if lines is None:
                self.window.show_error(QCoreApplication.translate("SitingFeature",
                    "The Coverage dock measures along the network layer {layer}, which is not loaded: load it again "
                    "or choose another distance in its Distance row.").format(layer=repr(choice.layer)))
                return
            request = NetworkRequest(lines.data.copy(), choice)
        try:
            zones = coverage.zones()  # the Coverage dock's: a zone set's classes where it has one
        except UserError as exc:
            self.window.show_error(str(exc))
            return
        inputs = coverage_inputs(self.window.document, coverage.population_source, coverage.judged_targets(), zones)
        self.window.run_task(QCoreApplication.translate("SitingFeature", "What each facility adds"), run_unique, inputs,
                             request, on_done=lambda got: self.add_unique(got, choice))

    def add_unique(self, got: dict[str, gpd.GeoDataFrame], choice: NetworkChoice | None = None) -> None:
        """A copy of each measured layer with its features' unique coverage (derived, not a service); its note
        says how it was measured (along which network, or in a straight line)."""
        from layers.siting.along import measured_note
        from layers.siting.unique import unique_style

        how = measured_note(choice)
        for name, features in got.items():
            copy = QCoreApplication.translate("SitingFeature", "{layer} — unique coverage").format(layer=name)
            note = QCoreApplication.translate("SitingFeature",
                                              "derived: people and area only each feature covers, {how}")
            self.window.document.layers.append(Layer(features, copy, kind=LayerKind.OTHER, derived=True,
                                                     style=unique_style(features), source="siting",
                                                     note=note.format(how=how)))
        self.window.show_status(QCoreApplication.translate("SitingFeature",
            "unique coverage of {layers}, {how}: sort the attribute table by unique_people").format(
                layers=", ".join(got), how=how))


def install(window: WindowApi) -> SitingFeature:
    feature = SitingFeature(window)
    window.add_action("propose_sites", QCoreApplication.translate("SitingFeature", "&Propose sites…"), feature.propose,
                      menu="analysis", group="siting", order=10, tip=QCoreApplication.translate(
                          "SitingFeature", "Where new stops or chargers would reach the most uncovered people"))
    window.add_action("unique_coverage", QCoreApplication.translate("SitingFeature", "&What each facility adds…"),
                      feature.unique, menu="analysis", group="siting", order=20, tip=QCoreApplication.translate(
                          "SitingFeature", "The people and area only each stop or charger covers"))
    feature.scenarios = install_scenarios(window, _table)
    return feature
