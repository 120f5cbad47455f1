"""The Compute task along a network (:func:`run_along`) and the choice of task (:func:`compute_task`), apart from
:mod:`.network_choice` because they call :func:`layers.coverage.live.run`, which the live module's mixin must not
import back.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from layers.coverage.live import Computed, LiveCoverage, run
from layers.coverage.network_choice import (
    STRAIGHT,
    NetworkRequest,
    add_straight_shares,
    measure_along,
    reach_note,
)
from layers.errors import UserError
from layers.i18n import format_number, translate
from layers.network.profiles import mode_word
from layers.tasks import CancelledFn, ProgressFn, check_cancelled, never_cancelled, no_progress, sub_progress

if TYPE_CHECKING:
    from layers.coverage.engine import CoverageInputs
    from layers.network.graph import Network


def compute_task(live: LiveCoverage, inputs: CoverageInputs) -> tuple[Callable[..., Computed], tuple[Any, ...]]:
    """The Compute task of ``live`` and its arguments: :func:`layers.coverage.live.run` for a straight line,
    :func:`run_along` along the chosen network (raises :class:`UserError` when its layer is gone)."""
    request = live.network_request()
    return (run, (inputs,)) if request is None else (run_along, (inputs, request))


def request_network(request: NetworkRequest, progress: ProgressFn = no_progress) -> Network:
    """The routable network of ``request``'s line layer (in a task: what Compute, the unique coverage and the
    scenario comparison along a network build first)."""
    from layers.network.graph import build_network
    from layers.network.tags import normalise

    choice = request.choice
    progress(0.0, f"building the {choice.mode} network of {choice.layer}")
    lines = normalise(request.lines)  # an OSM extract's lines: only its highways are ways
    if lines.empty:
        raise UserError(translate("coverage", "network layer {layer!r}: has no lines to route on; choose a road or "
                                              "path layer or a straight line").format(layer=choice.layer))
    return build_network(lines, choice.layer)


def run_along(inputs: CoverageInputs, request: NetworkRequest, progress: ProgressFn = no_progress,
              cancelled: CancelledFn = never_cancelled) -> Computed:
    """The Compute task along a network: build the routable graph of the layer's lines, then Compute
    (:func:`layers.coverage.live.run`) with every layer along it and its straight-line copy beside it."""
    choice = request.choice
    where = f"network layer {choice.layer!r}"
    network = request_network(request, progress)
    check_cancelled(cancelled)
    minutes = {s.name: choice.minutes_for(s.name, s.radius_m) for s in inputs.services} if choice.minutes else None
    if minutes:
        inputs.curve = False  # the dock's curve is drawn against metres: none for a reach in minutes
    measure_along(inputs, network, choice.mode, choice.snap_m, where, minutes)
    computed = run(inputs, sub_progress(progress, 0.15, 1.0), cancelled)
    for copy in [n for n in computed.engine.services if n.endswith(STRAIGHT)]:
        _ = computed.engine.services[copy].distance  # in the task: the first slider move reads them at once
    along = [n for n in computed.result.radii_m if not n.endswith(STRAIGHT)]
    if not along:
        raise UserError(translate("coverage", "{where}: no service layer reaches the network within {snap:g} m: "
                                              "{why}").format(where=where, snap=choice.snap_m,
                                                              why="; ".join(computed.engine.warnings)))
    add_straight_shares(computed.engine, computed.result, {n: computed.result.radii_m[n] for n in along})
    computed.result.method = translate(
        "coverage", "distances along the network {layer} ({mode}; {edges} edges; places more than {snap} m from a "
        "{mode} way are unreachable); a cell counts whole by its sample; straight-line shares beside them. ").format(
            layer=choice.layer, mode=mode_word(choice.mode), edges=format_number(network.n_edges),
            snap=format_number(choice.snap_m, 0 if choice.snap_m == round(choice.snap_m) else 1)) \
        + reach_note(computed.result.reach_min, choice.mode) + computed.result.method
    return computed
