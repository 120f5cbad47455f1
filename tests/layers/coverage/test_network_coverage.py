"""Network distance as a coverage layer's distance source: closed-form strips, never above straight-line, radius
changes as thresholds on the prepared array, and unreachable places counted."""

from __future__ import annotations

import geopandas as gpd
import numpy as np
import pytest
import shapely

from layers.coverage import CoverageEngine, CoverageInputs, ServiceSpec, zones_from_frames
from layers.coverage.network_distances import NetworkService, NetworkServiceSpec
from layers.errors import UserError
from layers.network import build_network
from tests.layers.network.network_writer import CRS, X0, Y0, lattice, lines


def strip_zones(width=100.0, length=2_000.0):
    """One municipality: a strip ``length`` x ``width`` m, no hot spot (all in-between)."""
    box = shapely.box(X0, Y0, X0 + length, Y0 + width)
    muni = gpd.GeoDataFrame({"code": ["001"], "name": ["Strip"]}, geometry=[box], crs=CRS)
    hot = gpd.GeoDataFrame(geometry=[shapely.box(X0 - 500, Y0 - 500, X0 - 400, Y0 - 400)], crs=CRS)
    return zones_from_frames(muni, hot)


def stop(x, y):
    return gpd.GeoDataFrame(geometry=[shapely.Point(X0 + x, Y0 + y)], crs=CRS)


def share(engine, names=None, radii=None):
    result = engine.evaluate(names=names, radii=radii)
    return next(r for r in result.rows if r["zone"] == "in-between")["covered_share"]


@pytest.fixture(scope="module")
def strip():
    """A street along the strip's centre line with a stop on it at 1 km, measured both ways."""
    net = build_network(lines([(0, 50), (1000, 50), (2000, 50)]))
    specs = [ServiceSpec("circle", stop(1000, 50), 400.0),
             NetworkServiceSpec("street", stop(1000, 50), 400.0, network=net)]
    return CoverageEngine.prepare(CoverageInputs(strip_zones(), specs, gaps=False, curve=False))


def test_a_street_along_a_strip_covers_the_diamond_in_closed_form(strip):
    """Along the street a place (x, y) is |x - 1000| + |y - 50| away: at r >= 50 the diamond clipped to the strip
    covers 200 r - 5000 m2 of the 200,000 m2."""
    for r in (100.0, 400.0, 800.0):
        assert share(strip, ["street"], {"street": r}) == pytest.approx((200 * r - 5000) / 200_000, abs=0.01)
        assert isinstance(strip.services["street"], NetworkService)


def test_network_cells_are_whole_never_refined_against_the_circle(strip):
    """Distance along a network is not 1-Lipschitz: a cell the radius cuts is not sub-sampled against the
    straight-line index, it counts by its sample (as the slider does)."""
    frac = strip.covered_fraction({"street": 400.0}, ["street"])
    assert np.array_equal(frac, strip.covered_mask({"street": 400.0}, ["street"]).astype(float))


def test_network_coverage_is_never_above_straight_line(strip):
    for r in (30.0, 100.0, 250.0, 400.0, 1500.0):
        radii = {"street": r, "circle": r}
        assert share(strip, ["street"], radii) <= share(strip, ["circle"], radii)
        net_mask = strip.covered_mask(radii, ["street"])
        assert not (net_mask & ~strip.covered_mask(radii, ["circle"])).any()
    assert np.all(strip.services["street"].distance >= strip.services["circle"].distance - 1e-3)


def test_a_radius_change_is_a_threshold_on_the_network_distances(strip):
    slider = strip.slider("street", names=["street"])
    area, _ = slider.query(400.0)
    zone = int(np.flatnonzero(strip.zones.frame["zone"].to_numpy() == "in-between")[0])
    assert area[zone] / strip.zone_area[zone] == pytest.approx(75_000 / 200_000, abs=0.01)
    before = strip.services["street"].distance.copy()
    strip.set_radius("street", 20_000.0)  # beyond the computed range: recomputed along the network
    assert strip.services["street"].distance.min() >= 0
    assert np.allclose(strip.services["street"].distance[np.isfinite(before)], before[np.isfinite(before)])
    strip.set_radius("street", 400.0)


def test_the_curve_follows_the_network(strip):
    radii, shares = strip.curve(names=["street"])
    zone = int(np.flatnonzero(strip.zones.frame["zone"].to_numpy() == "in-between")[0])
    at = {float(r): float(s) for r, s in zip(radii, shares[zone], strict=True)}
    assert at[400.0] == pytest.approx(0.375, abs=0.01)
    assert at[1050.0] == pytest.approx(1.0, abs=0.01)


