"""``regionmap coverage --gtfs FEED[:RADIUS_M] --service "weekday 07-09 >= 4/h"``: a timetable's stops as a
transport layer, only those served often enough; bad service texts end with one ``regionmap: ...`` line."""

from __future__ import annotations

import json

import pytest

from app.cli import main
from layers.commands.coverage import parse_service
from layers.errors import UserError
from tests.layers.transit.gtfs_writer import write_feed

HSL_DAY = "2022-02-22"  # the one weekday of the cropped HSL feed


def coverage_json(capsys, *args) -> tuple[dict, str]:
    assert main(["coverage", *map(str, args)]) == 0
    out = capsys.readouterr()
    return json.loads(out.out), out.err


def share(result: dict, zone: str = "all") -> float:
    return next(t["covered_share"] for t in result["totals"] if t["zone"] == zone)


@pytest.mark.parametrize(("text", "window", "per_hour"), [
    ("weekday 07-09 >= 4/h", (7 * 3600, 9 * 3600), 4.0),
    (">= 4/h", (7 * 3600, 9 * 3600), 4.0),
    ("  ≥ 2.5 per hour ", (7 * 3600, 9 * 3600), 2.5),
    ("07:30-09:00 every 15 min", (7 * 3600 + 1800, 9 * 3600), 4.0),
    ("Weekday 06-10 >=12/h", (6 * 3600, 10 * 3600), 12.0),
])
def test_service_texts(text, window, per_hour):
    level = parse_service(text)
    assert (level.window, level.per_hour) == (window, per_hour)


@pytest.mark.parametrize(("text", "said"), [
    ("4 an hour", 'give it as "weekday 07-09 >= 4/h"'),
    ("saturday >= 4/h", "give another day as --day"),
    ("09-07 >= 4/h", "the end must come after the start"),
    (">= 0/h", "more than 0 and at most 1000"),
    ("every 0 min", "more than 0 and at most 1000"),
])
def test_bad_service_texts_say_what_to_write(text, said):
    with pytest.raises(UserError, match="--service") as info:
        parse_service(text)
    assert said in str(info.value)


@pytest.mark.parametrize(("args", "said"), [
    (["--service", ">= 4/h"], "--service: applies to timetables; give one with --gtfs"),
    (["--gtfs", "{feed}", "--service", "often"], "--service 'often': give it as"),
    (["--gtfs", "{feed}", "--day", "2024-02-30"], "--day: '2024-02-30' is not a date"),
    (["--gtfs", "{feed}", "--day", "2024-01-06"], "no service of calendar.txt or calendar_dates.txt runs on"),
    (["--gtfs", "{missing}"], "missing.zip"),
])
def test_bad_options_end_with_one_line_and_exit_2(tmp_path, capsys, args, said):
    feed = write_feed(tmp_path / "f.zip")
    args = [a.format(feed=feed, missing=tmp_path / "missing.zip") for a in args]
    assert main(["coverage", *args]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert err[-1].startswith("regionmap: ") and said in err[-1], err
    assert not any("Traceback" in line for line in err)


def test_a_small_feed_counts_only_the_stops_that_meet_the_level(tmp_path, capsys):
    feed = write_feed(tmp_path / "f.zip")
    every, _ = coverage_json(capsys, "--gtfs", f"{feed}:800", "--day", "2024-01-02")
    assert every["radii_m"] == {"f — stops": 800.0} and "service_thresholds" not in every
    # in 07-09 S1, S2 and the station P1 (its two platforms together) have 1/h, S3 0.5/h
    some, err = coverage_json(capsys, "--gtfs", f"{feed}:800", "--day", "2024-01-02", "--service", ">= 1/h")
    assert some["service_thresholds"] == {"f — stops": 1.0}
    assert "f — stops: 3 of 4 stops have at least 1 departures an hour (2024-01-02 07:00-09:00)" in err
    assert 0.0 < share(some) < share(every)
    assert main(["coverage", "--gtfs", str(feed), "--day", "2024-01-02", "--service", ">= 1.5/h"]) == 2
    last = capsys.readouterr().err.strip().splitlines()[-1]
    assert last.startswith(f"regionmap: --service: no stop of {feed} has at least 1.5 departures an hour"), last


@pytest.fixture(scope="module")
def hsl(shared_data):
    feed = shared_data / "hsl_gtfs_2022_cropped.zip"
    if not feed.exists():
        pytest.skip(f"{feed} not found (set REGIONMAP_SHARED_DATA)")
    return feed


@pytest.mark.shared_data
def test_the_hsl_feed_at_four_an_hour_covers_what_its_filtered_stops_cover(hsl, tmp_path, capsys):
    from layers.transit import TransitInputs, run

    every, _ = coverage_json(capsys, "--gtfs", hsl, "--day", HSL_DAY)
    frequent, err = coverage_json(capsys, "--gtfs", f"{hsl}:500", "--day", HSL_DAY,
                                  "--service", "weekday 07-09 >= 4/h")
    assert frequent["service_thresholds"] == {"hsl_gtfs_2022_cropped — stops": 4.0}
    assert frequent["radii_m"] == {"hsl_gtfs_2022_cropped — stops": 500.0}
    assert "of 1,282 stops have at least 4 departures an hour (2022-02-22 07:00-09:00)" in err
    assert share(frequent) < share(every) and share(frequent, "hotspot") <= share(every, "hotspot")
    stops = run(TransitInputs(hsl, day=__import__("datetime").date(2022, 2, 22), routes=False)).stops
    stops[stops["per_hour"] >= 4].to_file(tmp_path / "frequent.gpkg", driver="GPKG")
    filtered, _ = coverage_json(capsys, "--layer", f"{tmp_path / 'frequent.gpkg'}:500")
    assert [r["covered_km2"] for r in filtered["rows"]] == [r["covered_km2"] for r in frequent["rows"]]


def test_a_projects_threshold_applies_on_the_command_line_too(tmp_path, capsys):
    import geopandas as gpd
    import shapely

    from layers.document import MapDocument
    from layers.model import Layer, LayerKind
    from layers.project import save_project

    doc = MapDocument.default()
    stops = gpd.GeoDataFrame({"per_hour": [0.5, 6.0]}, crs="EPSG:3067",
                             geometry=[shapely.Point(385_000, 6_672_000), shapely.Point(395_000, 6_680_000)])
    doc.layers.append(Layer(stops, "Stops", kind=LayerKind.TRANSPORT, radius_m=800.0, service_threshold=4.0))
    path = save_project(doc, tmp_path / "p.gpkg")
    frequent, _ = coverage_json(capsys, "--project", path)
    assert frequent["service_thresholds"] == {"Stops": 4.0}
    doc.layers.by_name("Stops").service_threshold = None
    every, _ = coverage_json(capsys, "--project", save_project(doc, tmp_path / "q.gpkg"))
    assert "service_thresholds" not in every and share(frequent) < share(every)
