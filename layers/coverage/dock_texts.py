"""The Coverage dock's lines of text that are not numbers in the table: the gap list and the hot-spot links."""

from __future__ import annotations

import math
from typing import TYPE_CHECKING, Any

from layers.coverage.connections import LINK_RULE
from layers.coverage.population_source import BY_AREA
from layers.i18n import format_number, translate

if TYPE_CHECKING:
    from collections.abc import Mapping

    import geopandas as gpd

    from layers.coverage.connections import Connections
    from layers.names import PlaceName

Bounds = tuple[float, float, float, float]


def gap_entries(gaps: gpd.GeoDataFrame | None, basis: str, listed: int,
                places: Mapping[str, PlaceName] | None = None) -> list[tuple[str, Bounds]]:
    """Text and bounds of the first ``listed`` gaps.  ``basis``: how people are counted; by area a gap claims no
    people, and with people a gap the population data do not reach says "not known" rather than 0.  ``places``
    (:func:`layers.names.name_lookup`) names the municipalities in the interface language."""
    if gaps is None:
        return []
    out = []
    named = places or {}
    for rec in gaps.head(listed).itertuples():
        if rec.population is not None:
            people = translate("coverage", ", {n} people").format(n=format_number(int(rec.population)))
        else:
            people = "" if basis == BY_AREA else translate("coverage", ", people not known (no population data here)")
        text = translate("coverage", "{municipality}: {area} km²{people}, {distance}").format(
            municipality=named[rec.municipality].label if rec.municipality in named else rec.municipality,
            area=format_number(rec.area_km2, 2), people=people, distance=_to_service(rec))
        bounds: Any = tuple(float(v) for v in rec.geometry.bounds)
        out.append((text, bounds))
    return out


def _to_service(rec: Any) -> str:
    """"334 m to service" (or "4.5 min"; "no service reached" where none is, e.g. off the network)."""
    d = rec.distance_m
    if d is None or not math.isfinite(d):
        return translate("coverage", "no service reached")
    if getattr(rec, "distance_unit", "m") == "min":
        return translate("coverage", "{minutes} min to service").format(minutes=format_number(d, 1))
    return translate("coverage", "{distance} m to service").format(distance=format_number(d))


def links_text(conn: Connections | None, places: Mapping[str, PlaceName] | None = None) -> str:
    """The hot-spot links in a line: how many, by which rule, and the isolated hot spots, their municipalities
    named as ``places`` (Finnish name -> the interface language's, :func:`layers.names.name_lookup`) name them."""
    if conn is None or conn.lines is None:
        return translate("coverage", "Hot-spot links: need a transport layer with lines (routes) or stations "
                         "(points).")
    iso = conn.isolated
    head = translate("coverage", "Hot-spot links: {links} links between {linked} hot spots ({rule}). ").format(
        links=len(conn.edges), linked=len(conn.names) - len(iso), rule=translate("coverage", LINK_RULE))
    if not iso:
        return head + translate("coverage", "No isolated hot spots.")
    shown = [_in_language(name, places or {}) for name in iso[:30]]
    return head + translate("coverage", "Isolated ({n}): {names}").format(
        n=len(iso), names=", ".join(shown) + ("…" if len(iso) > 30 else ""))


def _in_language(hot_spot: str, places: Mapping[str, PlaceName]) -> str:
    """"Helsinki: Matinkylä" or "Porvoo" (a hot spot named by its municipality, then its settlement where the
    municipality has several) with the municipality named in the interface language ("Borgå")."""
    municipality, sep, rest = hot_spot.partition(": ")
    place = places.get(municipality)
    return f"{place.label}{sep}{rest}" if place is not None else hot_spot
