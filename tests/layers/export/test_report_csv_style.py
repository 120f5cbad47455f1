"""The coverage report's CSV in the Finnish spreadsheet convention (``export_report(csv_style="fi")``)."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def result():  # type: ignore[no-untyped-def]
    import geopandas as gpd
    from shapely.geometry import Point

    from layers.coverage import CoverageInputs, ServiceSpec, run, zones_from_document
    from layers.document import MapDocument

    doc = MapDocument.default()
    pts = gpd.GeoDataFrame({"name": ["A", "B"]}, crs=3067, geometry=[Point(385_500, 6_672_500),
                                                                   Point(425_000, 6_695_000)])
    return run(CoverageInputs(zones=zones_from_document(doc), services=[ServiceSpec("Stops", pts, 3000.0)],
                              targets={"all": 0.2}, curve=False, connections=False))


def test_the_finnish_report_csv_has_the_plain_one_s_rows_and_numbers(result, tmp_path) -> None:  # type: ignore[no-untyped-def]
    import pandas as pd

    from layers.export.report import export_report

    plain = export_report(result, tmp_path / "plain.csv")
    finnish = export_report(result, tmp_path / "fi.csv", csv_style="fi")
    raw = finnish.csv.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") and b";" in raw.split(b"\r\n", 1)[0]
    a = pd.read_csv(plain.csv)
    b = pd.read_csv(finnish.csv, sep=";", decimal=",", encoding="utf-8-sig")
    assert list(a.columns) == list(b.columns)
    assert len(b) == len(a) > 52  # the rows and the region totals (ALL)
    assert (b["municipality"] == "ALL").sum() == (a["municipality"] == "ALL").sum() >= 2
    for column in ("area_km2", "covered_km2", "covered_share"):
        assert b[column].dtype.kind == "f"
        assert (b[column] - a[column]).abs().max() < 1e-9
