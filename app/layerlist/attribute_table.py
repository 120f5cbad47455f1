"""The attribute table: a virtual table model over a layer's GeoDataFrame (no object per row), sorting through an
index array, a substring filter on one field or all, and selection highlighted on the map."""

from __future__ import annotations

import contextlib
import math
from typing import TYPE_CHECKING, Any

import numpy as np
from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QItemSelection,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
)
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDockWidget,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from layers.events import Event
from layers.i18n import format_number
from layers.model import Layer, LayerEvent, LayerListEvent

if TYPE_CHECKING:
    import pandas as pd

    from app.window_api import WindowApi

Index = QModelIndex | QPersistentModelIndex
NULL_TEXT = "NULL"
ALL_FIELDS = str(QT_TRANSLATE_NOOP("AttributeTable", "All fields"))  # English; shown translated


def table_title(layer_name: str) -> str:
    """The table's window or dock title, in the interface language."""
    return QCoreApplication.translate("AttributeTable", "Attributes — {layer}").format(layer=layer_name)


def format_value(value: Any) -> str:
    if value is None:
        return NULL_TEXT
    if isinstance(value, float | np.floating):
        if math.isnan(value):
            return NULL_TEXT
        return f"{value:.10g}"
    if isinstance(value, bytes):
        return value.hex()
    return str(value)


class AttributeTableModel(QAbstractTableModel):
    """Rows are ``order`` (positions in ``layer.data``): the current sort and filter, one int64 array."""

    def __init__(self, layer: Layer, parent: Any = None) -> None:
        super().__init__(parent)
        self.layer = layer
        self._frame: pd.DataFrame = layer.data
        self._columns: list[str] = [str(c) for c in self._frame.columns if c != self._frame.geometry.name]
        self._arrays: dict[int, np.ndarray] = {}  # column -> values, filled on first display
        self._mask: np.ndarray | None = None  # filter: rows kept (None: all)
        self._sorted: np.ndarray | None = None  # sort permutation (None: file order)
        self._sort_column = -1
        self._sort_order = Qt.SortOrder.AscendingOrder
        self._order: np.ndarray = np.arange(len(self._frame), dtype=np.int64)
        self.filter_text = ""
        self.filter_column: str | None = None

    # ---- Qt model -------------------------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else int(self._order.shape[0])

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._columns)

    def _values(self, column: int) -> np.ndarray:
        values = self._arrays.get(column)
        if values is None:
            values = self._arrays[column] = self._frame[self._columns[column]].to_numpy()
        return values

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            text = format_value(self._values(column)[self._order[row]])
            return text if role == Qt.ItemDataRole.DisplayRole or len(text) > 40 else None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            kind = self._values(column).dtype.kind
            if kind in "iufb":
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            return None
        if role == Qt.ItemDataRole.ForegroundRole:
            value = self._values(column)[self._order[row]]
            if value is None or (isinstance(value, float | np.floating) and math.isnan(value)):
                return QColor("#9a9a9a")
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self._columns[section] if 0 <= section < len(self._columns) else None
        return str(int(self._order[section]) + 1) if 0 <= section < len(self._order) else None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.layoutAboutToBeChanged.emit()
        self._sort_column, self._sort_order = column, order
        self._sorted = None if column < 0 else self._sort_permutation(column, order)
        self._rebuild()
        self.layoutChanged.emit()

    # ---- API ------------------------------------------------------------------------------------------------
    @property
    def columns(self) -> list[str]:
        return list(self._columns)

    @property
    def order(self) -> np.ndarray:
        """Row positions in ``layer.data`` in display order (read-only view)."""
        view = self._order.view()
        view.flags.writeable = False
        return view

    def source_rows(self, rows: list[int]) -> list[int]:
        return [int(self._order[r]) for r in rows if 0 <= r < len(self._order)]

    def view_row(self, source_row: int) -> int:
        hits = np.flatnonzero(self._order == source_row)
        return int(hits[0]) if hits.size else -1

    def set_filter(self, text: str, column: str | None = None) -> None:
        """Keep rows whose value (in ``column``, or any field) contains ``text``, ignoring case."""
        self.beginResetModel()
        self.filter_text, self.filter_column = text, column
        self._mask = self._filter_mask(text, column) if text else None
        self._rebuild()
        self.endResetModel()

    def reload(self) -> None:
        """The layer's data changed: start again on the new frame (sort and filter kept)."""
        self.beginResetModel()
        self._frame = self.layer.data
        self._columns = [str(c) for c in self._frame.columns if c != self._frame.geometry.name]
        self._arrays.clear()
        if self._sort_column >= len(self._columns):
            self._sort_column = -1
        if self.filter_column not in (None, *self._columns):
            self.filter_column = None
        self._sorted = None if self._sort_column < 0 else self._sort_permutation(self._sort_column, self._sort_order)
        self._mask = self._filter_mask(self.filter_text, self.filter_column) if self.filter_text else None
        self._rebuild()
        self.endResetModel()

    # ---- internals ------------------------------------------------------------------------------------------
    def _rebuild(self) -> None:
        n = len(self._frame)
        base = self._sorted if self._sorted is not None else np.arange(n, dtype=np.int64)
        self._order = base[self._mask[base]] if self._mask is not None else base

    def _sort_permutation(self, column: int, order: Qt.SortOrder) -> np.ndarray:
        series = self._frame[self._columns[column]].reset_index(drop=True)
        ascending = order == Qt.SortOrder.AscendingOrder
        try:
            ranked = series.sort_values(ascending=ascending, kind="stable", na_position="last")
        except TypeError:  # mixed types in one column: compare as text
            ranked = series.astype(str).sort_values(ascending=ascending, kind="stable", na_position="last")
        return ranked.index.to_numpy(dtype=np.int64)

    def _filter_mask(self, text: str, column: str | None) -> np.ndarray:
        columns = [column] if column else self._columns
        mask = np.zeros(len(self._frame), dtype=bool)
        numeric_text = set(text.lower()) <= set("0123456789.-+e")
        for name in columns:
            series = self._frame[name]
            if series.dtype.kind in "iuf" and not numeric_text:
                continue  # a number's text cannot contain it: skip the (slow) conversion
            hit = series.astype(str).str.contains(text, case=False, regex=False, na=False).to_numpy()
            mask |= hit & series.notna().to_numpy()
        return mask


