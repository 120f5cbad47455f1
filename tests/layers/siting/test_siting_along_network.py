"""The window's What each facility adds and Compare scenarios along the Coverage dock's network: the tasks build
the network themselves, their numbers are the command line's for the same project (``regionmap coverage
--project P --unique/--compare``, which now measures along the project's network), and they differ from the
straight-line ones.  On the street grid of :mod:`tests.layers.siting.street_map`."""

from __future__ import annotations

import json

import geopandas as gpd
import numpy as np
import pytest

from app.cli import main
from layers.coverage.live import LiveCoverage
from layers.coverage.network_choice import NetworkChoice, NetworkRequest
from layers.siting.change import run_compare_and_change
from layers.siting.document import coverage_inputs
from layers.siting.scenarios import apply, capture, comparison_inputs, network_requests
from layers.siting.unique import run_unique
from tests.layers.network.network_writer import CRS
from tests.layers.siting.street_map import street_document

ALONG = NetworkChoice("Streets", "walk", 150.0)
IN_MINUTES = NetworkChoice("Streets", "walk", 150.0, unit="min", reach_min=(("Stops", 3.0),))
MEASURED = ["unique_people", "unique_area_km2", "covered_people", "covered_area_km2"]


def layer(doc, name):
    return next(lyr for lyr in doc.layers if lyr.name == name)


def window_unique(doc, choice):
    """What the window's task gives (the inputs read as SitingFeature.unique reads them)."""
    live = LiveCoverage(doc)
    live.set_network_choice(choice)
    request = None if choice is None else NetworkRequest(layer(doc, "Streets").data.copy(), choice)
    return run_unique(coverage_inputs(doc, live.population_source, live.judged_targets()), request)


def cli(tmp_path, doc, *extra):
    """``regionmap coverage --project P`` with the project's people as --population (the command line takes a
    project's layers and distance, not its population choice); the JSON rows by municipality x zone."""
    from layers.project import save_project

    project = save_project(doc, tmp_path / "p.gpkg")
    people = tmp_path / "people.gpkg"
    if not people.exists():
        layer(doc, "People").data.to_file(people)
    out = tmp_path / "rows.json"
    code = main(["coverage", "--project", str(project), "--population", str(people), "--format", "json",
                 "--out", str(out), *[str(e).replace("{P}", str(project)) for e in extra]])
    assert code == 0
    return {(r["municipality"], r["zone"]): r for r in json.loads(out.read_text(encoding="utf-8"))["rows"]}


@pytest.mark.parametrize("choice", [ALONG, IN_MINUTES], ids=["metres", "minutes"])
def test_unique_along_the_docks_network_is_the_command_lines_and_not_the_straight_lines(tmp_path, capsys, choice):
    doc = street_document()
    doc.coverage_distance = choice
    got = window_unique(doc, choice)["Stops"].set_index("name")
    cli(tmp_path, doc, "--unique", tmp_path / "unique.gpkg")
    err = capsys.readouterr().err
    assert "measured along the project's network 'Streets'" in err and "straight line" not in err
    line = gpd.read_file(tmp_path / "unique.gpkg").set_index("name")
    for stop in ("pair0", "pair1"):
        for field in MEASURED:
            assert got.loc[stop, field] == pytest.approx(line.loc[stop, field], abs=1e-9), (stop, field)
    straight = window_unique(doc, None)["Stops"].set_index("name")
    for stop in ("pair0", "pair1"):  # a diamond along the streets inside the disc; the lens shared is smaller
        assert got.loc[stop, "covered_area_km2"] < 0.7 * straight.loc[stop, "covered_area_km2"]
        assert got.loc[stop, "unique_people"] < straight.loc[stop, "unique_people"]
        assert got.loc[stop, "unique_area_km2"] / got.loc[stop, "covered_area_km2"] > \
            straight.loc[stop, "unique_area_km2"] / straight.loc[stop, "covered_area_km2"] + 0.05
    assert (got["unique_people"] > 0).all() and (got["unique_people"] <= got["covered_people"]).all()


