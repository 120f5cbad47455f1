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
