"""Per-user settings in the platform's normal place (QSettings, organisation and application "regionmap").

Window geometry and state, recent project files, the last folder per purpose, the basemap and the language.  Setting
``REGIONMAP_SETTINGS_FILE`` (tests do) keeps everything in that INI file instead, never the real home.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QSettings

ORGANISATION = "regionmap"
APPLICATION = "regionmap"
SETTINGS_ENV = "REGIONMAP_SETTINGS_FILE"
MAX_RECENT = 10


class Settings:
    def __init__(self, path: str | Path | None = None) -> None:
        file = path or os.environ.get(SETTINGS_ENV)
        if file:
            self.qsettings = QSettings(str(file), QSettings.Format.IniFormat)
        else:
            self.qsettings = QSettings(ORGANISATION, APPLICATION)

    @property
    def file_name(self) -> str:
        return self.qsettings.fileName()

    def _get(self, key: str, default: Any = None) -> Any:
        return self.qsettings.value(key, default)

    def _set(self, key: str, value: Any) -> None:
        self.qsettings.setValue(key, value)
        self.qsettings.sync()

    # ---- recent projects ------------------------------------------------------------------------------------
    def recent_projects(self, existing_only: bool = True) -> list[Path]:
        raw = self._get("recent/projects", [])
        if isinstance(raw, str):  # QSettings returns a single string for a one-item list in INI files
            raw = [raw]
        paths = [Path(p) for p in raw or [] if p]
        return [p for p in paths if p.exists()] if existing_only else paths

    def add_recent_project(self, path: str | Path) -> list[Path]:
        path = Path(path).resolve()
        paths = [p for p in self.recent_projects(existing_only=False) if p != path]
        paths = [path, *paths][:MAX_RECENT]
        self._set("recent/projects", [str(p) for p in paths])
        return paths

    def remove_recent_project(self, path: str | Path) -> None:
        target = Path(path).resolve()
        self._set("recent/projects", [str(p) for p in self.recent_projects(existing_only=False) if p != target])

    def clear_recent_projects(self) -> None:
        self._set("recent/projects", [])

    # ---- folders --------------------------------------------------------------------------------------------
    def last_folder(self, purpose: str = "project") -> Path:
        """The folder last used for ``purpose`` (``project``, ``data``, ``export``...), else the home folder."""
        value = self._get(f"folders/{purpose}")
        folder = Path(str(value)) if value else None
        return folder if folder is not None and folder.is_dir() else Path.home()

    def set_last_folder(self, purpose: str, path: str | Path) -> None:
        p = Path(path)
        self._set(f"folders/{purpose}", str(p if p.is_dir() else p.parent))

    # ---- basemap --------------------------------------------------------------------------------------------
    def basemap(self, default: str = "none") -> str:
        return str(self._get("map/basemap", default) or default)

    def set_basemap(self, name: str) -> None:
        self._set("map/basemap", name)

    # ---- language -------------------------------------------------------------------------------------------
    def language(self) -> str | None:
        """The language chosen in the settings dialog (``en``, ``fi``, ``sv``), None for the system's."""
        value = str(self._get("ui/language", "") or "")
        return value or None

    def set_language(self, code: str | None) -> None:
        self._set("ui/language", code or "")

    def name_style(self) -> str:
        """How place names are written (:data:`layers.names.STYLES`): the interface language's, or both."""
        from layers.names import STYLES

        value = str(self._get("ui/names", "") or "")
        return value if value in STYLES else STYLES[0]

    def set_name_style(self, style: str) -> None:
        self._set("ui/names", style)

    # ---- window ---------------------------------------------------------------------------------------------
    def save_window(self, window: Any) -> None:
        self.qsettings.setValue("window/geometry", window.saveGeometry())
        self.qsettings.setValue("window/state", window.saveState())
        self.qsettings.sync()

    def restore_window(self, window: Any) -> bool:
        """Restore geometry and dock/toolbar state; False when nothing was saved yet."""
        geometry = self._get("window/geometry")
        state = self._get("window/state")
        restored = False
        if isinstance(geometry, QByteArray | bytes) and not QByteArray(geometry).isEmpty():
            restored = bool(window.restoreGeometry(QByteArray(geometry)))
        if isinstance(state, QByteArray | bytes) and not QByteArray(state).isEmpty():
            restored = bool(window.restoreState(QByteArray(state))) or restored
        return restored
