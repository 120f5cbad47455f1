"""The menu bar, declared: each menu is a sequence of named groups, separated by lines, and every entry says its
group and its order in it.

Features install in any order and no one reorders another's entries by hand: the File menu reads project
actions, then data, then Quit, whoever added what first.  A menu or group that is not declared here raises, so a
misspelt name cannot put an entry somewhere nobody looks.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QMenuBar

# (key, title, groups in their order); entries of a menu with one group may leave the group out.
MENUS: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("file", "&File", ("project", "data", "quit")),
    ("edit", "&Edit", ("undo", "settings")),
    ("view", "&View", ("zoom", "pan", "tools")),
    ("layer", "&Layer", ("layer",)),
    ("region", "&Region", ("region",)),
    ("analysis", "&Analysis", ("analysis",)),
    ("help", "&Help", ("help",)),
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
    return {key: GroupedMenu(bar.addMenu(title), key, groups) for key, title, groups in MENUS}
