"""Feature modules installed into the main window, in order.

Each named module has ``install(window: MainWindow) -> None`` and may add menus entries, docks, actions
(``window.actions[...]``), path handlers (``window.path_handlers``) and close guards (``window.close_guards``).
"""

from __future__ import annotations

FEATURE_MODULES: list[str] = [
    "app.layer_panel",
    "app.io_actions",
    "app.boundaries_dialog",
    "app.export_dialog",
    "app.project_actions",
    "app.coverage_panel",
]
