"""Edit > Settings…: the interface language (English, suomi, svenska or the system's) and how place names are
written (the interface language's, or both as on road signs), applied on restart.

The choice is saved in the per-user settings (:class:`app.settings.Settings`); :func:`app.i18n.install` reads it
at the next start (``REGIONMAP_LANG`` still wins, for scripts and tests).  A restart, as QGIS asks for, because
every menu, dock and dialog built so far holds its texts already.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from app.settings import Settings
from app.widgets.dialog_action import DialogAction
from app.window_api import FeatureKey, WindowApi
from layers import i18n

SETTINGS_DIALOG: FeatureKey[DialogAction[SettingsDialog]] = FeatureKey("settings dialog")


class SettingsDialog(QDialog):
    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.setWindowTitle(self.tr("Settings"))
        self.language = QComboBox()
        self.language.addItem(self.tr("System language"), "")
        for code, name in i18n.LANGUAGES.items():
            self.language.addItem(name, code)  # each language in its own name, as QGIS lists them
        index = self.language.findData(settings.language() or "")
        self.language.setCurrentIndex(max(index, 0))
        self.names = QComboBox()
        self.names.addItem(self.tr("In the interface language (the other in the tooltip)"), "language")
        self.names.addItem(self.tr("Both, as on road signs (Porvoo / Borgå)"), "both")
        self.names.setCurrentIndex(max(self.names.findData(settings.name_style()), 0))
        form = QFormLayout()
        form.addRow(self.tr("Interface language:"), self.language)
        form.addRow(self.tr("Place names:"), self.names)
        self.note = QLabel(self.tr("A new language or way of writing names takes effect when regionmap is started "
                                   "again."))
        self.note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.note)
        layout.addWidget(buttons)

    def accept(self) -> None:
        self.settings.set_language(self.language.currentData() or None)
        self.settings.set_name_style(str(self.names.currentData()))
        super().accept()


def install(window: WindowApi) -> DialogAction[SettingsDialog]:
    def make() -> SettingsDialog:
        dialog = SettingsDialog(Settings(), window.qt_window)
        dialog.open()
        return dialog

    feature = window.features.add(SETTINGS_DIALOG, DialogAction(make))
    text = QCoreApplication.translate("SettingsDialog", "&Settings…")
    tip = QCoreApplication.translate("SettingsDialog", "Interface language and other preferences")
    window.add_action("settings", text, feature.open_dialog, menu="edit", group="settings", order=90, tip=tip)
    return feature
