"""Asking for a layer's source and licence, once, when its file names none.

The loader reads the file's metadata in the background (:mod:`layers.io.credits`); a layer whose file credits
nobody gets one message-bar message with the action "Add source and licence…".  Nothing blocks: the planner
can ignore it (exports then say "licence not stated", as before) or click it for a small dialog whose text box
offers the last answers given (kept in the settings, latest first).  OK sets the layer's credit, one undo step
like an edit in the layer panel's "Source / licence" field.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

if TYPE_CHECKING:
    from app.settings import Settings
    from app.widgets.message_bar import MessageItem
    from app.window_api import WindowApi
    from layers.model import Layer

EXAMPLE = "© City of Helsinki, CC BY 4.0"


class CreditDialog(QDialog):
    """One editable line for the layer's source and licence, with the last answers in its list."""

    def __init__(self, layer: Layer, recent: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("CreditPrompt", "Source and licence of {layer}").format(
            layer=layer.name))
        self.text_box = QComboBox(self)
        self.text_box.setEditable(True)
        self.text_box.addItems(recent)
        self.text_box.setCurrentText(layer.attribution or (recent[0] if recent else ""))
        line = self.text_box.lineEdit()
        if line is not None:
            line.setPlaceholderText(QCoreApplication.translate("CreditPrompt", "e.g. {example}").format(
                example=EXAMPLE))
            line.selectAll()
        self.text_box.setMinimumWidth(420)
        hint = QLabel(QCoreApplication.translate(
            "CreditPrompt", "Who publishes the data and under which licence; exports credit it on the map and on "
            "the sources page. Separate several parts with ';'."), self)
        hint.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(self.text_box)
        layout.addWidget(buttons)

    def text(self) -> str:
        return self.text_box.currentText().strip()


def apply_credit(window: WindowApi, layer: Layer, text: str, settings: Settings) -> bool:
    """Give ``layer`` the credit ``text`` (if it is still on the map) and remember the answer."""
    text = text.strip()
    if not text or layer not in window.document.layers:
        return False
    layer.attribution = text  # the undo stack records it as a credit change
    settings.add_recent_credit(text)
    window.show_status(QCoreApplication.translate(
        "CreditPrompt", "Source and licence of '{layer}': {credit}").format(layer=layer.name, credit=text))
    return True


def open_credit_dialog(window: WindowApi, layer: Layer, settings: Settings | None = None) -> CreditDialog:
    """The dialog, opened without blocking the window; OK applies its text."""
    from app.settings import Settings

    chosen = settings or Settings()
    dialog = CreditDialog(layer, chosen.recent_credits(), window.qt_window)
    dialog.accepted.connect(lambda: apply_credit(window, layer, dialog.text(), chosen))
    dialog.open()
    return dialog


def offer_credit(window: WindowApi, layer: Layer, where: str = "", settings: Settings | None = None,
                 item: MessageItem | None = None) -> MessageItem | None:
    """After a load: say where the credit came from, or, when the file names none, offer to add one: on the
    load's own message ``item`` where given (one message per load), else in a message of its own."""
    if layer.attribution:
        if where:
            window.show_status(QCoreApplication.translate(
                "CreditPrompt", "'{layer}': source and licence from {where}: {credit}").format(
                layer=layer.name, where=where, credit=layer.attribution), 8000)
        return None

    def ask() -> None:
        open_credit_dialog(window, layer, settings)

    offer = QCoreApplication.translate("CreditPrompt", "Add source and licence…")
    if item is not None:
        button = item.add_action(offer, ask)
        button.setToolTip(QCoreApplication.translate(
            "CreditPrompt", "The file does not say its source or licence; exports will list it as "
            "'licence not stated'"))
        return item
    return window.show_message(QCoreApplication.translate(
        "CreditPrompt", "'{layer}' does not say its source or licence; exports will list it as "
        "'licence not stated'").format(layer=layer.name), "info", offer, ask, 60000)


__all__ = ["CreditDialog", "apply_credit", "offer_credit", "open_credit_dialog"]
