"""Analysis > Hot spots by timetable…: which hot spots the loaded feeds connect, directly or with one transfer.

The dialog takes a loaded feed (:func:`layers.transit.recount.feed_stop_layers`), the day (default: the next
ordinary weekday the feed covers), the window, the walk to a hot spot's stops and the minimum transfer time.
Compute runs :func:`layers.transit.connections.run` off the GUI thread on the document's hot spots (named as the
coverage check names them); the answer is a list of the connected pairs (shortest time in the window,
departures a day) with the isolated hot spots, and a map layer of lines between the connected hot spots
("Timetable links", kind other, marked derived: replaced by the next Compute, never an undo step).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.transit.day_fields import DayFields, window_text
from app.window_api import FeatureKey, WindowApi
from layers.transit.connections import DEFAULT_TRANSFER_S, DEFAULT_WALK_M, NONE, ConnectionInputs
from layers.transit.recount import feed_stop_layers

if TYPE_CHECKING:
    from layers.model import Layer
    from layers.transit.connections import ConnectionResult

LINKS_LAYER = str(QT_TRANSLATE_NOOP("ConnectionsDialog", "Timetable links"))  # the key; named translated
# English headings; shown as QCoreApplication.translate("ConnectionsDialog", heading)
COLUMNS = (str(QT_TRANSLATE_NOOP("ConnectionsDialog", "From")), str(QT_TRANSLATE_NOOP("ConnectionsDialog", "To")),
           str(QT_TRANSLATE_NOOP("ConnectionsDialog", "Connection")),
           str(QT_TRANSLATE_NOOP("ConnectionsDialog", "Shortest (min)")),
           str(QT_TRANSLATE_NOOP("ConnectionsDialog", "Departures a day")))


def links_note(result: ConnectionResult, feed: str) -> str:
    return QCoreApplication.translate(
        "ConnectionsDialog", "derived: hot spots connected by {feed} on {day} ({why}), departures {window}, direct or "
        "with one transfer; isolated: {isolated}").format(
            feed=feed, day=result.day.isoformat(), why=result.day_reason, window=window_text(result.window),
            isolated=", ".join(result.isolated) or QCoreApplication.translate("ConnectionsDialog", "none"))


class ConnectionsDialog(QDialog):
    """The options, Compute, and the answer's list."""

    def __init__(self, feature: TimetableLinks, feeds: list[Layer], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.feature = feature
        self.setWindowTitle(QCoreApplication.translate("ConnectionsDialog", "Hot spots by timetable"))
        self.feeds = feeds
        self.feed = QComboBox()
        for layer in feeds:
            self.feed.addItem(layer.name)
        self.fields = DayFields(self, QCoreApplication.translate(
            "ConnectionsDialog", "Next ordinary weekday the feed covers"))
        self.window_edit = self.fields.window_edit
        self.walk = QDoubleSpinBox(suffix=" m", decimals=0, maximum=5_000.0, singleStep=50.0, value=DEFAULT_WALK_M)
        self.transfer = QDoubleSpinBox(suffix=" min", decimals=1, maximum=120.0, value=DEFAULT_TRANSFER_S / 60)
        self.compute_button = QPushButton(QCoreApplication.translate("ConnectionsDialog", "Compute"))
        self.compute_button.clicked.connect(self.compute)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setHorizontalHeaderLabels([QCoreApplication.translate("ConnectionsDialog", heading)
                                              for heading in COLUMNS])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setStretchLastSection(True)
        form = QFormLayout()
        form.addRow(QCoreApplication.translate("ConnectionsDialog", "Feed"), self.feed)
        self.fields.add_rows(form)
        form.addRow(QCoreApplication.translate("ConnectionsDialog", "Walk to stops"), self.walk)
        form.addRow(QCoreApplication.translate("ConnectionsDialog", "Transfer at least"), self.transfer)
        box = QVBoxLayout(self)
        box.addLayout(form)
        box.addWidget(self.compute_button)
        box.addWidget(self.status)
        box.addWidget(self.table)
        self.resize(620, 560)

    def inputs(self) -> ConnectionInputs | str:
        """What to compute, or what is wrong."""
        from layers.coverage.connections import hotspot_names

        if not self.feeds:
            return QCoreApplication.translate("ConnectionsDialog", "no loaded feed")
        when = self.fields.read()
        if isinstance(when, str):
            return when
        day, window = when
        document = self.feature.window.document
        hot = document.hotspot_layer.data
        if hot is None or not len(hot):
            return QCoreApplication.translate("ConnectionsDialog", "the map has no hot spots")
        names = hotspot_names(hot, document.region.municipalities["name"].astype(str))
        feed = self.feeds[self.feed.currentIndex()]
        return ConnectionInputs(Path(feed.source), hot, tuple(names), day=day, window=window,
                                walk_m=self.walk.value(), transfer_s=round(self.transfer.value() * 60))

    def compute(self) -> None:
        inputs = self.inputs()
        if isinstance(inputs, str):
            self.status.setText(inputs)
            return
        self.status.setText(QCoreApplication.translate("ConnectionsDialog", "Connecting the hot spots…"))
        self.compute_button.setEnabled(False)
        self.feature.start(inputs, self)

    def show_result(self, result: ConnectionResult | None, problem: str = "") -> None:
        self.compute_button.setEnabled(True)
        if result is None:
            self.status.setText(problem)
            return
        self.fields.show_day(result.day)  # the day counted
        shown = result.pairs[result.pairs["connection"] != NONE].sort_values("best_min")
        self.table.setSortingEnabled(False)
        self.table.setRowCount(len(shown))
        for i, (a, b, kind, minutes, per_day) in enumerate(zip(shown["from"], shown["to"], shown["connection"],
                                                               shown["best_min"], shown["any_per_day"], strict=True)):
            for j, value in enumerate((a, b, kind, float(minutes), int(per_day))):
                item = QTableWidgetItem()
                item.setData(Qt.ItemDataRole.DisplayRole, value)
                self.table.setItem(i, j, item)
        self.table.setSortingEnabled(True)
        self.table.resizeColumnsToContents()
        served = sum(k > 0 for k in result.stops_in)
        self.status.setText(QCoreApplication.translate("ConnectionsDialog",
            "{day} ({reason}): {pairs} connected pairs of {spots} hot spots ({served} with stops). Isolated: "
            "{isolated}.").format(day=result.day.isoformat(), reason=result.day_reason, pairs=len(shown),
                                  spots=len(result.names), served=served,
                                  isolated=", ".join(result.isolated)
                                  or QCoreApplication.translate("ConnectionsDialog", "none")))


class TimetableLinks:
    """The action, the task and the map layer."""

    def __init__(self, window: WindowApi) -> None:
        self.window = window
        self.dialog: ConnectionsDialog | None = None
        self.result: ConnectionResult | None = None

    def open(self) -> ConnectionsDialog | None:
        feeds = feed_stop_layers(self.window.document.layers)
        if not feeds:
            self.window.show_message(QCoreApplication.translate("ConnectionsDialog",
                "Open a GTFS feed first (File > Open): the hot spots are connected by its timetable"), "info")
            return None
        self.dialog = ConnectionsDialog(self, feeds, self.window.qt_window)
        self.dialog.show()
        return self.dialog

    def start(self, inputs: ConnectionInputs, dialog: ConnectionsDialog) -> None:
        from layers.transit.connections import run

        self.window.run_task(QCoreApplication.translate("ConnectionsDialog", "Connecting hot spots by timetable"), run,
                             inputs,
                             on_done=lambda result: self._done(inputs, result, dialog),
                             on_error=lambda exc: dialog.show_result(None, f"{exc}"))

    def _done(self, inputs: ConnectionInputs, result: ConnectionResult | None, dialog: ConnectionsDialog) -> None:
        from layers.coverage.derived import upsert_layer
        from layers.transit.connections import links_style

        if result is None:
            dialog.show_result(None, QCoreApplication.translate("ConnectionsDialog", "cancelled"))
            return
        self.result = result
        upsert_layer(self.window.document.layers, LINKS_LAYER, result.lines,
                     name=QCoreApplication.translate("ConnectionsDialog", LINKS_LAYER),
                     note=links_note(result, inputs.path.name), style=links_style())
        dialog.show_result(result)


TIMETABLE_LINKS: FeatureKey[TimetableLinks] = FeatureKey("hot spots by timetable")


def install(window: WindowApi) -> TimetableLinks:
    feature = window.features.add(TIMETABLE_LINKS, TimetableLinks(window))
    window.add_action("timetable_links", QCoreApplication.translate("TimetableLinks", "Hot spots by &timetable…"),
                      feature.open, menu="analysis", group="timetable", order=20)
    return feature
