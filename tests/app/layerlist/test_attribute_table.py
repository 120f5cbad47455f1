"""Attribute table: virtual model, sorting by an index array, filtering, selection highlighted on the map."""

from __future__ import annotations

import tracemalloc

import geopandas as gpd
import numpy as np
import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from shapely.geometry import Point

from app.layerlist.attribute_table import NULL_TEXT, AttributeTable, AttributeTableModel
from layers.model import Layer


@pytest.fixture()
def stations() -> Layer:
    gdf = gpd.GeoDataFrame(
        {"name": ["Pasila", "Kerava", "Espoo", "Tikkurila", None],
         "riders": [80000, 12000, 15000, 30000, np.nan],
         "line": ["A", "K", "E", "K", "A"]},
        geometry=[Point(385000 + i * 1000, 6675000) for i in range(5)], crs="EPSG:3067")
    return Layer(gdf, "Stations")


def _column(model: AttributeTableModel, name: str) -> list[str]:
    c = model.columns.index(name)
    return [model.data(model.index(r, c)) for r in range(model.rowCount())]


def test_columns_exclude_geometry_and_nulls_show_as_null(qtbot, stations):
    model = AttributeTableModel(stations)
    assert model.columns == ["name", "riders", "line"]
    assert model.rowCount() == 5
    assert _column(model, "name")[4] == NULL_TEXT
    assert _column(model, "riders")[0] == "80000"
    assert model.headerData(0, Qt.Orientation.Vertical) == "1"


def test_sort_ascending_descending_keeps_nulls_last(qtbot, stations):
    model = AttributeTableModel(stations)
    model.sort(1, Qt.SortOrder.AscendingOrder)
    assert _column(model, "riders") == ["12000", "15000", "30000", "80000", NULL_TEXT]
    assert list(model.order) == [1, 2, 3, 0, 4]
    model.sort(0, Qt.SortOrder.DescendingOrder)
    assert _column(model, "name") == ["Tikkurila", "Pasila", "Kerava", "Espoo", NULL_TEXT]
    assert stations.data["name"].iloc[0] == "Pasila"  # the frame itself is never reordered


def test_filter_on_one_field_or_all_and_with_sort(qtbot, stations):
    model = AttributeTableModel(stations)
    model.set_filter("k", "line")
    assert _column(model, "name") == ["Kerava", "Tikkurila"]
    model.sort(1, Qt.SortOrder.DescendingOrder)
    assert _column(model, "name") == ["Tikkurila", "Kerava"]
    model.set_filter("ESP")  # any field, ignoring case
    assert _column(model, "name") == ["Espoo"]
    model.set_filter("")
    assert model.rowCount() == 5
    model.set_filter("nan")  # missing values do not match their text form
    assert model.rowCount() == 0


def test_selection_highlights_source_rows_on_the_map(qtbot, stations):
    calls: list[tuple[object, list[int]]] = []
    table = AttributeTable(stations, lambda layer, rows: calls.append((layer, rows)))
    qtbot.addWidget(table)
    table.view.sortByColumn(1, Qt.SortOrder.AscendingOrder)
    sel = table.view.selectionModel()
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    sel.select(table.model.index(0, 0), flags)  # Kerava, row 1 of the frame
    sel.select(table.model.index(3, 0), flags)  # Pasila, row 0
    assert calls[-1] == (stations, [0, 1])
    table.filter_edit.setText("zzz")
    table.apply_filter()
    assert calls[-1] == (stations, [])
    assert "0 of 5" in table.count_label.text()


def test_table_follows_new_layer_data(qtbot, stations):
    table = AttributeTable(stations)
    qtbot.addWidget(table)
    stations.data = stations.data.iloc[:2].copy()
    assert table.model.rowCount() == 2
    assert "2 of 2" in table.count_label.text()


def test_million_rows_model_is_virtual(qtbot):
    n = 1_000_000
    gdf = gpd.GeoDataFrame({"id": np.arange(n), "v": np.random.default_rng(1).random(n)},
                           geometry=gpd.points_from_xy(np.full(n, 385000.0), np.full(n, 6672000.0)),
                           crs="EPSG:3067")
    layer = Layer(gdf, "big")
    tracemalloc.start()
    before = tracemalloc.take_snapshot()
    model = AttributeTableModel(layer)
    assert model.rowCount() == n
    assert model.data(model.index(n - 1, 0)) == str(n - 1)
    after = tracemalloc.take_snapshot()
    tracemalloc.stop()
    grown = sum(s.size_diff for s in after.compare_to(before, "filename"))
    # one int64 index array (8 MB) plus one column array at most; no Python object per row
    assert grown < 3 * 8 * n, grown
    assert isinstance(model.order, np.ndarray) and model.order.dtype == np.int64
    model.sort(1, Qt.SortOrder.DescendingOrder)
    values = gdf["v"].to_numpy()[model.order[:1000]]
    assert np.all(np.diff(values) <= 0)


def test_zoom_to_selection(qtbot, stations):
    extents = []
    table = AttributeTable(stations, zoom_to=extents.append)
    qtbot.addWidget(table)
    assert not table.zoom_button.isEnabled()
    sel = table.view.selectionModel()
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    sel.select(table.model.index(1, 0), flags)
    sel.select(table.model.index(3, 0), flags)
    assert table.zoom_button.isEnabled()
    table.zoom_button.click()
    assert extents == [(386000.0, 6675000.0, 388000.0, 6675000.0)]


def test_open_table_from_the_window_docks_once_and_highlights(qtbot, document):
    from app.layerlist.attribute_table import AttributeTables
    from app.main_window import MainWindow

    window = MainWindow(document, install_features=False)
    qtbot.addWidget(window)
    layer = document.region_layer
    tables = AttributeTables(window)
    table = tables.open(layer)
    assert tables.open(layer) is table  # raised, not opened twice
    assert table.model.rowCount() == 26
    table.view.selectRow(0)
    highlighted = window.canvas.highlight()
    assert highlighted is not None and highlighted[0] is layer and highlighted[1] == [int(table.model.order[0])]
