"""Issue 19: the command line's other output lines in the interface language.  ``wrote ...``, the download
summaries and the ``warning:`` lines are Finnish or Swedish under REGIONMAP_LANG=fi or sv and English under en;
the prefixes ``warning: `` and ``regionmap: ``, the exit codes, paths, numbers' digits and option names stay, so
scripts that look for the prefixes keep working."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import geopandas as gpd
import pytest
import shapely

from tests.layers.io.population_server import PopulationWfs, grid_cells

ROOT = Path(__file__).resolve().parents[3]
pytestmark = pytest.mark.timeout(300)


def run(args: list[str], code: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE")}
    return subprocess.run([sys.executable, "-m", "app.cli", *args], cwd=ROOT, capture_output=True, text=True,
                          env={**env, "REGIONMAP_LANG": code}, timeout=240)


@pytest.fixture(scope="module")
def two_of_uusimaa(tmp_path_factory) -> Path:
    """Helsinki and Espoo as two squares: a --region file with 2 of the 26 municipalities (a warning)."""
    path = tmp_path_factory.mktemp("region") / "two.geojson"
    gpd.GeoDataFrame({"code": ["091", "049"], "name": ["Helsinki", "Espoo"]},
                     geometry=[shapely.box(380_000, 6_672_000, 392_000, 6_684_000),
                               shapely.box(366_000, 6_672_000, 380_000, 6_684_000)], crs=3067).to_file(path)
    return path


@pytest.mark.parametrize(("code", "warning", "wrote"), [
    ("en", "has 2 of the 26 Helsinki-Uusimaa municipalities; missing codes: 018, ", "wrote {out}: {n} layers"),
    ("fi", "Helsinki-Uudenmaan 26 kunnasta mukana 2; puuttuvat numerot: 018, ", "kirjoitettu {out}: tasoja {n}"),
    ("sv", "har 2 av de 26 kommunerna i Helsingfors-Nyland; saknade nummer: 018, ", "skrev {out}: {n} lager"),
])
def test_wrote_and_warning_lines_follow_the_language(two_of_uusimaa, tmp_path, code, warning, wrote) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "plan.gpkg"
    done = run(["project", str(out), "--region", str(two_of_uusimaa)], code)
    assert done.returncode == 0, done.stderr
    warnings = [line for line in done.stderr.splitlines() if line.startswith("warning: ")]
    assert len(warnings) == 1 and warnings[0].startswith(f"warning: {two_of_uusimaa}: {warning}")
    lines = done.stdout.splitlines()
    assert len(lines) >= 4 and lines[0] == wrote.format(out=out, n=len(lines) - 1)  # then one line per layer
    assert all(line.startswith("  ") for line in lines[1:])
    if code != "en":
        assert not done.stdout.startswith("wrote ") and " features" not in done.stdout
        assert "has 2 of" not in done.stderr


@pytest.mark.parametrize(("code", "first", "cache"), [
    ("en", "population grid 1 km 2023 (vaestoruutu:vaki2023_1km) for the built-in Helsinki-Uusimaa region: 24 "
           "cells, 10,291 people; 5 cells with fewer than 10 inhabitants (their age groups are unknown)",
     "cache: "),
    ("fi", "väestöruudukko 1 km 2023 (vaestoruutu:vaki2023_1km), sisäänrakennettu Helsinki-Uusimaa: ruutuja 24, "
           "asukkaita 10\u202f291; ruutuja, joissa alle 10 asukasta: 5 (niiden ikäryhmät ovat tuntemattomia)",
     "välimuisti: "),
])
def test_the_download_summary_follows_the_language(tmp_path, code, first, cache) -> None:  # type: ignore[no-untyped-def]
    server = PopulationWfs(grid_cells())
    try:
        out = tmp_path / "people.gpkg"
        done = run(["download", "population", "--url", server.url, "--out", str(out)], code)
        assert done.returncode == 0, done.stderr
        lines = done.stdout.splitlines()
        assert lines[0] == first
        assert lines[2].startswith(cache) and str(out) in lines[-1]
        server.mode = "500"  # a fault: exit 2, the prefix, the rest in the language
        failed = run(["download", "population", "--url", server.url, "--year", "2024", "--refresh"], code)
        assert failed.returncode == 2
        last = failed.stderr.strip().splitlines()[-1]
        assert last.startswith("regionmap: 127.0.0.1:") and "HTTP 500" in last
        assert ("palvelin vastasi" if code == "fi" else "the server answered") in last
    finally:
        server.stop()


def test_a_timetable_summary_and_its_wrote_line_in_swedish(tmp_path, monkeypatch, capsys) -> None:  # type: ignore[no-untyped-def]
    """In process (no subprocess start): the feed's summary and the wrote line under sv, the day given (angiven) as
    the feed's own reason, the stop and route counts as numbers."""
    from app.cli import main
    from layers import i18n
    from tests.layers.transit.gtfs_writer import write_feed

    feed = write_feed(tmp_path / "f.zip")
    out = tmp_path / "stops.gpkg"
    monkeypatch.setenv("REGIONMAP_LANG", "sv")
    i18n.set_language(None)
    try:
        assert main(["transit", str(feed), "--day", "2024-01-02", "--window", "07-09", "--out", str(out)]) == 0
    finally:
        monkeypatch.setenv("REGIONMAP_LANG", "en")
        i18n.set_language(None)
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith("f.zip: 4 hållplatser 2024-01-02 (angiven), avgångar 07:00-09:00: ")
    assert lines[1].endswith(" linjer")
    assert lines[-1] == f"skrev {out}: 4 hållplatser; linjerna i {out} (lager routes)"
