"""Network distance as a coverage layer's distance source: a layer measured along a road and path network
(:mod:`layers.network`) instead of as a circle.

A :class:`NetworkServiceSpec` is a :class:`~layers.coverage.inputs.ServiceSpec` with a network and a mode.  The
engine builds it with :func:`build_any_service` (its one hook): the layer is indexed as any other (its warnings,
hot-spot links and gap labels stay straight-line), and then every sample's network distance is computed at once
(services and samples snapped to the nearest usable edge, one multi-source Dijkstra: :mod:`layers.network`).  So
a radius change stays a threshold on a prepared array, and sliders, curves, gaps and targets work as for circles.

A network layer's cells are whole: a cell counts as covered when its sample is within the radius along the
network (``cell_reach`` 0, so :mod:`.refine` never sub-samples it against the straight-line index: distance along
a network is not 1-Lipschitz, two neighbouring points may snap to streets on either side of a bay).  A line or
polygon layer's services are its vertices, no more than 50 m apart (:func:`layers.network.reach.service_points`).

Reach in minutes (``minutes``): the layer's radius is then a travel time, and its prepared array holds every
sample's minutes to the nearest service (each edge's length over its class's speed for the mode, the snap
distances at the mode's default speed: :meth:`layers.network.graph.Network.graph`), so a change of minutes is a
threshold as well.  Its straight-line copy is the circle a trip of those minutes covers at the mode's default
speed (:func:`straight_radius_m`).
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

import numpy as np

from layers.coverage.distances import build_service
from layers.coverage.inputs import MAX_RADIUS_M, ServiceSpec
from layers.coverage.state import Service
from layers.network.profiles import profile
from layers.network.reach import service_points
from layers.network.routing import DEFAULT_SNAP_M, Snapped, network_distance, node_costs, snap

if TYPE_CHECKING:
    from layers.coverage.state import CoverageState
    from layers.network.graph import ModeGraph, Network

@dataclass
class NetworkServiceSpec(ServiceSpec):
    """A service layer measured along ``network`` for ``mode`` (walk, bike, car); places farther than
    ``max_snap_m`` from a usable edge are unreachable.  With ``minutes``, ``radius_m`` is a travel time in
    minutes and the distances are minutes."""

    network: Network | None = None
    mode: str = "walk"
    max_snap_m: float = DEFAULT_SNAP_M
    minutes: bool = False

    @property
    def unit(self) -> str:
        return "min" if self.minutes else "m"


def metres_per_minute(mode: str, fastest: bool = False) -> float:
    """How far ``mode`` goes in a minute: at its default speed, or at its fastest class's (``fastest``)."""
    prof = profile(mode)
    kmh = max([prof.default_kmh, *prof.kmh.values()]) if fastest else prof.default_kmh
    return kmh * 1000.0 / 60.0


def straight_radius_m(spec: ServiceSpec, radius: float) -> float:
    """The straight-line radius beside a layer at ``radius``: the same metres, or for a reach in minutes the
    distance the mode covers in those minutes at its default speed (5 km/h walking: 5 min = 417 m)."""
    if isinstance(spec, NetworkServiceSpec) and spec.minutes:
        return radius * metres_per_minute(spec.mode)
    return radius


@dataclass
class NetworkService(Service):
    """A prepared network layer: its snapped services and samples; ``distance`` is along the network."""

    graph: ModeGraph | None = field(default=None, repr=False)
    sources: Snapped | None = field(default=None, repr=False)
    targets: Snapped | None = field(default=None, repr=False)
    cell_reach: np.ndarray | None = field(default=None, repr=False)  # 0 per sample: cells are never refined
    _costs: np.ndarray | None = field(default=None, repr=False)  # per node, up to ``upper``

    @property  # type: ignore[override]
    def distance(self) -> np.ndarray:
        """float32 per sample: network distance (m, or minutes) to the nearest service; ``inf`` beyond ``upper``,
        off the network or on a part of it no service reaches."""
        if self._distance is None:
            assert self.graph is not None and self.sources is not None and self.targets is not None
            self._costs = node_costs(self.graph, self.sources, self.upper)
            self._distance = network_distance(self.graph, self.sources, self.targets, self.upper, self._costs)
        return self._distance

    @distance.setter
    def distance(self, value: np.ndarray | None) -> None:
        self._distance = value
        if value is None:
            self._costs = None

    def distance_at(self, x: np.ndarray, y: np.ndarray) -> np.ndarray:
        """Network distance (m, or minutes) from places (x, y) to the nearest service: each place snapped as the
        samples are (``inf`` beyond the snap limit or where no service reaches)."""
        assert self.graph is not None and self.sources is not None
        spec = self.spec
        limit = spec.max_snap_m if isinstance(spec, NetworkServiceSpec) else DEFAULT_SNAP_M
        at = snap(self.graph, np.asarray(x, dtype=np.float64), np.asarray(y, dtype=np.float64), limit)
        return network_distance(self.graph, self.sources, at, self.upper, self.node_costs())

    def node_costs(self) -> np.ndarray:
        """Cost from the nearest service to every node (computed with the distances)."""
        _ = self.distance
        assert self._costs is not None
        return self._costs


