from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from layers.commands.common import parse_layer_arg
from layers.errors import UserError

ROOT = Path(__file__).resolve().parents[2]


def run_cli(*args, timeout=120):
    return subprocess.run([sys.executable, "-m", "app.cli", *args], cwd=ROOT, capture_output=True, text=True,
                          timeout=timeout)


def test_unknown_option_exits_2_with_one_clear_line():
    out = run_cli("coverage", "--no-such-option")
    assert out.returncode == 2
    assert out.stderr.strip().splitlines()[-1].startswith("regionmap: ")
    assert "Traceback" not in out.stderr


def test_help_lists_commands():
    out = run_cli("--help")
    assert out.returncode == 0
    for name in ("check", "coverage", "export", "project"):
        assert name in out.stdout


@pytest.mark.parametrize(("command", "offers"), [("coverage", True), ("export", False), ("site", False),
                                                 ("project", False)])
def test_only_a_command_with_network_offers_a_travel_time_in_its_help(command, offers):
    """``PATH:5min`` is measured along ``--network``, which only ``regionmap coverage`` has."""
    out = run_cli(command, "--help")
    assert out.returncode == 0 and "--layer PATH[:RADIUS_M" in out.stdout
    assert ("MINmin" in out.stdout) is offers and ("--network" in out.stdout) is offers


def test_layer_argument_parses_radius():
    assert parse_layer_arg("stops.geojson:800").radius_m == 800
    assert parse_layer_arg("stops.geojson").radius_m is None
    with pytest.raises(UserError, match="radius"):
        parse_layer_arg("stops.geojson:-5")
    with pytest.raises(UserError, match="radius"):
        parse_layer_arg("stops.geojson:200000")


EXITING = """
import atexit, sys, threading, time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from layers.commands.support import exit_now
out = Path(sys.argv[1])
atexit.register(lambda: (out / "atexit").write_text("ran"))
def late():
    time.sleep(0.3)
    (out / "thread").write_text("done")
threading.Thread(target=late).start()
pool = ThreadPoolExecutor(1)  # never shut down: the interpreter's exit would wait for its work
pool.submit(lambda: (time.sleep(0.2), (out / "pool").write_text("done")))
sys.stdout.write("x" * 200_000)
exit_now(3)
"""


def test_a_command_ends_with_its_code_after_its_threads_exit_handlers_and_output(tmp_path):
    """``exit_now`` leaves out only the interpreter's teardown: the threads still running finish, the exit
    handlers run and buffered output is written, then the process ends with the command's code."""
    proc = subprocess.run([sys.executable, "-c", EXITING, str(tmp_path)], cwd=ROOT, capture_output=True, text=True,
                          timeout=60)
    assert proc.returncode == 3, proc.stderr
    assert proc.stdout == "x" * 200_000
    assert [(tmp_path / f).read_text() for f in ("atexit", "thread", "pool")] == ["ran", "done", "done"]

