"""``regionmap check`` keeps the one-line error convention whatever the file is called (issue #20, finding 8):
control characters in a path (a newline, a tab, a terminal escape, undecodable bytes) are escaped in the last
stderr line, and files named with ``;`` or a driver prefix are read as files."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from layers.commands import check
from layers.commands.support import one_line, run_command

POINT = {"type": "FeatureCollection", "features": [
    {"type": "Feature", "properties": {}, "geometry": {"type": "Point", "coordinates": [24.93, 60.17]}}]}


def _check(path: Path, capsys) -> tuple[int, str, str]:
    code = run_command(check.main, [str(path)], "check")
    out, err = capsys.readouterr()
    return code, out, err


def _one_error_line(err: str) -> str:
    assert err.endswith("\n") and err.count("\n") == 1, repr(err)
    line = err[:-1]
    assert line.startswith("regionmap: ") and line.isprintable(), repr(line)
    return line


@pytest.mark.parametrize("stem", ["bad\nname", "tab\tname", "esc\x1b[31mred", "cr\rname", "bell\x07"])
def test_a_control_character_in_the_name_stays_on_one_escaped_line(tmp_path, capsys, stem):
    path = tmp_path / f"{stem}.geojson"
    path.write_text("not json")
    code, _, err = _check(path, capsys)
    assert code == 2
    line = _one_error_line(err)
    assert one_line(str(path)) in line and "not JSON" in line


def test_undecodable_bytes_in_a_name_are_escaped_not_a_crash(tmp_path, capsys):
    path = Path(os.fsdecode(os.fsencode(tmp_path) + b"/caf\xe9.geojson"))
    path.write_text("not json")
    code, _, err = _check(path, capsys)
    assert code == 2
    assert "\\udce9" in _one_error_line(err)


@pytest.mark.parametrize("stem", ["roads; 2024", "GeoJSON:x", "a!b"])
def test_names_gdal_would_misread_are_checked_as_files(tmp_path, capsys, stem):
    path = tmp_path / f"{stem}.geojson"
    path.write_text(json.dumps(POINT))
    code, out, err = _check(path, capsys)
    assert code == 0 and "features: 1" in out and not err


def test_a_relative_name_with_a_driver_prefix_is_checked_as_a_file(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    Path("GeoJSON:x.geojson").write_text(json.dumps(POINT))
    code, out, err = _check(Path("GeoJSON:x.geojson"), capsys)
    assert code == 0 and "features: 1" in out and not err


NAME_CHARS = st.characters(blacklist_categories=("Cs",), blacklist_characters="/\0")


@settings(max_examples=40, deadline=None, suppress_health_check=list(HealthCheck))
@given(stem=st.text(NAME_CHARS, min_size=1, max_size=40), broken=st.booleans())
def test_any_name_ends_in_exactly_one_error_line_or_a_summary(tmp_path_factory, capsys, stem, broken):
    name = f"{stem}.geojson"
    if len(os.fsencode(name)) > 255:
        return
    path = tmp_path_factory.mktemp("names") / name
    path.write_text("{ broken" if broken else json.dumps(POINT))
    capsys.readouterr()
    code, out, err = _check(path, capsys)
    if broken:
        assert code == 2
        assert one_line(str(path)) in _one_error_line(err)
    else:
        assert code == 0 and "features: 1" in out and not err


def test_one_line_escapes_only_what_would_break_the_line():
    assert one_line("plain: Mäntsälä, 50 % ok") == "plain: Mäntsälä, 50 % ok"
    assert one_line("a\nb\tc\x1b") == "a\\nb\\tc\\x1b"
    assert one_line("back\\slash") == "back\\\\slash"


def test_check_limits_prints_the_limits_in_force(monkeypatch, capsys):
    monkeypatch.setenv("REGIONMAP_MAX_FEATURES", "1234")
    assert run_command(check.main, ["--limits"], "check") == 0
    out = capsys.readouterr().out
    assert "REGIONMAP_MAX_FEATURES=1234" in out and "REGIONMAP_MAX_FILE_MB=2048" in out
    assert run_command(check.main, [], "check") == 2
    assert capsys.readouterr().err.startswith("regionmap: regionmap check: give a FILE")
