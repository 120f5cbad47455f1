"""Scenarios: named states of the map's service layers (shown or not, radius, service level) and of its proposed
sites, to switch between and to compare per municipality x zone.

A scenario keeps, per service layer by name, whether it is shown, its radius and its service threshold, the
proposed sites (their points, sector, radius and every field of their layer) where there are any, and the Coverage
dock's distance choice (a straight line, or along which network), along which a comparison measures it.
:func:`apply` puts a scenario back on the map (layers it names that are gone are said in the returned notes), and
:func:`switch` does so as one undo step (undo puts back each layer's visibility, radius and level and the proposed
sites layer as they were, redo the scenario's again); :func:`compare` measures two scenarios on one prepared
coverage engine (the zones and the population once; each scenario is a set of layers at its radii) and
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
PREFIXES = ("a: ", "b: ")  # the two compared scenarios' layers, named apart on one engine
PROPOSED = "proposed"  # a scenario's proposed sites as a layer of the comparison (after its prefix)
_KEPT: weakref.WeakKeyDictionary[Any, dict[str, Scenario]] = weakref.WeakKeyDictionary()


@dataclass
class Scenario:
    """``layers``: name -> (shown, radius_m, service_threshold); ``sites``: the proposed sites' (x, y) with their
    ``sites_sector`` and ``sites_radius_m`` (none: no proposal) and the proposed sites layer's other fields
    (``sites_fields``: each column's name, dtype and values; empty in projects written before they were kept:
    the sites come back ranked only); ``distance``: the Coverage dock's distance then (a
    :class:`~layers.coverage.network_choice.NetworkChoice`, None: a straight line, as in older projects), along
    which Compare scenarios measures it."""

    name: str
    layers: dict[str, tuple[bool, float | None, float | None]] = field(default_factory=dict)
    sites: list[tuple[float, float]] = field(default_factory=list)
    sites_sector: str = "transport"
    sites_radius_m: float = 0.0
    sites_fields: list[tuple[str, str, list[Any]]] = field(default_factory=list)
    distance: Any = None

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "layers": {k: list(v) for k, v in self.layers.items()},
                "sites": [list(p) for p in self.sites], "sites_sector": self.sites_sector,
                "sites_radius_m": self.sites_radius_m,
                "sites_fields": [{"name": n, "dtype": d, "values": v} for n, d, v in self.sites_fields],
                "distance": None if self.distance is None else self.distance.to_dict()}

    @classmethod
    def from_dict(cls, raw: dict[str, Any]) -> Scenario:
        from layers.coverage.network_choice import NetworkChoice

        layers = {str(k): (bool(v[0]), _num(v[1]), _num(v[2])) for k, v in dict(raw.get("layers", {})).items()}
        sites = [(float(p[0]), float(p[1])) for p in raw.get("sites", [])]
        fields = raw.get("sites_fields")
        kept = [(str(f["name"]), str(f.get("dtype", "object")), list(f["values"])) for f in fields
                if isinstance(f, dict) and isinstance(f.get("name"), str) and isinstance(f.get("values"), list)
                and len(f["values"]) == len(sites)] if isinstance(fields, list) else []
        return cls(str(raw["name"]), layers, sites, str(raw.get("sites_sector", "transport")),
                   float(raw.get("sites_radius_m", 0.0)), kept, NetworkChoice.from_dict(raw.get("distance")))


def _num(value: Any) -> float | None:
    return None if value is None else float(value)


def _fields_of(data: Any) -> list[tuple[str, str, list[Any]]]:
    """Every column of a proposed sites layer but its geometry, as JSON values (NaN, people not known: null)."""
    from layers.siting.result import _plain

    return [(str(c), str(data[c].dtype), [_plain(v) for v in data[c].tolist()]) for c in data.columns
            if c != data.geometry.name]


def _sites_table(scenario: Scenario) -> dict[str, Any]:
    """The proposed sites' columns as kept (each in its dtype where it still reads as one); ``rank`` alone for
    a scenario of an older project."""
    import pandas as pd

    if not scenario.sites_fields:
        return {"rank": range(1, len(scenario.sites) + 1)}
    out = {}
    for name, dtype, values in scenario.sites_fields:
        try:
            out[name] = pd.Series([float("nan") if v is None and dtype.startswith("float") else v for v in values],
                                  dtype=dtype)
        except (TypeError, ValueError):  # a hand-edited file: the values as they are
            out[name] = pd.Series(values, dtype=object)
    return out


def scenarios_of(document: MapDocument) -> dict[str, Scenario]:
    """The document's scenarios by name (empty at first)."""
    return _KEPT.setdefault(document, {})


def _distance(document: MapDocument) -> Any:
    """The Coverage dock's distance choice (None: a straight line)."""
    from layers.coverage.network_choice import NetworkChoice

    value = document.coverage_distance
    return value if isinstance(value, NetworkChoice) else None


