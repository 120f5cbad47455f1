"""Issue 19: the whole window in Finnish and Swedish.  The window is started under ``REGIONMAP_LANG=fi`` and ``sv``;
every dock is shown and every menu action is triggered, with Qt's blocking dialogs (``exec``, the static message,
input and file dialogs) answered "Cancel" after their texts are read, so every dialog the menus open is reached;
the zone mapping dialog, opened from the Coverage dock's Zones row, is built from its constructor.  The texts a
planner reads (labels, buttons, check boxes, group boxes, tab titles, table headers, combo items, tool tips,
window titles, placeholders, spin box words, message bar lines) are collected from the widget trees and none may
be English: not one that the same walk finds in the English window, nor one with an English word in it.

Allowed: proper names, units, file names, numbers and what comes from the data (layer names, field names,
municipality names, credits).  Texts that ``layers/`` writes (the built-in credits, two format names)
are listed in :data:`FROM_LAYERS_NOT_YET_TRANSLATED` until they go through ``layers.i18n.translate``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QTextDocumentFragment
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialog,
    QDockWidget,
    QDoubleSpinBox,
    QFileDialog,
    QGroupBox,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QSpinBox,
    QStatusBar,
    QTabBar,
    QTableView,
    QTableWidget,
    QTreeWidget,
    QWidget,
)

pytestmark = pytest.mark.gui

# actions not triggered, and why
NOT_TRIGGERED = {
    "quit": "closes the window",
    "new_project": "replaces the map (the walk needs its layers)",
    "download_population": "downloads from Statistics Finland (no network in tests)",
    "download_population_hsy": "downloads from HSY (no network in tests)",
    "download_urban_rural": "downloads from SYKE (no network in tests)",
}
# read the same in every language: names, codes, units, signs
SAME_IN_EVERY_LANGUAGE = {
    "OK", "PNG", "PDF", "SVG", "HTML", "A4", "A3", "×", "Helsinki-Uusimaa", "regionmap", "GTFS", "HSY", "SYKE",
    "EPSG:3067", "WGS84", "OpenStreetMap", "GeoNames", "CC BY 4.0", "Ctrl", "Shift", "Esc", "F2", "Home",
    "English", "suomi", "svenska", "dpi", "px", "mm", "m", "km", "%",
}
SAME_IN = {"fi": set(), "sv": {"Region", "Scenario:"}}  # words Swedish writes as English does (docs/glossary.md)
# English texts written in layers/ that reach the window: none left (issue 19); a text layers/ adds must go through
# layers.i18n.translate, or this test names it
FROM_LAYERS_NOT_YET_TRANSLATED: frozenset[str] = frozenset()
FROM_LAYERS_PATTERNS: tuple[re.Pattern[str], ...] = ()
FORMAT_NAME = re.compile(r"^[A-Z][\w ]+ \(\.\w+\)$")  # "GeoPackage (.gpkg)": a format's own name
ENGLISH_WORDS = re.compile(r"\b(the|of|and|or|with|from|for|this|that|click|none|any|layers?|people|areas?|"
                           r"zones?|targets?|share|shown|loaded|not|only|each|choose|open|save|file)\b", re.I)


def plain(text: str) -> list[str]:
    """A text's lines as read: rich text without its markup, mnemonics' "&" gone."""
    if "<" in text and ">" in text:
        text = QTextDocumentFragment.fromHtml(text).toPlainText()
    text = re.sub(r"&(?=\S)", "", text).replace("&&", "&")
    return [line.strip() for line in text.splitlines() if line.strip()]


def widget_texts(root: QWidget) -> Iterator[str]:
    """Every text of ``root``'s tree a planner reads."""
    for widget in [root, *root.findChildren(QWidget)]:
        if widget.isWindow() or isinstance(widget, QDockWidget):
            yield widget.windowTitle()
        yield widget.toolTip()
        if isinstance(widget, (QLabel, QAbstractButton)):
            yield widget.text()
        elif isinstance(widget, QGroupBox):
            yield widget.title()
        elif isinstance(widget, QComboBox):
            yield from (widget.itemText(i) for i in range(widget.count()))
        elif isinstance(widget, QLineEdit):
            yield widget.placeholderText()
            if not isinstance(widget.parent(), (QAbstractSpinBox, QComboBox)):  # numbers; combo items above
                yield widget.text()
        elif isinstance(widget, QPlainTextEdit):
            yield widget.toPlainText()
        elif isinstance(widget, QTabBar):
            yield from (widget.tabText(i) for i in range(widget.count()))
        elif isinstance(widget, (QSpinBox, QDoubleSpinBox)):
            yield from (widget.specialValueText(), widget.prefix(), widget.suffix())
        if isinstance(widget, QTableWidget):
            headers = (widget.horizontalHeaderItem(i) for i in range(widget.columnCount()))
            yield from (header.text() for header in headers if header is not None)
        elif isinstance(widget, QTreeWidget):
            header = widget.headerItem()
            yield from (header.text(i) for i in range(header.columnCount()))
        elif isinstance(widget, QTableView) and widget.model() is not None:
            model = widget.model()
            yield from (str(model.headerData(i, Qt.Orientation.Horizontal) or "")
                        for i in range(model.columnCount(QModelIndex())))


