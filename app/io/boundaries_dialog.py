"""Region > Load official boundaries…: from a file (choose the code and name fields and a filter to the region) or
downloaded from Statistics Finland's open WFS (cached in the user's data folder).  Registered as
``window.actions["load_official_boundaries"]``, which the schematic banner triggers.  Replacing the areas is not
an undo step."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QTimer
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.i18n import plain_number
from app.widgets.dialog_action import DialogAction
from app.window_api import FeatureKey, WindowApi
from layers.errors import UserError
from layers.i18n import format_number
from layers.io import boundaries_preview
from layers.io.boundaries import suggest_fields
from layers.io.region_boundaries import Keep, RegionChoice
from layers.io.wfs import ATTRIBUTION as STATFI_ATTRIBUTION
from layers.io.wfs import DEFAULT_BASE_URL, Downloaded, cache_path, download_boundaries

if TYPE_CHECKING:
    import geopandas as gpd

    from app.tasks.runner import TaskHandle
    from layers.document import Derived
    from layers.io.read import LoadedData

FILTER_CODES = Keep.UUSIMAA
FILTER_INTERSECT = Keep.WITHIN
FILTER_FIELD = Keep.FIELD
FILTER_NONE = Keep.ALL
LAND_NOTE = str(QT_TRANSLATE_NOOP("BoundariesDialog", "Area figures use land only: where the boundaries include sea "
                                                     "(as official ones often do), the areas are clipped to the land "
                                                     "outline."))
WFS_BASE = DEFAULT_BASE_URL  # tests point this at a loopback server
DEFAULT_YEAR = 2023
DEFAULT_LAYER_NAME = str(QT_TRANSLATE_NOOP("BoundariesDialog", "Municipalities (official)"))
TYPING_PAUSE_MS = 250  # a filter value being typed is previewed once the planner pauses, not at every key


def statfi_layer(year: int) -> str:
    """Statistics Finland's municipalities at 1:4.5M for ``year``."""
    return f"tilastointialueet:kunta4500k_{year}"


