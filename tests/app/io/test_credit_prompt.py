"""On load: a file whose metadata credits nobody gets one non-blocking "Add source and licence…" message; the
dialog offers the last answers; a file with a credit gives the layer that credit and asks nothing."""

from __future__ import annotations

import json

import pytest

from app.io.credit_prompt import CreditDialog, apply_credit, offer_credit
from tests.app.io.test_io_actions import _drop, _stations_geojson, window  # noqa: F401

pytestmark = pytest.mark.gui
OFFER = "Add source and licence…"


def _offers(window) -> list:  # noqa: F811
    return [(item, button) for item in window.message_bar.items()
            for button in [item.action_button, *item.extra_buttons] if button is not None and button.text() == OFFER]


def test_a_file_without_credit_is_asked_about_once_and_the_answer_is_remembered(window, settings, tmp_path,  # noqa: F811
                                                                                 qtbot) -> None:
    _drop(window, [_stations_geojson(tmp_path / "asemat.geojson")])
    layer = window.document.layers.by_name("asemat")
    assert layer is not None and layer.attribution == ""
    ((offer, button),) = _offers(window)  # on the load's own message, beside "Zoom to layer"
    assert "Added 'asemat'" in offer.text and "licence not stated" in button.toolTip()
    assert offer.action_button is not None and offer.action_button.text() == "Zoom to layer"
    assert [i for i in window.message_bar.items() if 'asemat' in i.text] == [offer]  # one message per load
    button.click()  # opens the dialog without blocking
    dialog = next(w for w in window.findChildren(CreditDialog) if w.isVisible())
    assert dialog.text() == "" and dialog.text_box.count() == 0  # nothing answered before
    dialog.text_box.setCurrentText("Fintraffic / digitraffic.fi, CC BY 4.0")
    dialog.accept()
    assert layer.attribution == "Fintraffic / digitraffic.fi, CC BY 4.0"
    assert settings.recent_credits() == ["Fintraffic / digitraffic.fi, CC BY 4.0"]
    window.session.undo_stack.undo()
    assert layer.attribution == ""  # one undo step, like the layer panel's field
    window.session.undo_stack.redo()
    second = CreditDialog(layer.__class__(layer.data, "other"), settings.recent_credits())
    qtbot.addWidget(second)
    assert second.text() == "Fintraffic / digitraffic.fi, CC BY 4.0"  # the last answer is offered first
    assert not apply_credit(window, layer.__class__(layer.data, "gone"), "x", settings)  # not on the map: nothing


def test_a_file_with_a_credit_is_not_asked_about(window, settings, tmp_path) -> None:  # noqa: F811
    path = tmp_path / "credited.geojson"
    stations = json.loads(_stations_geojson(tmp_path / "s.geojson").read_text())
    path.write_text(json.dumps({**stations, "attribution": "© HSL", "license": "CC BY 4.0"}), encoding="utf-8")
    _drop(window, [path])
    layer = window.document.layers.by_name("credited")
    assert layer is not None and layer.attribution == "© HSL, CC BY 4.0"
    assert _offers(window) == []
    assert offer_credit(window, layer, "the GeoJSON's attribution and license") is None
    layer.attribution = ""
    alone = offer_credit(window, layer)  # without the load's message: one of its own
    assert alone is not None and alone.action_button.text() == OFFER


def test_recent_credits_survive_commas_quotes_and_keep_the_latest_first(settings) -> None:
    for text in ("A, CC BY 4.0", 'B "quoted"; CC0', "A, CC BY 4.0", " ", *(f"T{i}" for i in range(10))):
        settings.add_recent_credit(text)
    recent = settings.recent_credits()
    assert recent[:2] == ["T9", "T8"] and len(recent) == 8
    settings.add_recent_credit('B "quoted"; CC0')
    assert settings.recent_credits()[0] == 'B "quoted"; CC0'
    settings.qsettings.setValue("credits/recent", "not json")
    assert settings.recent_credits() == []