def sample_snaps(state: CoverageState, graph: ModeGraph, max_snap: float) -> Snapped:
    """The samples snapped to ``graph`` (once per network, mode and snap limit: layers of one mode share them, in
    metres or minutes alike, whose usable edges are the same)."""
    cache: dict = state.__dict__.setdefault("_network_snaps", {})
    key = (id(graph.network), graph.profile.name, float(max_snap))
    if key not in cache:
        cache[key] = snap(graph, state.samples.x, state.samples.y, max_snap)
    return cache[key]  # type: ignore[no-any-return]


def build_network_service(state: CoverageState, spec: NetworkServiceSpec) -> tuple[Service | None, list[str]]:
    """The layer indexed as any other, then with its services and the samples snapped to the network.  A reach
    in minutes is indexed at the farthest the mode's fastest class goes in them (what the straight-line bounds
    and the region check need)."""
    if spec.minutes:
        bound = min(float(spec.radius_m) * metres_per_minute(spec.mode, fastest=True), MAX_RADIUS_M)
        service, problems = build_service(state, replace(spec, radius_m=bound))
        if service is not None:  # its distances are minutes: as far as the engine's range of any radius
            service.spec, service.upper = spec, state.distance_upper(float(spec.radius_m))
    else:
        service, problems = build_service(state, spec)
    if service is None:
        return None, problems
    if spec.network is None:
        return None, [*problems, f"layer {spec.name!r}: no network was given to measure along; it is left out"]
    graph = spec.network.graph(spec.mode, minutes=spec.minutes)
    xy = service_points(spec.data)
    sources = snap(graph, xy[:, 0], xy[:, 1], spec.max_snap_m)
    if sources.unreachable == len(sources):
        return None, [*problems, f"layer {spec.name!r}: none of its {len(xy):,} places is within "
                                 f"{spec.max_snap_m:g} m of a {spec.mode} way of the network; it is left out (is the "
                                 "network of the same area?)"]
    if sources.unreachable:
        problems.append(f"layer {spec.name!r}: {sources.unreachable:,} of its {len(xy):,} places are more than "
                        f"{spec.max_snap_m:g} m from a {spec.mode} way of the network and serve no one")
    targets = sample_snaps(state, graph, spec.max_snap_m)
    if targets.unreachable:
        share = targets.unreachable / max(len(targets), 1)
        problems.append(f"layer {spec.name!r}: {targets.unreachable:,} of {len(targets):,} zone samples "
                        f"({share:.1%}) are more than {spec.max_snap_m:g} m from a {spec.mode} way and count as "
                        "unreachable along the network")
    fields = {f: getattr(service, f) for f in ("spec", "index", "upper", "block_lo", "block_hi", "block_upper",
                                              "_samples", "block_i", "block_near")}
    out = NetworkService(**fields, graph=graph, sources=sources, targets=targets,
                         cell_reach=np.zeros(len(state.samples), dtype=np.float32))
    island = int((np.isinf(out.distance) & (targets.edge >= 0)).sum())  # every sample's distance, now
    if island:
        problems.append(f"layer {spec.name!r}: {island:,} zone samples lie on parts of the {spec.mode} network "
                        f"that none of its places reaches{_within(out.upper, spec.minutes)} (islands or "
                        "disconnected ways); they count as not covered")
    return out, problems


def _within(upper: float, minutes: bool) -> str:
    """" within 10.3 km" of a range in metres; nothing for minutes (their range is the whole network)."""
    return "" if minutes else f" within {upper / 1000:.1f} km"


def build_any_service(state: CoverageState, spec: ServiceSpec) -> tuple[Service | None, list[str]]:
    """The engine's hook: a network layer is measured along its network, any other as a circle."""
    if isinstance(spec, NetworkServiceSpec):
        return build_network_service(state, spec)
    return build_service(state, spec)
