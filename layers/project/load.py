"""Open a project GeoPackage and rebuild the :class:`~layers.document.MapDocument` it was saved from.

The file is only read (SQLite opened read-only): a damaged file, a plain SQLite database, somebody else's
GeoPackage or a project from a newer regionmap raise :class:`~layers.errors.UserError` with a message saying
which of these it is, and nothing is changed.
"""

from __future__ import annotations

import contextlib
import logging
import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING, Any

from layers.errors import UserError
from layers.i18n import format_number, translate
from layers.model import MAX_THRESHOLD_PER_H
from layers.project.schema import EXTRA_STATE, META_TABLE, ROLES, LayerState, ProjectState, style_from_dict
from layers.tasks import CancelledFn, ProgressFn, check_cancelled, never_cancelled, no_progress

if TYPE_CHECKING:
    import geopandas as gpd

    from layers.document import MapDocument
    from layers.model import Layer

log = logging.getLogger(__name__)

SQLITE_MAGIC = b"SQLite format 3\x00"
# Derived or built-in layers whose data is recomputed or read from the shipped resources on load.
RECOMPUTED_ROLES = ("hotspot_layer", "in_between_layer", "settlement_layer")


def read_state(path: str | Path, notes: list[str] | None = None) -> ProjectState:
    """The project state stored in ``path``; :class:`UserError` says clearly why a file is not a project.

    A damaged state that can be repaired is (:mod:`layers.project.state_check`); each repair is appended to
    ``notes``."""
    p = Path(path)
    where = str(p)
    if not p.exists():
        raise UserError(translate("io", "{where}: no such file; check the path").format(where=where))
    if p.is_dir():
        raise UserError(translate(
            "io", "{where}: is a folder, not a project file").format(where=where))
    try:
        with open(p, "rb") as fh:
            head = fh.read(100)
    except OSError as exc:
        raise UserError(translate(
            "io", "{where}: cannot be read ({reason}); check the file permissions").format(
            where=where, reason=exc.strerror or exc)) from exc
    if len(head) < 100 or not head.startswith(SQLITE_MAGIC):
        raise UserError(translate(
            "io", "{where}: is not a regionmap project (not a GeoPackage/SQLite file, or it is damaged or "
            "truncated); open a backup copy or the autosaved recovery file").format(where=where))
    try:
        con = sqlite3.connect(f"{p.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error as exc:
        raise UserError(translate(
            "io", "{where}: cannot be opened ({exc}); the file may be damaged").format(
            where=where, exc=exc)) from exc
    try:
        tables = {row[0] for row in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        if "gpkg_contents" not in tables:
            raise UserError(translate(
                "io", "{where}: is an SQLite database but not a GeoPackage, so not a regionmap project").format(
                where=where))
        if META_TABLE not in tables:
            raise UserError(translate(
                "io", "{where}: is a GeoPackage but not a regionmap project (it has no {table} table); "
                "open its layers as data instead").format(where=where, table=META_TABLE))
        row = con.execute(f"SELECT value FROM {META_TABLE} WHERE key = 'state'").fetchone()
        if row is None:
            raise UserError(translate(
                "io", "{where}: the project state is missing; the file is damaged").format(where=where))
        state = ProjectState.from_json(row[0], where, notes)
        missing = [st.table for st in state.layers if st.table not in tables]
        if missing:
            raise UserError(translate(
                "io", "{where}: the project is damaged: layer tables {names} are missing").format(
                where=where, names=', '.join(missing)))
        return state
    except sqlite3.Error as exc:
        raise UserError(translate(
            "io", "{where}: is damaged ({exc}); open a backup copy or the autosaved recovery file").format(
            where=where, exc=exc)) from exc
    finally:
        con.close()


def _read_table(path: Path, st: LayerState, notes: list[str]) -> gpd.GeoDataFrame:
    """One layer table, within the read limits a data file has (a project is a file from anywhere too)."""
    import pyogrio
    import shapely

    from layers.io.limits import current_limits, memory_estimate

    limits = current_limits()
    what = translate("io", "layer {name!r}").format(name=st.name)
    try:
        counted = int(pyogrio.read_info(path, layer=st.table, force_feature_count=True)["features"])
        claimed = max(counted, st.n_features or 0)  # the state's claim and the table's own count
        limits.check(path, "max_features", claimed, detail=translate("io", "{what}'s features").format(what=what))
        limits.check(path, "max_memory_mb", memory_estimate(claimed),
                     detail=translate("io", "the memory {what} would need (estimated)").format(what=what))
        frame = pyogrio.read_dataframe(path, layer=st.table)
    except UserError:
        raise
    except Exception as exc:  # pyogrio/GDAL raise several types
        raise UserError(translate(
            "io", "{path}: {what} cannot be read ({exc}); the project file is damaged").format(
            path=path, what=what, exc=exc)) from exc
    if len(frame):
        counts = shapely.get_num_coordinates(frame.geometry.values)
        limits.check(path, "max_vertices", int(counts.max()),
                     detail=f"{what}: feature {int(counts.argmax()) + 1}'s vertices")
    if st.n_features is not None and len(frame) != st.n_features:
        raise UserError(translate(
            "io", "{path}: layer {name!r} has {n} features instead of {n_features}; the project file is "
            "damaged").format(path=path, name=st.name, n=format_number(len(frame)),
                              n_features=format_number(st.n_features)))
    return restore_columns(_in_tm35fin(frame, st, notes), st, notes)


def _in_tm35fin(frame: gpd.GeoDataFrame, st: LayerState, notes: list[str]) -> gpd.GeoDataFrame:
    """The table's features in EPSG:3067, the CRS regionmap always saves in.

    A table that declares another CRS was changed by another program: it may have reprojected the features
    (then they are projected back), or only changed the declared CRS (then projecting metres as degrees would
    give infinite coordinates, so the coordinates are kept as EPSG:3067 and a note says so).
    """
    import numpy as np
    import shapely

    if frame.crs is None:
        return frame.set_crs("EPSG:3067", allow_override=True)
    try:
        epsg = frame.crs.to_epsg()
    except Exception:  # pyproj raises several types for odd definitions
        epsg = None
    if epsg == 3067:
        return frame
    declared = f"EPSG:{epsg}" if epsg else "an unknown CRS"
    try:
        moved = frame.to_crs(3067)
        coords = shapely.get_coordinates(moved.geometry.values)
        ok = bool(np.isfinite(coords).all())
    except Exception:  # pyproj/shapely raise several types for impossible transforms
        ok = False
    if ok:
        return moved
    notes.append(translate(
        "io", "layer {name!r}: its table declares {declared}, but its coordinates are not valid there; read "
        "them as EPSG:3067, the CRS regionmap saves in").format(name=st.name, declared=declared))
    return frame.set_crs("EPSG:3067", allow_override=True)


def restore_columns(frame: gpd.GeoDataFrame, st: LayerState, notes: list[str] | None = None) -> gpd.GeoDataFrame:
    """Give the stored columns their original names and order, the geometry column its original name.

    Names that would clash (a file edited by hand) keep their stored names, with a note."""
    if not st.columns:
        return frame
    geom_name = st.geometry_column or "geometry"
    stored_geometry = frame.geometry.name
    rename = {stored: orig for orig, stored in st.columns
              if stored and stored != orig and stored in frame.columns and stored != stored_geometry}
    names = [geom_name if c == stored_geometry else rename.get(c, c) for c in frame.columns]
    if len(set(names)) != len(names):
        if notes is not None:
            notes.append(translate(
                "io", "layer {name!r}: its saved column names clash; the columns keep their stored names").format(
                name=st.name))
        return frame
    frame = frame.rename(columns=rename)
    if frame.geometry.name != geom_name:
        frame = frame.rename_geometry(geom_name)
    order = [orig for orig, _stored in st.columns if orig in frame.columns]
    rest = [c for c in frame.columns if c not in order]
    return frame[order + rest]


def _geometry_named_geometry(frame: gpd.GeoDataFrame, st: LayerState, notes: list[str]) -> gpd.GeoDataFrame:
    """The region's boundaries with their geometry column called ``geometry``, as the region code expects.

    A damaged column list can make an attribute take that name (the geometry then keeps another one)."""
    if frame.geometry.name == "geometry":
        return frame
    notes.append(translate(
        "io", "layer {name!r}: its column list gave the name 'geometry' to an attribute; that attribute was "
        "left out").format(name=st.name))
    return frame.drop(columns=["geometry"], errors="ignore").rename_geometry("geometry")


def load_project(
    path: str | Path,
    progress: ProgressFn = no_progress,
    cancelled: CancelledFn = never_cancelled,
    notes: list[str] | None = None,
) -> MapDocument:
    """Rebuild the document saved in the project ``path``.

    A damaged project opens when it can be repaired: what was repaired is logged (stderr on the command line)
    and appended to ``notes`` for the window's message bar; what cannot be repaired raises :class:`UserError`
    naming the file.
    """
    from layers import shipped
    from layers.document import MapDocument
    from layers.hotspots import HotspotParams
    from layers.model import DEFAULT_STYLES, Layer, LayerKind
    from layers.region import Region, schematic_municipalities

    p = Path(path)
    progress(0.0, translate("progress", "opening {file}").format(file=p.name))
    repairs: list[str] = []
    state = read_state(p, repairs)
    if not state.layers:
        repairs.append("the project has no layers (it was saved with every layer removed, or its layer list is "
                       "damaged), so the map opens empty; File > New starts from the default region")
    check_cancelled(cancelled)
    total = sum(st.n_features or 0 for st in state.layers if st.role not in RECOMPUTED_ROLES) or 1
    done = 0
    data: dict[str, gpd.GeoDataFrame] = {}
    for st in state.layers:
        if st.role in RECOMPUTED_ROLES:
            continue
        progress(0.85 * done / total, translate("progress", "reading layer {layer}").format(layer=st.name))
        data[st.table] = _read_table(p, st, repairs)
        done += st.n_features or 0
        check_cancelled(cancelled)
    progress(0.88, translate("progress", "rebuilding the map"))
    region_st = next((st for st in state.layers if st.role == "region_layer"), None)
    if region_st is not None:
        municipalities = _geometry_named_geometry(data[region_st.table], region_st, repairs)
        data[region_st.table] = municipalities
    elif state.schematic:
        municipalities = schematic_municipalities()
    else:
        raise UserError(translate(
            "io", "{p}: the project's official boundaries are missing; the file is damaged").format(p=p))
    region = Region(municipalities, shipped.land(), shipped.settlements(), schematic=state.schematic,
                    attribution=state.region_attribution or "")
    try:
        params = HotspotParams(**{k: v for k, v in state.hotspot_params.items()
                                  if k in HotspotParams.__dataclass_fields__})
    except (TypeError, ValueError) as exc:
        raise UserError(translate(
            "io", "{p}: the hot spot parameters are damaged ({exc})").format(p=p, exc=exc)) from exc
    document = MapDocument(region)
    document.hotspot_params = params
    ordered: list[Layer] = []
    by_table: dict[str, Layer] = {}
    for st in state.layers:
        try:
            kind = LayerKind(st.kind)
        except ValueError:
            kind = LayerKind.OTHER
        problems: list[str] = []
        style = style_from_dict(st.style if isinstance(st.style, dict) else {}, DEFAULT_STYLES[kind], problems)
        radius = _radius(st.radius_m)
        threshold = _threshold(st.service_threshold)
        if st.role in ROLES:  # checked against the schema: never an arbitrary attribute name
            layer = getattr(document, st.role)
            layer.name = st.name or layer.name
            layer.kind = kind
            layer.radius_m = radius
            layer.service_threshold = threshold
            layer.style = style
            layer.visible = bool(st.visible)
            layer.source, layer.attribution = st.source, st.attribution
            if st.role != "hotspot_layer":  # the hot spot note describes the method and is rebuilt below
                layer.note = st.note
        else:
            layer = Layer(data[st.table], st.name or st.table, kind=kind, style=style, visible=bool(st.visible),
                          radius_m=radius, source=st.source, attribution=st.attribution, note=st.note,
                          service_threshold=threshold, derived=st.derived is True, key=st.key)
            if radius is None:
                layer.radius_m = None
        if problems:
            _warn_style(p, layer, problems)
        ordered.append(layer)
        by_table[st.table] = layer
    _arrange(document, ordered)
    source = by_table.get(state.hotspot_layer_table or "") if state.hotspot_method == "layer" else None
    if source is not None:
        document.hotspot_source = source
    try:
        document.recompute()
    except ValueError as exc:
        raise UserError(translate(
            "io", "{p}: the hot spots cannot be rebuilt ({exc})").format(p=p, exc=exc)) from exc
    document.view = _view(state.view)
    if state.targets is not None:
        _apply_targets(document, state.targets)
    from layers.coverage.population_source import PopulationSource

    document.population_source = PopulationSource.from_dict(state.population_source)  # none (older files): by area
    from layers.coverage.zone_sets import ZoneSet

    document.zone_set = ZoneSet.from_dict(state.zone_set)  # none (older files): hot spots / in-between
    from layers.coverage.network_choice import NetworkChoice

    document.coverage_distance = NetworkChoice.from_dict(state.coverage_distance)  # none (older files): straight
    for key, value in state.extra.items():
        if key in EXTRA_STATE:
            with contextlib.suppress(Exception):
                EXTRA_STATE[key][1](document, value)
    for text in repairs:
        log.warning("%s: repaired: %s", p, text)
    if notes is not None:
        notes.extend(repairs)
    progress(1.0, translate("progress", "opened {file}").format(file=p.name))
    return document


def _warn_style(path: Path, layer: Layer, problems: list[str]) -> None:
    """Say that a layer's saved style was repaired: in the log (stderr on the command line) and on the layer,
    whose note the app shows in the layer panel and every export lists."""
    text = translate("io", "style repaired: {problems}").format(problems="; ".join(problems))
    log.warning("%s: layer %r: %s", path, layer.name, text)
    layer.note = f"{layer.note}; {text}" if layer.note else text


def _radius(value: Any) -> float | None:
    if value is None:
        return None
    try:
        radius = float(value)
    except (TypeError, ValueError):
        return None
    return radius if 0 < radius <= 100_000 else None


def _threshold(value: Any) -> float | None:
    """The saved service threshold, or None (any stop serves); the schema check has repaired damaged ones."""
    try:
        threshold = float(value)
    except (TypeError, ValueError):
        return None
    return threshold if 0 < threshold <= MAX_THRESHOLD_PER_H else None


def _view(value: Any) -> tuple[float, float, float, float] | None:
    if not isinstance(value, list | tuple) or len(value) != 4:
        return None
    try:
        x0, y0, x1, y1 = (float(v) for v in value)
    except (TypeError, ValueError):
        return None
    return (x0, y0, x1, y1) if x1 > x0 and y1 > y0 else None


def _arrange(document: MapDocument, ordered: list[Layer]) -> None:
    """Make the document's layer list exactly ``ordered`` (built-in layers not in it are removed)."""
    layers = document.layers
    for layer in list(layers):
        if layer not in ordered:
            layers.remove(layer)
    for layer in ordered:
        if layer not in layers:
            layers.append(layer)
    for dst, layer in enumerate(ordered):
        src = layers.index(layer)
        if src != dst:
            layers.move(src, dst)


def _apply_targets(document: MapDocument, targets: dict[str, Any]) -> None:
    """Give saved coverage targets back to the document (a ``set_coverage_targets`` method if it has one)."""
    setter = getattr(document, "set_coverage_targets", None)
    if callable(setter):
        with contextlib.suppress(TypeError, ValueError):
            setter(targets)
            return
    if not hasattr(document, "coverage_targets") or isinstance(document.coverage_targets, dict | type(None)):
        document.coverage_targets = targets  # type: ignore[attr-defined]




def is_project(path: str | Path) -> bool:
    """True when ``path`` is an SQLite file with a regionmap project table (it may still be damaged inside)."""
    p = Path(path)
    from layers.io.source_file import open_regular

    try:
        with open_regular(p) as fh:  # never blocks the window on a FIFO named .gpkg; a folder is no project
            if not fh.read(16).startswith(SQLITE_MAGIC):
                return False
        con = sqlite3.connect(f"{p.resolve().as_uri()}?mode=ro", uri=True)
    except (OSError, sqlite3.Error, UserError):
        return False
    try:
        row = con.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (META_TABLE,)).fetchone()
        return row is not None
    except sqlite3.Error:
        return False
    finally:
        con.close()
