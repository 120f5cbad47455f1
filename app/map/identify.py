"""Which features are under a map point (hover and identify), and a dock that lists their attributes."""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDockWidget, QHeaderView, QLabel, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

if TYPE_CHECKING:
    from layers.document import MapDocument
    from layers.model import Layer

MAX_HITS_PER_LAYER = 10


@dataclass(frozen=True)
class Hit:
    layer: Layer
    row: int
    distance_m: float  # 0 inside a polygon


def features_at(document: MapDocument, x: float, y: float, tolerance_m: float) -> list[Hit]:
    """Features of visible layers at (x, y) in EPSG:3067: points and lines within ``tolerance_m``, polygons
    containing the point (or within the tolerance of their edge).  Top layer first; within a layer nearest
    first.  Points and lines come before polygons so that a small feature on top of an area wins the hover."""
    import numpy as np
    import shapely

    point = shapely.Point(x, y)
    small: list[Hit] = []
    areas: list[Hit] = []
    for layer in reversed(list(document.layers)):
        if not layer.visible or len(layer.data) == 0 or layer.style.opacity <= 0:
            continue
        gdf = layer.data
        idx = gdf.sindex.query(shapely.box(x - tolerance_m, y - tolerance_m, x + tolerance_m, y + tolerance_m))
        if len(idx) == 0:
            continue
        geoms = np.asarray(gdf.geometry.values, dtype=object)[idx]
        dist = shapely.distance(geoms, point)
        ok = dist <= tolerance_m
        order = np.argsort(dist[ok], kind="stable")[:MAX_HITS_PER_LAYER]
        rows, dists = np.asarray(idx)[ok][order], dist[ok][order]
        type_ids = shapely.get_type_id(geoms[ok][order])
        for row, d, tid in zip(rows.tolist(), dists.tolist(), type_ids.tolist(), strict=True):
            (areas if tid in (3, 6) else small).append(Hit(layer, int(row), float(d)))
    return small + areas


_LABEL_FIELDS = ("name", "nimi", "namn", "label", "title")
_ID_FIELDS = ("code", "id", "kunta", "ref")


def label_field(columns: list[str]) -> str | None:
    """The field that best names a feature: ``name``-like first (also ``stop_name``, ``NIMI``), then ids."""
    lower = {str(c).lower(): str(c) for c in columns}
    for key in _LABEL_FIELDS:
        if key in lower:
            return lower[key]
    for key in _LABEL_FIELDS:
        for low, original in lower.items():
            if low.endswith("_" + key) or low.startswith(key + "_"):
                return original
    for key in _ID_FIELDS:
        if key in lower:
            return lower[key]
    return None


def feature_label(layer: Layer, row: int) -> str:
    data = layer.data
    name = label_field(list(data.columns))
    if name is not None:
        value = data.iloc[row][name]
        if value is not None and str(value) not in ("", "nan", "None"):
            return str(value)
    return f"feature {row + 1}"


def feature_attributes(layer: Layer, row: int) -> list[tuple[str, str]]:
    """(field, value) pairs of one feature, with its geometry summarised (type, area or length)."""
    data = layer.data
    record = data.iloc[row]
    geom_col = data.geometry.name
    out: list[tuple[str, str]] = []
    for name in data.columns:
        if name == geom_col:
            continue
        out.append((str(name), _format(record[name])))
    geom = record[geom_col]
    if geom is not None and not geom.is_empty:
        out.append(("(geometry)", geom.geom_type))
        if geom.area > 0:
            out.append(("(area)", f"{geom.area / 1e6:,.2f} km²"))
        elif geom.length > 0:
            out.append(("(length)", f"{geom.length / 1000:,.2f} km"))
        else:
            out.append(("(E, N)", f"{geom.x:,.0f}, {geom.y:,.0f}"))
    return out


def _format(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        if math.isnan(value):
            return ""
        return f"{value:,.0f}" if value.is_integer() and abs(value) < 1e15 else f"{value:,.4g}"
    return str(value)


class IdentifyPanel(QWidget):
    """A tree: layer -> feature -> field / value.  ``hit_selected(Hit)`` when the user picks a feature."""

    hit_selected = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        self.hint = QLabel("Click a feature on the map to see its attributes.")
        self.hint.setWordWrap(True)
        layout.addWidget(self.hint)
        self.tree = QTreeWidget()
        self.tree.setColumnCount(2)
        self.tree.setHeaderLabels(["Feature / field", "Value"])
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
            self.hint.setText(f"No feature here{(' (' + where + ')') if where else ''}.")
            return
        self.hint.setText(f"{len(hits)} feature{'s' if len(hits) != 1 else ''} at {where}" if where else "")
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
            feature = QTreeWidgetItem([feature_label(hit.layer, hit.row), ""])
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
        super().__init__("Identify", parent)
        self.setObjectName("identifyDock")
        self.panel = IdentifyPanel(self)
        self.setWidget(self.panel)
