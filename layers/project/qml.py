"""A layer's style as QGIS QML, so that QGIS draws a project's layers as regionmap does.

QGIS reads a GeoPackage's ``layer_styles`` table (written by :mod:`layers.project.qgis_tables`) and applies the
default style of each table when the layer is added.  The QML mirrors regionmap's own drawing rules
(``app/render/painter.py`` and ``points.py``):

- polygons: fill in the (category) colour at ``fill_opacity`` (no brush at 0), outline in ``stroke`` at
  ``width`` pixels (no pen at 0);
- lines: the category colour, else ``stroke``, at ``max(width, 0.5)`` pixels;
- points: circles of ``point_size`` pixels filled in the (category) colour at ``fill_opacity`` (1 where it is
  0), outlined in ``stroke`` at ``min(width, point_size / 4, 1.5)`` pixels;
- the layer's ``opacity`` is QGIS's layer opacity; values without a category get the base colour (QGIS's
  "all other values" category, an empty value).

Sizes are in QGIS's ``Pixel`` unit, which is what regionmap's screen pixels are.  Every value (a layer's field
name, category values, labels) is hostile input: the XML is built with :mod:`xml.etree`, which escapes it, and
colours that :func:`layers.colours.is_colour` refuses never reach the file.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Sequence

from layers.colours import colour_or
from layers.model import Style

QGIS_VERSION = "3.22.16-Białowieża"  # the QML dialect written (Debian 12's QGIS); later QGIS versions read it
SYMBOL_TYPES = {"point": "marker", "line": "line", "polygon": "fill"}
GraduatedClass = tuple[float, float, str, str]  # (lower, upper, colour, label)


def rgba(colour: str, alpha: float = 1.0) -> str:
    """``colour`` as QGIS's ``r,g,b,a`` text; a colour name is passed on for QColor to read (its alpha kept)."""
    c = colour_or(colour, "#808080")
    if not c.startswith("#"):
        return c
    digits = c[1:]
    if len(digits) == 3:
        digits = "".join(d * 2 for d in digits)
    r, g, b = (int(digits[i:i + 2], 16) for i in (0, 2, 4))
    a = int(digits[6:8], 16) / 255 if len(digits) == 8 else 1.0
    return f"{r},{g},{b},{round(255 * max(0.0, min(1.0, a * alpha)))}"


_NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def xml_text(value: object) -> str:
    """``value`` as text XML 1.0 can hold: characters it forbids (NUL, other controls) become U+FFFD.

    ElementTree escapes markup (``<``, ``&``, quotes) but writes forbidden characters as they are, which makes a
    file no XML parser (QGIS's included) reads."""
    return _NOT_XML.sub("\ufffd", str(value))


def _number(value: float) -> str:
    return f"{float(value):g}"


def _props(parent: ET.Element, props: dict[str, str]) -> None:
    """Symbol-layer properties both as QGIS 3.22 writes them (``Option`` map) and as older QGIS reads them."""
    options = ET.SubElement(parent, "Option", type="Map")
    for key, value in props.items():
        ET.SubElement(options, "Option", type="QString", name=key, value=value)
    for key, value in props.items():
        ET.SubElement(parent, "prop", k=key, v=value)


def _symbol_props(family: str, style: Style, colour: str) -> tuple[str, dict[str, str]]:
    """The symbol-layer class and properties that draw ``family`` features of ``colour`` as regionmap does."""
    if family == "line":
        return "SimpleLine", {
            "line_color": rgba(colour), "line_width": _number(max(style.width, 0.5)), "line_width_unit": "Pixel",
            "line_style": "solid", "capstyle": "round", "joinstyle": "round",
        }
    if family == "point":
        outline = max(0.0, min(style.width, style.point_size / 4, 1.5))
        return "SimpleMarker", {
            "name": "circle", "color": rgba(colour, style.fill_opacity if style.fill_opacity > 0 else 1.0),
            "size": _number(style.point_size), "size_unit": "Pixel",
            "outline_color": rgba(style.stroke), "outline_width": _number(outline), "outline_width_unit": "Pixel",
            "outline_style": "solid" if outline > 0 else "no",
        }
    return "SimpleFill", {
        "color": rgba(colour, style.fill_opacity), "style": "solid" if style.fill_opacity > 0 else "no",
        "outline_color": rgba(style.stroke), "outline_width": _number(style.width), "outline_width_unit": "Pixel",
        "outline_style": "solid" if style.width > 0 else "no", "joinstyle": "round",
    }


