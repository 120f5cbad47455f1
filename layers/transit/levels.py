"""Service levels as planners write them, read in one place: departures per hour or a headway, in a window.

Plans say "at least every 20 minutes" as often as "3 departures an hour"; both are the same threshold
(``60 / headway`` an hour).  :func:`parse_level` reads a whole level (``"weekday 07-09 >= 4/h"``,
``"07:30-09:00 every 15 min"``) for ``regionmap coverage --service``; :func:`parse_threshold` reads the threshold
alone (``"every 20 min"``, ``">= 3/h"``, ``"3"``, ``"any"``) for the threshold boxes of the window.  Both raise
``ValueError`` with what to write instead, so each caller words its own prefix (the option, the box).

:data:`THRESHOLD_STEPS` are the thresholds the boxes step through and the coverage check prepares
(:mod:`layers.coverage.threshold_steps`): the headways of 120, 60, 30, 20, 15, 12, 10, 7.5, 6, 5, 4, 3, 2 and 1
minutes.

The boxes show a headway in the interface language (:func:`headway_text`: "every 20 min", "20 min välein", "var
20 min"), and :func:`parse_threshold` reads it back in any of the three languages, whatever the interface's: the
English forms, the catalogue's translations of :data:`HEADWAY` and :data:`ANY_SERVICE`, and the other ways the
region's planners write a headway (:data:`SPOKEN_HEADWAYS`: "joka 20 min", "20 minuutin välein", "var 20:e
minut").  A number may have a decimal comma ("7,5 min välein").  The command line's ``--service`` stays English.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from layers.i18n import QT_TRANSLATE_NOOP, format_number, in_every_language, translate
from layers.transit.times import parse_window

THRESHOLD_STEPS = (0.5, 1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 8.0, 10.0, 12.0, 15.0, 20.0, 30.0, 60.0)
MAX_PER_HOUR = 1000.0
DEFAULT_WINDOW = (7 * 3600, 9 * 3600)  # the morning peak, as layers.transit counts by default

_AMOUNT = r"\d+(?:[.,]\d+)?"
_PER_H = r"(?:/\s*h|per\s+hour|departures\s*/\s*h)"
_HEADWAY = rf"every\s+(?P<min>{_AMOUNT})\s*min(?:utes?)?"
_LEVEL = re.compile(rf"(?:(?P<day>[a-z]+)\s+)?(?:(?P<window>\d[\d:]*\s*[-–]\s*\d[\d:]*)\s*)?"
                    rf"(?:(?:>=|≥|at\s+least)\s*(?P<n>{_AMOUNT})\s*{_PER_H}|{_HEADWAY})")
_ALONE = re.compile(rf"(?:(?:>=|≥|at\s+least)\s*)?(?P<n>{_AMOUNT})\s*{_PER_H}?|{_HEADWAY}")  # a box: "4" is 4/h
LEVEL_FORMS = '"weekday 07-09 >= 4/h", ">= 4/h" or "07-09 every 15 min"'
THRESHOLD_FORMS = QT_TRANSLATE_NOOP("levels", '"4/h", ">= 4", "every 15 min" or "any"')
HEADWAY = QT_TRANSLATE_NOOP("levels", "every {minutes} min")  # English sources; shown translated
ANY_SERVICE = QT_TRANSLATE_NOOP("levels", "any service")
ANY_WORDS = ("any", "all", "kaikki", "mikä tahansa", "alla", "vilken som helst")  # the boxes' "any" in each language
# Finnish and Swedish headways as planners type them, besides the catalogue's own ({minutes}: the amount)
SPOKEN_HEADWAYS = (r"joka\s*{minutes}\.?\s*min(?:uutti|\.)?", r"{minutes}\s*(?:min|minuutin)\.?\s*välein",
                   r"vuoroväli\s*{minutes}\s*min(?:uuttia|\.)?", r"var\s*{minutes}(?::e)?\s*min(?:ut(?:er)?|\.)?")


@dataclass(frozen=True)
class ServiceLevel:
    """A service level: departures per hour in a window of the service day."""

    window: tuple[int, int]  # seconds on the service day's clock, end exclusive
    per_hour: float


def _per_hour(n: str | None, minutes: str | None) -> float:
    """Departures an hour of an amount or a headway, checked to be one a stop can have."""
    if n is not None:
        per_hour = float(n.replace(",", "."))
    else:
        assert minutes is not None
        headway = float(minutes.replace(",", "."))
        per_hour = 60.0 / headway if headway else -1.0
    if not (0 < per_hour <= MAX_PER_HOUR):
        raise ValueError("the level must be more than 0 and at most 1000 departures an hour "
                         "(a headway of at least 0.06 minutes)")
    return per_hour


def parse_level(text: str) -> ServiceLevel:
    """``"weekday 07-09 >= 4/h"``, ``">= 4/h"`` (window 07-09), ``"07:30-09:00 every 15 min"`` (4/h).

    The day is not part of the text beyond "weekday" (the default day is one): the caller takes another day
    separately."""
    m = _LEVEL.fullmatch(text.strip().lower())
    if not m:
        raise ValueError(f"give it as {LEVEL_FORMS}")
    if m["day"] not in (None, "weekday"):
        raise ValueError(f"{m['day']!r} is not understood; the text may start with 'weekday' (the default); "
                         "give another day as --day YYYY-MM-DD")
    window = parse_window(m["window"]) if m["window"] else DEFAULT_WINDOW
    return ServiceLevel(window, _per_hour(m["n"], m["min"]))


def _shown_form(template: str) -> str:
    """A translated headway (``"{minutes} min välein"``) as a pattern: its words, any spacing, the amount."""
    head, _, tail = template.lower().partition("{minutes}")
    words = [r"\s*".join(re.escape(w) for w in part.split()) for part in (head, tail)]
    return rf"{words[0]}\s*{{minutes}}\s*{words[1]}"


def _headways() -> list[re.Pattern[str]]:
    forms = dict.fromkeys([*(_shown_form(t) for t in in_every_language("levels", HEADWAY)), *SPOKEN_HEADWAYS])
    return [re.compile(form.replace("{minutes}", rf"(?P<min>{_AMOUNT})")) for form in forms]


def parse_threshold(text: str) -> float | None:
    """A threshold box's text as departures per hour: ``"every 20 min"`` is 3.0 (and so are ``"20 min välein"``
    and ``"var 20 min"``), ``">= 4/h"`` and ``"4"`` are 4.0; ``""``, ``"any"`` (``"kaikki"``, ``"alla"``) and
    ``"0"`` are None (every stop serves)."""
    t = " ".join(text.strip().lower().split())
    anything = {*ANY_WORDS, *(w.lower() for w in in_every_language("levels", ANY_SERVICE))}
    if t in ("", *anything) or re.fullmatch(r"(?:>=|≥)?\s*0+(?:[.,]0*)?\s*(?:/\s*h)?", t):
        return None
    m = _ALONE.fullmatch(t)
    if m:
        return _per_hour(m["n"], m["min"])
    for form in _headways():
        shown = form.fullmatch(t)
        if shown:
            return _per_hour(None, shown["min"])
    raise ValueError(translate("levels", "{text} is not a service level; write {forms}").format(
        text=repr(text.strip()), forms=translate("levels", THRESHOLD_FORMS)))


def headway_text(per_hour: float | None) -> str:
    """The headway of a threshold as planners say it, in the interface language: 3/h is "every 20 min" ("20 min
    välein", "var 20 min"), 8/h "every 7.5 min" ("7,5 min välein")."""
    if not per_hour:
        return translate("levels", ANY_SERVICE)
    minutes = 60.0 / per_hour
    return translate("levels", HEADWAY).format(
        minutes=format_number(minutes, 0 if abs(minutes - round(minutes)) < 0.05 else 1, grouping=False))
