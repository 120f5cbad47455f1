"""The Coverage dock's lines of text that are not numbers in the table: the gap list and the hot-spot links."""

from __future__ import annotations

import math
from typing import TYPE_CHECKING, Any

from layers.coverage.connections import LINK_RULE
from layers.coverage.population_source import BY_AREA
from layers.i18n import format_number, translate

if TYPE_CHECKING:
    import geopandas as gpd

    from layers.coverage.connections import Connections

Bounds = tuple[float, float, float, float]


def gap_entries(gaps: gpd.GeoDataFrame | None, basis: str, listed: int) -> list[tuple[str, Bounds]]:
    """Text and bounds of the first ``listed`` gaps.  ``basis``: how people are counted; by area a gap claims no
    people, and with people a gap the population data do not reach says "not known" rather than 0."""
    if gaps is None:
        return []
    out = []
    for rec in gaps.head(listed).itertuples():
        if rec.population is not None:
            people = translate("coverage", ", {n} people").format(n=format_number(int(rec.population)))
        else:
            people = "" if basis == BY_AREA else translate("coverage", ", people not known (no population data here)")
        text = translate("coverage", "{municipality}: {area} km²{people}, {distance}").format(
            municipality=rec.municipality, area=format_number(rec.area_km2, 2), people=people,
            distance=_to_service(rec))
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


def links_text(conn: Connections | None) -> str:
    """The hot-spot links in a line: how many, by which rule, and the isolated hot spots."""
    if conn is None or conn.lines is None:
        return translate("coverage", "Hot-spot links: need a transport layer with lines (routes) or stations "
                         "(points).")
    iso = conn.isolated
    head = translate("coverage", "Hot-spot links: {links} links between {linked} hot spots ({rule}). ").format(
        links=len(conn.edges), linked=len(conn.names) - len(iso), rule=translate("coverage", LINK_RULE))
    if not iso:
        return head + translate("coverage", "No isolated hot spots.")
    return head + translate("coverage", "Isolated ({n}): {names}").format(
        n=len(iso), names=", ".join(iso[:30]) + ("…" if len(iso) > 30 else ""))
