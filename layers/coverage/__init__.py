"""Coverage check: what share of each municipality's hot spots and in-between areas service layers reach.

The heavy work is done once: the zones are sampled on a fine stratified grid, once per region
(:mod:`.sampling`, :mod:`.cells`), and each service layer is indexed once (:mod:`.feature_index`).  The first
result measures the cells the radius edges cut exactly or from sub-samples (:mod:`.distances`, :mod:`.refine`);
every later radius, sector, target and the whole coverage curve are answered from per-sample distances
(:mod:`.slider`) without any geometry union.  :mod:`.engine` holds the facade over these and the task functions.
Accuracy is checked against an exact vector reference in ``tests/layers/coverage/test_coverage_accuracy.py``.

The names below are imported on first use (PEP 562), not with the package: importing one module of the package
(``layers.coverage.zone_cache``, say) must not import the whole engine and the network routing with it, which
pulled pandas into every command that touched the package (0.5 s of a ``regionmap coverage`` run's start).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from layers.lazy import lazy_names

if TYPE_CHECKING:
    from layers.coverage.engine import CoverageEngine, check, run
    from layers.coverage.inputs import CoverageInputs, ServiceSpec
    from layers.coverage.result import CoverageResult
    from layers.coverage.zones import Zones, zones_from_document, zones_from_frames

_WHERE = {
    "CoverageEngine": "engine",
    "check": "engine",
    "run": "engine",
    "CoverageInputs": "inputs",
    "ServiceSpec": "inputs",
    "CoverageResult": "result",
    "Zones": "zones",
    "zones_from_document": "zones",
    "zones_from_frames": "zones",
}

__all__ = [
    "CoverageEngine",
    "CoverageInputs",
    "CoverageResult",
    "ServiceSpec",
    "Zones",
    "check",
    "run",
    "zones_from_document",
    "zones_from_frames",
]


__getattr__, __dir__ = lazy_names("layers.coverage", _WHERE, globals())
