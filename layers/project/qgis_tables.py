"""The tables that make QGIS show a project GeoPackage as regionmap does: ``layer_styles``, and the table order.

QGIS (3.22, Debian 12) applies the style of a GeoPackage table that ``layer_styles`` marks ``useAsDefault``
when the table is added, by dropping the file, from the Browser or with ``QgsVectorLayer.loadDefaultStyle``.
The table is the one QGIS itself writes (``Save style > In database``): the columns below, registered in
``gpkg_contents`` as ``attributes`` so that GDAL and QGIS treat it as a table of the GeoPackage.

Order: GDAL lists a GeoPackage's tables in the order they were written, and QGIS adds a dropped file's layers
in that order *top first* (the first table is at the top of its layer panel).  So :func:`qgis_write_order`
writes the tables top first, the reverse of regionmap's drawing order (bottom first).

The project state table (``regionmap_project``) is registered in ``gpkg_contents`` with regionmap's own data
type (:data:`STATE_DATA_TYPE`, declared in ``gpkg_extensions`` as the GeoPackage standard asks of an extended
GeoPackage): GDAL, and so QGIS, list only ``features`` and ``attributes`` tables and tables not registered at
all (QGIS opens GeoPackages listing every table), so an ``attributes`` or an unregistered state table would be
offered as a layer.  regionmap's loader reads the state with SQLite and does not look at the registration;
older projects, where the state is an ``attributes`` table, still load.

``layer_styles`` itself must stay an ``attributes`` table: QGIS reads styles through GDAL, which only opens
tables it lists.  So QGIS 3.22 adds it as a table when the whole file is opened, as it does for the styles of
any GeoPackage QGIS itself saved.  QGIS names the layers it adds ``<file> — <table>`` (it ignores
``gpkg_contents.identifier``, which holds the layer's name for other programs) and shows them all; the QGIS
project stored in the file (:mod:`layers.project.qgis_project`) has the names and the visibility too.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TypeVar

STYLES_TABLE = "layer_styles"
STATE_DATA_TYPE = "regionmap_state"
STATE_EXTENSION = "regionmap_project_state"  # GeoPackage extension names are <author>_<name>
T = TypeVar("T")


@dataclass(frozen=True)
class TableStyle:
    """The default style of one feature table."""

    table: str
    geometry_column: str
    name: str  # the layer's name: the style's name and description in QGIS
    qml: str


def qgis_write_order(items: Sequence[T]) -> list[T]:
    """``items`` in drawing order (bottom first) as QGIS wants the tables written: top first."""
    return list(reversed(items))


def write_layer_styles(con: sqlite3.Connection, styles: Iterable[TableStyle]) -> None:
    """Create ``layer_styles`` as QGIS does, register it in ``gpkg_contents``, and store each table's style.

    Values go in as SQL parameters, never as SQL text."""
    con.execute(f"""CREATE TABLE IF NOT EXISTS {STYLES_TABLE} (
        id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
        f_table_catalog TEXT(256), f_table_schema TEXT(256), f_table_name TEXT(256),
        f_geometry_column TEXT(256), styleName TEXT(30), styleQML TEXT, styleSLD TEXT,
        useAsDefault BOOLEAN, description TEXT, owner TEXT(30), ui TEXT(30), update_time DATETIME
        DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')))""")
    con.execute("INSERT OR REPLACE INTO gpkg_contents (table_name, data_type, identifier, description, last_change) "
                "VALUES (?, 'attributes', ?, ?, strftime('%Y-%m-%dT%H:%M:%fZ','now'))",
                (STYLES_TABLE, STYLES_TABLE, "layer styles (QGIS QML), one default per layer"))
    con.executemany(
        f"INSERT INTO {STYLES_TABLE} (f_table_catalog, f_table_schema, f_table_name, f_geometry_column, styleName, "
        "styleQML, styleSLD, useAsDefault, description, owner, ui) VALUES ('', '', ?, ?, ?, ?, '', 1, ?, "
        "'regionmap', '')",
        [(s.table, s.geometry_column, s.name, s.qml, f"regionmap style of {s.name}") for s in styles])


def register_state_table(con: sqlite3.Connection, table: str) -> None:
    """Register the project state ``table`` as regionmap's own data, which GDAL and QGIS do not list as a layer."""
    con.execute("INSERT OR REPLACE INTO gpkg_contents (table_name, data_type, identifier, description, last_change) "
                "VALUES (?, ?, ?, ?, strftime('%Y-%m-%dT%H:%M:%fZ','now'))",
                (table, STATE_DATA_TYPE, table, "regionmap project state (JSON)"))
    con.execute("CREATE TABLE IF NOT EXISTS gpkg_extensions (table_name TEXT, column_name TEXT, extension_name TEXT "
                "NOT NULL, definition TEXT NOT NULL, scope TEXT NOT NULL, CONSTRAINT ge_tce UNIQUE (table_name, "
                "column_name, extension_name))")
    con.execute("DELETE FROM gpkg_extensions WHERE table_name = ? AND extension_name = ?", (table, STATE_EXTENSION))
    con.execute("INSERT INTO gpkg_extensions (table_name, column_name, extension_name, definition, scope) VALUES "
                "(?, NULL, ?, ?, 'read-write')",
                (table, STATE_EXTENSION, "regionmap's project state as versioned JSON (layers/project/schema.py)"))


def geometry_column(con: sqlite3.Connection, table: str) -> str:
    """The geometry column GDAL gave ``table`` (``geom`` for the tables regionmap writes)."""
    row = con.execute("SELECT column_name FROM gpkg_geometry_columns WHERE table_name = ?", (table,)).fetchone()
    return str(row[0]) if row else "geom"


__all__ = ["STATE_DATA_TYPE", "STYLES_TABLE", "TableStyle", "geometry_column", "qgis_write_order",
           "register_state_table", "write_layer_styles"]
