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
from typing import Any

from layers.errors import UserError
from layers.export.atomic import write_text
from layers.tasks import CancelledFn, ProgressFn, check_cancelled, never_cancelled, no_progress

NAME_KEYS = ("name", "municipality", "zone", "label")


@dataclass
class CoverageTable:
    headers: list[str]
    rows: list[dict[str, Any]]
    totals: dict[str, Any] = field(default_factory=dict)
    passed: bool | None = None
    summary: str = ""

    def row_for(self, name: str) -> dict[str, Any] | None:
        key = self.name_key()
        for row in self.rows:
            if key and str(row.get(key)) == str(name):
                return row
        return None

    def name_key(self) -> str | None:
        return next((k for k in NAME_KEYS if k in self.headers), None)


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


def coverage_table(result: Any) -> CoverageTable:
    """Turn a coverage result into headers + rows + totals + pass/fail, whatever container the engine uses."""
    rows = _rows_of(result)
    headers: list[str] = []
    for row in rows:
        for key in row:
            if key not in headers and key != "geometry":
                headers.append(str(key))
    totals = dict(getattr(result, "totals", {}) or {})
    passed = getattr(result, "passed", None)
    if passed is None:
        passed = totals.get("passed", totals.get("pass"))
    summary = getattr(result, "summary", "")
    if callable(summary):
        summary = summary()
    if not summary:
        parts = [f"{k}: {format_value(v)}" for k, v in totals.items() if k not in ("passed", "pass")]
        if passed is not None:
            parts.insert(0, "PASS" if passed else "FAIL")
        summary = "; ".join(parts)
    return CoverageTable(headers, rows, totals, None if passed is None else bool(passed), str(summary))


def format_value(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float):
        if math.isnan(value):
            return ""
        return f"{value:.1f}" if abs(value) >= 1 or value == 0 else f"{value:.3f}"
    return str(value)


def table_csv(table: CoverageTable) -> str:
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=table.headers, extrasaction="ignore", lineterminator="\n")
    writer.writeheader()
    for row in table.rows:
        writer.writerow({k: _plain(row.get(k)) for k in table.headers})
    if table.totals:
        total_row = {table.headers[0]: "TOTAL"} if table.headers else {}
        for k in table.headers[1:]:
            if k in table.totals:
                total_row[k] = _plain(table.totals[k])
        writer.writerow(total_row)
    return buf.getvalue()


def _plain(value: Any) -> Any:
    if hasattr(value, "item"):  # numpy scalars
        value = value.item()
    if isinstance(value, float) and math.isnan(value):
        return ""
    return value


def zones_geojson(result: Any, zones: Any = None) -> dict[str, Any]:
    """A FeatureCollection (WGS84) of the zones with their table figures and the gaps, each marked by ``part``."""
    import geopandas as gpd
    import pandas as pd

    table = coverage_table(result)
    frames = []
    zones = zones if zones is not None else getattr(result, "zones", None)
    if zones is not None and hasattr(zones, "geometry") and len(zones):
        z = zones.copy()
        key = table.name_key()
        if key and key in z.columns:
            figures = pd.DataFrame(table.rows)
            extra = [c for c in figures.columns if c not in z.columns or c == key]
            z = z.merge(figures[extra], on=key, how="left")
        z["part"] = "zone"
        frames.append(z)
    gaps = getattr(result, "gaps", None)
    if gaps is not None and len(gaps):
        g = gaps.copy()
        if "area_km2" not in g.columns:
            g["area_km2"] = g.geometry.area / 1e6
        g["part"] = "gap"
        frames.append(g)
    if not frames:
        return {"type": "FeatureCollection", "features": [], "properties": {"totals": _json_safe(table.totals)}}
    crs = frames[0].crs
    merged = gpd.GeoDataFrame(pd.concat(frames, ignore_index=True), geometry="geometry", crs=crs)
    if merged.crs is not None:
        merged = merged.to_crs("EPSG:4326")
    fc = json.loads(merged.to_json(drop_id=True, na="null"))
    fc["properties"] = {"totals": _json_safe(table.totals), "summary": table.summary}
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
) -> ReportFiles:
    """Write the coverage table (CSV) and zones + gaps (GeoJSON next to it unless ``geojson_path`` is given)."""
    if result is None:
        raise UserError("there is no coverage result to export; run the coverage check first")
    csv_path = Path(csv_path)
    geojson_path = Path(geojson_path) if geojson_path else csv_path.with_suffix(".geojson")
    progress(0.1, "writing the coverage table")
    write_text(csv_path, table_csv(coverage_table(result)))
    check_cancelled(cancelled)
    progress(0.5, "writing zones and gaps")
    write_text(geojson_path, json.dumps(zones_geojson(result, zones), ensure_ascii=False))
    progress(1.0, "report written")
    return ReportFiles(csv_path, geojson_path)
