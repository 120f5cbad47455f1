"""The zone-set mapping dialog: which value of a polygon layer's category field is which zone class.

It lists the field's distinct values (with how many polygons and how much area each has) and a class for each,
typed or picked; a value with no class is left out of every zone.  Where the field's values are SYKE's urban
zones or the 7-class urban-rural grid, the built-in preset is offered and pre-filled
(:mod:`layers.coverage.zone_mapping` decides what fits).  The planner also picks the target class, the one the
targets judge (default: intermediate).  The dialog returns a :class:`~layers.coverage.zone_sets.ZoneSet`; it
keeps nothing itself.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from layers.coverage.zone_mapping import (
    category_fields,
    field_values,
    matching_presets,
    preset_classes,
    zone_set_of,
)
from layers.coverage.zone_sets import (
    CAR_ZONE,
    CORE,
    DEFAULT_TARGET_CLASS,
    INTERMEDIATE,
    PRESETS,
    RESERVED_CLASSES,
    RURAL,
    URBAN_CORE,
    class_key,
    class_word,
    value_key,
)
from layers.i18n import format_number

if TYPE_CHECKING:
    import geopandas as gpd

    from layers.coverage.zone_sets import ZoneSet

OWN_MAPPING = str(QT_TRANSLATE_NOOP("ZoneMappingDialog", "own mapping"))  # English; shown translated
LEFT_OUT = ""  # the class text of a value left out
OFFERED_CLASSES = (CORE, INTERMEDIATE, CAR_ZONE, URBAN_CORE, RURAL)
VALUE_COLUMN, COUNT_COLUMN, AREA_COLUMN, CLASS_COLUMN = range(4)


class ZoneMappingDialog(QDialog):
    """Map ``data``'s category values (layer ``layer_name``) to zone classes; ``current``: the zone set to start
    from (the layer's, being edited), else the first fitting preset."""

    def __init__(self, layer_name: str, data: gpd.GeoDataFrame, current: ZoneSet | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Zone set: {layer}").format(layer=layer_name))
        self.layer_name, self.data = layer_name, data
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Map each value of the field to a zone class (empty: left out). The "
                                        "coverage table then has a row per municipality and class.")))
        form = QFormLayout()
        self.field = QComboBox()
        for name in category_fields(data):
            self.field.addItem(name, name)
        self.preset = QComboBox()
        self.preset.setToolTip(self.tr("A built-in mapping of SYKE's open data (CC BY 4.0), offered where it fits "
                                       "the field's values"))
        self.target = QComboBox()
        self.target.setToolTip(self.tr("The class the targets judge: a municipality passes when its zone of this "
                                       "class reaches them; the other classes are shown, not judged"))
        form.addRow(self.tr("Field:"), self.field)
        form.addRow(self.tr("Preset:"), self.preset)
        form.addRow(self.tr("Target class:"), self.target)
        layout.addLayout(form)
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels([self.tr("Value"), self.tr("Polygons"), self.tr("Area km²"),
                                              self.tr("Zone class")])
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(self.table, 1)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.resize(640, 480)
        if current is not None and self.field.findData(current.field) >= 0:
            self.field.setCurrentIndex(self.field.findData(current.field))
        self._fill_values(current)
        self.field.currentIndexChanged.connect(lambda _i: self._fill_values(None))
        self.preset.currentIndexChanged.connect(lambda _i: self._apply_preset())

    # ---- filling ---------------------------------------------------------------------------------------------
    def _fill_values(self, current: ZoneSet | None) -> None:
        """The field's values, each with the class ``current`` gives it, else the first fitting preset's."""
        name = self.field.currentData()
        self.values = field_values(self.data, name) if name else []
        presets = matching_presets(self.data, name) if name else []
        self.preset.blockSignals(True)
        self.preset.clear()
        for preset in presets:
            self.preset.addItem(f"{preset} ({PRESETS[preset].source})", preset)
        self.preset.addItem(self.tr(OWN_MAPPING), None)
        start = current.preset if current is not None else (presets[0] if presets else None)
        self.preset.setCurrentIndex(max(self.preset.findData(start), 0))
        self.preset.blockSignals(False)
        if current is not None and current.field == name:
            keyed = {value_key(k): v for k, v in current.mapping.items()}
            classes = {v.value: keyed.get(value_key(v.value), LEFT_OUT) for v in self.values}
        elif start is not None:
            classes = preset_classes(start, self.values)
        else:
            classes = {v.value: LEFT_OUT for v in self.values}
        self.table.setRowCount(len(self.values))
        for i, value in enumerate(self.values):
            for j, text in ((VALUE_COLUMN, value.value), (COUNT_COLUMN, format_number(value.count)),
                            (AREA_COLUMN, format_number(value.area_km2, 2))):
                self.table.setItem(i, j, QTableWidgetItem(text))
            combo = QComboBox()
            combo.setEditable(True)
            combo.addItems([LEFT_OUT, *(class_word(c) for c in OFFERED_CLASSES)])  # shown in words, read as keys
            combo.setCurrentText(class_word(classes.get(value.value, LEFT_OUT)))
            combo.currentTextChanged.connect(lambda _t: self._classes_changed())
            self.table.setCellWidget(i, CLASS_COLUMN, combo)
        self._fill_targets(current.target if current is not None else None)

    def _apply_preset(self) -> None:
        preset = self.preset.currentData()
        if preset is None:
            return  # own mapping: the classes stay as they are, to edit
        for i, cls in enumerate(preset_classes(preset, self.values).values()):
            combo = self.class_box(i)
            combo.blockSignals(True)
            combo.setCurrentText(class_word(cls))
            combo.blockSignals(False)
        self._fill_targets(self.target.currentData())

    def _classes_changed(self) -> None:
        """An edited class: the preset no longer says what the mapping is, so the chooser says "own mapping"."""
        preset = self.preset.currentData()
        if preset is not None and preset_classes(preset, self.values) != self.classes():
            self.preset.blockSignals(True)
            self.preset.setCurrentIndex(self.preset.findData(None))
            self.preset.blockSignals(False)
        self._fill_targets(self.target.currentData())

    def _fill_targets(self, wanted: str | None) -> None:
        classes = list(dict.fromkeys(c for c in self.classes().values() if c))
        self.target.blockSignals(True)
        self.target.clear()
        for cls in classes:
            self.target.addItem(class_word(cls), cls)
        pick = wanted if wanted in classes else (DEFAULT_TARGET_CLASS if DEFAULT_TARGET_CLASS in classes else None)
        if pick is not None:
            self.target.setCurrentIndex(self.target.findData(pick))
        self.target.blockSignals(False)
        reserved = [c for c in classes if c.casefold() in RESERVED_CLASSES]
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        if ok is not None:
            ok.setEnabled(bool(classes) and not reserved)
            ok.setToolTip(self.tr("{name} cannot be a class name (it is the totals' row)").format(
                name=repr(reserved[0])) if reserved else "" if classes else self.tr("give at least one value a class"))

    # ---- reading -----------------------------------------------------------------------------------------------
    def class_box(self, row: int) -> QComboBox:
        widget = self.table.cellWidget(row, CLASS_COLUMN)
        assert isinstance(widget, QComboBox)
        return widget

    def classes(self) -> dict[str, str]:
        """Each listed value's class as the table shows it ("" : left out), a built-in class by its key."""
        return {v.value: class_key(self.class_box(i).currentText()) for i, v in enumerate(self.values)}

    def zone_set(self) -> ZoneSet:
        """The zone set the dialog shows (a preset's where the classes are exactly its own)."""
        return zone_set_of(self.layer_name, self.field.currentData(), self.classes(), self.preset.currentData(),
                           self.target.currentData() or None)


def ask_zone_set(parent: QWidget, layer_name: str, data: gpd.GeoDataFrame,
                 current: ZoneSet | None = None) -> ZoneSet | None:
    """Show the dialog; the zone set chosen, or None when cancelled."""
    dialog = ZoneMappingDialog(layer_name, data, current, parent)
    return dialog.zone_set() if dialog.exec() == QDialog.DialogCode.Accepted else None
