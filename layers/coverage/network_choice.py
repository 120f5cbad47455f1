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

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from layers.coverage.inputs import SECTORS
from layers.errors import UserError
from layers.i18n import QT_TRANSLATE_NOOP, format_number, translate
from layers.network.profiles import MODES, mode_word
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
STRAIGHT_LINE_TEXT = QT_TRANSLATE_NOOP("coverage", "straight line")  # English source: shown as straight_line_text()
MAX_SNAP_M = 5000.0  # the largest snap limit a project or the dock may hold


UNITS = ("m", "min")  # a reach in metres (the layers' radii) or in minutes along the network
MAX_MINUTES = 600.0


@dataclass(frozen=True)
class NetworkChoice:
    """Measure along the lines of layer ``layer`` for ``mode`` (walk, bike, car); places farther than ``snap_m``
    from a usable way are unreachable.  ``unit`` "min": each layer reaches as far as its minutes of travel
    (``reach_min``, by the layer's name in the check; a layer without its own starts at its radius at the mode's
    default speed), not its radius in metres."""

    layer: str
    mode: str = "walk"
    snap_m: float = DEFAULT_SNAP_M
    unit: str = "m"
    reach_min: tuple[tuple[str, float], ...] = ()

    @property
    def label(self) -> str:
        """"along network: roads (walk)" in the interface language (the layer's name is the planner's)."""
        return translate("coverage", "along network: {layer} ({mode})").format(layer=self.layer,
                                                                               mode=mode_word(self.mode))

    @property
    def minutes(self) -> bool:
        return self.unit == "min"

    def minutes_for(self, name: str, radius_m: float) -> float:
        """Layer ``name``'s minutes: its own, or what its radius takes at the mode's default speed (to half a
        minute, at least half a minute)."""
        from layers.coverage.network_distances import metres_per_minute

        own = dict(self.reach_min).get(name)
        if own is not None:
            return own
        return min(max(round(2 * radius_m / metres_per_minute(self.mode)) / 2, 0.5), MAX_MINUTES)

    def minutes_renamed(self, old: str, new: str) -> NetworkChoice:
        """The same choice after service layer ``old`` was renamed ``new``: its minutes follow it."""
        kept = {new if n == old else n: m for n, m in self.reach_min}
        return replace(self, reach_min=tuple(sorted(kept.items())))

    def with_minutes(self, name: str, minutes: float) -> NetworkChoice:
        kept = {**dict(self.reach_min), name: float(minutes)}
        return replace(self, reach_min=tuple(sorted(kept.items())))

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"layer": self.layer, "mode": self.mode, "snap_m": self.snap_m}
        if self.minutes or self.reach_min:
            out.update(unit=self.unit, reach_min=dict(self.reach_min))
        return out

    @classmethod
    def from_dict(cls, value: Any) -> NetworkChoice | None:
        """The choice a project holds; None (straight line) for anything else, an older or hand-edited file."""
        if not isinstance(value, Mapping) or not isinstance(value.get("layer"), str) or \
                value.get("mode", "walk") not in MODES:
            return None
        snap = value.get("snap_m", DEFAULT_SNAP_M)
        snap = float(snap) if isinstance(snap, int | float) and 0 < snap <= MAX_SNAP_M else DEFAULT_SNAP_M
        unit = value.get("unit", "m") if value.get("unit", "m") in UNITS else "m"
        given = value.get("reach_min")
        reach = tuple(sorted((str(n), float(m)) for n, m in given.items() if isinstance(m, int | float)
                             and not isinstance(m, bool) and 0 < m <= MAX_MINUTES)) if isinstance(given, Mapping) \
            else ()
        return cls(value["layer"], str(value.get("mode", "walk")), snap, unit, reach)


def straight_line_text() -> str:
    return translate("coverage", STRAIGHT_LINE_TEXT)


def distance_label(choice: NetworkChoice | None) -> str:
    return straight_line_text() if choice is None else choice.label


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
        raise UserError(translate("coverage", "{where}: has no way a {mode} trip may use; choose another mode or "
                                              "network").format(where=where, mode=mode))
    along = [NetworkServiceSpec(s.name, s.data, minutes.get(s.name, s.radius_m), s.sector, network=network,
                                mode=mode, max_snap_m=snap_m, minutes=s.name in minutes) for s in inputs.services]
    straight = [replace(s, name=s.name + STRAIGHT, radius_m=straight_radius_m(a, a.radius_m))
                for s, a in zip(inputs.services, along, strict=True)]
    inputs.selection = [s.name for s in along]
    inputs.services = along + straight


def reach_note(reach_min: Mapping[str, float], mode: str) -> str:
    """What the method says of the layers reached in minutes (nothing without): the CLI's and the dock's."""
    if not reach_min:
        return ""
    from layers.coverage.network_distances import metres_per_minute

    per_min = metres_per_minute(mode)
    kmh = per_min * 0.06
    speed = format_number(kmh, 0 if abs(kmh - round(kmh)) < 1e-9 else 1)
    return translate("coverage", "Reach in minutes ({layers}): each way's length at the {mode} speed of its road "
                     "class, the snap distance at {speed} km/h; their straight-line shares are of the circle those "
                     "minutes cover at {speed} km/h ({per_minute} m a minute). ").format(
        layers=", ".join(reach_min), mode=mode_word(mode), speed=speed, per_minute=format_number(per_min))


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


