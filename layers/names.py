"""Bilingual place names: which name a feature is labelled with in the interface language, and the other one.

The region is officially bilingual: most municipalities have a Finnish and a Swedish name (Porvoo / Borgå), a few
one name in both (Askola, Mäntsälä).  The built-in municipality list carries both (``name`` and ``name_sv``), and
official boundary files carry them as ``NAMEFIN``/``NAMESWE`` (National Land Survey) or ``nimi``/``namn``
(Statistics Finland).  This module is the one rule for every place that shows such a name: the map's labels, the
coverage dock's table, the identify panel and tooltips, the HTML map and the CSV and report tables.

- Under svenska the Swedish name where there is one, else the Finnish; under suomi and English the Finnish.
  The other name (when it differs) is for the tooltip.
- The "both" style writes them as Finnish road signs do, ``Porvoo / Borgå``: the interface language's name first.

The style is chosen once per process (:func:`set_name_style`, from the settings dialog's saved choice).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from layers import i18n

STYLES = ("language", "both")  # the interface language's name, or both names as on road signs
FINNISH_NAME_FIELDS = ("name", "name_fi", "NAMEFIN", "namefin", "nimi", "nimi_fi")
SWEDISH_NAME_FIELDS = ("name_sv", "namn", "NAMESWE", "nameswe", "nimi_sv", "namn_sv")
BOTH_SEPARATOR = " / "
_style = "language"


def set_name_style(style: str | None) -> str:
    """Fix how names are written (``language`` or ``both``; anything else: ``language``); returns the style."""
    global _style
    _style = style if style in STYLES else "language"
    return _style


def name_style() -> str:
    return _style


@dataclass(frozen=True)
class PlaceName:
    """What a place is labelled with, and its other name for the tooltip ("" when it has only one)."""

    label: str
    other: str = ""

    @property
    def tooltip(self) -> str:
        return f"{self.label} ({self.other})" if self.other else self.label


def _clean(value: Any) -> str:
    text = "" if value is None else str(value).strip()
    return "" if text in ("nan", "None", "<NA>") else text


def place_name(finnish: Any, swedish: Any = None, language: str | None = None, style: str | None = None
               ) -> PlaceName:
    """The label of a place with a Finnish and (maybe) a Swedish name in ``language`` (default: the process's)
    and ``style`` (default: the chosen one)."""
    fi, sv = _clean(finnish), _clean(swedish)
    if not sv or sv == fi:
        return PlaceName(fi or sv)
    if not fi:
        return PlaceName(sv)
    first, second = (sv, fi) if (language or i18n.language()) == "sv" else (fi, sv)
    if (style or _style) == "both":
        return PlaceName(f"{first}{BOTH_SEPARATOR}{second}")
    return PlaceName(first, second)


def name_fields(columns: Iterable[Any], finnish: str | None = None) -> tuple[str | None, str | None]:
    """The Finnish-name and Swedish-name fields of a table (either None where it has none); ``finnish`` names the
    field the caller labels with (its Swedish partner is looked up beside it)."""
    cols = [str(c) for c in columns]
    lower = {c.lower(): c for c in cols}
    fi = finnish if finnish in cols else next((lower[f.lower()] for f in FINNISH_NAME_FIELDS if f.lower() in lower),
                                               None)
    sv = next((lower[f.lower()] for f in SWEDISH_NAME_FIELDS if f.lower() in lower and lower[f.lower()] != fi),
              None)
    return fi, sv


def row_name(row: Mapping[str, Any], finnish_field: str | None = None, language: str | None = None,
             style: str | None = None) -> PlaceName | None:
    """The place name of one record (None when it has no name field)."""
    fi, sv = name_fields(row.keys(), finnish_field)
    if fi is None and sv is None:
        return None
    return place_name(row.get(fi) if fi else None, row.get(sv) if sv else None, language, style)


def column_names(frame: Any, finnish_field: str | None = None, language: str | None = None,
                 style: str | None = None) -> list[PlaceName]:
    """A place name per row of a (Geo)DataFrame, labelled by ``finnish_field`` (default: its name field) with
    the Swedish field beside it; an empty list when it has no name field."""
    fi, sv = name_fields(frame.columns, finnish_field)
    if fi is None and sv is None:
        return []
    finnish: Sequence[Any] = frame[fi].tolist() if fi else [None] * len(frame)
    swedish: Sequence[Any] = frame[sv].tolist() if sv else [None] * len(frame)
    return [place_name(a, b, language, style) for a, b in zip(finnish, swedish, strict=True)]


def column_labels(frame: Any, finnish_field: str | None = None) -> list[str]:
    """The labels of :func:`column_names` (the map's label texts)."""
    return [n.label for n in column_names(frame, finnish_field)]


def name_lookup(frame: Any, key_field: str = "name") -> dict[str, PlaceName]:
    """Finnish name (``key_field``, as tables store it) -> its place name, for tables keyed by the Finnish name
    (the coverage rows' ``municipality``)."""
    if key_field not in frame.columns:
        return {}
    return {_clean(k): n for k, n in zip(frame[key_field].tolist(), column_names(frame, key_field), strict=True)}
