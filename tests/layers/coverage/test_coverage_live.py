"""LiveCoverage without a display (no Qt): compute on a small synthetic region, then radii, undo, targets, the
curve, gaps and hot-spot links, all answered from the prepared engine."""

from __future__ import annotations

import itertools

import geopandas as gpd
import numpy as np
import pytest
import shapely

from layers.coverage import live as live_mod
from layers.coverage.derived import GAP_LAYER_NAME, LINKS_LAYER_NAME, PASS_FAIL_LAYER_NAME, document_shows_gaps
from layers.coverage.live import COMPUTED, CURVE, MAP, NUMBERS, LiveCoverage
from layers.coverage.verdict import Targets
from layers.model import DEFAULT_RADIUS_M, Layer, LayerKind
from layers.undo import UndoStack

CRS = "EPSG:3067"
X0, Y0 = 300_000.0, 6_700_000.0
SIZE = 10_000.0
CELL_TOLERANCE = 0.005  # sliders count whole cells; the first result refines them: half a percent of a zone


def square(x, y, size):
    return shapely.box(x, y, x + size, y + size)


def centre(i):
    return X0 + i * SIZE + SIZE / 2, Y0 + SIZE / 2


@pytest.fixture()
def document():
    """Three 10 km x 10 km municipalities in a row, each with a 2 km x 2 km hot spot in its middle."""
    from layers.document import MapDocument
    from layers.region import Region

    names = ["West", "Middle", "East"]
    muni = gpd.GeoDataFrame({"code": ["001", "002", "003"], "name": names, "name_sv": names,
                             "population": [1_000] * 3, "land_area_km2": [100.0] * 3},
                            geometry=[square(X0 + i * SIZE, Y0, SIZE) for i in range(3)], crs=CRS)
    land = gpd.GeoDataFrame(geometry=[square(X0, Y0, 3 * SIZE)], crs=CRS)
    settlements = gpd.GeoDataFrame({"name": names, "population": [500] * 3},
                                   geometry=[shapely.Point(centre(i)) for i in range(3)], crs=CRS)
    doc = MapDocument(Region(muni, land, settlements, schematic=False, attribution="test"))
    hot = gpd.GeoDataFrame({"name": [f"{n} centre" for n in names]},
                           geometry=[square(centre(i)[0] - 1_000, centre(i)[1] - 1_000, 2_000) for i in range(3)],
                           crs=CRS)
    hot_layer = Layer(hot, "Centres", kind=LayerKind.OTHER)
    doc.layers.append(hot_layer)
    doc.use_hotspot_layer(hot_layer)
    stops = gpd.GeoDataFrame(geometry=[shapely.Point(X0 + 2_500, Y0 + 2_500), shapely.Point(X0 + 24_000, Y0 + 7_000)],
                             crs=CRS)
    doc.layers.append(Layer(stops, "Stops", kind=LayerKind.TRANSPORT, radius_m=1_500.0))
    route = gpd.GeoDataFrame({"name": ["R1"]}, geometry=[shapely.LineString([centre(0), centre(1)])], crs=CRS)
    doc.layers.append(Layer(route, "Route", kind=LayerKind.TRANSPORT, radius_m=500.0))
    return doc


def layer(doc, name):
    return doc.layers.by_name(name)


def compute(live, target_samples=6_000):
    inputs = live.inputs()
    inputs.target_samples = target_samples
    live.apply(live_mod.run(inputs))
    return live


@pytest.fixture()
def stack(document):
    return UndoStack(document.layers, document=document)


@pytest.fixture()
def live(document, stack):
    live = compute(LiveCoverage(document, stack))
    stack.clear()  # the analysis layers Compute added are not what the tests undo
    return live


def shares(live):
    return [r.covered_share for r in live.rows]


def evaluated(live, **radii):
    return live.engine.evaluate(radii={**live.radii, **radii}, names=list(live.radii),
                                targets=live.judged_targets())


