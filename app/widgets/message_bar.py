"""A QGIS-like message bar above the map: coloured, closable messages, each with an optional action button.

An error that names the log (``details in …/regionmap.log``) gets an "Open log folder" button unless it has an
action of its own, so a user who started the app from a desktop icon can find the file to send.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QToolButton, QVBoxLayout, QWidget

LEVELS: dict[str, tuple[str, str, str, str]] = {
    # level: (background, border, text, symbol)
    "info": ("#e7f1fb", "#9cc3e6", "#16395a", "ℹ"),
    "success": ("#e6f4ea", "#9fd3ad", "#1d4d2b", "✓"),
    "warning": ("#fff4d6", "#f0c75e", "#5c4400", "⚠"),
    "error": ("#fde8e8", "#ee9f9f", "#6b1212", "✖"),
}
OPEN_LOG_TEXT = str(QT_TRANSLATE_NOOP("MessageBar", "Open log folder"))  # English; shown translated


def log_folder() -> Path:
    from layers.userdirs import log_dir

    return log_dir()


def open_log_folder() -> bool:
    """Open the log folder in the desktop's file manager; False when the desktop could not."""
    folder = log_folder()
    folder.mkdir(parents=True, exist_ok=True)
    return bool(QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder))))


def _open_log_folder_clicked() -> None:
    open_log_folder()


class MessageItem(QFrame):
    """One message: symbol, text, optional action button, close button."""

    closed = Signal(object)

    def __init__(self, text: str, level: str, action_text: str | None, action: Callable[[], None] | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        if level not in LEVELS:
            level = "info"
        self.level = level
        bg, border, fg, symbol = LEVELS[level]
        self.setObjectName("messageItem")
        self.setStyleSheet(
            f"#messageItem {{ background: {bg}; border: 1px solid {border}; border-radius: 3px; }}"
            f"#messageItem QLabel {{ color: {fg}; background: transparent; }}"
        )
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 3, 4, 3)
        layout.setSpacing(8)
        icon = QLabel(symbol)
        icon.setStyleSheet("font-weight: bold;")
        layout.addWidget(icon)
        self.label = QLabel(text)
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        layout.addWidget(self.label, 1)
        self.action_button: QPushButton | None = None
        if action_text:
            self.action_button = QPushButton(action_text)
            self.action_button.setCursor(Qt.CursorShape.PointingHandCursor)
            if action is not None:
                self.action_button.clicked.connect(action)
            else:
                self.action_button.setEnabled(False)
            layout.addWidget(self.action_button)
        self.extra_buttons: list[QPushButton] = []
        self.close_button = QToolButton()
        self.close_button.setText("✕")
        self.close_button.setAutoRaise(True)
        self.close_button.setToolTip(QCoreApplication.translate("MessageBar", "Close this message"))
        self.close_button.clicked.connect(self.dismiss)
        layout.addWidget(self.close_button)

    @property
    def text(self) -> str:
        return self.label.text()

    def add_action(self, text: str, action: Callable[[], object], note: str = "") -> QPushButton:
        """A further action button (before the close button), and ``note`` added to the text: so that one
        message can offer two things (a load's "Zoom to layer" and "Add source and licence…")."""
        button = QPushButton(text)
        button.setCursor(Qt.CursorShape.PointingHandCursor)
        button.clicked.connect(action)
        layout = self.layout()
        assert isinstance(layout, QHBoxLayout)
        layout.insertWidget(layout.indexOf(self.close_button), button)
        self.extra_buttons.append(button)
        if note:
            self.label.setText(f"{self.label.text()} — {note}")
        return button

    def dismiss(self) -> None:
        self.closed.emit(self)


class MessageBar(QWidget):
    """Stack of messages above the map; newest at the bottom; at most ``max_items`` shown."""

    def __init__(self, parent: QWidget | None = None, max_items: int = 4) -> None:
        super().__init__(parent)
        self.max_items = max_items
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(4, 4, 4, 0)
        self._layout.setSpacing(3)
        self._items: list[MessageItem] = []
        self.setVisible(False)

    def show(self, text: str | None = None, level: str = "info",  # type: ignore[override]
             action_text: str | None = None, action: Callable[[], None] | None = None,
             timeout_ms: int | None = None) -> MessageItem | None:
        """Show a message; ``timeout_ms`` closes it automatically.  Returns the item (``item.dismiss()``).

        Called without text it is QWidget.show()."""
        if text is None:
            super().show()
            return None
        if level == "error" and not action_text and str(log_folder()) in text:
            action_text, action = QCoreApplication.translate("MessageBar", OPEN_LOG_TEXT), _open_log_folder_clicked
        for item in self._items:  # the same text again: replace, do not stack duplicates
            if item.text == text and item.level == level:
                self._remove(item)
                break
        item = MessageItem(text, level, action_text, action, self)
        item.closed.connect(self._remove)
        self._items.append(item)
        self._layout.addWidget(item)
        while len(self._items) > self.max_items:
            self._remove(self._items[0])
        self.setVisible(True)
        if timeout_ms:
            timer = QTimer(item)  # dies with the item (or the bar): never fires on a deleted widget
            timer.setSingleShot(True)
            timer.timeout.connect(item.dismiss)
            timer.start(timeout_ms)
        return item

    def items(self) -> list[MessageItem]:
        return list(self._items)

    def texts(self) -> list[str]:
        return [item.text for item in self._items]

    def clear(self) -> None:
        for item in list(self._items):
            self._remove(item)

    def _remove(self, item: MessageItem) -> None:
        if item not in self._items:
            return
        self._items.remove(item)
        self._layout.removeWidget(item)
        item.hide()
        item.deleteLater()
        if not self._items:
            self.setVisible(False)