class AttributeTable(QWidget):
    """Filter row + table; selection -> ``canvas.set_highlight(layer, rows)`` (``highlight`` callable)."""

    def __init__(self, layer: Layer, highlight: Any = None, parent: QWidget | None = None,
                 zoom_to: Any = None) -> None:
        super().__init__(parent)
        self.layer = layer
        self.highlight = highlight
        self.zoom_to = zoom_to  # callable(extent) or None
        self.model = AttributeTableModel(layer, self)
        self.filter_edit = QLineEdit(self)
        self.filter_edit.setPlaceholderText(
            QCoreApplication.translate("AttributeTable", "Filter: text contained in the field…"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_column = QComboBox(self)
        self.filter_column.addItem(QCoreApplication.translate("AttributeTable", ALL_FIELDS), None)
        for name in self.model.columns:
            self.filter_column.addItem(name, name)
        self.count_label = QLabel(self)
        self.zoom_button = QPushButton(QCoreApplication.translate("AttributeTable", "Zoom to selection"), self)
        self.zoom_button.setToolTip(
            QCoreApplication.translate("AttributeTable", "Zoom the map to the selected features"))
        self.zoom_button.clicked.connect(self.zoom_to_selection)
        self.zoom_button.setVisible(zoom_to is not None)
        self.zoom_button.setEnabled(False)
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setSortingEnabled(True)
        self.view.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.verticalHeader().setDefaultSectionSize(self.view.fontMetrics().height() + 6)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.selectionModel().selectionChanged.connect(self._on_selection)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(250)  # filter after typing pauses: a 1,000,000-row filter takes a moment
        self._timer.timeout.connect(self.apply_filter)
        self.filter_edit.textChanged.connect(lambda _t: self._timer.start())
        self.filter_column.currentIndexChanged.connect(lambda _i: self.apply_filter())

        top = QHBoxLayout()
        top.addWidget(self.filter_edit, 1)
        top.addWidget(self.filter_column)
        top.addWidget(self.count_label)
        top.addWidget(self.zoom_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layer.events.connect(self._on_layer)
        self._update_count()
        if len(self.model.columns) <= 12 and self.model.rowCount() <= 2000:
            self.view.resizeColumnsToContents()

    def apply_filter(self) -> None:
        self._timer.stop()
        self.model.set_filter(self.filter_edit.text(), self.filter_column.currentData())
        self._update_count()
        self._on_selection()

    def selected_rows(self) -> list[int]:
        rows = sorted({i.row() for i in self.view.selectionModel().selectedRows()})
        return sorted(self.model.source_rows(rows))

    def _on_selection(self, *_args: QItemSelection) -> None:
        rows = self.selected_rows()
        self.zoom_button.setEnabled(bool(rows))
        if self.highlight is not None:
            self.highlight(self.layer, rows)

    def selection_extent(self) -> tuple[float, float, float, float] | None:
        rows = self.selected_rows()
        if not rows:
            return None
        x0, y0, x1, y1 = self.layer.data.geometry.iloc[rows].total_bounds
        return float(x0), float(y0), float(x1), float(y1)

    def zoom_to_selection(self) -> None:
        extent = self.selection_extent()
        if extent is not None and self.zoom_to is not None:
            self.zoom_to(extent)

    def _update_count(self) -> None:
        self.count_label.setText(QCoreApplication.translate("AttributeTable", "{shown} of {total} features").format(
            shown=format_number(self.model.rowCount()), total=format_number(len(self.layer.data))))

    def _on_layer(self, event: Event) -> None:
        if event.type is LayerEvent.DATA:
            self.model.reload()
            self._update_count()
        elif event.type is LayerEvent.NAME:
            self.setWindowTitle(table_title(self.layer.name))

    def close_table(self) -> None:
        self.layer.events.disconnect(self._on_layer)
        if self.highlight is not None:
            with contextlib.suppress(RuntimeError):  # the window (and its canvas) may be being destroyed
                self.highlight(None, [])


class AttributeTables:
    """The attribute tables of one window, each in a bottom dock, one per layer (opened again: raised)."""

    def __init__(self, window: WindowApi) -> None:
        self.window = window
        self.docks: dict[int, QDockWidget] = {}  # by layer id

    def open(self, layer: Layer) -> AttributeTable:
        """Open (or raise) the attribute table of ``layer``."""
        window, tables = self.window, self.docks
        dock = tables.get(layer.id)
        if dock is not None:
            dock.show()
            dock.raise_()
            existing_table = dock.widget()
            assert isinstance(existing_table, AttributeTable)
            return existing_table
        table = AttributeTable(layer, window.canvas.set_highlight, zoom_to=window.canvas.zoom_to_extent)
        dock = QDockWidget(table_title(layer.name), window.qt_window)
        dock.setObjectName(f"attributes{layer.id}")
        dock.setWidget(table)
        dock.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        existing = [d for d in tables.values() if d.isVisible()]
        window.add_dock(dock, Qt.DockWidgetArea.BottomDockWidgetArea, tabify_with=existing[-1] if existing else None)
        tables[layer.id] = dock

        def closed() -> None:
            table.close_table()
            tables.pop(layer.id, None)
            window.document.layers.events.disconnect(on_list)

        def on_list(event: Event) -> None:
            if event.type is LayerListEvent.REMOVED and event.layer is layer:
                dock.close()
            elif event.type is LayerListEvent.CHANGED and event.layer is layer and event.what is LayerEvent.NAME:
                dock.setWindowTitle(table_title(layer.name))

        window.document.layers.events.connect(on_list)
        dock.destroyed.connect(lambda *_a: closed() if layer.id in tables else None)
        dock.show()
        dock.raise_()
        return table
