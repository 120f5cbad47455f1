"""Count the loaded feeds' stops again for another day or time window, keeping their layers.

A planner who loaded a feed for the default day (the next ordinary weekday) and the morning peak asks next about
a Saturday or the evening: the stops keep their layer (style, radius, service threshold, place in the list) and
only their service columns change.  :func:`feed_stop_layers` finds the stop layers of loaded feeds (those
:mod:`app.io.gtfs_open` made: departures per hour, the feed as their source), :func:`recount` is the task
(``run(inputs, progress, cancelled)``, off the GUI thread) and :func:`apply_recount` puts the new stops in,
which the coverage check hears as changed features (its result is then out of date until Compute).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from layers.tasks import CancelledFn, ProgressFn, check_cancelled, never_cancelled, no_progress, sub_progress
from layers.transit.task import DEFAULT_WINDOW, TransitInputs, TransitResult, run

if TYPE_CHECKING:
    from layers.model import Layer

_COUNTED = re.compile(r"GTFS, (?P<day>\d{4}-\d\d-\d\d) \((?P<reason>[^)]*)\), departures "
                      r"(?P<start>\d\d):(?P<sm>\d\d)-(?P<end>\d\d):(?P<em>\d\d)")


def counted_note(result: TransitResult) -> str:
    """The note a feed's layers carry: the day (and why it), the window, and what was dropped."""
    when = f"GTFS, {result.day.isoformat()} ({result.day_reason}), departures {result.window_text}"
    return when + ("; " + "; ".join(result.notes) if result.notes else "")


def counted_at(layer: Layer) -> tuple[dt.date, tuple[int, int]] | None:
    """The day and window a feed's stop layer was counted for (from its note), or None when it does not say."""
    m = _COUNTED.search(layer.note or "")
    if not m:
        return None
    window = (int(m["start"]) * 3600 + int(m["sm"]) * 60, int(m["end"]) * 3600 + int(m["em"]) * 60)
    return dt.date.fromisoformat(m["day"]), window


def feed_stop_layers(layers: Iterable[Layer]) -> list[Layer]:
    """The stop layers of loaded feeds: departures per hour, and a feed (zip or folder) that still exists as
    their source (a project's copy of the stops without the feed cannot be counted again)."""
    from layers.transit.feed import is_gtfs_path

    out = []
    for layer in layers:
        if layer.derived or "per_hour" not in layer.data.columns or not layer.source:
            continue
        path = Path(layer.source)
        if path.exists() and is_gtfs_path(path):
            out.append(layer)
    return out


@dataclass(frozen=True)
class RecountInputs:
    """The feeds to count again and when: ``day`` None is each feed's next ordinary weekday."""

    paths: tuple[Path, ...]
    day: dt.date | None = None
    window: tuple[int, int] = DEFAULT_WINDOW


def recount(inputs: RecountInputs, progress: ProgressFn = no_progress,
            cancelled: CancelledFn = never_cancelled) -> list[TransitResult]:
    """Each feed's stops counted for the day and window (no route lines: the layers keep theirs)."""
    if not inputs.paths:
        raise ValueError("no feed to count again")
    out = []
    n = len(inputs.paths)
    for k, path in enumerate(inputs.paths):
        check_cancelled(cancelled)
        out.append(run(TransitInputs(path, day=inputs.day, window=inputs.window, routes=False),
                       sub_progress(progress, k / n, (k + 1) / n), cancelled))
    return out


def apply_recount(layer: Layer, result: TransitResult) -> None:
    """Put the newly counted stops into ``layer`` (best-served drawn last, as when loaded) and say when they were
    counted in its note; its style, radius and threshold stay."""
    layer.data = result.stops.sort_values("per_hour", kind="stable").reset_index(drop=True)
    layer.note = counted_note(result)
