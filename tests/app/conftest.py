"""Fixtures of the window's tests."""

from __future__ import annotations

import pytest


@pytest.fixture()
def language(qapp, monkeypatch):  # type: ignore[no-untyped-def]
    """``use(code)`` installs the window's translators and the process's language for ``code``; English again
    after the test."""
    from app import i18n

    def use(code: str) -> str:
        monkeypatch.setenv("REGIONMAP_LANG", code)
        got = i18n.install(qapp)
        assert got == code
        return got

    yield use
    monkeypatch.setenv("REGIONMAP_LANG", "en")
    i18n.install(qapp)