class Answers:
    """Qt's blocking dialogs answered "Cancel" after their texts are kept (``seen``)."""

    def __init__(self) -> None:
        self.seen: list[str] = []
        self.names = iter(f"scenario {n}" for n in range(1, 100))

    def dialog_exec(self, dialog: QDialog) -> int:
        self.seen.extend(widget_texts(dialog))
        return 0

    def message(self, parent: Any, title: str, text: str, *args: Any, **kwargs: Any) -> QMessageBox.StandardButton:
        self.seen.extend((title, text))
        return QMessageBox.StandardButton.Cancel

    def get_text(self, parent: Any, title: str, label: str, *args: Any, **kwargs: Any) -> tuple[str, bool]:
        self.seen.extend((title, label))
        return next(self.names), True  # Save scenario…: two scenarios, so that Compare opens its dialog

    def get_item(self, parent: Any, title: str, label: str, *args: Any, **kwargs: Any) -> tuple[str, bool]:
        self.seen.extend((title, label))
        return "", False

    def file_name(self, parent: Any = None, caption: str = "", *args: Any, **kwargs: Any) -> tuple[str, str]:
        self.seen.append(caption)  # the dialog itself is Qt's own (qtbase_fi/sv); its caption is ours
        return "", ""

    def directory(self, parent: Any = None, caption: str = "", *args: Any, **kwargs: Any) -> str:
        self.seen.append(caption)
        return ""

    def patch(self, monkeypatch) -> None:  # type: ignore[no-untyped-def]
        """Answer Qt's blocking dialogs, and keep every message bar and status bar line."""
        from app.widgets.message_bar import MessageBar

        monkeypatch.setattr(QDialog, "exec", lambda dialog: self.dialog_exec(dialog))
        for name in ("information", "warning", "critical", "question", "about"):
            monkeypatch.setattr(QMessageBox, name, staticmethod(self.message))
        monkeypatch.setattr(QInputDialog, "getText", staticmethod(self.get_text))
        monkeypatch.setattr(QInputDialog, "getItem", staticmethod(self.get_item))
        for name in ("getOpenFileName", "getOpenFileNames", "getSaveFileName"):
            monkeypatch.setattr(QFileDialog, name, staticmethod(self.file_name))
        monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(self.directory))
        show, show_message = MessageBar.show, QStatusBar.showMessage

        def bar_show(bar: MessageBar, text: str | None = None, *args: Any, **kwargs: Any) -> Any:
            if text is not None:
                self.seen.append(text)
            return show(bar, text, *args, **kwargs)

        def status(bar: QStatusBar, text: str, *args: Any) -> None:
            self.seen.append(text)
            show_message(bar, text, *args)

        monkeypatch.setattr(MessageBar, "show", bar_show)
        monkeypatch.setattr(QStatusBar, "showMessage", status)


def add_walk_layers(document) -> None:  # type: ignore[no-untyped-def]
    """A street grid (Reach along a network… then opens its dialog) at the region's centre."""
    import shapely

    from layers.model import Layer, LayerKind
    from tests.layers.network.network_writer import lattice

    c = document.region.outline.centroid
    streets = lattice(3, 100.0)
    streets = streets.set_geometry(shapely.transform(streets.geometry.values,
                                                     lambda xy: xy - xy.min(axis=0) + (c.x, c.y)))
    document.layers.append(Layer(streets, "streets", kind=LayerKind.OTHER))


