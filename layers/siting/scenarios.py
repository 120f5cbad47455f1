"""Scenarios: named states of the map's service layers (shown or not, radius, service level) and of its proposed
sites, to switch between and to compare per municipality x zone.

A scenario keeps, per service layer by name, whether it is shown, its radius and its service threshold, and the
proposed sites (their points, sector and radius) where there are any.  :func:`apply` puts a scenario back on the
map (layers it names that are gone are said in the returned notes), and :func:`switch` does so as one undo step
(undo puts back each layer's visibility, radius and level and the proposed sites layer as they were, redo the
scenario's again); :func:`compare` measures two scenarios on one
prepared coverage engine (the zones and the population once; each scenario is a set of layers at its radii) and
gives, per municipality x zone, both covered shares and the difference.  Scenarios are saved in the project
under their own key (``extra["scenarios"]``, through :func:`layers.project.schema.register_extra_state`), so a
project written by a regionmap without siting keeps them untouched when it has none.
"""

from __future__ import annotations

import weakref
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from layers.errors import UserError
from layers.i18n import translate
from layers.model import made_as
from layers.project.schema import register_extra_state
from layers.tasks import CancelledFn, ProgressFn, never_cancelled, no_progress
from layers.undo import Command

if TYPE_CHECKING:
    from layers.coverage.population_source import PopulationSource
    from layers.coverage.verdict import Targets
    from layers.document import MapDocument
    from layers.undo import UndoStack

SCENARIOS_KEY = "scenarios"
_KEPT: weakref.WeakKeyDictionary[Any, dict[str, Scenario]] = weakref.WeakKeyDictionary()


@dataclass
class Scenario:
    """``layers``: name -> (shown, radius_m, service_threshold); ``sites``: the proposed sites' (x, y) with their
    ``sites_sector`` and ``sites_radius_m`` (none: no proposal)."""

    name: str
    layers: dict[str, tuple[bool, float | None, float | None]] = field(default_factory=dict)
    sites: list[tuple[float, float]] = field(default_factory=list)
    sites_sector: str = "transport"
    sites_radius_m: float = 0.0

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "layers": {k: list(v) for k, v in self.layers.items()},
                "sites": [list(p) for p in self.sites], "sites_sector": self.sites_sector,
                "sites_radius_m": self.sites_radius_m}

    @classmethod
    def from_dict(cls, raw: dict[str, Any]) -> Scenario:
        layers = {str(k): (bool(v[0]), _num(v[1]), _num(v[2])) for k, v in dict(raw.get("layers", {})).items()}
        sites = [(float(p[0]), float(p[1])) for p in raw.get("sites", [])]
        return cls(str(raw["name"]), layers, sites, str(raw.get("sites_sector", "transport")),
                   float(raw.get("sites_radius_m", 0.0)))


def _num(value: Any) -> float | None:
    return None if value is None else float(value)


def scenarios_of(document: MapDocument) -> dict[str, Scenario]:
    """The document's scenarios by name (empty at first)."""
    return _KEPT.setdefault(document, {})


def capture(document: MapDocument, name: str) -> Scenario:
    """Name the map's present state as a scenario (replacing one of that name) and return it."""
    from layers.siting.document import SITES_LAYER_NAME

    if not name.strip():
        raise UserError("scenario: give it a name")
    scenario = Scenario(name.strip())
    for layer in document.service_layers():
        if made_as(layer, SITES_LAYER_NAME):
            scenario.sites = [(float(g.x), float(g.y)) for g in layer.data.geometry]
            scenario.sites_sector, scenario.sites_radius_m = layer.kind.value, float(layer.radius_m or 0.0)
        else:
            scenario.layers[layer.name] = (layer.visible, layer.radius_m, layer.service_threshold)
    scenarios_of(document)[scenario.name] = scenario
    return scenario


