"""What each facility adds: the people and area that only it covers.

For every feature of a sector's layers (a stop, a charger, a route), the samples within its layer's radius that
no other feature of those layers reaches: what would be lost if it closed, and what a planner weighs when one
could move.  A sample counts whole where its point is covered (the slider's rule, not the refined table's:
the sums differ from the table by the cells a radius edge cuts), so the figures add up exactly: the unique
shares of all features plus what two or more cover is the union (:attr:`UniqueCoverage.union_people`).
Features of a layer with a service threshold that they miss (:mod:`layers.coverage.service_layers`) do not serve
and are left out by the caller, as in the coverage check.

A layer measured along a network (:class:`~layers.coverage.network_distances.NetworkServiceSpec`) covers a sample
when the sample is within the radius along the network from one of the feature's places (its point, or its
vertices no more than 50 m apart, as the layer's distances start from them): the samples within the radius in a
straight line are the candidates (a network distance is never shorter), and one Dijkstra per feature, bounded by
the radius, keeps those it reaches.  The union is then the network layer's own covered samples.  A reach in
minutes takes as candidates the samples within what the mode's fastest road class goes in those minutes (no
trip covers more ground), not every sample.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np

from layers.i18n import translate
from layers.tasks import CancelledFn, ProgressFn, check_cancelled, never_cancelled, no_progress, sub_progress

if TYPE_CHECKING:
    import geopandas as gpd

    from layers.coverage.inputs import CoverageInputs, ServiceSpec
    from layers.coverage.network_choice import NetworkRequest
    from layers.coverage.state import CoverageState
    from layers.model import Style

UNIQUE_FIELDS = ("layer", "unique_people", "unique_area_km2", "covered_people", "covered_area_km2")


@dataclass
class UniqueCoverage:
    """``features``: every feature of the layers with :data:`UNIQUE_FIELDS` (and its own fields), most unique
    people first (area without population); the totals over the counted samples: the union covered, and the part
    of it two or more features cover (m² and people)."""

    features: gpd.GeoDataFrame
    union_area: float
    union_people: float
    shared_area: float
    shared_people: float
    has_population: bool


def _pairs(data: gpd.GeoDataFrame, radius: float, x: np.ndarray, y: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(sample, feature) for every sample within ``radius`` of a feature: a KD-tree for points, else an STRtree
    distance query (lines, polygons)."""
    import shapely
    from scipy.spatial import cKDTree

    geoms = data.geometry.values
    empty = np.zeros(0, dtype=np.int64)
    if not len(geoms) or not len(x):
        return empty, empty
    if np.isin(shapely.get_type_id(geoms), (0,)).all():
        xy = shapely.get_coordinates(geoms)
        near = cKDTree(np.column_stack([x, y])).query_ball_point(xy, radius, workers=2, return_sorted=False)
        lengths = np.fromiter((len(v) for v in near), dtype=np.int64, count=len(near))
        samples = np.fromiter((i for v in near for i in v), dtype=np.int64, count=int(lengths.sum()))
        return samples, np.repeat(np.arange(len(geoms)), lengths)
    tree = shapely.STRtree(geoms)
    sample, feature = tree.query(shapely.points(x, y), predicate="dwithin", distance=radius)
    return sample.astype(np.int64), feature.astype(np.int64)


