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
