"""Project files: one GeoPackage holding every layer plus the project state as versioned JSON.

``save_project(document, path, progress, cancelled)`` writes atomically; ``load_project(path, progress,
cancelled)`` rebuilds the document; :mod:`layers.project.recovery` keeps an autosaved copy for crash recovery.
"""

from __future__ import annotations

from layers.project.load import load_project, read_state
from layers.project.save import save_project

__all__ = ["load_project", "read_state", "save_project"]
