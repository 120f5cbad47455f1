"""Feature modules installed into the main window, in order.

Each named module has ``install(window: MainWindow) -> None`` and may add menus entries, docks, actions
(``window.actions[...]``), path handlers (``window.path_handlers``) and close guards (``window.close_guards``).
"""

from __future__ import annotations

FEATURE_MODULES: list[str] = [
    "app.layerlist.panel",
    "app.io.loader",
    "app.io.boundaries_dialog",
    "app.export.dialog",
    "app.project.actions",
    "app.coverage.panel",
]
