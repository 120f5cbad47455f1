"""Issue 19: a download in the window speaks the interface language end to end.  Against a loopback WFS (no
network), Region > Download population grid… under svenska shows its progress in Swedish in the status bar's task
line (texts written in layers/ and translated there), and under suomi a fault's message bar line is Finnish, the
service's reason (HTTP 500) quoted as it came."""

from __future__ import annotations

import pytest

from tests.app.io.test_population_download import server, window  # noqa: F401  (fixtures: one loopback WFS set-up)

pytestmark = [pytest.mark.gui, pytest.mark.timeout(120)]


def test_the_progress_of_a_download_reaches_the_window_in_swedish(window, server, language) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    language("sv")
    status = window.status_line.task_status
    shown: list[str] = []
    window.task_runner.progress.connect(lambda *_: shown.append(status.label.text()))  # after the label's update
    window.action("download_population").trigger()
    assert window.task_runner.wait_idle(60)
    title = "Laddar ner befolkningsrutnätet"
    host = server.url.split("//")[1].split("/")[0]
    assert shown and all(text.startswith(title) for text in shown), shown
    assert f"{title}: frågar {host} vilka år den erbjuder" in shown
    assert any(text.startswith(f"{title}: befolkningsrutnät 2023: ") and text.endswith(" objekt") for text in shown)
    assert f"{title}: 24 objekt" in shown
    assert not [t for t in shown if "features" in t or "asking" in t or "connecting" in t or "downloaded" in t]
    assert window.message_bar.texts()[-1].startswith("Tillagt 'Befolkning 1 km 2023': rutor 24, invånare 10\u202f291 "
                                                    "(Befolkningsrutnät 1 km 2023: Statistikcentralen, CC BY 4.0)")


def test_a_wfs_fault_is_a_finnish_line_in_the_message_bar(window, server, language) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    language("fi")
    server.mode = "500"
    before = [lyr.name for lyr in window.document.layers]
    window.action("download_population").trigger()
    assert window.task_runner.wait_idle(60)
    text = window.message_bar.texts()[-1]
    assert text.startswith("Väestöruudukkoa ei ladattu: ") and "palvelin vastasi HTTP 500" in text, text
    assert "tarkista osoite ja tason nimi tai lataa aineisto tiedostosta" in text
    assert "the server answered" not in text and "check the" not in text
    assert [lyr.name for lyr in window.document.layers] == before
