"""Save a document as one GeoPackage, atomically: the old file or the new one, never a broken one.

Every layer becomes a plain GeoPackage feature table in EPSG:3067 (QGIS and ``ogrinfo`` open them as ordinary
layers); the project state (:mod:`layers.project.schema`) goes into the table ``regionmap_project``, registered
as regionmap's own data type so that QGIS does not list it; ``layer_styles`` holds each layer's style as QGIS
QML, and the tables are written top layer first (:mod:`layers.project.qgis_tables`).  The file is written next
to the target under a temporary name, flushed to disk, re-opened and checked (layers, feature counts, the
JSON), and only then moved over the target with ``os.replace``; the folder is fsynced so that the rename itself
survives a power cut.  Just before the rename, SQLite side files a crashed program left beside the target are
settled or moved aside, because SQLite would pair them with the new file (:mod:`layers.project.sidefiles`).
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import uuid
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from layers.errors import Cancelled, UserError
from layers.i18n import format_number, translate
from layers.project.qgis_tables import qgis_write_order
from layers.project.schema import (
    META_TABLE,
    ROLES,
    LayerState,
    ProjectState,
    column_names,
    style_to_dict,
    table_name,
)
from layers.project.sidefiles import settle_side_files
from layers.tasks import CancelledFn, ProgressFn, check_cancelled, never_cancelled, no_progress

if TYPE_CHECKING:
    import geopandas as gpd

    from layers.document import MapDocument
    from layers.model import Layer

TEMP_MARK = ".saving-"


def project_state(document: MapDocument) -> tuple[ProjectState, list[tuple[Layer, LayerState]]]:
    """The JSON state of ``document`` and, in drawing order, each layer with its table entry."""
    from dataclasses import asdict

    from layers import __version__

    roles = {id(getattr(document, role)): role for role in ROLES if getattr(document, role, None) is not None}
    taken: set[str] = set()
    pairs: list[tuple[Layer, LayerState]] = []
    for layer in document.layers:
        data = layer.data
        geom_col = data.geometry.name if hasattr(data, "geometry") else "geometry"
        attrs = [c for c in data.columns if c != geom_col]
        columns = column_names(attrs)
        order = [[str(c), ""] if c == geom_col else next(p for p in columns if p[0] == str(c)) for c in data.columns]
        pairs.append((layer, LayerState(
            table=table_name(layer.name, taken), name=layer.name, kind=layer.kind.value,
            style=style_to_dict(layer.style), visible=layer.visible, radius_m=layer.radius_m, source=layer.source,
            service_threshold=layer.service_threshold, attribution=layer.attribution, note=layer.note,
            derived=layer.derived, key=layer.key, role=roles.get(id(layer)),
            columns=order, geometry_column=str(geom_col), n_features=len(data),
        )))
    source = document.hotspot_source
    source_table = next((st.table for lyr, st in pairs if lyr is source), None) if source is not None else None
    region = document.region
    extra: dict[str, Any] = {}
    from layers.project.schema import EXTRA_STATE

    for key, (dump, _apply) in EXTRA_STATE.items():
        value = dump(document)
        if value is not None:
            extra[key] = value
    state = ProjectState(
        layers=[st for _lyr, st in pairs],
        schematic=bool(region.schematic),
        region_name=document.region_layer.name,
        region_attribution=region.attribution,
        hotspot_method="layer" if source_table else "settlements",
        hotspot_layer_table=source_table,
        hotspot_params=asdict(document.hotspot_params),
        view=[float(v) for v in document.view] if document.view is not None else None,
        targets=_targets_of(document),
        population_source=_population_source_of(document),
        zone_set=document.zone_set.to_dict() if hasattr(document.zone_set, "to_dict") else None,
        coverage_distance=document.coverage_distance.to_dict() if hasattr(document.coverage_distance, "to_dict")
        else None,
        extra=extra,
        app_version=__version__,
        saved_at=datetime.now(UTC).isoformat(timespec="seconds"),
    )
    return state, pairs


def _population_source_of(document: MapDocument) -> dict[str, str] | None:
    """The coverage check's population source (a layer name and field), if one is chosen."""
    source = document.population_source
    return source.to_dict() if hasattr(source, "to_dict") else None


def _targets_of(document: MapDocument) -> dict[str, Any] | None:
    """Coverage targets per sector if the document keeps them (``coverage_targets`` or ``targets``)."""
    import json

    for attr in ("coverage_targets", "targets"):
        value = getattr(document, attr, None)
        if value is None:
            continue
        if hasattr(value, "to_dict"):
            value = value.to_dict()
        elif hasattr(value, "__dataclass_fields__"):
            from dataclasses import asdict

            value = asdict(value)
        try:
            return json.loads(json.dumps(value, default=str))
        except (TypeError, ValueError):
            return None
    return None


