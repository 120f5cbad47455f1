"""The printed page and the PDF report in the interface language: headings, legend, table and sources page in
Finnish or Swedish (read back with pdftotext), numbers with a decimal comma, municipalities by their Swedish
names under svenska."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[3]
pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext (poppler-utils) is missing")


@pytest.fixture(scope="module")
def stops(tmp_path_factory) -> Path:
    """Three made-up stops (EPSG:4326) near Helsinki, Espoo and Porvoo: test data, not real services."""
    path = tmp_path_factory.mktemp("page_language") / "stops.geojson"
    points = [(24.94, 60.17), (24.66, 60.21), (25.66, 60.39)]
    path.write_text(json.dumps({"type": "FeatureCollection", "features": [
        {"type": "Feature", "properties": {"name": f"stop {i}"}, "geometry": {"type": "Point", "coordinates": p}}
        for i, p in enumerate(points)]}), encoding="utf-8")
    return path


def _report(stops: Path, out: Path, code: str) -> str:
    env = {k: v for k, v in os.environ.items() if k not in ("LANG", "LC_ALL", "LANGUAGE")}
    env.update(REGIONMAP_LANG=code, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run([sys.executable, "-m", "app.cli", "export", "--out", str(out), "--coverage", "--target",
                           "0.5", "--layer", f"{stops}:3000", "--attribution", "test stops, made up"], cwd=ROOT,
                          env=env, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr
    return subprocess.run(["pdftotext", "-layout", str(out), "-"], capture_output=True, text=True,
                          check=True).stdout


def test_the_pdf_report_under_fi_has_finnish_headings(stops: Path, tmp_path: Path) -> None:
    text = _report(stops, tmp_path / "fi.pdf", "fi")
    for heading in ("Selite", "Kattavuustarkastelu", "Kattavuus kunnittain ja vyöhykkeittäin", "Lähteet ja menetelmät",
                    "Aineistolähteet ja lisenssit", "Koordinaattijärjestelmä", "Lähteet:", "Mittakaava", "Sivu 2/"):
        assert heading in text, heading
    for english in ("Legend", "Coverage check", "Sources and methods", "Page 2 of"):
        assert english not in text, english
    assert "ei täyty" in text and "Välialueet" in text and "Keskittymät" in text
    assert "palvelusäde 3 km" in text  # the legend's service radius
    assert ",0 %" in text or ",0\u00a0%" in text  # shares with a decimal comma
    assert "Helsinki" in text and "Helsingfors" not in text


def test_the_pdf_report_under_sv_names_municipalities_in_swedish(stops: Path, tmp_path: Path) -> None:
    text = _report(stops, tmp_path / "sv.pdf", "sv")
    for heading in ("Teckenförklaring", "Täckningskontroll", "Täckning per kommun och zon", "Källor och metoder",
                    "Sida 2 av", "uppfylls inte", "Mellanområden"):
        assert heading in text, heading
    assert "Helsingfors" in text and "Borgå" in text and "Esbo" in text
