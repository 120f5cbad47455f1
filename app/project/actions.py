"""File > New / Open project… / Open recent / Save / Save As, Edit > Undo / Redo, autosave and crash recovery.

The window title reads ``name* — regionmap`` (``*``: unsaved changes, which the window's
:class:`~layers.session.Session` counts from document and layer events; the undo stack is the session's too).
Closing with unsaved changes asks Save / Discard / Cancel.  Opening, saving and autosaving run as tasks; a
project is loaded into a new document off the GUI thread and then moved into the window's document
(:func:`layers.project.adopt.adopt`), so every view bound to it follows.  A ``.gpkg`` that is a regionmap project
(given on the command line or dropped) opens as a project; any other GeoPackage is left to the data loader.

At start, autosaves left by crashed sessions are offered one at a time, newest first, in a window-modal question
that does not block (:class:`RecoveryOffer`): Restore, Discard (deletes that autosave, then the next one is
offered) or Later (all are kept and offered again at the next start).  An unattended window
(:meth:`ProjectController.set_unattended`, ``regionmap --screenshot``) neither offers nor writes autosaves.
"""

from __future__ import annotations

import contextlib
import functools
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Qt, QTimer
from PySide6.QtGui import QGuiApplication, QKeySequence
from PySide6.QtWidgets import QApplication, QFileDialog, QMenu, QMessageBox, QPushButton

from app.settings import Settings
from app.window_api import FeatureKey, WindowApi
from layers.errors import UserError
from layers.project import recovery
from layers.session import SessionEvent

if TYPE_CHECKING:
    from app.tasks.runner import TaskHandle
    from layers.document import MapDocument
    from layers.events import Event

APP_NAME = "regionmap"
FILE_FILTER = "regionmap projects (*.gpkg)"  # English; file_filter() is the one shown
# the titles of this controller's own tasks begin so (translated); no autosave follows them
OWN_TASKS = (str(QT_TRANSLATE_NOOP("ProjectController", "Saving")),
             str(QT_TRANSLATE_NOOP("ProjectController", "Opening")),
             str(QT_TRANSLATE_NOOP("ProjectController", "Autosave")),
             str(QT_TRANSLATE_NOOP("ProjectController", "New project")),
             str(QT_TRANSLATE_NOOP("ProjectController", "Restoring autosave")))


def task_title(prefix: str, path: Path | None = None) -> str:
    """``prefix`` (one of :data:`OWN_TASKS`) in the interface's language, then the file's name."""
    text = QCoreApplication.translate("ProjectController", prefix)
    return f"{text} {path.name}" if path is not None else text


def file_filter() -> str:
    return QCoreApplication.translate("ProjectController", "regionmap projects") + " (*.gpkg)"
Choice = recovery.Choice


@dataclass
class RecoveryOffer:
    """The open question about one autosave: its text, the dialog and its buttons (``answer`` clicks one)."""

    found: recovery.Recovery
    text: str
    box: QMessageBox
    buttons: dict[recovery.Choice, QPushButton]

    def choice(self) -> recovery.Choice:
        """The button the user clicked; closing the dialog otherwise (Esc, window closed) means Later."""
        clicked = self.box.clickedButton()
        return next((c for c, button in self.buttons.items() if button is clicked), Choice.LATER)

    def answer(self, choice: recovery.Choice) -> None:
        self.buttons[choice].click()


