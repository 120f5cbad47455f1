"""What the legend and the credits of an export show: one entry per visible layer, the sources and licences, and
the notes on schematic or approximate data.

Shared by the printed page (:mod:`app.export.page_render`) and the HTML map (:mod:`layers.export.html_map`), so
that both list the same layers in the same order and credit the same sources.  Pure Python (no Qt).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from layers.i18n import format_number, translate
from layers.scale import format_length

if TYPE_CHECKING:
    from layers.document import MapDocument
    from layers.model import Layer


@dataclass(frozen=True)
class LegendItem:
    """One symbol and its label: what the page draws as a swatch and the HTML map as a coloured box."""

    label: str
    fill: str
    stroke: str
    family: str  # point / line / polygon / mixed
    fill_opacity: float
    width: float
    point_size: float
    opacity: float = 1.0  # the layer's opacity: the swatch is drawn as the map draws the layer


@dataclass(frozen=True)
class LegendEntry:
    """One visible layer: its symbol, or a heading with one item per category."""

    layer_name: str
    kind: str
    family: str
    items: tuple[LegendItem, ...]
    note: str = ""
    categorised: bool = False
    extra: str = ""  # e.g. "service radius 800 m"
    layer_key: str = ""  # the layer's key (a derived layer's English name; Layer.key), whatever its shown name


def _family(layer: Layer) -> str:
    from layers.model import geometry_family

    return geometry_family(layer.data) if len(layer.data) else "polygon"


def _service_text(layer: Layer) -> str:
    """"service radius 500 m, ≥ 4 departures/h": what a service layer's coverage was drawn with ("" otherwise)."""
    from layers.coverage.service_layers import layer_threshold

    if not (layer.kind.is_service and layer.radius_m):
        return ""
    text = translate("export", "service radius {radius}").format(radius=format_length(layer.radius_m))
    threshold = layer_threshold(layer)
    return text if threshold is None else translate("export", "{radius}, ≥ {level} departures/h").format(
        radius=text, level=format_number(threshold, len(f"{threshold:g}".partition(".")[2]), grouping=False))


def legend_entries(layers: Iterable[Layer]) -> list[LegendEntry]:
    """Legend entries for the *visible* layers, top layer first (as in the layer panel)."""
    entries = []
    for layer in reversed(list(layers)):
        if not layer.visible:
            continue
        style = layer.style
        family = _family(layer)

        def item(label: str, fill: str, style=style, family=family) -> LegendItem:
            return LegendItem(label, fill, style.stroke, family, style.fill_opacity, style.width, style.point_size,
                              style.opacity)

        categorised = bool(style.colour_field)  # by category or by class (graduated): one item per row
        if categorised:
            items = tuple(item(str(value), colour) for value, colour in style.legend_classes())
        else:  # lines are drawn in the stroke colour, points and polygons filled with the fill colour
            items = (item(layer.name, style.stroke if family == "line" else style.fill),)
        extra = _service_text(layer)
        entries.append(LegendEntry(layer.name, layer.kind.value, family, items, layer.note, categorised, extra,
                                   layer.key or (layer.name if layer.derived else "")))
    return entries


def above_polygons(families: list[str]) -> int:
    """Where an extra polygon layer (a coverage result's gaps) goes in a bottom-first drawing order of layers of
    these geometry ``families``: above the topmost polygon layer, under every line and point layer above it, so
    that nothing hides the stations and routes."""
    polygons = [i for i, family in enumerate(families) if family in ("polygon", "mixed")]
    return polygons[-1] + 1 if polygons else 0


def split_attribution(text: str) -> list[str]:
    return [part.strip() for part in text.replace("\n", ";").split(";") if part.strip()]


def collect_sources(document: MapDocument, layers: list[Layer] | None = None) -> list[str]:
    """The data sources and licences of the visible layers and the region, each once, in order."""
    out: list[str] = []
    seen: set[str] = set()
    chosen = [lyr for lyr in (layers if layers is not None else list(document.layers)) if lyr.visible]
    texts = [document.region.attribution]
    for layer in chosen:
        if layer.attribution:
            texts.append(layer.attribution)
        elif _is_file_or_url(layer.source):  # computed layers ("derived", "coverage check") have no licence
            texts.append(translate("export", "{layer}: {file} (licence not stated)").format(
                layer=layer.name, file=_file_name(layer.source)))
    for text in texts:
        for part in split_attribution(text):
            key = part.casefold()
            if key not in seen:
                seen.add(key)
                out.append(part)
    return out


def _is_file_or_url(source: str) -> bool:
    return bool(source) and source not in ("built-in", "derived") and ("/" in source or "\\" in source
                                                                       or "." in source.rsplit(" ", 1)[-1])


def _file_name(source: str) -> str:
    return source.replace("\\", "/").rsplit("/", 1)[-1]


def collect_notes(layers: Iterable[Layer]) -> list[str]:
    """Labels for schematic/approximate data of the visible layers: ``"<layer>: <note>"``."""
    return [f"{lyr.name}: {lyr.note}" for lyr in layers if lyr.visible and lyr.note]
