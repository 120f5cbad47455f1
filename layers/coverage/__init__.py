"""Coverage check: what share of each municipality's hot spots and in-between areas service layers reach.

The heavy work is done once: the zones are sampled on a fine stratified grid, once per region
(:mod:`.sampling`, :mod:`.cells`), and each service layer is indexed once (:mod:`.feature_index`).  The first
result measures the cells the radius edges cut exactly or from sub-samples (:mod:`.distances`, :mod:`.refine`);
every later radius, sector, target and the whole coverage curve are answered from per-sample distances
(:mod:`.slider`) without any geometry union.  :mod:`.engine` holds the facade over these and the task functions.
Accuracy is checked against an exact vector reference in ``tests/layers/coverage/test_coverage_accuracy.py``.
"""

from layers.coverage.engine import CoverageEngine, check, run
from layers.coverage.inputs import CoverageInputs, ServiceSpec
from layers.coverage.result import CoverageResult
from layers.coverage.zones import Zones, zones_from_document, zones_from_frames

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
