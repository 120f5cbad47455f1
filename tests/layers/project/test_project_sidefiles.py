"""Saving over a project beside stale SQLite side files (``P.gpkg-journal``, ``P.gpkg-wal``/``-shm``).

Finding 3 of the safety review: a program that crashed in a transaction leaves them; ``os.replace`` kept them
beside the new file, and SQLite paired them with it, so a save that exited 0 left a file that the next open
called "attempt to write a readonly database" or "malformed database schema".  Now a save either lands whole
(the side files settled into the old file, or moved aside, and said so) or fails loudly.
"""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from layers.errors import UserError
from layers.project import load_project, save_project

ROOT = Path(__file__).resolve().parents[3]
SIDE = ("-journal", "-wal", "-shm")

# A "GIS editor" that changes the project and is killed with SIGKILL in the middle (journal) or after committing
# to a WAL that was never checkpointed (wal); or that keeps the file open until told to go (live-*).
EDITOR = textwrap.dedent("""
    import os, sqlite3, sys
    mode, path = sys.argv[1], sys.argv[2]
    con = sqlite3.connect(path)
    if mode in ("wal", "live-wal"):
        con.execute("PRAGMA journal_mode=WAL")
        con.execute("PRAGMA wal_autocheckpoint=0")
    else:
        con.execute("PRAGMA cache_size=1")  # spill pages to the file early, so the journal is hot
        con.execute("BEGIN")
    con.execute("CREATE TABLE editor_edits(x)")
    for i in range(3000 if mode == "wal" else 20000):
        con.execute("INSERT INTO editor_edits VALUES (randomblob(200))")
    con.execute("UPDATE gpkg_contents SET description = 'edited'")
    if mode == "wal":
        con.commit()
    if mode.startswith("live"):
        if mode == "live-wal":
            con.commit()
        print("ready", flush=True)
        sys.stdin.readline()
        sys.exit(0)
    os.kill(os.getpid(), 9)
""")


def run_editor(mode: str, path: Path) -> None:
    subprocess.run([sys.executable, "-c", EDITOR, mode, str(path)], timeout=120, check=False)


def new_version(document):
    """A document that differs from the one saved first (one more layer), so a mix-up cannot go unseen."""
    import geopandas as gpd
    from shapely.geometry import Point

    from layers.model import Layer

    points = gpd.GeoDataFrame({"n": list(range(500))},
                              geometry=[Point(380_000 + 10 * i, 6_670_000 + 10 * i) for i in range(500)], crs=3067)
    document.layers.append(Layer(points, "New points"))
    return document


def assert_whole(path: Path, names: list[str]) -> None:
    """``path`` opens read-only as the project with ``names``, and stays whole after a read-write open."""
    assert [lyr.name for lyr in load_project(path).layers] == names
    con = sqlite3.connect(path)
    try:
        assert con.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert con.execute("SELECT count(*) FROM sqlite_master WHERE name = 'editor_edits'").fetchone() == (0,)
    finally:
        con.close()
    assert [lyr.name for lyr in load_project(path).layers] == names
    assert not [p for p in path.parent.iterdir() if ".saving-" in p.name]  # no temporary file left


@pytest.mark.parametrize("mode", ["journal", "wal"])
def test_save_over_a_crashed_editors_side_files_lands_whole(document, tmp_path, caplog, mode: str) -> None:
    target = save_project(document, tmp_path / "P.gpkg")
    run_editor(mode, target)
    left = [s for s in SIDE if Path(f"{target}{s}").exists()]
    assert left and left[0] == ("-journal" if mode == "journal" else "-wal")  # the crash really left them
    newer = new_version(document)
    save_project(newer, target)
    assert_whole(target, [lyr.name for lyr in newer.layers])
    assert not [s for s in SIDE if Path(f"{target}{s}").exists()]
    assert any(f"P.gpkg{left[0]}" in r.getMessage() for r in caplog.records)  # and it says what it did


