"""Edit > Settings…: the language choice is saved for the next start, and the dialog speaks the language."""

from __future__ import annotations

from app.preferences import dialog as preferences
from app.preferences.dialog import SETTINGS_DIALOG, SettingsDialog
from app.settings import Settings


def test_the_choice_is_saved_and_read_at_the_next_start(feature_window) -> None:  # type: ignore[no-untyped-def]
    window = feature_window(preferences)
    action = window.actions["settings"]
    assert action in window.menus["edit"].actions()
    action.trigger()
    dialog = window.features.require(SETTINGS_DIALOG).dialog
    assert isinstance(dialog, SettingsDialog)
    names = [dialog.language.itemText(i) for i in range(dialog.language.count())]
    assert names == ["System language", "English", "suomi", "svenska"]
    dialog.language.setCurrentIndex(dialog.language.findData("sv"))
    dialog.accept()
    assert Settings().language() == "sv"
    again = SettingsDialog(Settings())
    assert again.language.currentData() == "sv"
    again.language.setCurrentIndex(0)
    again.accept()
    assert Settings().language() is None


def test_the_way_of_writing_place_names_is_offered_and_saved(qapp) -> None:  # type: ignore[no-untyped-def]
    dialog = SettingsDialog(Settings())
    assert [dialog.names.itemData(i) for i in range(dialog.names.count())] == ["language", "both"]
    assert dialog.names.currentData() == "language"  # by default: the interface language's name
    assert "Porvoo / Borgå" in dialog.names.itemText(1)
    dialog.names.setCurrentIndex(1)
    dialog.accept()
    assert Settings().name_style() == "both"
    assert SettingsDialog(Settings()).names.currentData() == "both"
