"""A QGIS project inside the project GeoPackage: regionmap's layer names, order, visibility and styles in QGIS.

Dropping a GeoPackage on QGIS adds its tables named ``<file> — <table>``, all visible; QML styles carry neither
the layer's name nor whether it is shown.  A QGIS project stored in the GeoPackage does: QGIS's Browser lists it
under the file, and *Project > Open From > GeoPackage* opens it, with the layers named, ordered, shown or hidden
and styled as in regionmap.

The project is stored as QGIS itself stores one (``QgsProject.write("geopackage:...")``, QGIS 3.22): a table
``qgis_projects (name, metadata, content)``, not registered in ``gpkg_contents``, whose ``content`` is the
hexadecimal text of a ``.qgz`` (a zip holding one ``.qgs``).  Layers point at the GeoPackage by a path relative
to its folder (``./plan.gpkg|layername=rm_x``), so the file can move with its folder; a renamed file makes
QGIS ask for the layers' new place.  The XML is built with :mod:`xml.etree` (names escaped).
"""

from __future__ import annotations

import io
import json
import math
import sqlite3
import xml.etree.ElementTree as ET
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from layers.project.qml import QGIS_VERSION, xml_text

PROJECTS_TABLE = "qgis_projects"
PROJECT_NAME = "regionmap"
Extent = tuple[float, float, float, float]  # xmin, ymin, xmax, ymax
GEOMETRY_NAMES = {"point": "Point", "line": "Line", "polygon": "Polygon"}


@dataclass(frozen=True)
class QgisLayer:
    """One layer of the QGIS project: its table, name, geometry family, visibility and QML style."""

    table: str
    name: str
    family: str
    visible: bool
    qml: str


def _srs(parent: ET.Element) -> None:
    ref = ET.SubElement(ET.SubElement(parent, "srs") if parent.tag == "maplayer" else parent, "spatialrefsys")
    ET.SubElement(ref, "authid").text = "EPSG:3067"
    ET.SubElement(ref, "srid").text = "3067"


def project_xml(file_name: str, layers: Sequence[QgisLayer], extent: Extent | None = None,
                title: str = "regionmap") -> str:
    """The ``.qgs`` text of a project showing ``layers`` (top first) of the GeoPackage ``file_name``, opening on
    ``extent`` (EPSG:3067 metres)."""
    root = ET.Element("qgis", version=QGIS_VERSION, projectname=xml_text(title))
    ET.SubElement(root, "title").text = xml_text(title)
    _srs(ET.SubElement(root, "projectCrs"))
    if extent is not None and all(math.isfinite(v) for v in extent):
        canvas = ET.SubElement(root, "mapcanvas", name="theMapCanvas", annotationsVisible="1")
        ET.SubElement(canvas, "units").text = "meters"
        box = ET.SubElement(canvas, "extent")
        for tag, value in zip(("xmin", "ymin", "xmax", "ymax"), extent, strict=True):
            ET.SubElement(box, tag).text = repr(float(value))
        ET.SubElement(canvas, "rotation").text = "0"
        _srs(ET.SubElement(canvas, "destinationsrs"))
    tree = ET.SubElement(root, "layer-tree-group")
    projectlayers = ET.SubElement(root, "projectlayers")
    order = ET.SubElement(root, "layerorder")
    for i, layer in enumerate(layers):
        layer_id = f"regionmap_layer_{i}"
        source = f"./{file_name}|layername={layer.table}"
        ET.SubElement(tree, "layer-tree-layer", id=layer_id, name=xml_text(layer.name), source=xml_text(source),
                      providerKey="ogr", expanded="1", checked="Qt::Checked" if layer.visible else "Qt::Unchecked")
        ET.SubElement(order, "layer", id=layer_id)
        maplayer = ET.SubElement(projectlayers, "maplayer", type="vector",
                                 geometry=GEOMETRY_NAMES.get(layer.family, "Polygon"))
        ET.SubElement(maplayer, "id").text = layer_id
        ET.SubElement(maplayer, "datasource").text = xml_text(source)
        ET.SubElement(maplayer, "layername").text = xml_text(layer.name)
        ET.SubElement(maplayer, "provider", encoding="UTF-8").text = "ogr"
        _srs(maplayer)
        style = ET.fromstring(layer.qml.split("\n", 1)[1])  # our own QML: its renderer and opacity, as they are
        for child in style:
            maplayer.append(child)
    properties = ET.SubElement(root, "properties")
    paths = ET.SubElement(properties, "Paths")
    ET.SubElement(paths, "Absolute", type="bool").text = "false"
    return "<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>\n" + ET.tostring(root, encoding="unicode")


def write_qgis_project(con: sqlite3.Connection, file_name: str, layers: Sequence[QgisLayer],
                       extent: Extent | None = None) -> None:
    """Store the project of ``layers`` (top first) in ``con`` as QGIS does, under :data:`PROJECT_NAME`."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr(f"{PROJECT_NAME}.qgs", project_xml(file_name, layers, extent))
    metadata = json.dumps({"last_modified_time": datetime.now().isoformat(timespec="seconds"),
                           "last_modified_user": "regionmap"})
    con.execute(f"CREATE TABLE IF NOT EXISTS {PROJECTS_TABLE} (name TEXT PRIMARY KEY, metadata BLOB, content BLOB)")
    con.execute(f"INSERT OR REPLACE INTO {PROJECTS_TABLE} (name, metadata, content) VALUES (?, ?, ?)",
                (PROJECT_NAME, metadata, buf.getvalue().hex()))


__all__ = ["PROJECTS_TABLE", "PROJECT_NAME", "QgisLayer", "project_xml", "write_qgis_project"]
