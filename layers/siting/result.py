"""The result of siting: the ranked proposed sites with what each adds, and the coverage table before and after.

The tables are the coverage check's own (:class:`layers.coverage.CoverageResult`, with its verdicts), so a
proposal is judged by the same rule as the present state; :meth:`SitingResult.changes` lines them up per
municipality x zone.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import numpy as np

from layers.coverage.verdict import AREA, PEOPLE
from layers.crs import WORK_CRS
from layers.i18n import format_number, format_percent, translate

if TYPE_CHECKING:
    import geopandas as gpd

    from layers.coverage.result import CoverageResult
    from layers.coverage.zones import Zones
    from layers.siting.candidates import Candidates, CandidateSource

SITE_FIELDS = ("rank", "adds_people", "adds_area_km2", "municipality", "code", "zone", "sector", "candidate")
COMPARED = ("covered_share", "population_share", "target_pass")


@dataclass
class SitingResult:
    """``sites``: one row per proposed site, best first (:data:`SITE_FIELDS`, EPSG:3067); ``by``: what the
    choice maximised (people or area); ``uncovered``: that weight left uncovered in the chosen zones before."""

    sites: gpd.GeoDataFrame
    before: CoverageResult
    after: CoverageResult
    by: str
    sector: str
    radius_m: float
    uncovered: float
    candidates: int
    evaluations: int
    warnings: list[str] = field(default_factory=list)
    method: str = ""
    engine: Any = field(default=None, repr=False)  # the prepared coverage engine (for unique coverage after)

    @property
    def added(self) -> float:
        """The weight the sites add together (people, or m² by area)."""
        column = "adds_people" if self.by == PEOPLE else "adds_area_km2"
        return float(self.sites[column].sum()) * (1.0 if self.by == PEOPLE else 1e6)

    def changes(self) -> list[dict]:
        """Per municipality x zone: the compared values before and after (``<field>_before``/``_after``)."""
        out = []
        for old, new in zip(self.before.rows, self.after.rows, strict=True):
            row = {k: old[k] for k in ("municipality", "code", "zone")}
            for key in COMPARED:
                if key in old or key in new:
                    row[f"{key}_before"], row[f"{key}_after"] = old.get(key), new.get(key)
            out.append(row)
        return out

    def summary(self) -> str:
        scale = 1.0 if self.by == PEOPLE else 1e-6
        share = self.added / self.uncovered if self.uncovered > 0 else 0.0
        text = (translate("siting", "{n} {sector} sites at {radius} m from {candidates} candidates add {added} people, "
                          "{share} of the {uncovered} people uncovered in the chosen zones ({method})")
                if self.by == PEOPLE else
                translate("siting", "{n} {sector} sites at {radius} m from {candidates} candidates add {added} km², "
                          "{share} of the {uncovered} km² uncovered in the chosen zones ({method})"))
        sector = translate("coverage", self.sector) if self.sector in ("transport", "energy") else self.sector
        return text.format(n=len(self.sites), sector=sector, radius=f"{self.radius_m:g}",
                           candidates=format_number(self.candidates), added=format_number(self.added * scale, 1),
                           share=format_percent(share), uncovered=format_number(self.uncovered * scale, 1),
                           method=self.method)

    def to_dict(self) -> dict[str, Any]:
        sites = [{k: _plain(v) for k, v in rec.items() if k != "geometry"}
                 for rec in self.sites.drop(columns="geometry").to_dict("records")]
        for rec, geom in zip(sites, self.sites.geometry, strict=True):
            rec["x"], rec["y"] = round(geom.x, 1), round(geom.y, 1)
        return {"crs": WORK_CRS, "method": self.method, "by": self.by, "sector": self.sector,
                "radius_m": self.radius_m, "candidates": self.candidates, "uncovered": self.uncovered,
                "added": self.added, "sites": sites, "changes": self.changes(),
                "after": self.after.to_dict(gaps=False), "warnings": self.warnings}

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), indent=2, ensure_ascii=False)


def _plain(value: Any) -> Any:
    """A JSON value: numpy scalars as Python's, NaN (people not known) as null."""
    value = value.item() if isinstance(value, np.generic) else value
    return None if isinstance(value, float) and not math.isfinite(value) else value


def sites_frame(cands: Candidates, order: list[int], adds: dict[str, list[float]], zones: Zones,
                source: CandidateSource, sector: str) -> gpd.GeoDataFrame:
    """The chosen candidates as a point layer, best first, with what each adds and where it stands (people
    unknown, NaN, where ``adds`` has no people: no population data); a layer's candidate keeps its ``name``
    where it has one (an existing stop of another mode, say)."""
    import geopandas as gpd

    idx = np.asarray(order, dtype=np.int64)
    frame = zones.frame.iloc[cands.zone[idx]] if len(idx) else zones.frame.iloc[:0]
    data: dict[str, Any] = {
        "rank": np.arange(1, len(idx) + 1),
        "adds_people": np.round(adds[PEOPLE], 1) if PEOPLE in adds else np.full(len(idx), np.nan),
        "adds_area_km2": np.round(np.asarray(adds[AREA], dtype=np.float64) / 1e6, 4),
        "municipality": frame["municipality"].astype(str).to_numpy(),
        "code": frame["code"].astype(str).to_numpy(),
        "zone": frame["zone"].astype(str).to_numpy(),
        "sector": [sector] * len(idx),
        "candidate": cands.row[idx] if source.layer is not None else idx,
    }
    if source.layer is not None and "name" in source.layer.columns:
        data["name"] = source.layer["name"].astype(str).to_numpy()[cands.row[idx]]
    return gpd.GeoDataFrame(data, geometry=gpd.points_from_xy(cands.x[idx], cands.y[idx]), crs=WORK_CRS)
