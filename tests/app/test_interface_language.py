"""The interface in Finnish and Swedish (issue 19): File > Export… and Region > Load official boundaries… keep no
English text the planner sees; the identify panel, task status, help and the project's task titles are translated.

Each dialog is built once in English to learn its English texts, then again under ``fi``/``sv`` with the
translators installed; every label, button, group title, combo item, window title and line-edit text of the
translated dialog must differ from every English text of that dialog (names and format codes excepted)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QDialog,
    QGroupBox,
    QLabel,
    QLineEdit,
    QWidget,
)

from app import i18n

pytestmark = pytest.mark.gui

# names, format codes and signs that read the same in every language
SAME_IN_EVERY_LANGUAGE = {"PNG", "PDF", "SVG", "HTML", "EPSG:3067", "A4", "A3", "×", "Helsinki-Uusimaa"}


@pytest.fixture()
def language(qapp, monkeypatch):  # type: ignore[no-untyped-def]
    """``use(code)`` installs the translators of ``code``; English again after the test."""
    def use(code: str) -> str:
        monkeypatch.setenv("REGIONMAP_LANG", code)
        return i18n.install(qapp)

    yield use
    monkeypatch.setenv("REGIONMAP_LANG", "en")
    i18n.install(qapp)


def visible_texts(dialog: QDialog) -> list[str]:
    """The texts of ``dialog`` a user reads (hidden format-dependent parts too: they show for another format)."""
    texts = [dialog.windowTitle()]
    for widget in dialog.findChildren(QWidget):
        if isinstance(widget, (QLabel, QAbstractButton)):
            texts.append(widget.text())
        elif isinstance(widget, QGroupBox):
            texts.append(widget.title())
        elif isinstance(widget, QComboBox):
            texts.extend(widget.itemText(i) for i in range(widget.count()))
        elif isinstance(widget, QLineEdit) and not isinstance(widget.parent(), QAbstractSpinBox):  # not numbers
            texts.extend((widget.text(), widget.placeholderText()))
    return [t for t in texts if t.strip()]


def export_dialog(window) -> QDialog:  # type: ignore[no-untyped-def]
    from app.export.dialog import ExportDialog

    return ExportDialog(window)


def boundaries_dialog(window) -> QDialog:  # type: ignore[no-untyped-def]
    from app.io.boundaries_dialog import BoundariesDialog

    return BoundariesDialog(window)


@pytest.mark.parametrize("code", ["fi", "sv"])
@pytest.mark.parametrize("make", [export_dialog, boundaries_dialog], ids=["export", "boundaries"])
def test_no_text_of_the_dialog_stays_english(bare_window, qtbot, language, code: str,
                                             make: Callable[..., QDialog]) -> None:  # type: ignore[no-untyped-def]
    english_dialog = make(bare_window)
    qtbot.addWidget(english_dialog)
    english = set(visible_texts(english_dialog)) - SAME_IN_EVERY_LANGUAGE
    english_dialog.done(0)
    assert len(english) > 15  # the walk finds the dialog's texts at all
    assert language(code) == code
    translated_dialog = make(bare_window)
    qtbot.addWidget(translated_dialog)
    shown = visible_texts(translated_dialog)
    translated_dialog.done(0)
    left = sorted({t for t in shown if t in english})
    assert not left, f"{code}: still English: {left}"


def test_the_export_size_line_writes_numbers_as_finnish_does(bare_window, qtbot, language) -> None:  # type: ignore[no-untyped-def]
    language("fi")
    dialog = export_dialog(bare_window)
    qtbot.addWidget(dialog)
    dialog.format.setCurrentIndex(dialog.format.findData("pdf"))
    dialog.paper.setCurrentIndex(dialog.paper.findData("custom"))
    dialog.custom_w.setValue(1500)
    dialog.custom_h.setValue(1000)
    dialog.dpi.setValue(100)
    text = dialog.info.text()
    dialog.done(0)
    assert text.startswith("1\u202f500 × 1\u202f000 mm,") and text.endswith("px tarkkuudella 100 dpi."), text


def test_the_identify_panel_task_status_and_help_speak_finnish(qtbot, language) -> None:  # type: ignore[no-untyped-def]
    from app.help import keys_html
    from app.map.identify import IdentifyPanel
    from app.status_line import hover_hint
    from app.tasks.runner import TaskRunner
    from app.tasks.status import TaskStatus

    language("fi")
    panel = IdentifyPanel()
    qtbot.addWidget(panel)
    assert panel.hint.text() == "Napsauta kohdetta kartalla nähdäksesi sen ominaisuustiedot."
    assert panel.tree.headerItem().text(1) == "Arvo"
    panel.show_hits([], "E 385 000  N 6 672 000")
    assert panel.hint.text() == "Tässä ei ole kohdetta (E 385 000  N 6 672 000)."
    status = TaskStatus(TaskRunner())
    qtbot.addWidget(status)
    assert status.cancel_button.text() == "Peruuta"
    assert hover_hint().startswith("Siirrä vetämällä")
    assert "<td>Ctrl+Shift+M</td><td>mittaa etäisyys" in keys_html()  # the keys stay, the gestures are Finnish


@pytest.mark.parametrize(("code", "saving"), [("en", "Saving plan.gpkg"), ("fi", "Tallennetaan plan.gpkg"),
                                              ("sv", "Sparar plan.gpkg")])
def test_no_autosave_follows_the_projects_own_tasks_in_any_language(language, code: str, saving: str) -> None:  # type: ignore[no-untyped-def]
    """The project controller tells its own tasks by their (translated) titles: a save starts no autosave."""
    from pathlib import Path
    from types import SimpleNamespace

    from PySide6.QtCore import QTimer

    from app.project.actions import ProjectController, task_title

    language(code)
    assert task_title("Saving", Path("plan.gpkg")) == saving
    controller = SimpleNamespace(_autosave_soon=QTimer())
    ProjectController._task_finished(controller, SimpleNamespace(status="done", title=saving))  # type: ignore[arg-type]
    assert not controller._autosave_soon.isActive()
    ProjectController._task_finished(controller, SimpleNamespace(status="done", title="Coverage check"))  # type: ignore[arg-type]
    assert controller._autosave_soon.isActive()
    controller._autosave_soon.stop()