def test_compute_starts_from_the_layers_radii_and_reports_in_order(document, stack):
    live = LiveCoverage(document, stack)
    seen = []
    live.events.connect(lambda e: seen.append(e.type))
    compute(live)
    assert seen == [COMPUTED, NUMBERS, MAP]
    assert live.radii == {"Stops": 1_500.0, "Route": 500.0}
    assert live.layers == {"Stops": layer(document, "Stops"), "Route": layer(document, "Route")}
    assert [(r.municipality, r.zone) for r in live.rows] == [(r["municipality"], r["zone"]) for r in live.result.rows]
    for row, ref in zip(live.rows, live.result.rows, strict=True):
        if ref["covered_share"] is not None:
            assert row.covered_share == pytest.approx(ref["covered_share"], abs=CELL_TOLERANCE)
    # a second Compute keeps the radii the layers have now (the sliders do not jump back)
    live.set_radius("Stops", 2_000.0)
    compute(live)
    assert live.radii["Stops"] == 2_000.0 == layer(document, "Stops").radius_m


def test_the_task_prepares_what_the_first_numbers_need_and_apply_only_reads_it(document, stack, monkeypatch):
    """The Compute task (not the GUI thread that applies its result) sorts the curve's slider, sums the first
    cover and makes the pass/fail outlines: taking the result in then builds none of them again."""
    live = LiveCoverage(document, stack)
    inputs = live.inputs()
    inputs.target_samples = 6_000
    computed = live_mod.run(inputs)
    assert computed.answers is not None and computed.outlines is not None
    assert set(computed.outlines["municipality"]) == {"West", "Middle", "East"}
    engine = computed.engine

    def not_again(*args, **kwargs):
        raise AssertionError("prepared on the GUI thread")

    monkeypatch.setattr(engine, "slider", not_again)
    monkeypatch.setattr(engine, "covered_mask", not_again)
    monkeypatch.setattr(live_mod, "municipality_outlines", not_again)
    live.apply(computed)
    assert live.curve.series and len(live.rows) == 6  # the curve and the numbers, from the task's answers
    monkeypatch.undo()
    ref = engine.per_zone(engine.covered_mask(dict(live.radii), list(live.radii)))
    assert [r.covered_share for r in live.rows] == pytest.approx(
        [min(float(a) / float(z), 1.0) for a, z in zip(ref[0], engine.zone_area, strict=True)])


def test_a_radius_changes_the_numbers_as_evaluate_does(live):
    target = 0.3
    live.set_target("transport", target)
    before = shares(live)
    live.set_radius("Stops", 4_000.0)
    after = shares(live)
    assert sum(a > b + 0.01 for a, b in zip(after, before, strict=True) if a is not None) >= 2
    expected = evaluated(live)
    assert expected.radii_m["Stops"] == 4_000.0
    for row, ref in zip(live.rows, expected.rows, strict=True):
        if ref["covered_share"] is not None:
            assert row.covered_share == pytest.approx(ref["covered_share"], abs=CELL_TOLERANCE)
        share = row.verdict.share
        if share is not None and abs(share - target) > CELL_TOLERANCE:  # away from the threshold they agree
            assert row.verdict.passed == ref["target_pass"]
    assert live.passes == {m: ok for m, ok in expected.municipality_pass.items()}
    assert live.summary.judged == 3 and set(live.summary.failing) == {m for m, ok in live.passes.items() if not ok}


def test_a_radius_set_on_the_layer_moves_the_numbers_without_recomputing(live, document, monkeypatch):
    engine = live.engine
    distances = {n: svc.distance for n, svc in engine.services.items()}

    def no_compute(*args, **kwargs):
        raise AssertionError("a radius change of a prepared layer must not compute again")

    monkeypatch.setattr(live_mod.CoverageEngine, "prepare", no_compute)
    seen = []
    live.events.connect(lambda e: seen.append((e.type, e.data.get("moved"))))
    before = shares(live)
    layer(document, "Stops").radius_m = 3_000.0  # the layer panel, a script, ...
    assert live.radii["Stops"] == 3_000.0 and live.engine is engine
    assert (NUMBERS, "Stops") in seen and seen[-1] == (MAP, None)
    assert shares(live) != before
    assert all(svc.distance is distances[n] for n, svc in engine.services.items())  # the prepared distances
    assert live.curve.marker_m == 3_000.0 and "radius of Stops" in live.curve.title


