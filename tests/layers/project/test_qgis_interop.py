"""QGIS opens a saved project as regionmap draws it: styles from ``layer_styles``, order, types, no state layer,
and the QGIS project stored in the file with the layers' names and visibility.

The check runs Debian's QGIS (``/usr/bin/python3`` with PyQGIS, offscreen) in a subprocess, once for the
module, and skips with a reason where QGIS is not installed (``make test`` installs it where it runs as root).
"""

from __future__ import annotations

import json
import sqlite3
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import geopandas as gpd
import pytest
import shapely

from layers.model import Layer, LayerKind, Style
from layers.project import save_project
from layers.project.qgis_tables import STATE_DATA_TYPE
from layers.project.qml import layer_qml, rgba
from layers.project.schema import META_TABLE

SYSTEM_PYTHON = "/usr/bin/python3"
HOSTILE = 'Stops <b>"&\' ]]> \x01 --'

QGIS_SCRIPT = r"""
import json, os, sys
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from qgis.core import QgsApplication, QgsProviderRegistry, QgsVectorLayer, QgsWkbTypes
app = QgsApplication([], False)
app.initQgis()
path = sys.argv[1]
out = {"sublayers": [], "layers": {}}
for sub in QgsProviderRegistry.instance().querySublayers(path):
    out["sublayers"].append([sub.name(), QgsWkbTypes.displayString(sub.wkbType())])
    layer = QgsVectorLayer(f"{path}|layername={sub.name()}", sub.name(), "ogr")
    message, ok = layer.loadDefaultStyle()
    renderer = layer.renderer()
    info = {"style_loaded": ok, "renderer": renderer.type(), "opacity": layer.opacity()}
    if renderer.type() == "categorizedSymbol":
        info["field"] = renderer.classAttribute()
        info["categories"] = [[c.value(), c.symbol().color().name(), c.symbol().color().alpha()]
                              for c in renderer.categories()]
    else:
        sym = renderer.symbol()
        first = sym.symbolLayer(0)
        info["colour"] = [sym.color().name(), sym.color().alpha()]
        info["stroke"] = first.strokeColor().name() if hasattr(first, "strokeColor") else None
        info["size"] = sym.size() if hasattr(sym, "size") else None
        info["width"] = sym.width() if hasattr(sym, "width") else None
    out["layers"][sub.name()] = info
from qgis.core import QgsProject
project = QgsProject.instance()
out["project_read"] = project.read(f"geopackage:{path}?projectName=regionmap")
out["tree"] = [[node.name(), node.isVisible(), bool(node.layer() and node.layer().isValid()),
                node.layer().renderer().type() if node.layer() else None]
               for node in project.layerTreeRoot().findLayers()]
print(json.dumps(out), flush=True)
os._exit(0)  # QGIS 3.22 may crash tearing down its providers; the answer is out
"""


def _qgis_available() -> str | None:
    """None when PyQGIS imports under the system Python, else why not."""
    try:
        proc = subprocess.run([SYSTEM_PYTHON, "-c", "import qgis.core"], capture_output=True, text=True, timeout=60)
    except (OSError, subprocess.TimeoutExpired) as exc:
        return f"{SYSTEM_PYTHON} cannot run ({exc})"
    return None if proc.returncode == 0 else "QGIS is not installed (Debian packages qgis python3-qgis)"


def _document():
    from layers.document import MapDocument

    doc = MapDocument.default()
    points = gpd.GeoDataFrame({"mode": ["bus", "tram", 'x"<&']},
                              geometry=[shapely.Point(385_000, 6_672_000), shapely.Point(386_000, 6_673_000),
                                        shapely.Point(387_000, 6_671_000)], crs=3067)
    doc.layers.append(Layer(points, HOSTILE, kind=LayerKind.TRANSPORT, style=Style(
        fill="#ff0000", stroke="#000000", point_size=9, fill_opacity=0.0, category_field="mode",
        categories=(("bus", "#0000ff"), ('x"<&', "#00ff00")))))
    doc.region_layer.style = doc.region_layer.style.with_(stroke="#123456", width=2.0, opacity=0.5)
    return doc


