"""The window's language: Qt's own translations and ours, installed before the first widget exists.

The language is the one :mod:`layers.i18n` chose (``REGIONMAP_LANG``, else the saved choice in the settings
dialog, else the system locale), so the window, its messages from ``layers/`` and the command line agree.  Qt's
own dialogs (file dialog, buttons) use the ``qtbase_<lang>.qm`` that PySide6 ships.  Ours is
``resources/i18n/regionmap_<lang>.qm`` compiled by ``make`` (``pyside6-lrelease``); where it was not compiled (an
install without ``make``), the same ``.ts`` catalogue is read directly so no text is lost.  Numbers follow
``QLocale.setDefault`` (decimal comma in spin boxes under fi/sv, as in the exports).
"""

from __future__ import annotations

from importlib import resources as ir
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from layers import i18n

LOCALES = {"en": "en_GB", "fi": "fi_FI", "sv": "sv_FI"}
_installed: list[QTranslator] = []  # kept alive: Qt does not own installed translators


class CatalogueTranslator(QTranslator):
    """Translates from the ``.ts`` catalogue read by :mod:`layers.i18n` (where no ``.qm`` was compiled)."""

    def __init__(self, code: str) -> None:
        super().__init__()
        self.table = i18n.catalogue(code)

    def translate(self, context: str, source: str, disambiguation: str | None = None,
                  n: int = -1) -> str | None:
        return self.table.get((context, source))  # None: a null string, so Qt asks the next translator

    def isEmpty(self) -> bool:
        return not self.table


def compiled_catalogue(code: str) -> Path | None:
    path = Path(str(ir.files("resources") / "i18n" / f"regionmap_{code}.qm"))
    return path if path.is_file() else None


def install(app: QCoreApplication, saved_choice: str | None = None) -> str:
    """Install the translators for the process's language on ``app``; returns the language code in use."""
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    code = i18n.set_language(saved_choice)
    QLocale.setDefault(QLocale(LOCALES[code]))
    if code == "en":
        return code
    qt_own = QTranslator()
    if qt_own.load(QLocale(LOCALES[code]), "qtbase", "_",
                   QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        _installed.append(qt_own)
    ours: QTranslator = QTranslator()
    compiled = compiled_catalogue(code)
    if compiled is None or not ours.load(str(compiled)):
        ours = CatalogueTranslator(code)
    _installed.append(ours)
    for translator in _installed:
        app.installTranslator(translator)
    return code