def apply(document: MapDocument, scenario: Scenario) -> list[str]:
    """Put ``scenario`` on the map: each named layer shown or hidden at its radius and level, the proposed sites
    replaced by its own (or removed).  Returns what could not be applied (a layer no longer on the map)."""
    import geopandas as gpd

    from layers.crs import WORK_CRS
    from layers.model import Layer, LayerKind
    from layers.siting.document import SITES_LAYER_NAME

    by_name = {lyr.name: lyr for lyr in document.service_layers() if not lyr.derived}
    notes = [f"scenario {scenario.name!r}: layer {n!r} is no longer on the map" for n in scenario.layers
             if n not in by_name]
    for name, (shown, radius, threshold) in scenario.layers.items():
        if name in by_name:
            layer = by_name[name]
            layer.visible, layer.radius_m, layer.service_threshold = shown, radius, threshold
    old = next((lyr for lyr in document.layers if made_as(lyr, SITES_LAYER_NAME)), None)
    if old is not None:
        document.layers.remove(old)
    if scenario.sites:
        xs, ys = zip(*scenario.sites, strict=True)
        data = gpd.GeoDataFrame({"rank": range(1, len(xs) + 1)}, geometry=gpd.points_from_xy(xs, ys), crs=WORK_CRS)
        document.layers.append(Layer(data, translate("siting", SITES_LAYER_NAME), kind=LayerKind(scenario.sites_sector),
                                     radius_m=scenario.sites_radius_m, derived=True, key=SITES_LAYER_NAME,
                                     source="scenario",
                                     note=translate("siting", "proposed (derived), scenario {name}").format(
                                         name=scenario.name)))
    return notes


@dataclass
class _MapState:
    """What a switch changes: each service layer's (layer, shown, radius, level), and the proposed sites layer
    with its place in the list (None: no proposal)."""

    layers: list[tuple[Any, bool, float | None, float | None]]
    proposal: tuple[int, Any] | None


def _map_state(document: MapDocument) -> _MapState:
    from layers.siting.document import SITES_LAYER_NAME

    kept = [(lyr, lyr.visible, lyr.radius_m, lyr.service_threshold) for lyr in document.service_layers()
            if not lyr.derived]
    proposal = next(((i, lyr) for i, lyr in enumerate(document.layers) if made_as(lyr, SITES_LAYER_NAME)), None)
    return _MapState(kept, proposal)


def _put_back(document: MapDocument, state: _MapState) -> None:
    from layers.siting.document import SITES_LAYER_NAME

    for layer, shown, radius, threshold in state.layers:
        layer.visible, layer.radius_m, layer.service_threshold = shown, radius, threshold
    old = next((lyr for lyr in document.layers if made_as(lyr, SITES_LAYER_NAME)), None)
    if old is not None and (state.proposal is None or old is not state.proposal[1]):
        document.layers.remove(old)
    if state.proposal is not None and state.proposal[1] not in document.layers:
        document.layers.insert(min(state.proposal[0], len(document.layers)), state.proposal[1])


@dataclass
class SwitchScenario(Command):
    """Switching to a scenario, as one undo step (:meth:`layers.undo.UndoStack.push`)."""

    document: MapDocument
    name: str
    before: _MapState
    after: _MapState

    def __post_init__(self) -> None:
        self.text = f"switch to scenario {self.name}"

    def undo(self, layers: Any) -> None:
        _put_back(self.document, self.before)

    def redo(self, layers: Any) -> None:
        _put_back(self.document, self.after)


def switch(document: MapDocument, scenario: Scenario, stack: UndoStack | None = None) -> list[str]:
    """:func:`apply` ``scenario`` as one step of ``stack`` (the session's undo stack); returns apply's notes."""
    before = _map_state(document)
    if stack is None:
        return apply(document, scenario)
    with stack.paused():
        notes = apply(document, scenario)
    stack.push(SwitchScenario(document, scenario.name, before, _map_state(document)))
    return notes


def _specs(document: MapDocument, scenario: Scenario, prefix: str) -> list[Any]:
    """The service specs of ``scenario`` on ``document``'s layers, named apart by ``prefix``."""
    import geopandas as gpd

    from layers.coverage.inputs import ServiceSpec
    from layers.coverage.service_layers import meeting_threshold
    from layers.crs import WORK_CRS

    specs = []
    for layer in document.service_layers():
        state = scenario.layers.get(layer.name)
        if layer.derived or state is None or not state[0] or not len(layer.data):
            continue
        data = meeting_threshold(layer.data, state[2])
        specs.append(ServiceSpec(f"{prefix}{layer.name}", data, float(state[1] or 800.0), layer.kind.value))
    if scenario.sites:
        xs, ys = zip(*scenario.sites, strict=True)
        specs.append(ServiceSpec(f"{prefix}proposed", gpd.GeoDataFrame(geometry=gpd.points_from_xy(xs, ys),
                                                                       crs=WORK_CRS),
                                 scenario.sites_radius_m, scenario.sites_sector))
    return specs


