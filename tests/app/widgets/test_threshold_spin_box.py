"""The threshold box reads a headway ("every 20 min" is 3 an hour) and steps through the prepared steps."""

from __future__ import annotations

import pytest

from layers.transit.levels import THRESHOLD_STEPS

pytestmark = pytest.mark.gui


@pytest.fixture()
def box(qtbot):
    from app.widgets.threshold_box import threshold_spin_box

    widget = threshold_spin_box()
    qtbot.addWidget(widget)
    return widget


def test_a_typed_headway_is_its_departures_an_hour(box):
    seen = []
    box.valueChanged.connect(seen.append)
    box.lineEdit().setText("every 20 min")
    box.interpretText()
    assert box.value() == 3.0 and seen == [3.0]
    assert box.text() == "≥ 3.0 /h" and box.toolTip().startswith("every 20 min.")
    box.lineEdit().setText("often")  # not a level: the value stays
    box.interpretText()
    assert box.value() == 3.0


def test_the_arrows_step_through_the_prepared_thresholds(box):
    values = []
    for _ in range(len(THRESHOLD_STEPS) + 2):
        box.stepBy(1)
        values.append(box.value())
    assert values == [*THRESHOLD_STEPS, 60.0, 60.0]  # stops at the box's top
    box.setValue(7.0)  # typed off the steps: the arrows go to the neighbouring steps
    box.stepBy(-1)
    assert box.value() == 6.0
    box.stepBy(-20)
    assert box.text() == "any"
