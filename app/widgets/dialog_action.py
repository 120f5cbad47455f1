"""A menu action that opens a dialog and keeps the one it opened last (for the command line and the tests)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Generic, TypeVar

D = TypeVar("D")


class DialogAction(Generic[D]):
    """``open_dialog()`` makes a dialog with ``make`` (which also shows it) and keeps it as ``dialog``."""

    def __init__(self, make: Callable[[], D]) -> None:
        self._make = make
        self.dialog: D | None = None

    def open_dialog(self) -> D:
        self.dialog = self._make()
        return self.dialog
