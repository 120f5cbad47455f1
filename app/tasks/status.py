"""Status-bar widget for background tasks: title, progress bar and a Cancel button (hidden when idle)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget

from app.tasks.runner import TaskHandle, TaskRunner


class TaskStatus(QWidget):
    def __init__(self, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        self.label = QLabel()
        self.bar = QProgressBar()
        self.bar.setRange(0, 1000)
        self.bar.setFixedWidth(160)
        self.bar.setTextVisible(False)
        self.cancel_button = QPushButton(QCoreApplication.translate("TaskStatus", "Cancel"))
        self.cancel_button.setToolTip(QCoreApplication.translate("TaskStatus", "Stop the running task"))
        self.cancel_button.clicked.connect(self.cancel)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        layout.addWidget(self.cancel_button)
        runner.started.connect(self._sync)
        runner.progress.connect(self._sync)
        runner.finished.connect(self._sync)
        self._sync()

    def current(self) -> TaskHandle | None:
        active = self.runner.active()
        return active[-1] if active else None

    def cancel(self) -> None:
        handle = self.current()
        if handle is not None:
            handle.cancel()
            self.label.setText(cancelling(handle))
            self.cancel_button.setEnabled(False)

    def _sync(self, *args: object) -> None:
        handle = self.current()
        self.setVisible(handle is not None)
        if handle is None:
            return
        n = len(self.runner.active())
        more = QCoreApplication.translate("TaskStatus", " (+{n} more)").format(n=n - 1) if n > 1 else ""
        text = handle.title + (f": {handle.message}" if handle.message else "") + more
        if handle.cancel_requested:
            text = cancelling(handle)
        self.label.setText(text)
        self.bar.setValue(int(handle.fraction * 1000))
        self.cancel_button.setEnabled(not handle.cancel_requested)


def cancelling(handle: TaskHandle) -> str:
    return QCoreApplication.translate("TaskStatus", "Cancelling {task}…").format(task=handle.title)
