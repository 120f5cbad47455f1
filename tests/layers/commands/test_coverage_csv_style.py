"""``regionmap coverage --format csv --csv-style fi``: the Finnish spreadsheet convention (``;``, decimal comma,
UTF-8 with a byte-order mark), the same columns and numbers as the plain CSV, read back by pandas."""

from __future__ import annotations

import io
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[3]


def run_cli(*args: object) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "app.cli", "coverage", *map(str, args)], cwd=ROOT,
                          capture_output=True, text=True, timeout=300)


@pytest.fixture(scope="module")
def stations(shared_data):  # type: ignore[no-untyped-def]
    return shared_data / "fi_rail_stations_digitraffic_2024.geojson"


def test_the_finnish_csv_reads_back_as_the_plain_one(stations, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    import pandas as pd

    plain, finnish = tmp_path / "plain.csv", tmp_path / "fi.csv"
    for out, style in ((plain, "plain"), (finnish, "fi")):
        done = run_cli("--layer", f"{stations}:1500", "--format", "csv", "--csv-style", style, "--out", out)
        assert done.returncode == 0, done.stderr
    raw = finnish.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # UTF-8 with a byte-order mark, so that Excel reads ä and ö
    header = raw[3:].split(b"\r\n", 1)[0].decode("utf-8")
    assert header.startswith("municipality;") and "," not in header  # the column names stay English
    assert "Järvenpää" in raw.decode("utf-8-sig") and ";0," in raw.decode("utf-8-sig")  # a decimal comma
    a = pd.read_csv(plain, dtype={"code": str})
    b = pd.read_csv(finnish, sep=";", decimal=",", encoding="utf-8-sig", dtype={"code": str})
    assert list(a.columns) == list(b.columns) and len(a) == len(b) == 52
    assert b["covered_share"].dtype.kind == "f" and b["area_km2"].sum() > 8000  # numbers, not text
    pd.testing.assert_frame_equal(a, b)


def test_the_finnish_style_needs_the_csv_format() -> None:
    done = run_cli("--layer", "x.geojson", "--csv-style", "fi")
    assert done.returncode == 2
    assert done.stderr.strip().splitlines()[-1] == ("regionmap: --csv-style fi: applies to --format csv; add "
                                                   "--format csv or drop it")


def test_the_converter_keeps_codes_and_text_and_escapes_formulas() -> None:
    from layers.io.write import finnish_csv

    text = finnish_csv('code,name,share,n\n091,"Helsinki, keskusta",0.25,3\n049,=cmd(),-1.5e-3,10\n')
    rows = text.split("\r\n")
    assert rows[0] == "code;name;share;n"
    assert rows[1] == "091;Helsinki, keskusta;0,25;3"
    assert rows[2] == "049;'=cmd();-1,5e-3;10"
    import pandas as pd

    back = pd.read_csv(io.StringIO(text), sep=";", decimal=",", dtype={"code": str})
    assert back["share"].tolist() == [0.25, -0.0015]