def _frame_for_table(data: gpd.GeoDataFrame, state: LayerState) -> gpd.GeoDataFrame:
    """The layer's data with safe column names and values every GeoPackage column type can hold."""
    import pandas as pd

    frame = data.reset_index(drop=True)
    rename = {orig: stored for orig, stored in state.columns if stored and orig != stored}
    if rename:
        frame = frame.rename(columns={c: rename.get(str(c), c) for c in frame.columns})
    for col in frame.columns:
        if col == frame.geometry.name:
            continue
        series = frame[col]
        if series.dtype == object:
            kinds = {type(v) for v in series.dropna()}
            if kinds and not kinds <= {str, bytes, bool, int, float, pd.Timestamp, datetime}:
                frame[col] = series.map(lambda v: v if v is None or (isinstance(v, float) and v != v) else str(v))
        elif isinstance(series.dtype, pd.CategoricalDtype):
            frame[col] = series.astype(object)
    if frame.geometry.name != "geometry":
        frame = frame.rename_geometry("geometry")
    return frame


def _write_meta(path: Path, state: ProjectState, pairs: list[tuple[Layer, LayerState]], file_name: str) -> None:
    """The project state, the QGIS styles of the layers (:mod:`layers.project.qgis_tables`) and a QGIS project
    of them (:mod:`layers.project.qgis_project`) pointing at ``file_name``, the name the file is saved under.

    The state table is registered as regionmap's own data type, so that QGIS does not list it as a layer."""
    from layers.model import geometry_family
    from layers.project.qgis_project import QgisLayer, write_qgis_project
    from layers.project.qgis_tables import TableStyle, geometry_column, register_state_table, write_layer_styles
    from layers.project.qml import layer_qml

    con = sqlite3.connect(path)
    try:
        con.execute(f"CREATE TABLE IF NOT EXISTS {META_TABLE} (id INTEGER PRIMARY KEY AUTOINCREMENT, "
                    "key TEXT NOT NULL UNIQUE, value TEXT NOT NULL)")
        con.execute(f"INSERT OR REPLACE INTO {META_TABLE} (key, value) VALUES ('state', ?)", (state.to_json(),))
        register_state_table(con, META_TABLE)
        qgis = [QgisLayer(st.table, st.name, geometry_family(layer.data), st.visible,
                          layer_qml(layer.style, geometry_family(layer.data))) for layer, st in qgis_write_order(pairs)]
        write_layer_styles(con, [TableStyle(q.table, geometry_column(con, q.table), q.name, q.qml) for q in qgis])
        write_qgis_project(con, file_name, qgis, _opening_extent(state, pairs))
        con.commit()
    finally:
        con.close()


def _opening_extent(state: ProjectState, pairs: list[tuple[Layer, LayerState]]
                    ) -> tuple[float, float, float, float] | None:
    """Where the QGIS project opens: the saved view, else the region's extent."""
    if state.view is not None and len(state.view) == 4:
        return (state.view[0], state.view[1], state.view[2], state.view[3])
    region = next((layer for layer, st in pairs if st.role == "region_layer" and len(layer.data)), None)
    if region is None:
        return None
    xmin, ymin, xmax, ymax = (float(v) for v in region.data.total_bounds)
    return (xmin, ymin, xmax, ymax)


def _fsync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _fsync_dir(path: Path) -> None:
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return  # not supported on this platform (Windows)
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def verify_project_file(path: Path, state: ProjectState) -> None:
    """Re-open a written file and check that it holds every table with the right count and a readable state."""
    import pyogrio

    where = str(path)
    tables = {str(name) for name, _gtype in pyogrio.list_layers(path)}
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        if con.execute("PRAGMA quick_check").fetchone()[0] != "ok":
            raise UserError(translate(
                "project", "{where}: the file written failed SQLite's integrity check").format(where=where))
        for layer in state.layers:
            if layer.table not in tables:
                raise UserError(translate(
                    "project", "{where}: layer table {table!r} is missing after writing").format(
                    where=where, table=layer.table))
            (count,) = con.execute(f'SELECT COUNT(*) FROM "{layer.table}"').fetchone()
            if count != layer.n_features:
                raise UserError(translate(
                    "project", "{where}: layer {name!r} has {count} features after writing, not {n_features}").format(
                    where=where, name=layer.name, count=format_number(count),
                    n_features=layer.n_features))
        row = con.execute(f"SELECT value FROM {META_TABLE} WHERE key = 'state'").fetchone()
    finally:
        con.close()
    if row is None:
        raise UserError(translate(
            "project", "{where}: the project state is missing after writing").format(where=where))
    ProjectState.from_json(row[0], where)


def _remove_temp(path: Path) -> None:
    for suffix in ("", "-journal", "-wal", "-shm"):
        with contextlib.suppress(OSError):
            os.remove(f"{path}{suffix}")


