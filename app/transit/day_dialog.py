"""Analysis > Timetable day and window…: count the loaded feeds' stops again for another day or time window.

The dialog lists the stop layers of loaded feeds (:func:`layers.transit.recount.feed_stop_layers`), each ticked,
with the day (default: each feed's next ordinary weekday, as when loaded) and the window (start and end on the
service day's clock, which may pass 24:00).  OK runs :func:`layers.transit.recount.recount` off the GUI thread;
the new counts go into the same layers (style, radius and threshold kept; a layer's features are not undo
steps: count again to go back), and the coverage check, which hears changed features, says its result is out
of date.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.transit.day_fields import DayFields, window_text
from app.window_api import FeatureKey, WindowApi
from layers.transit.recount import RecountInputs, apply_recount, counted_at, feed_stop_layers, recount

if TYPE_CHECKING:
    from layers.model import Layer
    from layers.transit import TransitResult


class DayWindowDialog(QDialog):
    """The feeds to count again, the day and the window; :meth:`choice` reads them (None: nothing to do)."""

    def __init__(self, layers: list[Layer], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("DayWindow", "Timetable day and window"))
        self.layers = layers
        self.feeds = QListWidget()
        for layer in layers:
            at = counted_at(layer)
            now = QCoreApplication.translate("DayWindow", "{layer} — now {day}, {window}").format(
                layer=layer.name, day=at[0].isoformat(), window=window_text(at[1])) if at else layer.name
            item = QListWidgetItem(now)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            self.feeds.addItem(item)
        first = next((at for layer in layers if (at := counted_at(layer))), None)
        self.fields = DayFields(self, QCoreApplication.translate("DayWindow", "Next ordinary weekday each feed covers"),
                                *(first or ()))
        self.default_day, self.day, self.window_edit = self.fields.default_day, self.fields.day, self.fields.window_edit
        self.problem = QLabel()
        self.problem.setStyleSheet("color: #c92a2a")
        form = QFormLayout()
        self.fields.add_rows(form)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        box = QVBoxLayout(self)
        box.addWidget(QLabel(QCoreApplication.translate(
            "DayWindow", "Count the departures of these feeds' stops again:")))
        box.addWidget(self.feeds)
        box.addLayout(form)
        box.addWidget(self.problem)
        box.addWidget(buttons)

    def chosen_layers(self) -> list[Layer]:
        return [layer for i, layer in enumerate(self.layers)
                if self.feeds.item(i).checkState() == Qt.CheckState.Checked]

    def choice(self) -> tuple[list[Layer], RecountInputs] | str:
        """The layers and what to count, or what is wrong (shown under the form)."""
        from pathlib import Path

        layers = self.chosen_layers()
        if not layers:
            return QCoreApplication.translate("DayWindow", "tick at least one feed")
        when = self.fields.read()
        if isinstance(when, str):
            return when
        day, window = when
        return layers, RecountInputs(tuple(Path(layer.source) for layer in layers), day, window)

    def _accept(self) -> None:
        choice = self.choice()
        if isinstance(choice, str):
            self.problem.setText(choice)
            return
        self.accept()


class DayWindow:
    """The action and what it does with the counts."""

    def __init__(self, window: WindowApi) -> None:
        self.window = window
        self.applied: list[TransitResult] = []

    def open(self) -> DayWindowDialog | None:
        layers = feed_stop_layers(self.window.document.layers)
        if not layers:
            self.window.show_message(QCoreApplication.translate("DayWindow",
                "No timetable is loaded whose feed can be read again: open a GTFS feed (File > Open) first"), "info")
            return None
        dialog = DayWindowDialog(layers, self.window.qt_window)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            choice = dialog.choice()
            if not isinstance(choice, str):
                self.start(*choice)
        return dialog

    def start(self, layers: list[Layer], inputs: RecountInputs) -> None:
        """Count in the background; the layers are updated when it is done."""
        self.window.run_task(QCoreApplication.translate("DayWindow", "Counting timetables again"), recount, inputs,
                             on_done=lambda results: self._done(layers, results),
                             on_error=self._fail)

    def _done(self, layers: list[Layer], results: list[TransitResult] | None) -> None:
        if results is None:
            return
        document = self.window.document
        kept = [(layer, r) for layer, r in zip(layers, results, strict=True) if layer in document.layers]
        for layer, result in kept:
            apply_recount(layer, result)
        self.applied.extend(r for _, r in kept)
        said = "; ".join(f"{layer.name}: {r.day.isoformat()} ({r.day_reason}), {r.window_text}" for layer, r in kept)
        self.window.show_message(QCoreApplication.translate("DayWindow", "Counted again: {feeds}").format(feeds=said),
                                 "success")

    def _fail(self, exc: BaseException) -> None:
        from layers.errors import Cancelled

        if isinstance(exc, Cancelled):
            self.window.show_status(QCoreApplication.translate(
                "DayWindow", "Counting cancelled; the layers are unchanged"))
            return
        self.window.show_error(QCoreApplication.translate(
            "DayWindow", "{problem}. The layers are unchanged.").format(problem=exc))


DAY_WINDOW: FeatureKey[DayWindow] = FeatureKey("timetable day and window")


def install(window: WindowApi) -> DayWindow:
    feature = window.features.add(DAY_WINDOW, DayWindow(window))
    window.add_action("timetable_day", QCoreApplication.translate("DayWindow", "Timetable &day and window…"),
                      feature.open, menu="analysis", group="timetable", order=10)
    return feature
