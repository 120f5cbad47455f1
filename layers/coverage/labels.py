"""Honest labels: the population source (with its year, from the layer's credit) and the zone set, in words.

Every table and export of a coverage check names where its people come from and what its zones are, so that a
number is never read without them: the dock's summary, ``regionmap coverage``'s CSV and JSON, the page's
coverage summary and the HTML map all take these texts (the result carries them: ``population_source`` and
``zone_set``).  The year is in the population layer's credit ("Population grid 1 km 2023: Statistics Finland,
CC BY 4.0"), which the download fills in; a file without one is named by its file name.
"""

from __future__ import annotations

from typing import Any

from layers.coverage.zone_sets import class_word, zones_label, zones_text
from layers.i18n import QT_TRANSLATE_NOOP, translate

NO_POPULATION = QT_TRANSLATE_NOOP("coverage", "none (by area)")  # English in the CSV and JSON; shown translated
HOTSPOT_ZONES = QT_TRANSLATE_NOOP("coverage", "hot spots / in-between")


def population_label(name: str | None, field: str | None, credit: str = "") -> str:
    """"Grid (vaesto): Population grid 1 km 2023: Statistics Finland, CC BY 4.0"; the name and field alone where
    the layer has no credit; :data:`NO_POPULATION` without a source."""
    if not name:
        return NO_POPULATION
    named = f"{name} ({field})" if field else name
    return f"{named}: {credit}" if credit else named


def zone_set_label(zone_set: dict[str, Any] | None) -> str:
    """The zone set in words (:func:`layers.coverage.zone_sets.zones_label`), or :data:`HOTSPOT_ZONES`."""
    return zones_label(zone_set) or HOTSPOT_ZONES


def zone_set_text(zone_set: dict[str, Any] | None) -> str:
    """:func:`zone_set_label` in the interface language (the dock, the pages)."""
    return zones_text(zone_set) or translate("coverage", HOTSPOT_ZONES)


def zone_label(zone: str) -> str:
    """A zone class in words in the interface language ("hotspot" -> "Hot spots" / "Keskittymät"); a zone set's
    built-in classes are in words (:func:`layers.coverage.zone_sets.class_word`), a planner's own class names stay
    as they are."""
    words = {"hotspot": translate("coverage", "Hot spots"), "in-between": translate("coverage", "In-between areas"),
             "all": translate("coverage", "All")}
    return words.get(str(zone)) or class_word(str(zone))


def verdict_word(passed: bool | None, none: str = "") -> str:
    """"pass" / "fail" in the interface language (``none`` where nothing is judged): one word for the dock, the
    pages and the HTML map, so that they colour the same words."""
    if passed is None:
        return none
    return translate("coverage", "pass") if passed else translate("coverage", "fail")


def zone_word(zone: str) -> str:
    """A zone's class as the dock's table writes it ("hotspot", "in-between" in English; "keskittymä",
    "välialue" in Finnish); a zone set's built-in classes in words ("intermediate" -> "välivyöhyke"), its own
    class names as they are."""
    words = {"hotspot": translate("coverage", "hotspot"), "in-between": translate("coverage", "in-between")}
    return words.get(str(zone)) or class_word(str(zone))
