"""The Coverage dock's table as a Qt model bound to the live rows (:class:`layers.coverage.live_numbers.ZoneRow`).

:class:`CoverageTableModel` holds the live object's list of rows and answers what the view asks, row by row as
it is drawn: the texts of :meth:`ZoneRow.cells` (numbers in the interface language by
:func:`layers.i18n.format_number`), the municipality's other name and the verdict's reason as tooltips, the
verdict coloured pass / fail while the result holds.  New numbers (a slider, a target) are one ``dataChanged`` of
the same rows, so a selected zone stays selected; another set of zones is a reset.  :func:`sorted_view` puts it
behind a :class:`QSortFilterProxyModel` that sorts the numbers by value ("—" first) and the texts by the locale,
and :func:`zone_of` maps a row of the view back to the zone (the row of the live object).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from layers.coverage.live_numbers import REASON_COLUMN, SECTOR_COLUMNS, STRAIGHT_COLUMNS, VERDICT_COLUMN, column_titles

if TYPE_CHECKING:
    from layers.coverage.live_numbers import ZoneRow
    from layers.names import PlaceName

SORT_ROLE = Qt.ItemDataRole.UserRole + 2  # the value a column sorts by: a number for the numbers, else the text
AREA_COLUMN = 3
PASSED, FAILED = QBrush(QColor(Qt.GlobalColor.darkGreen)), QBrush(QColor(Qt.GlobalColor.red))
Index = QModelIndex | QPersistentModelIndex
DISPLAY, TOOLTIP, SORT = int(Qt.ItemDataRole.DisplayRole), int(Qt.ItemDataRole.ToolTipRole), int(SORT_ROLE)
ANSWERED = frozenset((TOOLTIP, SORT, int(Qt.ItemDataRole.ForegroundRole)))  # and DISPLAY


def _share_columns() -> dict[int, tuple[str, str, int]]:
    """Column -> (which shares, sector, 0 area / 1 people) of the percentage columns."""
    out = {}
    for what, columns in (("sector", SECTOR_COLUMNS), ("straight", STRAIGHT_COLUMNS)):
        for sector, pair in columns.items():
            for k, column in enumerate(pair):
                out[column] = (what, sector, k)
    return out


SHARE_COLUMNS = _share_columns()


class CoverageTableModel(QAbstractTableModel):
    """Zone rows x :data:`~layers.coverage.live_numbers.COLUMNS`, read-only."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: Sequence[ZoneRow] = ()
        self.names: Mapping[str, PlaceName] = {}
        self.coloured = True  # verdicts in green / red (not while the result is out of date)
        self.titles = column_titles()
        self.header_tips: dict[int, str] = {}
        self._cells: dict[int, tuple[str, ...]] = {}  # row -> its texts, made when first drawn

    # ---- binding ----------------------------------------------------------------------------------------------
    def show(self, rows: Sequence[ZoneRow], names: Mapping[str, PlaceName], coloured: bool = True) -> None:
        """Bind to ``rows`` (kept, not copied); ``names``: Finnish name -> the interface language's."""
        same_zones = len(rows) == len(self.rows) and all(
            (a.municipality, a.zone) == (b.municipality, b.zone) for a, b in zip(rows, self.rows, strict=True))
        if not same_zones:
            self.beginResetModel()
        self.rows, self.names, self.coloured, self._cells = rows, names, coloured, {}
        if not same_zones:
            self.endResetModel()
        elif rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(rows) - 1, len(self.titles) - 1))

    def set_header(self, column: int, text: str, tip: str = "") -> None:
        """Another header text (and tooltip) for ``column`` (the people columns say how people are counted)."""
        if (self.titles[column], self.header_tips.get(column, "")) == (text, tip):
            return
        self.titles[column] = text
        self.header_tips[column] = tip
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, column, column)

    # ---- Qt's model -------------------------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.titles)

    def cells(self, row: int) -> tuple[str, ...]:
        texts = self._cells.get(row)
        if texts is None:
            texts = self._cells[row] = self.rows[row].cells(self.names)
        return texts

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # asked some twenty roles of every cell whenever the columns fit their contents: the others go at once
        if role == DISPLAY:
            return self.cells(index.row())[index.column()] if index.isValid() else None
        if role not in ANSWERED or not index.isValid():
            return None
        i, j = index.row(), index.column()
        row = self.rows[i]
        if role == SORT:
            return self.sort_value(row, j, i)
        if role == TOOLTIP:
            if j == 0 and row.municipality in self.names:
                return self.names[row.municipality].tooltip
            if j in (VERDICT_COLUMN, REASON_COLUMN):
                return row.verdict.note or row.verdict.reason
            return None
        if j == VERDICT_COLUMN and self.coloured and row.verdict.passed is not None:  # the foreground
            return PASSED if row.verdict.passed else FAILED
        return None

    def sort_value(self, row: ZoneRow, column: int, i: int) -> Any:
        """The numbers by value (no share, "—", before every share); the other columns by their text."""
        if column == AREA_COLUMN:
            return float(row.area_m2)
        share = SHARE_COLUMNS.get(column)
        if share is not None:
            what, sector, k = share
            value = (row.sector_shares if what == "sector" else row.straight_shares).get(sector, (None, None))[k]
            return -1.0 if value is None else float(value)
        return self.cells(i)[column]

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.titles):
            if role == Qt.ItemDataRole.DisplayRole:
                return self.titles[section]
            if role == Qt.ItemDataRole.ToolTipRole:
                return self.header_tips.get(section) or None
            return None
        return super().headerData(section, orientation, role)


def sorted_view(model: CoverageTableModel) -> QSortFilterProxyModel:
    """``model`` behind a proxy that sorts by :data:`SORT_ROLE` (texts by the locale, case aside)."""
    proxy = QSortFilterProxyModel(model.parent())
    proxy.setSourceModel(model)
    proxy.setSortRole(SORT_ROLE)
    proxy.setSortLocaleAware(True)
    proxy.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    return proxy


def zone_of(proxy: QSortFilterProxyModel, view_row: int) -> int:
    """The zone (row of the live object) shown in ``view_row`` of the sorted view."""
    return proxy.mapToSource(proxy.index(view_row, 0)).row()


def view_row_of(proxy: QSortFilterProxyModel, zone: int) -> int:
    """The row of the sorted view that shows ``zone``."""
    source = proxy.sourceModel()
    return proxy.mapFromSource(source.index(zone, 0)).row()