class ProjectController(QObject):
    """The Qt side of the session's project: dialogs, the title, background saves and the autosave timers."""

    def __init__(self, window: WindowApi, settings: Settings | None = None) -> None:
        super().__init__(window.qt_window)
        self.window = window
        self.session = window.session
        self.document: MapDocument = window.document
        self.settings = settings or Settings()
        self._autosaving = False
        self.session.events.connect(self._on_saved_state, [SessionEvent.SAVED_STATE])
        self.autosave_timer = QTimer(self)
        self.autosave_timer.setInterval(int(recovery.AUTOSAVE_INTERVAL_S * 1000))
        self.autosave_timer.timeout.connect(self.autosave)
        self.autosave_timer.start()
        self._autosave_soon = QTimer(self)
        self._autosave_soon.setSingleShot(True)
        self._autosave_soon.setInterval(1500)
        self._autosave_soon.timeout.connect(self.autosave)
        window.task_runner.finished.connect(self._task_finished)
        self.recent_menu: QMenu | None = None  # File > Open recent project, once installed
        self.recovery_message: RecoveryOffer | None = None  # the autosave being offered, while it is
        self.unattended = False  # nobody is there to answer questions (see set_unattended)

    # ---- the session's saved state --------------------------------------------------------------------------
    @property
    def path(self) -> Path | None:
        return self.session.path

    @property
    def dirty(self) -> bool:
        return self.session.dirty

    @dirty.setter
    def dirty(self, dirty: bool) -> None:
        self.session.set_dirty(dirty)

    @property
    def name(self) -> str:
        return self.session.name

    def _on_saved_state(self, _event: Event) -> None:
        with contextlib.suppress(RuntimeError):  # the window is gone; the session may live on (tests)
            self.update_title()

    def update_title(self) -> None:
        qt_window = self.window.qt_window
        qt_window.setWindowTitle(f"{self.name}{'*' if self.dirty else ''} — {APP_NAME}")
        qt_window.setWindowFilePath(str(self.path) if self.path else "")

    # ---- new / open -----------------------------------------------------------------------------------------
    def confirm_discard(self) -> bool:
        """True when it is fine to drop the current map (saved, or the user chose Save or Discard)."""
        if not self.dirty:
            return True
        box = QMessageBox(self.window.qt_window)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(QCoreApplication.translate("ProjectController", "Unsaved changes"))
        box.setText(QCoreApplication.translate(
            "ProjectController", "Save the changes to {name}?").format(name=self.name))
        box.setInformativeText(QCoreApplication.translate("ProjectController",
                                                          "Your changes will be lost if you don't save them."))
        box.setStandardButtons(QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
                               | QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Save)
        answer = box.exec()
        if answer == QMessageBox.StandardButton.Save:
            return self.save_now()
        return answer == QMessageBox.StandardButton.Discard

    def new_project(self) -> None:
        if not self.confirm_discard():
            return
        from layers.document import MapDocument

        def make(progress: Any, cancelled: Any) -> MapDocument:
            progress(0.0, QCoreApplication.translate("ProjectController", "building the default region"))
            return MapDocument.default()

        self.window.run_task(task_title("New project"), make, on_done=lambda doc: self.adopt(doc, None))

    def open_dialog(self) -> None:
        if not self.confirm_discard():
            return
        title = QCoreApplication.translate("ProjectController", "Open project")
        name, _ = QFileDialog.getOpenFileName(self.window.qt_window, title, str(self.settings.last_folder("project")),
                                              file_filter())
        if name:
            self.open_project(Path(name), confirmed=True)

    def open_project(self, path: Path, confirmed: bool = False) -> None:
        """Load ``path`` in the background; on failure the current map stays as it was."""
        if not confirmed and not self.confirm_discard():
            return
        from layers.project import load_project

        path = Path(path)

        def failed(exc: BaseException) -> None:
            if not path.exists():
                self.settings.remove_recent_project(path)
            if isinstance(exc, UserError):
                self.window.show_error(QCoreApplication.translate(
                    "ProjectController", "{error}. The map was not changed.").format(error=exc))
            else:
                opening = QCoreApplication.translate("ProjectController", "opening {file}")
                self.window.report_exception(exc, opening.format(file=path.name))

        notes: list[str] = []

        def done(doc: MapDocument) -> None:
            self.adopt(doc, path)
            self.show_notes(QCoreApplication.translate("ProjectController", "Opened {file} with repairs").format(
                file=path.name), notes)

        self.window.run_task(task_title("Opening", path), load_project, path, notes=notes, on_done=done,
                             on_error=failed)

    def adopt(self, loaded: MapDocument, path: Path | None, dirty: bool = False) -> None:
        """Show ``loaded`` in the window (its content moves into the window's document)."""
        if path is not None:
            self.settings.add_recent_project(path)
            self.settings.set_last_folder("project", path)
        self.session.adopt(loaded, path, dirty)
        self.window.canvas.set_extent(self.document.view or self.document.region_extent())

    def show_notes(self, heading: str, notes: Sequence[str]) -> None:
        """What a load repaired or a save did with stale side files, in the message bar (nothing: no message)."""
        if notes:
            more = QCoreApplication.translate("ProjectController", "; and {n} more (see the log)")
            shown = "; ".join(notes[:5]) + (more.format(n=len(notes) - 5) if len(notes) > 5 else "")
            self.window.show_message(f"{heading} — {shown}", "warning")

    # ---- save -----------------------------------------------------------------------------------------------
    def _store_view(self) -> None:
        self.document.view = self.window.canvas.extent()

    def save(self) -> None:
        if self.path is None:
            self.save_as()
            return
        self._start_save(self.path)

    def save_as(self) -> None:
        path = self._ask_save_path()
        if path is not None:
            self._start_save(path)

    def _ask_save_path(self) -> Path | None:
        suggestion = self.settings.last_folder("project") / f"{self.name}.gpkg"
        title = QCoreApplication.translate("ProjectController", "Save project as")
        name, _ = QFileDialog.getSaveFileName(self.window.qt_window, title, str(suggestion), file_filter())
        if not name:
            return None
        path = Path(name)
        return path if path.suffix.lower() == ".gpkg" else path.with_name(path.name + ".gpkg")

    def _start_save(self, path: Path) -> None:
        from layers.project import save_project

        self._store_view()
        at = self.session.changes
        notes: list[str] = []
        self.window.run_task(task_title("Saving", path), save_project, self.document, path, notes=notes,
                             on_done=lambda written: self._saved(Path(written), at, notes))

    def _saved(self, path: Path, at: int, notes: Sequence[str] = ()) -> None:
        self.settings.add_recent_project(path)
        self.settings.set_last_folder("project", path)
        self.session.saved(path, at)
        self.window.show_status(QCoreApplication.translate("ProjectController", "Saved {path}").format(path=path), 5000)
        self.show_notes(QCoreApplication.translate("ProjectController", "Saved"), notes)

    def save_now(self) -> bool:
        """Save in the GUI thread (closing the window cannot wait for a task); False if not saved."""
        from layers.project import save_project

        path = self.path or self._ask_save_path()
        if path is None:
            return False
        self._store_view()
        at = self.session.changes
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        notes: list[str] = []
        try:
            written = save_project(self.document, path, notes=notes)
        except UserError as exc:
            self.window.show_error(str(exc))
            return False
        finally:
            QGuiApplication.restoreOverrideCursor()
        self._saved(Path(written), at, notes)
        return True

    # ---- autosave and recovery ------------------------------------------------------------------------------
    def set_unattended(self) -> None:
        """Nobody will answer (``regionmap --screenshot``): offer no autosave and write none.

        Autosaves crashed sessions left stay untouched for the next interactive start; an offer already open is
        closed without an answer (which keeps its autosave too).
        """
        self.unattended = True
        self.autosave_timer.stop()
        self._autosave_soon.stop()
        self._close_offer()

    def autosave(self) -> None:
        if self.unattended or self._autosaving or not self.session.autosave_due():
            return
        self._store_view()
        at = self.session.changes
        self._autosaving = True

        def done(_path: Any) -> None:
            self._autosaving = False
            self.session.autosaved(at)

        def failed(exc: BaseException) -> None:
            self._autosaving = False
            self.window.show_message(QCoreApplication.translate("ProjectController", "Autosave failed: {error}").format(
                error=exc), "warning", timeout_ms=10000)

        self.window.run_task(task_title("Autosave"), recovery.write_recovery, self.document, self.path, on_done=done,
                             on_error=failed)

    def _task_finished(self, handle: TaskHandle) -> None:
        """After an analysis (or any other task that changed the map) autosave soon."""
        if handle.status == "done" and not str(handle.title).startswith(tuple(map(task_title, OWN_TASKS))):
            self._autosave_soon.start()

    def offer_recovery(self) -> None:
        """Offer the autosaves crashed sessions left (newest first; nothing to do when there are none or when
        nobody is there to answer).  Temporary files of autosaves that crashed mid-save go first (never those of
        a live session)."""
        with contextlib.suppress(OSError):
            recovery.remove_leftovers()
        if self.unattended:
            return
        self._offer(recovery.pending_recoveries())

    def _offer(self, pending: Sequence[recovery.Recovery]) -> None:
        self._close_offer()
        if not pending:
            return
        found, others = pending[0], list(pending[1:])
        box = QMessageBox(self.window.qt_window)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(QCoreApplication.translate("ProjectController", "Recover unsaved work"))
        box.setText(recovery.offer_question(found))
        box.setInformativeText(recovery.offer_details(found, others))
        buttons: dict[recovery.Choice, QPushButton] = {
            Choice.RESTORE: box.addButton(QCoreApplication.translate(
                "ProjectController", "Restore"), QMessageBox.ButtonRole.AcceptRole),
            Choice.DISCARD: box.addButton(QMessageBox.StandardButton.Discard),
            Choice.LATER: box.addButton(QCoreApplication.translate(
                "ProjectController", "Later"), QMessageBox.ButtonRole.RejectRole),
        }
        box.setDefaultButton(buttons[Choice.RESTORE])
        box.setEscapeButton(buttons[Choice.LATER])
        offer = RecoveryOffer(found, box.text(), box, buttons)
        box.finished.connect(lambda _result: self._answered(offer, others))
        self.recovery_message = offer
        box.open()  # window-modal, but returns at once: the start-up goes on

    def _answered(self, offer: RecoveryOffer, others: list[recovery.Recovery]) -> None:
        if self.recovery_message is not offer:
            return  # already settled (restored from elsewhere)
        self.recovery_message = None
        offer.box.deleteLater()
        choice = offer.choice()
        if choice is Choice.RESTORE:
            self.restore(offer.found)
        elif choice is Choice.DISCARD:
            recovery.discard(offer.found)
            self.window.show_status(QCoreApplication.translate(
                "ProjectController", "Deleted the autosave of {what}").format(
                what=offer.found.description), 5000)
            self._offer(others)

    def _close_offer(self) -> None:
        """Close the open question without an answer (its autosave is kept)."""
        offer, self.recovery_message = self.recovery_message, None
        if offer is not None:
            offer.box.close()
            offer.box.deleteLater()

    def restore(self, found: recovery.Recovery) -> None:
        """Open ``found`` in place of the current map; the autosave is deleted only once it is open."""
        self._close_offer()
        if not self.confirm_discard():
            return
        from layers.project import load_project

        notes: list[str] = []

        def done(doc: MapDocument) -> None:
            project = found.project if found.project is not None and found.project.exists() else None
            self.adopt(doc, project, dirty=True)
            self.session.note_unsaved_change()  # the restored work is not saved in the project yet
            recovery.discard(found)
            self.autosave()
            self.window.show_message(QCoreApplication.translate(
                "ProjectController", "Restored {what}; save it to keep it.").format(what=found.description), "info",
                timeout_ms=10000)
            self.show_notes(QCoreApplication.translate(
                "ProjectController", "Restored the autosave with repairs"), notes)

        def failed(exc: BaseException) -> None:
            self.window.show_error(QCoreApplication.translate(
                "ProjectController", "The autosaved copy {path} cannot be restored: {error}. It was kept.").format(
                    path=found.path, error=exc))

        self.window.run_task(task_title("Restoring autosave"), load_project, found.path, notes=notes, on_done=done,
                             on_error=failed)

    # ---- close / quit ---------------------------------------------------------------------------------------
    def close_guard(self) -> bool:
        if not self.confirm_discard():
            return False
        with contextlib.suppress(Exception):
            self.settings.save_window(self.window.qt_window)
        return True

    def shutdown(self) -> None:
        """A clean exit: the recovery file of this session is no longer needed."""
        self.autosave_timer.stop()
        recovery.clean_exit()

    # ---- files given on the command line or dropped ---------------------------------------------------------
    def handle_path(self, path: Path, kind: str | None) -> bool:
        """A ``window.path_handlers`` entry: take regionmap projects (``kind`` from the window's look at the file)."""
        from layers.project.file_kind import PROJECT

        if kind != PROJECT:
            return False
        self.open_project(path)
        return True


