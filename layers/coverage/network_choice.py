"""The Coverage dock's "Distance:" choice, without Qt: a straight line, or along a loaded line layer's network.

The choice is the planner's, kept in the document (``document.coverage_distance``; projects keep it as the key
``coverage_distance``, so older projects load as "straight line") and it changes what the next Compute
measures, so choosing another marks the result out of date.  Along a network, Compute makes every service layer
a network layer and keeps a straight-line copy of each beside it (:func:`measure_along`, shared with
``regionmap coverage --network``), so the dock's table shows the network shares and the straight-line ones of the
same layers at the same radii.  Building the network is part of the Compute task
(:func:`layers.coverage.network_compute.run_along`), off the GUI thread like the rest of Compute.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from layers.coverage.inputs import SECTORS
from layers.errors import UserError
from layers.network.profiles import MODES
from layers.network.routing import DEFAULT_SNAP_M

if TYPE_CHECKING:
    import geopandas as gpd

    from layers.coverage.engine import CoverageInputs
    from layers.coverage.live_numbers import Cover, CoverAnswers
    from layers.coverage.result import CoverageResult
    from layers.document import MapDocument
    from layers.events import Emitter
    from layers.model import Layer
    from layers.network.graph import Network

STRAIGHT = " (straight line)"  # the name suffix of a layer's straight-line copy
STRAIGHT_LINE_TEXT = "straight line"
MAX_SNAP_M = 5000.0  # the largest snap limit a project or the dock may hold


@dataclass(frozen=True)
class NetworkChoice:
    """Measure along the lines of layer ``layer`` for ``mode`` (walk, bike, car)."""

    layer: str
    mode: str = "walk"
    snap_m: float = DEFAULT_SNAP_M

    @property
    def label(self) -> str:
        return f"along network: {self.layer} ({self.mode})"

    def to_dict(self) -> dict[str, Any]:
        return {"layer": self.layer, "mode": self.mode, "snap_m": self.snap_m}

    @classmethod
    def from_dict(cls, value: Any) -> NetworkChoice | None:
        """The choice a project holds; None (straight line) for anything else, an older or hand-edited file."""
        if not isinstance(value, Mapping) or not isinstance(value.get("layer"), str) or \
                value.get("mode", "walk") not in MODES:
            return None
        snap = value.get("snap_m", DEFAULT_SNAP_M)
        snap = float(snap) if isinstance(snap, int | float) and 0 < snap <= MAX_SNAP_M else DEFAULT_SNAP_M
        return cls(value["layer"], str(value.get("mode", "walk")), snap)


def distance_label(choice: NetworkChoice | None) -> str:
    return STRAIGHT_LINE_TEXT if choice is None else choice.label


def measure_along(inputs: CoverageInputs, network: Network, mode: str, snap_m: float, where: str,
                  minutes: Mapping[str, float] | None = None) -> None:
    """Make every service of ``inputs`` a layer measured along ``network`` for ``mode`` (the judged selection)
    and keep a straight-line copy of each beside it (named ``<name> (straight line)``).  ``minutes``: the layers
    (by name) whose reach is a travel time, and its minutes (their copies' radius is what those minutes cover at
    the mode's default speed).  ``where`` names the network in the message when no ``mode`` trip may use it."""
    from layers.coverage.network_distances import NetworkServiceSpec, straight_radius_m

    minutes = minutes or {}
    graph = network.graph(mode)
    if not graph.usable.any():
        raise UserError(f"{where}: has no way a {mode} trip may use; choose another mode or network")
    along = [NetworkServiceSpec(s.name, s.data, minutes.get(s.name, s.radius_m), s.sector, network=network,
                                mode=mode, max_snap_m=snap_m, minutes=s.name in minutes) for s in inputs.services]
    straight = [replace(s, name=s.name + STRAIGHT, radius_m=straight_radius_m(a, a.radius_m))
                for s, a in zip(inputs.services, along, strict=True)]
    inputs.selection = [s.name for s in along]
    inputs.services = along + straight


def straight_radii(engine: Any, radii: Mapping[str, float]) -> dict[str, float]:
    """The straight-line copies of the layers at ``radii`` and the copies' radii (none along no network)."""
    from layers.coverage.network_distances import straight_radius_m

    services = engine.services
    return {n + STRAIGHT: straight_radius_m(services[n].spec, r) for n, r in radii.items()
            if n + STRAIGHT in services and n in services}


def add_straight_shares(engine: Any, result: CoverageResult, radii: Mapping[str, float]) -> None:
    """Along a network, each row of ``result`` gets the straight-line shares of the same layers at the same
    radii beside its network ones (``straight_covered_share``, ``<sector>_straight_share``,
    ``<sector>_straight_people_share``): the one place the CLI, the dock's exports and ``current_result`` get
    them from; and ``result.reach_min``, the layers whose reach is minutes.  Nothing along no network."""
    copies = straight_radii(engine, radii)
    if not copies:
        return
    result.reach_min = {n: float(r) for n, r in radii.items()
                        if n in engine.services and getattr(engine.services[n].spec, "minutes", False)}
    plain = engine.evaluate(names=list(copies), radii=copies)
    for row, other in zip(result.rows, plain.rows, strict=True):
        row["straight_covered_share"] = other.get("covered_share")
        for sector in SECTORS:
            for rest in ("share", "people_share"):
                if f"{sector}_{rest}" in other:
                    row[f"{sector}_straight_{rest}"] = other[f"{sector}_{rest}"]


@dataclass(frozen=True)
class NetworkRequest:
    """What Compute needs to measure along a network: the line layer's features (a copy) and the choice."""

    lines: gpd.GeoDataFrame
    choice: NetworkChoice


def straight_covers(answers: CoverAnswers, sector_names: Mapping[str, list[str]],
                    radii: Mapping[str, float]) -> dict[str, Cover]:
    """Per sector, the cover of its layers' straight-line copies at the layers' radii (empty along no network)."""
    services = answers.engine.services
    out = {}
    for sector, names in sector_names.items():
        copies = straight_radii(answers.engine, {n: radii[n] for n in names})
        if not copies:
            continue
        for copy, radius in copies.items():
            if services[copy].spec.radius_m != radius:
                answers.engine.set_radius(copy, radius)  # widens its distances only beyond them
        out[sector] = answers.cover(list(copies), copies)
    return out


class LiveNetwork:
    """The distance choice of a live check (mixed into ``LiveCoverage``, which supplies ``document``, ``events``
    and ``mark_stale``)."""

    document: MapDocument
    events: Emitter
    _network_layer: Layer | None  # the layer of the last Compute along a network (its changes make it stale)

    def mark_stale(self, why: str) -> None:  # pragma: no cover - LiveCoverage's
        raise NotImplementedError

    @property
    def network_choice(self) -> NetworkChoice | None:
        """Along which network Compute measures (None: in a straight line).  Kept in the document."""
        value = self.document.coverage_distance
        return value if isinstance(value, NetworkChoice) else None

    def set_network_choice(self, choice: NetworkChoice | None) -> None:
        """Measure along ``choice``'s network from the next Compute on (None: in a straight line)."""
        if choice == self.network_choice:
            return
        self.document.coverage_distance = choice
        self._network_layer = self.network_layer()
        self.mark_stale(f"the distance is now {distance_label(choice)}")

    def set_snap_m(self, snap_m: float) -> None:
        """Places farther than ``snap_m`` from a usable way are unreachable, from the next Compute on (kept with the
        choice; nothing along no network)."""
        choice = self.network_choice
        if choice is None or choice.snap_m == snap_m:
            return
        if not 0 < snap_m <= MAX_SNAP_M:
            raise ValueError(f"the snap distance must be more than 0 and at most {MAX_SNAP_M:g} m, not {snap_m:g}")
        self.document.coverage_distance = replace(choice, snap_m=float(snap_m))
        self.mark_stale(f"the snap distance is now {snap_m:g} m")

    def _follow_network_rename(self, layer: Layer) -> None:
        """The choice names its layer, so a renamed network layer takes the choice with it (the same lines: not
        a reason to recompute)."""
        choice = self.network_choice
        if choice is not None and layer is self._network_layer and layer.name != choice.layer:
            self.document.coverage_distance = NetworkChoice(layer.name, choice.mode, choice.snap_m)

    def network_lines(self) -> list[Layer]:
        """The loaded line layers a network can be made of (not the check's own analysis layers)."""
        from layers.model import geometry_family

        return [lyr for lyr in self.document.layers if not lyr.derived and len(lyr.data)
                and geometry_family(lyr.data) == "line"]

    def network_layer(self) -> Layer | None:
        """The line layer the choice names (None: straight line, or it is not loaded)."""
        from layers.model import geometry_family

        choice = self.network_choice
        if choice is None:
            return None
        return next((lyr for lyr in self.document.layers if lyr.name == choice.layer and not lyr.derived
                     and len(lyr.data) and geometry_family(lyr.data) == "line"), None)

    def network_request(self) -> NetworkRequest | None:
        """What Compute needs to measure along the chosen network (None: a straight line); raises
        :class:`UserError` when its layer is gone.  The task is :func:`layers.coverage.network_compute.run_along`."""
        choice = self.network_choice
        layer = self._network_layer = self.network_layer()
        if choice is None:
            return None
        if layer is None:
            raise UserError(f"the network layer {choice.layer!r} is not loaded: load it again or choose another "
                            "distance in the Distance row")
        return NetworkRequest(layer.data.copy(), choice)
