"""Shared fixtures: the real open data in ../shared/data (skipped where absent) and the default document."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("REGIONMAP_SHARED_DATA", ROOT.parent / "shared" / "data"))

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["REGIONMAP_LANG"] = "en"  # tests read English texts whatever the machine's locale; i18n tests override


@pytest.fixture(scope="session")
def shared_data() -> Path:
    """The folder of real open data; tests using it skip with a reason where it is absent."""
    if not SHARED.is_dir():
        pytest.skip(f"real test data not found at {SHARED} (present in CI; set REGIONMAP_SHARED_DATA)")
    return SHARED


@pytest.fixture(scope="session")
def default_region():
    from layers.region import default_region as make

    return make()


@pytest.fixture()
def document():
    from layers.document import MapDocument

    return MapDocument.default()


@pytest.fixture(scope="session", autouse=True)
def _widgets_application_first(qapp):
    """One QApplication (widgets) for the whole run, made before any test: page rendering makes a plain
    QGuiApplication when none runs (as the export command needs), and a window built after that in the same
    process aborts Qt, so whichever order the tests run in (-k, one folder, the whole tree) the widgets one is
    there first."""
    return qapp


@pytest.fixture(autouse=True)
def _isolated_user_dirs(tmp_path_factory, monkeypatch):
    """Keep caches, logs, settings and app data of every test out of the real home folder.

    The cache (the start-up cache of the default region, logs) and the config folder are shared by the whole
    session, so windows and subprocesses start fast.  The data folder (autosaves, downloaded boundaries) is the
    test's own: an autosave one test leaves can never make another test's window offer crash recovery.  Being
    autouse and function-scoped, this runs before any fixture of the test that makes a window.
    """
    base = tmp_path_factory.getbasetemp() / "home"
    monkeypatch.setenv("XDG_CACHE_HOME", str(base / "cache"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(base / "config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path_factory.mktemp("xdg-data")))


@pytest.fixture()
def bare_window(qtbot, document):
    """A shown 1200x800 MainWindow on the default document with no feature modules installed."""
    from app.main_window import MainWindow

    w = MainWindow(document, install_features=False)
    qtbot.addWidget(w)
    w.resize(1200, 800)
    w.show()
    qtbot.waitExposed(w)
    yield w
    w.close_guards.clear()


@pytest.fixture()
def feature_window(qtbot, document):
    """``make(*features, size=None)``: a shown MainWindow on the default document with only ``features`` installed
    (each module's ``install(window)``, in order); after the test its tasks are cancelled and awaited."""
    from app.main_window import MainWindow

    made = []

    def make(*features, size=None):
        w = MainWindow(document, install_features=False)
        for feature in features:
            feature.install(w)
        qtbot.addWidget(w)
        if size is not None:
            w.resize(*size)
        w.show()
        qtbot.waitExposed(w)
        made.append(w)
        return w

    yield make
    for w in made:
        w.task_runner.cancel_all()
        w.task_runner.wait_idle(10)
        w.close_guards.clear()


@pytest.fixture()
def settings(tmp_path, monkeypatch):
    """The app's settings in a file of the test's own (REGIONMAP_SETTINGS_FILE points the app there too)."""
    from app.settings import Settings

    path = tmp_path / "settings.ini"
    monkeypatch.setenv("REGIONMAP_SETTINGS_FILE", str(path))
    return Settings(path)


@pytest.fixture()
def language(monkeypatch):  # type: ignore[no-untyped-def]
    """``use(code)``: the process's language for layers/ (``REGIONMAP_LANG``); English again after the test.  The
    window's tests (tests/app/conftest.py) install Qt's translators as well."""
    from layers import i18n

    def use(code: str) -> str:
        monkeypatch.setenv("REGIONMAP_LANG", code)
        got = i18n.set_language(None)
        assert got == code
        return got

    yield use
    monkeypatch.setenv("REGIONMAP_LANG", "en")
    i18n.set_language(None)
