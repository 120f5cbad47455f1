"""layers.userdirs: the folders come from platformdirs (XDG on Linux) and the log is a rotated logging file."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

import platformdirs
import pytest

from layers import userdirs


def test_the_folders_are_platformdirs_own(monkeypatch, tmp_path):
    monkeypatch.setattr(platformdirs, "user_data_path", lambda app, appauthor=None: tmp_path / "data" / app)
    monkeypatch.setattr(platformdirs, "user_cache_path", lambda app, appauthor=None: tmp_path / "cache" / app)
    assert userdirs.data_dir() == tmp_path / "data" / "regionmap"
    assert userdirs.cache_dir() == tmp_path / "cache" / "regionmap"


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the XDG variables are Linux's")
def test_on_linux_the_xdg_variables_still_move_them(monkeypatch, tmp_path):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "d"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "c"))
    assert userdirs.data_dir() == tmp_path / "d" / "regionmap"
    assert userdirs.log_dir() == userdirs.cache_dir() == tmp_path / "c" / "regionmap"
    monkeypatch.setenv("XDG_CACHE_HOME", "")
    assert userdirs.cache_dir() == Path.home() / ".cache" / "regionmap"


def test_the_log_is_rotated(monkeypatch, tmp_path):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    monkeypatch.setattr(userdirs, "LOG_BYTES", 4000)
    for i in range(40):
        try:
            raise RuntimeError(f"failure {i} " + "x" * 200)
        except RuntimeError as exc:
            assert userdirs.log_exception(exc, f"round {i}") == userdirs.log_path()
    files = sorted(p.name for p in userdirs.log_dir().iterdir())
    assert files == ["regionmap.log", *[f"regionmap.log.{n}" for n in range(1, userdirs.LOG_BACKUPS + 1)]], files
    assert all(p.stat().st_size <= 4000 + 2000 for p in userdirs.log_dir().iterdir())
    assert "failure 39" in userdirs.log_path().read_text(encoding="utf-8")


def test_the_log_follows_the_folder_and_logging_records_reach_it(monkeypatch, tmp_path):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "first"))
    assert userdirs.log_to_file() == tmp_path / "first" / "regionmap" / "regionmap.log"
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "second"))
    path = userdirs.log_to_file()
    assert path == tmp_path / "second" / "regionmap" / "regionmap.log"
    logging.getLogger("regionmap.test").warning("kept for the report")
    assert "kept for the report" in path.read_text(encoding="utf-8")
    assert "kept for the report" not in (tmp_path / "first" / "regionmap" / "regionmap.log").read_text()
