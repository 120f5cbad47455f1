"""Boundaries file + the planner's choices -> the region's municipalities: the one rule of the window and the CLI.

Region > Load official boundaries… and ``--region FILE`` of ``regionmap coverage``/``project``/``export`` both
call :func:`region_boundaries`, so the same file gives the same municipalities, fields and land areas, and hence
the same coverage numbers, in the window and on the command line::

    choice = RegionChoice.uusimaa()               # default: the 26 Helsinki-Uusimaa codes (a national file)
    choice = RegionChoice.of_codes(["091", "049"])  # --codes 091,049: exactly these (each must be in the file)
    choice = RegionChoice.everything()            # --all: every area in the file
    got = region_boundaries(frame, choice, land=document.land, source="kunnat.gpkg")
    document.set_boundaries(got.data, name, attribution)
    got.notes, got.warnings                       # what was done; what the planner should know (missing codes)

Land clipping is on by default (``clip_land=False`` is ``--no-clip-land``): official polygons include sea, and an
area figure with the sea in it (Helsinki 730 km2 instead of 234 km2) is not an area a planner can defend.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Any

from layers.errors import UserError
from layers.frames import column_order, columns_of, frame_like, text, values
from layers.i18n import translate
from layers.io.boundaries import prepare_boundaries, suggest_fields
from layers.names import SWEDISH_NAME_FIELDS

if TYPE_CHECKING:
    import geopandas as gpd

CODE_WIDTH = 3  # Finnish municipality codes: "091", which a number field holds as 91


class Keep(StrEnum):
    """Which areas of the file make the region (the dialog's "Keep" list)."""

    UUSIMAA = "uusimaa"  # the 26 codes of Helsinki-Uusimaa (those the file has)
    CODES = "codes"  # the codes the planner named (all must be in the file)
    WITHIN = "within"  # areas whose land lies mostly inside an outline
    FIELD = "field"  # areas where a field has a value
    ALL = "all"  # every area


@dataclass(frozen=True)
class RegionChoice:
    """The planner's choices for a boundaries file; build one with the class methods."""

    keep: Keep = Keep.UUSIMAA
    codes: tuple[str, ...] = ()
    within: Any = None
    filter_field: str | None = None
    filter_value: str = ""
    name_field: str | None = None  # None: guessed by :func:`suggest_fields`
    code_field: str | None = None
    clip_land: bool = True

    @classmethod
    def uusimaa(cls, **fields: Any) -> RegionChoice:
        return cls(Keep.UUSIMAA, **fields)

    @classmethod
    def of_codes(cls, codes: Iterable[str], **fields: Any) -> RegionChoice:
        wanted = tuple(dict.fromkeys(c.strip() for c in codes if c.strip()))
        if not wanted:
            raise UserError(translate(
                "io", "--codes: name at least one municipality code, e.g. --codes 091,049 (Helsinki, Espoo)"))
        return cls(Keep.CODES, codes=wanted, **fields)

    @classmethod
    def inside(cls, outline: Any, **fields: Any) -> RegionChoice:
        return cls(Keep.WITHIN, within=outline, **fields)

    @classmethod
    def where(cls, filter_field: str, value: str, **fields: Any) -> RegionChoice:
        return cls(Keep.FIELD, filter_field=filter_field, filter_value=value, **fields)

    @classmethod
    def everything(cls, **fields: Any) -> RegionChoice:
        return cls(Keep.ALL, **fields)


@dataclass
class RegionBoundaries:
    """The municipalities (``code``, ``name``, [``name_sv``], ``land_area_km2``, the file's other fields,
    ``geometry`` in EPSG:3067), what was done (``notes``) and what the planner should check (``warnings``)."""

    data: gpd.GeoDataFrame  # or a GeoTable, of the kind given to region_boundaries
    notes: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    land_clipped: bool = False


def normal_code(value: Any) -> str:
    """A code as compared: stripped, and a short number padded to three digits (91 -> "091")."""
    text = str(value).strip()
    if text.endswith(".0") and text[:-2].isdigit():  # a code read into a float column
        text = text[:-2]
    return text.zfill(CODE_WIDTH) if text.isdigit() and len(text) < CODE_WIDTH else text


def with_swedish_names(gdf: Any) -> Any:
    """Add ``name_sv`` (as the built-in region has, third) from the source's Swedish name field when there is
    one; a GeoDataFrame or a :class:`~layers.coverage.tables.GeoTable`, the result of its kind."""
    if "name_sv" in gdf.columns:
        return gdf
    name_field = next((f for f in SWEDISH_NAME_FIELDS if f in gdf.columns), None)
    if name_field is None:
        return gdf
    order = column_order(gdf)
    order.insert(2, "name_sv")
    columns = columns_of(gdf)
    columns["name_sv"] = [text(v).strip() for v in values(gdf, name_field)]
    return frame_like(gdf, {c: columns[c] for c in order})


def region_boundaries(
    gdf: Any, choice: RegionChoice, *, land: Any = None, source: str | None = None
) -> RegionBoundaries:
    """Filter ``gdf`` as ``choice`` says, clip it to ``land`` (unless ``choice.clip_land`` is off) and normalise
    its fields; raises :class:`UserError` (naming ``source``) when nothing is left or named codes are missing.
    ``gdf`` and ``land`` are GeoDataFrames or :class:`~layers.coverage.tables.GeoTable` s; ``data`` is of
    ``gdf``'s kind (by the same rules: :mod:`layers.frames`)."""
    from layers import shipped

    source = source or translate("io", "the boundaries")
    polys = gdf[gdf.geom_type.isin(["Polygon", "MultiPolygon"])]
    code_field = choice.code_field or (suggest_fields(polys).code if not polys.empty else None)
    kwargs: dict[str, Any] = {}
    warnings: list[str] = []
    if choice.keep in (Keep.UUSIMAA, Keep.CODES) and not polys.empty:
        if code_field is None or code_field not in polys.columns:
            what = (translate("io", "no field {field!r}").format(field=code_field) if code_field
                    else translate("io", "no municipality code field"))
            raise UserError(translate(
                "io", "{source}: has {what} to pick municipalities by code; name the code field (--code-field) or "
                "keep every area (--all)").format(source=source, what=what))
        wanted = shipped.region_codes() if choice.keep == Keep.UUSIMAA else choice.codes
        kwargs = _code_filter(polys, code_field, wanted, choice.keep, source, warnings)
    elif choice.keep == Keep.WITHIN:
        kwargs = {"within": choice.within}
    elif choice.keep == Keep.FIELD:
        kwargs = {"filter_field": choice.filter_field, "filter_values": [choice.filter_value]}
    result = prepare_boundaries(gdf, name_field=choice.name_field, code_field=code_field,
                                land=land if choice.clip_land else None, source=source, **kwargs)
    return RegionBoundaries(with_swedish_names(result.data), result.notes, warnings, result.land_clipped)


def _code_filter(polys: Any, code_field: str, wanted: Iterable[str], keep: Keep, source: str,
                 warnings: list[str]) -> dict[str, Any]:
    """``prepare_boundaries`` filter arguments that keep the areas whose code is one of ``wanted`` (compared with
    :func:`normal_code`); named codes the file lacks are an error, missing Uusimaa codes a warning."""
    by_code: dict[str, list[str]] = {}
    for raw in (text(v).strip() for v in values(polys, code_field)):
        by_code.setdefault(normal_code(raw), []).append(raw)
    wanted = [normal_code(c) for c in wanted]
    missing = [c for c in wanted if c not in by_code]
    if keep == Keep.CODES and missing:
        raise UserError(translate(
            "io", "{source}: has no municipality with code {codes} in field {field!r}; check --codes (e.g. 091 for "
            "Helsinki) or keep every area with --all").format(source=source, codes=", ".join(missing),
                                                               field=code_field))
    if keep == Keep.UUSIMAA and len(missing) == len(wanted):
        raise UserError(translate(
            "io", "{source}: has none of the 26 Helsinki-Uusimaa municipality codes in field {field!r}; choose other "
            "areas (the dialog's Keep list, or --codes / --all on the command line)").format(
            source=source, field=code_field))
    if missing:
        warnings.append(translate(
            "io", "{source}: has {n} of the 26 Helsinki-Uusimaa municipalities; missing codes: {codes}").format(
            source=source, n=len(wanted) - len(missing), codes=", ".join(missing)))
    return {"filter_field": code_field, "filter_values": [raw for c in wanted for raw in by_code.get(c, [])]}


def read_region_boundaries(path: str | Path, choice: RegionChoice, *, land: Any = None) -> RegionBoundaries:
    """:func:`region_boundaries` of a file (any format :func:`~layers.io.read_layer` reads)."""
    from layers.io.read import read_layer

    p = Path(path)
    loaded = read_layer(p)
    got = region_boundaries(loaded.data, choice, land=land, source=str(p))
    got.notes[:0] = loaded.report.notes
    return got
