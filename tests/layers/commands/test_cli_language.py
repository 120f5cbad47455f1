"""The command line's errors in the interface language: still ``regionmap: ...`` as the last stderr line and exit
code 2, only the words after the prefix change (REGIONMAP_LANG, or the locale)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[3]


def _run(args: list[str], **env: str) -> subprocess.CompletedProcess[str]:
    clean = {k: v for k, v in os.environ.items() if k not in ("REGIONMAP_LANG", "LC_ALL", "LC_MESSAGES", "LANG",
                                                              "LANGUAGE")}
    return subprocess.run([sys.executable, "-m", "app.cli", *args], cwd=ROOT, capture_output=True, text=True,
                          env={**clean, **env}, timeout=120)


@pytest.mark.parametrize(("env", "expected"), [
    ({"REGIONMAP_LANG": "en"}, "regionmap: --target 2x: give a share such as 0.9 or 90%"),
    ({"REGIONMAP_LANG": "fi"}, "regionmap: --target 2x: anna osuus, esim. 0.9 tai 90%"),
    ({"LANG": "sv_FI.UTF-8"}, "regionmap: --target 2x: ange en andel, t.ex. 0.9 eller 90%"),
])
def test_an_argument_error_is_in_the_language_with_the_prefix_and_exit_code(env, expected) -> None:  # type: ignore[no-untyped-def]
    done = _run(["coverage", "--target", "2x"], **env)
    assert done.returncode == 2
    assert done.stderr.strip().splitlines()[-1] == expected
    assert "Traceback" not in done.stderr


def test_a_file_error_under_fi_names_the_file_in_finnish(tmp_path: Path) -> None:
    out = tmp_path / "map.txt"
    done = _run(["project", str(out)], REGIONMAP_LANG="fi")
    assert done.returncode == 2
    last = done.stderr.strip().splitlines()[-1]
    assert last.startswith("regionmap: ") and str(out) in last
    assert "projektitiedoston nimen on päätyttävä .gpkg" in last and "map.gpkg" in last


def test_a_hostile_file_name_stays_one_line_in_every_language(tmp_path: Path) -> None:
    """The translated template is filled after translation: a name with braces or a newline is data, never part
    of the template (no KeyError, no second line)."""
    name = tmp_path / "{exc}\nx{0}.txt"
    done = _run(["project", str(name)], REGIONMAP_LANG="sv")
    assert done.returncode == 2
    lines = done.stderr.strip().splitlines()
    assert lines[-1].startswith("regionmap: ") and "{exc}\\nx{0}.txt" in lines[-1]
    assert "projektfil måste sluta på .gpkg" in lines[-1]
