"""The service threshold as a prepared dimension of the coverage check: a threshold change answers instantly.

A stop layer with departures per hour (``per_hour``, :mod:`layers.transit`) serves, at threshold ``t``, with
the stops that have at least ``t`` an hour.  Which stops those are depends only on the smallest ``per_hour`` at
or above ``t``, so every threshold falls into one of a few *steps*: the thresholds the threshold box offers
(:data:`STEPS_PER_H`, the headways planners write: every 120, 60, 30, 20, 15, 12, 10, 7.5, 6, 5, 4, 3, 2 and
1 minutes) and the layer's own, each mapped to the stop set it keeps (thresholds keeping the same stops share
one).  Compute prepares each step once (:func:`prepare_steps`, in the task, off the GUI thread): the layer's
index, block bounds and every sample's distance, exactly what Compute prepares for the layer at that threshold.

A threshold change then swaps the layer's prepared service for the step's (:func:`follow_threshold`): the
numbers are a compare of that step's distances with the radius, as for a radius change, and they are the
numbers a fresh Compute at the threshold gives (the same preparation of the same stops).  A threshold no stop
meets, or one off the prepared steps, is prepared on first use and kept.  The steps are kept beside the engine
(a weak mapping, so that they go with it) rather than in it: the engine's other jobs do not need to know.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Protocol
from weakref import WeakKeyDictionary

import numpy as np

from layers.coverage.distances import build_service
from layers.coverage.feature_index import KdTree
from layers.coverage.inputs import ServiceSpec
from layers.i18n import translate
from layers.model import Layer, LayerEvent, LayerListEvent
from layers.tasks import CancelledFn, ProgressFn, check_cancelled, never_cancelled, no_progress
from layers.transit.levels import THRESHOLD_STEPS

if TYPE_CHECKING:
    import geopandas as gpd

    from layers.coverage.engine import CoverageEngine
    from layers.coverage.samples import Samples
    from layers.coverage.state import Service
    from layers.events import Event

STEPS_PER_H = THRESHOLD_STEPS  # the headways 120, 60, 30, 20, 15, 12, 10, 7.5, 6, 5, 4, 3, 2, 1 min, as per hour
ANY = None  # the threshold "any": every stop serves
Key = float | None  # a step: the smallest departures per hour of its stops (ANY: every stop; inf: none)


@dataclass
class SteppedSpec(ServiceSpec):
    """A service spec of a layer with departures per hour: ``data`` are the stops meeting ``threshold``,
    ``every_stop`` all of them (what the other steps are cut from)."""

    every_stop: gpd.GeoDataFrame | None = None
    threshold: float | None = None


def per_hour_of(data: gpd.GeoDataFrame) -> np.ndarray:
    """Departures per hour of each feature; a missing or non-numeric count meets no threshold (-1)."""
    import pandas as pd

    return np.nan_to_num(pd.to_numeric(data["per_hour"], errors="coerce").to_numpy(dtype=float), nan=-1.0)


def step_key(levels: np.ndarray, threshold: float | None) -> float | None:
    """The stop set ``threshold`` keeps, named by the smallest level (sorted distinct ``per_hour``) at or above
    it: None keeps every stop (also a threshold at or below every stop's level), ``inf`` none."""
    if threshold is None or not len(levels) or threshold <= levels[0]:
        return ANY
    i = int(np.searchsorted(levels, threshold, side="left"))
    return float(levels[i]) if i < len(levels) else float("inf")


class ThresholdSteps:
    """One layer's prepared services, one per stop set (step key); ``current`` is the threshold shown."""

    def __init__(self, engine: CoverageEngine, spec: SteppedSpec, service: Service) -> None:
        assert spec.every_stop is not None
        self.engine = engine
        self.every_stop = spec.every_stop
        self.per_hour = per_hour_of(spec.every_stop)
        self.levels = np.unique(self.per_hour[self.per_hour >= 0])
        self.current = spec.threshold
        self.prepared: dict[float | None, Service | None] = {step_key(self.levels, spec.threshold): service}
        self.template = spec

    def service(self, threshold: float | None) -> Service | None:
        """The prepared service of ``threshold``'s stop set (prepared now when it is not yet); None where no stop
        meets it."""
        key = step_key(self.levels, threshold)
        if key not in self.prepared:
            self.prepared[key] = self._prepare(key)
        return self.prepared[key]

    def _prepare(self, key: float | None, distance: bool = True) -> Service | None:
        """The step's service as Compute prepares it (index, block bounds; with ``distance`` every sample's)."""
        if key == float("inf"):
            return None
        kept = self.every_stop if key is ANY else self.every_stop[self.per_hour >= key]
        spec = dataclasses.replace(self.template, data=kept, threshold=key)
        service, _problems = build_service(self.engine, spec)
        if service is not None and distance:
            _ = service.distance  # every sample's distance: what the numbers answer from
        return service

    def prepare(self, thresholds: list[float | None], cancelled: CancelledFn = never_cancelled) -> None:
        """Prepare the stop sets of ``thresholds`` (each once).  For stops (points), every set's sample distances
        come from one query of the nearest few stops of every sample (a set's nearest is the first of them that
        meets its threshold); only samples none of whose few meets it are queried again, on the set's stops."""
        keys = list(dict.fromkeys(k for t in thresholds if (k := step_key(self.levels, t)) not in self.prepared))
        xy = _point_coordinates(self.every_stop)
        for key in keys:
            check_cancelled(cancelled)
            self.prepared[key] = self._prepare(key, distance=xy is None)
        built = {k: s for k in keys if (s := self.prepared[k]) is not None}
        if xy is not None and built:
            upper = next(iter(built.values())).upper
            for key, d in nested_distances(xy, self.per_hour, list(built), self.engine.samples, upper, cancelled):
                built[key].distance = d


NEAREST_FEW = 8  # stops per sample in the one shared query


def _point_coordinates(data: gpd.GeoDataFrame) -> np.ndarray | None:
    """The stops' (x, y) where every feature is a point (else None: the steps are prepared one by one)."""
    from layers.coverage.tables import point_xy

    return point_xy(data)


def nested_distances(xy: np.ndarray, per_hour: np.ndarray, keys: list[float | None], samples: Samples,
                     upper: float, cancelled: CancelledFn = never_cancelled) -> Iterator[tuple[Key, np.ndarray]]:
    """(key, float32 distance of every sample to the nearest stop with ``per_hour >= key``, ``inf`` beyond
    ``upper``) for each key; the same numbers as a query of the key's stops alone (the same coordinates)."""
    at = np.c_[samples.x, samples.y]
    k = min(NEAREST_FEW, len(xy))
    d, i = KdTree(xy).query(at, k=k, workers=-1, distance_upper_bound=upper)
    d, i = d.reshape(len(at), k), i.reshape(len(at), k)
    level = np.append(per_hour, np.nan)[i]  # a missing neighbour (i == len(xy)) meets nothing
    more = i[:, -1] < len(xy)  # all few found are real stops: a farther one within ``upper`` may meet the key
    rows = np.arange(len(at))
    for key in keys:
        check_cancelled(cancelled)
        meets = level >= (-np.inf if key is ANY else key)
        first = meets.argmax(axis=1)
        found = meets[rows, first]
        out = np.where(found, d[rows, first], np.inf)
        again = np.flatnonzero(~found & more)
        if len(again):
            out[again] = KdTree(xy[per_hour >= (-np.inf if key is ANY else key)]).query(
                at[again], workers=-1, distance_upper_bound=upper)[0]
        yield key, out.astype(np.float32)


class LiveCheck(Protocol):
    """What :func:`follow_threshold` moves of a :class:`layers.coverage.live.LiveCoverage` (named by its parts:
    this module is imported below it)."""

    engine: CoverageEngine | None
    result: Any
    layers: dict[str, Layer]
    stale: str
    _answers: Any
    _current: Any
    _settled: Any

    def _update_numbers(self, moved: str | None) -> None: ...
    def _settle(self) -> None: ...
    def mark_stale(self, why: str) -> None: ...


_STEPS: WeakKeyDictionary[CoverageEngine, dict[str, ThresholdSteps]] = WeakKeyDictionary()


def steps_of(engine: CoverageEngine) -> dict[str, ThresholdSteps]:
    """The prepared steps of the engine's layers with departures per hour, by the layer's name in the check."""
    return _STEPS.get(engine, {})


def prepare_steps(engine: CoverageEngine, progress: ProgressFn = no_progress,
                  cancelled: CancelledFn = never_cancelled) -> None:
    """The last part of Compute's task: every sample's distance of every layer (the radius sliders'), then every
    step of each layer with departures per hour."""
    progress(0.0, "preparing the radius sliders")
    engine.prepare_all(cancelled)
    stepped = {n: s for n, s in engine.services.items() if isinstance(s.spec, SteppedSpec)
               and s.spec.every_stop is not None}
    _STEPS[engine] = steps = {}
    for k, (name, service) in enumerate(stepped.items()):
        progress(0.5 + 0.5 * k / len(stepped), f"preparing the service levels of {name}")
        spec = service.spec
        assert isinstance(spec, SteppedSpec)
        steps[name] = ThresholdSteps(engine, spec, service)
        steps[name].prepare([ANY, *STEPS_PER_H], cancelled)


def current_thresholds(engine: CoverageEngine, computed: dict[str, float]) -> dict[str, float]:
    """The thresholds the engine's layers are at now (``computed``: those of the Compute), layers at "any" left
    out, as :attr:`layers.coverage.result.CoverageResult.thresholds` records them."""
    now = dict(computed)
    for name, steps in steps_of(engine).items():
        now.pop(name, None)
        if steps.current is not None:
            now[name] = steps.current
    return now


def switch_threshold(engine: CoverageEngine, name: str, threshold: float | None) -> bool:
    """Put layer ``name`` at ``threshold`` from its prepared steps; False where it cannot be (no steps, or no
    stop meets the threshold: a fresh Compute would leave the layer out)."""
    steps = steps_of(engine).get(name)
    if steps is None or name not in engine.services:
        return False
    if steps.current == threshold:
        return True
    new = steps.service(threshold)
    if new is None:
        return False
    old = engine.services[name]
    if new is not old:
        new.spec.radius_m = old.spec.radius_m
        if new.upper < old.upper:  # a radius beyond the computed range moved the old one's: follow it
            new.upper, new.distance = old.upper, None
        engine.services[name] = new
    steps.current = threshold
    return True


def follow_threshold(live: LiveCheck, event: Event | Layer) -> bool:
    """The live check answers a layer's new threshold (a threshold-change ``event``, or the layer) from the
    prepared steps: numbers, curve, gaps and links move as for a radius.  False for any other event and where it
    cannot (the caller then marks the result out of date)."""
    from layers.coverage.live_numbers import CoverAnswers

    if not isinstance(event, Layer):
        if event.type != LayerListEvent.CHANGED or getattr(event, "what", None) != LayerEvent.THRESHOLD:
            return False
        event = event.layer
    layer, engine = event, live.engine
    name = next((n for n, lay in live.layers.items() if lay is layer), None)
    if engine is None or name is None or live.stale or not switch_threshold(engine, name, layer.service_threshold):
        return False
    live._answers, live._current, live._settled = CoverAnswers(engine), None, None
    live._update_numbers(None)
    live._settle()
    return True


def sync_thresholds(live: LiveCheck) -> None:
    """After a Compute is taken in: a threshold changed while it ran is answered from the steps, or marks the
    result out of date."""
    engine = live.engine
    if engine is not None and live.result is not None:  # the result's record: the thresholds it was computed at
        live.result.thresholds = current_thresholds(engine, live.result.thresholds)
    for name, layer in live.layers.items():
        steps = None if engine is None else steps_of(engine).get(name)
        if steps is not None and steps.current != layer.service_threshold and not follow_threshold(live, layer):
            live.mark_stale(translate("coverage", "the service threshold of layer {layer} changed").format(
                layer=repr(layer.name)))
