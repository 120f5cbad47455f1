"""The main window: message bar + map canvas, menus, status bar (coordinates, scale, tasks), identify dock.

Feature modules (``app.features.FEATURE_MODULES``) are installed in order at construction; they register actions
in ``window.actions``, file handlers in ``window.path_handlers`` and close guards in ``window.close_guards``.
"""

from __future__ import annotations

import contextlib
import functools
import html
import importlib
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QSize, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QDragEnterEvent, QDropEvent, QIcon, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QMenu, QMessageBox, QVBoxLayout, QWidget

from app.map.canvas import MapCanvas
from app.map.identify import IdentifyDock
from app.qt_compat import protect_none_refcount
from app.tasks.runner import TaskHandle, TaskRunner
from app.tasks.status import TaskStatus
from app.widgets.message_bar import MessageBar, MessageItem
from layers.errors import UserError

protect_none_refcount()  # PySide6 6.12 on Python 3.11: see app/qt_compat.py

if TYPE_CHECKING:
    from layers.document import MapDocument
    from layers.events import Event

APP_NAME = "regionmap"
MENU_ORDER = (("file", "&File"), ("edit", "&Edit"), ("view", "&View"), ("layer", "&Layer"), ("region", "&Region"),
              ("analysis", "&Analysis"), ("help", "&Help"))
