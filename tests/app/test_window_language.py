"""The window's translators: Qt's own dialogs and ours follow the language, compiled or read from the .ts."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QDialogButtonBox

from app import i18n


@pytest.fixture()
def language(qapp, monkeypatch):  # type: ignore[no-untyped-def]
    def use(code: str, compiled: bool = True) -> str:
        monkeypatch.setenv("REGIONMAP_LANG", code)
        if not compiled:
            monkeypatch.setattr(i18n, "compiled_catalogue", lambda code: None)
        return i18n.install(qapp)

    yield use
    monkeypatch.setenv("REGIONMAP_LANG", "en")
    i18n.install(qapp)


def _buttons() -> list[str]:
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    return [b.text() for b in box.buttons()]


@pytest.mark.parametrize("compiled", [True, False], ids=["qm", "ts"])
@pytest.mark.parametrize(("code", "settings", "cancel", "decimal"), [
    ("fi", "Asetukset", "Peru", ","),
    ("sv", "Inställningar", "Avbryt", ","),
])
def test_qt_and_our_texts_and_the_decimal_comma_follow_the_language(language, compiled, code, settings, cancel,
                                                                     decimal) -> None:  # type: ignore[no-untyped-def]
    if compiled and i18n.compiled_catalogue(code) is None:
        pytest.skip("the .qm catalogues are compiled by `make` (make test builds them)")
    assert language(code, compiled) == code
    assert QCoreApplication.translate("SettingsDialog", "Settings") == settings
    assert _buttons() == [cancel]
    assert QLocale().decimalPoint() == decimal
    assert QLocale().toString(0.5, "f", 2) == f"0{decimal}50"


def test_english_removes_the_translators_again(language) -> None:  # type: ignore[no-untyped-def]
    language("fi")
    assert language("en") == "en"
    assert QCoreApplication.translate("SettingsDialog", "Settings") == "Settings"
    assert _buttons() == ["Cancel"]
    assert QLocale().decimalPoint() == "."


@pytest.mark.parametrize(("code", "distance", "year"), [
    ("en", "12,345.6 m", "2024"),
    ("fi", "12\u202f345,6 m", "2024"),
    ("sv", "12\u202f345,6 m", "2024"),
])
def test_spin_boxes_and_tables_write_numbers_as_format_number_does(qtbot, language, code, distance, year) -> None:  # type: ignore[no-untyped-def]
    """One place (app.i18n) gives every spin box and table the language's numbers, thousands shown, as
    layers.i18n.format_number writes them elsewhere; a year box shows no thousands."""
    from PySide6.QtWidgets import (
        QDateEdit,
        QDoubleSpinBox,
        QSpinBox,
        QStyledItemDelegate,
        QTableWidget,
        QVBoxLayout,
        QWidget,
    )

    from layers.i18n import format_number

    assert language(code) == code
    page = QWidget()
    qtbot.addWidget(page)
    box = QDoubleSpinBox(maximum=100_000, decimals=1, value=12_345.6, suffix=" m")
    small = QDoubleSpinBox(maximum=100, decimals=2, value=90.0)
    years = i18n.plain_number(QSpinBox(minimum=2015, maximum=2030, value=2024))
    table = QTableWidget(1, 1)
    day = QDateEdit()
    layout = QVBoxLayout(page)
    for widget in (box, small, years, table, day):
        layout.addWidget(widget)
    page.show()  # polished: the number locale is applied as the widgets are first shown
    qtbot.waitExposed(page)
    assert box.text() == distance == f"{format_number(12_345.6, 1, code)} m"
    assert small.text() == format_number(90.0, 2, code)  # "90,00" / "90.00"
    assert years.text() == year
    assert box.valueFromText(format_number(2_500.5, 1, code) + " m") == 2_500.5  # what it shows, it reads back
    shown = QStyledItemDelegate().displayText(1_234.5, table.locale())  # a number held as a number in a table
    assert shown == format_number(1_234.5, 1, code)
    assert day.locale().name() == i18n.LOCALES[code]  # dates keep the language's own locale (month names)
