"""What the PDF report's pages after the map say: the whole per-municipality table and the sources and methods.

The rows come from the same :class:`~layers.export.report.CoverageTable` the map page, the CSV and the HTML
popups use, so the report can never disagree with them; only the drawing lives in :mod:`app.export`.  Every
row is kept (the map page's panel has room for a summary only), and every text is plain text, never markup.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from layers.export.legend import collect_notes
from layers.export.report import ZONE_LABELS, CoverageTable, format_share, format_value

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
    headers = ["Municipality" if key == "municipality" else key.capitalize(), "Zone", "Area km²", "Covered km²"]
    widths = [0.13, 0.12, 0.07, 0.07]
    share_cols: list[tuple[str, str]] = []
    beside = [False, True] if table.along_network() else [False]  # along a network: the straight line's beside
    for sector in sectors or [None]:
        for straight in beside:
            label = (sector.capitalize() if sector else "Covered") + (", straight line" if straight else "")
            area_key, people_key = table.share_keys(sector, straight)
            share_cols.append((f"{label} (area)", area_key))
            if people and people_key:
                share_cols.append((f"{label} (people)", people_key))
    headers += [c for c, _ in share_cols] + [_target_label(t) for t in targets] + ["Met", "Why"]
    widths += [0.07] * len(share_cols) + [0.06] * len(targets) + [0.05]
    widths.append(max(1.0 - sum(widths), 0.15))
    lines = []
    for row in table.rows:
        zone = ZONE_LABELS.get(str(row.get("zone")), str(row.get("zone", "")))
        line = [format_value(row.get(key)), zone, format_value(row.get("area_km2")),
                format_value(row.get("covered_km2"))]
        line += [format_share(row.get(k)) for _, k in share_cols]
        line += [format_share(row.get(t)) if row.get(t) not in (None, "") else "" for t in targets]
        line.append({True: "pass", False: "fail"}.get(row.get("target_pass"), ""))  # type: ignore[arg-type]
        line.append(str(row.get("reason") or ""))
        lines.append(line)
    total = sum(widths)
    return ReportTable(headers, lines, [w / total for w in widths], wrap=len(headers) - 1,
                       verdicts=len(headers) - 2)


def _target_label(column: str) -> str:
    what = column.removesuffix("_target")
    return "Target" if what == "all" else f"Target ({what})"


@dataclass(frozen=True)
class MethodsSection:
    heading: str
    lines: list[str] = field(default_factory=list)


def methods_sections(document: MapDocument, result: Any, table: CoverageTable | None) -> list[MethodsSection]:
    """The sources and methods page: each layer's source and licence, the population source and year, the zone
    set, the radii and service levels, and what is approximate, so that a printed figure can be traced."""
    from layers.coverage.labels import zone_set_label

    layers = [lyr for lyr in document.layers if lyr.visible]
    out = [MethodsSection("Data sources and licences", [
        f"Region and municipalities: {document.region.attribution or 'credit not stated'}",
        *(f"{lyr.name}: {_source_text(lyr.source)}; {_licence(lyr.source, lyr.attribution)}" for lyr in layers),
    ])]
    if result is not None:
        population = getattr(result, "population_source", "") or ""
        basis = getattr(result, "population_basis", "") or ""
        out.append(MethodsSection("Population and zones", [
            f"Population: {population or 'not counted; shares are of area'}" + (f" ({basis})" if basis else ""),
            f"Zone set: {zone_set_label(getattr(result, 'zone_set', None))}",
            *([f"Targets judge: {table.judged_zone} zones"] if table is not None else []),
        ]))
        radii = getattr(result, "radii_m", None) or {}
        levels = getattr(result, "thresholds", None) or {}
        minutes = getattr(result, "reach_min", None) or {}
        services = [(f"{name}: within {float(r):g} min along the network" if name in minutes else
                     f"{name}: within {float(r):,.0f} m".replace(",", " ")) + (
            f", stops with at least {format_value(float(levels[name]))} departures per hour" if name in levels else "")
            for name, r in radii.items()]
        method = getattr(result, "method", "") or ""
        out.append(MethodsSection("Services and method", [*services, *([f"Method: {method}"] if method else [])]
                                  or ["No service layers were part of the check."]))
    approximate = [*collect_notes(document.layers), *(getattr(result, "warnings", None) or [])]
    out.append(MethodsSection("What is approximate", approximate or ["Nothing was marked approximate."]))
    return out


def _source_text(source: str) -> str:
    if not source or source in ("built-in", "derived"):
        return source or "made in regionmap"
    return source.replace("\\", "/").rsplit("/", 1)[-1]


def _licence(source: str, attribution: str) -> str:
    if attribution:
        return attribution
    if source == "derived":
        return "computed from the layers above (no licence of its own)"
    return "licence not stated"
