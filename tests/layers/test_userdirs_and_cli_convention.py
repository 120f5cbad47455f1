"""layers.userdirs (the user's folders and the error log) and layers.commands.support (the CLI error convention)."""

from __future__ import annotations

from pathlib import Path

import pytest

from layers.commands.support import EXIT_ERROR, ArgumentParser, run_command
from layers.errors import Cancelled, UserError
from layers.userdirs import cache_dir, data_dir, log_exception, log_path


def test_folders_follow_the_xdg_variables(monkeypatch, tmp_path) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "c"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "d"))
    assert cache_dir() == tmp_path / "c" / "regionmap"
    assert data_dir() == tmp_path / "d" / "regionmap"
    assert log_path() == tmp_path / "c" / "regionmap" / "regionmap.log"
    monkeypatch.delenv("XDG_DATA_HOME")
    assert data_dir() == Path.home() / ".local" / "share" / "regionmap"


def test_log_exception_appends_the_traceback(monkeypatch, tmp_path) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    try:
        raise RuntimeError("boom")
    except RuntimeError as exc:
        first = log_exception(exc, "first")
        second = log_exception(exc, "second")
    assert first == second == log_path()
    text = log_path().read_text(encoding="utf-8")
    assert text.count("RuntimeError: boom") == 2 and "first" in text and "second" in text


def test_log_exception_returns_none_when_the_log_cannot_be_written(monkeypatch, tmp_path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocker))
    assert log_exception(RuntimeError("x")) is None


def _last_stderr_line(capsys) -> str:
    return capsys.readouterr().err.strip().splitlines()[-1]


@pytest.mark.parametrize(("error", "expected"), [
    (UserError("data.csv: no such file; check the path"), "regionmap: data.csv: no such file; check the path"),
    (Cancelled(), "regionmap: test: cancelled"),
    (KeyboardInterrupt(), "regionmap: test: interrupted by the user"),
])
def test_errors_end_with_exit_2_and_one_regionmap_line(capsys, error: BaseException, expected: str) -> None:
    def command(_argv):
        raise error

    assert run_command(command, [], "test") == EXIT_ERROR == 2
    assert _last_stderr_line(capsys) == expected


def test_an_unexpected_error_is_logged_and_named(monkeypatch, tmp_path, capsys) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))

    def command(_argv):
        raise ZeroDivisionError("division by zero")

    assert run_command(command, [], "test") == 2
    err = capsys.readouterr().err
    line = err.strip().splitlines()[-1]
    assert line.startswith("regionmap: test: unexpected ZeroDivisionError") and str(log_path()) in line
    assert "Traceback" not in err and "Traceback" in log_path().read_text(encoding="utf-8")


def test_argument_errors_follow_the_convention(capsys) -> None:
    parser = ArgumentParser(prog="regionmap check")
    parser.add_argument("--size", type=int)
    assert run_command(lambda argv: parser.parse_args(argv) and 0, ["--size", "big"], "check") == 2
    line = _last_stderr_line(capsys)
    assert line.startswith("regionmap: regionmap check: argument --size") and "see 'regionmap check --help'" in line
    assert run_command(lambda argv: 0, [], "check") == 0