def test_a_reach_in_minutes_is_what_those_minutes_walk_along_the_streets():
    """3 minutes at the walking speed of a residential street are 250 m: less than the 300 m radius in metres,
    and the same as a 3-minute reach given to the engine directly (the CLI's ``PATH:3min``)."""
    from layers.coverage.network_distances import metres_per_minute

    doc = street_document()
    metres = window_unique(doc, ALONG)["Stops"].set_index("name")
    minutes = window_unique(doc, IN_MINUTES)["Stops"].set_index("name")
    assert 3 * metres_per_minute("walk") == pytest.approx(250.0, abs=1.0)
    assert (minutes["covered_area_km2"] < 0.75 * metres["covered_area_km2"]).all()
    layer(doc, "Stops").radius_m = 250.0
    at_250 = window_unique(doc, ALONG)["Stops"].set_index("name")
    assert np.allclose(minutes["covered_area_km2"], at_250["covered_area_km2"], atol=0.002)


def test_a_measurement_along_a_network_no_stop_reaches_is_refused():
    """Unique coverage: the engine's own message; a comparison whose one scenario is along the streets and has
    no stop near one (the other's, in a straight line, would fill the table): said, not a column of zeros."""
    from layers.errors import UserError

    doc = street_document()
    stops = layer(doc, "Stops")
    stops.data = stops.data.set_geometry(stops.data.geometry.translate(1_200, 0))  # into East, far from a street
    with pytest.raises(UserError, match="none of its 2 places is within 150 m of a walk way"):
        window_unique(doc, ALONG)
    with pytest.raises(UserError, match="network layer 'Streets': no service layer is within 150 m of a way"):
        window_compare(doc, *two_scenarios(doc, ALONG, None))


def two_scenarios(doc, first, second):
    """"now" (Stops) and "more" (Stops and More), saved with the distance choices ``first`` and ``second``; the
    map left as "now" (the project's own state, which the command line measures)."""
    doc.coverage_distance = first
    now = capture(doc, "now")
    layer(doc, "More").visible = True
    doc.coverage_distance = second
    more = capture(doc, "more")
    apply(doc, now)
    doc.coverage_distance = first
    return now, more


def window_compare(doc, a, b):
    live = LiveCoverage(doc)
    inputs, names_a, names_b = comparison_inputs(doc, a, b, live.population_source, live.judged_targets(),
                                                 live.zones())
    return run_compare_and_change(inputs, names_a, names_b, (a.name, b.name), along=network_requests(doc, a, b))


@pytest.mark.parametrize("choice", [ALONG, IN_MINUTES], ids=["metres", "minutes"])
def test_compare_along_the_network_is_the_command_lines(tmp_path, capsys, monkeypatch, choice):
    import layers.coverage.network_compute as network_compute

    built = []
    real = network_compute.request_network
    monkeypatch.setattr(network_compute, "request_network", lambda r, p=None: built.append(r) or real(r))
    doc = street_document()
    now, more = two_scenarios(doc, choice, choice)
    rows, change = window_compare(doc, now, more)
    assert len(built) == 1  # both scenarios along one network: built once
    got = cli(tmp_path, doc, "--compare", "{P}#more", "--compare-map", tmp_path / "change.geojson")
    assert "straight line" not in capsys.readouterr().err
    compared = 0
    for row in rows:
        theirs = got[row["municipality"], row["zone"]]
        key = row["by"]
        if row["now"] is None:  # no hot spot on this map: nothing to share
            assert row["zone"] == "hotspot" and theirs.get(key) is None
            continue
        assert key == "population_share"
        assert row["now"] == pytest.approx(theirs[key], abs=1e-6)
        assert row["more"] == pytest.approx(theirs[f"{key}_other"], abs=1e-6)
        assert row["difference"] == pytest.approx(theirs[f"{key}_diff"], abs=1e-5)
        compared += row["difference"] > 0.01
    assert compared  # More adds coverage in West
    line = gpd.read_file(tmp_path / "change.geojson").to_crs(CRS)
    assert sorted(line["change"]) == sorted(change["change"]) == ["gained"]
    assert change["area_km2"].sum() == pytest.approx(line["area_km2"].sum(), abs=1e-4)
    assert change["population"].sum() == pytest.approx(line["population"].sum(), abs=0.5)
    # in a straight line the discs cover more than the diamonds along the streets, and gain elsewhere
    plain = street_document()
    a, b = two_scenarios(plain, None, None)
    straight_rows, straight_change = window_compare(plain, a, b)
    west = next(r for r in rows if r["municipality"] == "West" and r["zone"] == "in-between")
    plain_west = next(r for r in straight_rows if r["municipality"] == "West" and r["zone"] == "in-between")
    assert plain_west["now"] > west["now"] + 0.1 and plain_west["more"] > west["more"] + 0.1
    apart = change.geometry.iloc[0].symmetric_difference(straight_change.geometry.iloc[0]).area / 1e6
    assert apart > 0.2 * change["area_km2"].sum()


