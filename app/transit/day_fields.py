"""The day and time-window fields both timetable dialogs show, read in one place.

The day defaults to the feed's own choice (the next ordinary weekday it covers) until the box is unticked; the
window is "HH-HH" or "HH:MM-HH:MM" on the service day's clock (:func:`layers.transit.times.parse_window`).
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import QCheckBox, QDateEdit, QFormLayout, QLineEdit, QWidget

from layers.transit.task import DEFAULT_WINDOW
from layers.transit.times import format_time, parse_window


def window_text(window: tuple[int, int]) -> str:
    return f"{format_time(window[0])}-{format_time(window[1])}"


class DayFields:
    """A "default day" box, a date and a window; :meth:`read` gives (day or None, window) or what is wrong."""

    def __init__(self, parent: QWidget, default_text: str, day: dt.date | None = None,
                 window: tuple[int, int] = DEFAULT_WINDOW) -> None:
        self.default_day = QCheckBox(default_text, parent)
        self.default_day.setChecked(True)
        self.day = QDateEdit(parent)
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("yyyy-MM-dd")
        if day is not None:
            self.show_day(day)
        self.day.setEnabled(False)
        self.default_day.toggled.connect(lambda on: self.day.setEnabled(not on))
        self.window_edit = QLineEdit(window_text(window), parent)
        self.window_edit.setToolTip(QCoreApplication.translate(
            "DayFields", "HH-HH or HH:MM-HH:MM on the service day's clock (it may pass 24:00)"))

    def add_rows(self, form: QFormLayout) -> None:
        form.addRow(QCoreApplication.translate("DayFields", "Day"), self.default_day)
        form.addRow("", self.day)
        form.addRow(QCoreApplication.translate("DayFields", "Window"), self.window_edit)

    def show_day(self, day: dt.date) -> None:
        self.day.setDate(QDate(day.year, day.month, day.day))

    def read(self) -> tuple[dt.date | None, tuple[int, int]] | str:
        try:
            window = parse_window(self.window_edit.text())
        except ValueError as exc:
            return str(exc)
        day = None if self.default_day.isChecked() else self.day.date().toPython()
        assert day is None or isinstance(day, dt.date)
        return day, window
