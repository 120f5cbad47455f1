"""Coverage dock on the map: pass/fail municipalities, the coverage curve with its radius marker, hot-spot links.

Small synthetic service layers on the built-in (schematic) region keep this fast: "Stations" are points at the
larger settlements, "Route" one line through a handful of hot spots."""

from __future__ import annotations

import os

import numpy as np
import pytest

pytestmark = [pytest.mark.gui]


def panel_of(window):
    """The window's coverage panel (the dock's widget)."""
    from app.coverage.panel import CoveragePanel

    return window.findChild(CoveragePanel)


@pytest.fixture()
def window(qtbot, bare_window):
    import geopandas as gpd
    import shapely

    from app.coverage import panel as coverage_panel
    from layers.model import Layer, LayerKind

    document = bare_window.document
    settlements = document.settlement_layer.data
    # stations at the settlements of over 10,000 people: a station layer links the hot spots that have one, so the
    # smaller towns without a station (nor the route) stay isolated
    stations = settlements[settlements["population"] > 10_000][["name", "geometry"]].reset_index(drop=True)
    document.layers.append(Layer(gpd.GeoDataFrame(stations, crs=settlements.crs), "Stations",
                                 kind=LayerKind.TRANSPORT, radius_m=1_500.0))
    hot = document.hotspot_layer.data
    centres = shapely.point_on_surface(hot.geometry.values[:5])
    route = gpd.GeoDataFrame({"name": ["R1"]}, geometry=[shapely.LineString(centres)], crs=hot.crs)
    document.layers.append(Layer(route, "Route", kind=LayerKind.TRANSPORT, radius_m=500.0))
    w = bare_window
    coverage_panel.install(w)
    w.resize(1500, 1000)
    w.canvas.zoom_to_region()
    w.actions["coverage"].trigger()
    panel = panel_of(w)
    panel.compute()
    qtbot.waitUntil(lambda: panel.result is not None, timeout=120_000)
    return w


def layers_named(window, name):
    return [lyr for lyr in window.document.layers if lyr.name == name]


