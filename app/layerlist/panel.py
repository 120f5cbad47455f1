"""The QGIS-like layer panel: a tree of layers (checkbox, swatch, name; categories under categorised layers),
drag to reorder, rename in place, and the current layer's opacity, kind, service radius and source / licence
(the credit exports print; its file path as the tooltip) below it.

``install(window)`` docks it on the left as "Layers" and adds the Layer menu actions; its edits are undone through
the session's undo stack.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QItemSelectionModel, QModelIndex, QPoint, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDockWidget,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QSlider,
    QToolButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from app.layerlist.attribute_table import AttributeTables
from app.layerlist.model import LayerListModel
from app.widgets.swatches import layer_family
from app.widgets.threshold_box import show_threshold, threshold_spin_box, write_threshold
from app.window_api import FeatureKey, WindowApi
from layers.coverage.service_layers import has_service_level
from layers.events import Event
from layers.model import Layer, LayerKind, LayerListEvent, service_radius_m

if TYPE_CHECKING:
    from layers.document import MapDocument

# The kinds a user may give a layer (hot spots / in-between are the derived layers' own kinds).
USER_KINDS: tuple[LayerKind, ...] = (LayerKind.TRANSPORT, LayerKind.ENERGY, LayerKind.PROJECT, LayerKind.POPULATION,
                                     LayerKind.OTHER, LayerKind.HOTSPOT, LayerKind.BOUNDARY)
# The kinds' names as the combo shows them (English sources; layers.model's LayerKind.label has no Qt)
KIND_LABELS: dict[LayerKind, str] = {
    LayerKind.TRANSPORT: str(QT_TRANSLATE_NOOP("LayerPanel", "Transport")),
    LayerKind.ENERGY: str(QT_TRANSLATE_NOOP("LayerPanel", "Energy")),
    LayerKind.PROJECT: str(QT_TRANSLATE_NOOP("LayerPanel", "Project")),
    LayerKind.POPULATION: str(QT_TRANSLATE_NOOP("LayerPanel", "Population")),
    LayerKind.OTHER: str(QT_TRANSLATE_NOOP("LayerPanel", "Other")),
    LayerKind.HOTSPOT: str(QT_TRANSLATE_NOOP("LayerPanel", "Hot spots")),
    LayerKind.BOUNDARY: str(QT_TRANSLATE_NOOP("LayerPanel", "Boundary")),
}


def attribution_tooltip(layer: Layer | None) -> str:
    """The source / licence field's tooltip: what the text is for, and the layer's file path."""
    tip = QCoreApplication.translate("LayerPanel", "Who made the data and its licence; printed on exported maps")
    if layer is not None and layer.source:
        tip += "\n" + QCoreApplication.translate("LayerPanel", "Source: {path}").format(path=layer.source)
    return tip


class LayerTree(QTreeView):
    """The tree view; Delete removes the current layer (through the panel)."""

    delete_pressed = Signal()

    def keyPressEvent(self, event: Any) -> None:
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and self.state() != self.State.EditingState:
            self.delete_pressed.emit()
            event.accept()
            return
        super().keyPressEvent(event)


class LayerPanel(QWidget):
    """Signals ``zoom_requested(layer)``, ``table_requested(layer)``, ``style_requested(layer)``,
    ``current_changed(layer or None)``."""

    zoom_requested = Signal(object)
    table_requested = Signal(object)
    style_requested = Signal(object)
    save_requested = Signal(object)  # "Save features as…" (app/layerlist/save_features.py)
    current_changed = Signal(object)

    def __init__(self, document: MapDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.model = LayerListModel(document.layers, self)
        self._syncing = False
        self.undo_stack: Callable[[], Any] = lambda: None  # returns a layers.undo.UndoStack when there is one

        self.view = LayerTree(self)
        self.view.setModel(self.model)
        self.view.setHeaderHidden(True)
        self.view.setRootIsDecorated(True)
        self.view.setIndentation(14)
        self.view.setUniformRowHeights(True)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setDragEnabled(True)
        self.view.setAcceptDrops(True)
        self.view.setDropIndicatorShown(True)
        self.view.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.view.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                  | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self._context_menu)
        self.view.delete_pressed.connect(self.remove_current)
        self.view.selectionModel().currentChanged.connect(self._on_current)
        self.model.rowsInserted.connect(self._on_rows_inserted)
        self.view.expandAll()

        self._make_actions()
        tools = QHBoxLayout()
        tools.setContentsMargins(0, 0, 0, 0)
        tools.setSpacing(2)
        for action in (self.act_style, self.act_zoom, self.act_table, self.act_hotspots, self.act_remove):
            button = QToolButton(self)
            button.setDefaultAction(action)
            button.setAutoRaise(True)
            tools.addWidget(button)
        tools.addStretch(1)

        self.opacity = QSlider(Qt.Orientation.Horizontal, self)
        self.opacity.setRange(0, 100)
        self.opacity.setToolTip(QCoreApplication.translate("LayerPanel", "Opacity of the current layer"))
        self.opacity_label = QLabel("100 %", self)
        self.opacity_label.setMinimumWidth(42)
        self.opacity.valueChanged.connect(self._on_opacity)
        self.opacity.sliderReleased.connect(self._seal_undo)
        opacity_row = QHBoxLayout()
        opacity_row.addWidget(self.opacity, 1)
        opacity_row.addWidget(self.opacity_label)

        self.kind = QComboBox(self)
        for kind in USER_KINDS:
            label = KIND_LABELS.get(kind, kind.label)
            self.kind.addItem(QCoreApplication.translate("LayerPanel", label), kind.value)
        self.kind.setToolTip(QCoreApplication.translate(
            "LayerPanel", "What the layer is: transport and energy layers provide a service with a radius"))
        self.kind.currentIndexChanged.connect(self._on_kind)

        self.radius = QDoubleSpinBox(self)
        self.radius.setRange(10.0, 100_000.0)
        self.radius.setDecimals(0)
        self.radius.setSingleStep(50.0)
        self.radius.setSuffix(" m")
        self.radius.setToolTip(QCoreApplication.translate(
            "LayerPanel", "Service radius in metres: how far the service of this layer reaches"))
        self.radius.setKeyboardTracking(False)
        self.radius.valueChanged.connect(self._on_radius)
        self.threshold = threshold_spin_box(self)  # for stops with departures per hour only
        self.threshold.valueChanged.connect(self._on_threshold)

        self.attribution = QLineEdit(self)
        self.attribution.setPlaceholderText(
            QCoreApplication.translate("LayerPanel", "e.g. © City of Helsinki, CC BY 4.0"))
        self.attribution.setClearButtonEnabled(True)
        self.attribution.editingFinished.connect(self._on_attribution)
        self._attribution_of: Layer | None = None  # the layer whose text the field shows

        form = QFormLayout()
        form.setContentsMargins(2, 4, 2, 2)
        form.addRow(QCoreApplication.translate("LayerPanel", "Opacity"), opacity_row)
        form.addRow(QCoreApplication.translate("LayerPanel", "Kind"), self.kind)
        form.addRow(QCoreApplication.translate("LayerPanel", "Service radius"), self.radius)
        form.addRow(QCoreApplication.translate("LayerPanel", "Service level"), self.threshold)
        form.addRow(QCoreApplication.translate("LayerPanel", "Source / licence"), self.attribution)
        self.note_label = QLabel(self)
        self.note_label.setWordWrap(True)
        self.note_label.setStyleSheet("color: #6b5200;")
        form.addRow(self.note_label)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.setSpacing(4)
        layout.addLayout(tools)
        layout.addWidget(self.view, 1)
        layout.addLayout(form)

        document.layers.events.connect(self._on_list_event)
        document.events.connect(self._on_document)  # hot spot source, boundaries
        if len(document.layers):
            self.set_current(document.layers[len(document.layers) - 1])
        self._update_controls()

    # ---- actions --------------------------------------------------------------------------------------------
    def _make_actions(self) -> None:
        def act(text: str, tip: str, slot: Any, shortcut: str | None = None) -> QAction:
            action = QAction(text, self)
            action.setToolTip(tip)
            action.triggered.connect(slot)
            if shortcut:
                action.setShortcut(QKeySequence(shortcut))
                action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(action)
            return action

        self.act_style = act(QCoreApplication.translate("LayerPanel", "Style…"),
                             QCoreApplication.translate("LayerPanel",
                                                        "Colours, widths and categories of the current layer"),
                             lambda: self._emit_for_current(self.style_requested))
        self.act_zoom = act(QCoreApplication.translate("LayerPanel", "Zoom"),
                            QCoreApplication.translate("LayerPanel", "Zoom the map to the current layer"),
                            lambda: self._emit_for_current(self.zoom_requested))
        self.act_table = act(QCoreApplication.translate("LayerPanel", "Table"),
                             QCoreApplication.translate("LayerPanel", "Open the attribute table of the current layer"),
                             lambda: self._emit_for_current(self.table_requested))
        self.act_hotspots = act(QCoreApplication.translate("LayerPanel", "Use as hot spots"),
                                QCoreApplication.translate("LayerPanel", "Use this polygon layer as the hot spots "
                                                           "(the in-between areas are recomputed)"),
                                self.toggle_hotspot_source)
        self.act_hotspots.setCheckable(True)
        self.act_remove = act(QCoreApplication.translate("LayerPanel", "Remove"),
                              QCoreApplication.translate("LayerPanel",
                                                         "Remove the current layer from the map (Delete)"),
                              self.remove_current)
        self.act_rename = act(QCoreApplication.translate("LayerPanel", "Rename"),
                              QCoreApplication.translate("LayerPanel", "Rename the current layer (F2)"),
                              self.rename_current)
        self.act_save = act(QCoreApplication.translate("LayerPanel", "Save features as…"),
                            QCoreApplication.translate("LayerPanel",
                                                       "Save the current layer's features in another format"),
                            lambda: self._emit_for_current(self.save_requested))

    def _emit_for_current(self, signal: Any) -> None:
        layer = self.current_layer()
        if layer is not None:
            signal.emit(layer)

    def _context_menu(self, pos: QPoint) -> None:
        index = self.view.indexAt(pos)
        if not index.isValid():
            return
        self.view.setCurrentIndex(index if not index.internalId() else index.parent())
        menu = self.context_menu()
        menu.exec(self.view.viewport().mapToGlobal(pos))

    def context_menu(self) -> QMenu:
        menu = QMenu(self)
        for action in (self.act_zoom, self.act_table, self.act_style, self.act_rename, self.act_save):
            menu.addAction(action)
        menu.addSeparator()
        menu.addAction(self.act_hotspots)
        menu.addSeparator()
        menu.addAction(self.act_remove)
        return menu

    # ---- current layer --------------------------------------------------------------------------------------
    def current_layer(self) -> Layer | None:
        return self.model.layer_at(self.view.currentIndex())

    def set_current(self, layer: Layer) -> None:
        index = self.model.index_of(layer)
        if index.isValid():
            self.view.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect)

    def _on_current(self, current: QModelIndex, previous: QModelIndex) -> None:
        self._update_controls()
        self.current_changed.emit(self.current_layer())

    def _on_rows_inserted(self, parent: QModelIndex, first: int, last: int) -> None:
        if parent.isValid():
            self.view.expand(parent)
            return
        for row in range(first, last + 1):
            self.view.expand(self.model.index(row, 0))
        layer = self.model.layer_at(self.model.index(first, 0))
        if layer is not None:
            self.set_current(layer)

    def _on_list_event(self, event: Event) -> None:
        current_changed = event.type is LayerListEvent.CHANGED and event.layer is self.current_layer()
        if current_changed or event.type in (LayerListEvent.REMOVED, LayerListEvent.INSERTED):
            self._update_controls()

    def _on_document(self, event: Event) -> None:
        try:
            self._update_controls()
        except RuntimeError:  # the panel's widgets are gone (window closed); stop listening
            self.document.events.disconnect(self._on_document)

    def is_protected(self, layer: Layer) -> bool:
        """The region and derived layers stay: hide them instead of removing them."""
        doc = self.document
        return layer in (doc.region_layer, doc.hotspot_layer, doc.in_between_layer)

    def _update_controls(self) -> None:
        layer = self.current_layer()
        self._syncing = True
        try:
            has = layer is not None
            for w in (self.opacity, self.act_style, self.act_zoom, self.act_table, self.act_rename, self.act_save):
                w.setEnabled(has)
            if layer is None:
                self.kind.setEnabled(False)
                self.radius.setEnabled(False)
                self.threshold.setEnabled(False)
                self.act_remove.setEnabled(False)
                self.act_hotspots.setEnabled(False)
                self.note_label.setText("")
                self._show_attribution(None)
                return
            protected = self.is_protected(layer)
            self.opacity.setValue(round(layer.opacity * 100))
            self.opacity_label.setText(f"{round(layer.opacity * 100)} %")
            i = self.kind.findData(layer.kind.value)
            if i < 0:  # a derived kind (in-between): show it, read-only
                self.kind.addItem(layer.kind.label, layer.kind.value)
                i = self.kind.count() - 1
            self.kind.setCurrentIndex(i)
            self.kind.setEnabled(not protected)
            self.radius.setEnabled(layer.kind.is_service)
            radius = service_radius_m(layer)
            self.radius.setValue(radius)
            self.threshold.setEnabled(layer.kind.is_service and has_service_level(layer.data))
            show_threshold(self.threshold, layer)
            self.act_remove.setEnabled(not protected)
            polygons = layer_family(layer) == "polygon"
            self.act_hotspots.setEnabled(polygons and not protected and len(layer.data) > 0)
            self.act_hotspots.setChecked(self.document.hotspot_source is layer)
            self.note_label.setText(f"⚠ {layer.note}" if layer.note else "")
            self.note_label.setVisible(bool(layer.note))
            self._show_attribution(layer)
        finally:
            self._syncing = False

    def _show_attribution(self, layer: Layer | None) -> None:
        if layer is not self._attribution_of:
            self._commit_attribution()  # text typed for the previous layer is not lost by switching
            self._attribution_of = layer
        self.attribution.setEnabled(layer is not None)
        text = layer.attribution if layer is not None else ""
        if self.attribution.text() != text:
            self.attribution.setText(text)
            self.attribution.setCursorPosition(0)  # the start of a long credit, not its end
        self.attribution.setToolTip(attribution_tooltip(layer))

    # ---- edits from the controls ----------------------------------------------------------------------------
    def _on_opacity(self, value: int) -> None:
        self.opacity_label.setText(f"{value} %")
        layer = self.current_layer()
        if layer is not None and not self._syncing:
            layer.opacity = value / 100.0

    def _seal_undo(self) -> None:
        stack = self.undo_stack()
        if stack is not None:
            stack.seal()

    def _on_kind(self, i: int) -> None:
        layer = self.current_layer()
        if layer is None or self._syncing or i < 0:
            return
        kind = LayerKind(self.kind.itemData(i))
        if kind != layer.kind:
            keep_style = layer.style
            from layers.model import DEFAULT_STYLES

            was_default = any(keep_style.with_(opacity=s.opacity) == s for s in DEFAULT_STYLES.values())
            stack = self.undo_stack()
            step = QCoreApplication.translate("LayerPanel", "kind of {layer}").format(layer=layer.name)  # Undo's text
            with stack.macro(step) if stack is not None else contextlib.nullcontext():
                layer.kind = kind
                if was_default:  # a layer still in its kind's default colours takes the new kind's colours
                    layer.style = DEFAULT_STYLES[kind].with_(opacity=keep_style.opacity)

    def _on_radius(self, value: float) -> None:
        layer = self.current_layer()
        if layer is not None and not self._syncing and layer.kind.is_service:
            layer.radius_m = value

    def _on_threshold(self, value: float) -> None:
        layer = self.current_layer()
        if layer is not None and not self._syncing and self.threshold.isEnabled():
            write_threshold(layer, value)

    def _on_attribution(self) -> None:
        if not self._syncing:
            self._commit_attribution()

    def _commit_attribution(self) -> None:
        """Give the text typed in the field to the layer it was shown for: one undo step, none if unchanged."""
        layer = self._attribution_of
        if layer is None or not self.attribution.isModified() or layer not in self.document.layers:
            return
        self.attribution.setModified(False)
        layer.attribution = self.attribution.text()

    def rename_current(self) -> None:
        layer = self.current_layer()
        index = self.model.index_of(layer) if layer is not None else QModelIndex()
        if index.isValid():
            self.view.edit(index)

    def remove_current(self) -> None:
        layer = self.current_layer()
        if layer is None or self.is_protected(layer):
            return
        if layer in self.document.layers:
            self.document.layers.remove(layer)

    def toggle_hotspot_source(self) -> None:
        layer = self.current_layer()
        if layer is None:
            return
        if self.document.hotspot_source is layer:
            self.document.use_hotspot_layer(None)
        elif layer_family(layer) == "polygon":
            self.document.use_hotspot_layer(layer)
        self._update_controls()


LAYER_PANEL: FeatureKey[LayerPanel] = FeatureKey("layer panel")
ATTRIBUTE_TABLES: FeatureKey[AttributeTables] = FeatureKey("attribute tables")


def install(window: WindowApi) -> LayerPanel:
    """Dock the panel on the left and wire it to the canvas, the style dialog and the attribute table."""
    from app.layerlist import save_features, style_dialog

    panel = window.features.add(LAYER_PANEL, LayerPanel(window.document, window.qt_window))
    tables = window.features.add(ATTRIBUTE_TABLES, AttributeTables(window))
    dock = QDockWidget(QCoreApplication.translate("LayerPanel", "Layers"), window.qt_window)
    dock.setObjectName("layersDock")
    dock.setWidget(panel)
    dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetMovable
                     | QDockWidget.DockWidgetFeature.DockWidgetFloatable)
    window.add_dock(dock, Qt.DockWidgetArea.LeftDockWidgetArea)
    stack = window.session.undo_stack
    panel.undo_stack = lambda: stack
    panel.zoom_requested.connect(window.canvas.zoom_to_layer)
    panel.table_requested.connect(tables.open)
    panel.style_requested.connect(lambda layer: style_dialog.edit_style(layer, window.qt_window, undo=stack))
    panel.save_requested.connect(lambda layer: save_features.save_layer_as(window, layer))

    menu_items = (("layer_style", QCoreApplication.translate("LayerPanel", "Style…"), panel.act_style),
                  ("zoom_to_layer", QCoreApplication.translate("LayerPanel", "Zoom to layer"), panel.act_zoom),
                  ("attribute_table", QCoreApplication.translate("LayerPanel", "Open attribute table"),
                   panel.act_table),
                  ("rename_layer", QCoreApplication.translate("LayerPanel", "Rename layer"), panel.act_rename),
                  ("save_layer_as", QCoreApplication.translate("LayerPanel", "Save features as…"), panel.act_save),
                  ("use_as_hotspots", QCoreApplication.translate("LayerPanel", "Use as hot spots"),
                   panel.act_hotspots),
                  ("remove_layer", QCoreApplication.translate("LayerPanel", "Remove layer"), panel.act_remove))
    actions = [window.add_action(key, text, target.trigger, "layer", order=order, tip=target.toolTip(),
                                 shortcut="F2" if key == "rename_layer" else None)
               for order, (key, text, target) in enumerate(menu_items)]

    def sync_enabled(_layer: object) -> None:
        for action, (_key, _text, target) in zip(actions, menu_items, strict=True):
            action.setEnabled(target.isEnabled())

    panel.current_changed.connect(sync_enabled)
    sync_enabled(None)
    return panel
