"""Feature modules installed into the main window, in order.

Each named module has ``install(window: app.window_api.WindowApi)``: it adds actions to the declared menu groups
(:mod:`app.menus`), docks, path handlers and close guards through that API, may register its object under a
:class:`~app.window_api.FeatureKey` for others to look up in ``window.features`` (and returns it), and shares the
open map through ``window.session``.  Features never import one another, so the order here only decides which
path handler is asked first among equals.
"""

from __future__ import annotations

FEATURE_MODULES: list[str] = [
    "app.layerlist.panel",
    "app.io.loader",
    "app.io.gtfs_open",  # GTFS timetables (asked before the loader, which takes zips too)
    "app.io.boundaries_dialog",
    "app.io.population_download",
    "app.io.urban_rural_download",  # SYKE's urban-rural classes as the coverage zones (issue 13)
    "app.export.dialog",
    "app.project.actions",
    "app.coverage.panel",
    "app.preferences.dialog",
    "app.network.reach",
    "app.transit.day_dialog",  # timetable day and window (issue 14)
    "app.transit.connections_dialog",  # hot spots connected by timetable (issue 14)
    "app.siting.dialog",
]