def test_a_drag_is_one_undo_step_and_undo_restores_the_numbers(live, document, stack):
    stops = layer(document, "Stops")
    before, verdicts_before = shares(live), dict(live.passes)
    gaps_before = live.gaps["area_km2"].sum()
    for radius in (1_600.0, 2_200.0, 3_000.0, 3_500.0):  # the drag: numbers follow, the layer does not
        live.preview_radius("Stops", radius)
        assert live.radii["Stops"] == radius and stops.radius_m == 1_500.0
    assert live.gaps["area_km2"].sum() == gaps_before  # gaps wait for the release
    live.set_radius("Stops", 3_500.0)  # released
    assert stops.radius_m == 3_500.0 and len(stack) == 1 and stack.undo_text == "radius Stops"
    assert live.gaps["area_km2"].sum() < gaps_before
    live.set_radius("Stops", 4_000.0)  # a second drag at once is a second step, not merged into the first
    assert len(stack) == 2
    stack.undo()
    stack.undo()
    assert stops.radius_m == 1_500.0 and live.radii["Stops"] == 1_500.0
    assert shares(live) == pytest.approx(before, abs=1e-9)
    assert live.passes == verdicts_before
    assert live.gaps["area_km2"].sum() == pytest.approx(gaps_before)


def test_targets_judge_only_the_sectors_with_layers(live):
    # no target until the planner sets one: shares, but no verdict and no pass/fail colours
    assert live.sectors == {"transport"} and live.judged_targets() == Targets()
    assert live.passes == {} and all(r.verdict.passed is None and r.verdict.reason for r in live.rows)
    assert not [lyr for lyr in live.document.layers if lyr.name == PASS_FAIL_LAYER_NAME]
    assert "No target set" in live.summary.text
    live.set_target("energy", 0.5)  # no energy layer: not judged, changes nothing
    assert live.judged_targets() == Targets() and live.passes == {}
    live.set_target("transport", 0.01)
    assert live.judged_targets() == Targets({"transport": 0.01})
    assert set(live.passes) == {"West", "Middle", "East"} and all(live.passes.values())
    live.set_target("transport", 1.0)
    assert not any(live.passes.values())
    assert all("transport" in note and "target 100 %" in note for note in (v.note for v in live.verdicts.values()))
    (pass_fail,) = [lyr for lyr in live.document.layers if lyr.name == PASS_FAIL_LAYER_NAME]
    assert set(pass_fail.data["status"]) == {"fail"}
    assert all(reason.startswith("transport ") and "< 100 %" in reason for reason in pass_fail.data["reason"])
    live.set_target("transport", None)  # removed: the verdicts and their colours go
    assert live.passes == {} and not [lyr for lyr in live.document.layers if lyr.name == PASS_FAIL_LAYER_NAME]
    with pytest.raises(ValueError, match="unknown sector"):
        live.set_target("water", 0.5)


def test_hot_spots_are_judged_only_with_hot_spot_targets(live):
    live.set_target("transport", 0.01)
    hot_rows = [r for r in live.rows if r.zone == "hotspot"]
    assert hot_rows and all(r.verdict.passed is None and "hot spots not judged" in r.verdict.reason
                            for r in hot_rows)
    assert all(live.passes.values())
    live.set_target("transport", 1.0, hotspot=True)  # a hot spot that misses its own target fails its municipality
    failing_hot = {r.municipality for r in live.rows if r.zone == "hotspot" and r.verdict.passed is False}
    assert failing_hot and {m for m, ok in live.passes.items() if not ok} == failing_hot
    assert all("hot spot: transport" in live.verdicts[m].reason for m in failing_hot)


def test_suggested_targets_are_met_by_the_best_third(live):
    suggested = live.suggest_targets()
    assert set(suggested) == {"transport"} and 0 < suggested["transport"] <= 1
    assert live.targets == suggested
    in_between = [r for r in live.rows if r.zone == "in-between" and r.area_m2 > 0]
    meeting = sum(bool(r.verdict.passed) for r in in_between)
    assert meeting >= len(in_between) / 3  # at least the best third reach what was suggested
    best = max(r.verdict.share for r in in_between)
    assert suggested["transport"] <= best and "Municipalities below target (in-between transport" in \
        live.summary.text


