"""The language and number conventions of layers/ and the command line (no Qt), and the shipped catalogues."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from layers import i18n

ROOT = Path(__file__).resolve().parents[2]
CATALOGUES = sorted((ROOT / "resources" / "i18n").glob("regionmap_*.ts"))


@pytest.fixture()
def env(monkeypatch):  # type: ignore[no-untyped-def]
    for var in ("REGIONMAP_LANG", "LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        monkeypatch.delenv(var, raising=False)
    yield monkeypatch
    monkeypatch.setenv("REGIONMAP_LANG", "en")
    i18n.set_language(None)


@pytest.mark.parametrize(("variables", "expected"), [
    ({"LANG": "fi_FI.UTF-8"}, "fi"),
    ({"LANG": "sv_FI.UTF-8"}, "sv"),
    ({"LC_ALL": "sv_SE.UTF-8", "LANG": "fi_FI.UTF-8"}, "sv"),  # LC_ALL comes first, as in POSIX
    ({"LANG": "de_DE.UTF-8"}, "en"),  # a language we do not have: English
    ({"LANG": "C.UTF-8"}, "en"),
    ({"LANG": "C", "LANGUAGE": "fi:en"}, "fi"),
    ({"LANG": "fi_FI.UTF-8", "REGIONMAP_LANG": "sv"}, "sv"),  # our own variable wins
    ({}, "en"),
])
def test_the_language_follows_the_locale_and_our_variable(env, variables, expected) -> None:  # type: ignore[no-untyped-def]
    for name, value in variables.items():
        env.setenv(name, value)
    assert i18n.language_from_environment() == expected


def test_a_saved_choice_beats_the_locale_but_not_the_variable(env) -> None:  # type: ignore[no-untyped-def]
    env.setenv("LANG", "fi_FI.UTF-8")
    assert i18n.set_language("sv") == "sv"
    assert i18n.set_language("xx") == "fi"  # an unknown saved value: the locale's
    env.setenv("REGIONMAP_LANG", "en")
    assert i18n.set_language("sv") == "en"


def test_translate_uses_the_shipped_catalogue_and_falls_back_to_english(env) -> None:  # type: ignore[no-untyped-def]
    i18n.set_language("fi")
    assert i18n.translate("SettingsDialog", "Settings") == "Asetukset"
    assert i18n.translate("SettingsDialog", "no such text") == "no such text"
    i18n.set_language("sv")
    assert i18n.translate("SettingsDialog", "Settings") == "Inställningar"
    i18n.set_language("en")
    assert i18n.translate("SettingsDialog", "Settings") == "Settings"


@pytest.mark.parametrize(("code", "number", "percent"), [
    ("en", "1,234,567.9", "62.0\u00a0%"),
    ("fi", "1\u202f234\u202f567,9", "62,0\u00a0%"),
    ("sv", "1\u202f234\u202f567,9", "62,0\u00a0%"),
])
def test_numbers_are_written_as_each_language_writes_them(code: str, number: str, percent: str) -> None:
    assert i18n.format_number(1234567.89, 1, code) == number
    assert i18n.format_percent(0.62, 1, code) == percent


@pytest.mark.parametrize("path", CATALOGUES, ids=[p.stem for p in CATALOGUES])
def test_every_text_of_a_catalogue_is_translated(path: Path) -> None:
    root = ET.parse(path).getroot()
    missing = [m.findtext("source") for m in root.iter("message")
               if (m.find("translation") is None or m.find("translation").get("type") == "unfinished"
                   or not (m.find("translation").text or "").strip())]
    assert CATALOGUES and not missing, f"{path.name}: not translated: {missing[:10]}"


def test_the_catalogues_hold_every_text_the_code_marks(tmp_path: Path) -> None:
    """pyside6-lupdate over app/ and layers/ into a copy finds no text the shipped catalogue lacks."""
    tool = shutil.which("pyside6-lupdate", path=str(Path(sys.executable).parent))
    if tool is None:
        pytest.skip("pyside6-lupdate is not installed beside this Python")
    sources = sorted(str(p) for folder in ("app", "layers") for p in (ROOT / folder).rglob("*.py"))
    for path in CATALOGUES:
        copy = tmp_path / path.name
        copy.write_bytes(path.read_bytes())
        done = subprocess.run([tool, *sources, "-locations", "none", "-ts", str(copy)], capture_output=True,
                              text=True, check=True)
        assert "0 new" in done.stdout, f"{path.name} lacks texts: run `make translations` and translate them\n" \
                                       f"{done.stdout}"


@pytest.mark.parametrize("path", CATALOGUES, ids=[p.stem for p in CATALOGUES])
def test_every_translation_keeps_the_placeholders_of_its_text(path: Path) -> None:
    """A template filled by ``.format`` after translation (``{path}: ...``) fails at run time when a translation
    renames, drops or adds a placeholder: each keeps exactly the source's."""
    import re

    def fields(text: str) -> list[str]:
        return sorted(re.findall(r"\{[^{}]*\}", text))

    root = ET.parse(path).getroot()
    wrong = [(m.findtext("source"), m.findtext("translation")) for m in root.iter("message")
             if "{" in (m.findtext("source") or "") and fields(m.findtext("source") or "")
             != fields(m.findtext("translation") or "")]
    assert not wrong, f"{path.name}: placeholders differ: {wrong[:5]}"
