"""Help > About (with the data sources and licences of the map on screen) and Help > Keyboard and mouse."""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSize, Qt
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

if TYPE_CHECKING:
    from layers.document import MapDocument

# English (the window's banner compares it); shown as QCoreApplication.translate("help", SCHEMATIC_BANNER)
SCHEMATIC_BANNER = str(QT_TRANSLATE_NOOP("help", "Municipal areas are schematic (generated from municipal centres), "
                                                 "not official boundaries"))

# (what the user does, what happens) of Help > Keyboard and mouse, in English; shown translated
KEYS = [(str(QT_TRANSLATE_NOOP("help", "Drag / arrow keys")),
         str(QT_TRANSLATE_NOOP("help", "pan (Shift+arrow: fine)"))),
        (str(QT_TRANSLATE_NOOP("help", "Wheel")), str(QT_TRANSLATE_NOOP("help", "zoom around the cursor"))),
        ("+ / -", str(QT_TRANSLATE_NOOP("help", "zoom in / out"))),
        ("Home, Ctrl+Shift+F", str(QT_TRANSLATE_NOOP("help", "zoom to the region (QGIS: zoom full)"))),
        (str(QT_TRANSLATE_NOOP("help", "Click")),
         str(QT_TRANSLATE_NOOP("help", "identify the features under the cursor"))),
        (str(QT_TRANSLATE_NOOP("help", "Right-click")),
         str(QT_TRANSLATE_NOOP("help", "zoom here, identify, copy coordinates"))),
        (str(QT_TRANSLATE_NOOP("help", "Middle-drag")), str(QT_TRANSLATE_NOOP("help", "pan"))),
        ("Ctrl+Shift+M", str(QT_TRANSLATE_NOOP("help", "measure a distance (right-click finishes, Esc clears)"))),
        ("Ctrl+O / Ctrl+Shift+V", str(QT_TRANSLATE_NOOP("help", "open a project / add data (as in QGIS)"))),
        ("F6 / F7", str(QT_TRANSLATE_NOOP("help", "attribute table / style of the current layer"))),
        ("Ctrl+D", str(QT_TRANSLATE_NOOP("help", "remove the current layer"))),
        ("Ctrl+Shift+I", str(QT_TRANSLATE_NOOP("help", "identify panel")))]


def keys_html() -> str:
    """The table of keys and mouse gestures in the interface's language (the key names stay as Qt writes them)."""
    rows = "".join(f"<tr><td>{html.escape(QCoreApplication.translate('help', what))}</td>"
                   f"<td>{html.escape(QCoreApplication.translate('help', does))}</td></tr>" for what, does in KEYS)
    return f"<table cellpadding=\"3\">{rows}</table>"  # room between the columns in longer languages


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
        region_items.append(f"<li>{html.escape(QCoreApplication.translate('help', SCHEMATIC_BANNER))}.</li>")
    layer_items: list[str] = []
    for layer in document.layers:
        parts = [p.strip() for p in layer.attribution.split(";") if p.strip() and p.strip() not in seen]
        seen.update(parts)
        if parts:
            layer_items.append(f"<li><i>{html.escape(layer.name)}</i>: {html.escape('; '.join(parts))}</li>")
    region = html.escape(QCoreApplication.translate("help", "Region"))
    out = f"<p><b>{region}</b></p><ul>" + "".join(region_items) + "</ul>"
    if layer_items:
        layers = html.escape(QCoreApplication.translate("help", "Layers"))
        out += f"<p><b>{layers}</b></p><ul>" + "".join(layer_items) + "</ul>"
    return out


def show_about(parent: QWidget, document: MapDocument) -> QMessageBox:
    """Open (without blocking) the About box of ``parent`` for the map ``document`` shows."""
    from layers import __version__

    about = QCoreApplication.translate("help", "Map tool for the regional planners of Helsinki-Uusimaa: "
                                       "municipalities, city hot spots and the in-between areas with transport, "
                                       "energy and project layers, a coverage check and map exports.")
    sources = QCoreApplication.translate("help", "Data sources and licences")
    text = (f"<h3>regionmap {html.escape(__version__)}</h3><p>{html.escape(about)}</p>"
            f"<h4>{html.escape(sources)}</h4>" + sources_html(document))
    box = _rich_box(parent, QCoreApplication.translate("help", "About regionmap"), text)
    box.setIconPixmap(parent.windowIcon().pixmap(QSize(64, 64)))
    label = box.findChild(QLabel, "qt_msgbox_label")
    if label is not None:
        label.setMinimumWidth(480)
        label.setWordWrap(True)
    box.open()
    return box


def show_keys(parent: QWidget) -> QMessageBox:
    box = _rich_box(parent, QCoreApplication.translate("help", "Keyboard and mouse"), keys_html())
    box.open()
    return box


def _rich_box(parent: QWidget, title: str, text: str) -> QMessageBox:
    box = QMessageBox(parent)
    box.setWindowTitle(title)
    box.setTextFormat(Qt.TextFormat.RichText)
    box.setText(text)
    return box