def _symbol(parent: ET.Element, name: str, family: str, style: Style, colour: str) -> None:
    symbol = ET.SubElement(parent, "symbol", type=SYMBOL_TYPES[family], name=name, alpha="1",
                           clip_to_extent="1", force_rhr="0")
    cls, props = _symbol_props(family, style, colour)
    layer = ET.SubElement(symbol, "layer", {"class": cls, "enabled": "1", "locked": "0", "pass": "0"})
    _props(layer, props)


def base_colour(family: str, style: Style) -> str:
    """The colour of a feature with no category: lines take the stroke, points and polygons the fill."""
    return style.stroke if family == "line" else style.fill


def layer_qml(style: Style, family: str, graduated: tuple[str, Sequence[GraduatedClass]] | None = None) -> str:
    """The QML document of a layer drawn with ``style`` whose features are ``family`` (point, line, polygon).

    A family regionmap calls ``mixed`` is written as polygons (QGIS gives such a table one geometry type).
    ``graduated`` is ``(field, classes)`` for a layer styled by numeric classes (lower, upper, colour, label)."""
    family = family if family in SYMBOL_TYPES else "polygon"
    if graduated is None and style.graduated and style.graduated_field:  # the style's own classes
        graduated = (style.graduated_field, [(lo, hi, colour, label) for (lo, hi, colour), (label, _c)
                                             in zip(style.classes, style.legend_classes(), strict=True)])
    root = ET.Element("qgis", version=QGIS_VERSION, styleCategories="Symbology|Rendering")
    base = base_colour(family, style)
    if graduated is not None and graduated[1]:
        field, classes = graduated
        renderer = ET.SubElement(root, "renderer-v2", type="graduatedSymbol", attr=xml_text(field),
                                 graduatedMethod="GraduatedColor", forceraster="0", symbollevels="0", enableorderby="0")
        ranges = ET.SubElement(renderer, "ranges")
        symbols = ET.SubElement(renderer, "symbols")
        for i, (lower, upper, colour, label) in enumerate(classes):
            ET.SubElement(ranges, "range", symbol=str(i), lower=repr(float(lower)), upper=repr(float(upper)),
                          label=xml_text(label), render="true")
            _symbol(symbols, str(i), family, style, colour)
        source = ET.SubElement(renderer, "source-symbol")
        _symbol(source, "0", family, style, base)
        ET.SubElement(renderer, "mode", name="manual")
    elif style.category_field and style.categories:
        renderer = ET.SubElement(root, "renderer-v2", type="categorizedSymbol", attr=xml_text(style.category_field),
                                 forceraster="0", symbollevels="0", enableorderby="0")
        categories = ET.SubElement(renderer, "categories")
        symbols = ET.SubElement(renderer, "symbols")
        for i, (value, colour) in enumerate(style.categories):
            ET.SubElement(categories, "category", symbol=str(i), value=xml_text(value),
                          label=xml_text(value), render="true")
            _symbol(symbols, str(i), family, style, colour)
        other = len(style.categories)  # QGIS: an empty value is the "all other values" category
        ET.SubElement(categories, "category", symbol=str(other), value="", label="other", render="true")
        _symbol(symbols, str(other), family, style, base)
        source = ET.SubElement(renderer, "source-symbol")
        _symbol(source, "0", family, style, base)
    else:
        renderer = ET.SubElement(root, "renderer-v2", type="singleSymbol", forceraster="0", symbollevels="0",
                                 enableorderby="0")
        _symbol(ET.SubElement(renderer, "symbols"), "0", family, style, base)
    ET.SubElement(root, "layerOpacity").text = _number(max(0.0, min(1.0, style.opacity)))
    ET.SubElement(root, "blendMode").text = "0"
    ET.SubElement(root, "featureBlendMode").text = "0"
    return "<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>\n" + ET.tostring(root, encoding="unicode")


__all__ = ["GraduatedClass", "base_colour", "layer_qml", "rgba", "xml_text"]
