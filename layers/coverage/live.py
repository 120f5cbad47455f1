"""Live coverage, without Qt: compute once, then answer every radius and target change from the prepared engine.

:class:`LiveCoverage` is what the Coverage dock shows, kept outside the widget so that the window, exports and
tests read the same numbers: the prepared engine, each layer's radius (``layer.radius_m``), the targets, the rows
with their verdicts (:mod:`.verdict`), the summary, the curve (:mod:`.curve_series`), the gaps, the hot-spot links
and the three analysis layers it keeps in the document (:mod:`.derived`).  :meth:`LiveCoverage.set_radius` (a
slider released, a key step) is one undo step; :meth:`LiveCoverage.preview_radius` (a drag) only shows the numbers;
a radius changed anywhere else (layer panel, undo, a script) moves them too, without a new Compute.  Compute's work
is the task function :func:`run` (``run(inputs, progress, cancelled)``), taken in by :meth:`LiveCoverage.apply`;
events: :class:`CoverageEvent`.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING

from layers.coverage.curve_series import NO_CURVE, CurveData, slider_curve
from layers.coverage.derived import (
    GAP_LAYER_NAME,
    LINKS_LAYER_NAME,
    PASS_FAIL_LAYER_NAME,
    flag_out_of_date,
    is_analysis_layer,
    municipality_outlines,
    pass_fail_frame,
    remove_layer,
    show_gaps,
    show_links,
    show_pass_fail,
)
from layers.coverage.dock_texts import gap_entries, links_text
from layers.coverage.engine import SECTORS, CoverageEngine, CoverageInputs, check, hotspot_links
from layers.coverage.live_numbers import (
    CoverAnswers,
    Summary,
    ZoneRow,
    first_answers,
    municipality_verdicts,
    suggested_targets,
    zone_rows,
)
from layers.coverage.live_sources import LiveSources
from layers.coverage.network_choice import LiveNetwork, add_straight_shares, straight_covers
from layers.coverage.population_source import BY_AREA, basis_sentence, resolve
from layers.coverage.service_layers import service_specs, service_thresholds
from layers.coverage.staleness import document_change_reason, layer_change_reason
from layers.coverage.threshold_steps import current_thresholds, follow_threshold, prepare_steps, sync_thresholds
from layers.coverage.verdict import Targets
from layers.coverage.zone_sets import zones_text
from layers.coverage.zones import IN_BETWEEN
from layers.errors import UserError
from layers.events import Emitter, Event
from layers.i18n import translate
from layers.model import LayerEvent, LayerListEvent
from layers.names import name_lookup
from layers.tasks import CancelledFn, ProgressFn, check_cancelled, never_cancelled, no_progress, sub_progress

if TYPE_CHECKING:
    import geopandas as gpd

    from layers.coverage.connections import Connections
    from layers.coverage.result import CoverageResult
    from layers.coverage.verdict import Verdict
    from layers.document import MapDocument
    from layers.model import Layer
    from layers.undo import UndoStack


class CoverageEvent(StrEnum):
    COMPUTED = "computed"  # a new check is in: layers, radii, targets offered, method note (then NUMBERS and MAP)
    TARGETS = "targets"  # a target was set or removed (the target boxes follow)
    NUMBERS = "numbers"  # rows, verdicts, summary and curve changed (``moved``: the layer whose radius moved, or None)
    CURVE = "curve"  # only the curve changed (another zone selected)
    MAP = "map"  # gaps, links and the analysis layers were brought to the current radii
    STALE = "stale"  # an input changed after the Compute (``value``: why): the numbers are out of date
    CLEARED = "cleared"  # no check any more (a new or opened project): the dock shows nothing
    POPULATION = "population"  # another population source was chosen (``value``: it, or None); the next Compute
    ZONE_SET = "zone_set"  # another zone set was chosen (``value``: it, or None: hot spots / in-between)


COMPUTED, TARGETS, NUMBERS, CURVE, MAP, STALE, CLEARED, POPULATION, ZONE_SET = CoverageEvent

GAPS_LISTED = 200  # gaps offered in the dock's list (most people first)


@dataclass
class Computed:
    """What :func:`run` returns: the prepared engine, the first result and the inputs they came from."""

    engine: CoverageEngine
    result: CoverageResult
    inputs: CoverageInputs
    answers: CoverAnswers | None = None  # the first numbers and the curve's slider
    outlines: gpd.GeoDataFrame | None = None  # the municipalities' of the pass/fail map


def run(inputs: CoverageInputs, progress: ProgressFn = no_progress,
        cancelled: CancelledFn = never_cancelled) -> Computed:
    """The Compute task: prepare, evaluate, curves, gaps and hot-spot links at the inputs' radii, then every
    sample's distance (also at each threshold step) so that sliders and thresholds answer without geometry."""
    engine, result = check(inputs, sub_progress(progress, 0.0, 0.8), cancelled)
    check_cancelled(cancelled)
    prepare_steps(engine, sub_progress(progress, 0.8, 1.0), cancelled)  # layers.coverage.threshold_steps
    result.warnings = list(engine.warnings)
    computed = Computed(engine, result, inputs, first_answers(engine, result))  # not on the GUI thread: these
    try:  # and the outlines (a map colouring problem must not hide the numbers)
        computed.outlines = municipality_outlines(engine.zones.frame)
    except Exception as exc:
        result.warnings.append(translate("coverage", "pass/fail map not available: {error}").format(error=exc))
    progress(1.0, translate("coverage", "ready"))
    return computed