def _rebuild_recent(menu: QMenu, controller: ProjectController) -> None:
    menu.clear()
    paths = controller.settings.recent_projects()
    for i, path in enumerate(paths, start=1):
        action = menu.addAction(f"&{i % 10} {path.name}")
        action.setToolTip(str(path))
        action.setStatusTip(str(path))
        action.triggered.connect(lambda _checked=False, p=path: controller.open_project(p))
    if not paths:
        menu.addAction(QCoreApplication.translate("ProjectController", "(no recent projects)")).setEnabled(False)
    else:
        menu.addSeparator()
        clear = menu.addAction(QCoreApplication.translate("ProjectController", "Clear list"))
        clear.triggered.connect(lambda _checked=False: controller.settings.clear_recent_projects())


PROJECT: FeatureKey[ProjectController] = FeatureKey("project actions")


def install(window: WindowApi, settings: Settings | None = None) -> ProjectController:
    """File > New / Open project / Open recent / Save / Save As, autosave and the recovery offer."""
    controller = window.features.add(PROJECT, ProjectController(window, settings))
    add = functools.partial(window.add_action, menu="file", group="project")
    add("new_project", QCoreApplication.translate("ProjectController", "&New project"), controller.new_project,
        order=10, shortcut=QKeySequence(QKeySequence.StandardKey.New),
        tip=QCoreApplication.translate("ProjectController", "Start a new map of the default region (Ctrl+N)"))
    add("open_project", QCoreApplication.translate("ProjectController", "Open &project…"), controller.open_dialog,
        order=20, shortcut="Ctrl+Shift+O",
        tip=QCoreApplication.translate("ProjectController", "Open a regionmap project (.gpkg) (Ctrl+Shift+O)"))
    recent = window.add_menu("recent_projects", QCoreApplication.translate("ProjectController", "Open &recent project"),
                             "file", group="project", order=30)
    recent.aboutToShow.connect(lambda: _rebuild_recent(recent, controller))
    _rebuild_recent(recent, controller)
    controller.recent_menu = recent
    add("save_project", QCoreApplication.translate("ProjectController", "&Save project"), controller.save, order=40,
        shortcut=QKeySequence(QKeySequence.StandardKey.Save),
        tip=QCoreApplication.translate("ProjectController", "Save the project (Ctrl+S)"))
    add("save_project_as", QCoreApplication.translate("ProjectController", "Save project &as…"), controller.save_as,
        order=50, shortcut="Ctrl+Shift+S",
        tip=QCoreApplication.translate("ProjectController", "Save the project under a new name (Ctrl+Shift+S)"))
    window.add_path_handler(controller.handle_path, first=True)
    window.add_close_guard(controller.close_guard)
    app = QApplication.instance()
    if app is not None:
        app.aboutToQuit.connect(controller.shutdown)
    controller.settings.restore_window(window.qt_window)
    controller.update_title()
    QTimer.singleShot(0, controller.offer_recovery)
    return controller
