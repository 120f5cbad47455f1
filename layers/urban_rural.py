"""SYKE's urban-rural classification (kaupunki-maaseutu-luokitus): its 7 classes and how the official
intermediate zone groups them, written down once for the zone sets and the download.

The classification (CC BY 4.0; described by SYKE at ymparisto.fi/kaupunkimaaseutuluokitus and by Statistics
Finland at stat.fi/meta/kas) puts every 250 m cell of Finland in one of 7 classes.  A file or a service names a
class by its number (1-7), its code (K1-K3, M4-M7), its Finnish or English name, or code and name together
("K1 Sisempi kaupunkialue"); the official intermediate zone (välivyöhyke) is peri-urban area + rural areas close
to urban areas, between the urban core (inner + outer urban) and the rural areas.  Here so that the coverage
check's preset (:mod:`layers.coverage.zone_sets`) and the download's check that an answer is the classification
(:mod:`layers.io.urban_rural`) read one table.
"""

from __future__ import annotations

from typing import Any

from layers.hotspots import category_key

URBAN_CORE, INTERMEDIATE, RURAL = "urban core", "intermediate", "rural"

# number, code, Finnish name, English name, and the group of the official intermediate zone.
URBAN_RURAL_CLASSES: tuple[tuple[int, str, str, str, str], ...] = (
    (1, "K1", "sisempi kaupunkialue", "inner urban area", URBAN_CORE),
    (2, "K2", "ulompi kaupunkialue", "outer urban area", URBAN_CORE),
    (3, "K3", "kaupungin kehysalue", "peri-urban area", INTERMEDIATE),
    (4, "M4", "maaseudun paikalliskeskukset", "local centres in rural areas", RURAL),
    (5, "M5", "kaupungin läheinen maaseutu", "rural areas close to urban areas", INTERMEDIATE),
    (6, "M6", "ydinmaaseutu", "rural heartland areas", RURAL),
    (7, "M7", "harvaan asuttu maaseutu", "sparsely populated rural areas", RURAL),
)
# the Swedish names (environment.fi "Klassificering av stads- och landsbygdsområden", Kommunförbundet; docs/glossary.md)
SWEDISH_NAMES: dict[int, str] = {
    1: "inre stadsområde", 2: "yttre stadsområde", 3: "stadens kransområde", 4: "lokala centra på landsbygden",
    5: "stadsnära landsbygd", 6: "kärnlandsbygd", 7: "glesbygd",
}


def spellings() -> dict[str, int]:
    """Every way a class is written (as :func:`layers.hotspots.category_key` matches it) -> its number."""
    out: dict[str, int] = {}
    for number, code, fi, en, _group in URBAN_RURAL_CLASSES:
        sv = SWEDISH_NAMES[number]
        for text in (str(number), code, fi, en, sv, f"{code} {fi}", f"{code} {en}", f"{code} {sv}"):
            out[category_key(text)] = number
    return out


def class_label(number: int, language: str) -> str:
    """A class as a legend names it, code and name in ``language`` (``en``, ``fi``, ``sv``): "K3 kaupungin
    kehysalue", "K3 stadens kransområde", "K3 peri-urban area"."""
    _n, code, fi, en, _group = URBAN_RURAL_CLASSES[number - 1]
    name = {"fi": fi, "sv": SWEDISH_NAMES[number]}.get(language, en)
    return f"{code} {name[0].upper()}{name[1:]}"


def class_field(frame: Any) -> str | None:
    """The field of ``frame`` most of whose values name a class (more than half of the rows), else None."""
    known = spellings()
    best, best_share = None, 0.5
    for col in frame.columns:
        if col == "geometry" or not len(frame):
            continue
        share = sum(category_key(v) in known for v in frame[col].tolist() if v is not None) / len(frame)
        if share > best_share:
            best, best_share = str(col), share
    return best


__all__ = ["INTERMEDIATE", "RURAL", "SWEDISH_NAMES", "URBAN_CORE", "URBAN_RURAL_CLASSES", "class_field", "class_label",
           "spellings"]