def _network_pairs(state: CoverageState, spec: ServiceSpec, idx: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(sample, feature) for every sample of ``idx`` (positions in it) within the radius along the network of
    ``spec`` from one of the feature's places."""
    import shapely

    from layers.coverage.network_distances import NetworkService, NetworkServiceSpec, metres_per_minute, sample_snaps
    from layers.network.reach import SOURCE_STEP_M
    from layers.network.routing import Snapped, network_distance, node_costs, snap

    empty = np.zeros(0, dtype=np.int64)
    if not isinstance(spec, NetworkServiceSpec) or spec.network is None or not len(idx):
        return empty, empty
    service = state.services.get(spec.name)
    # the graph the layer was measured on (its mode, metres or minutes), else the spec's mode
    graph = service.graph if isinstance(service, NetworkService) and service.graph is not None else \
        spec.network.graph(spec.mode)
    max_snap = float(spec.max_snap_m)
    targets = sample_snaps(state, graph, max_snap)
    geoms = np.asarray(spec.data.geometry.values)
    ok = np.flatnonzero(~shapely.is_empty(geoms) & ~shapely.is_missing(geoms))
    xy, part = shapely.get_coordinates(shapely.segmentize(geoms[ok], SOURCE_STEP_M), return_index=True)
    places = snap(graph, xy[:, 0], xy[:, 1], max_snap)
    owner = ok[part]
    radius = float(spec.radius_m)
    # the candidates: the samples within the radius in a straight line; for a reach in minutes, within what the
    # mode's fastest class goes in them (no trip covers more ground, the walk to a way at a slower speed)
    bound = radius * metres_per_minute(graph.profile.name, fastest=True) if graph.minutes else radius
    near_sample, near_feature = _pairs(spec.data, bound, state.samples.x[idx], state.samples.y[idx])
    order = np.argsort(near_feature, kind="stable")
    near_sample, near_feature = near_sample[order], near_feature[order]
    bounds = np.searchsorted(near_feature, np.arange(len(geoms) + 1))
    out_s, out_f = [], []
    for f in np.unique(near_feature):
        mine = np.flatnonzero((owner == f) & (places.edge >= 0))
        if not len(mine):
            continue
        cand = near_sample[bounds[f]:bounds[f + 1]]
        glob = idx[cand]
        sources = Snapped(places.edge[mine], places.pos[mine], places.dist[mine])
        reach = Snapped(targets.edge[glob], targets.pos[glob], targets.dist[glob])
        d = network_distance(graph, sources, reach, radius, node_costs(graph, sources, radius))
        hit = d <= radius
        out_s.append(cand[hit])
        out_f.append(np.full(int(hit.sum()), f, dtype=np.int64))
    if not out_s:
        return empty, empty
    return np.concatenate(out_s).astype(np.int64), np.concatenate(out_f)


def unique_coverage(state: CoverageState, specs: Sequence[ServiceSpec],
                    chosen: Sequence[str] | None = None) -> UniqueCoverage:
    """Each feature's unique people and area over the samples of the ``chosen`` zone classes (default all)."""
    import geopandas as gpd
    import pandas as pd

    s = state.samples
    keep = np.ones(len(s), dtype=bool)
    if chosen is not None:
        keep = np.isin(state.zones.frame["zone"].astype(str).to_numpy(), list(chosen))[s.zone]
    idx = np.flatnonzero(keep)
    all_samples, all_features, frames = [], [], []
    offset = 0
    for spec in specs:
        sample, feature = (_network_pairs(state, spec, idx) if getattr(spec, "network", None) is not None
                           else _pairs(spec.data, spec.radius_m, s.x[idx], s.y[idx]))
        all_samples.append(sample)
        all_features.append(feature + offset)
        frame = spec.data.copy()
        frame.insert(0, "layer", spec.name)
        frames.append(frame)
        offset += len(spec.data)
    sample = np.concatenate(all_samples) if all_samples else np.zeros(0, dtype=np.int64)
    feature = np.concatenate(all_features) if all_features else np.zeros(0, dtype=np.int64)
    count = np.bincount(sample, minlength=len(idx))
    people, area = s.pop_w[idx], s.area_w[idx]
    only = count[sample] == 1
    out = (gpd.GeoDataFrame(pd.concat(frames, ignore_index=True), geometry="geometry", crs=frames[0].crs)
           if frames else gpd.GeoDataFrame({"layer": []}, geometry=[]))
    has_population = state.pop_reached is not None
    out["unique_people"] = np.bincount(feature[only], people[sample[only]], minlength=offset)
    out["unique_area_km2"] = np.bincount(feature[only], area[sample[only]], minlength=offset) / 1e6
    out["covered_people"] = np.bincount(feature, people[sample], minlength=offset)
    out["covered_area_km2"] = np.bincount(feature, area[sample], minlength=offset) / 1e6
    if not has_population:
        out[["unique_people", "covered_people"]] = np.nan  # no population: people not known, not 0
    key = "unique_people" if has_population else "unique_area_km2"
    out = out.sort_values(key, ascending=False, kind="stable").reset_index(drop=True)
    union, shared = count >= 1, count >= 2
    return UniqueCoverage(out, float(area[union].sum()), float(people[union].sum()), float(area[shared].sum()),
                          float(people[shared].sum()), has_population)


def unique_style(features: gpd.GeoDataFrame) -> Style:
    """How a layer's copy with its unique coverage is drawn: graduated by ``unique_people`` (``unique_area_km2``
    where people are not known), five quantile classes light to dark, so the features that carry coverage nothing
    else gives stand out on the map and in the legend."""
    from layers.classify import style_classes
    from layers.model import Style

    field = "unique_people" if "unique_people" in features and features["unique_people"].notna().any() \
        else "unique_area_km2"
    base = Style(fill="#ffffb2", stroke="#3b3b3b", width=1.0, point_size=11.0)
    if field not in features:
        return base
    classes = style_classes(features[field], 5)
    return base.with_(graduated_field=field, classes=classes) if classes else base


def run_unique(inputs: CoverageInputs, request: NetworkRequest | None = None, progress: ProgressFn = no_progress,
               cancelled: CancelledFn = never_cancelled) -> dict[str, gpd.GeoDataFrame]:
    """The window's task: per layer of ``inputs``, its features with what only each covers among its sector's
    layers (a stop that a tram line also serves is not unique), most unique first.  ``request``: along the
    Coverage dock's network (built here, in the task; :mod:`layers.siting.along`), else in a straight line."""
    import dataclasses

    from layers.coverage.engine import CoverageEngine

    start = 0.0
    if request is not None:
        from layers.siting.along import along_specs, build_networks

        network = build_networks([request], sub_progress(progress, 0.0, 0.15), cancelled)[request.choice.layer]
        inputs = dataclasses.replace(inputs, services=along_specs(inputs, inputs.services, network,
                                                                  request.choice))
        start = 0.15
    engine = CoverageEngine.prepare(inputs, sub_progress(progress, start, 0.8), cancelled)
    if request is not None:
        from layers.siting.along import reaching

        reaching(inputs.services, engine.services, request.choice, engine.warnings)
    out: dict[str, gpd.GeoDataFrame] = {}
    for sector in sorted({s.sector for s in inputs.services}):
        check_cancelled(cancelled)
        specs = [s for s in inputs.services if s.sector == sector and s.name in engine.services]
        if not specs:
            continue
        got = unique_coverage(engine, specs)
        for spec in specs:
            out[spec.name] = got.features[got.features["layer"] == spec.name].drop(columns="layer")
    progress(1.0, translate("progress", "done"))
    return out