class LiveCoverage(LiveSources, LiveNetwork):
    """The coverage check of ``document``, live.  ``undo_stack`` (a :class:`layers.undo.UndoStack`): each
    :meth:`set_radius` is sealed as one step of it."""

    def __init__(self, document: MapDocument, undo_stack: UndoStack | None = None) -> None:
        self.document = document
        self.undo_stack = undo_stack
        self.events = Emitter(CoverageEvent)
        self._dropped: CoverageInputs | None = None  # the inputs of a Compute that a clear() made obsolete
        self._population_layer: Layer | None = None  # the layers the population source and zone set named when
        self._zone_layer: Layer | None = None  # chosen (LiveSources)
        self._network_layer: Layer | None = None  # the network layer of the last Compute (LiveNetwork)
        self._reset()
        document.layers.events.connect(self._on_layers)
        document.events.connect(self._on_document)

    def _reset(self) -> None:
        """No check: what the object holds before the first Compute (the targets stay)."""
        self.engine: CoverageEngine | None = None
        self.result: CoverageResult | None = None  # the computed result (at the radii of Compute)
        self.layers: dict[str, Layer] = {}  # the check's name of each service layer -> the layer
        self.radii: dict[str, float] = {}
        self.rows: list[ZoneRow] = []
        self.verdicts: dict[str, Verdict] = {}  # per municipality: its in-between area's
        self.summary: Summary | None = None
        self.curve: CurveData = NO_CURVE
        self.curve_layer: str | None = None  # the layer whose radius moved last: the curve is its
        self.selected_zone: int | None = None
        self.gaps: gpd.GeoDataFrame | None = None
        self.connections: Connections | None = None
        self.note = ""  # the method and the warnings of the last Compute
        self.stale = ""  # why the result is out of date (an input changed after the Compute), else ""
        self.population_basis = BY_AREA  # how the computed numbers count people ("by area": they do not)
        self._answers: CoverAnswers | None = None
        self._outlines: gpd.GeoDataFrame | None = None
        self._shown_passes: dict[str, bool] | None = None
        self._settled: dict[str, float] | None = None  # the radii of the gaps and links shown
        self._current: tuple[tuple, CoverageResult] | None = None
        self._computed_targets = Targets()
        self._pending: tuple[CoverageInputs, dict[str, Layer]] | None = None
        self._pending_basis = BY_AREA  # the population basis of the pending inputs
        self._pending_label = ""  # and its source in words (with its year)

    def clear(self) -> None:
        """Forget the check (the document now holds another map): a Compute still running is not taken in."""
        self._dropped = self._pending[0] if self._pending is not None else None
        self._reset()
        self._follow_sources()  # the sources of the map now held (a project's own)
        self.events.emit(CLEARED, self)

    def close(self) -> None:
        """Stop following the document's layers."""
        self.document.layers.events.disconnect(self._on_layers)
        self.document.events.disconnect(self._on_document)

    # ---- compute --------------------------------------------------------------------------------------------
    def inputs(self) -> CoverageInputs:
        """What Compute checks: the document's service layers with features at their radii, its zones and the
        chosen population source (none: by area); raises :class:`UserError` without a service layer."""
        doc = self.document
        shown = [layer for layer in doc.service_layers() if layer.visible]
        hidden = [layer.name for layer in doc.service_layers() if not layer.visible]
        pairs = [(layer, spec) for layer, spec in service_specs(shown) if len(layer.data)]
        if not pairs:
            raise UserError(translate("coverage", "no shown transport or energy layer with features: load one, set "
                                                  "its kind and tick it (hidden, so not counted: {names})").format(
                                names=", ".join(hidden)) if hidden else
                            translate("coverage", "no shown transport or energy layer with features: load one, set "
                                                  "its kind and tick it"))
        people = resolve(doc, self.population_source)
        services = [spec for _, spec in pairs]
        zones = self._zones()
        if people.missing:
            zones.warnings.append(people.missing)
        if hidden:
            zones.warnings.append(translate("coverage", "hidden layers are not counted: {names}").format(
                                      names=', '.join(hidden)))
        judged = self._judged({s.sector for s in services})
        inputs = CoverageInputs(zones, services, population=people.data, population_field=people.field,
                                targets=dict(judged.in_between), hotspot_targets=dict(judged.hotspot))
        self._pending = (inputs, {spec.name: layer for layer, spec in pairs})
        self._pending_basis = people.basis
        self._pending_label = self.population_label() if people.data is not None else ""
        return inputs

    def apply(self, computed: Computed) -> None:
        """Take in a finished Compute: the sliders start at the layers' radii."""
        if self._dropped is not None and computed.inputs is self._dropped:
            self._dropped = None  # started for the map the document held before clear()
            return
        engine, result = computed.engine, computed.result
        if self._pending is not None and self._pending[0] is computed.inputs:
            by_name = self._pending[1]
        else:  # computed elsewhere: match the document's service layers by name
            by_name = {spec.name: layer for layer, spec in service_specs(self.document.service_layers())}
        pending = self._pending is not None and self._pending[0] is computed.inputs
        basis = self._pending_basis if pending else resolve(self.document, self.population_source).basis
        self.population_basis = basis if computed.inputs.population is not None else BY_AREA
        self._pending = None
        self.engine, self.result = engine, result
        result.population_basis = self.population_basis
        result.population_source = (self._pending_label if pending else self.population_label()) \
            if self.population_basis != BY_AREA else ""
        self.layers = {n: by_name[n] for n in result.radii_m if n in by_name}
        self.radii, result.thresholds = dict(result.radii_m), service_thresholds(self.layers)
        self._answers = computed.answers if computed.answers is not None else CoverAnswers(engine)
        self._current, self._shown_passes, self._settled = None, None, None
        self._computed_targets = Targets(dict(computed.inputs.targets), dict(computed.inputs.hotspot_targets))
        self.curve_layer = next(iter(self.radii), None)
        if self.selected_zone is not None and self.selected_zone >= len(engine.zones.frame):
            self.selected_zone = None
        self.gaps, self.connections = result.gaps, result.connections
        self._outlines = computed.outlines  # made in the task, as the first numbers (computed.answers)
        self.note = self._method_note(result)
        self.stale = ""
        for name, layer in self.layers.items():  # a radius changed while computing counts
            if self.reach_of(name, layer) != self.radii[name]:
                self._set_engine_radius(name, self.reach_of(name, layer))
        self.events.emit(COMPUTED, self)
        self._update_numbers(None)
        self._settle()
        sync_thresholds(self)  # a threshold changed while computing counts

    def _method_note(self, result: CoverageResult) -> str:
        """The dock's status line after a Compute: how people are counted, the method, the warnings."""
        note = translate("coverage", "{basis}. Method: {method}.").format(
            basis=basis_sentence(self.population_basis), method=result.method)
        if self.document.region.schematic:
            note += translate("coverage", " Schematic region: areas are approximate.")
        if result.warnings:
            note += translate("coverage", " Warnings: {warnings}").format(warnings="; ".join(result.warnings))
        return note

    # ---- targets --------------------------------------------------------------------------------------------
    @property
    def sectors(self) -> set[str]:
        """The sectors that have layers in the check (only they are judged)."""
        engine = self.engine
        return set() if engine is None else {engine.services[n].spec.sector for n in self.radii}

    def judged_targets(self) -> Targets:
        """The targets of the sectors that have layers (only they are judged)."""
        return self._judged(self.sectors)

    def _judged(self, sectors: set[str]) -> Targets:
        return Targets({s: v for s, v in self.targets.items() if s in sectors},
                       {s: v for s, v in self.hotspot_targets.items() if s in sectors})

    @property
    def all_targets(self) -> Targets:
        """The planner's targets, kept in the document (projects keep them).  None until one is set: a default
        that fails every municipality says nothing."""
        return Targets.from_dict(self.document.coverage_targets, SECTORS)

    @property
    def targets(self) -> dict[str, float]:  # the in-between areas': sector -> share
        return dict(self.all_targets.in_between)

    @property
    def hotspot_targets(self) -> dict[str, float]:  # optional: hot spots judged too
        return dict(self.all_targets.hotspot)

    def set_target(self, sector: str, share: float | None, hotspot: bool = False) -> None:
        """The share in [0, 1] that ``sector``'s layers must reach in each in-between area (``hotspot``: in each
        hot spot); None (or 0) removes the target."""
        if sector not in SECTORS:
            raise ValueError(f"unknown sector {sector!r}; use one of {', '.join(SECTORS)}")
        old = self.all_targets
        new = old.with_target(sector, share, hotspot)
        if new == old:
            return
        self.document.coverage_targets = new.to_dict()
        self._current = None
        self._update_numbers(None)
        self.events.emit(TARGETS, self)

    def suggest_targets(self) -> dict[str, float]:
        """Set each sector's in-between target to what the best third of the judged zones (the in-between areas,
        or the zone set's target class) reach now; returns them (empty before a Compute)."""
        target = self.engine.zones.target if self.engine is not None else IN_BETWEEN
        suggested = suggested_targets(self.rows, sorted(self.sectors), target)
        for sector, share in suggested.items():
            self.set_target(sector, share)
        return suggested

    # ---- radii ----------------------------------------------------------------------------------------------
    def preview_radius(self, name: str, radius: float) -> None:
        """Show the numbers at ``radius`` for layer ``name`` without changing the layer (a slider being dragged);
        gaps and links wait for :meth:`set_radius`."""
        if self.engine is not None and name in self.radii:
            self._move(name, float(radius))

    def set_radius(self, name: str, radius: float) -> None:
        """Set layer ``name``'s radius (``layer.radius_m``, one undo step; reached in minutes along a network: its
        minutes, kept with the choice) and bring everything to it."""
        if self.engine is None or name not in self.radii:
            return
        layer = self.layers.get(name)
        if layer is not None and layer in self.document.layers and not self.set_reach_minutes(name, radius):
            layer.radius_m = float(radius)  # heard back in _on_layers, which moves the numbers
        self._move(name, float(radius))
        self._settle()
        if self.undo_stack is not None:
            self.undo_stack.seal()  # the next change, even within the merge window, is a step of its own

    # ---- out of date --------------------------------------------------------------------------------------
    def mark_stale(self, why: str) -> None:
        """The result no longer matches the map (``why``): the dock says so, the analysis layers are flagged and
        exports carry it, until the next Compute.  A radius of a layer in the check is not a reason: the
        numbers follow it."""
        if self.result is None or self.stale:
            return
        self.stale = why
        self._current = None
        flag_out_of_date(self.document.layers, why)
        self.events.emit(STALE, self, value=why)

    def _on_document(self, event: Event) -> None:
        why = document_change_reason(event)
        if why is not None:
            self.mark_stale(why)

    def _on_layers(self, event: Event) -> None:
        if self.result is not None and event.type != LayerListEvent.MOVED and not follow_threshold(self, event):
            why = layer_change_reason(event, list(self.layers.values()), self._population_layer, self._zone_layer,
                                      self._network_layer)
            if why is not None:
                self.mark_stale(why)
        if event.type == LayerListEvent.CHANGED and event.what == LayerEvent.NAME:
            self._follow_rename(event.layer)
            self._follow_network_rename(event.layer, event.data.get("old"))
        if event.type != LayerListEvent.CHANGED or event.what != LayerEvent.RADIUS or self.engine is None:
            return
        name = next((n for n, layer in self.layers.items() if layer is event.layer), None)
        if name is None:
            return
        self._move(name, self.reach_of(name, event.layer))
        self._settle()

    def _move(self, name: str, radius: float) -> None:
        if self.radii.get(name) == radius and self.curve_layer == name:
            return
        self._set_engine_radius(name, radius)
        self.curve_layer = name
        self._current = None
        self._update_numbers(name)

    def _set_engine_radius(self, name: str, radius: float) -> None:
        """Keep the engine at the radius; one beyond its computed distances widens them (answers start again)."""
        assert self.engine is not None
        service = self.engine.services[name]
        upper = service.upper
        self.engine.set_radius(name, radius)
        if service.upper != upper:
            self._answers = CoverAnswers(self.engine)
        self.radii[name] = radius

    # ---- numbers --------------------------------------------------------------------------------------------
    @property
    def passes(self) -> dict[str, bool]:
        return {m: bool(v.passed) for m, v in self.verdicts.items()}

    @property
    def shares(self) -> dict[str, float | None]:
        """Per municipality: the share of the sector furthest below its target."""
        return {m: v.share for m, v in self.verdicts.items()}

    def _sector_names(self) -> dict[str, list[str]]:
        assert self.engine is not None
        services = self.engine.services
        named = {sector: [n for n in self.radii if services[n].spec.sector == sector] for sector in SECTORS}
        return {sector: names for sector, names in named.items() if names}

    def _update_numbers(self, moved: str | None) -> None:
        engine, answers = self.engine, self._answers
        if engine is None or answers is None:
            return
        total = answers.cover(list(self.radii), self.radii, moved)
        sectors = {sector: answers.cover(names, self.radii, moved) for sector, names in self._sector_names().items()}
        targets = self.judged_targets()
        straight = straight_covers(answers, self._sector_names(), self.radii)  # along a network: the circles'
        self.rows = zone_rows(engine, total, sectors, targets, straight)
        self.verdicts = municipality_verdicts(self.rows, engine.zones.target)
        self.summary = Summary.of(self.rows, self.verdicts, targets, self.population_basis, engine.zones.target,
                                  zones_text(engine.zones.zone_set), self.result.population_source
                                  if self.result is not None else "")
        self.curve = self._curve()
        self.events.emit(NUMBERS, self, moved=moved)
        if moved is None or self.passes != self._shown_passes:
            self._show_pass_fail()

    def select_zone(self, row: int | None) -> None:
        """The curve of zone ``row``'s municipality (None: of the region)."""
        self.selected_zone = row
        self.curve = self._curve()
        self.events.emit(CURVE, self)

    def _curve(self) -> CurveData:
        engine, answers, name, result = self.engine, self._answers, self.curve_layer, self.result
        if engine is None or answers is None or name is None or result is None or not result.curve_radii_m:
            return NO_CURVE
        sector = engine.services[name].spec.sector
        names = self._sector_names()[sector]  # the moved layer's sector: its target is what the curve is read for
        query = answers.slider(names, self.radii, name)
        others = [n for n in names if n != name]
        places = name_lookup(self.document.region.municipalities) if self.selected_zone is not None else None
        return slider_curve(engine, query, result.curve_radii_m, name, self.radii[name], others, self.selected_zone,
                            sector, places)

    def current_result(self) -> CoverageResult | None:
        """The result at the current radii and targets (what exports show), computed exactly (with refinement)
        from the prepared engine and kept until a radius or target changes; the computed result itself while
        nothing has moved."""
        result, engine = self.result, self.engine
        if result is None or engine is None:
            return result
        targets, thresholds = self.judged_targets(), current_thresholds(engine, result.thresholds)
        key = (tuple(sorted(self.radii.items())), targets, thresholds)
        if self._current is None or self._current[0] != key:
            if key == (tuple(sorted(result.radii_m.items())), self._computed_targets, result.thresholds):
                current = result
            else:
                current = engine.evaluate(radii=self.radii, names=list(self.radii), targets=targets)
                add_straight_shares(engine, current, self.radii)  # along a network: the circles' shares beside
                current.gaps = self.gaps
                current.connections = hotspot_links(engine, self.radii)
                current.curve_radii_m, current.curves = result.curve_radii_m, result.curves
                current.population_basis, current.thresholds = result.population_basis, thresholds
                current.population_source, current.method = result.population_source, result.method
            if self.stale:
                stale = translate("coverage", "out of date: {why}").format(why=self.stale)
                current = dataclasses.replace(current, stale=self.stale, warnings=[*current.warnings, stale])
            self._current = (key, current)
        return self._current[1]

    # ---- the analysis layers --------------------------------------------------------------------------------
    def _settle(self) -> None:
        """Gaps, links and the analysis layers at the current radii (after a slider is released)."""
        engine, result = self.engine, self.result
        if engine is None or result is None or self._settled == self.radii:
            return
        at_compute = (self.radii, current_thresholds(engine, result.thresholds)) == (result.radii_m, result.thresholds)
        self.gaps = result.gaps if at_compute and result.gaps is not None else \
            engine.gaps(self.radii, list(self.radii), zone_kind=engine.zones.target)
        self.connections = result.connections if at_compute else hotspot_links(engine, self.radii)
        layers = self.document.layers
        show_gaps(layers, self.gaps, engine.zones.target, engine.zones.zone_set)
        self._show_pass_fail()
        if self.connections is None or self.connections.lines is None:
            remove_layer(layers, LINKS_LAYER_NAME)  # a previous check's network no longer applies
        else:
            show_links(layers, self.connections.lines)
        self._settled = dict(self.radii)
        self.events.emit(MAP, self)

    def _show_pass_fail(self) -> None:
        """The municipalities coloured pass/fail on the map (the in-between verdict, as in the table)."""
        if self._outlines is None:
            return
        passes = self.passes
        if not self.verdicts:  # no target (any more): no colours that would claim a verdict
            remove_layer(self.document.layers, PASS_FAIL_LAYER_NAME)
        else:
            vs = self.verdicts
            frame = pass_fail_frame(self._outlines, passes, self.shares, {m: v.target for m, v in vs.items() if
                                    v.target is not None}, {m: v.note for m, v in vs.items()},
                                    {m: v.reason for m, v in vs.items()})
            zones = self.engine.zones if self.engine is not None else None
            show_pass_fail(self.document.layers, frame, *((zones.target, zones.zone_set) if zones else ()))
        self._shown_passes = passes

    def gap_layer(self) -> Layer | None:
        """The map layer of the gaps (its row ``k`` is entry ``k`` of :meth:`gap_entries`), if it is shown."""
        return next((lyr for lyr in self.document.layers if is_analysis_layer(lyr, GAP_LAYER_NAME)), None)

    def gap_entries(self) -> list[tuple[str, tuple[float, float, float, float]]]:
        """The gap list's texts and bounds, most people then largest first (entry ``k``: row ``k`` of the layer)."""
        places = name_lookup(self.document.region.municipalities)
        return gap_entries(self.gaps, self.population_basis, GAPS_LISTED, places)

    def links_text(self) -> str:
        """The line about the hot-spot links under the gap list."""
        places = name_lookup(self.document.region.municipalities)
        return "" if self.result is None else links_text(self.connections, places)
