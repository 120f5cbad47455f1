"""The menu bar, declared: each menu is a sequence of named groups, separated by lines, and every entry says its
group and its order in it.

Features install in any order and no one reorders another's entries by hand: the File menu reads project
actions, then data, then Quit, whoever added what first.  A menu or group that is not declared here raises, so a
misspelt name cannot put an entry somewhere nobody looks.

Planner habits live here too: QGIS's shortcuts for the actions that mean the same (:data:`QGIS_SHORTCUTS`) and
the main toolbar (:data:`TOOLBAR`), both applied by the window as features register their actions.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QMenuBar, QToolBar

# (key, title, groups in their order); entries of a menu with one group may leave the group out.  Titles are the
# English sources, shown as QCoreApplication.translate("menus", title).
MENUS: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("file", str(QT_TRANSLATE_NOOP("menus", "&File")), ("project", "data", "quit")),
    ("edit", str(QT_TRANSLATE_NOOP("menus", "&Edit")), ("undo", "settings")),
    ("view", str(QT_TRANSLATE_NOOP("menus", "&View")), ("zoom", "pan", "tools")),
    ("layer", str(QT_TRANSLATE_NOOP("menus", "&Layer")), ("layer",)),
    ("region", str(QT_TRANSLATE_NOOP("menus", "&Region")), ("region",)),
    ("analysis", str(QT_TRANSLATE_NOOP("menus", "&Analysis")),
     ("coverage", "timetable", "network", "siting", "scenarios")),
    ("help", str(QT_TRANSLATE_NOOP("menus", "&Help")), ("help",)),
)


@dataclass(frozen=True)
class _Entry:
    group: int
    order: int
    seq: int  # entries with the same order keep the order they were added in
    action: QAction


class GroupedMenu:
    """One menu whose entries stay sorted by group (in the declared order) and by order within a group."""

    def __init__(self, menu: QMenu, key: str, groups: tuple[str, ...]) -> None:
        self.menu = menu
        self.key = key
        self.groups = groups
        self._entries: list[_Entry] = []
        self._separators: list[QAction] = []

    def group_index(self, group: str | None) -> int:
        if group is None:
            if len(self.groups) == 1:
                return 0
            raise ValueError(f"the {self.key} menu has the groups {', '.join(self.groups)}: say which one")
        try:
            return self.groups.index(group)
        except ValueError:
            raise ValueError(f"the {self.key} menu has no group {group!r} (it has: {', '.join(self.groups)})") \
                from None

    def add(self, action: QAction, group: str | None = None, order: int = 0) -> None:
        self._entries.append(_Entry(self.group_index(group), order, len(self._entries), action))
        self._rebuild()

    def _rebuild(self) -> None:
        for action in self.menu.actions():
            self.menu.removeAction(action)
        for separator in self._separators:
            separator.deleteLater()
        self._separators = []
        previous: int | None = None
        for entry in sorted(self._entries, key=lambda e: (e.group, e.order, e.seq)):
            if previous is not None and entry.group != previous:
                self._separators.append(self.menu.addSeparator())
            self.menu.addAction(entry.action)
            previous = entry.group


def build_menus(bar: QMenuBar) -> dict[str, GroupedMenu]:
    """The declared menus, in :data:`MENUS` order, on ``bar``."""
    return {key: GroupedMenu(bar.addMenu(QCoreApplication.translate("menus", title)), key, groups)
            for key, title, groups in MENUS}


# QGIS's shortcuts where regionmap's action means the same thing, so that planners' hands need not relearn:
# they replace whatever shortcut the feature gave its action (the features keep no opinion on QGIS habits).
QGIS_SHORTCUTS: dict[str, tuple[str, ...]] = {
    "open_project": ("Ctrl+O", "Ctrl+Shift+O"),  # QGIS: Project > Open
    "open_file": ("Ctrl+Shift+V",),  # QGIS: Layer > Add vector layer
    "attribute_table": ("F6",),
    "layer_style": ("F7",),  # QGIS: the layer styling panel
    "remove_layer": ("Ctrl+D",),
    "zoom_region": ("Ctrl+Shift+F", "Home"),  # QGIS: zoom full (its Ctrl+Shift+H hides every layer)
    "identify_panel": ("Ctrl+Shift+I",),
}

# The main toolbar, in order; None is a separator.  Actions a window lacks (a feature not installed) are left out.
TOOLBAR: tuple[str | None, ...] = ("open_project", "save_project", None, "open_file", None, "zoom_region",
                                   "identify_panel", None, "coverage")


def apply_qgis_shortcuts(key: str, action: QAction) -> None:
    """Give ``action`` QGIS's shortcuts if :data:`QGIS_SHORTCUTS` has its ``key``."""
    keys = QGIS_SHORTCUTS.get(key)
    if keys is not None:
        action.setShortcuts([QKeySequence(k) for k in keys])


class MainToolbar:
    """The toolbar of :data:`TOOLBAR`: actions join it as features register them, always in the declared order.

    Actions are inserted in place, never removed and re-added: a toolbar that drops a dock's toggle action (the
    identify panel's) deletes it.  A separator shows only between two groups that both have actions."""

    def __init__(self, toolbar: QToolBar) -> None:
        self.toolbar = toolbar
        self._placed: dict[int, QAction] = {}  # TOOLBAR index -> action or separator
        for index, slot in enumerate(TOOLBAR):
            if slot is None:
                self._placed[index] = toolbar.addSeparator()
        self._update_separators()

    def offer(self, key: str, action: QAction) -> None:
        if key not in TOOLBAR:
            return
        index = TOOLBAR.index(key)
        if index in self._placed:
            return
        after = [i for i in sorted(self._placed) if i > index]
        if after:
            self.toolbar.insertAction(self._placed[after[0]], action)
        else:
            self.toolbar.addAction(action)
        self._placed[index] = action
        self._update_separators()

    def _update_separators(self) -> None:
        for index, item in self._placed.items():
            if TOOLBAR[index] is None:
                before = any(TOOLBAR[i] is not None for i in self._placed if i < index)
                after = any(TOOLBAR[i] is not None for i in self._placed if i > index)
                item.setVisible(before and after)
