"""A layer's source and licence from its file's own metadata, for the exports' credits.

Publishers put it in different places, and this looks in the ones planners meet:

* GeoJSON: top-level members beside ``features`` (``attribution``, ``license``/``licence``, ``source``,
  ``copyright``, ``rights``, ``publisher``, ``credit``).  Only the text before the ``features`` array and the
  members after it are read (a few kilobytes), never the features again.
* GDAL's metadata of the dataset and the layer (:func:`pyogrio.read_info`): keys of the same names, a
  GeoPackage layer's description (``gpkg_contents.description``) where it reads like a credit, and metadata
  documents in ``gpkg_metadata`` (QGIS's QMD or ISO 19139 XML).
* A Shapefile's ``.shp.xml`` (or ``.xml``) sidecar: ArcGIS, FGDC or ISO metadata.

:func:`read_credit` returns ``(text, where)``: e.g. ``("© Fintraffic / digitraffic.fi, CC BY 4.0", "the
GeoJSON's attribution and license")``, or ``("", "")`` when the file names nothing.  It never fails a load: the
loader runs it off the GUI thread after the features were read, and a metadata problem just means no credit.
The text is data (exports escape it), cut to :data:`MAX_CREDIT` characters.
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from layers.i18n import translate

WHO_KEYS = ("attribution", "credit", "credits", "copyright", "publisher", "source", "author")
LICENCE_KEYS = ("license", "licence", "rights", "license_name", "licence_name")
HEAD_BYTES = 256 * 1024
TAIL_BYTES = 64 * 1024
MAX_CREDIT = 300
MAX_XML_BYTES = 2_000_000
# XML elements, by local name, that say who made the data and under which terms (QGIS QMD, ISO 19139, ArcGIS, FGDC)
XML_WHO = ("idCredit", "datacred", "credit", "organisationName", "organization", "origin", "publish")
XML_LICENCE = ("license", "licence", "rights", "useLimit", "useLimitation", "useconst", "otherConstraints",
               "constraints", "accconst")
_CREDIT_WORDS = re.compile(r"©|\(c\)|copyright|licen[cs]e|lisenssi|licens|cc[ -]?by|cc0|odbl|public domain|"
                           r"creative commons", re.I)
_TAGS = re.compile(r"<[^>]{0,400}>")
_SPACE = re.compile(r"\s+")


def clean(text: Any) -> str:
    """Plain one-line text from a metadata value: markup and control characters removed, cut to size."""
    if isinstance(text, Mapping):
        text = next((text[k] for k in ("name", "title", "text", "label", "url", "href") if text.get(k)), "")
    elif isinstance(text, list | tuple):
        text = ", ".join(clean(t) for t in text if clean(t))
    value = _TAGS.sub(" ", html.unescape(str(text or "")))
    value = _SPACE.sub(" ", "".join(c if c.isprintable() else " " for c in value)).strip(" ;,")
    return value if len(value) <= MAX_CREDIT else value[:MAX_CREDIT - 1].rstrip() + "…"


def credit_text(who: str, licence: str) -> str:
    """``"who, licence"`` without repeating a part the other already holds."""
    parts: list[str] = []
    for part in (who, licence):
        if part and not any(part.casefold() in p.casefold() for p in parts):
            parts.append(part)
    return clean(", ".join(parts))


def from_mapping(meta: Mapping[str, Any]) -> tuple[str, list[str]]:
    """The credit in a key/value mapping (case-insensitive keys) and the keys it came from."""
    lower = {str(k).casefold(): v for k, v in meta.items()}
    who_key = next((k for k in WHO_KEYS if clean(lower.get(k))), None)
    licence_key = next((k for k in LICENCE_KEYS if clean(lower.get(k))), None)
    who = clean(lower[who_key]) if who_key else ""
    licence = clean(lower[licence_key]) if licence_key else ""
    return credit_text(who, licence), [k for k in (who_key, licence_key) if k]


def from_xml(text: str) -> str:
    """The credit in a metadata document (QGIS QMD, ISO 19139, ArcGIS or FGDC XML); "" if none or not XML."""
    import xml.etree.ElementTree as ET

    if len(text) > MAX_XML_BYTES or "<!ENTITY" in text:  # no entity tricks, no huge documents
        return ""
    body = re.sub(r"^\s*<\?xml[^>]*\?>", "", text.lstrip("\ufeff"), count=1)
    body = re.sub(r"<!DOCTYPE[^>\[]*>", "", body, count=1)
    try:
        root = ET.fromstring(body)
    except (ET.ParseError, ValueError):
        return ""
    found: dict[str, str] = {}
    for el in root.iter():
        name = str(el.tag).rsplit("}", 1)[-1]
        if name in XML_WHO or name in XML_LICENCE:
            value = clean("".join(el.itertext()))
            if value and name not in found:
                found[name] = value
    who = next((found[n] for n in XML_WHO if n in found), "")
    licence = next((found[n] for n in XML_LICENCE if n in found), "")
    return credit_text(who, licence)


def _skip(text: str, i: int) -> int:
    while i < len(text) and text[i] in " \t\r\n":
        i += 1
    return i


def geojson_members(path: Path) -> dict[str, Any]:
    """The top-level members of a GeoJSON file other than ``features``: those before the array (read from the
    first :data:`HEAD_BYTES`) and the string members after it (from the last :data:`TAIL_BYTES`)."""
    with open(path, "rb") as fh:
        head = fh.read(HEAD_BYTES)
        size = fh.seek(0, 2)
        fh.seek(max(size - TAIL_BYTES, len(head)))
        tail = fh.read() if size > len(head) else b""
    text = head.decode("utf-8", errors="replace").lstrip("\ufeff")
    out: dict[str, Any] = {}
    decoder = json.JSONDecoder()
    i = _skip(text, 0)
    if text[i:i + 1] != "{":
        return out
    i += 1
    while True:
        i = _skip(text, i)
        try:
            key, i = decoder.raw_decode(text, i) if text[i:i + 1] == '"' else (None, i)
        except ValueError:
            break
        i = _skip(text, i)
        if not isinstance(key, str) or text[i:i + 1] != ":":
            break
        i = _skip(text, i + 1)
        if key == "features":
            break
        try:
            out[key], i = decoder.raw_decode(text, i)
        except ValueError:  # cut by the head's end
            break
        i = _skip(text, i)
        if text[i:i + 1] != ",":
            break
        i += 1
    end = (tail or head).decode("utf-8", errors="replace")
    members = re.search(r'\]\s*((?:,\s*"[^"\\]{1,64}"\s*:\s*"(?:[^"\\]|\\.){0,2000}"\s*)+)\}\s*$', end)
    if members:
        for key, value in re.findall(r'"([^"\\]{1,64})"\s*:\s*("(?:[^"\\]|\\.)*")', members.group(1)):
            out.setdefault(key, json.loads(value))
    return out


def _gdal_metadata(path: Path, layer: str | None) -> tuple[str, str]:
    import pyogrio

    info = pyogrio.read_info(path, layer=layer) if layer is not None else pyogrio.read_info(path)
    for scope in ("layer_metadata", "dataset_metadata"):
        meta = info.get(scope) or {}
        credit, keys = from_mapping(meta)
        if credit:
            return credit, translate("io", "the file's metadata ({keys})").format(keys=", ".join(keys))
        for key, value in meta.items():
            text = str(value or "")
            if text.lstrip().startswith("<"):
                credit = from_xml(text)
                if credit:
                    return credit, translate("io", "the file's metadata document")
            elif str(key).upper() == "DESCRIPTION" and _CREDIT_WORDS.search(text):
                return clean(text), translate("io", "the layer's description")
    return "", ""


def _sidecar(path: Path) -> tuple[str, str]:
    for xml_path in (path.with_name(path.name + ".xml"), path.with_suffix(".xml")):
        if xml_path.is_file() and xml_path.stat().st_size <= MAX_XML_BYTES:
            credit = from_xml(xml_path.read_text(encoding="utf-8", errors="replace"))
            if credit:
                return credit, translate("io", "the metadata file {file}").format(file=xml_path.name)
    return "", ""


def geojson_credit(path: Path) -> tuple[str, str] | None:
    """What :func:`read_credit` finds in a GeoJSON file's members; ``("", "")`` when they name no credit and GDAL
    has nothing more to say (its only metadata of a GeoJSON layer is a ``description`` member), None when GDAL's
    metadata would decide (the light reader, :mod:`layers.io.light_read`, then leaves the file to the full one)."""
    members = geojson_members(path)
    credit, keys = from_mapping(members)
    if credit:
        return credit, translate("io", "the GeoJSON's {keys}").format(keys=translate("io", " and ").join(keys))
    return None if any(str(k).casefold() == "description" for k in members) else ("", "")


def read_credit(path: str | Path, fmt: str = "", layer: str | None = None) -> tuple[str, str]:
    """``(credit, where it was found)`` from the file's metadata, or ``("", "")``; never raises."""
    p = Path(path)
    try:
        if fmt == "geojson" or p.suffix.lower() in (".geojson", ".json"):
            found = geojson_credit(p)
            if found is not None and found[0]:
                return found
        if p.suffix.lower() == ".shp":
            credit, where = _sidecar(p)
            if credit:
                return credit, where
        if p.suffix.lower() in (".gpkg", ".fgb", ".shp", ".gml", ".kml", ".geojson", ".json", ".tab", ".gpx"):
            return _gdal_metadata(p, layer)
    except Exception:  # metadata is optional: a file that reads but whose metadata does not gives no credit
        return "", ""
    return "", ""


__all__ = ["clean", "credit_text", "from_mapping", "from_xml", "geojson_credit", "geojson_members", "read_credit"]
