"""Layer > Save features as…: a layer's features to a file in any format of ``layers.io.formats.WRITE_FORMATS``.

The dialog asks for the format and the CRS (TM35FIN or WGS84), then the file name; the writing itself
(:func:`layers.io.write.save_features`) runs off the GUI thread and reports to the message bar.  The layer's
data are copied before the task starts, so editing the map meanwhile cannot change what is written.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFileDialog, QFormLayout, QWidget

from layers.io.formats import WRITE_CRS, WRITE_FORMATS, WriteFormat
from layers.io.write import save_features, target_path

if TYPE_CHECKING:
    from app.window_api import WindowApi
    from layers.model import Layer

# English; shown as QCoreApplication.translate("SaveFeaturesDialog", label)
CRS_LABELS = {"EPSG:3067": str(QT_TRANSLATE_NOOP("SaveFeaturesDialog", "EPSG:3067 — ETRS89 / TM35FIN (metres)")),
              "EPSG:4326": str(QT_TRANSLATE_NOOP("SaveFeaturesDialog", "EPSG:4326 — WGS84 (lon/lat)"))}


class SaveFeaturesDialog(QDialog):
    """Format and CRS for saving one layer."""

    def __init__(self, layer_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("SaveFeaturesDialog", "Save features of {layer}").format(
            layer=layer_name))
        form = QFormLayout(self)
        self.format_box = QComboBox(self)
        for fmt in WRITE_FORMATS:
            self.format_box.addItem(f"{fmt.label} ({fmt.suffix})", fmt.key)
        self.crs_box = QComboBox(self)
        for crs in WRITE_CRS:
            self.crs_box.addItem(QCoreApplication.translate("SaveFeaturesDialog", CRS_LABELS.get(crs, crs)), crs)
        form.addRow(QCoreApplication.translate("SaveFeaturesDialog", "Format"), self.format_box)
        form.addRow(QCoreApplication.translate("SaveFeaturesDialog", "CRS"), self.crs_box)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.format_box.currentIndexChanged.connect(self._format_changed)

    def chosen_format(self) -> WriteFormat:
        return WRITE_FORMATS[self.format_box.currentIndex()]

    def chosen_crs(self) -> str:
        return str(self.crs_box.currentData())

    def _format_changed(self, _index: int) -> None:
        forced = self.chosen_format().forced_crs
        if forced is not None:  # KML is WGS84 by definition
            self.crs_box.setCurrentIndex(WRITE_CRS.index(forced))
        self.crs_box.setEnabled(forced is None)


def save_title(layer_name: str, format_name: str) -> str:
    """The task's and the file dialog's title, in the interface language."""
    return QCoreApplication.translate("SaveFeaturesDialog", "Save {layer} as {format}").format(layer=layer_name,
                                                                                             format=format_name)


def start_save(window: WindowApi, layer: Layer, path: str | Path, fmt: WriteFormat, crs: str) -> object:
    """Write ``layer`` to ``path`` in the background; the message bar says where it went."""
    target = target_path(path, fmt)
    data = layer.data.copy()
    name = layer.name

    def done(written: Path) -> None:
        window.show_message(QCoreApplication.translate("SaveFeaturesDialog",
            "Saved the {n} features of {layer} to {path} ({format}, {crs})").format(
                n=len(data), layer=name, path=written, format=fmt.name, crs=crs))

    return window.run_task(save_title(name, fmt.name), save_features, data, target, fmt.key, crs,
                           layer_name=name, on_done=done)


def save_layer_as(window: WindowApi, layer: Layer) -> None:
    """Ask for the format, the CRS and the file, then save ``layer``."""
    dialog = SaveFeaturesDialog(layer.name, window.qt_window)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return
    fmt = dialog.chosen_format()
    suggested = str(Path.home() / f"{_file_stem(layer.name)}{fmt.suffix}")
    path, _filter = QFileDialog.getSaveFileName(window.qt_window, save_title(layer.name, fmt.name), suggested,
                                                f"{fmt.name} (*{fmt.suffix})")
    if path:
        start_save(window, layer, path, fmt, dialog.chosen_crs())


def _file_stem(name: str) -> str:
    """A file name from a layer name: path separators and characters file systems refuse become ``_``."""
    cleaned = "".join("_" if c in '<>:"/\\|?*' or ord(c) < 32 else c for c in name).strip(" .")
    return cleaned[:80] or "layer"


__all__ = ["SaveFeaturesDialog", "save_layer_as", "start_save"]