def test_curve_series_follow_the_moved_layer_and_the_selected_zone(live):
    engine, radii_m = live.engine, np.asarray(live.result.curve_radii_m)
    frame = engine.zones.frame
    area = engine.zone_area

    def expected(layer_name, rows, at):
        out = np.zeros((len(rows), len(at)))
        for k, radius in enumerate(at):
            covered, _ = engine.per_zone(engine.covered_mask({**live.radii, layer_name: radius}, list(live.radii)))
            out[:, k] = np.minimum(covered[rows], area[rows])
        return out

    picks = [0, 10, 40, 80, 200]  # some of the curve's radii (0 .. 10 km)
    curve = live.curve
    assert [s.label for s in curve.series] == ["hotspot", "in-between"]
    assert curve.title.startswith("Region: share covered vs radius of Stops") and "Route" in curve.title
    sel = np.flatnonzero((frame["zone"] == "in-between").to_numpy() & (area > 0))
    want = expected("Stops", sel, radii_m[picks]).sum(axis=0) / area[sel].sum()
    assert np.allclose(np.asarray(curve.series[1].shares)[picks], want, atol=1e-9)
    assert curve.marker_m == 1_500.0
    live.preview_radius("Route", 2_000.0)
    assert "radius of Route" in live.curve.title and live.curve.marker_m == 2_000.0
    seen = []
    live.events.connect(lambda e: seen.append(e.type))
    i = int(sel[1])
    live.select_zone(i)
    assert seen == [CURVE]
    assert live.curve.title.startswith(frame["municipality"].iloc[i])
    (ib,) = [s for s in live.curve.series if s.label == "in-between"]
    assert np.allclose(np.asarray(ib.shares)[picks], expected("Route", [i], radii_m[picks])[0] / area[i], atol=1e-9)
    marker = live.curve.marker_shares()["in-between"]
    assert marker == pytest.approx(live.rows[i].covered_share, abs=1e-9)  # the dot is the table's number


def test_gaps_follow_the_radius_in_one_layer(live, document):
    gaps = live.gaps
    order = list(zip(gaps["population"], gaps["area_km2"], strict=True))
    assert len(order) >= 3 and order == sorted(order, reverse=True)  # most people, then largest, first
    (gap_layer,) = [lyr for lyr in document.layers if lyr.name == GAP_LAYER_NAME]
    assert gap_layer.source == "coverage check" and document_shows_gaps(document)
    live.set_radius("Stops", 5_000.0)
    (same,) = [lyr for lyr in document.layers if lyr.name == GAP_LAYER_NAME]
    assert same is gap_layer  # updated in place
    expected = live.engine.gaps(live.radii, list(live.radii))
    assert gap_layer.data["area_km2"].sum() == pytest.approx(expected["area_km2"].sum())
    assert gap_layer.data["area_km2"].sum() < gaps["area_km2"].sum()
    text, bounds = live.gap_entries()[0]
    assert text.startswith(f"{expected['municipality'].iloc[0]}: ") and "m to service" in text
    assert bounds == pytest.approx(tuple(expected.geometry.iloc[0].bounds))


def test_links_follow_the_route_radius(live, document):
    from layers.coverage.connections import hotspot_connections

    conn = live.connections
    assert len(conn.edges) == 1 and len(conn.isolated) == 1  # the route links West and Middle; East is alone
    assert f"Isolated (1): {conn.isolated[0]}" in live.links_text()
    (links,) = [lyr for lyr in document.layers if lyr.name == LINKS_LAYER_NAME]
    assert len(links.data) == 1
    live.set_radius("Route", 9_500.0)  # now the route passes within reach of the east hot spot too
    expected = hotspot_connections(live.engine.zones.hotspots, [("Route", layer(document, "Route").data, 9_500.0)])
    assert live.connections.edges == expected.edges and len(expected.edges) == 3
    assert len(links.data) == 3 and "No isolated hot spots." in live.links_text()


