"""Recognise a population layer by its fields, not by its file name.

A file named ``..._grid_...`` may be an electricity grid or a population grid; its fields tell: Statistics
Finland's 1 km grid has ``vaesto`` (people), ``miehet``/``naiset`` and ``ika_0_14``-style age groups, HSY's grid
``asukkaita``, Paavo ``he_vakiy``, and many files simply ``population`` or ``pop2020``.  A field counts only when it
is numeric (a count), and names that describe a share or a density (``pop_density``, ``vaesto_osuus``) or an id
are not counts.  The load dialog uses :func:`population_guess` for its kind and its count-field combo.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import pandas as pd

# Words of a total head count, best first (a field whose name holds one of them, as a whole word).
TOTAL_WORDS: tuple[str, ...] = ("vaesto", "asukkaita", "asukkaat", "asukasmaara", "asukasluku", "population",
                                "inhabitants", "residents", "he_vakiy", "vakiy", "vaki", "pop")
# Words of a part of the population (sexes, age groups): the file is a population file, but a total is better.
PART_WORDS: tuple[str, ...] = ("miehet", "naiset", "ika", "he_miehet", "he_naiset")
# Words that make a number something other than a head count.
NOT_COUNT_WORDS: frozenset[str] = frozenset({
    "id", "fid", "density", "dens", "tiheys", "share", "osuus", "pct", "percent", "prosentti", "ratio", "rank",
    "km2", "per", "change", "muutos", "year", "vuosi"})


def _fold(name: str) -> str:
    """Lower case without accents (``Väestö`` -> ``vaesto``)."""
    decomposed = unicodedata.normalize("NFKD", name.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _words(name: str) -> list[str]:
    """The words of a field name: split at anything not a letter and between letters and digits."""
    return [w for w in re.split(r"[^a-z]+", _fold(name)) if w]


def _rank(name: str) -> int | None:
    """0.. for a total (the lower the better), 100.. for a part, None when the name is no head count."""
    folded = _fold(name)
    words = _words(name)
    if not words or NOT_COUNT_WORDS.intersection(words):
        return None
    for i, word in enumerate(TOTAL_WORDS):
        if ("_" in word and folded.startswith(word)) or word in words:
            return i
    for i, word in enumerate(PART_WORDS):
        if ("_" in word and folded.startswith(word)) or word in words:
            return 100 + i
    return None


def numeric_fields(frame: pd.DataFrame) -> tuple[str, ...]:
    """The fields that hold numbers (booleans are not counts), in the file's order."""
    import pandas as pd

    return tuple(str(c) for c in frame.columns if c != "geometry" and pd.api.types.is_numeric_dtype(frame[c])
                 and not pd.api.types.is_bool_dtype(frame[c]))


def population_fields(frame: pd.DataFrame) -> tuple[str, ...]:
    """The numeric fields named like a head count, the best guess first (totals before sexes and age groups)."""
    ranked = [(rank, i, name) for i, name in enumerate(numeric_fields(frame))
              if (rank := _rank(name)) is not None]
    return tuple(name for _, _, name in sorted(ranked))


@dataclass(frozen=True)
class PopulationGuess:
    """What the fields say: ``field`` is the count to use (None: not a population layer); ``fields`` are the
    numeric fields a planner may pick instead, head-count names first."""

    field: str | None
    fields: tuple[str, ...]

    @property
    def is_population(self) -> bool:
        return self.field is not None


def population_guess(frame: pd.DataFrame, family: str) -> PopulationGuess:
    """Whether a layer of geometry ``family`` looks like population data (points or polygons with a head-count
    field), and which field counts people."""
    named = population_fields(frame)
    offered = named + tuple(f for f in numeric_fields(frame) if f not in named)
    if family not in ("point", "polygon"):
        return PopulationGuess(None, offered)
    return PopulationGuess(named[0] if named else None, offered)
