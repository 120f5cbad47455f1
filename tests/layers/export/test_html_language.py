"""The HTML map in the interface language: the page's lang, the legend and the municipality labels by the names
rule (Swedish under svenska), with the other name in the tooltip."""

from __future__ import annotations

import pytest

from layers import i18n


@pytest.fixture()
def swedish(monkeypatch):  # type: ignore[no-untyped-def]
    monkeypatch.setenv("REGIONMAP_LANG", "sv")
    i18n.set_language(None)
    yield
    monkeypatch.setenv("REGIONMAP_LANG", "en")
    i18n.set_language(None)


def test_the_html_map_under_sv(swedish, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from layers.document import MapDocument
    from layers.export.html_map import HtmlOptions, build_page, export_html

    doc = MapDocument.default()
    parts, _ = build_page(doc, HtmlOptions())
    labels = {label["t"] for label in parts.data["labels"]}
    assert {"Helsingfors", "Borgå", "Raseborg", "Askola"} <= labels and "Helsinki" not in labels
    assert parts.data["labelsName"] == "Kommunnamn"
    region = next(s for s in parts.data["layers"] if s["name"] == doc.region_layer.name == "Kommuner (schematiska)")
    tips = {f["properties"]["tip"]["t"] for f in region["features"]["features"]}
    assert "Borgå (Porvoo)" in tips and "Askola" in tips
    out = tmp_path / "map.html"
    export_html(doc, out, HtmlOptions())
    page = out.read_text(encoding="utf-8")
    assert '<html lang="sv">' in page and "Teckenförklaring" in page and "visade i Web Mercator" in page
