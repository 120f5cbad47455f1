"""The language of the messages and numbers, for code that has no Qt (layers/, the command line).

One catalogue serves the window and the command line: ``resources/i18n/regionmap_<lang>.ts``, the Qt Linguist
files that ``pyside6-lupdate`` writes from ``tr()`` calls in ``app/`` and ``translate(context, text)`` calls in
``layers/``.  The window loads the compiled ``.qm`` through Qt; this module reads the same ``.ts`` (plain XML, our
own file shipped in ``resources``) so that ``layers/`` stays free of Qt and needs no build step.  Gettext would
be a second catalogue and a second tool chain for the same strings; this keeps one.

The language is chosen once per process: ``REGIONMAP_LANG`` (``en``, ``fi``, ``sv``), else the window's saved
choice (passed in by ``app``), else the POSIX locale variables (``LC_ALL``, ``LC_MESSAGES``, ``LANG``,
``LANGUAGE``).  Source texts are English; an untranslated text stays English.
"""

from __future__ import annotations

import os
import xml.etree.ElementTree as ET
from functools import lru_cache
from importlib import resources as ir

LANGUAGES: dict[str, str] = {"en": "English", "fi": "suomi", "sv": "svenska"}
LANG_ENV = "REGIONMAP_LANG"
_LOCALE_VARS = ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE")
_current: str | None = None


def language_from_environment() -> str:
    """``en``, ``fi`` or ``sv`` from ``REGIONMAP_LANG`` or the POSIX locale (``fi_FI.UTF-8`` -> ``fi``)."""
    forced = os.environ.get(LANG_ENV, "").strip().lower()
    if forced in LANGUAGES:
        return forced
    for var in _LOCALE_VARS:
        value = os.environ.get(var, "")
        for part in value.split(":"):  # LANGUAGE may list several
            code = part.split(".")[0].split("_")[0].split("@")[0].lower()
            if code in LANGUAGES:
                return code
            if code and code not in ("c", "posix"):
                return "en"  # a language we do not have: English, not the next variable's
    return "en"


def set_language(saved_choice: str | None = None) -> str:
    """Fix the process's language: ``REGIONMAP_LANG``, else ``saved_choice`` (the settings dialog's, when it is
    one of :data:`LANGUAGES`), else the locale; returns the code in use."""
    global _current
    forced = os.environ.get(LANG_ENV, "").strip().lower()
    if forced in LANGUAGES:
        _current = forced
    elif saved_choice in LANGUAGES:
        _current = saved_choice
    else:
        _current = language_from_environment()
    return _current


def language() -> str:
    return _current if _current is not None else set_language(None)


@lru_cache(maxsize=4)
def catalogue(code: str) -> dict[tuple[str, str], str]:
    """(context, source) -> translation of the shipped ``.ts`` for ``code``; finished translations only."""
    if code == "en":
        return {}
    try:
        text = (ir.files("resources") / "i18n" / f"regionmap_{code}.ts").read_bytes()
    except (FileNotFoundError, OSError):
        return {}
    root = ET.fromstring(text)  # our own file: no external entities are resolved by ElementTree
    table: dict[tuple[str, str], str] = {}
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source")
            node = message.find("translation")
            if source is None or node is None or node.get("type") in ("unfinished", "obsolete", "vanished"):
                continue
            if node.text:
                table[(name, source)] = node.text
    return table


def translate(context: str, text: str) -> str:
    """``text`` in the process's language (``pyside6-lupdate`` finds these calls by their name and arguments)."""
    return catalogue(language()).get((context, text), text)


# ---- numbers ---------------------------------------------------------------------------------------------------
THIN_SPACE = "\u202f"  # narrow no-break space: the thousands separator of Finnish and Swedish typography


def format_number(value: float, decimals: int = 0, code: str | None = None, grouping: bool = True) -> str:
    """``value`` as the language writes it: ``12,345.6`` in English, ``12 345,6`` (thin space) in fi/sv."""
    text = f"{value:,.{decimals}f}" if grouping else f"{value:.{decimals}f}"
    if (code or language()) == "en":
        return text
    return text.replace(",", THIN_SPACE).replace(".", ",")


def format_percent(share: float, decimals: int = 1, code: str | None = None) -> str:
    """A share 0..1 as a percentage: ``62.0 %`` / ``62,0 %`` (a no-break space before the sign, as SFS writes)."""
    return f"{format_number(share * 100.0, decimals, code, grouping=False)}\u00a0%"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark ``text`` for the catalogue where it is defined (a table of constants) and translate it where shown."""
    return text


def in_every_language(context: str, text: str) -> tuple[str, ...]:
    """``text`` and its finished translations in every language of :data:`LANGUAGES` (what a parser that reads
    back a shown text accepts, whatever the interface language)."""
    return tuple(dict.fromkeys([text, *(catalogue(code).get((context, text), text) for code in LANGUAGES)]))
