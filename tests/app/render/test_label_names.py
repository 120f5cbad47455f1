"""The map labels municipalities by the one rule of layers/names.py: Swedish under svenska, both names as an
option, Finnish otherwise."""

from __future__ import annotations

import pytest

from layers import i18n, names


@pytest.fixture()
def language(monkeypatch):  # type: ignore[no-untyped-def]
    def choose(code: str) -> None:
        monkeypatch.setenv("REGIONMAP_LANG", code)
        i18n.set_language(None)

    yield choose
    monkeypatch.setenv("REGIONMAP_LANG", "en")
    i18n.set_language(None)
    names.set_name_style("language")


@pytest.mark.parametrize(("code", "style", "porvoo", "askola"), [
    ("fi", "language", "Porvoo", "Askola"),
    ("sv", "language", "Borgå", "Askola"),
    ("sv", "both", "Borgå / Porvoo", "Askola"),
    ("en", "both", "Porvoo / Borgå", "Askola"),
])
def test_area_labels_follow_the_language_and_the_style(language, document, code, style, porvoo, askola) -> None:  # type: ignore[no-untyped-def]
    from layers.labelling import area_labels  # the label engine's texts (the canvas and every page draw them)

    language(code)
    names.set_name_style(style)
    labels = area_labels(document.region_layer)
    assert labels is not None
    anchors, texts = labels.anchors, labels.texts
    assert len(texts) == len(anchors) == 26
    assert porvoo in texts and askola in texts
    if code == "sv" and style == "language":
        assert {"Helsingfors", "Esbo", "Vanda", "Raseborg", "Högfors"} <= set(texts)
        assert "Helsinki" not in texts