def test_each_scenario_is_measured_as_it_was_saved(monkeypatch):
    """One saved along the streets, one in a straight line: each keeps its own; two walks of one network build
    it once, in the task."""
    import layers.coverage.network_compute as network_compute

    doc = street_document()
    now, more = two_scenarios(doc, ALONG, None)
    assert network_requests(doc, now, more)[1] is None
    mixed, _ = window_compare(doc, now, more)
    along, _ = window_compare(doc, *two_scenarios(street_document(), ALONG, ALONG))
    straight, _ = window_compare(doc, *two_scenarios(street_document(), None, None))
    for m, a, s in zip(mixed, along, straight, strict=True):
        assert m["now"] == pytest.approx(a["now"], abs=1e-9)
        assert m["more"] == pytest.approx(s["more"], abs=1e-9)
    west = next(i for i, r in enumerate(mixed) if r["municipality"] == "West" and r["zone"] == "in-between")
    assert along[west]["more"] < straight[west]["more"] - 0.05
    built = []
    real = network_compute.request_network
    monkeypatch.setattr(network_compute, "request_network", lambda r, p=None: built.append(r) or real(r))
    bike = NetworkChoice("Streets", "bike", 150.0)
    window_compare(doc, *two_scenarios(doc, ALONG, bike))
    assert [r.choice.layer for r in built] == ["Streets"]


def test_a_scenarios_network_layer_that_is_gone_is_said():
    from layers.errors import UserError

    doc = street_document()
    now, more = two_scenarios(doc, ALONG, ALONG)
    doc.layers.remove(layer(doc, "Streets"))
    with pytest.raises(UserError, match="scenario 'now' measures along the network layer 'Streets', which is not "
                                        "loaded"):
        network_requests(doc, now, more)


def test_a_projects_network_is_passed_on_to_compare_and_unique(capsys):
    """``--project`` with ``--compare``/``--unique`` no longer falls back to a straight line: the project's network
    (its layer, mode, snap limit) and the choice itself (for the minutes) are what the command measures along."""
    from argparse import Namespace

    from layers.commands import network_args
    from layers.commands.common import CoverageSources

    doc = street_document()
    args = Namespace(network=None, project="p.gpkg", compare="o.gpkg#b", compare_map="m.geojson", unique="u.gpkg",
                     snap_m=200.0)
    network = network_args.project_network(args, CoverageSources(None, None, False, doc.layers, distance=IN_MINUTES))
    assert network is not None and network.n_edges > 0
    assert (args.network.mode, args.snap_m, args.network_choice) == ("walk", 150.0, IN_MINUTES)
    err = capsys.readouterr().err
    assert "measured along the project's network 'Streets' (walk, snap 150 m, in minutes)" in err
    assert "straight line" not in err


def test_unique_in_minutes_is_every_sample_those_minutes_reach():
    """A reach in minutes takes as candidates the samples within what the fastest class goes in those minutes: the
    same samples as a full (unbounded) network distance from each stop to every sample."""
    from layers.coverage import CoverageEngine, CoverageInputs
    from layers.coverage.network_distances import NetworkServiceSpec
    from layers.coverage.zones import zones_from_document
    from layers.network import build_network
    from layers.network.routing import network_distance, snap
    from layers.siting.unique import unique_coverage

    doc = street_document()
    network = build_network(layer(doc, "Streets").data, "streets")
    stops = layer(doc, "Stops").data
    spec = NetworkServiceSpec("stops", stops, 3.0, network=network, max_snap_m=150.0, minutes=True)
    engine = CoverageEngine.prepare(CoverageInputs(zones_from_document(doc), [spec], gaps=False, curve=False))
    got = unique_coverage(engine, [spec]).features.set_index("name")
    s = engine.samples
    graph = network.graph("walk", minutes=True)
    targets = snap(graph, s.x, s.y, 150.0)
    reach = np.array([network_distance(graph, snap(graph, [p.x], [p.y], 150.0), targets, 1e9) <= 3.0
                      for p in stops.geometry])
    assert reach.sum() > 100 and (reach.sum(axis=0) == 2).any()  # both reach some samples
    for i, name in enumerate(stops["name"]):
        assert got.loc[name, "covered_area_km2"] == pytest.approx(float(s.area_w[reach[i]].sum()) / 1e6)
        only = reach[i] & (reach.sum(axis=0) == 1)
        assert got.loc[name, "unique_area_km2"] == pytest.approx(float(s.area_w[only].sum()) / 1e6)
