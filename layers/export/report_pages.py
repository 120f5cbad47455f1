"""What the PDF report's pages after the map say: the whole per-municipality table and the sources and methods.

The rows come from the same :class:`~layers.export.report.CoverageTable` the map page, the CSV and the HTML
popups use, so the report can never disagree with them; only the drawing lives in :mod:`app.export`.  Every
row is kept (the map page's panel has room for a summary only), and every text is plain text, never markup.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from layers.coverage.labels import verdict_word, zone_label
from layers.coverage.population_source import basis_text
from layers.export.legend import collect_notes
from layers.export.report import CoverageTable, format_share, format_value, sector_label
from layers.i18n import format_number, translate

if TYPE_CHECKING:
    from layers.document import MapDocument


@dataclass(frozen=True)
class ReportTable:
    """The table as the report prints it: headers, text cells, relative column widths, and which column wraps."""

    headers: list[str]
    lines: list[list[str]]
    widths: list[float]
    wrap: int = -1  # the index of the column whose text wraps (the reasons); -1: none
    verdicts: int = -1  # the column holding pass/fail, drawn in colour


def full_table(table: CoverageTable) -> ReportTable:
    """Every row of the coverage result: per municipality and zone class, area, covered area, each sector's share
    of area (and of people where counted), the target, whether it is met, and why."""
    key = table.name_key()
    if key is None or not any("covered_share" in r for r in table.rows):  # a plain table: all its columns
        cols = list(table.headers)
        return ReportTable(cols, [[format_value(r.get(c)) for c in cols] for r in table.rows],
                           [1.0 / max(len(cols), 1)] * len(cols))
    sectors: list[str | None] = list(table.sectors())
    people = table.by_people()
    targets = [h for h in table.headers if h.endswith("_target")]
    headers = [translate("export", "Municipality") if key == "municipality" else key.capitalize(),
               translate("export", "Zone"), translate("export", "Area km²"), translate("export", "Covered km²")]
    widths = [0.13, 0.12, 0.07, 0.07]
    share_cols: list[tuple[str, str]] = []
    beside = [False, True] if table.along_network() else [False]  # along a network: the straight line's beside
    for sector in sectors or [None]:
        for straight in beside:
            label = sector_label(sector)
            if straight:
                label = translate("export", "{sector}, straight line").format(sector=label)
            area_key, people_key = table.share_keys(sector, straight)
            share_cols.append((translate("export", "{sector} (area)").format(sector=label), area_key))
            if people and people_key:
                share_cols.append((translate("export", "{sector} (people)").format(sector=label), people_key))
    headers += [c for c, _ in share_cols] + [_target_label(t) for t in targets] + [translate("export", "Met"),
                                                                                   translate("export", "Why")]
    widths += [0.07] * len(share_cols) + [0.06] * len(targets) + [0.05]
    widths.append(max(1.0 - sum(widths), 0.15))
    lines = []
    for row in table.rows:
        zone = zone_label(str(row.get("zone", "")))
        line = [table.shown_name(format_value(row.get(key))), zone, format_value(row.get("area_km2")),
                format_value(row.get("covered_km2"))]
        line += [format_share(row.get(k)) for _, k in share_cols]
        line += [format_share(row.get(t)) if row.get(t) not in (None, "") else "" for t in targets]
        line.append(verdict_word(row.get("target_pass") if isinstance(row.get("target_pass"), bool) else None))
        line.append(str(row.get("reason") or ""))
        lines.append(line)
    total = sum(widths)
    return ReportTable(headers, lines, [w / total for w in widths], wrap=len(headers) - 1,
                       verdicts=len(headers) - 2)


def _target_label(column: str) -> str:
    what = column.removesuffix("_target")
    return translate("export", "Target") if what == "all" else translate("export", "Target ({sector})").format(
        sector=sector_label(what).lower())


@dataclass(frozen=True)
class MethodsSection:
    heading: str
    lines: list[str] = field(default_factory=list)


def methods_sections(document: MapDocument, result: Any, table: CoverageTable | None) -> list[MethodsSection]:
    """The sources and methods page: each layer's source and licence, the population source and year, the zone
    set, the radii and service levels, and what is approximate, so that a printed figure can be traced."""
    from layers.coverage.labels import zone_set_text

    layers = [lyr for lyr in document.layers if lyr.visible]
    out = [MethodsSection(translate("export", "Data sources and licences"), [
        translate("export", "Region and municipalities: {credit}").format(
            credit=document.region.attribution or translate("export", "credit not stated")),
        *(f"{lyr.name}: {_source_text(lyr.source)}; {_licence(lyr.source, lyr.attribution)}" for lyr in layers),
    ])]
    if result is not None:
        population = getattr(result, "population_source", "") or ""
        basis = getattr(result, "population_basis", "") or ""
        out.append(MethodsSection(translate("export", "Population and zones"), [
            translate("export", "Population: {source}").format(
                source=population or translate("export", "not counted; shares are of area"))
            + (f" ({basis_text(basis)})" if basis else ""),
            translate("export", "Zone set: {zones}").format(
                zones=zone_set_text(getattr(result, "zone_set", None))),
            *([translate("export", "Targets judge: {zone}").format(zone=zone_label(table.judged_zone))]
              if table is not None else []),
        ]))
        radii = getattr(result, "radii_m", None) or {}
        levels = getattr(result, "thresholds", None) or {}
        minutes = getattr(result, "reach_min", None) or {}
        services = [(translate("export", "{layer}: within {minutes} min along the network").format(
            layer=name, minutes=format_number(float(r), 1)) if name in minutes else
            translate("export", "{layer}: within {radius} m").format(
            layer=name, radius=format_number(float(r), 0).replace(",", " "))) + (
            translate("export", ", stops with at least {level} departures per hour").format(
                level=format_value(float(levels[name]))) if name in levels else "")
            for name, r in radii.items()]
        method = getattr(result, "method", "") or ""
        methods = [translate("export", "Method: {method}").format(method=method)] if method else []
        out.append(MethodsSection(translate("export", "Services and method"), [*services, *methods]
                                  or [translate("export", "No service layers were part of the check.")]))
    approximate = [*collect_notes(document.layers), *(getattr(result, "warnings", None) or [])]
    out.append(MethodsSection(translate("export", "What is approximate"),
                              approximate or [translate("export", "Nothing was marked approximate.")]))
    return out


def _source_text(source: str) -> str:
    if not source or source in ("built-in", "derived"):
        words = {"built-in": translate("export", "built-in"), "derived": translate("export", "derived")}
        return words.get(source, translate("export", "made in regionmap"))
    return source.replace("\\", "/").rsplit("/", 1)[-1]


def _licence(source: str, attribution: str) -> str:
    if attribution:
        return attribution
    if source == "derived":
        return translate("export", "computed from the layers above (no licence of its own)")
    return translate("export", "licence not stated")