class BoundariesDialog(QDialog):
    def __init__(self, window: WindowApi, parent: QWidget | None = None) -> None:
        super().__init__(parent or window.qt_window)
        self.main_window = window
        self.document = window.document
        self.setWindowTitle(QCoreApplication.translate("BoundariesDialog", "Load official municipal boundaries"))
        self.source_data: gpd.GeoDataFrame | None = None
        self.source_name = ""
        self.attribution = ""
        self.prepared: gpd.GeoDataFrame | None = None
        self.prepared_derived: Derived | None = None  # their hot spots and in-between areas, from the same task
        self.preview_task: TaskHandle | None = None  # the preview being prepared (superseded ones are cancelled)
        self._preview_serial = 0  # the newest choice's number: an older task's result is dropped
        self.error = ""

        # source
        self.from_file = QRadioButton(QCoreApplication.translate(
            "BoundariesDialog", "From a file (GeoPackage, Shapefile, GeoJSON…)"), self)
        self.from_wfs = QRadioButton(QCoreApplication.translate(
            "BoundariesDialog", "Download from Statistics Finland (open WFS, CC BY 4.0)"), self)
        group = QButtonGroup(self)
        group.addButton(self.from_file)
        group.addButton(self.from_wfs)
        self.from_wfs.setChecked(True)
        self.path_edit = QLineEdit(self)
        self.path_edit.setPlaceholderText(QCoreApplication.translate("BoundariesDialog", "boundary file"))
        browse = QPushButton(QCoreApplication.translate("BoundariesDialog", "Browse…"), self)
        browse.clicked.connect(self.browse)
        self.year = plain_number(QSpinBox(self))  # 2024, not 2 024
        self.year.setRange(2015, 2030)
        self.year.setValue(DEFAULT_YEAR)
        self.refresh = QCheckBox(QCoreApplication.translate(
            "BoundariesDialog", "Download again even if a copy is cached"), self)
        self.read_button = QPushButton(QCoreApplication.translate("BoundariesDialog", "Read"), self)
        self.read_button.clicked.connect(self.read_source)
        file_row = QHBoxLayout()
        file_row.addWidget(self.path_edit, 1)
        file_row.addWidget(browse)
        wfs_row = QHBoxLayout()
        wfs_row.setContentsMargins(22, 0, 0, 0)
        wfs_row.addWidget(QLabel(QCoreApplication.translate("BoundariesDialog", "Year"), self))
        wfs_row.addWidget(self.year)
        wfs_row.addSpacing(12)
        wfs_row.addWidget(self.refresh)
        wfs_row.addStretch(1)
        read_row = QHBoxLayout()
        read_row.addStretch(1)
        read_row.addWidget(self.read_button)
        cache_note = QLabel(QCoreApplication.translate(
            "BoundariesDialog", "Downloads are kept in {folder} so later starts work offline.").format(
                folder=cache_path().parent), self)
        cache_note.setWordWrap(True)
        cache_note.setStyleSheet("color: #555;")
        source_box = QGroupBox(QCoreApplication.translate("BoundariesDialog", "Source"), self)
        source_layout = QVBoxLayout(source_box)
        cache_note.setContentsMargins(22, 0, 0, 0)
        file_row.setContentsMargins(22, 0, 0, 0)
        source_layout.addWidget(self.from_wfs)
        source_layout.addLayout(wfs_row)
        source_layout.addWidget(cache_note)
        source_layout.addWidget(self.from_file)
        source_layout.addLayout(file_row)
        source_layout.addLayout(read_row)

        # fields and filter
        self.code_field = QComboBox(self)
        self.name_field = QComboBox(self)
        self.filter_mode = QComboBox(self)
        self.filter_mode.addItem(QCoreApplication.translate(
            "BoundariesDialog", "The 26 municipalities of Helsinki-Uusimaa (by code)"), FILTER_CODES)
        self.filter_mode.addItem(QCoreApplication.translate(
            "BoundariesDialog", "Areas mostly inside the current region"), FILTER_INTERSECT)
        self.filter_mode.addItem(QCoreApplication.translate(
            "BoundariesDialog", "Where a field has a value…"), FILTER_FIELD)
        self.filter_mode.addItem(QCoreApplication.translate(
            "BoundariesDialog", "No filter: every area in the source"), FILTER_NONE)
        self.filter_field = QComboBox(self)
        self.filter_value = QLineEdit(self)
        self.filter_value.setPlaceholderText(QCoreApplication.translate(
            "BoundariesDialog", "value, e.g. 01 for the Uusimaa region code"))
        filter_row = QHBoxLayout()
        filter_row.addWidget(self.filter_field)
        filter_row.addWidget(self.filter_value, 1)
        self.name_edit = QLineEdit(QCoreApplication.translate("BoundariesDialog", DEFAULT_LAYER_NAME), self)
        fields_box = QGroupBox(QCoreApplication.translate("BoundariesDialog", "Fields and filter"), self)
        form = QFormLayout(fields_box)
        form.addRow(QCoreApplication.translate("BoundariesDialog", "Municipality code"), self.code_field)
        form.addRow(QCoreApplication.translate("BoundariesDialog", "Name"), self.name_field)
        form.addRow(QCoreApplication.translate("BoundariesDialog", "Keep"), self.filter_mode)
        form.addRow("", filter_row)
        form.addRow(QCoreApplication.translate("BoundariesDialog", "Layer name"), self.name_edit)
        land = QLabel(QCoreApplication.translate("BoundariesDialog", LAND_NOTE), self)
        land.setWordWrap(True)
        land.setStyleSheet("color: #1b4f72;")
        self.status = QLabel(QCoreApplication.translate("BoundariesDialog", "Read a source to continue."), self)
        self.status.setWordWrap(True)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(QCoreApplication.translate("BoundariesDialog", "Use these boundaries"))
        self.ok_button.setEnabled(False)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(source_box)
        layout.addWidget(fields_box)
        layout.addWidget(land)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)

        for combo in (self.code_field, self.name_field, self.filter_mode, self.filter_field):
            combo.currentIndexChanged.connect(self.update_preview)
        self._typing = QTimer(self)
        self._typing.setSingleShot(True)
        self._typing.setInterval(TYPING_PAUSE_MS)
        self._typing.timeout.connect(self.update_preview)
        self.filter_value.textChanged.connect(self._filter_typed)
        self.finished.connect(lambda _result: self._cancel_preview())
        self.from_file.toggled.connect(self._source_mode)
        self.path_edit.returnPressed.connect(self.read_source)
        self._source_mode()
        self.resize(560, 560)

    # ---- source ---------------------------------------------------------------------------------------------
    def _source_mode(self) -> None:
        by_file = self.from_file.isChecked()
        self.path_edit.setEnabled(by_file)
        self.year.setEnabled(not by_file)
        self.read_button.setText(QCoreApplication.translate("BoundariesDialog", "Read file") if by_file
                                 else QCoreApplication.translate("BoundariesDialog", "Download"))

    def browse(self) -> None:
        title = QCoreApplication.translate("BoundariesDialog", "Boundary file")
        geodata = QCoreApplication.translate("BoundariesDialog", "Geodata")
        every = QCoreApplication.translate("BoundariesDialog", "All files")
        path, _ = QFileDialog.getOpenFileName(self, title, str(Path.home()),
                                              f"{geodata} (*.gpkg *.shp *.zip *.geojson *.json *.fgb *.parquet);;"
                                              f"{every} (*)")
        if path:
            self.path_edit.setText(path)
            self.from_file.setChecked(True)
            self.read_source()

    def read_source(self) -> None:
        self.read_button.setEnabled(False)
        if self.from_file.isChecked():
            text = self.path_edit.text().strip()
            if not text:
                self._failed(UserError(QCoreApplication.translate("BoundariesDialog", "choose a boundary file first")))
                return
            self.read_file(Path(text))
        else:
            self.download()

    def read_file(self, path: Path) -> None:
        from layers.io.read import read_layer

        self.status.setText(QCoreApplication.translate("BoundariesDialog", "Reading {file}…").format(file=path.name))
        title = QCoreApplication.translate("BoundariesDialog", "Reading {file}").format(file=path.name)
        source = QCoreApplication.translate("BoundariesDialog", "From {file}").format(file=path.name)
        self.main_window.run_task(title, read_layer, path, on_error=self._failed,
                                  on_done=lambda loaded: self._have_source(loaded, path.name, source))

    def download(self) -> None:
        self.status.setText(QCoreApplication.translate("BoundariesDialog", "Downloading from Statistics Finland…"))
        self.main_window.run_task(QCoreApplication.translate("BoundariesDialog", "Downloading municipal boundaries"),
                                  download_boundaries, base_url=WFS_BASE, layer=statfi_layer(self.year.value()),
                                  refresh=self.refresh.isChecked(), on_done=self._have_download,
                                  on_error=self._failed)

    def _have_download(self, got: Downloaded) -> None:
        source = QCoreApplication.translate(
            "BoundariesDialog", "Statistics Finland {year}").format(year=self.year.value())
        self._have_source(got.loaded, source,
                          f"{STATFI_ATTRIBUTION} ({self.year.value()})", got.from_cache)

    def _have_source(self, loaded: LoadedData, name: str, attribution: str, from_cache: bool = False) -> None:
        self.read_button.setEnabled(True)
        self.source_data = loaded.data
        self.source_name = name
        self.attribution = attribution
        self.cached = from_cache
        fields = suggest_fields(loaded.data)
        columns = list(fields.columns)
        for combo, guess in ((self.code_field, fields.code), (self.name_field, fields.name)):
            combo.blockSignals(True)
            combo.clear()
            combo.addItems(columns)
            combo.setCurrentIndex(columns.index(guess) if guess in columns else 0)
            combo.blockSignals(False)
        self.filter_field.blockSignals(True)
        self.filter_field.clear()
        self.filter_field.addItems(columns)
        if fields.filters:
            self.filter_field.setCurrentIndex(columns.index(fields.filters[0]))
        self.filter_field.blockSignals(False)
        self.update_preview()

    def _failed(self, exc: BaseException) -> None:
        self.read_button.setEnabled(True)
        self.error = str(exc) if isinstance(exc, UserError) else f"{type(exc).__name__}: {exc}"
        self.status.setText(f"<span style='color:#a31515'>{self.error}</span>")
        self.ok_button.setEnabled(False)

    # ---- preview and result ---------------------------------------------------------------------------------
    def region_choice(self) -> RegionChoice:
        """The "Keep" list and the fields as a :class:`RegionChoice` (what ``--region`` with ``--codes``/``--all``
        gives on the command line), always clipped to land."""
        mode = Keep(self.filter_mode.currentData())
        self.filter_field.setEnabled(mode == FILTER_FIELD)
        self.filter_value.setEnabled(mode == FILTER_FIELD)
        name, code = self.name_field.currentText(), self.code_field.currentText()
        if mode == FILTER_INTERSECT:
            return RegionChoice.inside(self.document.region.municipalities, name_field=name, code_field=code)
        if mode == FILTER_FIELD:
            return RegionChoice.where(self.filter_field.currentText(), self.filter_value.text(), name_field=name,
                                      code_field=code)
        return RegionChoice(mode, name_field=name, code_field=code)

    def preview_pending(self) -> bool:
        """Whether a preview is still to come (a task running, or typing not yet paused)."""
        return self._typing.isActive() or (self.preview_task is not None and self.preview_task.running)

    def _filter_typed(self) -> None:
        self._forget_preview()
        self._typing.start()

    def _cancel_preview(self) -> None:
        if self.preview_task is not None and self.preview_task.running:
            self.preview_task.quiet = True  # superseded, not the planner's Cancel: no status message
            self.preview_task.cancel()
        self.preview_task = None

    def _forget_preview(self) -> None:
        """The choice changed: what was prepared no longer holds (OK waits for the new preview)."""
        self._preview_serial += 1
        self._cancel_preview()
        self.prepared = None
        self.prepared_derived = None
        self.ok_button.setEnabled(False)

    def update_preview(self) -> None:
        """Prepare the areas of the current choice (filtered, clipped to land) and their hot spots in a task; the
        window stays responsive meanwhile and a newer choice supersedes (cancels) an older one."""
        self._typing.stop()
        self._forget_preview()
        choice = self.region_choice()
        if self.source_data is None:
            return
        serial = self._preview_serial
        self.status.setText(QCoreApplication.translate("BoundariesDialog", "Preparing the areas…"))
        inputs = boundaries_preview.PreviewInputs(self.source_data, choice, self.document.land, self.source_name,
                                                  self.document.derivation())
        self.preview_task = self.main_window.run_task(
            QCoreApplication.translate("BoundariesDialog", "Preparing the areas"), boundaries_preview.run, inputs,
            on_done=lambda prepared: self._preview_ready(serial, prepared),
            on_error=lambda exc: self._preview_failed(serial, exc))

    def _preview_failed(self, serial: int, exc: BaseException) -> None:
        if serial != self._preview_serial:
            return  # a newer choice is being prepared
        self.preview_task = None
        if not isinstance(exc, UserError):
            self._failed(exc)
            return
        self.status.setText(f"<span style='color:#a31515'>{exc}</span>")
        self.ok_button.setEnabled(False)

    def _preview_ready(self, serial: int, prepared: boundaries_preview.PreparedRegion) -> None:
        if serial != self._preview_serial:
            return  # stale: the planner changed the choice while this was prepared
        self.preview_task = None
        self.prepared = prepared.municipalities
        self.prepared_derived = prepared.derived
        warned = "".join(f" <span style='color:#8a5a00'>{w}.</span>" for w in prepared.warnings)
        n = len(self.prepared)
        names = ", ".join(self.prepared["name"].head(6))
        cached = QCoreApplication.translate("BoundariesDialog", " (from the cache: offline)") \
            if getattr(self, "cached", False) else ""
        kept = QCoreApplication.translate("BoundariesDialog", "{source}{cached}: {n} areas kept — {names}; land area "
                                          "{km2} km².")
        self.status.setText(kept.format(source=self.source_name, cached=cached, n=n,
                                        names=names + ("…" if n > 6 else ""),
                                        km2=format_number(self.prepared["land_area_km2"].sum())) + warned)
        self.ok_button.setEnabled(n > 0)

    def apply(self) -> None:
        if self.prepared is None:
            raise UserError(QCoreApplication.translate("BoundariesDialog",
                                                       "no boundaries to use yet: read a source first"))
        # replacing the areas is not an undo step (nor, then, are the region layer's new name and credit)
        with self.main_window.session.undo_stack.paused():
            self.document.set_boundaries(self.prepared, self.name_edit.text().strip() or self.name_edit_default(),
                                         self.attribution, derived=self.prepared_derived)

    @staticmethod
    def name_edit_default() -> str:
        return QCoreApplication.translate("BoundariesDialog", DEFAULT_LAYER_NAME)

    def accept(self) -> None:
        try:
            self.apply()
        except (UserError, ValueError) as exc:
            self._failed(exc)
            return
        n = len(self.prepared) if self.prepared is not None else 0
        text = QCoreApplication.translate("BoundariesDialog", "Using official boundaries: {n} municipalities "
                                          "({credit}); hot spots and in-between areas recomputed")
        self.main_window.show_message(text.format(n=n, credit=self.attribution), "success", timeout_ms=10000)
        super().accept()


ASK = True


def open_dialog(window: WindowApi) -> BoundariesDialog:
    dialog = BoundariesDialog(window)
    if ASK:
        dialog.open()
    return dialog


BOUNDARIES: FeatureKey[DialogAction[BoundariesDialog]] = FeatureKey("official boundaries")  # Region > Load…


def install(window: WindowApi) -> DialogAction[BoundariesDialog]:
    feature = window.features.add(BOUNDARIES, DialogAction(lambda: open_dialog(window)))
    window.add_action("load_official_boundaries",
                      QCoreApplication.translate("BoundariesDialog", "Load official &boundaries…"), feature.open_dialog,
                      "region", tip=QCoreApplication.translate(
                          "BoundariesDialog", "Replace the schematic areas by official municipal boundaries"))
    return feature