def walk(qtbot, document, monkeypatch) -> tuple[list[str], set[str]]:  # type: ignore[no-untyped-def]
    """The texts of the window in the installed language, and the data's own words (layer and field names…)."""
    from app.coverage.zone_mapping_dialog import ZoneMappingDialog
    from app.main_window import MainWindow

    answers = Answers()
    answers.patch(monkeypatch)

    window = MainWindow(document)
    qtbot.addWidget(window)
    window.resize(1400, 900)
    window.show()
    qtbot.waitExposed(window)
    shown: list[str] = []
    try:
        for dock in window.findChildren(QDockWidget):
            dock.show()
        last = ("remove_layer", "undo")  # the street grid stays for Reach along a network…, then goes and comes back
        keys = [k for k in window.actions if k not in NOT_TRIGGERED and k not in last and k != "save_scenario"]
        for key in ("save_scenario", "save_scenario", *keys, *last):  # two scenarios first: Compare opens
            before = set(QApplication.topLevelWidgets())
            window.actions[key].trigger()
            QCoreApplication.processEvents()
            for opened in set(QApplication.topLevelWidgets()) - before:
                if opened.isVisible():
                    shown.extend(widget_texts(opened))
                    opened.close()
        window.task_runner.wait_idle(30)
        QCoreApplication.processEvents()
        layer = document.region_layer  # the municipalities (its name is the language's)
        data = layer.data.assign(zone_class=["a", "b"] * 13)
        mapping = ZoneMappingDialog(layer.name, data)
        qtbot.addWidget(mapping)
        shown.extend(widget_texts(mapping))
        mapping.done(0)
        shown.extend(widget_texts(window))
    finally:
        window.task_runner.cancel_all()
        window.task_runner.wait_idle(10)
        window.close_guards.clear()
    shown.extend(answers.seen)
    words = {*SAME_IN_EVERY_LANGUAGE, "zone_class", *(f"scenario {n}" for n in range(1, 10))}
    for lyr in document.layers:
        words |= {lyr.name, lyr.attribution, lyr.note, *map(str, lyr.data.columns)}
        if "name" in lyr.data.columns and len(lyr.data) < 500:
            words |= set(map(str, lyr.data["name"]))
    return [line for text in shown for line in plain(text)], {w for w in words if w}


def from_data(text: str, words: set[str]) -> bool:
    """Numbers, units, codes, paths, keys and the data's own words, or made of nothing else."""
    if text in FROM_LAYERS_NOT_YET_TRANSLATED or any(p.search(text) for p in FROM_LAYERS_PATTERNS):
        return True
    rest = text
    for word in sorted(words, key=len, reverse=True):  # "Settlements (GeoNames): GeoNames, CC BY 4.0": a credit
        rest = rest.replace(word, " ")
    if not re.search(r"[A-Za-zÅÄÖåäö]{3,}", rest) or FORMAT_NAME.match(text):  # "1 000 m", "≥ 4,0 /h", "Ctrl+E"
        return True
    return bool(re.fullmatch(r"[\w\-./~]+\.(gpkg|geojson|csv|zip|png|pdf|svg|html|json|log)", text))


ENGLISH: dict[str, list[str]] = {}


@pytest.mark.parametrize("code", ["fi", "sv"])
def test_no_dock_dialog_or_message_of_the_window_is_english(qtbot, language, monkeypatch, code: str) -> None:  # type: ignore[no-untyped-def]
    from layers.document import MapDocument

    def walked() -> tuple[list[str], set[str]]:
        document = MapDocument.default()
        add_walk_layers(document)
        with monkeypatch.context() as patch:
            return walk(qtbot, document, patch)

    if not ENGLISH:
        assert language("en") == "en"
        ENGLISH["texts"] = walked()[0]
    english = set(ENGLISH["texts"])
    assert len(english) > 250  # the walk reaches the docks' and the dialogs' texts at all
    assert {"Compute", "Reach along the network", "Compare scenarios", "Propose sites", "Export map",
            "Load official municipal boundaries", "Settings", "About regionmap", "Style — streets",
            "Attributes — streets"} <= english, "a dock or dialog was not reached"
    assert any(t.startswith("Zone set: ") for t in english), "the zone mapping dialog was not reached"
    assert language(code) == code
    shown, words = walked()
    same = sorted({t for t in shown if t in english - SAME_IN[code] and not from_data(t, words)})
    worded = sorted({t for t in shown if ENGLISH_WORDS.search(re.sub(r"\S*/\S*", "", t)) and not from_data(t, words)
                     and not any(w in t for w in words if len(w) > 3 and ENGLISH_WORDS.search(w))})
    assert not same, f"{code}: still as in English: {same}"
    assert not worded, f"{code}: English words in: {worded}"
