"""The coverage report: the table as CSV and the zones + gaps as GeoJSON with their figures.

Works on the coverage engine's result (``rows``: one dict per municipality/zone, ``totals``: a dict, ``gaps``: a
GeoDataFrame in EPSG:3067).  The same :class:`CoverageTable` feeds the printed page and the HTML popups.
"""

from __future__ import annotations

import csv
import io
import json
import math
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from layers.coverage.labels import verdict_word, zone_label
from layers.coverage.population_source import basis_text
from layers.errors import UserError
from layers.export.atomic import write_text
from layers.i18n import format_number, format_percent, language, translate
from layers.io.write import write_rows_csv
from layers.tasks import CancelledFn, ProgressFn, check_cancelled, never_cancelled, no_progress

if TYPE_CHECKING:
    from layers.names import PlaceName

NAME_KEYS = ("municipality", "name", "zone", "label")
SECTOR_NAMES = ("transport", "energy")


@dataclass
class CoverageTable:
    headers: list[str]
    rows: list[dict[str, Any]]
    totals: list[dict[str, Any]] = field(default_factory=list)
    passed: bool | None = None
    summary: str = ""
    municipality_pass: dict[str, bool] = field(default_factory=dict)
    municipality_reasons: dict[str, str] = field(default_factory=dict)
    judged_zone: str = "in-between"  # the zones the targets judge (a zone set's target class): the page's column
    places: dict[str, PlaceName] = field(default_factory=dict)  # Finnish name -> as shown (:mod:`layers.names`)

    def shown_name(self, name: str) -> str:
        """A municipality's name as the tables show it, in the interface language (rows keep the Finnish)."""
        place = self.places.get(name)
        return place.label if place is not None else name

    def name_key(self) -> str | None:
        return next((k for k in NAME_KEYS if k in self.headers), None)

    def rows_for(self, name: str) -> list[dict[str, Any]]:
        key = self.name_key()
        return [row for row in self.rows if key and str(row.get(key)) == str(name)]

    def row_for(self, name: str) -> dict[str, Any] | None:
        rows = self.rows_for(name)
        return rows[0] if rows else None

    def sectors(self) -> list[str]:
        """The sectors whose shares the rows carry (``transport_share``, ``energy_share``)."""
        return [s for s in SECTOR_NAMES if any(f"{s}_share" in r for r in self.rows)]

    def by_people(self) -> bool:
        return any(r.get("population_share") not in (None, "") for r in self.rows)

    def along_network(self) -> bool:
        """Whether the rows were measured along a network (they then carry the straight-line shares beside)."""
        return any(r.get("straight_covered_share") not in (None, "") for r in self.rows)

    def share_keys(self, sector: str | None, straight: bool = False) -> tuple[str, str]:
        """The row keys of a sector's share of area and of people (``covered``/``population`` for None); with
        ``straight``, of its straight-line shares beside a network's."""
        if straight:
            return (f"{sector}_straight_share", f"{sector}_straight_people_share") if sector else \
                ("straight_covered_share", "")
        return (f"{sector}_share", f"{sector}_people_share") if sector else ("covered_share", "population_share")

    def figures_for(self, name: str) -> list[tuple[str, Any]]:
        """What a municipality's popup shows: per zone the covered share of area (and of people where counted),
        per sector, whether it meets the target and why."""
        out: list[tuple[str, Any]] = []
        sectors: list[str | None] = list(self.sectors()) or [None]
        for row in self.rows_for(name):
            zone = zone_label(str(row.get("zone", "")))
            if "covered_share" not in row:
                out += [(k, v) for k, v in row.items() if k != self.name_key()]
                continue
            for sector in sectors:
                text = _share_text(row, *self.share_keys(sector))
                if self.along_network():
                    text = translate("export", "{shares} (straight line: {straight})").format(
                        shares=text, straight=_share_text(row, *self.share_keys(sector, straight=True)))
                what = (translate("export", "{zone}: {sector}").format(zone=zone, sector=sector_label(sector).lower())
                        if sector else translate("export", "{zone} covered").format(zone=zone))
                out.append((what, text))
        if name in self.municipality_pass:
            out.append((translate("export", "Meets the target"), format_value(self.municipality_pass[name])))
            if self.municipality_reasons.get(name):
                out.append((translate("export", "Why"), self.municipality_reasons[name]))
        return out

    def compact(self) -> tuple[list[str], list[list[str]]]:
        """One line per municipality for the printed page: each sector's in-between share and the hot spots'
        (of people where counted, else of area: the summary says which, see :func:`coverage_table`), and the
        verdict; with a zone set, each sector's share of its judged class."""
        key = self.name_key()
        if key != "municipality" or not any("covered_share" in r for r in self.rows):
            cols = ([key] if key else []) + [h for h in self.headers if h != key][:3]
            return cols, [[format_value(r.get(c)) for c in cols] for r in self.rows]
        people = self.by_people()  # then a share is of people where the data reach the zone, else of area
        sectors: list[str | None] = list(self.sectors()) or [None]
        names = list(dict.fromkeys(str(r.get(key)) for r in self.rows))
        zone_set = self.judged_zone != "in-between"  # then no hot spots; the first column names the judged class
        headers = ([translate("export", "{zone} zones").format(zone=self.judged_zone.capitalize()) if zone_set
                    else translate("export", "Municipality")]
                   + [sector_label(s) for s in sectors] + ([] if zone_set else [zone_label("hotspot")])
                   + ([translate("export", "Target")] if self.municipality_pass else []))

        def share(row: dict[str, Any] | None, sector: str | None) -> str:
            if row is None:
                return format_share(None)
            area_key, people_key = (f"{sector}_share", f"{sector}_people_share") if sector else \
                ("covered_share", "population_share")
            value = row.get(people_key) if people and row.get(people_key) not in (None, "") else row.get(area_key)
            return format_share(value)

        lines = []
        for name in names:
            by_zone = {str(r.get("zone")): r for r in self.rows_for(name)}
            line = [self.shown_name(name)] + [share(by_zone.get(self.judged_zone), s) for s in sectors]
            if not zone_set:
                line.append(share(by_zone.get("hotspot"), None))
            if self.municipality_pass:
                line.append(verdict_word(self.municipality_pass.get(name)))
            lines.append(line)
        return headers, lines


