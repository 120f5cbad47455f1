"""The result of a coverage check: per-zone rows, totals, gaps, curves, connections and warnings."""

from __future__ import annotations

import csv
import io
import json
import math
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from layers.crs import WORK_CRS

if TYPE_CHECKING:
    import geopandas as gpd

    from layers.coverage.connections import Connections
    from layers.coverage.zones import Zones

ROW_FIELDS = ("municipality", "code", "zone", "area_km2", "covered_km2", "covered_share", "population",
              "population_covered", "population_share", "transport_share", "transport_people_share",
              "energy_share", "energy_people_share",
              "straight_covered_share", "transport_straight_share", "transport_straight_people_share",  # --network
              "energy_straight_share", "energy_straight_people_share",
              "double_gap_km2", "all_target", "transport_target", "energy_target", "target_pass", "reason")


def _clean(value: Any) -> Any:
    if isinstance(value, float) and not math.isfinite(value):
        return None
    return value


@dataclass
class CoverageResult:
    """``rows`` one dict per zone (see :data:`ROW_FIELDS`), ``totals`` for zone hotspot/in-between/all.

    ``gaps`` is a GeoDataFrame (EPSG:3067) of uncovered in-between areas sorted by population then area.
    ``curves`` maps the radii in ``curve_radii_m`` to the covered share of each zone (same order as ``rows``).
    ``zones`` are the zones the rows describe (their geometry: the report's GeoJSON).  The prepared data that
    answer a radius change without redoing the geometry are not kept here: the app's task
    (:func:`layers.coverage.live.run`) returns them beside the result.
    """

    rows: list[dict]
    totals: list[dict]
    gaps: gpd.GeoDataFrame | None = None
    curve_radii_m: list[float] = field(default_factory=list)
    curves: list[list[float]] = field(default_factory=list)
    connections: Connections | None = None
    warnings: list[str] = field(default_factory=list)
    radii_m: dict[str, float] = field(default_factory=dict)
    thresholds: dict[str, float] = field(default_factory=dict)  # departures/h a layer's stops had to meet, if set
    method: str = ""
    municipality_pass: dict[str, bool] = field(default_factory=dict)
    municipality_reasons: dict[str, str] = field(default_factory=dict)  # why each municipality passes or fails
    zones: Zones | None = field(default=None, repr=False)
    stale: str = ""  # why the figures are out of date (an input changed after the Compute), else ""
    population_basis: str = ""  # how people are counted: "by area", "people: <layer> (<field>)" or GeoNames'
    population_source: str = ""  # the source with its year and credit (:mod:`.labels`); "": not told
    reach_min: dict[str, float] = field(default_factory=dict)  # along a network: layers reached in minutes

    @property
    def has_population(self) -> bool:
        return any(r.get("population") is not None for r in self.rows)

    def row_fields(self) -> list[str]:
        present = {k for r in self.rows for k, v in r.items() if v is not None}
        return [f for f in ROW_FIELDS if f in present]

    def to_dict(self, gaps: bool = True) -> dict:
        out: dict[str, Any] = {
            "crs": WORK_CRS,
            "method": self.method,
            **({"out_of_date": self.stale} if self.stale else {}),
            **({"population_basis": self.population_basis} if self.population_basis else {}),
            "population_source": self.population_source or None,
            "zone_set": self.zone_set,
            "radii_m": {n: r for n, r in self.radii_m.items() if n not in self.reach_min},
            **({"reach_min": self.reach_min} if self.reach_min else {}),
            **({"service_thresholds": self.thresholds} if self.thresholds else {}),
            "rows": [{k: _clean(r.get(k)) for k in self.row_fields()} for r in self.rows],
            "totals": [{k: _clean(v) for k, v in t.items()} for t in self.totals],
            "warnings": list(self.warnings),
        }
        if self.municipality_pass:
            out["municipality_pass"] = self.municipality_pass
            out["municipality_reasons"] = self.municipality_reasons
        if gaps and self.gaps is not None:
            out["gaps"] = [{k: _clean(v) for k, v in rec.items() if k != "geometry"}
                           for rec in self.gaps.drop(columns="geometry").to_dict("records")]
        if self.connections is not None:
            out["connections"] = self.connections.to_dict()
        return out

    @property
    def zone_set(self) -> dict | None:
        """The zone set the zones came from (file, field, mapping, target class); None: hot spots / in-between."""
        return self.zones.zone_set if self.zones is not None else None

    def label_columns(self) -> dict[str, str]:
        """What every CSV row also names (after the figures): the population source and the zone set."""
        from layers.coverage.labels import NO_POPULATION, zone_set_label

        return {"population_source": self.population_source or NO_POPULATION,
                "zone_set": zone_set_label(self.zone_set)}

    def to_json(self, indent: int | None = 2) -> str:
        return json.dumps(self.to_dict(), indent=indent, ensure_ascii=False)

    def to_csv(self) -> str:
        buf = io.StringIO()
        fields = self.row_fields()
        labels = self.label_columns()
        writer = csv.DictWriter(buf, fieldnames=[*fields, *labels], lineterminator="\n")
        writer.writeheader()
        for r in self.rows:
            writer.writerow({**{k: "" if _clean(r.get(k)) is None else r.get(k) for k in fields}, **labels})
        return buf.getvalue()
