"""The live check along a network: the Distance choice kept in the document (and projects), Compute along a
written street grid giving the same network shares as ``regionmap coverage --network``'s run with the
straight-line shares beside them, the radius moving both, and the choice and the network layer making the
result out of date."""

from __future__ import annotations

import json
from types import SimpleNamespace

import geopandas as gpd
import pandas as pd
import pytest
import shapely

from layers.coverage.live import LiveCoverage
from layers.coverage.live_numbers import COLUMNS, STRAIGHT_COLUMNS, ZoneRow
from layers.coverage.network_choice import NetworkChoice
from layers.coverage.network_compute import compute_task, run_along
from layers.errors import UserError
from layers.model import Layer
from tests.layers.network.network_writer import CRS, X0, Y0, add_streets_and_stop

SAMPLES = 4_000
CHOICE = NetworkChoice("Streets", "walk")


@pytest.fixture()
def document(two_municipalities):
    """Two 1 km municipalities; a 100 m street grid over the west one only; a stop on it (300 m)."""
    doc = two_municipalities(X0, Y0, 1_000.0, [(X0 + 200, Y0 + 800, 500), (X0 + 1_800, Y0 + 200, 500)])
    add_streets_and_stop(doc)
    return doc


def layer(document, name: str) -> Layer:
    return next(lyr for lyr in document.layers if lyr.name == name)


def along(live: LiveCoverage) -> LiveCoverage:
    """Compute as the dock does: the task the live check names, run here."""
    inputs = live.inputs()
    inputs.target_samples = SAMPLES
    fn, args = compute_task(live, inputs)
    live.apply(fn(*args))
    return live


def west(live: LiveCoverage) -> ZoneRow:
    return next(r for r in live.rows if r.municipality == "West" and r.zone == "in-between")


def test_along_the_network_the_share_is_below_the_straight_line_and_equals_the_cli(document, tmp_path):
    from layers.commands.network_args import NetworkArg, check_along, read_network

    live = LiveCoverage(document)
    live.set_network_choice(CHOICE)
    assert document.coverage_distance == CHOICE
    along(live)
    assert list(live.radii) == ["Stops"]  # the straight-line copy is beside, not a layer of the check
    network, straight = west(live).sector_shares["transport"][0], west(live).straight_shares["transport"][0]
    assert network is not None and straight is not None and 0 < network < straight
    assert "along the network Streets (walk" in live.note
    # the CLI's run on the same inputs, its network read from a file of the same lines
    path = tmp_path / "streets.gpkg"
    layer(document, "Streets").data.to_file(path, driver="GPKG")
    inputs = live.inputs()
    inputs.target_samples = SAMPLES
    arg = NetworkArg(path, "walk")
    _, result = check_along(inputs, read_network(arg), SimpleNamespace(network=arg, snap_m=CHOICE.snap_m,
                                                                       service_areas=None))
    row = next(r for r in result.rows if r["municipality"] == "West" and r["zone"] == "in-between")
    assert network == pytest.approx(row["transport_share"], abs=1e-9)
    assert straight == pytest.approx(row["transport_straight_share"], abs=0.02)  # the CLI refines circles' cells
    east = next(r for r in live.rows if r.municipality == "East" and r.zone == "in-between")
    assert east.sector_shares["transport"][0] == 0.0  # no street there: every sample is beyond the snap limit
    # a radius change moves both from the prepared distances
    live.set_radius("Stops", 150.0)
    assert west(live).sector_shares["transport"][0] < network
    assert west(live).straight_shares["transport"][0] < straight
    assert west(live).sector_shares["transport"][0] < west(live).straight_shares["transport"][0]


def test_straight_line_is_the_default_and_shows_no_straight_columns(document, compute):
    live = compute(LiveCoverage(document))
    assert live.network_choice is None
    cells = west(live).cells()
    assert len(cells) == len(COLUMNS)
    assert all(cells[i] == "—" for cols in STRAIGHT_COLUMNS.values() for i in cols)
    assert west(live).sector_shares["transport"][0] > 0


def test_the_choice_and_the_network_layer_make_the_result_out_of_date(document):
    live = along(LiveCoverage(document))  # straight line
    live.set_network_choice(CHOICE)
    assert live.stale == "the distance is now along network: Streets (walk)"
    along(live)
    assert live.stale == ""
    streets = layer(document, "Streets")
    streets.data = streets.data.iloc[:5].copy()
    assert "network layer 'Streets'" in live.stale
    along(live)
    streets.name = "Katuverkko"  # the choice follows the layer, and the same lines are no reason to recompute
    assert live.network_choice == NetworkChoice("Katuverkko", "walk") and live.stale == ""
    document.layers.remove(streets)
    assert live.stale == "the network layer 'Katuverkko' was removed"
    with pytest.raises(UserError, match="network layer 'Katuverkko' is not loaded"):
        compute_task(live, live.inputs())
    live.set_network_choice(None)
    assert compute_task(live, live.inputs())[0] is not run_along


