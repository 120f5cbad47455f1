"""Siting: where new stops, chargers or services would reach the most uncovered people (or area), and what each
existing facility adds that nothing else covers.  Qt-free; built on the coverage engine (:mod:`layers.coverage`).

:func:`run` (:mod:`.task`) chooses sites by greedy maximal covering with lazy evaluation (:mod:`.greedy`) from
candidates (:mod:`.candidates`) over the coverage samples (:mod:`.sets`); :func:`unique_coverage`
(:mod:`.unique`) gives each facility's people and area that only it covers.
"""

from layers.siting.candidates import CandidateSource
from layers.siting.result import SitingResult
from layers.siting.task import SitingInputs, run
from layers.siting.unique import UniqueCoverage, unique_coverage

__all__ = ["CandidateSource", "SitingInputs", "SitingResult", "UniqueCoverage", "run", "unique_coverage"]
