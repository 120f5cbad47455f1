"""Read the data regionmap ships in the ``resources`` package (see ``resources/SOURCES.md``)."""

from __future__ import annotations

import csv
import io
from functools import lru_cache
from importlib import resources as ir
from typing import TYPE_CHECKING

from layers.errors import UserError
from layers.i18n import QT_TRANSLATE_NOOP, translate

if TYPE_CHECKING:
    import geopandas as gpd

    from layers.light_geojson import ParsedGeoJson


def resource_text(name: str) -> str:
    try:
        return (ir.files("resources") / name).read_text(encoding="utf-8")
    except (FileNotFoundError, ModuleNotFoundError, OSError) as exc:
        raise UserError(translate(
            "io", "built-in resource {name!r} is missing or unreadable ({exc}); reinstall regionmap "
            "(make run)").format(name=name, exc=exc)) from exc


def _geojson(name: str) -> gpd.GeoDataFrame:
    import geopandas as gpd

    from layers.crs import WORK_CRS

    text = resource_text(name)
    try:
        gdf = gpd.read_file(io.BytesIO(text.encode("utf-8")))
    except Exception as exc:  # pyogrio raises several types for damaged data
        raise UserError(translate(
            "io", "built-in resource {name!r} is damaged ({exc}); reinstall regionmap (make run)").format(
            name=name, exc=exc)) from exc
    if gdf.crs is None:
        gdf = gdf.set_crs("EPSG:4326")
    return gdf.to_crs(WORK_CRS)


def _geojson_light(name: str) -> ParsedGeoJson:
    """The resource as :func:`_geojson` reads it, in EPSG:3067, without pandas, geopandas and pyogrio (the light
    reader's GeoJSON parsing, :mod:`layers.light_geojson`): the same columns and geometries, bit for bit."""
    import shapely

    from layers.crs import WORK_CRS, projector
    from layers.light_geojson import Declined, parse_geojson

    text = resource_text(name)
    try:
        parsed = parse_geojson(text)
    except Declined as exc:  # the shipped files are plain FeatureCollections: anything else is damage
        raise UserError(translate(
            "io", "built-in resource {name!r} is damaged ({exc}); reinstall regionmap (make run)").format(
            name=name, exc=exc)) from exc
    if parsed.declared != WORK_CRS:
        parsed.geometry = shapely.transform(parsed.geometry, projector(parsed.declared, WORK_CRS))
        parsed.declared = WORK_CRS
    return parsed


@lru_cache(maxsize=1)
def municipality_rows() -> tuple[dict[str, str], ...]:
    """Rows of ``municipalities.csv`` (the region's 26 and the neighbours that bound the partition)."""
    return tuple(csv.DictReader(io.StringIO(resource_text("municipalities.csv"))))


@lru_cache(maxsize=1)
def settlements() -> gpd.GeoDataFrame:
    """GeoNames settlements (population >= 500) in Uusimaa, EPSG:3067."""
    return _geojson("settlements.geojson")


@lru_cache(maxsize=1)
def land() -> gpd.GeoDataFrame:
    """Land polygons around Uusimaa (Natural Earth 10 m), EPSG:3067."""
    return _geojson("land.geojson")


@lru_cache(maxsize=1)
def settlements_table() -> ParsedGeoJson:
    """:func:`settlements` without pandas (for the light cold path): its columns and geometries in EPSG:3067, for
    ``GeoTable(t.columns, t.geometry)`` (:class:`layers.coverage.tables.GeoTable`).  Not to be changed: cached."""
    return _geojson_light("settlements.geojson")


@lru_cache(maxsize=1)
def land_table() -> ParsedGeoJson:
    """:func:`land` without pandas (for the light cold path), as :func:`settlements_table` gives it."""
    return _geojson_light("land.geojson")


# The built-in region's credits in English (marked for the catalogue; :func:`region_credits` gives the language's,
# the publishers' names in it and the licence names unchanged)
SETTLEMENTS_ATTRIBUTION = QT_TRANSLATE_NOOP("credits", "Settlements: GeoNames (geonames.org), CC BY 4.0")
LAND_ATTRIBUTION = QT_TRANSLATE_NOOP("credits", "Land outline: Natural Earth, public domain")
MUNICIPALITY_FACTS_ATTRIBUTION = QT_TRANSLATE_NOOP(
    "credits", "Municipal codes, names and land areas: National Land Survey of Finland 2023, CC BY 4.0")


def region_credits() -> str:
    """The built-in region's credit line in the interface language: municipal facts, settlements, land outline."""
    return "; ".join(translate("credits", text) for text in (MUNICIPALITY_FACTS_ATTRIBUTION,
                                                             SETTLEMENTS_ATTRIBUTION, LAND_ATTRIBUTION))


def municipal_totals() -> dict[int, str]:
    """GeoNames id of each region municipality's main settlement (which carries the municipal population) ->
    municipality code."""
    return {int(r["geonames_id"]): r["code"] for r in municipality_rows() if r["in_region"] == "1"}


@lru_cache(maxsize=1)
def region_codes() -> tuple[str, ...]:
    """The codes of the 26 municipalities of Helsinki-Uusimaa (``in_region`` rows of ``municipalities.csv``): the
    default filter for a national boundaries file, in the window and on the command line alike."""
    return tuple(r["code"] for r in municipality_rows() if r["in_region"] == "1")
