"""The one Qt adapter of the layer list (napari's QtLayerListModel): a two-level item model.

Top-level rows are the layers, top-most first (row 0 = the last layer in draw order).  A layer styled by category
has one child row per category (its legend, as in QGIS).  The model keeps its own snapshot of the list and
updates it between the begin/end notifications, driven only by the :class:`~layers.model.LayerList` events:
edits made through the model (rename, visibility, drag-and-drop) go to the layer list, whose events come back
here — one path in each direction, so there is nothing to loop.
"""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QByteArray,
    QCoreApplication,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from app.widgets.swatches import layer_family, swatch_icon
from layers.events import Event
from layers.i18n import format_number
from layers.model import Layer, LayerEvent, LayerList, LayerListEvent

LAYER_ROLE = Qt.ItemDataRole.UserRole + 1
CATEGORY_ROLE = Qt.ItemDataRole.UserRole + 2  # (value, colour) of a legend child row
MIME_TYPE = "application/x-regionmap-layer-rows"

Index = QModelIndex | QPersistentModelIndex


def layer_tooltip(layer: Layer) -> str:
    """The layer row's tooltip: what the layer is and where it comes from, in the interface language."""
    family = layer_family(layer)
    count = format_number(len(layer.data))
    lines = [f"<b>{_esc(layer.name)}</b>",
             QCoreApplication.translate("LayerListModel", "kind: {kind}").format(kind=layer.kind.label),
             QCoreApplication.translate("LayerListModel", "features: {n} ({family})").format(n=count, family=family)]
    if layer.kind.is_service and layer.radius_m is not None:
        radius = format_number(float(layer.radius_m))
        lines.append(QCoreApplication.translate("LayerListModel", "service radius: {radius} m").format(radius=radius))
    if layer.style.category_field:
        lines.append(QCoreApplication.translate("LayerListModel", "coloured by: {field}").format(
            field=_esc(layer.style.category_field)))
    if layer.note:
        lines.append(f"<i>{_esc(layer.note)}</i>")
    if layer.source:
        lines.append(QCoreApplication.translate("LayerListModel", "source: {source}").format(source=_esc(layer.source)))
    if layer.attribution:
        lines.append(QCoreApplication.translate("LayerListModel", "licence: {licence}").format(
            licence=_esc(layer.attribution)))
    if not layer.visible:
        lines.append(QCoreApplication.translate("LayerListModel", "hidden"))
    return "<br>".join(lines)


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class LayerListModel(QAbstractItemModel):
    def __init__(self, layers: LayerList, parent: Any = None) -> None:
        super().__init__(parent)
        self.layers = layers
        self._rows: list[Layer] = list(layers)  # draw order, as in the LayerList
        self._children: dict[int, int] = {lyr.id: self._child_count_of(lyr) for lyr in self._rows}
        self._icons: dict[tuple[int, Any], Any] = {}
        layers.events.connect(self._on_event)

    def disconnect_list(self) -> None:
        self.layers.events.disconnect(self._on_event)

    # ---- mapping --------------------------------------------------------------------------------------------
    def _row_of(self, list_index: int) -> int:
        return len(self._rows) - 1 - list_index

    def _list_index(self, row: int) -> int:
        return len(self._rows) - 1 - row

    def layer_at(self, index: Index) -> Layer | None:
        if not index.isValid():
            return None
        if index.internalId():  # a category row
            return self._layer_by_id(index.internalId())
        row = index.row()
        return self._rows[self._list_index(row)] if 0 <= row < len(self._rows) else None

    def index_of(self, layer: Layer) -> QModelIndex:
        if layer not in self._rows:
            return QModelIndex()
        return self.index(self._row_of(self._rows.index(layer)), 0)

    def _layer_by_id(self, layer_id: int) -> Layer | None:
        return next((lyr for lyr in self._rows if lyr.id == layer_id), None)

    @staticmethod
    def _child_count_of(layer: Layer) -> int:
        style = layer.style
        return len(style.categories) if style.category_field and style.categories else 0

    # ---- structure ------------------------------------------------------------------------------------------
    def index(self, row: int, column: int = 0, parent: Index = QModelIndex()) -> QModelIndex:
        if column != 0 or row < 0:
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, 0, 0) if row < len(self._rows) else QModelIndex()
        if parent.internalId():
            return QModelIndex()  # categories have no children
        layer = self.layer_at(parent)
        if layer is None or row >= self._children.get(layer.id, 0):
            return QModelIndex()
        return self.createIndex(row, 0, layer.id)

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]
        if not index.isValid() or not index.internalId():
            return QModelIndex()
        layer = self._layer_by_id(index.internalId())
        return self.index_of(layer) if layer is not None else QModelIndex()

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        if not parent.isValid():
            return len(self._rows)
        if parent.internalId():
            return 0
        layer = self.layer_at(parent)
        return self._children.get(layer.id, 0) if layer is not None else 0

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 1

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        if index.internalId():
            return Qt.ItemFlag.ItemIsEnabled
        return (Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEditable
                | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsDragEnabled)

    # ---- data -----------------------------------------------------------------------------------------------
    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        layer = self.layer_at(index)
        if layer is None:
            return None
        if index.internalId():
            return self._category_data(layer, index.row(), role)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return layer.name
        if role == Qt.ItemDataRole.CheckStateRole:
            return Qt.CheckState.Checked if layer.visible else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.DecorationRole:
            if self._children.get(layer.id):
                return None  # the categories below carry the symbols
            key = (layer.id, (layer.style, layer_family(layer)))
            icon = self._icons.get(key)
            if icon is None:
                icon = self._icons[key] = swatch_icon(layer.style, layer_family(layer))
            return icon
        if role == Qt.ItemDataRole.ToolTipRole:
            return layer_tooltip(layer)
        if role == Qt.ItemDataRole.ForegroundRole and not layer.visible:
            from PySide6.QtGui import QColor

            return QColor("#8a8a8a")
        if role == LAYER_ROLE:
            return layer
        return None

    def _category_data(self, layer: Layer, row: int, role: int) -> Any:
        cats = layer.style.categories
        if not (0 <= row < len(cats)):
            return None
        value, colour = cats[row]
        if role == Qt.ItemDataRole.DisplayRole:
            return value
        if role == Qt.ItemDataRole.DecorationRole:
            key = (layer.id, (layer.style, layer_family(layer), colour))
            icon = self._icons.get(key)
            if icon is None:
                icon = self._icons[key] = swatch_icon(layer.style, layer_family(layer), fill=colour)
            return icon
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{layer.style.category_field} = {value}"
        if role == CATEGORY_ROLE:
            return (value, colour)
        if role == LAYER_ROLE:
            return layer
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        layer = self.layer_at(index)
        if layer is None or index.internalId():
            return False
        if role == Qt.ItemDataRole.EditRole:
            text = str(value).strip()
            if not text:
                return False
            layer.name = text  # the "name" event updates the view
            return True
        if role == Qt.ItemDataRole.CheckStateRole:
            state = value.value if hasattr(value, "value") else value
            layer.visible = int(state) == Qt.CheckState.Checked.value
            return True
        return False

    # ---- drag and drop --------------------------------------------------------------------------------------
    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [MIME_TYPE]

    def mimeData(self, indexes: list[QModelIndex]) -> QMimeData:  # type: ignore[override]
        rows = sorted({i.row() for i in indexes if i.isValid() and not i.internalId()})
        mime = QMimeData()
        layers = [self.layer_at(self.index(r, 0)) for r in rows]
        ids = [layer.id for layer in layers if layer is not None]
        mime.setData(MIME_TYPE, QByteArray(json.dumps(ids).encode()))
        return mime

    def canDropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index) -> bool:
        return data.hasFormat(MIME_TYPE) and not parent.isValid()

    def dropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index) -> bool:
        if not data.hasFormat(MIME_TYPE) or action == Qt.DropAction.IgnoreAction:
            return False
        if parent.isValid():  # dropped onto a layer: place before it
            if parent.internalId():
                return False
            row = parent.row()
        if row < 0:
            row = len(self._rows)
        try:
            ids = json.loads(bytes(data.data(MIME_TYPE).data()).decode())
        except ValueError:
            return False
        moving = [lyr for lyr in (self._layer_by_id(int(i)) for i in ids) if lyr is not None]
        if not moving:
            return False
        self.move_layers_to_row(moving, row)
        # False: the layer list has already moved the rows; the view must not remove the "source" rows.
        return False

    def move_layers_to_row(self, moving: list[Layer], row: int) -> None:
        """Put ``moving`` (in their current top-to-bottom order) before view row ``row``."""
        top_to_bottom = list(reversed(self._rows))
        anchor = next((lyr for lyr in top_to_bottom[row:] if lyr not in moving), None)
        ordered = sorted(moving, key=top_to_bottom.index)
        for layer in ordered:
            src = self.layers.index(layer)
            remaining = [lyr for lyr in reversed(list(self.layers)) if lyr is not layer]
            pos = remaining.index(anchor) if anchor is not None else len(remaining)
            # insert ``layer`` at view position pos among ``remaining`` -> list index len(remaining) - pos
            dst = len(remaining) - pos
            self.layers.move(src, dst)
        # later layers in ``ordered`` must land below the earlier ones; handled by anchoring on the same layer

    def moveRows(self, sourceParent: Index, sourceRow: int, count: int, destinationParent: Index,
                 destinationChild: int) -> bool:
        if sourceParent.isValid() or destinationParent.isValid() or count < 1:
            return False
        if not (sourceRow >= 0 and sourceRow + count <= len(self._rows)):
            return False
        moving = [self.layer_at(self.index(r, 0)) for r in range(sourceRow, sourceRow + count)]
        self.move_layers_to_row([m for m in moving if m is not None], destinationChild)
        return True

    # ---- layer list events -> Qt notifications --------------------------------------------------------------
    def _on_event(self, event: Event) -> None:
        handlers = {LayerListEvent.INSERTED: self._on_inserted, LayerListEvent.REMOVED: self._on_removed,
                    LayerListEvent.MOVED: self._on_moved, LayerListEvent.CHANGED: self._on_changed}
        handlers[LayerListEvent(event.type)](event)

    def _on_inserted(self, event: Event) -> None:
        index: int = event.index
        row = len(self._rows) - index  # view row of the new layer once inserted
        self.beginInsertRows(QModelIndex(), row, row)
        self._rows.insert(index, event.layer)
        self._children[event.layer.id] = self._child_count_of(event.layer)
        self.endInsertRows()

    def _on_removed(self, event: Event) -> None:
        index: int = event.index
        row = self._row_of(index)
        self.beginRemoveRows(QModelIndex(), row, row)
        layer = self._rows.pop(index)
        self._children.pop(layer.id, None)
        self.endRemoveRows()
        self._icons = {k: v for k, v in self._icons.items() if k[0] != layer.id}

    def _on_moved(self, event: Event) -> None:
        src, dst = int(event.src), int(event.dst)
        src_row, dst_row = self._row_of(src), self._row_of(dst)
        dest_child = dst_row + 1 if dst_row > src_row else dst_row
        self.beginMoveRows(QModelIndex(), src_row, src_row, QModelIndex(), dest_child)
        self._rows.insert(dst, self._rows.pop(src))
        self.endMoveRows()

    def _on_changed(self, event: Event) -> None:
        layer: Layer = event.layer
        if layer not in self._rows:
            return
        index = self.index_of(layer)
        if event.what in (LayerEvent.STYLE, LayerEvent.DATA):
            self._icons = {k: v for k, v in self._icons.items() if k[0] != layer.id}
            self._sync_children(layer, index)
        self.dataChanged.emit(index, index)

    def _sync_children(self, layer: Layer, index: QModelIndex) -> None:
        old = self._children.get(layer.id, 0)
        new = self._child_count_of(layer)
        if new == old:
            if new:
                self.dataChanged.emit(self.index(0, 0, index), self.index(new - 1, 0, index))
            return
        if old:
            self.beginRemoveRows(index, 0, old - 1)
            self._children[layer.id] = 0
            self.endRemoveRows()
        if new:
            self.beginInsertRows(index, 0, new - 1)
            self._children[layer.id] = new
            self.endInsertRows()
