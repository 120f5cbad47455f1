"""The report's table and sources pages keep every row and name every source (no Qt: the model only)."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from layers.export.report import coverage_table
from layers.export.report_pages import full_table, methods_sections

NAMES = [f"Kunta {i:02d}" for i in range(26)]


def small_result(n: int = 26) -> SimpleNamespace:
    """A coverage result as the engine returns it, written by hand: two zone rows per municipality."""
    rows = []
    for i, name in enumerate(NAMES[:n]):
        rows.append({"municipality": name, "zone": "hotspot", "area_km2": 10.0 + i, "covered_km2": 1.0,
                     "covered_share": 0.1, "transport_share": 0.1, "transport_people_share": 0.25,
                     "population_share": 0.25, "target_pass": None, "reason": "hot spots not judged"})
        rows.append({"municipality": name, "zone": "in-between", "area_km2": 100.0 + i, "covered_km2": 5.0 * i,
                     "covered_share": 0.05 * i / 2, "transport_share": 0.05 * i / 2, "transport_people_share": 0.5,
                     "population_share": 0.5, "all_target": 0.2, "target_pass": i % 2 == 0,
                     "reason": f"all layers {2.5 * i:.1f} % of area vs 20 %"})
    return SimpleNamespace(rows=rows, totals=[], municipality_pass={r["municipality"]: bool(r["target_pass"])
                                                                    for r in rows if r["zone"] == "in-between"},
                           population_source="Statistics Finland 1 km grid 2023, CC BY 4.0",
                           population_basis="", zone_set=None, radii_m={"Rail stations": 1000.0},
                           thresholds={"Rail stations": 4.0}, method="sampled grid", warnings=["a warning"])


def test_every_row_with_shares_of_area_and_people_targets_and_reasons() -> None:
    table = full_table(coverage_table(small_result()))
    assert len(table.lines) == 52
    assert table.headers[:4] == ["Municipality", "Zone", "Area km²", "Covered km²"]
    assert "Transport (area)" in table.headers and "Transport (people)" in table.headers
    assert "Target" in table.headers and table.headers[-2:] == ["Met", "Why"]
    assert sum(table.widths) == pytest.approx(1.0)
    last = table.lines[-1]
    assert last[0] == "Kunta 25" and last[1] == "In-between areas" and last[-2] == "fail"
    assert last[-1] == "all layers 62.5 % of area vs 20 %"
    assert {line[0] for line in table.lines} == set(NAMES)


def test_sources_page_names_layers_population_zones_radii_and_levels(document) -> None:
    result = small_result()
    sections = {s.heading: s.lines for s in methods_sections(document, result, coverage_table(result))}
    text = " ".join(" ".join(lines) for lines in sections.values())
    assert "Statistics Finland 1 km grid 2023" in text
    assert "Zone set: hot spots / in-between" in text
    assert "Rail stations: within 1 000 m, stops with at least 4.0 departures per hour" in text
    assert "National Land Survey of Finland" in text  # the region's credit
    assert "a warning" in sections["What is approximate"]
    assert any("Schematic" in line for line in sections["What is approximate"])
