"""The Coverage dock: a thin widget over :class:`layers.coverage.live.LiveCoverage`.

Analysis > Coverage check… opens the dock.  *Compute* runs :func:`layers.coverage.live.run` through the window's
task runner (progress + Cancel); afterwards every radius slider move and target change is answered by the live
object from prepared data (no geometry).  The widget only builds its controls, forwards what the user does (a
slider dragged: :meth:`~LiveCoverage.preview_radius`; released or stepped: :meth:`~LiveCoverage.set_radius`,
which sets the layer's radius, one undo step; a target; a selected zone) and repaints from the live object's
events: the table of each municipality's hot spot and in-between coverage with its verdict, the summary, the
coverage curve, the gap list (click: zoom to the gap and highlight it) and the hot-spot links line.  The
analysis layers on the map (gaps, pass/fail, links) are the live object's too.  A radius changed in the layer
panel moves the slider.  The "People from" row chooses the population source (a point or polygon layer and its
count field, or none: by area); without one the "People covered %" column is hidden and the summary says "by
area".  The "Zones" row chooses the zones: hot spots / in-between, or a zone set (a polygon layer's category field
mapped to zone classes in :mod:`app.coverage.zone_mapping_dialog`); the table then has a row per municipality and
class, and the targets judge the zone set's target class.  The "Distance" row (:mod:`app.coverage.distance_row`)
measures in a straight line or along a loaded line layer's network (walk, bike, car); along one, Compute builds the
network in its task and the table shows the straight-line shares beside the network ones.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDockWidget,
    QDoubleSpinBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSlider,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.coverage.curve import CoverageCurve
from app.coverage.distance_row import DistanceRow
from app.coverage.sliders import SliderRows
from app.coverage.source_rows import HotspotSourceRow, PopulationRow, ZonesRow
from app.coverage.table_model import CoverageTableModel, sorted_view, zone_of
from app.coverage.zone_mapping_dialog import ask_zone_set
from app.widgets.threshold_box import show_threshold
from app.window_api import WindowApi
from layers.coverage import live as live_coverage
from layers.coverage.inputs import SECTORS
from layers.coverage.live import CLEARED, COMPUTED, CURVE, MAP, NUMBERS, STALE, TARGETS, ZONE_SET, LiveCoverage
from layers.coverage.live_numbers import SECTOR_COLUMNS, STRAIGHT_COLUMNS, column_titles
from layers.coverage.network_compute import compute_task
from layers.coverage.population_source import BY_AREA, GEONAMES_BASIS, basis_text
from layers.coverage.zone_sets import build_zones, class_word
from layers.i18n import format_percent
from layers.model import LayerEvent, LayerListEvent
from layers.names import name_lookup

if TYPE_CHECKING:
    import geopandas as gpd

    from app.tasks.runner import TaskHandle
    from layers.coverage import CoverageResult
    from layers.coverage.zone_sets import ZoneRequest, ZoneSet
    from layers.coverage.zones import Zones
    from layers.events import Event

GAP_ROW_ROLE = Qt.ItemDataRole.UserRole + 1  # a gap item's row in the gap layer (what the map highlights)
# English sources; shown as QCoreApplication.translate("CoveragePanel", text)
START_TEXT = str(QT_TRANSLATE_NOOP("CoveragePanel", "Mark layers as transport or energy, give them a radius, then "
                                                    "Compute."))
SECTOR_NAMES = {"transport": str(QT_TRANSLATE_NOOP("CoveragePanel", "Transport")),
                "energy": str(QT_TRANSLATE_NOOP("CoveragePanel", "Energy"))}
SECTOR_WORDS = {"transport": str(QT_TRANSLATE_NOOP("CoveragePanel", "transport")),
                "energy": str(QT_TRANSLATE_NOOP("CoveragePanel", "energy"))}
TARGET_TIPS = {  # (hot spot?, sector): the target box's tooltip
    (False, "transport"): str(QT_TRANSLATE_NOOP(
        "CoveragePanel", "share of each in-between area (people where known, else area) that the transport layers "
        "must reach for the municipality to pass; none: not judged")),
    (False, "energy"): str(QT_TRANSLATE_NOOP(
        "CoveragePanel", "share of each in-between area (people where known, else area) that the energy layers "
        "must reach for the municipality to pass; none: not judged")),
    (True, "transport"): str(QT_TRANSLATE_NOOP(
        "CoveragePanel", "share of each hot spot (people where known, else area) that the transport layers must "
        "reach for the municipality to pass; none: not judged")),
    (True, "energy"): str(QT_TRANSLATE_NOOP(
        "CoveragePanel", "share of each hot spot (people where known, else area) that the energy layers must "
        "reach for the municipality to pass; none: not judged")),
}


def _t(text: str) -> str:
    return QCoreApplication.translate("CoveragePanel", text)


class CoveragePanel(SliderRows, QWidget):
    def __init__(self, window: WindowApi) -> None:
        super().__init__()
        self.main_window = window
        self.live: LiveCoverage = window.session.coverage
        self.live.events.connect(self._on_live)
        self.sliders: dict[str, QSlider] = {}
        self._radius_labels: dict[str, QLabel] = {}
        self.thresholds: dict[str, QDoubleSpinBox] = {}  # "≥ N /h" of the slider rows of stops with per_hour
        self._zones_building: tuple[ZoneRequest, TaskHandle] | None = None  # a zone set's zones being built
        self._compute_when_built = False
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.compute_button = QPushButton(self.tr("Compute"))
        self.compute_button.clicked.connect(self.compute)
        top.addWidget(self.compute_button)
        self.suggest_button = QPushButton(self.tr("Suggest targets"))
        self.suggest_button.setToolTip(self.tr("Set each in-between target to what the best third of the in-between "
                                               "areas reach now: a target that tells the municipalities apart"))
        self.suggest_button.setEnabled(False)
        self.suggest_button.clicked.connect(self._suggest)
        top.addWidget(self.suggest_button)
        top.addStretch(1)
        layout.addLayout(top)
        self.targets: dict[str, QDoubleSpinBox] = {}
        self.hotspot_targets: dict[str, QDoubleSpinBox] = {}
        targets_grid = QGridLayout()  # a row each for the in-between and the hot-spot targets: room for any language
        self.targets_label = QLabel(self.tr("In-between targets:"))
        for row, (label, boxes, hotspot) in enumerate(((self.targets_label, self.targets, False),
                                                       (QLabel(self.tr("Hot spots:")), self.hotspot_targets, True))):
            targets_grid.addWidget(label, row, 0)
            for k, sector in enumerate(SECTORS):
                box = self._target_box(sector, hotspot)
                targets_grid.addWidget(QLabel(_t(SECTOR_NAMES[sector])), row, 1 + 2 * k)
                targets_grid.addWidget(box, row, 2 + 2 * k)
                boxes[sector] = box
        self.target = self.targets["transport"]
        targets_grid.setColumnStretch(1 + 2 * len(SECTORS), 1)
        layout.addLayout(targets_grid)
        self.population_row = PopulationRow(self.live)
        self.population_layer, self.population_field = self.population_row.layer, self.population_row.field
        layout.addWidget(self.population_row)
        self.zones_row = ZonesRow(self.live, self._ask_zone_set)
        layout.addWidget(self.zones_row)
        self.distance_row = DistanceRow(self.live)
        layout.addWidget(self.distance_row)
        self.hotspot_row = HotspotSourceRow(self.live.document)
        layout.addWidget(self.hotspot_row)
        self.live.document.layers.events.connect(self._on_layers)
        self.status = QPlainTextEdit(_t(START_TEXT))
        self.status.setReadOnly(True)
        self.status.setFixedHeight(64)
        layout.addWidget(self.status)
        self.stale_banner = QLabel("")
        self.stale_banner.setWordWrap(True)
        self.stale_banner.setStyleSheet("QLabel { background: #fff3bf; color: #5c3c00; border: 1px solid #fab005; "
                                        "padding: 4px; }")
        self.stale_banner.hide()
        layout.addWidget(self.stale_banner)
        self.slider_box = QVBoxLayout()
        layout.addLayout(self.slider_box)
        self.summary = QLabel("")
        self.summary.setWordWrap(True)
        self.summary.setMinimumHeight(40)
        layout.addWidget(self.summary)
        self.curve = CoverageCurve()
        layout.addWidget(self.curve)
        self.table_model = CoverageTableModel(self)  # bound to the live rows (app.coverage.table_model)
        self.table_proxy = sorted_view(self.table_model)  # a header click sorts; the zones keep their rows
        self.table = QTableView()
        self.table.setModel(self.table_proxy)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self._straight_beside()
        self.table.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)  # the live order at first
        self.table.setSortingEnabled(True)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self.live.select_zone(self.selected_zone()))
        layout.addWidget(self.table, 2)
        self.gaps_label = QLabel("")
        layout.addWidget(self.gaps_label)
        self._show_zone_labels()
        self._gap_highlighted = False
        self.gap_list = QListWidget()
        self.gap_list.itemClicked.connect(self._zoom_to_gap)
        layout.addWidget(self.gap_list, 1)
        self.isolated = QLabel("")
        self.isolated.setWordWrap(True)
        layout.addWidget(self.isolated)

    def _target_box(self, sector: str, hotspot: bool) -> QDoubleSpinBox:
        box = QDoubleSpinBox()
        box.setRange(0, 100)
        box.setSuffix("\u00a0%")  # a no-break space before the sign, as format_percent
        box.setSpecialValueText(self.tr("none"))  # 0: no target, nothing judged
        box.setToolTip(_t(TARGET_TIPS[(hotspot, sector)]))
        box.setValue(100 * (self.live.hotspot_targets if hotspot else self.live.targets).get(sector, 0.0))
        box.valueChanged.connect(lambda v, s=sector, h=hotspot: self.live.set_target(s, v / 100.0 or None, h))
        return box

    def _suggest(self) -> None:
        suggested = self.live.suggest_targets()
        if suggested:
            self.status.setPlainText(self.live.note + "\n" + self.tr(
                "Suggested targets (what the best third of the in-between areas reach now): {targets}").format(
                    targets=", ".join(f"{_t(SECTOR_WORDS.get(s, s))} {format_percent(v)}"
                                      for s, v in suggested.items())))

    def _show_targets(self) -> None:
        """The boxes at the live targets (Suggest, or a project, sets them too)."""
        for boxes, targets in ((self.targets, self.live.targets), (self.hotspot_targets, self.live.hotspot_targets)):
            for sector, box in boxes.items():
                value = 100 * targets.get(sector, 0.0)
                if abs(box.value() - value) > 1e-6:
                    box.blockSignals(True)
                    box.setValue(value)
                    box.blockSignals(False)

    # ---- what the check counts with: people and zones (app.coverage.source_rows) ------------------------------
    def _ask_zone_set(self, layer_name: str, current: ZoneSet | None) -> ZoneSet | None:
        layer = next((lay for lay in self.live.document.layers if lay.name == layer_name and not lay.derived), None)
        return None if layer is None else ask_zone_set(self, layer_name, layer.data, current)

    def _show_zone_labels(self) -> None:
        """The targets and gaps name the judged class: the in-between areas, or the zone set's target class."""
        zone_set = self.live.zone_set
        if zone_set is None:
            self.targets_label.setText(self.tr("In-between targets:"))
            self.gaps_label.setText(self.tr("Gaps: uncovered places of the in-between areas (click: zoom, "
                                            "highlight):"))
        else:
            self.targets_label.setText(self.tr("Targets ({zone}):").format(zone=class_word(zone_set.target)))
            self.gaps_label.setText(self.tr("Gaps: uncovered places of the {zone} zones (click: zoom, "
                                            "highlight):").format(zone=class_word(zone_set.target)))

    def _on_layers(self, event: Event) -> None:
        if event.type == LayerListEvent.CHANGED and event.what == LayerEvent.THRESHOLD:
            for name, box in self.thresholds.items():
                layer = self.live.layers.get(name)
                if layer is not None and layer is event.layer:
                    show_threshold(box, layer)

    # ---- what the live object knows, as the dock's tests and the export dialog ask it -------------------------
    @property
    def result(self) -> CoverageResult | None:
        """The computed result (at the radii of Compute)."""
        return self.live.result

    @property
    def gaps(self) -> gpd.GeoDataFrame | None:
        return self.live.gaps

    @property
    def passes(self) -> dict[str, bool]:
        return self.live.passes

    @property
    def shares(self) -> dict[str, float | None]:
        return self.live.shares

    def current_result(self) -> CoverageResult | None:
        """The result at the sliders' radii and the current targets (what exports show)."""
        return self.live.current_result()

    def _straight_beside(self) -> None:
        """Show each sector's straight-line columns right after its network ones (the model's order stays)."""
        header = self.table.horizontalHeader()
        for sector, columns in STRAIGHT_COLUMNS.items():
            after = header.visualIndex(SECTOR_COLUMNS[sector][1])
            for k, column in enumerate(columns, start=1):
                header.moveSection(header.visualIndex(column), after + k)

    def selected_zone(self) -> int | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return zone_of(self.table_proxy, rows[0].row()) if rows else None

    # ---- compute --------------------------------------------------------------------------------------------
    def compute(self) -> None:
        try:
            zones = self.live.zones_request()  # the zones: built in a task first, the dock stays live
        except Exception as exc:
            self.status.setPlainText(str(exc))
            return
        if zones is not None:
            self.compute_button.setEnabled(False)
            self.status.setPlainText(self.tr("Computing…") if zones.zone_set is None else self.tr(
                "Building the zones of {layer}…").format(layer=zones.zone_set.source))
            self._build_zones(zones, then_compute=True)
            return
        try:
            task, args = compute_task(self.live, self.live.inputs())  # along a network: built in the task
        except Exception as exc:
            self.status.setPlainText(str(exc))
            return
        self.compute_button.setEnabled(False)
        self.status.setPlainText(self.tr("Computing…"))
        self.main_window.task_runner.start(self.tr("Coverage check"), task, *args, on_done=self._done,
                                           on_error=self._failed)

    def _build_zones(self, request: ZoneRequest, then_compute: bool) -> None:
        """Build the zones in a task (once: a Compute clicked meanwhile waits for the same build)."""
        building = self._zones_building
        if building is not None and building[0].is_for(request) and building[1].running:
            self._compute_when_built = self._compute_when_built or then_compute
            return
        self._compute_when_built = then_compute
        handle = self.main_window.task_runner.start(
            self.tr("Building the zones"), build_zones, request,
            on_done=lambda built: self._zones_built(request, built), on_error=self._zones_failed,
            on_cancelled=self._zones_cancelled)
        self._zones_building = (request, handle)

    def _prebuild_zones(self) -> None:
        """A zone set was chosen: build its zones now, in the background, so that Compute finds them ready."""
        try:
            request = self.live.zones_request()
        except Exception:  # its layer is gone: Compute says so
            return
        if request is not None:
            self._build_zones(request, then_compute=False)

    def _zones_built(self, request: ZoneRequest, zones: Zones) -> None:
        self._zones_building = None
        self.live.take_zones(request, zones)
        if self._compute_when_built:
            self.compute()  # the same zones unless the document changed meanwhile (then they are built again)

    def _zones_failed(self, exc: BaseException) -> None:
        self._zones_building = None
        if self._compute_when_built:
            self._failed(exc)

    def _zones_cancelled(self) -> None:
        self._zones_building = None
        self.compute_button.setEnabled(True)
        if self._compute_when_built:
            self.status.setPlainText(self.tr("Cancelled: the zones were not built"))

    def _done(self, computed: live_coverage.Computed) -> None:
        self.compute_button.setEnabled(True)
        self.live.apply(computed)

    def _failed(self, exc: BaseException) -> None:
        self.compute_button.setEnabled(True)
        self.status.setPlainText(self.tr("Coverage check failed: {error}").format(error=exc))

    # ---- repainting from the live object --------------------------------------------------------------------
    def _on_live(self, event: Event) -> None:
        if event.type == ZONE_SET:
            self._show_zone_labels()
            self._prebuild_zones()
        elif event.type == TARGETS:
            self._show_targets()
        elif event.type == STALE:
            self._show_numbers()  # the verdicts lose their colours: they no longer hold
            self._show_stale()
        elif event.type == COMPUTED:
            present = self.live.sectors
            for boxes in (self.targets, self.hotspot_targets):
                for sector, box in boxes.items():
                    box.setEnabled(sector in present)
            self.suggest_button.setEnabled(True)
            self._show_stale()
            self._build_sliders()
            self.status.setPlainText(self.live.note)
        elif event.type == NUMBERS:
            self._show_radii()
            self._show_numbers()
            self.curve.placeholder = self.tr("No coverage curve for a reach in minutes: the curve runs over metres") \
                if any(self.live.in_minutes(n) for n in self.live.radii) else ""
            self.curve.set_data(self.live.curve)
        elif event.type == CURVE:
            self.curve.set_data(self.live.curve)
        elif event.type == MAP:
            self._show_gaps()
            self.isolated.setText(self.live.links_text())
        elif event.type == CLEARED:  # another map: nothing of the old check stays on show
            self._build_sliders()
            self._show_numbers()
            self._show_gaps()
            self.curve.set_data(self.live.curve)
            self.isolated.setText("")
            self.status.setPlainText(_t(START_TEXT))
            self.suggest_button.setEnabled(False)
            self._show_stale()
            self._show_targets()  # an opened project's own
            self._show_zone_labels()

    def _show_stale(self) -> None:
        """Out of date: a banner saying why, and the table greyed, until the next Compute."""
        why = self.live.stale
        self.stale_banner.setText(self.tr("Out of date: {why}. The table, gaps and map are of the last Compute; "
                                          "press Compute to bring them up to date.").format(why=why) if why else "")
        self.stale_banner.setVisible(bool(why))
        self.table.setStyleSheet("QTableView { color: #868e96; }" if why else "")
        self.summary.setEnabled(not why)

    def _show_columns(self) -> None:
        """Each sector's columns where it has layers; people columns hidden by area (nothing claims people), their
        headers saying when the people are GeoNames' points."""
        basis = self.live.population_basis
        present = self.live.sectors
        approximate = self.tr(" (approx.)") if basis == GEONAMES_BASIS else ""
        for sector, (area_col, people_col) in SECTOR_COLUMNS.items():
            self.table.setColumnHidden(area_col, bool(present) and sector not in present)
            self.table.setColumnHidden(people_col, basis == BY_AREA or (bool(present) and sector not in present))
            self.table_model.set_header(people_col, column_titles()[people_col] + approximate, basis_text(basis))
        along = any(row.straight_shares for row in self.live.rows)  # computed along a network
        for sector, (area_col, people_col) in STRAIGHT_COLUMNS.items():
            self.table.setColumnHidden(area_col, not along or sector not in present)
            self.table.setColumnHidden(people_col, not along or basis == BY_AREA or sector not in present)

    def _show_numbers(self) -> None:
        self._show_columns()
        names = name_lookup(self.live.document.region.municipalities)  # Finnish name -> the interface language's
        self.table_model.show(self.live.rows, names, coloured=not self.live.stale)  # the texts as rows are drawn
        summary = self.live.summary
        self.summary.setText(summary.text if summary is not None else "")

    def _show_gaps(self) -> None:
        if self._gap_highlighted:  # the gap layer's rows are other places now
            self.main_window.canvas.set_highlight(None, [])
            self._gap_highlighted = False
        self.gap_list.clear()
        for row, (text, bounds) in enumerate(self.live.gap_entries()):
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, bounds)
            item.setData(GAP_ROW_ROLE, row)
            self.gap_list.addItem(item)

    def _zoom_to_gap(self, item: QListWidgetItem) -> None:
        """Zoom to the gap and highlight it on the map (its row of the gap layer)."""
        bounds = item.data(Qt.ItemDataRole.UserRole)
        if bounds:
            self.main_window.zoom_to(bounds, margin=0.3)
        layer, row = self.live.gap_layer(), item.data(GAP_ROW_ROLE)
        if layer is not None and row is not None:
            self.main_window.canvas.set_highlight(layer, [int(row)])
            self._gap_highlighted = True


def install(window: WindowApi) -> CoveragePanel:
    panel = CoveragePanel(window)
    dock = QDockWidget(QCoreApplication.translate("CoveragePanel", "Coverage"), window.qt_window)
    dock.setObjectName("coverage_dock")
    dock.setWidget(panel)
    panel.setMinimumWidth(460)
    window.add_dock(dock, Qt.DockWidgetArea.RightDockWidgetArea, visible=False)

    def open_panel() -> None:
        dock.show()
        dock.raise_()

    window.add_action("coverage", QCoreApplication.translate("CoveragePanel", "&Coverage check…"), open_panel,
                      menu="analysis", group="coverage", order=10)
    return panel