def test_current_result_is_the_computed_one_until_something_moves(live):
    assert live.current_result() is live.result
    live.set_radius("Stops", 2_500.0)
    current = live.current_result()
    assert current is not live.result and current.radii_m == {"Stops": 2_500.0, "Route": 500.0}
    assert [r["covered_km2"] for r in current.rows] == [r["covered_km2"] for r in evaluated(live).rows]
    assert live.current_result() is current  # kept
    live.set_target("transport", 0.5)
    assert live.current_result() is not current


def test_a_radius_changed_while_computing_is_kept(document):
    live = LiveCoverage(document)
    inputs = live.inputs()
    inputs.target_samples = 6_000
    computed = live_mod.run(inputs)
    layer(document, "Stops").radius_m = 2_000.0  # while the task ran
    live.apply(computed)
    assert live.radii["Stops"] == 2_000.0
    assert shares(live) != [r["covered_share"] for r in computed.result.rows]


def test_the_task_reports_progress_and_returns_engine_and_result(document):
    from layers.errors import Cancelled

    live = LiveCoverage(document)
    inputs = live.inputs()
    inputs.target_samples = 4_000
    steps = []
    computed = live_mod.run(inputs, lambda f, m="": steps.append((f, m)))
    assert computed.inputs is inputs and set(computed.engine.services) == {"Stops", "Route"}
    assert computed.result.curve_radii_m and computed.result.gaps is not None
    assert steps[-1] == (1.0, "ready") and all(b[0] >= a[0] for a, b in itertools.pairwise(steps))
    assert all(svc.has_distances for svc in computed.engine.services.values())  # the sliders are ready
    with pytest.raises(Cancelled):
        live_mod.run(live.inputs(), cancelled=lambda: True)


def test_inputs_use_the_one_default_radius_and_unique_names(document):
    from layers.model import default_radius_m

    stops = layer(document, "Stops")
    stops.radius_m = None  # cleared: checked at the default a new service layer of points gets
    twin = Layer(stops.data, "Route", kind=LayerKind.ENERGY, radius_m=700.0)
    document.layers.append(twin)
    specs = {s.name: s for s in LiveCoverage(document).inputs().services}
    assert specs["Stops"].radius_m == default_radius_m(stops.data) == DEFAULT_RADIUS_M["point"]
    assert set(specs) == {"Stops", "Route (2)", "Route (3)"}  # two layers called Route stay two
    assert specs["Route (3)"].sector == "energy"


def test_the_curve_is_the_moved_layers_sector(document, stack):
    """An energy layer covering West does not lift the transport curve; moving its own slider shows energy only."""
    plant = gpd.GeoDataFrame(geometry=[shapely.Point(centre(0))], crs=CRS)
    document.layers.append(Layer(plant, "Plant", kind=LayerKind.ENERGY, radius_m=4_000.0))
    live = compute(LiveCoverage(document, stack))
    engine, radii_m = live.engine, np.asarray(live.result.curve_radii_m)
    area = engine.zone_area
    frame = engine.zones.frame
    sel = np.flatnonzero((frame["zone"] == "in-between").to_numpy() & (area > 0))
    picks = [0, 10, 40, 80, 200]

    def expected(layer_name, names):
        out = []
        for radius in radii_m[picks]:
            covered, _ = engine.per_zone(engine.covered_mask({**live.radii, layer_name: radius}, names))
            out.append(np.minimum(covered[sel], area[sel]).sum() / area[sel].sum())
        return np.asarray(out)

    live.preview_radius("Stops", 1_600.0)
    ib = np.asarray(live.curve.series[1].shares)[picks]
    assert np.allclose(ib, expected("Stops", ["Stops", "Route"]), atol=1e-9)
    everything = expected("Stops", ["Stops", "Route", "Plant"])
    assert (everything - ib).max() > 0.05  # the combined curve (the old one) would be higher: the plant counts
    assert "other transport layers at their radii: Route" in live.curve.title and "Plant" not in live.curve.title
    live.preview_radius("Plant", 3_000.0)
    ib = np.asarray(live.curve.series[1].shares)[picks]
    assert np.allclose(ib, expected("Plant", ["Plant"]), atol=1e-9)
    assert "(energy layers: only this one)" in live.curve.title and "Route" not in live.curve.title
