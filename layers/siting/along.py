"""The window's siting tasks along a network: *What each facility adds* and *Compare scenarios* measure along the
network the Coverage dock's Distance row chose (a scenario: the one it was saved with), as Compute does.

The network is built in the task (:func:`layers.coverage.network_compute.request_network`), each distinct line
layer once, and each service layer becomes a network layer by the rule Compute and ``regionmap coverage
--network`` use (:func:`layers.coverage.network_choice.measure_along`), without the straight-line copies Compute
keeps beside them for its side-by-side shares: what only a feature covers, and what a scenario gains or loses,
are counted along the network alone.

Reach in minutes: where the choice reaches in minutes, each layer reaches as far as its minutes (the dock's for
that layer, else its radius at the mode's default speed: :meth:`NetworkChoice.minutes_for`), as ``--layer
PATH:5min`` does on the command line: the layer's radius is then a travel time, and the network's cost of a way
is its length at the speed of its road class for the mode, the walk to the way at the mode's default speed.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from layers.i18n import QT_TRANSLATE_NOOP, format_number, translate
from layers.tasks import CancelledFn, ProgressFn, check_cancelled, never_cancelled, no_progress, sub_progress

if TYPE_CHECKING:
    from layers.coverage.inputs import CoverageInputs, ServiceSpec
    from layers.coverage.network_choice import NetworkChoice, NetworkRequest
    from layers.network.graph import Network

# the modes as the notes name them (English sources, shown translated)
MODE_NAMES = {"walk": QT_TRANSLATE_NOOP("siting", "walking"), "bike": QT_TRANSLATE_NOOP("siting", "cycling"),
              "car": QT_TRANSLATE_NOOP("siting", "driving")}


def along_specs(inputs: CoverageInputs, specs: Sequence[ServiceSpec], network: Network, choice: NetworkChoice,
                layer_names: Mapping[str, str] | None = None) -> list[ServiceSpec]:
    """``specs`` measured along ``network`` as ``choice`` says (mode, snap limit, minutes); ``layer_names``: a
    spec's layer name in the dock where its name differs (a scenario's ``a: Stops``), whose minutes it takes."""
    from layers.coverage.network_choice import measure_along
    from layers.coverage.network_distances import NetworkServiceSpec

    names = layer_names or {}
    minutes = ({s.name: choice.minutes_for(names.get(s.name, s.name), s.radius_m) for s in specs}
               if choice.minutes else None)
    holder = dataclasses.replace(inputs, services=list(specs), selection=None)
    measure_along(holder, network, choice.mode, choice.snap_m, f"network layer {choice.layer!r}", minutes)
    return [s for s in holder.services if isinstance(s, NetworkServiceSpec)]  # not the straight-line copies


def build_networks(requests: Sequence[NetworkRequest | None], progress: ProgressFn = no_progress,
                   cancelled: CancelledFn = never_cancelled) -> dict[str, Network]:
    """The network of each distinct line layer the ``requests`` name, built once (by the layer's name; two
    choices of one layer in other modes share it: its graphs are per mode)."""
    from layers.coverage.network_compute import request_network

    distinct = {r.choice.layer: r for r in requests if r is not None}
    out: dict[str, Network] = {}
    for i, (name, request) in enumerate(distinct.items()):
        check_cancelled(cancelled)
        out[name] = request_network(request, sub_progress(progress, i / len(distinct), (i + 1) / len(distinct)))
    check_cancelled(cancelled)
    return out


def reaching(services: Sequence[ServiceSpec], prepared: Mapping[str, object], choice: NetworkChoice,
             warnings: Sequence[str]) -> None:
    """Refuse a measurement along a network that no layer reaches (each too far from a usable way): a table
    of zeros would look like an answer."""
    from layers.errors import UserError

    if services and not any(s.name in prepared for s in services):
        raise UserError(translate("siting", "network layer {layer}: no service layer is within {snap} m of a way "
                                            "to measure along; choose a larger snap distance or another network")
                        .format(layer=repr(choice.layer), snap=format_number(choice.snap_m))
                        + (": " + "; ".join(warnings) if warnings else ""))


def measured_note(choice: NetworkChoice | None) -> str:
    """How a measurement was made, for a layer's note and the status line: along which network (its mode, snap
    limit and whether the reach is minutes) or in a straight line."""
    if choice is None:
        return translate("siting", "measured in a straight line")
    mode = translate("siting", MODE_NAMES.get(choice.mode, choice.mode))
    text = translate("siting", "measured along the network {layer} ({mode}; places more than {snap} m from a way "
                               "are unreachable)").format(layer=choice.layer, mode=mode,
                                                         snap=format_number(choice.snap_m))
    if choice.minutes:
        text += translate("siting", ", each layer's reach in minutes of travel")
    return text