def chosen_network_layer(layers: Iterable[Layer], choice: NetworkChoice | None) -> Layer | None:
    """The line layer ``choice`` measures along: a loaded (not derived) layer of that name with lines; None for a
    straight line or when no such layer is loaded."""
    from layers.model import geometry_family

    if choice is None:
        return None
    return next((lyr for lyr in layers if lyr.name == choice.layer and not lyr.derived and len(lyr.data)
                 and geometry_family(lyr.data) == "line"), None)


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
    engine: Any  # the computed check's CoverageEngine (None before a Compute)
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
        self.mark_stale(translate("coverage", "the distance is now {choice}").format(choice=distance_label(choice)))

    def set_snap_m(self, snap_m: float) -> None:
        """Places farther than ``snap_m`` from a usable way are unreachable, from the next Compute on (kept with the
        choice; nothing along no network)."""
        choice = self.network_choice
        if choice is None or choice.snap_m == snap_m:
            return
        if not 0 < snap_m <= MAX_SNAP_M:
            raise ValueError(f"the snap distance must be more than 0 and at most {MAX_SNAP_M:g} m, not {snap_m:g}")
        self.document.coverage_distance = replace(choice, snap_m=float(snap_m))
        self.mark_stale(translate("coverage", "the snap distance is now {snap} m").format(
            snap=format_number(snap_m, 0 if snap_m == round(snap_m) else 1)))

    def set_reach_unit(self, unit: str) -> None:
        """Along a network, reach in metres (the layers' radii) or in minutes, from the next Compute on."""
        choice = self.network_choice
        if unit not in UNITS:
            raise ValueError(f"unknown unit {unit!r}; use m or min")
        if choice is None or choice.unit == unit:
            return
        self.document.coverage_distance = replace(choice, unit=unit)
        self.mark_stale(translate("coverage", "the reach is now in minutes") if unit == "min" else
                        translate("coverage", "the reach is now in metres"))

    def in_minutes(self, name: str) -> bool:
        """Whether layer ``name`` of the computed check reaches in minutes along the network."""
        engine = self.engine
        return engine is not None and name in engine.services and \
            bool(getattr(engine.services[name].spec, "minutes", False))

    def reach_of(self, name: str, layer: Layer) -> float:
        """The reach the check holds for ``layer`` (``name`` in the check): its radius in metres, or, reached in
        minutes, its minutes (the choice's)."""
        from layers.model import service_radius_m

        choice = self.network_choice
        if choice is not None and self.in_minutes(name):
            return choice.minutes_for(name, service_radius_m(layer))
        return service_radius_m(layer)

    def set_reach_minutes(self, name: str, minutes: float) -> bool:
        """Keep layer ``name``'s minutes with the choice (a slider in minutes; not a reason to recompute); False
        where the layer reaches in metres (its radius is then the layer's)."""
        if not self.in_minutes(name):
            return False
        choice = self.network_choice
        if choice is not None:
            self.document.coverage_distance = choice.with_minutes(name, minutes)
        return True

    def _follow_network_rename(self, layer: Layer, old: str | None = None) -> None:
        """The choice names its layers, so a renamed network layer takes the choice with it, and a renamed
        service layer its minutes (the same lines, the same reach: not a reason to recompute)."""
        choice = self.network_choice
        if choice is None:
            return
        if layer is self._network_layer and layer.name != choice.layer:
            choice = replace(choice, layer=layer.name)
        if old and old != layer.name and old in dict(choice.reach_min) and not layer.derived:
            choice = choice.minutes_renamed(old, layer.name)
        if choice != self.network_choice:
            self.document.coverage_distance = choice

    def network_lines(self) -> list[Layer]:
        """The loaded line layers a network can be made of (not the check's own analysis layers)."""
        from layers.model import geometry_family

        return [lyr for lyr in self.document.layers if not lyr.derived and len(lyr.data)
                and geometry_family(lyr.data) == "line"]

    def network_layer(self) -> Layer | None:
        """The line layer the choice names (None: straight line, or it is not loaded)."""
        return chosen_network_layer(self.document.layers, self.network_choice)

    def network_request(self) -> NetworkRequest | None:
        """What Compute needs to measure along the chosen network (None: a straight line); raises
        :class:`UserError` when its layer is gone.  The task is :func:`layers.coverage.network_compute.run_along`."""
        choice = self.network_choice
        layer = self._network_layer = self.network_layer()
        if choice is None:
            return None
        if layer is None:
            raise UserError(translate("coverage", "the network layer {layer!r} is not loaded: load it again or "
                                                  "choose another distance in the Distance row").format(
                                layer=choice.layer))
        return NetworkRequest(layer.data.copy(), choice)
