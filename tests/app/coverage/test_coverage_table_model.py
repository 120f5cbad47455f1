"""The Coverage dock's table model: its rows are the live rows, it sorts by value, speaks the interface language,
and Compute in the window fills it."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.gui


def made_up_rows():  # type: ignore[no-untyped-def]
    """Three rows with invented shares (not a computed result): one without a people share, one failing."""
    from layers.coverage.live_numbers import ZoneRow
    from layers.coverage.verdict import Verdict

    return [
        ZoneRow("Porvoo", "in-between", 612_345_678.0, 0.25, None, Verdict(True, reason="transport 25 % ≥ 10 %"),
                {"transport": (0.25, None)}),
        ZoneRow("Helsinki", "hotspot", 98_765_432.0, 0.975, 0.99, Verdict(None, reason="not judged"),
                {"transport": (0.975, 0.99)}),
        ZoneRow("Espoo", "in-between", 1_234_567_890.0, 0.0634, 0.5, Verdict(False, reason="transport 6.3 % < 10 %"),
                {"transport": (0.0634, 0.5)}),
    ]


def texts(model, column: int) -> list[str]:  # type: ignore[no-untyped-def]
    return [model.index(i, column).data() for i in range(model.rowCount())]


def test_the_model_shows_the_rows_texts_tooltips_and_colours(qapp) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt

    from app.coverage.table_model import FAILED, PASSED, CoverageTableModel
    from layers.coverage.live_numbers import COLUMNS, REASON_COLUMN, VERDICT_COLUMN
    from layers.names import PlaceName

    model = CoverageTableModel()
    assert model.rowCount() == 0 and model.columnCount() == len(COLUMNS)
    rows = made_up_rows()
    names = {"Porvoo": PlaceName("Porvoo", "Borgå")}
    model.show(rows, names)
    assert model.rowCount() == 3
    for i, row in enumerate(rows):
        assert tuple(texts_of_row(model, i)) == row.cells(names)
    assert texts(model, 0) == ["Porvoo", "Helsinki", "Espoo"] and texts(model, 3) == ["612.35", "98.77", "1,234.57"]
    tip = Qt.ItemDataRole.ToolTipRole
    assert model.index(0, 0).data(tip) == "Porvoo (Borgå)" and model.index(1, 0).data(tip) is None
    assert model.index(2, REASON_COLUMN).data(tip) == "transport 6.3 % < 10 %"
    colour = Qt.ItemDataRole.ForegroundRole
    assert [model.index(i, VERDICT_COLUMN).data(colour) for i in range(3)] == [PASSED, None, FAILED]
    assert texts(model, VERDICT_COLUMN) == ["pass", "—", "fail"]
    model.show(rows, names, coloured=False)  # out of date: no verdict colours
    assert all(model.index(i, VERDICT_COLUMN).data(colour) is None for i in range(3))


def texts_of_row(model, i: int) -> list[str]:  # type: ignore[no-untyped-def]
    return [model.index(i, j).data() for j in range(model.columnCount())]


def test_new_numbers_of_the_same_zones_keep_the_rows_another_set_resets(qapp) -> None:  # type: ignore[no-untyped-def]
    import dataclasses

    from app.coverage.table_model import CoverageTableModel

    model = CoverageTableModel()
    rows = made_up_rows()
    model.show(rows, {})
    resets, changes = [], []
    model.modelReset.connect(lambda: resets.append(1))
    model.dataChanged.connect(lambda a, b: changes.append((a.row(), b.row())))
    moved = [dataclasses.replace(r, sector_shares={"transport": (0.5, None)}) for r in rows]  # a slider moved
    model.show(moved, {})
    assert not resets and changes == [(0, 2)] and texts(model, 4) == ["50.0", "50.0", "50.0"]
    model.show(moved[:2], {})  # other zones
    assert resets == [1] and model.rowCount() == 2


def test_the_sorted_view_sorts_numbers_by_value_and_maps_back_to_the_zone(qapp) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt

    from app.coverage.table_model import AREA_COLUMN, CoverageTableModel, sorted_view, view_row_of, zone_of
    from layers.coverage.live_numbers import SECTOR_COLUMNS

    model = CoverageTableModel()
    proxy = sorted_view(model)
    model.show(made_up_rows(), {})
    proxy.sort(AREA_COLUMN, Qt.SortOrder.DescendingOrder)  # by km², not by text ("98.77" > "612.35" as text)
    assert texts(proxy, 0) == ["Espoo", "Porvoo", "Helsinki"]
    assert [zone_of(proxy, r) for r in range(3)] == [2, 0, 1] and view_row_of(proxy, 1) == 2
    people = SECTOR_COLUMNS["transport"][1]
    proxy.sort(people, Qt.SortOrder.AscendingOrder)  # no people share ("—") first
    assert texts(proxy, people) == ["—", "50.0", "99.0"]
    proxy.sort(0, Qt.SortOrder.AscendingOrder)
    assert texts(proxy, 0) == ["Espoo", "Helsinki", "Porvoo"]
    proxy.sort(-1)  # back to the live order
    assert texts(proxy, 0) == ["Porvoo", "Helsinki", "Espoo"]


def test_in_finnish_the_headers_and_numbers_are_finnish(qapp, language) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt

    from app.coverage.table_model import CoverageTableModel
    from app.i18n import number_locale
    from layers.coverage.live_numbers import SECTOR_COLUMNS

    language("fi")
    model = CoverageTableModel()
    model.show(made_up_rows(), {})
    headers = [model.headerData(j, Qt.Orientation.Horizontal) for j in range(model.columnCount())]
    assert headers[:4] == ["Kunta", "Vyöhyke", "Tulos", "Pinta-ala km²"], headers
    assert texts(model, 1) == ["välialue", "keskittymä", "välialue"]
    assert texts(model, 2) == ["täyttyy", "—", "ei täyty"]
    # the numbers as every spin box and view of the window writes them (app.i18n's number locale: decimal comma,
    # U+202F between thousands)
    locale = number_locale("fi")
    assert texts(model, 3) == [locale.toString(v, "f", 2) for v in (612.345678, 98.765432, 1234.56789)]
    assert texts(model, 3)[2] == "1\u202f234,57"
    assert texts(model, SECTOR_COLUMNS["transport"][0]) == ["25,0", "97,5", "6,3"]


@pytest.mark.shared_data
def test_compute_in_the_window_fills_the_table_from_the_result(bare_window, qtbot, shared_data) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt

    from app.coverage import panel as coverage_panel
    from app.coverage.table_model import AREA_COLUMN
    from layers.coverage.live_numbers import VERDICT_COLUMN
    from layers.io import read_layer
    from layers.model import Layer, LayerKind
    from layers.names import name_lookup

    stations = read_layer(shared_data / "fi_rail_stations_digitraffic_2024.geojson").data
    bare_window.document.layers.append(Layer(stations, "Rail stations", kind=LayerKind.TRANSPORT, radius_m=1_500.0))
    panel = coverage_panel.install(bare_window)
    bare_window.actions["coverage"].trigger()
    view = panel.table.model()
    assert view.rowCount() == 0
    panel.compute_button.click()
    qtbot.waitUntil(lambda: view.rowCount() > 0, timeout=180_000)
    live = panel.live
    frame = live.engine.zones.frame
    names = name_lookup(bare_window.document.region.municipalities)
    assert view.rowCount() == len(live.rows) == len(frame)  # one row per municipality x zone
    assert [(r.municipality, r.zone) for r in live.rows] == list(zip(frame["municipality"], frame["zone"], strict=True))
    assert [texts_of_row(view, i) for i in range(view.rowCount())] == [list(r.cells(names)) for r in live.rows]
    assert any(float(t) > 0 for t in texts(view, 4) if t != "—")  # the stations reach some zones
    # a target: the verdicts and their colours follow without a reset of the rows
    panel.target.setValue(20)
    verdicts = [r.verdict.passed for r in live.rows]
    assert texts(view, VERDICT_COLUMN) == [{True: "pass", False: "fail", None: "—"}[v] for v in verdicts]
    assert True in verdicts and False in verdicts
    # sorting by area: the largest zone on top, and selecting it selects that zone (its curve)
    panel.table.sortByColumn(AREA_COLUMN, Qt.SortOrder.DescendingOrder)
    largest = max(range(len(live.rows)), key=lambda i: live.rows[i].area_m2)
    assert view.index(0, 0).data() == texts_of_row(panel.table_model, largest)[0]
    panel.table.selectRow(0)
    assert panel.selected_zone() == largest and live.selected_zone == largest
    panel.sliders["Rail stations"].setValue(3_000 // 50)  # new numbers: the same zone stays selected
    assert panel.selected_zone() == largest
