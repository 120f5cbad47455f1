"""Public transport timetables (GTFS): stops by how often they are served, and route lines by mode.

Qt-free, like the rest of ``layers``.  ``feed`` finds and reads the tables, ``tables`` checks and joins them,
``calendar`` chooses the services of a day, ``service`` counts each stop's departures, ``shapes`` builds route
lines and ``task`` (:func:`run`) puts them together for the window and ``regionmap transit``.
"""

from __future__ import annotations

from layers.transit.feed import is_gtfs_path
from layers.transit.service import SERVICE_CLASSES
from layers.transit.task import TransitInputs, TransitResult, run

__all__ = ["SERVICE_CLASSES", "TransitInputs", "TransitResult", "is_gtfs_path", "run"]