def save_project(
    document: MapDocument,
    path: str | Path,
    progress: ProgressFn = no_progress,
    cancelled: CancelledFn = never_cancelled,
    notes: list[str] | None = None,
) -> Path:
    """Write ``document`` to the GeoPackage ``path`` atomically; return the path written.

    SQLite side files left beside ``path`` by a crashed program are dealt with before the rename (see
    :mod:`layers.project.sidefiles`); what was done is logged, shown as progress, and appended to ``notes``.
    """
    import pyogrio

    target = Path(path)
    if target.suffix.lower() != ".gpkg":
        raise UserError(translate(
            "project", "{target}: a project file must end in .gpkg; choose a name like {stem}.gpkg").format(
            target=target, stem=target.stem))
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise UserError(translate(
            "project", "{target}: the folder {folder} does not exist; choose an existing folder").format(
            target=target, folder=folder))
    if target.is_dir():
        raise UserError(translate(
            "project", "{target}: is a folder; choose a file name ending in .gpkg").format(target=target))
    remove_stale_temp_files(folder, target.stem)
    state, pairs = project_state(document)
    temp = folder / f".{target.stem}{TEMP_MARK}{os.getpid()}-{uuid.uuid4().hex[:8]}.gpkg"
    total = sum(max(st.n_features or 0, 1) for _lyr, st in pairs) or 1
    done = 0
    identifiers: set[str] = {META_TABLE}
    progress(0.0, translate("progress", "saving {file}").format(file=target.name))
    try:
        for layer, st in qgis_write_order(pairs):
            check_cancelled(cancelled)
            progress(0.9 * done / total, translate("progress", "writing layer {layer}").format(layer=layer.name))
            frame = _frame_for_table(layer.data, st)
            ident, i = st.name[:250], 2
            while ident in identifiers:  # gpkg_contents.identifier is UNIQUE
                ident, i = f"{st.name[:250]} ({i})", i + 1
            identifiers.add(ident)
            try:
                pyogrio.write_dataframe(frame, temp, layer=st.table, driver="GPKG", promote_to_multi=None,
                                        layer_options={"IDENTIFIER": ident, "SPATIAL_INDEX": "YES"},
                                        dataset_options={"VERSION": "1.2"})
            except Exception as exc:  # pyogrio/GDAL raise several types
                raise UserError(translate(
                    "project", "{target}: cannot write layer {name!r} ({exc}); check free disk space and that the "
                    "folder is writable").format(target=target, name=layer.name, exc=exc)) from exc
            done += max(st.n_features or 0, 1)
        if not pairs:
            _empty_geopackage(temp)
        check_cancelled(cancelled)
        progress(0.92, translate("progress", "writing project state"))
        _write_meta(temp, state, pairs, target.name)
        _fsync_file(temp)
        progress(0.95, translate("progress", "checking the saved file"))
        verify_project_file(temp, state)
        check_cancelled(cancelled)
        for note in settle_side_files(target):
            progress(0.98, note)
            if notes is not None:
                notes.append(note)
        os.replace(temp, target)
        _fsync_dir(folder)
    except (Cancelled, UserError):
        _remove_temp(temp)
        raise
    except OSError as exc:
        _remove_temp(temp)
        raise UserError(translate(
            "project", "{target}: cannot be saved ({reason}); check free disk space and that the folder is "
            "writable").format(target=target, reason=exc.strerror or exc)) from exc
    except BaseException:
        _remove_temp(temp)
        raise
    progress(1.0, translate("progress", "saved {file}").format(file=target.name))
    return target


def _empty_geopackage(path: Path) -> None:
    """A GeoPackage with no layers (a project whose layer list is empty)."""
    import geopandas as gpd

    frame = gpd.GeoDataFrame({"geometry": []}, geometry="geometry", crs="EPSG:3067")
    import pyogrio

    pyogrio.write_dataframe(frame, path, layer="rm_empty", driver="GPKG", geometry_type="Unknown")


def remove_stale_temp_files(folder: Path, stem: str) -> int:
    """Delete temporary files of saves of ``stem`` that were killed (their process is gone); return how many."""
    import re

    pattern = re.compile(rf"^\.{re.escape(stem)}{re.escape(TEMP_MARK)}(\d+)-[0-9a-f]+\.gpkg(-journal|-wal|-shm)?$")
    removed = 0
    for p in folder.glob(f".{glob_escape(stem)}{TEMP_MARK}*"):
        m = pattern.match(p.name)
        if m is None or process_alive(int(m.group(1))):
            continue
        with contextlib.suppress(OSError):
            p.unlink()
            removed += 1
    return removed


def glob_escape(text: str) -> str:
    import glob

    return glob.escape(text)


def process_alive(pid: int) -> bool:
    """True while process ``pid`` exists (ours, or another user's that we may not signal)."""
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True
    return True
