"""The dock that lists the attributes of the features under a clicked map point.

Which features are hit, their labels and their attribute texts are Qt-free and live in :mod:`layers.query`
(the canvas's hover and the painter's point labels use them too).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QDockWidget, QHeaderView, QLabel, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from layers.query import Hit, feature_attributes, feature_name


class IdentifyPanel(QWidget):
    """A tree: layer -> feature -> field / value.  ``hit_selected(Hit)`` when the user picks a feature."""

    hit_selected = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        self.hint = QLabel(QCoreApplication.translate(
            "IdentifyPanel", "Click a feature on the map to see its attributes."))
        self.hint.setWordWrap(True)
        layout.addWidget(self.hint)
        self.tree = QTreeWidget()
        self.tree.setColumnCount(2)
        self.tree.setHeaderLabels([QCoreApplication.translate("IdentifyPanel", "Feature / field"),
                                   QCoreApplication.translate("IdentifyPanel", "Value")])
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        self.tree.header().setStretchLastSection(True)
        self.tree.setColumnWidth(0, 150)
        self.tree.setAlternatingRowColors(True)
        layout.addWidget(self.tree)
        self.hits: list[Hit] = []
        self.tree.currentItemChanged.connect(self._current_changed)

    def _current_changed(self, item: QTreeWidgetItem | None, _previous: QTreeWidgetItem | None) -> None:
        while item is not None and item.data(0, Qt.ItemDataRole.UserRole + 1) is None:
            item = item.parent()
        if item is not None:
            index = int(item.data(0, Qt.ItemDataRole.UserRole + 1))
            if 0 <= index < len(self.hits):
                self.hit_selected.emit(self.hits[index])

    def show_hits(self, hits: list[Hit], where: str = "") -> None:
        self.hits = list(hits)
        self.tree.clear()
        if not hits:
            self.hint.setText(QCoreApplication.translate("IdentifyPanel", "No feature here ({where}).").format(
                where=where) if where else QCoreApplication.translate("IdentifyPanel", "No feature here."))
            return
        if not where:
            self.hint.setText("")
        elif len(hits) == 1:  # Finnish and Swedish have English's two forms: one, and more
            self.hint.setText(QCoreApplication.translate("IdentifyPanel", "1 feature at {where}").format(where=where))
        else:
            self.hint.setText(QCoreApplication.translate("IdentifyPanel", "{n} features at {where}").format(
                n=len(hits), where=where))
        by_layer: dict[int, QTreeWidgetItem] = {}
        first_feature: QTreeWidgetItem | None = None
        for index, hit in enumerate(hits):
            layer_item = by_layer.get(hit.layer.id)
            if layer_item is None:
                layer_item = QTreeWidgetItem([hit.layer.name, ""])
                font = layer_item.font(0)
                font.setBold(True)
                layer_item.setFont(0, font)
                layer_item.setToolTip(0, f"{hit.layer.name}\n{hit.layer.note}".strip())
                self.tree.addTopLevelItem(layer_item)
                layer_item.setFirstColumnSpanned(True)
                by_layer[hit.layer.id] = layer_item
            place = feature_name(hit.layer, hit.row)
            feature = QTreeWidgetItem([place.label, ""])
            feature.setToolTip(0, place.tooltip)  # the other language's name, where it differs
            feature.setData(0, Qt.ItemDataRole.UserRole, hit.row)
            feature.setData(0, Qt.ItemDataRole.UserRole + 1, index)
            for name, value in feature_attributes(hit.layer, hit.row):
                QTreeWidgetItem(feature, [name, value])
            layer_item.addChild(feature)
            layer_item.setExpanded(True)
            if first_feature is None:
                first_feature = feature
        if first_feature is not None:
            first_feature.setExpanded(True)

    def rows(self) -> list[tuple[str, str]]:
        """All (column 0, column 1) texts, depth first (for tests and copying)."""
        out: list[tuple[str, str]] = []

        def walk(item: QTreeWidgetItem) -> None:
            out.append((item.text(0), item.text(1)))
            for i in range(item.childCount()):
                child = item.child(i)
                if child is not None:
                    walk(child)

        for i in range(self.tree.topLevelItemCount()):
            top = self.tree.topLevelItem(i)
            if top is not None:
                walk(top)
        return out


class IdentifyDock(QDockWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(QCoreApplication.translate("IdentifyDock", "Identify"), parent)
        self.setObjectName("identifyDock")
        self.panel = IdentifyPanel(self)
        self.setWidget(self.panel)
