"""Official municipal boundaries from a file (or from :mod:`layers.io.wfs`), normalised for the document.

The GUI's boundaries dialog and ``--region`` take these steps through
:func:`layers.io.region_boundaries.region_boundaries` (which adds their shared choice of areas)::

    loaded = read_layer(path)                                  # any format, EPSG:3067
    fields = suggest_fields(loaded.data)                       # BoundaryFields(name, code, filter) to confirm
    result = prepare_boundaries(loaded.data, name_field="NAMEFIN", code_field="NATCODE",
                                filter_field=None, filter_values=None,   # (a) keep rows whose field is in values
                                within=document.region.outline,          # (b) or keep areas mostly inside it
                                land=document.land)                      # clip to land: area figures land only
    document.set_boundaries(result.data, name, attribution)
    result.notes  # what was done, to show in the UI (e.g. "areas clipped to the land outline: ...")

or in one call :func:`load_boundaries` (a task function with progress/cancel).  The result frame has ``code``,
``name``, ``land_area_km2`` and ``geometry`` (EPSG:3067), plus the file's other fields.

The "within" filter keeps an area when at least half of its land part lies inside the outline (municipal
polygons often include sea, so the whole polygon's share would drop coastal towns).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from layers.errors import UserError
from layers.frames import field_names, frame_like, geometries, is_missing, take, text, values
from layers.i18n import translate
from layers.tasks import CancelledFn, ProgressFn, check_cancelled, never_cancelled, no_progress, sub_progress

if TYPE_CHECKING:
    import geopandas as gpd

NAME_FIELDS = ("name", "NAMEFIN", "namefin", "nimi", "NIMI", "kunta_nimi", "nimi_fi", "name_fi", "kuntanimi",
               "NAME", "Name", "kunta_ni1", "nimi_suomi")
CODE_FIELDS = ("code", "NATCODE", "natcode", "kunta", "KUNTA", "kuntanro", "kunta_koodi", "kuntakoodi",
               "municipality_code", "KUNTANRO", "id")
FILTER_FIELDS = ("maakunta", "MAAKUNTA", "region", "maakunta_koodi", "maaku", "REGION", "seutukunta")
WITHIN_SHARE = 0.5
LAND_NOTE = "areas are clipped to the land outline, so area figures count land only (sea areas left out)"  # English


@dataclass(frozen=True)
class BoundaryFields:
    """Suggested fields (None when nothing obvious): the dialog pre-selects these."""

    name: str | None
    code: str | None
    filters: tuple[str, ...]  # fields that look like a region code to filter by
    columns: tuple[str, ...]


@dataclass
class BoundariesResult:
    data: gpd.GeoDataFrame  # code, name, land_area_km2, ..., geometry (EPSG:3067); a GeoTable for a GeoTable
    notes: list[str] = field(default_factory=list)
    land_clipped: bool = False
    dropped: int = 0  # areas left out by the filter


def suggest_fields(gdf: Any) -> BoundaryFields:
    """The fields of a GeoDataFrame or :class:`~layers.coverage.tables.GeoTable` that look like the name, the
    code and region filters (a name field by its name, else the first text column of mostly distinct values)."""
    cols = field_names(gdf)
    name = next((c for c in NAME_FIELDS if c in cols), None)
    if name is None:  # the first text column with mostly distinct values
        for c in cols:
            given = [v for v in values(gdf, c) if not is_missing(v)]
            if given and all(isinstance(v, str) for v in given) and len(set(given)) >= 0.9 * len(gdf):
                name = c
                break
    code = next((c for c in CODE_FIELDS if c in cols), None)
    filters = tuple(c for c in cols if c in FILTER_FIELDS or c.lower().startswith(("maakunta", "region")))
    return BoundaryFields(name, code, filters, tuple(cols))


def prepare_boundaries(
    gdf: Any,
    *,
    name_field: str | None = None,
    code_field: str | None = None,
    filter_field: str | None = None,
    filter_values: Iterable[Any] | None = None,
    within: Any = None,
    land: Any = None,
    source: str | None = None,
) -> BoundariesResult:
    """Normalise, filter and land-clip boundary polygons (see the module docstring); ``source`` names them in
    messages (None: "the boundaries").  ``gdf`` is a GeoDataFrame or a
    :class:`~layers.coverage.tables.GeoTable`, and the result's frame is of the same kind (:mod:`layers.frames`)."""
    import numpy as np
    import shapely

    source = source or translate("io", "the boundaries")

    polys = gdf[gdf.geom_type.isin(["Polygon", "MultiPolygon"])]
    if polys.empty:
        raise UserError(translate("io", "{source}: has no polygons; municipal boundaries must be polygons").format(
            source=source))
    fields = suggest_fields(polys)
    cols = list(fields.columns)
    name_field = name_field or fields.name
    code_field = code_field or fields.code
    for f, what in ((name_field, translate("io", "name")), (code_field, translate("io", "code")),
                    (filter_field, translate("io", "filter"))):
        if f is not None and f not in cols:
            raise UserError(translate(
                "io", "{source}: has no field {field!r} for the {what}; fields are: {fields}").format(
                source=source, field=f, what=what, fields=", ".join(cols)))
    if name_field is None:
        raise UserError(translate(
            "io", "{source}: no municipality name field found; choose one (fields: {fields})").format(
            source=source, fields=", ".join(cols)))
    notes: list[str] = []
    n0 = len(polys)
    keep = np.ones(n0, dtype=bool)
    if filter_field is not None and filter_values is not None:
        wanted = {text(v).strip() for v in filter_values}
        keep = np.array([text(v).strip() in wanted for v in values(polys, filter_field)], dtype=bool)
        notes.append(translate("io", "kept {kept} of {n} areas whose {field} is {values}").format(
            kept=int(keep.sum()), n=n0, field=filter_field, values=", ".join(sorted(wanted))))
    land_geom = _as_geometry(land)
    if within is not None:
        outline = _as_geometry(within)
        base = geometries(polys)[keep]
        if land_geom is not None:
            base = shapely.intersection(base, land_geom)
        base_area = shapely.area(base)
        inside = shapely.area(shapely.intersection(base, outline))
        with np.errstate(invalid="ignore", divide="ignore"):
            share = np.where(base_area > 0, inside / np.where(base_area > 0, base_area, 1), 0.0)
        keep[np.flatnonzero(keep)] = share >= WITHIN_SHARE
        notes.append(translate("io", "kept {kept} of {n} areas lying mostly inside the region").format(
            kept=int(keep.sum()), n=n0))
    if not keep.any():
        raise UserError(translate(
            "io", "{source}: no areas are left after filtering; check the filter (field and value) or that the file "
            "covers the region").format(source=source))
    kept = take(polys, np.flatnonzero(keep))
    geoms = geometries(kept)
    codes = ([text(v).strip() for v in values(kept, code_field)] if code_field
             else [f"{i + 1:03d}" for i in range(len(kept))])
    names = [text(v).strip() for v in values(kept, name_field)]
    if code_field is None:
        notes.append(translate("io", "the file has no code field; areas were numbered 001, 002, ..."))
    clipped = False
    if land_geom is not None:
        geoms = shapely.make_valid(shapely.intersection(geoms, land_geom))
        geoms = np.array([_polygonal(g) for g in geoms], dtype=object)
        on_land = ~shapely.is_empty(geoms)
        rows = np.flatnonzero(on_land)
        kept, geoms = take(kept, rows), geoms[rows]
        codes, names = [codes[i] for i in rows], [names[i] for i in rows]
        clipped = True
        notes.append(translate(
            "io", "areas are clipped to the land outline, so area figures count land only (sea areas left out)"))
    front = {"code": codes, "name": names, "land_area_km2": shapely.area(geoms) / 1e6}
    rest = {c: kept[c] for c in field_names(kept) if c not in front}
    out = frame_like(kept, {**front, **rest, "geometry": geoms})
    return BoundariesResult(out, notes, clipped, n0 - len(out))