def test_pass_fail_layer_follows_the_target(window):
    panel = panel_of(window)
    assert layers_named(window, "Coverage pass/fail") == []  # no target yet: no verdict to colour
    panel.target.setValue(50)
    (layer,) = layers_named(window, "Coverage pass/fail")
    assert layer.style.category_field == "status"
    assert dict(layer.style.categories) == {"pass": "#2f9e44", "fail": "#e03131"}
    assert "derived from the coverage check" in layer.note
    shares = sorted(v for v in panel.shares.values() if v is not None)
    assert len(set(shares)) > 3
    target = round(100 * shares[len(shares) // 2], 2) + 0.005  # just above the median: some pass, some fail
    panel.target.setValue(target)
    data = layer.data
    assert set(data["status"]) == {"pass", "fail"}
    assert len(data) == len(panel.passes)
    for rec in data.itertuples():  # each municipality's colour agrees with its measured share
        share = 100 * panel.shares[rec.municipality]
        assert (rec.status == "pass") == (share + 1e-9 >= panel.target.value())
    failing_before = set(data.loc[data["status"] == "fail", "municipality"])
    panel.target.setValue(0.01)
    assert layers_named(window, "Coverage pass/fail") == [layer]  # updated in place, not added again
    assert set(layer.data.loc[layer.data["status"] == "fail", "municipality"]) == {
        m for m, share in panel.shares.items() if share is not None and share + 1e-9 < 0.0001}
    panel.target.setValue(100)
    assert set(layer.data.loc[layer.data["status"] == "fail", "municipality"]) > failing_before
    # a radius change moves municipalities from fail to pass, as the slider moves
    panel.target.setValue(target)
    panel.sliders["Stations"].setValue(10_000 // 50)
    passing = set(layer.data.loc[layer.data["status"] == "pass", "municipality"])
    assert passing > set(data.loc[data["status"] == "pass", "municipality"])
    assert layers_named(window, "Coverage pass/fail") == [layer]
    # the map polygons are the municipalities: their areas add up to the zones' areas
    engine = panel.live.engine
    assert layer.data.geometry.area.sum() == pytest.approx(engine.zone_area.sum(), rel=1e-6)


def _slider_curve(panel, name, zone_rows):
    """The expected curve: layer ``name``'s radius over the curve's radii, the other layers at their sliders."""
    engine = panel.live.engine
    radii = np.asarray(panel.result.curve_radii_m)
    area = np.zeros((len(zone_rows), len(radii)))
    for k, radius in enumerate(radii):
        radii_now = {**panel.live.radii, name: radius}
        covered, _ = engine.per_zone(engine.covered_mask(radii_now, list(panel.live.radii)))
        area[:, k] = np.minimum(covered[zone_rows], engine.zone_area[zone_rows])
    return area


def test_curve_shows_selected_zone_and_marker_follows_slider(window, tmp_path):
    panel = panel_of(window)
    result = panel.result
    curve = panel.curve
    engine = panel.live.engine
    frame = engine.zones.frame
    area = engine.zone_area
    # nothing selected: the region's hot spot and in-between curves of the first layer (others at their radii)
    assert [s.label for s in curve.series] == ["hotspot", "in-between"]
    assert "radius of Stations" in curve.title and "Route" in curve.title
    sel = np.flatnonzero((frame["zone"] == "in-between").to_numpy() & (area > 0))
    expected = _slider_curve(panel, "Stations", sel).sum(axis=0) / area[sel].sum()
    assert np.allclose(curve.series[1].shares, expected, atol=1e-9)
    assert curve.radii_m[0] == 0 and curve.radii_m[-1] == pytest.approx(10_000)
    assert curve.series[1].shares[0] > 0  # at radius 0 the route still covers its buffer
    # select one in-between zone: its municipality's two curves, the selected zone's data exactly
    i = next(k for k in sel if 0.05 < result.curves[k][20] < 0.95)
    panel.table.selectRow(int(i))
    muni = frame["municipality"].iloc[i]
    assert muni in curve.title
    ib = next(s for s in curve.series if s.label == "in-between")
    assert list(ib.shares) == pytest.approx(list(_slider_curve(panel, "Stations", [i])[0] / area[i]), abs=1e-9)
    assert all(b >= a - 1e-9 for a, b in zip(ib.shares, ib.shares[1:], strict=False))  # coverage grows with radius
    # the marker sits at the radius of the slider last moved and follows it; moving another slider switches
    # the curve to that layer, with the first at its new radius
    assert curve.marker_m == pytest.approx(panel.live.radii["Stations"])
    panel.sliders["Route"].setValue(1_000 // 50)
    assert "radius of Route" in curve.title and curve.marker_m == pytest.approx(1_000)
    ib = next(s for s in curve.series if s.label == "in-between")
    assert list(ib.shares) == pytest.approx(list(_slider_curve(panel, "Route", [i])[0] / area[i]), abs=1e-9)
    panel.sliders["Stations"].setValue(3_000 // 50)
    assert curve.marker_m == pytest.approx(3_000)
    at_3km = curve.marker_shares()["in-between"]
    covered, _ = engine.per_zone(engine.covered_mask(panel.live.radii, list(panel.live.radii)))
    assert at_3km == pytest.approx(min(covered[i], area[i]) / area[i], abs=1e-9)  # the table's number
    panel.sliders["Stations"].setValue(500 // 50)
    assert curve.marker_m == pytest.approx(500)
    assert curve.marker_shares()["in-between"] < at_3km
    # the widget draws: the curve's pixels carry the in-between colour
    img = curve.grab().toImage()
    colours = {img.pixelColor(x, y).name() for x in range(0, img.width(), 2) for y in range(0, img.height(), 2)}
    assert "#2f9e44" in colours


def test_hotspot_links_layer_and_isolated_list(window, qtbot, tmp_path):
    panel = panel_of(window)
    conn = panel.live.connections  # at the sliders' radii
    assert conn is not None and conn.edges
    assert [e[:3] for e in conn.edges] == [e[:3] for e in panel.result.connections.edges]  # radii as computed
    (links,) = layers_named(window, "Hot-spot links")
    assert len(links.data) == len(conn.edges)
    assert set(links.data.geom_type) == {"LineString"}
    assert conn.isolated and conn.isolated[0] in panel.isolated.text()
    assert f"{len(conn.edges)} links between" in panel.isolated.text()
    assert links.note.startswith("derived from the coverage check")
    # render the whole window (map with pass/fail colours, links, gaps; dock with curve) to look at
    frame = panel.live.engine.zones.frame
    panel.table.selectRow(int(np.flatnonzero((frame["municipality"] == "Espoo").to_numpy())[-1]))
    window.canvas.zoom_to_region()
    qtbot.waitUntil(window.canvas.is_render_current, timeout=10_000)
    qtbot.wait(100)
    out = os.environ.get("REGIONMAP_SCREENSHOT_DIR")
    path = (tmp_path if not out else __import__("pathlib").Path(out)) / "coverage_map_gui.png"
    path.parent.mkdir(parents=True, exist_ok=True)
    image = window.grab()
    assert image.save(str(path))
    assert path.stat().st_size > 10_000


def test_hotspot_links_follow_the_route_slider(window):
    """A wider route radius reaches more hot spots: the links layer and the isolated list update."""
    panel = panel_of(window)
    (links,) = layers_named(window, "Hot-spot links")
    before = len(links.data)
    panel.sliders["Route"].setValue(10_000 // 50)  # not dragged: applied at once
    (links,) = layers_named(window, "Hot-spot links")
    assert len(links.data) > before
    assert f"{len(links.data)} links between" in panel.isolated.text()
    assert "at the radii of the sliders" in links.note


@pytest.fixture()
def two_sector_window(qtbot, bare_window):
    """Stations (transport) and a few plants (energy) on the built-in region."""
    import geopandas as gpd

    from app.coverage import panel as coverage_panel
    from layers.model import Layer, LayerKind

    document = bare_window.document
    settlements = document.settlement_layer.data
    stations = settlements[settlements["population"] > 5_000][["name", "geometry"]].reset_index(drop=True)
    plants = settlements.nlargest(4, "population")[["name", "geometry"]].reset_index(drop=True)
    document.layers.append(Layer(gpd.GeoDataFrame(stations, crs=settlements.crs), "Stations",
                                 kind=LayerKind.TRANSPORT, radius_m=1_500.0))
    document.layers.append(Layer(gpd.GeoDataFrame(plants, crs=settlements.crs), "Plants",
                                 kind=LayerKind.ENERGY, radius_m=3_000.0))
    coverage_panel.install(bare_window)
    bare_window.actions["coverage"].trigger()
    panel = panel_of(bare_window)
    panel.compute()
    qtbot.waitUntil(lambda: panel.result is not None, timeout=120_000)
    return bare_window


def test_each_sector_is_judged_against_its_own_target(two_sector_window):
    panel = panel_of(two_sector_window)
    engine = panel.live.engine
    assert all(box.isEnabled() for box in panel.targets.values())
    frame = engine.zones.frame
    pop = engine.zone_population()

    def sector_shares(names):
        area, people = engine.per_zone(engine.covered_mask(panel.live.radii, names))
        out = {}
        for i, (muni, zone) in enumerate(zip(frame["municipality"], frame["zone"], strict=True)):
            if zone == "in-between" and engine.zone_area[i] > 0:
                reached = pop is not None and engine.pop_reached[i] and pop[i] > 0
                out[muni] = min(people[i] / pop[i] if reached else area[i] / engine.zone_area[i], 1.0)
        return out

    transport, energy = sector_shares(["Stations"]), sector_shares(["Plants"])
    assert transport != energy
    # energy target 0: the verdict is the transport layers' alone, and the other way round
    panel.targets["energy"].setValue(0)
    panel.targets["transport"].setValue(20)
    assert panel.passes == {m: s + 1e-12 >= 0.2 for m, s in transport.items()}
    panel.targets["transport"].setValue(0)
    panel.targets["energy"].setValue(20)
    assert panel.passes == {m: s + 1e-12 >= 0.2 for m, s in energy.items()}
    # both: a municipality passes only when both sectors reach their targets
    panel.targets["transport"].setValue(20)
    assert panel.passes == {m: transport[m] + 1e-12 >= 0.2 and energy[m] + 1e-12 >= 0.2 for m in transport}
    assert "transport" in panel.summary.text() and "energy" in panel.summary.text()
    (layer,) = layers_named(two_sector_window, "Coverage pass/fail")
    assert {"sectors", "share_pct", "target_pct"} <= set(layer.data.columns)
    assert all("transport" in t and "energy" in t for t in layer.data["sectors"])
    # moving the energy slider changes the energy verdicts only through the energy layers
    panel.targets["transport"].setValue(0)
    panel.sliders["Plants"].setValue(10_000 // 50)
    energy_wide = sector_shares(["Plants"])
    assert panel.passes == {m: s + 1e-12 >= 0.2 for m, s in energy_wide.items()}
    assert sum(energy_wide.values()) > sum(energy.values())


def test_exports_get_the_result_at_the_sliders_radii(two_sector_window):
    from app.export.dialog import coverage_result_of

    panel = panel_of(two_sector_window)
    assert coverage_result_of(two_sector_window) is panel.result  # nothing moved yet: the computed result
    panel.sliders["Stations"].setValue(4_000 // 50)
    current = coverage_result_of(two_sector_window)
    assert current is not panel.result and current.radii_m["Stations"] == 4_000
    expected = panel.live.engine.evaluate(radii={"Stations": 4_000.0, "Plants": 3_000.0})
    assert [r["covered_km2"] for r in current.rows] == [r["covered_km2"] for r in expected.rows]
    assert sum(r["covered_km2"] for r in current.rows) > sum(r["covered_km2"] for r in panel.result.rows)
    assert set(current.municipality_pass) == set(panel.passes)
    assert coverage_result_of(two_sector_window) is current  # kept until a slider or target moves


def test_one_radius_per_layer_slider_layer_panel_and_undo(window):
    """A drag sets the layer's radius once, on release (one undo step); the layer panel shows it; a radius set in
    the layer panel moves the slider and the numbers from the prepared engine; undo puts the numbers back."""
    from app.layerlist import panel as layer_panel

    document = window.document
    stack = window.session.undo_stack  # the session's: the dock and the layer panel share it
    panel = panel_of(window)
    assert panel.live.undo_stack is stack
    layers = layer_panel.install(window)
    stack.clear()  # the set-up's steps (adding the layers) are not this test's
    stations = document.layers.by_name("Stations")
    layers.set_current(stations)
    engine, result = panel.live.engine, panel.result
    model = panel.table.model()
    table = lambda: [model.index(i, 4).data() for i in range(model.rowCount())]  # noqa: E731 (transport area %)
    before = table()
    slider = panel.sliders["Stations"]
    assert slider.value() == 1_500 // 50
    slider.setSliderDown(True)  # the drag: the numbers follow, the layer keeps its radius
    for value in (40, 50, 60):
        slider.setValue(value)
        assert stations.radius_m == 1_500.0
    dragged = table()
    assert dragged != before
    slider.setSliderDown(False)  # released
    assert stations.radius_m == 3_000.0 and layers.radius.value() == 3_000.0
    assert len(stack) == 1 and stack.undo_text == "radius Stations"
    assert table() == dragged
    # the layer panel's radius: the slider, its label and the numbers follow, without a new Compute
    layers.radius.setValue(2_000.0)
    assert stations.radius_m == 2_000.0 and slider.value() == 2_000 // 50
    assert panel.live.radii["Stations"] == 2_000.0 and panel._radius_labels["Stations"].text() == "2,000 m"
    assert panel.live.engine is engine and panel.result is result
    covered, _ = engine.per_zone(engine.covered_mask(panel.live.radii, list(panel.live.radii)))
    i = next(k for k in range(len(covered)) if engine.zone_area[k] > 0 and 0.01 < covered[k] / engine.zone_area[k] < 1)
    assert float(table()[i]) == pytest.approx(100 * covered[i] / engine.zone_area[i], abs=0.06)
    # undo: back to the drag's radius, then to the radius before it, with the numbers of before
    stack.undo()
    assert stations.radius_m == 3_000.0 and slider.value() == 3_000 // 50
    stack.undo()
    assert stations.radius_m == 1_500.0 and slider.value() == 1_500 // 50
    assert table() == before


def test_clicking_a_gap_zooms_to_it_and_highlights_it(window, qtbot):
    """Each gap is a place: a click zooms to that gap and highlights its row of the gap layer; a new set of gaps
    (the radius moved) takes the highlight away, as the rows are other places now."""
    panel = panel_of(window)
    (gap_layer,) = layers_named(window, "Coverage gaps")
    assert panel.gap_list.count() == min(len(gap_layer.data), 200) > 1
    assert all(geom.geom_type == "Polygon" for geom in gap_layer.data.geometry)  # one place each
    k = panel.gap_list.count() - 1  # a small one, far from the largest
    item = panel.gap_list.item(k)
    panel.gap_list.itemClicked.emit(item)
    assert window.canvas.highlight() == (gap_layer, [k])
    gx0, gy0, gx1, gy1 = gap_layer.data.geometry.iloc[k].bounds
    x0, y0, x1, y1 = window.canvas.extent()
    assert x0 <= gx0 and x1 >= gx1 and y0 <= gy0 and y1 >= gy1
    assert (x1 - x0) < 10 * max(gx1 - gx0, gy1 - gy0, 1_000)  # zoomed to the gap, not its municipality
    panel.sliders["Stations"].setValue(3_000 // 50)
    assert window.canvas.highlight() is None


def test_the_dock_says_when_the_result_is_out_of_date(window, qtbot, tmp_path):
    """Hiding a counted layer: a banner says why and greys the table at once; Compute brings it back."""
    panel = panel_of(window)
    assert panel.stale_banner.isHidden() and panel.table.styleSheet() == ""
    window.document.layers.by_name("Route").visible = False
    assert panel.stale_banner.isVisible() and "'Route' was hidden" in panel.stale_banner.text()
    assert "color" in panel.table.styleSheet()
    window.grab().save(str(tmp_path / "stale.png"))
    first = panel.result
    panel.compute()
    qtbot.waitUntil(lambda: panel.result is not first, timeout=120_000)
    assert panel.stale_banner.isHidden() and panel.table.styleSheet() == ""
    assert list(panel.sliders) == ["Stations"]  # the hidden layer is not counted