def test_a_network_no_stop_reaches_is_a_clear_message(document):
    layer(document, "Stops").data = gpd.GeoDataFrame(geometry=[shapely.Point(X0 + 1_700, Y0 + 500)], crs=CRS)
    live = LiveCoverage(document)
    live.set_network_choice(CHOICE)
    inputs = live.inputs()
    inputs.target_samples = SAMPLES
    fn, args = compute_task(live, inputs)
    with pytest.raises(UserError, match="no service layer reaches the network"):
        fn(*args)


def test_projects_keep_the_choice_and_older_or_damaged_ones_measure_straight(document, tmp_path):
    from layers.project import load_project, save_project
    from layers.project.save import project_state
    from layers.project.schema import ProjectState

    LiveCoverage(document).set_network_choice(NetworkChoice("Streets", "bike", 80.0))
    loaded = load_project(save_project(document, tmp_path / "p.gpkg"))
    assert loaded.coverage_distance == NetworkChoice("Streets", "bike", 80.0)
    state, _ = project_state(document)
    raw = json.loads(state.to_json())
    assert raw["coverage_distance"] == {"layer": "Streets", "mode": "bike", "snap_m": 80.0}
    del raw["coverage_distance"]  # a file written before the key existed
    assert ProjectState.from_json(json.dumps(raw), "old.gpkg").coverage_distance is None
    document.coverage_distance = None
    assert load_project(save_project(document, tmp_path / "q.gpkg")).coverage_distance is None
    for damaged in (None, [], {"mode": "walk"}, {"layer": "S", "mode": "fly"}):
        assert NetworkChoice.from_dict(damaged) is None
    assert NetworkChoice.from_dict({"layer": "S", "snap_m": -1}) == NetworkChoice("S", "walk")


def test_lines_without_a_highway_class_in_an_osm_layer_are_no_ways(document):
    """An OSM extract's "lines" layer also holds railways, power lines and outlines (no ``highway``): a place
    next to one must not snap onto it (an island no stop reaches), as the CLI's OSM reading leaves them out."""
    live = LiveCoverage(document)
    live.set_network_choice(CHOICE)
    plain = west(along(live)).sector_shares["transport"][0]
    streets = layer(document, "Streets")
    rail = gpd.GeoDataFrame({"highway": [None], "railway": ["rail"]}, crs=CRS, geometry=[shapely.LineString(
        [(X0 + 5 + 10 * i, Y0 + 350 + 40 * (i % 2)) for i in range(99)])])  # a zigzag between the streets
    streets.data = gpd.GeoDataFrame(pd.concat([streets.data, rail], ignore_index=True), crs=CRS)
    assert west(along(live)).sector_shares["transport"][0] == pytest.approx(plain, abs=1e-9)


def test_exports_carry_the_straight_line_shares_beside_the_network_ones(document, tmp_path):
    """The computed result and ``current_result`` after a radius change carry both shares (one place builds them,
    as for the CLI), and the report CSV, the zones' JSON, the PDF's table and the HTML popups show them."""
    from layers.export.report import coverage_table, export_report
    from layers.export.report_pages import full_table

    live = LiveCoverage(document)
    live.set_network_choice(CHOICE)
    along(live)
    for radius in (300.0, 150.0):
        live.set_radius("Stops", radius)
        result = live.current_result()
        assert result is not None
        row = next(r for r in result.rows if r["municipality"] == "West" and r["zone"] == "in-between")
        assert row["transport_share"] == pytest.approx(west(live).sector_shares["transport"][0], abs=1e-9)
        assert row["transport_straight_share"] == pytest.approx(west(live).straight_shares["transport"][0],
                                                                abs=0.02)  # exports refine the circles' cells
        assert 0 < row["transport_share"] < row["transport_straight_share"] <= row["straight_covered_share"] + 1e-9
    files = export_report(result, tmp_path / "report.csv")
    text = files.csv.read_text(encoding="utf-8")
    assert "transport_straight_share" in text.splitlines()[0] and "straight_covered_share" in text.splitlines()[0]
    zones = json.loads(files.geojson.read_text(encoding="utf-8"))
    props = [f["properties"] for f in zones["features"] if f["properties"].get("municipality") == "West"
             and f["properties"].get("zone") == "in-between"]
    assert props and props[0]["transport_straight_share"] == pytest.approx(row["transport_straight_share"])
    table = coverage_table(result)
    pdf = full_table(table)
    assert "Transport (area)" in pdf.headers and "Transport, straight line (area)" in pdf.headers
    line = next(li for li in pdf.lines if li[0] == "West" and li[1] == "In-between areas")
    assert line[pdf.headers.index("Transport, straight line (area)")] == \
        f"{100 * row['transport_straight_share']:.1f} %"
    popup = dict(table.figures_for("West"))["In-between areas: transport"]
    assert f"(straight line: {100 * row['transport_straight_share']:.1f} % of area" in popup
    straight = LiveCoverage(document)  # a straight-line check: no such columns anywhere
    straight.set_network_choice(None)
    along(straight)
    plain = coverage_table(straight.current_result())
    assert not plain.along_network() and not any("straight" in h for h in full_table(plain).headers)


