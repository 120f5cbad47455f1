"""What a feature module may use of the main window: :class:`WindowApi`, plus a typed registry of the installed
features (:class:`Features`).

Every feature's ``install(window: WindowApi)`` gets the window through this protocol only, so a type checker
catches a feature that reaches for something the window does not offer or that sets attributes on it.  Features
never import each other: where one needs another's object (the command line needs the loader) the owner registers
it under a :class:`FeatureKey` and the user looks it up, typed, in ``window.features``.  The shared state of the
open map is ``window.session`` (:class:`~layers.session.Session`: document, undo stack, unsaved changes, the live
coverage check).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any, Generic, Protocol, TypeAlias, TypeVar, cast

if TYPE_CHECKING:
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QAction, QKeySequence
    from PySide6.QtWidgets import QDockWidget, QMainWindow, QMenu

    from app.tasks.runner import TaskHandle, TaskRunner
    from app.widgets.message_bar import MessageItem
    from layers.crs import Extent
    from layers.document import MapDocument
    from layers.model import Layer
    from layers.session import Session

T = TypeVar("T")

Shortcut: TypeAlias = "str | QKeySequence | Iterable[QKeySequence]"
PathHandler = Callable[[Path, "str | None"], bool]  # (path, its kind: layers.project.file_kind); True: taken
CloseGuard = Callable[[], bool]  # False: do not close


class FeatureKey(Generic[T]):
    """Names an installed feature's object and says its type: ``LOADER: FeatureKey[Loader] = FeatureKey("loader")``."""

    def __init__(self, name: str) -> None:
        self.name = name

    def __repr__(self) -> str:
        return f"FeatureKey({self.name!r})"


class Features:
    """The objects installed features registered, by key (one per key)."""

    def __init__(self) -> None:
        self._installed: dict[FeatureKey[Any], object] = {}

    def add(self, key: FeatureKey[T], feature: T) -> T:
        if key in self._installed:
            raise ValueError(f"{key.name} is installed twice")
        self._installed[key] = feature
        return feature

    def get(self, key: FeatureKey[T]) -> T | None:
        """The object registered under ``key``; None when that feature is not installed."""
        return cast("T | None", self._installed.get(key))

    def require(self, key: FeatureKey[T]) -> T:
        feature = self.get(key)
        if feature is None:
            raise LookupError(f"{key.name} is not installed in this window")
        return feature


class MapView(Protocol):
    """What features may do with the map canvas (:class:`app.map.canvas.MapCanvas` implements it); typed here so
    that no feature folder depends on the map folder."""

    def extent(self) -> Extent: ...

    def set_extent(self, extent: Extent) -> None: ...

    def zoom_to_extent(self, extent: Extent, margin: float = 0.04) -> None: ...

    def zoom_to_layer(self, layer: Layer) -> None: ...

    def set_highlight(self, layer: Layer | None, rows: list[int]) -> None: ...

    def to_map(self, px: float, py: float) -> tuple[float, float]: ...  # widget pixels to EPSG:3067

    identify_enabled: bool  # whether a click identifies (off while a tool takes the clicks, e.g. Pick on map)


class WindowApi(Protocol):
    """The main window as features see it (:class:`app.main_window.MainWindow` implements it)."""

    @property
    def session(self) -> Session: ...

    @property
    def document(self) -> MapDocument: ...  # the session's

    @property
    def canvas(self) -> MapView: ...

    @property
    def task_runner(self) -> TaskRunner: ...

    @property
    def features(self) -> Features: ...

    @property
    def qt_window(self) -> QMainWindow: ...  # the parent for dialogs, menus and docks

    def add_action(self, key: str, text: str, slot: Callable[[], object], menu: str | None = None, *,
                   group: str | None = None, order: int = 0, shortcut: Shortcut | None = None, tip: str = "",
                   checkable: bool = False) -> QAction:
        """Register ``actions[key]``; with ``menu``, place it in that menu's ``group`` (see :mod:`app.menus`),
        sorted by ``order``."""
        ...

    def add_menu(self, key: str, title: str, menu: str, *, group: str | None = None, order: int = 0) -> QMenu:
        """A submenu placed like an action."""
        ...

    def action(self, key: str) -> QAction | None: ...

    def add_dock(self, dock: QDockWidget, area: Qt.DockWidgetArea, *, tabify_with: QDockWidget | None = None,
                 visible: bool = True) -> QDockWidget: ...

    def show_message(self, text: str, level: str = "info", action_text: str | None = None,
                     action: Callable[[], None] | None = None, timeout_ms: int | None = None) -> MessageItem | None:
        ...

    def show_error(self, text: str) -> MessageItem | None: ...

    def show_status(self, text: str, timeout_ms: int = 4000) -> None: ...

    def report_exception(self, exc: BaseException, context: str = "") -> None: ...

    def run_task(self, title: str, fn: Callable[..., Any], *args: Any, on_done: Callable[[Any], None] | None = None,
                 on_error: Callable[[BaseException], None] | None = None, **kwargs: Any) -> TaskHandle: ...

    def zoom_to(self, bounds: Extent, margin: float = 0.04) -> None: ...

    def open_paths(self, paths: Iterable[str | Path]) -> list[Path]: ...

    def add_path_handler(self, handler: PathHandler, *, first: bool = False) -> None:
        """Offer files (opened, dropped, on the command line) to ``handler``; ``first``: before the others."""
        ...

    def add_close_guard(self, guard: CloseGuard) -> None: ...
