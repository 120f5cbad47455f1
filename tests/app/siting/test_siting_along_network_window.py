"""Analysis > What each facility adds… and Compare scenarios… in the window when the Coverage dock measures along a
network: the actions run along it (built in the task), the derived layer's fields are the task's along the
network, and its note and the comparison say how they were measured."""

from __future__ import annotations

import os

import pytest

from app.siting import dialog as siting
from layers.coverage.network_choice import NetworkChoice
from tests.layers.siting.street_map import street_document

pytestmark = pytest.mark.gui

ALONG = NetworkChoice("Streets", "walk", 150.0)


@pytest.fixture()
def window(qtbot):
    from app.main_window import MainWindow

    w = MainWindow(street_document(), install_features=False)
    feature = siting.install(w)
    qtbot.addWidget(w)
    w.resize(1000, 700)
    w.show()
    qtbot.waitExposed(w)
    yield w, feature
    w.task_runner.cancel_all()
    w.task_runner.wait_idle(10)
    w.close_guards.clear()


def test_what_each_facility_adds_along_the_docks_network(window, qtbot, tmp_path):
    from layers.coverage.network_choice import NetworkRequest
    from layers.siting.document import coverage_inputs
    from layers.siting.unique import run_unique

    w, _ = window
    live = w.session.coverage
    live.set_network_choice(ALONG)
    w.action("unique_coverage").trigger()
    name = "Stops — unique coverage"
    qtbot.waitUntil(lambda: any(lyr.name == name for lyr in w.document.layers), timeout=120_000)
    copy = next(lyr for lyr in w.document.layers if lyr.name == name)
    assert copy.derived and not copy.kind.is_service and len(copy.data) == 2
    assert {"unique_people", "unique_area_km2", "covered_people", "covered_area_km2"} <= set(copy.data.columns)
    assert "measured along the network Streets (walking; places more than 150 m from a way are unreachable)" \
        in copy.note
    assert copy.style.graduated_field == "unique_people" and copy.style.classes[0][0] == copy.data[
        "unique_people"].min()  # on the map: the stop that alone covers most, darkest
    streets = next(lyr for lyr in w.document.layers if lyr.name == "Streets")
    inputs = coverage_inputs(w.document, live.population_source, live.judged_targets())
    along = run_unique(inputs, NetworkRequest(streets.data.copy(), ALONG))["Stops"]
    straight = run_unique(coverage_inputs(w.document, live.population_source, live.judged_targets()))["Stops"]
    for field in ("unique_people", "covered_area_km2"):
        assert list(copy.data[field]) == pytest.approx(list(along[field]), abs=1e-9)
        assert all(a < 0.9 * s for a, s in zip(copy.data[field], straight[field], strict=True))
    # the map: the streets, the two stops' copies with their numbers (looked at by eye; saved where asked)
    if os.environ.get("REGIONMAP_SITING_PNG"):
        w.zoom_to(streets.data.total_bounds.tolist())
        qtbot.wait(300)
        w.grab().save(os.environ["REGIONMAP_SITING_PNG"])


def test_compare_scenarios_along_the_network_says_how_each_was_measured(window, qtbot):
    from PySide6.QtWidgets import QLabel

    from layers.siting.change import CHANGE_LAYER_NAME

    w, feature = window
    actions = feature.scenarios
    live = w.session.coverage
    live.set_network_choice(ALONG)
    actions.save_as("now")
    more = next(lyr for lyr in w.document.layers if lyr.name == "More")
    more.visible = True
    live.set_network_choice(None)
    actions.save_as("more, straight")
    actions.start_compare("now", "more, straight")
    qtbot.waitUntil(lambda: actions.compared is not None, timeout=120_000)
    texts = [label.text() for label in actions.compared.findChildren(QLabel)]
    table = actions.compared.findChild(siting.QTableWidget)
    headings = [table.horizontalHeaderItem(i).text() for i in range(table.columnCount())]
    assert headings[2:4] == ["now (% of people)", "more, straight (% of people)"]  # an empty hot spot's row
    # first in the table has no people: the table is still of people
    assert any("now: measured along the network Streets (walking" in t and
               "more, straight: measured in a straight line" in t for t in texts)
    change = next(lyr for lyr in w.document.layers if lyr.name == CHANGE_LAYER_NAME)
    assert "now: measured along the network Streets" in change.note
    assert set(change.data["change"]) == {"gained"}  # the straight discs and More reach beyond the diamonds