def _share_text(row: Mapping[str, Any], area_key: str, people_key: str) -> str:
    """"62.0 % of area, 55.1 % of people" (the people where the row counts them)."""
    text = translate("export", "{share} of area").format(share=format_share(row.get(area_key)))
    if people_key and row.get(people_key) not in (None, ""):
        text = translate("export", "{area}, {share} of people").format(
            area=text, share=format_share(row.get(people_key)))
    return text


def format_share(value: Any) -> str:
    """A share as the interface language writes it: ``62.0 %``, ``62,0 %`` (a no-break space under fi/sv)."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "–"
    return format_percent(float(value)) if language() != "en" else f"{float(value) * 100:.1f} %"


def sector_label(sector: str | None) -> str:
    """A sector's name in the interface language ("transport" -> "Transport" / "Liikenne"); None: "Covered"."""
    words = {"transport": translate("export", "Transport"), "energy": translate("export", "Energy"),
             None: translate("export", "Covered")}
    return words.get(sector, str(sector).capitalize())


def _rows_of(result: Any) -> list[dict[str, Any]]:
    rows = getattr(result, "rows", None)
    if rows is None:
        return []
    if hasattr(rows, "to_dict"):  # a DataFrame
        return [dict(r) for r in rows.to_dict("records")]
    if isinstance(rows, Mapping):
        out = []
        for key, value in rows.items():
            row = {"name": key} if not (isinstance(value, Mapping) and any(k in value for k in NAME_KEYS)) else {}
            row.update(dict(value) if isinstance(value, Mapping) else {"value": value})
            out.append(row)
        return out
    return [dict(r) for r in rows]


def _totals_of(result: Any) -> list[dict[str, Any]]:
    totals = getattr(result, "totals", None) or []
    if isinstance(totals, Mapping):
        return [dict(totals)]
    return [dict(t) for t in totals]