def _polygonal(g: Any) -> Any:
    """The polygon part of a clip result (drops slivers that became lines or points)."""
    import shapely
    from shapely.geometry import MultiPolygon, Polygon

    if g is None or g.is_empty:
        return shapely.Polygon()
    if isinstance(g, Polygon | MultiPolygon):
        return g
    parts = [p for p in getattr(g, "geoms", []) if isinstance(p, Polygon | MultiPolygon)]
    if not parts:
        return shapely.Polygon()
    u = shapely.union_all(parts)
    return u if isinstance(u, Polygon | MultiPolygon) else shapely.Polygon()


def _as_geometry(obj: Any) -> Any:
    if obj is None:
        return None
    if hasattr(obj, "union_all"):  # GeoDataFrame / GeoSeries / GeoTable
        return obj.union_all() if len(obj) else None
    return obj


def load_boundaries(
    path: str | Path,
    *,
    layer: str | None = None,
    crs: str | None = None,
    name_field: str | None = None,
    code_field: str | None = None,
    filter_field: str | None = None,
    filter_values: Iterable[Any] | None = None,
    within: Any = None,
    land: Any = None,
    progress: ProgressFn = no_progress,
    cancelled: CancelledFn = never_cancelled,
) -> BoundariesResult:
    """Read a boundaries file and :func:`prepare_boundaries` it; the load report's notes come first."""
    from layers.io.read import read_layer

    p = Path(path)
    loaded = read_layer(p, layer=layer, crs=crs, progress=sub_progress(progress, 0.0, 0.7), cancelled=cancelled)
    check_cancelled(cancelled)
    progress(0.75, translate("io", "filtering and clipping boundaries"))
    result = prepare_boundaries(loaded.data, name_field=name_field, code_field=code_field,
                                filter_field=filter_field, filter_values=filter_values, within=within, land=land,
                                source=str(p))
    result.notes[:0] = loaded.report.notes
    progress(1.0, translate("io", "{n} areas").format(n=len(result.data)))
    return result
