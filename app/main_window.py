"""The main window: message bar + map canvas, menus, status bar (coordinates, scale, tasks), identify dock.

The window owns the :class:`~layers.session.Session` of the open map (document, undo stack, unsaved changes) and
Edit > Undo / Redo, which therefore exist whatever features are installed.  Feature modules
(``app.features.FEATURE_MODULES``) are installed in order at construction through the window's typed API
(:class:`app.window_api.WindowApi`): they add actions to the declared menu groups (:mod:`app.menus`), docks,
path handlers and close guards, and register what others may look up in ``window.features``.
"""

from __future__ import annotations

import contextlib
import functools
import importlib
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QDragEnterEvent, QDropEvent, QIcon, QKeySequence
from PySide6.QtWidgets import QDockWidget, QMainWindow, QMenu, QMessageBox, QVBoxLayout, QWidget

from app import help as help_boxes
from app.help import SCHEMATIC_BANNER
from app.map.canvas import MapCanvas
from app.map.identify import IdentifyDock
from app.menus import MainToolbar, apply_qgis_shortcuts, build_menus
from app.qt_compat import protect_none_refcount
from app.status_line import HOVER_HINT, StatusLine
from app.tasks.runner import TaskHandle, TaskRunner
from app.widgets.message_bar import MessageBar, MessageItem
from app.window_api import CloseGuard, Features, PathHandler, Shortcut, WindowApi
from layers.crs import Extent
from layers.document import DocumentEvent
from layers.errors import UserError
from layers.i18n import format_number
from layers.session import Session

protect_none_refcount()  # PySide6 6.12 on Python 3.11: see app/qt_compat.py

if TYPE_CHECKING:
    from layers.document import MapDocument
    from layers.events import Event

APP_NAME = "regionmap"
# English (tests compare it); shown as QCoreApplication.translate("MainWindow", LOAD_BOUNDARIES_TEXT)
LOAD_BOUNDARIES_TEXT = str(QT_TRANSLATE_NOOP("MainWindow", "Load official boundaries…"))
__all__ = ["APP_NAME", "HOVER_HINT", "LOAD_BOUNDARIES_TEXT", "SCHEMATIC_BANNER", "MainWindow", "app_icon"]


def app_icon() -> QIcon:
    from importlib import resources as ir

    try:
        data = (ir.files("resources") / "icon.svg").read_bytes()
    except (FileNotFoundError, ModuleNotFoundError, OSError):
        return QIcon()
    from PySide6.QtGui import QPixmap

    pixmap = QPixmap()
    pixmap.loadFromData(data, "SVG")
    return QIcon(pixmap) if not pixmap.isNull() else QIcon()