def comparison_inputs(document: MapDocument, a: Scenario, b: Scenario, population: PopulationSource | None,
                      targets: Targets, zones: Any = None) -> tuple[Any, list[str], list[str]]:
    """What :func:`run_compare` measures (read from the map on the caller's thread): the coverage inputs with
    both scenarios' layers (on ``zones`` where given: the Coverage dock's), and the names of each one's."""
    from layers.siting.document import coverage_inputs

    inputs = coverage_inputs(document, population, targets, zones)
    spec_a, spec_b = _specs(document, a, "a: "), _specs(document, b, "b: ")
    if not spec_a and not spec_b:
        raise UserError(f"scenarios {a.name!r} and {b.name!r} have no shown layer with features to compare")
    inputs.services = spec_a + spec_b
    return inputs, [s.name for s in spec_a], [s.name for s in spec_b]


def run_compare(inputs: Any, names_a: list[str], names_b: list[str], labels: tuple[str, str],
                progress: ProgressFn = no_progress, cancelled: CancelledFn = never_cancelled) -> list[dict[str, Any]]:
    """The task: one engine for both scenarios; per municipality x zone the covered share (of people where
    known, else of area) in each, the difference (second - first) and both verdicts."""
    from layers.coverage.engine import CoverageEngine

    return rows_on(CoverageEngine.prepare(inputs, progress, cancelled), inputs, names_a, names_b, labels)


def rows_on(engine: Any, inputs: Any, names_a: list[str], names_b: list[str],
            labels: tuple[str, str]) -> list[dict[str, Any]]:
    """:func:`run_compare`'s rows on an engine prepared with both scenarios' layers (the difference map's task
    measures on the same one)."""
    from layers.coverage.verdict import Targets

    targets = Targets(inputs.targets, inputs.hotspot_targets)
    results = [engine.evaluate(names=[n for n in names if n in engine.services], targets=targets)
               for names in (names_a, names_b)]
    a, b = labels
    out = []
    for ra, rb in paired_rows(results[0].rows, results[1].rows):
        key = "population_share" if ra.get("population_share") is not None else "covered_share"
        va, vb = ra.get(key), rb.get(key)
        out.append({"municipality": ra["municipality"], "zone": ra["zone"], "by": key, a: va, b: vb,
                    "difference": difference(va, vb),
                    f"{a} pass": ra.get("target_pass"), f"{b} pass": rb.get("target_pass")})
    return out


def paired_rows(rows_a: list[dict[str, Any]], rows_b: list[dict[str, Any]]
                ) -> list[tuple[dict[str, Any], dict[str, Any]]]:
    """The rows of two measurements of one region paired by municipality x zone (``regionmap coverage
    --compare`` pairs its own rows with another project's this way, as the window pairs two scenarios)."""
    by_key = {(r["municipality"], r["zone"]): r for r in rows_b}
    return [(r, by_key.get((r["municipality"], r["zone"]), {})) for r in rows_a]


def difference(first: Any, second: Any) -> float | None:
    """Second minus first, rounded as the tables show shares; None where either is not known."""
    if first is None or second is None:
        return None
    return round(float(second) - float(first), 6)


def compare(document: MapDocument, a: Scenario, b: Scenario, population: PopulationSource | None,
            targets: Targets) -> list[dict[str, Any]]:
    """:func:`comparison_inputs` then :func:`run_compare`, in one call (the command line, tests)."""
    return run_compare(*comparison_inputs(document, a, b, population, targets), (a.name, b.name))


def _dump(document: Any) -> Any:
    kept = _KEPT.get(document)
    return [s.to_dict() for s in kept.values()] if kept else None


def _load(document: Any, value: Any) -> None:
    if isinstance(value, list):
        _KEPT[document] = {s.name: s for s in (Scenario.from_dict(v) for v in value if isinstance(v, dict))}


register_extra_state(SCENARIOS_KEY, _dump, _load)