@pytest.fixture(scope="module")
def project(tmp_path_factory) -> tuple[Path, list[str], list[str]]:
    """A saved project, its tables in drawing order (bottom first) and its layer names."""
    from layers.project.save import project_state

    doc = _document()
    path = save_project(doc, tmp_path_factory.mktemp("qgis") / "plan.gpkg")
    _state, pairs = project_state(doc)
    return path, [st.table for _lyr, st in pairs], [st.name for _lyr, st in pairs]


@pytest.fixture(scope="module")
def in_qgis(project, tmp_path_factory) -> dict:
    why = _qgis_available()
    if why:
        pytest.skip(why)
    script = tmp_path_factory.mktemp("qgis_script") / "probe.py"
    script.write_text(QGIS_SCRIPT, encoding="utf-8")
    proc = subprocess.run([SYSTEM_PYTHON, str(script), str(project[0])], capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr[-2000:]
    return json.loads(proc.stdout.strip().splitlines()[-1])


def test_qgis_applies_the_saved_styles(project, in_qgis):
    _path, tables, _names = project
    layers = in_qgis["layers"]
    assert all(info["style_loaded"] for info in layers.values())
    stops = layers[tables[-1]]
    assert stops["renderer"] == "categorizedSymbol"
    assert stops["field"] == "mode"
    assert stops["categories"] == [["bus", "#0000ff", 255], ['x"<&', "#00ff00", 255], ["", "#ff0000", 255]]
    region = layers["rm_municipalities_schematic"]
    assert region["renderer"] == "singleSymbol"
    assert region["opacity"] == pytest.approx(0.5)
    assert region["stroke"] == "#123456"
    between = layers["rm_in_between_areas"]
    assert between["colour"] == ["#c5e1a5", round(255 * 0.35)]  # the in-between default at its fill opacity


def test_qgis_lists_the_layers_top_first_typed_and_without_the_state(project, in_qgis):
    _path, tables, _names = project
    listed = [name for name, _type in in_qgis["sublayers"]]
    assert listed == list(reversed(tables))  # QGIS adds a file's tables top first: regionmap's top layer on top
    assert META_TABLE not in listed
    types = dict(in_qgis["sublayers"])
    assert types["rm_municipalities_schematic"] == "MultiPolygon"
    assert types["rm_in_between_areas"] == "MultiPolygon"


def test_the_embedded_qgis_project_has_the_names_order_visibility_and_styles(project, in_qgis):
    _path, _tables, names = project
    assert in_qgis["project_read"] is True
    tree = in_qgis["tree"]
    assert [name for name, *_rest in tree] == [n.replace("\x01", "\ufffd") for n in reversed(names)]  # top first
    assert all(valid for _n, _v, valid, _r in tree)  # every layer found its table in the file
    visible = {name: shown for name, shown, *_rest in tree}
    assert visible["Settlements (GeoNames)"] is False and visible["Hot spots"] is True
    assert tree[0][3] == "categorizedSymbol"  # the hostile-named stops, on top, styled by category


def test_identifiers_read_as_layer_names_and_the_state_is_not_an_attribute_table(project):
    path, tables, names = project
    with sqlite3.connect(path) as con:
        ids = dict(con.execute("SELECT table_name, identifier FROM gpkg_contents").fetchall())
        kinds = dict(con.execute("SELECT table_name, data_type FROM gpkg_contents").fetchall())
    assert [ids[t] for t in tables] == names
    assert kinds[META_TABLE] == STATE_DATA_TYPE
    assert kinds["layer_styles"] == "attributes"


def test_qml_escapes_hostile_values():
    style = Style(fill="#ff000080", category_field='f"<&\x00', categories=(("<a>&'\x1f", "#00ff00"),))
    root = ET.fromstring(layer_qml(style, "polygon").split("\n", 1)[1])  # parses: nothing unescaped
    renderer = root.find("renderer-v2")
    assert renderer is not None and renderer.get("attr") == 'f"<&\ufffd'
    assert [c.get("value") for c in renderer.iter("category")] == ["<a>&'\ufffd", ""]
    assert rgba("#ff000080", 0.5) == "255,0,0,64"
    assert rgba("javascript:alert(1)") == "128,128,128,255"