class MainWindow(QMainWindow):
    def __init__(self, document: MapDocument | Session, *, install_features: bool = True) -> None:
        """Show ``document`` in a session of the window's own, or share a given ``Session``."""
        super().__init__()
        owns_session = not isinstance(document, Session)
        self.session = document if isinstance(document, Session) else Session(document)
        self.setWindowTitle(f"{APP_NAME} — Helsinki-Uusimaa")
        self.setWindowIcon(app_icon())
        self.resize(1400, 900)
        self.setAcceptDrops(True)
        self.actions: dict[str, QAction] = {}  # type: ignore[assignment]  # features register actions by key
        self.path_handlers: list[PathHandler] = []
        self.close_guards: list[CloseGuard] = []
        self.installed_features: list[str] = []
        self.features = Features()
        self.task_runner = TaskRunner(self)
        self._help_boxes: dict[str, QMessageBox] = {}  # the open help box of each kind (kept referenced)

        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self.message_bar = MessageBar(central)
        self.canvas = MapCanvas(self.document, central)
        layout.addWidget(self.message_bar)
        layout.addWidget(self.canvas, 1)
        self.setCentralWidget(central)

        self.identify_dock = IdentifyDock(self)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.identify_dock)
        self.identify_dock.hide()

        self._menus = build_menus(self.menuBar())
        bar = self.addToolBar(QCoreApplication.translate("MainWindow", "Main"))
        bar.setObjectName("mainToolbar")
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.toolbar = MainToolbar(bar)
        self.menus: dict[str, QMenu] = {key: grouped.menu for key, grouped in self._menus.items()}
        self.status_line = StatusLine(self.statusBar(), self.canvas, self.task_runner)
        self._build_actions()

        self.canvas.identified.connect(self._show_identify)
        self.canvas.layer_failed.connect(self.show_error)
        self.canvas.measure_changed.connect(self._show_measure)
        self.identify_dock.panel.hit_selected.connect(self.canvas.set_identified)
        self.task_runner.finished.connect(self._task_finished)
        self.task_runner.callback_failed.connect(lambda handle, exc: self.report_exception(exc, handle.title))

        self._banner: MessageItem | None = None
        self._listen_to_session(owns_session)
        self._update_banner()
        if install_features:
            self._install_features()
        QTimer.singleShot(300, self, self._warm_up)

    @property
    def document(self) -> MapDocument:
        return self.session.document

    @property
    def qt_window(self) -> QMainWindow:
        return self

    def _listen_to_session(self, owns_session: bool) -> None:
        """Follow the document (banner) and the undo stack (Edit menu) while the window lives; a session of the
        window's own ends with it."""
        session, on_document, on_undo = self.session, self._on_document, self._update_undo_actions
        session.document.events.connect(on_document, [DocumentEvent.REGION])
        session.undo_stack.events.connect(on_undo)

        def gone(*_args: object) -> None:
            session.document.events.disconnect(on_document)
            session.undo_stack.events.disconnect(on_undo)
            if owns_session:
                session.close()

        self.destroyed.connect(gone)

    # ---- the API features use (app.window_api.WindowApi) -----------------------------------------------------
    def add_action(self, key: str, text: str, slot: Callable[[], object], menu: str | None = None, *,
                   group: str | None = None, order: int = 0, shortcut: Shortcut | None = None, tip: str = "",
                   checkable: bool = False) -> QAction:
        """Create an action, register it as ``actions[key]`` and place it in ``menu``'s ``group`` by ``order``."""
        if key in self.actions:
            raise ValueError(f"an action {key!r} is registered already")
        action = QAction(text, self)
        if shortcut is not None:
            if isinstance(shortcut, (str, QKeySequence)):
                action.setShortcut(QKeySequence(shortcut))
            else:
                action.setShortcuts(list(shortcut))
        if tip:
            action.setStatusTip(tip)
            action.setToolTip(tip)
        action.setCheckable(checkable)
        action.triggered.connect(lambda _checked=False: slot())
        self._register(key, action, menu, group, order)
        return action

    def add_menu(self, key: str, title: str, menu: str, *, group: str | None = None, order: int = 0) -> QMenu:
        submenu = QMenu(title, self)
        self._register(key, submenu.menuAction(), menu, group, order)
        return submenu

    def _register(self, key: str, action: QAction, menu: str | None, group: str | None, order: int) -> None:
        apply_qgis_shortcuts(key, action)
        self.toolbar.offer(key, action)
        if menu is not None:
            if menu not in self._menus:
                raise ValueError(f"there is no {menu!r} menu (there are: {', '.join(self._menus)})")
            self._menus[menu].add(action, group, order)  # raises on an unknown group, before registering
        self.actions[key] = action

    def action(self, key: str) -> QAction | None:
        return self.actions.get(key)

    def add_dock(self, dock: QDockWidget, area: Qt.DockWidgetArea, *, tabify_with: QDockWidget | None = None,
                 visible: bool = True) -> QDockWidget:
        self.addDockWidget(area, dock)
        if tabify_with is not None:
            self.tabifyDockWidget(tabify_with, dock)
        dock.setVisible(visible)
        return dock

    def show_status(self, text: str, timeout_ms: int = 4000) -> None:
        self.statusBar().showMessage(text, timeout_ms)

    def zoom_to(self, bounds: Extent, margin: float = 0.04) -> None:
        self.canvas.zoom_to_extent(bounds, margin=margin)

    def add_path_handler(self, handler: PathHandler, *, first: bool = False) -> None:
        if first:
            self.path_handlers.insert(0, handler)
        else:
            self.path_handlers.append(handler)

    def add_close_guard(self, guard: CloseGuard) -> None:
        self.close_guards.append(guard)

    # ---- the window's own actions ---------------------------------------------------------------------------
    def _build_actions(self) -> None:
        c = self.canvas
        view = functools.partial(self.add_action, menu="view")
        view("zoom_in", QCoreApplication.translate("MainWindow", "Zoom &in"), lambda: c.zoom_by(2.0),
             group="zoom", order=10, shortcut=[QKeySequence(QKeySequence.StandardKey.ZoomIn), QKeySequence("+")],
             tip=QCoreApplication.translate("MainWindow", "Zoom in (+, wheel)"))
        view("zoom_out", QCoreApplication.translate("MainWindow", "Zoom &out"), lambda: c.zoom_by(0.5),
             group="zoom", order=20, shortcut=[QKeySequence(QKeySequence.StandardKey.ZoomOut), QKeySequence("-")],
             tip=QCoreApplication.translate("MainWindow", "Zoom out (-, wheel)"))
        view("zoom_region", QCoreApplication.translate("MainWindow", "Zoom to &region"), c.zoom_to_region,
             group="zoom", order=30, shortcut=[QKeySequence("Home"), QKeySequence("Ctrl+Shift+H")],
             tip=QCoreApplication.translate("MainWindow", "Show the whole region (Home)"))
        pan = self.add_menu("pan", QCoreApplication.translate("MainWindow", "&Pan"), "view", group="pan")
        for key, text, dx, dy in (("pan_left", QCoreApplication.translate("MainWindow", "Pan left"), 1, 0),
                                  ("pan_right", QCoreApplication.translate("MainWindow", "Pan right"), -1, 0),
                                  ("pan_up", QCoreApplication.translate("MainWindow", "Pan up"), 0, 1),
                                  ("pan_down", QCoreApplication.translate("MainWindow", "Pan down"), 0, -1)):
            arrow = {"pan_left": "Left", "pan_right": "Right", "pan_up": "Up", "pan_down": "Down"}[key]  # key names
            label = QCoreApplication.translate("MainWindow", "{action}\t{key} (Shift: fine)").format(
                action=text, key=arrow)
            pan.addAction(self.add_action(key, label, functools.partial(self._pan_step, dx, dy)))
        view("measure", QCoreApplication.translate("MainWindow", "&Measure distance"), self._toggle_measure,
             group="tools", order=10, shortcut="Ctrl+Shift+M", checkable=True,
             tip=QCoreApplication.translate(
                 "MainWindow", "Click points on the map to measure a distance; right-click finishes, Esc clears"))
        toggle = self.identify_dock.toggleViewAction()
        toggle.setText(QCoreApplication.translate("MainWindow", "I&dentify panel"))
        self._register("identify_panel", toggle, "view", "tools", 20)
        overlays = (("scale_bar", QCoreApplication.translate("MainWindow", "Scale &bar"), "show_scale_bar", 30),
                    ("north_arrow", QCoreApplication.translate("MainWindow", "&North arrow"), "show_north_arrow", 40))
        for key, text, attribute, order in overlays:
            overlay = view(key, text, functools.partial(self._toggle_overlay, attribute), group="tools", order=order,
                           checkable=True)
            overlay.setChecked(True)
        self.add_action("quit", QCoreApplication.translate("MainWindow", "&Quit"), self.close, "file", group="quit",
                        shortcut=QKeySequence(QKeySequence.StandardKey.Quit))
        stack = self.session.undo_stack
        self.add_action("undo", QCoreApplication.translate("MainWindow", "&Undo"), stack.undo, "edit",
                        group="undo", order=10, shortcut=QKeySequence(QKeySequence.StandardKey.Undo))
        self.add_action("redo", QCoreApplication.translate("MainWindow", "&Redo"), stack.redo, "edit",
                        group="undo", order=20, shortcut=[QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self._update_undo_actions()
        self.add_action("about", QCoreApplication.translate("MainWindow", "&About regionmap and data sources"),
                        self.show_about, "help", order=10)
        self.add_action("keys", QCoreApplication.translate("MainWindow", "&Keyboard and mouse"), self.show_keys,
                        "help", order=20)

    def _update_undo_actions(self, _event: Event | None = None) -> None:
        stack = self.session.undo_stack
        with contextlib.suppress(RuntimeError):  # the window is being deleted
            self.actions["undo"].setEnabled(stack.can_undo)
            self.actions["undo"].setText(QCoreApplication.translate("MainWindow", "&Undo {what}").format(
                what=stack.undo_text).rstrip())
            self.actions["redo"].setEnabled(stack.can_redo)
            self.actions["redo"].setText(QCoreApplication.translate("MainWindow", "&Redo {what}").format(
                what=stack.redo_text).rstrip())

    def show_about(self) -> None:
        self._help_boxes["about"] = help_boxes.show_about(self, self.document)

    def show_keys(self) -> None:
        self._help_boxes["keys"] = help_boxes.show_keys(self)

    def _toggle_measure(self) -> None:
        if self.actions["measure"].isChecked():
            self.canvas.start_measure()
            self.canvas.setFocus()
        else:
            self.canvas.stop_measure()

    def _show_measure(self, text: str) -> None:
        self.status_line.show_measure(text)
        self.actions["measure"].setChecked(self.canvas.measuring)

    def _pan_step(self, dx: int, dy: int) -> None:
        self.canvas.pan_pixels(dx * self.canvas.width() / 4, dy * self.canvas.height() / 4)

    def _toggle_overlay(self, attribute: str) -> None:
        setattr(self.canvas, attribute, not getattr(self.canvas, attribute))
        self.canvas.update()

    def _install_features(self) -> None:
        from app.features import FEATURE_MODULES

        api: WindowApi = self  # the features see the window through its API only
        for name in FEATURE_MODULES:
            try:
                module = importlib.import_module(name)
                module.install(api)
            except Exception as exc:  # one broken feature must not keep the map from opening
                from layers.userdirs import log_exception

                where = log_exception(exc, f"installing {name}")
                self.show_message(QCoreApplication.translate(
                    "MainWindow", "Part of the application could not start ({name}: {error}); details in {log}").format(
                        name=name, error=exc, log=where), "error")
            else:
                self.installed_features.append(name)

    def _warm_up(self) -> None:
        """Load pyproj's transformer after the first frame so the first mouse move is instant."""
        try:
            from layers.crs import transformer

            transformer("EPSG:3067", "EPSG:4326")
        except Exception:  # the status bar then shows only EPSG:3067
            pass

    # ---- messages -------------------------------------------------------------------------------------------
    def show_message(self, text: str, level: str = "info", action_text: str | None = None,
                     action: Callable[[], None] | None = None, timeout_ms: int | None = None) -> MessageItem | None:
        return self.message_bar.show(text, level, action_text, action, timeout_ms)

    def show_error(self, text: str) -> MessageItem | None:
        return self.message_bar.show(text, "error")

    def report_exception(self, exc: BaseException, context: str = "") -> None:
        """Show a task's error: a UserError as is, anything else with the log file named."""
        if isinstance(exc, UserError):
            self.show_error(str(exc))
            return
        from layers.userdirs import log_exception

        where = log_exception(exc, context)
        detail = (QCoreApplication.translate("MainWindow", "details in {log}").format(log=where) if where
                  else QCoreApplication.translate("MainWindow", "details could not be logged"))
        prefix = f"{context}: " if context else ""
        unexpected = QCoreApplication.translate("MainWindow", "unexpected {kind}: {error} ({detail})")
        self.show_error(prefix + unexpected.format(kind=type(exc).__name__, error=exc, detail=detail))

    def run_task(self, title: str, fn: Callable[..., Any], *args: Any, on_done: Callable[[Any], None] | None = None,
                 on_error: Callable[[BaseException], None] | None = None, **kwargs: Any) -> TaskHandle:
        """Start ``fn`` in the background; errors go to the message bar unless ``on_error`` is given."""
        return self.task_runner.start(title, fn, *args, on_done=on_done,
                                      on_error=on_error or (lambda exc: self.report_exception(exc, title)), **kwargs)

    def _task_finished(self, handle: TaskHandle) -> None:
        if handle.quiet:
            return
        if handle.status == "cancelled":
            self.show_status(QCoreApplication.translate("MainWindow", "{task}: cancelled").format(task=handle.title))
        elif handle.status == "failed" and handle.on_error is None and handle.error is not None:
            self.report_exception(handle.error, handle.title)
        elif handle.status == "done":
            self.show_status(QCoreApplication.translate("MainWindow", "{task}: done in {seconds} s").format(
                task=handle.title, seconds=format_number(handle.elapsed, 1)))

    # ---- schematic banner -----------------------------------------------------------------------------------
    def _on_document(self, _event: Event) -> None:  # connected to DocumentEvent.REGION only
        with contextlib.suppress(RuntimeError):  # the window is being deleted
            self._update_banner()

    def _load_official_boundaries(self) -> None:
        action = self.actions.get("load_official_boundaries")
        if action is not None:
            action.trigger()
        else:
            self.show_message(QCoreApplication.translate(
                "MainWindow", "Loading official boundaries is not available in this build; open a boundary file "
                "(GeoPackage, Shapefile, GeoJSON) with fields 'code' and 'name' instead."), "warning")

    def _update_banner(self) -> None:
        if self.document.region.schematic:
            if self._banner is None or self._banner not in self.message_bar.items():
                self._banner = self.message_bar.show(
                    QCoreApplication.translate("help", SCHEMATIC_BANNER), "warning",
                    QCoreApplication.translate("MainWindow", LOAD_BOUNDARIES_TEXT), self._load_official_boundaries)
        elif self._banner is not None:
            self._banner.dismiss()
            self._banner = None

    def banner_visible(self) -> bool:
        return self._banner is not None and self._banner in self.message_bar.items()

    # ---- identify ----------------------------------------------------------------------------------------
    def _show_identify(self, hits: list, x: float, y: float) -> None:
        self.identify_dock.panel.show_hits(hits, f"E {x:,.0f} N {y:,.0f}".replace(",", " "))
        if hits:
            self.identify_dock.show()
            self.identify_dock.raise_()

    # ---- files ----------------------------------------------------------------------------------------------
    def open_paths(self, paths: Iterable[str | Path]) -> list[Path]:
        """Offer each path with its kind (:mod:`layers.project.file_kind`) to the handlers in order (first
        returning True wins); returns the paths known at once to be unhandled (missing, or no handler took them).

        A ``.gpkg`` or ``.zip`` must be read to know whether it is a project, a timetable or data: that look runs
        as a task, and those paths are offered when it is done (a refused one gets its message then)."""
        from layers.project.file_kind import kind_of, needs_a_look
        from layers.project.file_kind import run as look_at

        unhandled: list[Path] = []
        to_look: list[Path] = []
        for raw in paths:
            path = Path(raw).expanduser()
            if not path.exists():
                self.show_error(QCoreApplication.translate(
                    "MainWindow", "{path}: no such file; check the name and the folder").format(path=path))
                unhandled.append(path)
            elif needs_a_look(path):
                to_look.append(path)
            elif not self._offer(path, kind_of(path)):  # kind_of only stats these
                unhandled.append(path)
        if to_look:
            title = QCoreApplication.translate("MainWindow", "Opening {files}").format(
                files=", ".join(p.name for p in to_look))
            self.run_task(title, look_at, to_look, on_done=self._offer_looked_at)
        return unhandled

    def _offer_looked_at(self, kinds: dict[Path, str | None] | None) -> None:
        for path, kind in (kinds or {}).items():
            self._offer(path, kind)

    def _offer(self, path: Path, kind: str | None) -> bool:
        """Give ``path`` to the first handler that takes it; False (with a message) when none does."""
        for handler in list(self.path_handlers):
            try:
                if handler(path, kind):
                    return True
            except UserError as exc:
                self.show_error(str(exc))
                return True
            except Exception as exc:
                self.report_exception(exc, QCoreApplication.translate("MainWindow", "opening {file}").format(
                    file=path.name))
                return True
        self.show_error(QCoreApplication.translate(
            "MainWindow",
            "{name}: regionmap cannot open this kind of file here; open GeoPackage, Shapefile, "
            "GeoJSON, CSV with coordinates or a regionmap project").format(name=path.name))
        return False

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [url.toLocalFile() for url in event.mimeData().urls() if url.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.open_paths(paths)

    # ---- closing --------------------------------------------------------------------------------------------
    def closeEvent(self, event: QCloseEvent) -> None:
        for guard in list(self.close_guards):
            try:
                ok = guard()
            except Exception as exc:
                self.report_exception(exc, QCoreApplication.translate("MainWindow", "closing"))
                ok = False
            if not ok:
                event.ignore()
                return
        self.task_runner.cancel_all()
        event.accept()
