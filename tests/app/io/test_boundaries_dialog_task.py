"""Region > Load official boundaries… never works on the GUI thread: the preview (filtered, clipped to land) and
the hot spots of the new areas come from one task; a newer choice cancels an older preview, whose result is
never shown or used; "Use these boundaries" only applies what the task made (issue 17)."""

from __future__ import annotations

import threading
import time

import pytest

pytestmark = [pytest.mark.gui, pytest.mark.shared_data]

MUNIS = "fi_municipalities_2023_nls.geojson"


def _settle(window, dialog) -> None:
    deadline = time.monotonic() + 60
    while dialog.preview_pending() and time.monotonic() < deadline:
        window.task_runner.wait_idle(0.05)
    assert window.task_runner.wait_idle(60) and not dialog.preview_pending()


@pytest.fixture()
def watched(monkeypatch):
    """The threads that prepared areas and derived hot spots, by name."""
    from layers import document as document_module
    from layers.io import boundaries_preview

    threads: dict[str, list[str]] = {"areas": [], "hot spots": []}
    prepare, derive = boundaries_preview.region_boundaries, document_module.Derivation.derive

    def watched_prepare(*args, **kwargs):
        threads["areas"].append(threading.current_thread().name)
        return prepare(*args, **kwargs)

    def watched_derive(self):
        threads["hot spots"].append(threading.current_thread().name)
        return derive(self)

    monkeypatch.setattr(boundaries_preview, "region_boundaries", watched_prepare)
    monkeypatch.setattr(document_module.Derivation, "derive", watched_derive)
    return threads


def _dialog(window, shared_data, monkeypatch):
    from app.io import boundaries_dialog

    monkeypatch.setattr(boundaries_dialog, "ASK", False)
    dialog = boundaries_dialog.open_dialog(window)
    dialog.from_file.setChecked(True)
    dialog.path_edit.setText(str(shared_data / MUNIS))
    dialog.read_source()
    _settle(window, dialog)
    return dialog


def test_preview_and_hot_spots_are_made_off_the_gui_thread_and_only_applied_on_it(
        bare_window, shared_data, monkeypatch, watched):
    dialog = _dialog(bare_window, shared_data, monkeypatch)
    gui = threading.main_thread().name
    assert watched["areas"] and gui not in watched["areas"]
    assert watched["hot spots"] and gui not in watched["hot spots"]
    assert dialog.prepared is not None and len(dialog.prepared) == 26 and dialog.ok_button.isEnabled()
    made = dialog.prepared_derived
    assert made is not None and made.basis.municipalities is dialog.prepared
    derived_before = len(watched["hot spots"])
    dialog.accept()
    doc = bare_window.document
    assert doc.region.municipalities is dialog.prepared and not doc.region.schematic
    assert doc.hotspot_layer.data is made.hotspots and doc.in_between_layer.data is made.in_between
    assert len(watched["hot spots"]) == derived_before  # nothing derived again on the GUI thread


def test_a_newer_choice_cancels_the_older_preview_and_its_result_is_never_shown(
        bare_window, shared_data, monkeypatch, watched):
    from app.io import boundaries_dialog
    from layers.io import boundaries_preview

    dialog = _dialog(bare_window, shared_data, monkeypatch)
    release, started = threading.Event(), threading.Event()
    prepare = boundaries_preview.region_boundaries

    def slow_prepare(*args, **kwargs):  # the first preview (every area) waits until the newer one has started
        if not started.is_set():
            started.set()
            assert release.wait(30)
        return prepare(*args, **kwargs)

    monkeypatch.setattr(boundaries_preview, "region_boundaries", slow_prepare)
    dialog.filter_mode.setCurrentIndex(dialog.filter_mode.findData(boundaries_dialog.FILTER_NONE))
    old = dialog.preview_task
    assert old is not None and started.wait(30)
    assert dialog.prepared is None and not dialog.ok_button.isEnabled()  # "preparing…": nothing to use yet
    assert "Preparing" in dialog.status.text()
    dialog.filter_mode.setCurrentIndex(dialog.filter_mode.findData(boundaries_dialog.FILTER_CODES))
    assert old.cancel_requested and dialog.preview_task is not old
    release.set()
    _settle(bare_window, dialog)
    assert old.status == "cancelled"
    assert dialog.prepared is not None and len(dialog.prepared) == 26 and "26 areas kept" in dialog.status.text()
    assert old.quiet  # superseded is not news: no "cancelled" in the status bar


def test_a_stale_result_that_arrives_anyway_is_dropped(bare_window, shared_data, monkeypatch):
    from app.io import boundaries_dialog
    from layers.io import boundaries_preview
    from layers.io.region_boundaries import Keep, RegionChoice

    dialog = _dialog(bare_window, shared_data, monkeypatch)
    choice = RegionChoice(Keep.ALL, name_field="NAMEFIN", code_field="NATCODE")
    every = boundaries_preview.run(boundaries_preview.PreviewInputs(dialog.source_data, choice,
                                                                    bare_window.document.land, "NLS"))
    serial = dialog._preview_serial
    dialog.filter_mode.setCurrentIndex(dialog.filter_mode.findData(boundaries_dialog.FILTER_NONE))
    dialog.filter_mode.setCurrentIndex(dialog.filter_mode.findData(boundaries_dialog.FILTER_CODES))
    dialog._preview_ready(serial, every)  # an old task's result, delivered late
    assert dialog.prepared is None
    _settle(bare_window, dialog)
    assert len(dialog.prepared) == 26


def test_closing_the_dialog_cancels_its_preview(bare_window, shared_data, monkeypatch):
    from app.io import boundaries_dialog

    dialog = _dialog(bare_window, shared_data, monkeypatch)
    dialog.filter_mode.setCurrentIndex(dialog.filter_mode.findData(boundaries_dialog.FILTER_NONE))
    task = dialog.preview_task
    assert task is not None
    dialog.reject()
    assert task.cancel_requested
    assert bare_window.task_runner.wait_idle(60)
    assert bare_window.document.region.schematic  # nothing was used


@pytest.mark.parametrize(("code", "words"), [("fi", "Tiedostosta"), ("sv", "Från")])
def test_the_source_a_file_gives_is_named_in_the_language(bare_window, shared_data, monkeypatch, language, code,
                                                          words):
    """The boundaries' credit when read from a file ("From kunnat.gpkg") is in the interface language."""
    language(code)
    dialog = _dialog(bare_window, shared_data, monkeypatch)
    assert dialog.attribution == f"{words} {MUNIS}"