def capture(document: MapDocument, name: str) -> Scenario:
    """Name the map's present state as a scenario (replacing one of that name) and return it."""
    from layers.siting.document import SITES_LAYER_NAME

    if not name.strip():
        raise UserError(translate("scenarios", "scenario: give it a name"))
    scenario = Scenario(name.strip(), distance=_distance(document))
    for layer in document.service_layers():
        if made_as(layer, SITES_LAYER_NAME):
            scenario.sites = [(float(g.x), float(g.y)) for g in layer.data.geometry]
            scenario.sites_sector, scenario.sites_radius_m = layer.kind.value, float(layer.radius_m or 0.0)
            scenario.sites_fields = _fields_of(layer.data)
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
    gone = translate("scenarios", "scenario {name}: layer {layer} is no longer on the map")
    notes = [gone.format(name=repr(scenario.name), layer=repr(n)) for n in scenario.layers if n not in by_name]
    for name, (shown, radius, threshold) in scenario.layers.items():
        if name in by_name:
            layer = by_name[name]
            layer.visible, layer.radius_m, layer.service_threshold = shown, radius, threshold
    old = next((lyr for lyr in document.layers if made_as(lyr, SITES_LAYER_NAME)), None)
    if old is not None:
        document.layers.remove(old)
    if scenario.sites:
        xs, ys = zip(*scenario.sites, strict=True)
        data = gpd.GeoDataFrame(_sites_table(scenario), geometry=gpd.points_from_xy(xs, ys), crs=WORK_CRS)
        document.layers.append(Layer(data, translate("siting", SITES_LAYER_NAME), kind=LayerKind(scenario.sites_sector),
                                     radius_m=scenario.sites_radius_m, derived=True, key=SITES_LAYER_NAME,
                                     source="scenario",
                                     note=translate("scenarios", "proposed (derived), scenario {name}").format(
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
        self.text = translate("undo", "switch to scenario {name}").format(name=self.name)

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
        specs.append(ServiceSpec(f"{prefix}{PROPOSED}", gpd.GeoDataFrame(geometry=gpd.points_from_xy(xs, ys),
                                                                       crs=WORK_CRS),
                                 scenario.sites_radius_m, scenario.sites_sector))
    return specs


def dock_names(names: list[str], prefix: str) -> dict[str, str]:
    """Each of a scenario's spec ``names`` (named apart by ``prefix``) -> its layer's name on the map (the
    proposal: the proposed sites layer's), whose minutes along a network it takes."""
    from layers.siting.document import SITES_LAYER_NAME

    out = {}
    for name in names:
        own = name[len(prefix):] if name.startswith(prefix) else name
        out[name] = SITES_LAYER_NAME if own == PROPOSED else own
    return out


def comparison_inputs(document: MapDocument, a: Scenario, b: Scenario, population: PopulationSource | None,
                      targets: Targets, zones: Any = None) -> tuple[Any, list[str], list[str]]:
    """What :func:`run_compare` measures (read from the map on the caller's thread): the coverage inputs with
    both scenarios' layers (on ``zones`` where given: the Coverage dock's), and the names of each one's."""
    from layers.siting.document import coverage_inputs

    inputs = coverage_inputs(document, population, targets, zones)
    spec_a, spec_b = _specs(document, a, PREFIXES[0]), _specs(document, b, PREFIXES[1])
    if not spec_a and not spec_b:
        raise UserError(translate("scenarios", "scenarios {a} and {b} have no shown layer with features to "
                                               "compare").format(a=repr(a.name), b=repr(b.name)))
    inputs.services = spec_a + spec_b
    return inputs, [s.name for s in spec_a], [s.name for s in spec_b]


def network_requests(document: MapDocument, *chosen: Scenario) -> tuple[Any, ...]:
    """Per scenario, what measuring it along the network it was saved with needs (the line layer's features, a
    copy, and the choice; :class:`~layers.coverage.network_choice.NetworkRequest`), None for a straight line;
    read on the caller's thread, the network is built in the task.  Refused where the line layer is gone."""
    from layers.coverage.network_choice import NetworkRequest, chosen_network_layer

    out: list[NetworkRequest | None] = []
    for scenario in chosen:
        choice = scenario.distance
        if choice is None:
            out.append(None)
            continue
        layer = chosen_network_layer(document.layers, choice)
        if layer is None:
            raise UserError(translate(
                "scenarios", "scenario {name} measures along the network layer {layer}, which is not loaded: load "
                             "it again, or save the scenario again with another distance").format(
                name=repr(scenario.name), layer=repr(choice.layer)))
        out.append(NetworkRequest(layer.data.copy(), choice))
    return tuple(out)


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
