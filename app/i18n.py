"""The window's language: Qt's own translations and ours, installed before the first widget exists.

The language is the one :mod:`layers.i18n` chose (``REGIONMAP_LANG``, else the saved choice in the settings
dialog, else the system locale), so the window, its messages from ``layers/`` and the command line agree.  Qt's
own dialogs (file dialog, buttons) use the ``qtbase_<lang>.qm`` that PySide6 ships.  Ours is
``resources/i18n/regionmap_<lang>.qm`` compiled by ``make`` (``pyside6-lrelease``); where it was not compiled (an
install without ``make``), the same ``.ts`` catalogue is read directly so no text is lost.

Numbers: one place, :class:`NumberFields`, gives every spin box and item view of the application the number
locale of the language (:func:`number_locale`), with thousands shown, so a box reads as
:func:`layers.i18n.format_number` writes the same value elsewhere: ``1,000 m`` in English, ``1 000 m`` and
``90,0 %`` (decimal comma, narrow no-break space U+202F between thousands) in Finnish and Swedish.  Qt's own
Finnish and Swedish locale data group with a full no-break space (U+00A0) and Qt cannot be given another
separator, so where they do the number locale is one whose digits, decimal comma, U+202F grouping and minus sign
are exactly :func:`~layers.i18n.format_number`'s (CLDR's French); it serves numbers only: dates, month names and
Qt's own texts keep the language's locale (``QLocale.setDefault``).  A box that holds a year (no grouping)
says so with :func:`plain_number`.
"""

from __future__ import annotations

from importlib import resources as ir
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QLibraryInfo, QLocale, QObject, Qt, QTranslator
from PySide6.QtWidgets import QAbstractItemView, QApplication, QDoubleSpinBox, QSpinBox, QWidget

from layers import i18n

LOCALES = {"en": "en_GB", "fi": "fi_FI", "sv": "sv_FI"}
_installed: list[QTranslator] = []  # kept alive: Qt does not own installed translators
PLAIN_NUMBER = "regionmap_plain_number"  # a spin box property: show no thousands separator (a year)


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


def number_locale(code: str) -> QLocale:
    """The locale of the numbers in spin boxes and tables under ``code``: the language's own where its symbols are
    :func:`layers.i18n.format_number`'s (English), else one with the same decimal comma and U+202F grouping."""
    own = QLocale(LOCALES[code])
    if code == "en" or own.groupSeparator() == i18n.THIN_SPACE:
        return own
    return QLocale(QLocale.Language.French, QLocale.Country.France)


def plain_number(box: QSpinBox) -> QSpinBox:
    """Mark ``box`` as holding a number read without thousands (a year: 2024, not 2 024)."""
    box.setProperty(PLAIN_NUMBER, True)
    box.setGroupSeparatorShown(False)
    return box


class NumberFields(QObject):
    """The application's event filter that puts each spin box and item view, as it is polished (before it is first
    shown or measured), in the number locale with thousands shown."""

    def __init__(self, locale: QLocale) -> None:
        super().__init__()
        self.locale = locale

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Polish and isinstance(watched, QWidget):
            localise_numbers(watched, self.locale)
        return False


def localise_numbers(widget: QWidget, locale: QLocale) -> None:
    """``widget`` (a spin box or an item view; other widgets are left as they are) in ``locale``."""
    if isinstance(widget, (QSpinBox, QDoubleSpinBox)):
        widget.setLocale(locale)
        widget.setGroupSeparatorShown(not widget.property(PLAIN_NUMBER))
    elif isinstance(widget, QAbstractItemView):
        widget.setLocale(locale)  # the delegates write a number held as a number in it


_number_fields: list[NumberFields] = []  # one per application, kept alive


def _install_number_fields(app: QCoreApplication, locale: QLocale) -> None:
    if not isinstance(app, QApplication):
        return  # no widgets (the command line)
    if not _number_fields:
        _number_fields.append(NumberFields(locale))
        app.installEventFilter(_number_fields[0])
    _number_fields[0].locale = locale
    for widget in app.allWidgets():  # widgets made before (another language in the same process: the tests)
        if widget.testAttribute(Qt.WidgetAttribute.WA_WState_Polished):
            localise_numbers(widget, locale)


def install(app: QCoreApplication, saved_choice: str | None = None) -> str:
    """Install the translators for the process's language on ``app``; returns the language code in use."""
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    code = i18n.set_language(saved_choice)
    QLocale.setDefault(QLocale(LOCALES[code]))
    _install_number_fields(app, number_locale(code))
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