def test_a_lattice_stop_reaches_less_than_its_circle_and_islands_count_unreachable():
    """A lattice with a detached street in the far corner: its samples snap to it but no stop reaches them."""
    muni = gpd.GeoDataFrame({"code": ["001"], "name": ["Grid"]}, geometry=[shapely.box(X0, Y0, X0 + 1000, Y0 + 1000)],
                            crs=CRS)
    hot = gpd.GeoDataFrame(geometry=[shapely.box(X0 + 900, Y0 + 900, X0 + 1000, Y0 + 1000)], crs=CRS)
    grid = lattice(9, 100.0)
    island = lines([(950, 950), (1000, 1000)])
    net = build_network(gpd.GeoDataFrame(pd_concat([grid, island]), crs=CRS))
    specs = [NetworkServiceSpec("stop", stop(400, 400), 300.0, network=net, max_snap_m=40.0),
             ServiceSpec("circle", stop(400, 400), 300.0)]
    engine = CoverageEngine.prepare(CoverageInputs(zones_from_frames(muni, hot), specs, gaps=False, curve=False))
    assert any("count as unreachable" in w for w in engine.warnings)  # cells over 40 m from any street
    d = engine.services["stop"].distance
    s = engine.samples
    near_island = (s.x > X0 + 960) & (s.y > Y0 + 960)
    assert near_island.any() and np.isinf(d[near_island]).all()
    assert any("none of its places reaches" in w and "islands" in w for w in engine.warnings)
    for r in (100.0, 300.0, 600.0):
        assert share(engine, ["stop"], {"stop": r}) < share(engine, ["circle"], {"circle": r})


def pd_concat(frames):
    import pandas as pd

    return pd.concat(frames, ignore_index=True)


def test_services_beyond_the_snap_limit_leave_the_layer_out_with_a_message():
    net = build_network(lines([(0, 50), (2000, 50)]))
    far = NetworkServiceSpec("far", stop(1000, 5000), 400.0, network=net, max_snap_m=100.0)
    with pytest.raises(UserError, match="within 100 m of a walk way"):
        CoverageEngine.prepare(CoverageInputs(strip_zones(), [far], gaps=False, curve=False))


def test_gap_labels_are_measured_along_the_network(strip):
    """A gap's distance to service is from its inner point along the street (|x - 1000| + |y - 50| from the stop),
    not as the crow flies; the circle's gaps stay straight-line; the gap list says so in metres."""
    from layers.coverage.dock_texts import gap_entries

    along = strip.gaps({"street": 300.0}, ["street"], min_gap_km2=0.001)
    circle = strip.gaps({"circle": 300.0}, ["circle"], min_gap_km2=0.001)
    assert len(along) >= 2 and set(along["distance_unit"]) == {"m"}
    inner = shapely.get_coordinates(shapely.point_on_surface(along.geometry.values))
    want = np.abs(inner[:, 0] - X0 - 1000) + np.abs(inner[:, 1] - Y0 - 50)
    assert along["distance_m"].to_numpy() == pytest.approx(want, abs=0.2)
    inner_c = shapely.get_coordinates(shapely.point_on_surface(circle.geometry.values))
    crow = np.hypot(inner_c[:, 0] - X0 - 1000, inner_c[:, 1] - Y0 - 50)
    assert circle["distance_m"].to_numpy() == pytest.approx(crow, abs=0.2)
    text, _ = gap_entries(along, "by area", 1)[0]
    assert text.endswith(f"{along['distance_m'].iloc[0]:,.0f} m to service")


def test_a_gap_no_service_reaches_along_the_network_says_so():
    """A gap beyond the snap limit of every way has no distance along the network: empty, and the list says so."""
    net = build_network(lines([(0, 50), (600, 50)]))  # the street ends 1.4 km before the strip does
    spec = NetworkServiceSpec("street", stop(300, 50), 400.0, network=net, max_snap_m=60.0)
    engine = CoverageEngine.prepare(CoverageInputs(strip_zones(), [spec], gaps=False, curve=False))
    from layers.coverage.dock_texts import gap_entries

    gaps = engine.gaps(min_gap_km2=0.001)
    far = gaps[gaps.geometry.centroid.x > X0 + 1200]
    assert len(far) == 1 and np.isnan(far["distance_m"].iloc[0]) and np.isnan(far["max_distance_m"].iloc[0])
    texts = [t for t, _ in gap_entries(gaps, "by area", 10)]
    assert any(t.endswith("no service reached") for t in texts)
