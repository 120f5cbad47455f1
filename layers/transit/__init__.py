"""Public transport timetables (GTFS): stops by how often they are served, and route lines by mode.

Qt-free, like the rest of ``layers``.  ``feed`` finds and reads the tables, ``tables`` checks and joins them,
``calendar`` chooses the services of a day, ``service`` counts each stop's departures, ``shapes`` builds route
lines and ``task`` (:func:`run`) puts them together for the window and ``regionmap transit``.

The names below are imported on first use (PEP 562): a module that needs only ``layers.transit.levels`` (the
coverage check's service thresholds) does not import the timetable readers, and pandas with them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from layers.lazy import lazy_names

if TYPE_CHECKING:
    from layers.transit.feed import is_gtfs_path
    from layers.transit.service import SERVICE_CLASSES
    from layers.transit.task import TransitInputs, TransitResult, run

_WHERE = {"is_gtfs_path": "feed", "SERVICE_CLASSES": "service", "TransitInputs": "task", "TransitResult": "task",
          "run": "task"}

__all__ = ["SERVICE_CLASSES", "TransitInputs", "TransitResult", "is_gtfs_path", "run"]


__getattr__, __dir__ = lazy_names("layers.transit", _WHERE, globals())