def coverage_table(result: Any, places: Mapping[str, PlaceName] | None = None) -> CoverageTable:
    """Turn a coverage result (rows, totals, municipality_pass) into what pages, popups and the CSV show;
    ``places`` (:func:`layers.names.name_lookup` of the municipalities) names them in the interface language."""
    rows = [{k: _plain(v) for k, v in r.items()} for r in _rows_of(result)]
    if hasattr(result, "row_fields"):
        headers = list(result.row_fields())
    else:
        headers = []
        for row in rows:
            for key in row:
                if key not in headers and key != "geometry":
                    headers.append(str(key))
    totals = [{k: _plain(v) for k, v in t.items()} for t in _totals_of(result)]
    mpass = {str(k): bool(v) for k, v in (getattr(result, "municipality_pass", None) or {}).items()}
    reasons = {str(k): str(v) for k, v in (getattr(result, "municipality_reasons", None) or {}).items()}
    passed = getattr(result, "passed", None)
    if passed is None and mpass:
        passed = all(mpass.values())
    parts = []
    for t in totals:
        if "zone" in t and "covered_share" in t:
            parts.append(translate("export", "{zone} {share} covered").format(
                zone=zone_label(str(t["zone"])), share=format_share(t["covered_share"])))
        else:
            parts += [f"{k}: {format_value(v)}" for k, v in t.items()]
    if mpass:
        n_ok = sum(mpass.values())
        parts.append(translate("export", "{n} of {total} municipalities meet the target").format(
            n=n_ok, total=len(mpass)))
    summary = (translate("export", "PASS: ") if passed else translate("export", "FAIL: ")) if passed is not None \
        else ""
    stale = getattr(result, "stale", "")
    if stale:  # an input changed after the Compute: the page must not pass these off as current
        summary = translate("export", "OUT OF DATE ({why}; compute again): ").format(why=stale) + summary
    basis = getattr(result, "population_basis", "")
    if basis:  # "by area", or where the people come from ("people: approximate (GeoNames settlement points)")
        parts.append(translate("export", "by area") if basis == "by area" else translate(
            "export", "{basis}; shares are of people where the data reach a zone, else of area").format(
                basis=basis_text(basis)))
        if headers and rows:
            headers.append("population_basis")
            rows = [{**row, "population_basis": basis} for row in rows]
    headers, rows = _name_sources(result, parts, headers, rows)
    summary += "; ".join(parts)
    zones = getattr(result, "zones", None)
    return CoverageTable(headers, rows, totals, None if passed is None else bool(passed), summary, mpass, reasons,
                         str(getattr(zones, "target", "in-between")), dict(places or {}))


def _name_sources(result: Any, parts: list[str], headers: list[str],
                  rows: list[dict[str, Any]]) -> tuple[list[str], list[dict[str, Any]]]:
    """Name the population source (with its year) and the zone set in the summary and on every row, so that no
    table or page shows a share without what it is a share of (:mod:`layers.coverage.labels`)."""
    from layers.coverage.labels import zone_set_label

    if not hasattr(result, "population_source"):  # not a coverage result (a plain table)
        return headers, rows
    named = {"population_source": getattr(result, "population_source", "") or "",
             "zone_set": zone_set_label(getattr(result, "zone_set", None))}
    if named["population_source"]:
        parts.append(translate("export", "population source: {source}").format(source=named["population_source"]))
    parts.append(translate("export", "zones: {zones}").format(zones=translate("coverage", named["zone_set"])))
    if headers and rows:
        headers = [*headers, *(k for k in named if k not in headers)]
        rows = [{**row, **named} for row in rows]
    return headers, rows


def format_value(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return translate("export", "yes") if value else translate("export", "no")
    if isinstance(value, float):
        if not math.isfinite(value):
            return "–"
        return format_number(value, 1 if abs(value) >= 1 or value == 0 else 3, grouping=False)
    return str(value)


def table_records(table: CoverageTable) -> list[dict[str, Any]]:
    """The rows the report's table file holds: one per row of ``table``, then the region totals per zone (marked
    ALL in the name column); the CSV and the XLSX both write these."""
    out = [{k: _plain(row.get(k)) for k in table.headers} for row in table.rows]
    for total in table.totals:
        row = {k: _plain(v) for k, v in total.items() if k in table.headers}
        key = table.name_key()
        if key and key not in total:
            row[key] = "ALL"
        out.append(row)
    return out


def table_csv(table: CoverageTable) -> str:
    """The plain CSV (``,`` and decimal points, for programs): column names and values stay English."""
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=table.headers, extrasaction="ignore", lineterminator="\n")
    writer.writeheader()
    for record in table_records(table):
        writer.writerow(record)
    return buf.getvalue()


