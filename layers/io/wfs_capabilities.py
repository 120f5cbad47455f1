"""The layer names a WFS offers, read from its GetCapabilities answer without trusting the XML.

Why no defusedxml: a capabilities document never needs a DTD, so any ``<!DOCTYPE`` (where entity definitions,
internal or external, would live) is refused before parsing, and what is left is parsed by ``xml.etree`` on
Python's expat.  Expat as Python drives it never fetches external entities or DTDs (no handler is installed for
them; a reference to one is an "undefined entity" error, tested), and expat >= 2.4.1 also limits entity
amplification; refusing the DOCTYPE keeps both out of reach whatever the expat version.  The size is bounded by
the download (:data:`MAX_BYTES`) and again here, and only names matching the expected pattern are used.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterable

from layers.errors import UserError
from layers.i18n import translate

MAX_BYTES = 20 * 1024 * 1024  # geo.stat.fi's vaestoruutu capabilities are about 0.2 MB
_DOCTYPE = re.compile(rb"<!\s*(DOCTYPE|ENTITY)", re.I)


def local_name(tag: str) -> str:
    """``{http://www.opengis.net/wfs/2.0}Name`` -> ``Name``."""
    return tag.rsplit("}", 1)[-1]


_local = local_name


def safe_xml_root(data: bytes, host: str, what: str, max_bytes: int = MAX_BYTES,
                  cut_off: str | None = None) -> ET.Element:
    """The root element of a WFS's XML answer (capabilities, a GML page: ``what``, plural), parsed only when it
    is at most ``max_bytes`` and declares no DTD or entities; ``cut_off``: the message for XML that does not
    parse (a GML page cut off or damaged), else "not valid XML"."""
    limit = max_bytes
    if len(data) > limit:
        raise UserError(translate("io", "{host}: {what} are larger than {limit} MB; check the address").format(
            host=host, what=what, limit=limit // 2**20))
    if _DOCTYPE.search(data):
        raise UserError(translate(
            "io", "{host}: {what} declare a DTD or entities, which a WFS never needs; refused (nothing was "
            "downloaded); check the address").format(host=host, what=what))
    try:
        return ET.fromstring(data)
    except ET.ParseError as exc:
        if cut_off is not None:
            raise UserError(f"{host}: {cut_off}") from None
        raise UserError(translate(
            "io", "{host}: {what} are not valid XML ({exc}); check the address, or try again later").format(
            host=host, what=what, exc=exc)) from None


def feature_type_names(data: bytes, host: str) -> list[str]:
    """The ``FeatureTypeList/FeatureType/Name`` values of a WFS capabilities document, in document order.

    Raises :class:`UserError` (naming ``host``) for a document that is too large, declares a DTD or entities, is
    not XML, is the service's ExceptionReport, or lists no feature types.
    """
    root = safe_xml_root(data, host, translate("io", "the WFS capabilities"))
    if _local(root.tag) == "ExceptionReport":
        text = next((el.text or "" for el in root.iter() if _local(el.tag) == "ExceptionText"), "").strip()
        raise UserError(translate("io", "{host}: the WFS reported an error ({detail}); check the address").format(
            host=host, detail=text[:200] or translate("io", "no reason given")))
    if _local(root.tag) != "WFS_Capabilities":
        raise UserError(translate(
            "io", "{host}: the answer is not WFS capabilities (it is <{tag}>); check the address").format(
            host=host, tag=_local(root.tag)))
    names: list[str] = []
    for type_list in (el for el in root.iter() if _local(el.tag) == "FeatureTypeList"):
        for feature_type in (el for el in type_list if _local(el.tag) == "FeatureType"):
            name = next((el.text for el in feature_type if _local(el.tag) == "Name"), None)
            if name and name.strip():
                names.append(name.strip())
    if not names:
        raise UserError(translate("io", "{host}: the WFS offers no feature types; check the address").format(host=host))
    return names


__all__ = ["MAX_BYTES", "feature_type_names", "local_name", "safe_xml_root"]


def layer_years(pattern: re.Pattern[str], names: Iterable[str]) -> dict[int, str]:
    """The layers among a service's ``names`` that ``pattern`` matches, by the year its ``year`` group reads."""
    out: dict[int, str] = {}
    for name in names:
        m = pattern.match(name)
        if m:
            out[int(m.group("year"))] = name
    return out