def test_the_snap_limit_is_kept_with_the_choice_and_makes_the_result_out_of_date(document, tmp_path):
    from layers.project import load_project, save_project

    live = LiveCoverage(document)
    live.set_snap_m(30.0)  # along no network: nothing to keep
    assert live.network_choice is None and live.stale == ""
    live.set_network_choice(CHOICE)
    along(live)
    wide = west(live).sector_shares["transport"][0]
    live.set_snap_m(30.0)
    assert live.network_choice == NetworkChoice("Streets", "walk", 30.0)
    assert live.stale == "the snap distance is now 30 m"
    along(live)
    assert "more than 30 m from a walk way" in live.note or any("more than 30 m" in w for w in live.result.warnings)
    assert live.stale == "" and west(live).sector_shares["transport"][0] < wide  # the grid's block centres: 50 m
    assert load_project(save_project(document, tmp_path / "p.gpkg")).coverage_distance.snap_m == 30.0
    with pytest.raises(ValueError, match="at most 5000 m"):
        live.set_snap_m(6000.0)


def test_a_reach_in_minutes_keeps_its_minutes_with_the_choice_and_moves_as_a_threshold(document, tmp_path):
    """Along the 100 m grid on foot (5 km/h everywhere on residential streets), 3.6 min is the same reach as
    300 m: the shares match the metres' run; a slider in minutes keeps them with the choice (the layer's radius in
    metres stays), and projects keep the unit and the minutes."""
    from layers.project import load_project, save_project

    live = LiveCoverage(document)
    live.set_network_choice(CHOICE)
    metres = west(along(live)).sector_shares["transport"][0]
    live.set_reach_unit("min")
    assert live.stale == "the reach is now in minutes" and live.network_choice.minutes
    along(live)
    assert live.in_minutes("Stops") and live.radii == {"Stops": 3.5}  # 300 m at 5 km/h, to half a minute
    live.set_radius("Stops", 3.6)
    assert live.network_choice.reach_min == (("Stops", 3.6),) and layer(document, "Stops").radius_m == 300.0
    assert west(live).sector_shares["transport"][0] == pytest.approx(metres, abs=1e-9)
    assert west(live).straight_shares["transport"][0] > metres  # the 300 m circle beside
    result = live.current_result()
    assert result.reach_min == {"Stops": 3.6} and "Reach in minutes (Stops)" in result.method
    assert not result.curve_radii_m  # no curve against metres for minutes
    from layers.export.report import coverage_table
    from layers.export.report_pages import methods_sections

    sources = " ".join(" ".join(sec.lines) for sec in methods_sections(document, result, coverage_table(result)))
    assert "Stops: within 3.6 min along the network" in sources
    live.set_radius("Stops", 1.0)
    assert west(live).sector_shares["transport"][0] < metres
    loaded = load_project(save_project(document, tmp_path / "m.gpkg")).coverage_distance
    assert loaded.unit == "min" and loaded.reach_min == (("Stops", 1.0),)
    live.set_reach_unit("m")
    assert live.stale == "the reach is now in metres"
    along(live)
    assert not live.in_minutes("Stops") and live.radii == {"Stops": 300.0}
    for bad in ({"layer": "S", "unit": "h"}, {"layer": "S", "reach_min": {"a": -1, "b": True, "c": "x"}}):
        choice = NetworkChoice.from_dict(bad)
        assert choice is not None and choice.unit == "m" and choice.reach_min == ()


def test_a_renamed_service_layer_keeps_its_minutes_and_undo_takes_them_back(document):
    """The minutes are kept by the layer's name: a rename moves them to the new name (no fall back to its radius,
    no reason to recompute), the street layer's rename moves the network choice, and undo moves both back."""
    from layers.undo import UndoStack

    live = LiveCoverage(document)
    live.set_network_choice(CHOICE)
    live.set_reach_unit("min")
    along(live)
    live.set_radius("Stops", 4.5)
    assert live.network_choice.reach_min == (("Stops", 4.5),)
    stack = UndoStack(document.layers)
    layer(document, "Stops").name = "Bus stops"  # the stack watches the layers: a rename is one step
    assert live.network_choice.reach_min == (("Bus stops", 4.5),) and not live.stale
    assert live.network_choice.minutes_for("Bus stops", 300.0) == 4.5
    streets = next(lyr for lyr in document.layers if lyr.name == CHOICE.layer)
    streets.name = "Katuverkko"
    assert live.network_choice.layer == "Katuverkko" and live.network_choice.reach_min == (("Bus stops", 4.5),)
    stack.undo()
    stack.undo()
    assert live.network_choice.layer == CHOICE.layer and live.network_choice.reach_min == (("Stops", 4.5),)