def _plain(value: Any) -> Any:
    if hasattr(value, "item"):  # numpy scalars
        value = value.item()
    if isinstance(value, float) and math.isnan(value):
        return ""
    return value


def _zones_frame(result: Any, zones: Any) -> Any:
    for candidate in (zones, getattr(result, "zones", None)):
        if candidate is None:
            continue
        frame = getattr(candidate, "frame", candidate)
        if hasattr(frame, "geometry") and len(frame):
            return frame
    return None


def zones_geojson(result: Any, zones: Any = None) -> dict[str, Any]:
    """A FeatureCollection (WGS84) of the zones with their figures and the gaps, each marked by ``part``."""
    import geopandas as gpd
    import pandas as pd

    table = coverage_table(result)
    frames = []
    z = _zones_frame(result, zones)
    if z is not None:
        z = z.copy()
        keys = [k for k in ("municipality", "zone") if k in z.columns and k in table.headers]
        if keys and table.rows:
            figures = pd.DataFrame(table.rows)
            extra = [c for c in figures.columns if c not in z.columns] + keys
            z = z.merge(figures[extra], on=keys, how="left")
        z["part"] = "zone"
        frames.append(z)
    gaps = getattr(result, "gaps", None)
    if gaps is not None and len(gaps):
        g = gaps.copy()
        if "area_km2" not in g.columns:
            g["area_km2"] = g.geometry.area / 1e6
        g["part"] = "gap"
        frames.append(g)
    props = {"totals": [_json_safe(t) for t in table.totals], "summary": table.summary,
             "crs_of_figures": "EPSG:3067 (areas in km² on the TM35FIN plane)"}
    if not frames:
        return {"type": "FeatureCollection", "features": [], "properties": props}
    crs = frames[0].crs
    merged = gpd.GeoDataFrame(pd.concat(frames, ignore_index=True), geometry="geometry", crs=crs)
    if merged.crs is not None:
        merged = merged.to_crs("EPSG:4326")
    fc = json.loads(merged.to_json(drop_id=True, na="null"))
    fc["properties"] = props
    return fc


def _json_safe(d: Mapping[str, Any]) -> dict[str, Any]:
    return {str(k): _plain(v) if not isinstance(v, (list, dict, tuple)) else str(v) for k, v in d.items()}


@dataclass
class ReportFiles:
    csv: Path
    geojson: Path


def export_report(
    result: Any,
    csv_path: str | Path,
    geojson_path: str | Path | None = None,
    zones: Any = None,
    progress: ProgressFn = no_progress,
    cancelled: CancelledFn = never_cancelled,
    csv_style: str = "plain",
) -> ReportFiles:
    """Write the coverage table (CSV, or an XLSX workbook where ``csv_path`` ends in ``.xlsx``) and zones + gaps
    (GeoJSON next to it unless ``geojson_path`` is given).  ``csv_style`` ``fi``: the Finnish spreadsheet
    convention (``;``, decimal comma, UTF-8 with a byte-order mark, :func:`layers.io.write.write_rows_csv`);
    ``plain``: ``,`` and points.  Column names are the same in all."""
    if result is None:
        raise UserError(translate(
            "export", "there is no coverage result to export; run the coverage check first"))
    csv_path = Path(csv_path)
    geojson_path = Path(geojson_path) if geojson_path else csv_path.with_suffix(".geojson")
    progress(0.1, translate("progress", "writing the coverage table"))
    table = coverage_table(result)
    if csv_path.suffix.lower() == ".xlsx":
        from layers.io.write import write_rows_xlsx

        write_rows_xlsx(table_records(table), table.headers, csv_path)
    elif csv_style == "fi":
        write_rows_csv(table_records(table), table.headers, csv_path, finnish=True)
    else:
        write_text(csv_path, table_csv(table))
    check_cancelled(cancelled)
    progress(0.5, translate("progress", "writing zones and gaps"))
    write_text(geojson_path, json.dumps(zones_geojson(result, zones), ensure_ascii=False))
    progress(1.0, translate("progress", "report written"))
    return ReportFiles(csv_path, geojson_path)
