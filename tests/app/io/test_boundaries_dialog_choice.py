"""The boundaries dialog prepares the region with the same function and choice as ``--region`` (issue 12)."""

from __future__ import annotations

import pytest

from tests.app.io.test_boundaries_dialog_task import MUNIS, _dialog

pytestmark = [pytest.mark.gui, pytest.mark.shared_data]


def test_the_dialogs_default_is_the_command_lines_default(bare_window, shared_data, monkeypatch):
    from app.io import boundaries_dialog
    from layers.io import read_layer
    from layers.io.region_boundaries import Keep, RegionChoice, region_boundaries

    dialog = _dialog(bare_window, shared_data, monkeypatch)  # the file read, its preview made
    # what `regionmap coverage --region FILE` uses without --codes/--all (fields guessed the same way)
    assert dialog.region_choice() == RegionChoice.uusimaa(name_field="NAMEFIN", code_field="NATCODE")
    expected = region_boundaries(read_layer(shared_data / MUNIS).data, RegionChoice.uusimaa(),
                                 land=bare_window.document.land).data
    got = dialog.prepared
    assert got is not None and list(got.columns) == list(expected.columns) and len(got) == 26
    assert got.drop(columns="geometry").equals(expected.drop(columns="geometry"))
    assert got.geometry.geom_equals(expected.geometry).all()
    dialog.filter_mode.setCurrentIndex(dialog.filter_mode.findData(boundaries_dialog.FILTER_NONE))
    assert bare_window.task_runner.wait_idle(60)  # the preview is a task
    assert dialog.region_choice().keep == Keep.ALL and dialog.prepared is not None
    assert len(dialog.prepared) > 26  # every area that reaches the land outline, still clipped to it
    helsinki = dialog.prepared.set_index("name").loc["Helsinki", "land_area_km2"]
    assert helsinki == pytest.approx(expected.set_index("name").loc["Helsinki", "land_area_km2"])
    dialog.filter_mode.setCurrentIndex(dialog.filter_mode.findData(boundaries_dialog.FILTER_CODES))
    assert bare_window.task_runner.wait_idle(60)
    assert "26 areas kept" in dialog.status.text()
