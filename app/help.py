"""Help > About (with the data sources and licences of the map on screen) and Help > Keyboard and mouse."""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

if TYPE_CHECKING:
    from layers.document import MapDocument

SCHEMATIC_BANNER = "Municipal areas are schematic (generated from municipal centres), not official boundaries"

KEYS_HTML = ("<table>"
             "<tr><td>Drag / arrow keys</td><td>pan (Shift+arrow: fine)</td></tr>"
             "<tr><td>Wheel</td><td>zoom around the cursor</td></tr>"
             "<tr><td>+ / -</td><td>zoom in / out</td></tr>"
             "<tr><td>Home, Ctrl+Shift+F</td><td>zoom to the region (QGIS: zoom full)</td></tr>"
             "<tr><td>Click</td><td>identify the features under the cursor</td></tr>"
             "<tr><td>Right-click</td><td>zoom here, identify, copy coordinates</td></tr>"
             "<tr><td>Middle-drag</td><td>pan</td></tr>"
             "<tr><td>Ctrl+Shift+M</td><td>measure a distance (right-click finishes, Esc clears)</td></tr>"
             "<tr><td>Ctrl+O / Ctrl+Shift+V</td><td>open a project / add data (as in QGIS)</td></tr>"
             "<tr><td>F6 / F7</td><td>attribute table / style of the current layer</td></tr>"
             "<tr><td>Ctrl+D</td><td>remove the current layer</td></tr>"
             "<tr><td>Ctrl+Shift+I</td><td>identify panel</td></tr>"
             "</table>")


def sources_html(document: MapDocument) -> str:
    """Data sources and licences: the region's, then each layer's own (parts already listed are not repeated)."""
    seen: set[str] = set()
    region_items: list[str] = []
    for part in document.region.attribution.split(";"):
        part = part.strip()
        if part and part not in seen:
            seen.add(part)
            region_items.append(f"<li>{html.escape(part)}</li>")
    if document.region.schematic:
        region_items.append(f"<li>{html.escape(SCHEMATIC_BANNER)}.</li>")
    layer_items: list[str] = []
    for layer in document.layers:
        parts = [p.strip() for p in layer.attribution.split(";") if p.strip() and p.strip() not in seen]
        seen.update(parts)
        if parts:
            layer_items.append(f"<li><i>{html.escape(layer.name)}</i>: {html.escape('; '.join(parts))}</li>")
    out = "<p><b>Region</b></p><ul>" + "".join(region_items) + "</ul>"
    if layer_items:
        out += "<p><b>Layers</b></p><ul>" + "".join(layer_items) + "</ul>"
    return out


def show_about(parent: QWidget, document: MapDocument) -> QMessageBox:
    """Open (without blocking) the About box of ``parent`` for the map ``document`` shows."""
    from layers import __version__

    text = (f"<h3>regionmap {html.escape(__version__)}</h3>"
            "<p>Map tool for the regional planners of Helsinki-Uusimaa: municipalities, city hot spots and the "
            "in-between areas with transport, energy and project layers, a coverage check and map exports.</p>"
            "<h4>Data sources and licences</h4>" + sources_html(document))
    box = _rich_box(parent, "About regionmap", text)
    box.setIconPixmap(parent.windowIcon().pixmap(QSize(64, 64)))
    label = box.findChild(QLabel, "qt_msgbox_label")
    if label is not None:
        label.setMinimumWidth(480)
        label.setWordWrap(True)
    box.open()
    return box


def show_keys(parent: QWidget) -> QMessageBox:
    box = _rich_box(parent, "Keyboard and mouse", KEYS_HTML)
    box.open()
    return box


def _rich_box(parent: QWidget, title: str, text: str) -> QMessageBox:
    box = QMessageBox(parent)
    box.setWindowTitle(title)
    box.setTextFormat(Qt.TextFormat.RichText)
    box.setText(text)
    return box
