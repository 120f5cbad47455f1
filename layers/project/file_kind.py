"""What a file given to the window is, where its name does not say: a regionmap project or a GeoPackage of data
(both ``.gpkg``), a GTFS timetable or zipped geodata (both ``.zip``, or a folder).

Telling them apart reads the file (a GeoPackage's SQLite tables, a zip's list of members), so the window asks
:func:`run` off the GUI thread for the paths :func:`needs_a_look` names, and :func:`kind_of` directly only for the
others, where it goes no further than ``stat`` (a feed folder's ``stops.txt``).  The window's path handlers then
take a file by its kind (:data:`PROJECT`, :data:`GTFS`) or by its name (the geodata loader).
"""

from __future__ import annotations

from pathlib import Path

from layers.tasks import CancelledFn, ProgressFn, check_cancelled, never_cancelled, no_progress

PROJECT, GTFS = "project", "gtfs"
LOOK_INSIDE = (".gpkg", ".zip")  # the suffixes whose files are read to know what they are


def needs_a_look(path: Path) -> bool:
    """Whether :func:`kind_of` reads ``path`` (a regular ``.gpkg`` or ``.zip`` file); a stat, nothing more."""
    return path.suffix.lower() in LOOK_INSIDE and path.is_file()


def kind_of(path: Path) -> str | None:
    """:data:`PROJECT`, :data:`GTFS`, or None for anything else (geodata, or a file no one takes): reads a
    ``.gpkg``'s tables or a ``.zip``'s member list, only stats a folder."""
    from layers.project.load import is_project
    from layers.transit.feed import is_gtfs_path

    if path.suffix.lower() == ".gpkg":
        return PROJECT if is_project(path) else None
    return GTFS if is_gtfs_path(path) else None


def run(paths: list[Path], progress: ProgressFn = no_progress,
        cancelled: CancelledFn = never_cancelled) -> dict[Path, str | None]:
    """A task: each path's :func:`kind_of`, in the order given."""
    kinds: dict[Path, str | None] = {}
    for i, path in enumerate(paths):
        check_cancelled(cancelled)
        progress(i / max(len(paths), 1), path.name)
        kinds[path] = kind_of(path)
    return kinds


__all__ = ["GTFS", "LOOK_INSIDE", "PROJECT", "kind_of", "needs_a_look", "run"]
