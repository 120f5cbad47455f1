"""The dock's "Distance:" row: straight line or a loaded line layer's network in each mode, Compute along it off
the GUI thread, the straight-line columns shown beside the network ones only then, and the choice making the
result out of date."""

from __future__ import annotations

import pytest

from layers.coverage.labels import zone_word
from layers.coverage.live_numbers import COLUMNS, SECTOR_COLUMNS, STRAIGHT_COLUMNS
from tests.layers.network.network_writer import SQUARES, add_streets_and_stop, two_municipalities

pytestmark = pytest.mark.gui


@pytest.fixture()
def document():
    """West and East, 1 km squares; a 100 m street grid over West only, with a stop on it (300 m)."""

    doc = two_municipalities(*SQUARES)
    add_streets_and_stop(doc)
    return doc


@pytest.fixture()
def panel(bare_window, monkeypatch):
    from app.coverage import panel as coverage_panel
    from app.coverage.panel import CoveragePanel

    coverage_panel.install(bare_window)
    bare_window.actions["coverage"].trigger()
    found = bare_window.findChild(CoveragePanel)
    inputs = found.live.inputs

    def fewer_samples():  # the shares side by side are the point here, not the last per cent
        got = inputs()
        got.target_samples = 4_000
        return got

    monkeypatch.setattr(found.live, "inputs", fewer_samples)
    return found


def west_cells(panel) -> dict[str, str]:
    model = panel.table.model()
    row = next(i for i in range(model.rowCount())
               if model.index(i, 0).data() == "West" and model.index(i, 1).data() == zone_word("in-between"))
    return {COLUMNS[j]: model.index(row, j).data() for j in range(model.columnCount())}


def test_along_the_network_the_table_shows_both_shares_and_the_choice_makes_it_stale(panel, qtbot):
    combo, live = panel.distance_row.layer, panel.live
    texts = [combo.itemText(i) for i in range(combo.count())]
    assert texts == ["straight line", "along network: Streets (walk)", "along network: Streets (bike)",
                     "along network: Streets (car)"]  # the stops are points: not offered as a network
    combo.setCurrentIndex(1)
    assert live.network_choice is not None and live.network_choice.label == "along network: Streets (walk)"
    panel.compute()
    qtbot.waitUntil(lambda: panel.result is not None, timeout=60_000)
    area, straight = SECTOR_COLUMNS["transport"][0], STRAIGHT_COLUMNS["transport"][0]
    assert not panel.table.isColumnHidden(area) and not panel.table.isColumnHidden(straight)
    assert panel.table.isColumnHidden(STRAIGHT_COLUMNS["energy"][0])  # no energy layer
    header = panel.table.horizontalHeader()
    assert header.visualIndex(straight) == header.visualIndex(SECTOR_COLUMNS["transport"][1]) + 1  # beside
    assert panel.table.isColumnHidden(STRAIGHT_COLUMNS["transport"][1])  # by area: no people claimed
    cells = west_cells(panel)
    assert 0 < float(cells["Transport area %"]) < float(cells["Transport straight-line area %"])
    assert "along the network Streets (walk" in panel.status.toPlainText()
    combo.setCurrentIndex(0)
    assert live.network_choice is None and live.stale == "the distance is now straight line"
    assert panel.stale_banner.isVisibleTo(panel)
    panel.compute()
    qtbot.waitUntil(lambda: not live.stale, timeout=60_000)
    assert panel.table.isColumnHidden(straight) and not panel.table.isColumnHidden(area)
    assert float(west_cells(panel)["Transport area %"]) > float(cells["Transport area %"])  # circles reach more


def test_the_snap_limit_is_a_spin_box_along_a_network_only(panel, qtbot):
    row, live = panel.distance_row, panel.live
    assert not row.snap.isEnabled() and row.snap.value() == 200  # straight line: no snapping
    panel.compute()
    qtbot.waitUntil(lambda: panel.result is not None, timeout=60_000)
    row.layer.setCurrentIndex(3)  # along the streets by car
    assert row.snap.isEnabled() and row.snap.value() == 200
    assert panel.stale_banner.isVisibleTo(panel) and live.stale.startswith("the distance is now")
    row.snap.setValue(75)
    assert live.network_choice is not None and live.network_choice.snap_m == 75.0
    assert live.network_choice.mode == "car"
    row.layer.setCurrentIndex(1)  # another mode keeps the limit
    assert live.network_choice.mode == "walk" and live.network_choice.snap_m == 75.0 and row.snap.value() == 75
    row.layer.setCurrentIndex(0)
    assert not row.snap.isEnabled() and live.network_choice is None


def test_along_a_network_the_sliders_move_in_minutes_when_minutes_are_chosen(panel, qtbot):
    from layers.network.profiles import MODES

    row, live = panel.distance_row, panel.live
    assert not row.unit.isEnabled()
    row.layer.setCurrentIndex(1 + MODES.index("walk"))
    assert row.unit.isEnabled()
    row.unit.setCurrentIndex(1)
    assert live.network_choice is not None and live.network_choice.minutes
    row.layer.setCurrentIndex(1 + MODES.index("bike"))  # another mode keeps the unit
    assert live.network_choice.minutes and row.unit.currentText() == "minutes"
    row.layer.setCurrentIndex(1 + MODES.index("walk"))
    panel.compute()
    qtbot.waitUntil(lambda: panel.result is not None, timeout=60_000)
    slider, label = panel.sliders["Stops"], panel._radius_labels["Stops"]
    assert label.text() == "3.5 min" and slider.value() == 7  # 300 m at 5 km/h, in half minutes
    walked = float(west_cells(panel)["Transport area %"])
    slider.setValue(4)  # 2 min, as a key press sets it
    assert live.radii == {"Stops": 2.0} and label.text() == "2 min"
    assert live.network_choice.reach_min == (("Stops", 2.0),)
    assert float(west_cells(panel)["Transport area %"]) < walked
    assert live.layers["Stops"].radius_m == 300.0  # the layer's radius in metres stays
    row.layer.setCurrentIndex(1 + MODES.index("bike"))  # another mode keeps the minutes the slider set
    assert live.network_choice.mode == "bike" and live.network_choice.reach_min == (("Stops", 2.0),)
