"""Siting inputs from the open map: its zones, its shown service layers at their radii and thresholds, and the
population source the Coverage dock uses, so that the window proposes sites against the numbers it shows.

Unlike Compute, siting needs no existing layer (new chargers where there are none yet).  Nothing here touches the
live coverage state: the window's task runs on a copy of these inputs.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from layers.coverage.inputs import CoverageInputs
from layers.coverage.population_source import resolve
from layers.coverage.service_layers import service_specs
from layers.coverage.zones import zones_from_document
from layers.i18n import QT_TRANSLATE_NOOP
from layers.siting.task import SitingInputs

if TYPE_CHECKING:
    from layers.coverage.population_source import PopulationSource
    from layers.coverage.verdict import Targets
    from layers.coverage.zones import Zones
    from layers.document import MapDocument
    from layers.siting.candidates import CandidateSource

SITES_LAYER_NAME = QT_TRANSLATE_NOOP("siting", "Proposed sites")  # the key; named translated when made


def coverage_inputs(document: MapDocument, population: PopulationSource | None,
                    targets: Targets, zones: Zones | None = None) -> CoverageInputs:
    """The coverage inputs of ``document``: zones (default municipality x {hot spot, in-between}; the Coverage
    dock's zones where given, e.g. of a zone set), shown service layers (not an earlier proposal), people."""
    shown = [layer for layer in document.service_layers() if layer.visible and not _is_proposal(layer)]
    services = [spec for layer, spec in service_specs(shown) if len(layer.data)]
    people = resolve(document, population)
    zones = zones if zones is not None else zones_from_document(document)
    if people.missing:
        zones.warnings.append(people.missing)
    return CoverageInputs(zones, services, population=people.data, population_field=people.field,
                          targets=dict(targets.in_between), hotspot_targets=dict(targets.hotspot), gaps=False,
                          curve=False, connections=False)


def siting_inputs(document: MapDocument, population: PopulationSource | None, targets: Targets,
                  candidates: CandidateSource, count: int, radius_m: float, sector: str,
                  coverage_zones: Zones | None = None, **options: object) -> SitingInputs:
    """The inputs of :func:`layers.siting.run` for ``document`` (measured on ``coverage_zones`` where given: the
    Coverage dock's); ``options`` are :class:`SitingInputs`' own (``zones``: the classes whose gaps count)."""
    cov = coverage_inputs(document, population, targets, coverage_zones)
    return SitingInputs(cov, candidates, count, radius_m, sector, name=SITES_LAYER_NAME, **options)  # type: ignore[arg-type]


def _is_proposal(layer: object) -> bool:
    """An earlier proposal is not an existing layer: a new proposal replaces it."""
    return getattr(layer, "derived", False) and getattr(layer, "name", "") == SITES_LAYER_NAME