SCHEMATIC_BANNER = "Municipal areas are schematic (generated from municipal centres), not official boundaries"
LOAD_BOUNDARIES_TEXT = "Load official boundaries…"
HOVER_HINT = "Drag or arrow keys to pan · wheel or +/- to zoom · Home: whole region · click a feature to identify"


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
    def __init__(self, document: MapDocument, *, install_features: bool = True) -> None:
        super().__init__()
        self.document = document
        self.setWindowTitle(f"{APP_NAME} — Helsinki-Uusimaa")
        self.setWindowIcon(app_icon())
        self.resize(1400, 900)
        self.setAcceptDrops(True)
        self.actions: dict[str, QAction] = {}  # type: ignore[assignment]  # features register actions by key
        self.path_handlers: list[Callable[[Path], bool]] = []
        self.close_guards: list[Callable[[], bool]] = []
        self.installed_features: list[str] = []
        self.task_runner = TaskRunner(self)

        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self.message_bar = MessageBar(central)
        self.canvas = MapCanvas(document, central)
        layout.addWidget(self.message_bar)
        layout.addWidget(self.canvas, 1)
        self.setCentralWidget(central)

        self.identify_dock = IdentifyDock(self)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.identify_dock)
        self.identify_dock.hide()

        self.menus: dict[str, QMenu] = {}
        for key, title in MENU_ORDER:
            self.menus[key] = self.menuBar().addMenu(title)
        self._build_status_bar()
        self._build_actions()

        self.canvas.cursor_moved.connect(self._show_cursor)
        self.canvas.cursor_left.connect(lambda: self.coord_label.setText(""))
        self.canvas.extent_changed.connect(lambda _extent: self._show_scale())
        self.canvas.identified.connect(self._show_identify)
        self.canvas.hover_changed.connect(self._show_hover)
        self.canvas.layer_failed.connect(self.show_error)
        self.canvas.measure_changed.connect(self._show_measure)
        self.identify_dock.panel.hit_selected.connect(self.canvas.set_identified)
        self.task_runner.finished.connect(self._task_finished)
        self.task_runner.callback_failed.connect(lambda handle, exc: self.report_exception(exc, handle.title))

        self._banner: MessageItem | None = None
        on_document = self._on_document
        document.events.connect(on_document)
        self.destroyed.connect(lambda *_: document.events.disconnect(on_document))
        self._update_banner()
        self._show_scale()
        if install_features:
            self._install_features()
        self._build_help_menu()
        QTimer.singleShot(300, self, self._warm_up)

    # ---- construction ---------------------------------------------------------------------------------------
    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        self.hover_label = QLabel()
        self.hover_label.setMinimumWidth(120)
        self.coord_label = QLabel()
        self.coord_label.setToolTip("Cursor position: ETRS-TM35FIN (EPSG:3067) east/north in metres, and WGS84")
        self.coord_label.setMinimumWidth(380)
        self.scale_label = QLabel()
        self.scale_label.setToolTip("Map scale on this screen")
        self.scale_label.setMinimumWidth(100)
        self.scale_label.setContentsMargins(12, 0, 6, 0)
        self.task_status = TaskStatus(self.task_runner, self)
        self.hover_label.setText(HOVER_HINT)
        self.hover_label.setStyleSheet("color: #555;")
        bar.addWidget(self.hover_label, 1)
        bar.addPermanentWidget(self.task_status)
        bar.addPermanentWidget(self.coord_label)
        bar.addPermanentWidget(self.scale_label)

    def add_action(self, key: str, text: str, slot: Callable[[], Any], menu: str | None = None,
                   shortcut: str | QKeySequence | Iterable[QKeySequence] | None = None, tip: str = "") -> QAction:
        """Create an action, register it as ``actions[key]`` and add it to ``menus[menu]``."""
        action = QAction(text, self)
        if shortcut is not None:
            if isinstance(shortcut, (str, QKeySequence)):
                action.setShortcut(QKeySequence(shortcut))
            else:
                action.setShortcuts(list(shortcut))
        if tip:
            action.setStatusTip(tip)
            action.setToolTip(tip)
        action.triggered.connect(lambda _checked=False: slot())
        self.actions[key] = action
        if menu is not None:
            self.menus[menu].addAction(action)
        return action

    def _build_actions(self) -> None:
        c = self.canvas
        self.add_action("zoom_in", "Zoom &in", lambda: c.zoom_by(2.0), "view",
                        [QKeySequence(QKeySequence.StandardKey.ZoomIn), QKeySequence("+")], "Zoom in (+, wheel)")
        self.add_action("zoom_out", "Zoom &out", lambda: c.zoom_by(0.5), "view",
                        [QKeySequence(QKeySequence.StandardKey.ZoomOut), QKeySequence("-")], "Zoom out (-, wheel)")
        self.add_action("zoom_region", "Zoom to &region", c.zoom_to_region, "view",
                        [QKeySequence("Home"), QKeySequence("Ctrl+Shift+H")], "Show the whole region (Home)")
        self.menus["view"].addSeparator()
        pan = self.menus["view"].addMenu("&Pan")
        for key, text, dx, dy in (("pan_left", "Pan left", 1, 0), ("pan_right", "Pan right", -1, 0),
                                  ("pan_up", "Pan up", 0, 1), ("pan_down", "Pan down", 0, -1)):
            arrow = {"pan_left": "Left", "pan_right": "Right", "pan_up": "Up", "pan_down": "Down"}[key]
            action = self.add_action(key, f"{text}\t{arrow} (Shift: fine)", functools.partial(self._pan_step, dx, dy))
            pan.addAction(action)
        self.menus["view"].addSeparator()
        measure = self.add_action("measure", "&Measure distance", self._toggle_measure, "view", "Ctrl+Shift+M",
                                  "Click points on the map to measure a distance; right-click finishes, Esc clears")
        measure.setCheckable(True)
        toggle = self.identify_dock.toggleViewAction()
        toggle.setText("&Identify panel")
        self.actions["identify_panel"] = toggle
        self.menus["view"].addAction(toggle)
        scale_bar = self.add_action("scale_bar", "Scale &bar", lambda: self._toggle_overlay("show_scale_bar"), "view")
        north = self.add_action("north_arrow", "&North arrow", lambda: self._toggle_overlay("show_north_arrow"),
                                "view")
        for action in (scale_bar, north):
            action.setCheckable(True)
            action.setChecked(True)
        self.add_action("quit", "&Quit", self.close, "file", QKeySequence(QKeySequence.StandardKey.Quit))

    def _build_help_menu(self) -> None:
        self.add_action("about", "&About regionmap and data sources", self.show_about, "help")
        self.add_action("keys", "&Keyboard and mouse", self.show_keys, "help")
        # "Quit" stays last in the File menu whatever the features added.
        file_menu = self.menus["file"]
        quit_action = self.actions["quit"]
        file_menu.removeAction(quit_action)
        if file_menu.actions():
            file_menu.addSeparator()
        file_menu.addAction(quit_action)

    def _toggle_measure(self) -> None:
        if self.actions["measure"].isChecked():
            self.canvas.start_measure()
            self.canvas.setFocus()
        else:
            self.canvas.stop_measure()

    def _show_measure(self, text: str) -> None:
        self.hover_label.setText(text or HOVER_HINT)
        self.actions["measure"].setChecked(self.canvas.measuring)

    def _pan_step(self, dx: int, dy: int) -> None:
        self.canvas.pan_pixels(dx * self.canvas.width() / 4, dy * self.canvas.height() / 4)

    def _toggle_overlay(self, attribute: str) -> None:
        setattr(self.canvas, attribute, not getattr(self.canvas, attribute))
        self.canvas.update()

    def _install_features(self) -> None:
        from app.features import FEATURE_MODULES

        for name in FEATURE_MODULES:
            try:
                module = importlib.import_module(name)
                module.install(self)
            except Exception as exc:  # one broken feature must not keep the map from opening
                from layers.userdirs import log_exception

                where = log_exception(exc, f"installing {name}")
                self.show_message(f"Part of the application could not start ({name}: {exc}); "
                                  f"details in {where}", "error")
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
        detail = f"details in {where}" if where else "details could not be logged"
        prefix = f"{context}: " if context else ""
        self.show_error(f"{prefix}unexpected {type(exc).__name__}: {exc} ({detail})")

    def run_task(self, title: str, fn: Callable[..., Any], *args: Any, on_done: Callable[[Any], None] | None = None,
                 on_error: Callable[[BaseException], None] | None = None, **kwargs: Any) -> TaskHandle:
        """Start ``fn`` in the background; errors go to the message bar unless ``on_error`` is given."""
        return self.task_runner.start(title, fn, *args, on_done=on_done,
                                      on_error=on_error or (lambda exc: self.report_exception(exc, title)), **kwargs)

    def _task_finished(self, handle: TaskHandle) -> None:
        if handle.status == "cancelled":
            self.statusBar().showMessage(f"{handle.title}: cancelled", 4000)
        elif handle.status == "failed" and handle.on_error is None and handle.error is not None:
            self.report_exception(handle.error, handle.title)
        elif handle.status == "done":
            self.statusBar().showMessage(f"{handle.title}: done in {handle.elapsed:.1f} s", 4000)

    # ---- schematic banner -----------------------------------------------------------------------------------
    def _on_document(self, event: Event) -> None:
        if event.type == "region":
            with contextlib.suppress(RuntimeError):  # the window is being deleted
                self._update_banner()

    def _load_official_boundaries(self) -> None:
        action = self.actions.get("load_official_boundaries")
        if action is not None:
            action.trigger()
        else:
            self.show_message("Loading official boundaries is not available in this build; open a boundary file "
                              "(GeoPackage, Shapefile, GeoJSON) with fields 'code' and 'name' instead.", "warning")

    def _update_banner(self) -> None:
        if self.document.region.schematic:
            if self._banner is None or self._banner not in self.message_bar.items():
                self._banner = self.message_bar.show(SCHEMATIC_BANNER, "warning", LOAD_BOUNDARIES_TEXT,
                                                     self._load_official_boundaries)
        elif self._banner is not None:
            self._banner.dismiss()
            self._banner = None

    def banner_visible(self) -> bool:
        return self._banner is not None and self._banner in self.message_bar.items()

    # ---- status bar -----------------------------------------------------------------------------------------
    def _show_cursor(self, x: float, y: float) -> None:
        self.coord_label.setText(self.format_coordinates(x, y))

    @staticmethod
    def format_coordinates(x: float, y: float) -> str:
        text = f"E {x:,.0f}  N {y:,.0f} m (EPSG:3067)".replace(",", " ")
        try:
            from layers.crs import transformer

            lon, lat = transformer("EPSG:3067", "EPSG:4326").transform(x, y)
        except Exception:
            return text
        ns, ew = ("N" if lat >= 0 else "S"), ("E" if lon >= 0 else "W")
        return f"{text}   {abs(lat):.5f}° {ns}  {abs(lon):.5f}° {ew}"

    def _show_scale(self) -> None:
        from layers.scale import format_scale

        self.scale_label.setText(format_scale(self.canvas.scale_denominator()))

    def _show_hover(self, hit: object) -> None:
        from app.map.identify import Hit, feature_label

        if self.canvas.measuring:
            return
        if isinstance(hit, Hit):
            self.hover_label.setText(f"{hit.layer.name}: {feature_label(hit.layer, hit.row)}")
        else:
            self.hover_label.setText(HOVER_HINT)

    def _show_identify(self, hits: list, x: float, y: float) -> None:
        self.identify_dock.panel.show_hits(hits, f"E {x:,.0f} N {y:,.0f}".replace(",", " "))
        if hits:
            self.identify_dock.show()
            self.identify_dock.raise_()

    # ---- files ----------------------------------------------------------------------------------------------
    def open_paths(self, paths: Iterable[str | Path]) -> list[Path]:
        """Offer each path to the handlers in order (first returning True wins); returns the unhandled ones."""
        unhandled: list[Path] = []
        for raw in paths:
            path = Path(raw).expanduser()
            if not path.exists():
                self.show_error(f"{path}: no such file; check the name and the folder")
                unhandled.append(path)
                continue
            handled = False
            for handler in list(self.path_handlers):
                try:
                    if handler(path):
                        handled = True
                        break
                except UserError as exc:
                    self.show_error(str(exc))
                    handled = True
                    break
                except Exception as exc:
                    self.report_exception(exc, f"opening {path.name}")
                    handled = True
                    break
            if not handled:
                unhandled.append(path)
                self.show_error(f"{path.name}: regionmap cannot open this kind of file here; open GeoPackage, "
                                "Shapefile, GeoJSON, CSV with coordinates or a regionmap project")
        return unhandled

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
                self.report_exception(exc, "closing")
                ok = False
            if not ok:
                event.ignore()
                return
        self.task_runner.cancel_all()
        event.accept()

    # ---- help -----------------------------------------------------------------------------------------------
    def sources_html(self) -> str:
        """Data sources and licences: the region's, then each layer's own (parts already listed are not repeated)."""
        seen: set[str] = set()
        region_items: list[str] = []
        for part in self.document.region.attribution.split(";"):
            part = part.strip()
            if part and part not in seen:
                seen.add(part)
                region_items.append(f"<li>{html.escape(part)}</li>")
        if self.document.region.schematic:
            region_items.append(f"<li>{html.escape(SCHEMATIC_BANNER)}.</li>")
        layer_items: list[str] = []
        for layer in self.document.layers:
            parts = [p.strip() for p in layer.attribution.split(";") if p.strip() and p.strip() not in seen]
            seen.update(parts)
            if parts:
                layer_items.append(f"<li><i>{html.escape(layer.name)}</i>: {html.escape('; '.join(parts))}</li>")
        out = "<p><b>Region</b></p><ul>" + "".join(region_items) + "</ul>"
        if layer_items:
            out += "<p><b>Layers</b></p><ul>" + "".join(layer_items) + "</ul>"
        return out

    def show_about(self) -> None:
        from layers import __version__

        text = (f"<h3>regionmap {html.escape(__version__)}</h3>"
                "<p>Map tool for the regional planners of Helsinki-Uusimaa: municipalities, city hot spots and the "
                "in-between areas with transport, energy and project layers, a coverage check and map exports.</p>"
                "<h4>Data sources and licences</h4>" + self.sources_html())
        box = QMessageBox(self)
        box.setWindowTitle("About regionmap")
        box.setTextFormat(Qt.TextFormat.RichText)
        box.setText(text)
        box.setIconPixmap(self.windowIcon().pixmap(QSize(64, 64)))
        label = box.findChild(QLabel, "qt_msgbox_label")
        if label is not None:
            label.setMinimumWidth(480)
            label.setWordWrap(True)
        box.open()
        self._about_box = box

    def show_keys(self) -> None:
        text = ("<table>"
                "<tr><td>Drag / arrow keys</td><td>pan (Shift+arrow: fine)</td></tr>"
                "<tr><td>Wheel</td><td>zoom around the cursor</td></tr>"
                "<tr><td>+ / -</td><td>zoom in / out</td></tr>"
                "<tr><td>Home, Ctrl+Shift+H</td><td>zoom to the region</td></tr>"
                "<tr><td>Click</td><td>identify the features under the cursor</td></tr>"
                "<tr><td>Right-click</td><td>zoom here, identify, copy coordinates</td></tr>"
                "<tr><td>Middle-drag</td><td>pan</td></tr>"
                "<tr><td>Ctrl+Shift+M</td><td>measure a distance (right-click finishes, Esc clears)</td></tr>"
                "</table>")
        box = QMessageBox(self)
        box.setWindowTitle("Keyboard and mouse")
        box.setTextFormat(Qt.TextFormat.RichText)
        box.setText(text)
        box.open()
        self._keys_box = box