def test_what_was_done_is_given_to_the_caller(document, tmp_path) -> None:
    target = save_project(document, tmp_path / "P.gpkg")
    run_editor("journal", target)
    notes: list[str] = []
    seen: list[str] = []
    save_project(document, target, progress=lambda f, m="": seen.append(m), notes=notes)
    assert len(notes) == 1 and "found P.gpkg-journal left by a program that stopped" in notes[0]
    assert notes[0] in seen  # shown as progress too (the app's status line)


def test_save_refuses_while_another_program_has_the_project_open(document, tmp_path) -> None:
    target = save_project(document, tmp_path / "P.gpkg")
    names = [lyr.name for lyr in document.layers]
    editor = subprocess.Popen([sys.executable, "-c", EDITOR, "live-wal", str(target)], stdin=subprocess.PIPE,
                              stdout=subprocess.PIPE, text=True)
    try:
        assert editor.stdout.readline().strip() == "ready"
        with pytest.raises(UserError, match=r"open in another program.*close the project there.*nothing was saved"):
            save_project(new_version(document), target)
        assert Path(f"{target}-wal").exists()  # the other program's files are left alone
    finally:
        editor.communicate("\n", timeout=60)
    assert [lyr.name for lyr in load_project(target).layers] == names  # the old project is intact
    assert not [p for p in tmp_path.iterdir() if ".saving-" in p.name]


def test_side_files_without_their_database_are_moved_aside(document, tmp_path, caplog) -> None:
    old = save_project(document, tmp_path / "P.gpkg")
    run_editor("journal", old)
    old.unlink()  # the project was deleted, its crashed editor's journal was not
    assert Path(f"{old}-journal").exists()
    newer = new_version(document)
    save_project(newer, tmp_path / "P.gpkg")
    assert_whole(tmp_path / "P.gpkg", [lyr.name for lyr in newer.layers])
    notes = [r.getMessage() for r in caplog.records]
    kept = [p.name for p in tmp_path.iterdir() if ".stale-" in p.name]
    assert len(kept) == 1 and kept[0].startswith("P.gpkg-journal.stale-")
    assert any("without their database" in n for n in notes) and any(kept[0] in n for n in notes)


def test_side_files_of_a_damaged_old_file_are_moved_aside(document, tmp_path, caplog) -> None:
    target = save_project(document, tmp_path / "P.gpkg")
    run_editor("journal", target)
    target.write_bytes(b"not a database any more" * 100)
    newer = new_version(document)
    save_project(newer, target)
    assert not Path(f"{target}-journal").exists()  # SQLite used it up, or it was moved aside
    assert_whole(target, [lyr.name for lyr in newer.layers])
    notes = [r.getMessage() for r in caplog.records]
    assert any("P.gpkg-journal" in n and "could not take them back" in n for n in notes)


@given(junk=st.dictionaries(st.sampled_from(SIDE), st.binary(max_size=5000), min_size=1))
@settings(max_examples=6, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_any_stale_side_files_never_damage_the_saved_file(default_region, tmp_path_factory, junk) -> None:
    """Whatever bytes lie beside the old project (valid-looking or not), the new file opens whole."""
    from layers.document import MapDocument

    folder = tmp_path_factory.mktemp("junk")
    document = MapDocument(default_region)
    target = save_project(document, folder / "P.gpkg")
    run_editor("wal", target)  # a real WAL first, then the junk over some of the files
    for suffix, data in junk.items():
        Path(f"{target}{suffix}").write_bytes(data)
    newer = new_version(document)
    save_project(newer, target)
    assert_whole(target, [lyr.name for lyr in newer.layers])
    assert not [s for s in SIDE if Path(f"{target}{s}").exists()]


def test_the_command_line_says_what_it_did(document, tmp_path) -> None:
    target = save_project(document, tmp_path / "P.gpkg")
    run_editor("journal", target)
    proc = subprocess.run([sys.executable, "-m", "app.cli", "project", str(target), "--quiet"], capture_output=True,
                          text=True, cwd=ROOT, timeout=180, env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin",
                                                                 "HOME": str(tmp_path)})
    assert proc.returncode == 0, proc.stderr
    assert "P.gpkg-journal" in proc.stderr and "Traceback" not in proc.stderr
    assert not Path(f"{target}-journal").exists()
    load_project(target)
