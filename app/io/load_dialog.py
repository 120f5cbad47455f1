"""Dialogs shown while loading a file: confirm a loaded layer (name, kind, service radius or population count
field, CRS, load summary) and pick the layers of a multi-layer file (GeoPackage).

The kind is guessed from the fields first (a point or polygon layer with a head-count field is population:
:func:`layers.coverage.population_fields.population_guess`), then from the file name (:func:`guess_kind`), so that
``helsinki_population_grid_2020.gpkg`` is population although its name holds "grid"."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from layers.coverage.population_fields import PopulationGuess, population_guess
from layers.model import LayerKind, family_radius_m, geometry_family

if TYPE_CHECKING:
    from layers.io.csv_points import CsvColumns
    from layers.io.read import LoadedData

# What a user may say a loaded layer is, in the order offered (English; shown translated, context "LoadDialog").
LOAD_KINDS: tuple[tuple[LayerKind, str], ...] = (
    (LayerKind.TRANSPORT, str(QT_TRANSLATE_NOOP("LoadDialog", "Transport (stops, stations, lines)"))),
    (LayerKind.ENERGY, str(QT_TRANSLATE_NOOP("LoadDialog", "Energy (plants, grid, charging)"))),
    (LayerKind.PROJECT, str(QT_TRANSLATE_NOOP("LoadDialog", "Project (sites, plans)"))),
    (LayerKind.POPULATION, str(QT_TRANSLATE_NOOP("LoadDialog", "Population (people per grid cell or point)"))),
    (LayerKind.OTHER, str(QT_TRANSLATE_NOOP("LoadDialog", "Other"))),
    (LayerKind.HOTSPOT, str(QT_TRANSLATE_NOOP("LoadDialog", "Hot spots (use these polygons)"))),
    (LayerKind.BOUNDARY, str(QT_TRANSLATE_NOOP("LoadDialog", "Boundaries"))),
)
# CRSs a planner in Uusimaa meets; the detected/declared one is added when missing.
COMMON_CRS: tuple[tuple[str, str], ...] = (
    ("EPSG:3067", "ETRS-TM35FIN (EPSG:3067)"),
    ("EPSG:4326", str(QT_TRANSLATE_NOOP("LoadDialog", "WGS84 lon/lat (EPSG:4326)"))),
    ("EPSG:3879", "ETRS-GK25, Helsinki (EPSG:3879)"),
    ("EPSG:3878", "ETRS-GK24 (EPSG:3878)"),
    ("EPSG:3880", "ETRS-GK26 (EPSG:3880)"),
    ("EPSG:2392", str(QT_TRANSLATE_NOOP("LoadDialog", "KKJ zone 2 (EPSG:2392)"))),
    ("EPSG:3857", "Web Mercator (EPSG:3857)"),
)


@dataclass(frozen=True)
class LoadChoice:
    """What the user confirmed; ``crs`` set means: read the file again assuming this CRS."""

    name: str
    kind: LayerKind
    radius_m: float | None
    crs: str | None = None
    csv_columns: CsvColumns | None = None  # set: read the CSV again with these columns
    population_field: str | None = None  # a population layer: the field that counts people


def guess_kind(family: str, name: str) -> LayerKind:
    """A first guess from the geometry and the file name (stops/stations/routes -> transport etc.)."""
    low = name.lower()
    if any(w in low for w in ("stop", "station", "route", "rail", "bus", "tram", "metro", "pysak", "asema", "linja")):
        return LayerKind.TRANSPORT
    if any(w in low for w in ("energy", "power", "grid", "charg", "wind", "solar", "sähkö", "voima")):
        return LayerKind.ENERGY
    if any(w in low for w in ("kunta", "municipal", "boundar", "hallinto")) and family == "polygon":
        return LayerKind.BOUNDARY
    if any(w in low for w in ("project", "plan", "site", "hanke")):
        return LayerKind.PROJECT
    return LayerKind.OTHER


def guess_from(loaded: LoadedData, name: str) -> tuple[LayerKind, PopulationGuess]:
    """The kind to offer: population when the fields say so, else the name's guess; and the fields' guess."""
    family = geometry_family(loaded.data) if len(loaded.data) else "mixed"
    fields = population_guess(loaded.data, family)
    return (LayerKind.POPULATION if fields.is_population else guess_kind(family, name)), fields


def default_choice(loaded: LoadedData, name: str) -> LoadChoice:
    family = geometry_family(loaded.data) if len(loaded.data) else "mixed"
    kind, fields = guess_from(loaded, name)
    radius = family_radius_m(family) if kind.is_service else None
    return LoadChoice(name, kind, radius, population_field=fields.field if kind is LayerKind.POPULATION else None)


NO_COLUMN = "—"


class CsvColumnsBox(QWidget):
    """x / y or WKT column choice for a CSV table (pre-set to what was detected)."""

    def __init__(self, columns: CsvColumns, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.detected = columns
        self.x_column, self.y_column, self.wkt_column = QComboBox(self), QComboBox(self), QComboBox(self)
        for combo, current in ((self.x_column, columns.x), (self.y_column, columns.y), (self.wkt_column, columns.wkt)):
            combo.addItem(NO_COLUMN, None)
            for name in columns.columns:
                combo.addItem(name, name)
            combo.setCurrentIndex(max(combo.findData(current), 0) if current else 0)
        self.x_column.setToolTip(QCoreApplication.translate("LoadDialog", "Column of x / longitude / easting"))
        self.y_column.setToolTip(QCoreApplication.translate("LoadDialog", "Column of y / latitude / northing"))
        self.wkt_column.setToolTip(
            QCoreApplication.translate("LoadDialog", "Column of WKT geometry (used instead of x/y when chosen)"))
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow("x / lon", self.x_column)
        form.addRow("y / lat", self.y_column)
        form.addRow(QCoreApplication.translate("LoadDialog", "or WKT"), self.wkt_column)

    def chosen(self) -> CsvColumns:
        from dataclasses import replace

        wkt = self.wkt_column.currentData()
        if wkt:
            return replace(self.detected, wkt=wkt, x=None, y=None)
        return replace(self.detected, wkt=None, x=self.x_column.currentData(), y=self.y_column.currentData())

    def changed(self) -> CsvColumns | None:
        chosen = self.chosen()
        same = (chosen.x, chosen.y, chosen.wkt) == (self.detected.x, self.detected.y, self.detected.wkt)
        return None if same else chosen


class CsvColumnsDialog(QDialog):
    """Asked when no coordinate columns were recognised in a CSV table."""

    def __init__(self, file_name: str, columns: CsvColumns, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("LoadDialog", "Coordinates in {file}").format(file=file_name))
        self.box = CsvColumnsBox(columns, self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        note = QLabel(QCoreApplication.translate("LoadDialog",
            "No longitude/latitude, x/y or WKT column was recognised in {file}. Choose the columns that hold the "
            "coordinates:").format(file=file_name), self)
        note.setWordWrap(True)
        layout.addWidget(note)
        layout.addWidget(self.box)
        layout.addWidget(buttons)


def ask_csv_columns(file_name: str, columns: CsvColumns, parent: QWidget | None = None) -> CsvColumns | None:
    dialog = CsvColumnsDialog(file_name, columns, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    chosen = dialog.box.chosen()
    return chosen if chosen.usable else None


class LoadDialog(QDialog):
    def __init__(self, loaded: LoadedData, name: str, parent: QWidget | None = None,
                 csv_columns: CsvColumns | None = None) -> None:
        super().__init__(parent)
        self.loaded = loaded
        report = loaded.report
        self.family = geometry_family(loaded.data) if len(loaded.data) else "mixed"
        self.setWindowTitle(QCoreApplication.translate("LoadDialog", "Add layer — {name}").format(name=name))
        default = default_choice(loaded, name)

        self.name_edit = QLineEdit(name, self)
        self.kind = QComboBox(self)
        for kind, label in LOAD_KINDS:
            if kind is LayerKind.HOTSPOT and self.family != "polygon":
                continue
            if kind is LayerKind.POPULATION and self.family not in ("point", "polygon"):
                continue
            self.kind.addItem(QCoreApplication.translate("LoadDialog", label), kind.value)
        self.kind.setCurrentIndex(max(self.kind.findData(default.kind.value), 0))
        self.radius = QDoubleSpinBox(self)
        self.radius.setRange(10.0, 100_000.0)
        self.radius.setDecimals(0)
        self.radius.setSingleStep(50.0)
        self.radius.setSuffix(" m")
        self.radius.setValue(family_radius_m(self.family))
        self.radius.setToolTip(QCoreApplication.translate(
            "LoadDialog", "How far the service reaches: 800 m suits stops and stations, 1,000 m lines"))
        self.count_field = QComboBox(self)
        _, fields = guess_from(loaded, name)
        for field_name in fields.fields:
            self.count_field.addItem(field_name, field_name)
        guessed = fields.field or (fields.fields[0] if fields.fields else None)
        self.count_field.setCurrentIndex(max(self.count_field.findData(guessed), 0))
        self.count_field.setToolTip(QCoreApplication.translate(
            "LoadDialog", "The field holding the number of people of each grid cell or point"))
        self.kind.currentIndexChanged.connect(self._kind_changed)

        self.crs = QComboBox(self)
        self.crs.setEditable(True)
        for code, label in COMMON_CRS:
            self.crs.addItem(QCoreApplication.translate("LoadDialog", label), code)
        i = self.crs.findData(report.crs)
        if i < 0:
            self.crs.insertItem(0, report.crs, report.crs)
            i = 0
        self.crs.setCurrentIndex(i)
        self.original_crs = report.crs
        check = QCoreApplication.translate(
            "LoadDialog", " Check that the layer lands in the right place; change it here if not.")
        notes = {"declared": QCoreApplication.translate("LoadDialog", "Source CRS declared by the file."),
                 "detected": QCoreApplication.translate("LoadDialog", "Source CRS detected from the coordinates.")
                 + check,
                 "given": QCoreApplication.translate("LoadDialog", "Source CRS chosen by you."),
                 "assumed": QCoreApplication.translate("LoadDialog", "Source CRS assumed.") + check}
        other = QCoreApplication.translate("LoadDialog", "Source CRS {how}.").format(how=report.crs_how) + check
        self.crs_note = QLabel(notes.get(report.crs_how, other), self)
        self.crs_note.setWordWrap(True)
        if report.crs_how not in ("declared", "given"):
            self.crs_note.setStyleSheet("color: #8a5a00;")

        self.summary = QPlainTextEdit(report.summary(), self)
        self.summary.setReadOnly(True)
        self.summary.setMinimumHeight(150)
        self.summary.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)

        form = QFormLayout()
        form.addRow(QCoreApplication.translate("LoadDialog", "Name"), self.name_edit)
        form.addRow(QCoreApplication.translate("LoadDialog", "Kind"), self.kind)
        self.kind_hint = QLabel(self)
        self.kind_hint.setWordWrap(True)
        self.kind_hint.setStyleSheet("color: #1b4f72;")
        form.addRow("", self.kind_hint)
        form.addRow(QCoreApplication.translate("LoadDialog", "Service radius"), self.radius)
        form.addRow(QCoreApplication.translate("LoadDialog", "Count field"), self.count_field)
        self.count_label = form.labelForField(self.count_field)
        form.addRow(QCoreApplication.translate("LoadDialog", "Source CRS"), self.crs)
        form.addRow("", self.crs_note)
        self.csv_box: CsvColumnsBox | None = None
        if csv_columns is not None:
            self.csv_box = CsvColumnsBox(csv_columns, self)
            form.addRow(QCoreApplication.translate("LoadDialog", "Coordinates"), self.csv_box)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            QCoreApplication.translate("LoadDialog", "Add layer"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(QLabel(QCoreApplication.translate("LoadDialog", "Load summary"), self))
        layout.addWidget(self.summary, 1)
        layout.addWidget(buttons)
        self._kind_changed()
        self.resize(520, 440)

    def _kind_changed(self) -> None:
        kind = LayerKind(self.kind.currentData())
        self.radius.setEnabled(kind.is_service)
        population = kind is LayerKind.POPULATION
        self.count_field.setVisible(population)
        if self.count_label is not None:
            self.count_label.setVisible(population)
        people = (QCoreApplication.translate(
            "LoadDialog", "People per feature: the coverage check counts them (polygons spread over their land).")
            if self.count_field.count() else
            QCoreApplication.translate("LoadDialog", "This layer has no numeric field to count people with."))
        self.kind_hint.setText({
            LayerKind.BOUNDARY: QCoreApplication.translate(
                "LoadDialog", "Shown as an extra layer. To replace the schematic municipalities, use Region > Load "
                "official boundaries…"),
            LayerKind.HOTSPOT: QCoreApplication.translate(
                "LoadDialog", "These polygons become the hot spots; the in-between areas are recomputed."),
            LayerKind.POPULATION: people,
        }.get(kind, ""))
        self.kind_hint.setVisible(bool(self.kind_hint.text()))

    def choice(self) -> LoadChoice:
        kind = LayerKind(self.kind.currentData())
        code = self.crs.currentData() if self.crs.currentText() == self.crs.itemText(self.crs.currentIndex()) \
            else self.crs.currentText().strip()
        crs = code if code and code != self.original_crs else None
        columns = self.csv_box.changed() if self.csv_box is not None else None
        count = self.count_field.currentData() if kind is LayerKind.POPULATION else None
        return LoadChoice(self.name_edit.text().strip() or self.windowTitle(), kind,
                          self.radius.value() if kind.is_service else None, crs, columns, count)


def ask_load_choice(loaded: LoadedData, name: str, parent: QWidget | None = None,
                    csv_columns: CsvColumns | None = None) -> LoadChoice | None:
    dialog = LoadDialog(loaded, name, parent, csv_columns)
    return dialog.choice() if dialog.exec() == QDialog.DialogCode.Accepted else None


class LayerPickDialog(QDialog):
    """Tick the layers of a multi-layer file to load."""

    def __init__(self, file_name: str, layers: list[tuple[str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("LoadDialog", "Layers in {file}").format(file=file_name))
        self.list = QListWidget(self)
        for name, detail in layers:
            item = QListWidgetItem(f"{name}  ({detail})" if detail else name)
            item.setData(Qt.ItemDataRole.UserRole, name)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            self.list.addItem(item)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(QCoreApplication.translate("LoadDialog", "{file} holds {n} layers. Load which?").format(
            file=file_name, n=len(layers)), self))
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)

    def chosen(self) -> list[str]:
        out = []
        for i in range(self.list.count()):
            item = self.list.item(i)
            if item.checkState() == Qt.CheckState.Checked:
                out.append(item.data(Qt.ItemDataRole.UserRole))
        return out


def ask_layers(file_name: str, layers: list[tuple[str, str]], parent: QWidget | None = None) -> list[str]:
    dialog = LayerPickDialog(file_name, layers, parent)
    return dialog.chosen() if dialog.exec() == QDialog.DialogCode.Accepted else []
