"""One open map: the document, its undo history, the project file it belongs to and whether it has unsaved
changes.

The window and every feature share one :class:`Session` (``window.session``), so the undo history exists whether
or not the project actions are installed, and no feature needs another to reach it.  It is Qt-free: timers,
dialogs and the window title stay in the app, which follows :class:`SessionEvent`.

Unsaved changes are counted rather than flagged: a save (or an autosave) that runs in the background remembers
the count it wrote, so a change made while it runs still leaves the map unsaved.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING

from layers.coverage.live import LiveCoverage
from layers.events import Emitter, Event
from layers.i18n import QT_TRANSLATE_NOOP, translate
from layers.undo import UndoStack

if TYPE_CHECKING:
    from layers.document import MapDocument

UNTITLED = QT_TRANSLATE_NOOP("session", "Untitled")  # English source: a new map's name is shown translated


class SessionEvent(StrEnum):
    SAVED_STATE = "saved_state"  # ``dirty`` or ``path`` changed (the window title follows)
    ADOPTED = "adopted"  # the document took the content of another one (New, Open, Restore)


class Session:
    def __init__(self, document: MapDocument) -> None:
        self.document = document
        self.undo_stack = UndoStack(document.layers, document=document)
        self.events = Emitter(SessionEvent)
        self.path: Path | None = None  # the project file, None until saved or opened
        self.dirty = False
        self._changes = 0
        self._saved_changes = 0
        self._autosaved_changes = 0
        self._quiet = 0
        self._announced: tuple[bool, Path | None] = (False, None)
        document.events.connect(self._on_change)
        document.layers.events.connect(self._on_change)
        self.coverage = LiveCoverage(document, self.undo_stack)  # the live analysis state of this map

    @property
    def name(self) -> str:
        return self.path.stem if self.path else translate("session", UNTITLED)

    @property
    def changes(self) -> int:
        """How many changes the map has had; a save remembers the count it wrote."""
        return self._changes

    # ---- change tracking ------------------------------------------------------------------------------------
    @contextlib.contextmanager
    def quiet(self) -> Iterator[None]:
        """Changes made inside the block do not make the map unsaved (loading, say)."""
        self._quiet += 1
        try:
            yield
        finally:
            self._quiet -= 1

    def _on_change(self, _event: Event) -> None:
        if self._quiet:
            return
        self._changes += 1
        self.set_dirty(True)

    def note_unsaved_change(self) -> None:
        """Count a change no event reported (restored work that is not in its project file yet)."""
        self._changes += 1

    def set_dirty(self, dirty: bool) -> None:
        self.dirty = dirty
        self._announce()

    def _announce(self) -> None:
        state = (self.dirty, self.path)
        if state != self._announced:
            self._announced = state
            self.events.emit(SessionEvent.SAVED_STATE, self, dirty=self.dirty, path=self.path)

    # ---- saving ---------------------------------------------------------------------------------------------
    def saved(self, path: Path, at: int) -> None:
        """The map as it was after ``at`` changes is now in ``path``; later changes keep it unsaved."""
        self.path = path
        self._saved_changes = at
        self.set_dirty(self._changes != at)

    def autosave_due(self) -> bool:
        return self.dirty and self._changes != self._autosaved_changes

    def autosaved(self, at: int) -> None:
        self._autosaved_changes = at

    # ---- replacing the map ----------------------------------------------------------------------------------
    def adopt(self, loaded: MapDocument, path: Path | None, dirty: bool = False) -> None:
        """Move ``loaded``'s content into the session's document (the views stay bound to it); the undo history
        starts again."""
        from layers.project.adopt import adopt

        with self.quiet(), self.undo_stack.paused():
            adopt(self.document, loaded)
        self.undo_stack.clear()
        self.coverage.clear()  # its numbers were of the map that was replaced
        self.path = path
        self._saved_changes = self._changes
        self.set_dirty(dirty)
        self.events.emit(SessionEvent.ADOPTED, self, path=path)

    def close(self) -> None:
        """Stop observing the document (it may outlive the session, as in tests)."""
        self.document.events.disconnect(self._on_change)
        self.document.layers.events.disconnect(self._on_change)
        self.undo_stack.detach()
        self.coverage.close()
