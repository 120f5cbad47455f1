"""The layer model: a layer is data in EPSG:3067 plus style, visibility, kind and service radius.

Both :class:`Layer` and :class:`LayerList` are observable through ``.events`` (an :class:`~layers.events.Emitter`).
Layer events: ``name``, ``style``, ``visible``, ``kind``, ``radius``, ``threshold``, ``data``, ``note``,
``attribution`` (``value`` and ``old`` are given).  List events: ``inserted`` (index, layer), ``removed`` (index,
layer), ``moved`` (src, dst, layer), ``changed`` (layer, what) forwarded from any layer in the list.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from dataclasses import dataclass, replace
from enum import StrEnum
from typing import TYPE_CHECKING, Any

from layers.events import Emitter, Event

if TYPE_CHECKING:
    import geopandas as gpd


class LayerEvent(StrEnum):
    """What changed on a :class:`Layer` (the ``type`` of its events, the ``what`` of a list's ``changed``)."""

    NAME = "name"
    STYLE = "style"
    VISIBLE = "visible"
    KIND = "kind"
    RADIUS = "radius"
    THRESHOLD = "threshold"  # the service threshold (departures per hour) of a layer with a ``per_hour`` field
    DATA = "data"
    NOTE = "note"
    ATTRIBUTION = "attribution"


class LayerListEvent(StrEnum):
    """What happened in a :class:`LayerList`."""

    INSERTED = "inserted"
    REMOVED = "removed"
    MOVED = "moved"
    CHANGED = "changed"  # a layer in the list changed: ``layer``, ``what`` (a LayerEvent), ``value``, ``old``


class LayerKind(StrEnum):
    BOUNDARY = "boundary"
    HOTSPOT = "hotspot"
    IN_BETWEEN = "in-between"
    TRANSPORT = "transport"
    ENERGY = "energy"
    PROJECT = "project"
    POPULATION = "population"  # people per feature (a grid or points): a population source, not a service
    OTHER = "other"

    @property
    def label(self) -> str:
        return {"hotspot": "Hot spots", "in-between": "In-between areas"}.get(self.value, self.value.capitalize())

    @property
    def is_service(self) -> bool:
        """Transport and energy layers provide a service with a radius."""
        return self in (LayerKind.TRANSPORT, LayerKind.ENERGY)


@dataclass(frozen=True)
class Style:
    """How a layer is drawn.  Colours are ``#rrggbb``; widths and sizes in screen pixels."""

    fill: str = "#8fb3d9"
    stroke: str = "#2b5d8a"
    width: float = 1.0
    point_size: float = 6.0
    opacity: float = 1.0
    fill_opacity: float = 0.6
    category_field: str | None = None
    categories: tuple[tuple[str, str], ...] = ()  # (value, colour) pairs, in legend order
    # graduated: a numeric field's classes (lower, upper, colour), ascending, from layers.classify; a value equal
    # to a bound joins the lower class, as in QGIS.  The method and ramp are what the classes were made with.
    graduated_field: str | None = None
    classes: tuple[tuple[float, float, str], ...] = ()
    graduated_method: str = "quantile"
    graduated_ramp: str = "yellow-red"

    def with_(self, **changes: Any) -> Style:
        return replace(self, **changes)

    @property
    def categorised(self) -> bool:
        return bool(self.category_field and self.categories)

    @property
    def graduated(self) -> bool:
        return bool(self.graduated_field and self.classes)

    @property
    def colour_field(self) -> str | None:
        """The field whose values colour the features (by category or by class), or None for one colour."""
        return self.graduated_field if self.graduated else self.category_field if self.categorised else None

    def colour_rule(self) -> tuple[Any, ...]:
        """What decides each feature's colour (a cache key for per-row colours)."""
        if self.graduated:
            return ("graduated", self.graduated_field, self.classes)
        return ("categorised", self.category_field, self.categories) if self.categorised else ("single",)

    def legend_classes(self) -> tuple[tuple[str, str], ...]:
        """(label, colour) per legend row of a styled-by-value layer: its categories, or its classes labelled
        "lower – upper"; empty for a single colour."""
        if self.graduated:
            from layers.classify import class_label

            return tuple((class_label(lo, hi), colour) for lo, hi, colour in self.classes)
        return self.categories if self.categorised else ()

    def colour_for(self, value: object) -> str:
        if self.graduated:
            from layers.classify import class_colours

            return str(class_colours([value], self.classes, self.fill)[0])
        for v, colour in self.categories:
            if v == str(value):
                return colour
        return self.fill


DEFAULT_STYLES: dict[LayerKind, Style] = {
    LayerKind.BOUNDARY: Style(fill="#f2efe6", stroke="#6b6b6b", width=1.0, fill_opacity=0.0),
    LayerKind.HOTSPOT: Style(fill="#e8590c", stroke="#b8430a", width=1.0, fill_opacity=0.55),
    LayerKind.IN_BETWEEN: Style(fill="#c5e1a5", stroke="#7cb342", width=0.0, fill_opacity=0.35),
    LayerKind.TRANSPORT: Style(fill="#1c7ed6", stroke="#1864ab", width=2.0, point_size=6.0),
    LayerKind.ENERGY: Style(fill="#fab005", stroke="#e67700", width=2.0, point_size=7.0),
    LayerKind.PROJECT: Style(fill="#ae3ec9", stroke="#862e9c", width=1.5, point_size=7.0),
    LayerKind.POPULATION: Style(fill="#f783ac", stroke="#c2255c", width=0.5, point_size=5.0, fill_opacity=0.35),
    LayerKind.OTHER: Style(fill="#868e96", stroke="#495057", width=1.0, point_size=5.0),
}

# Service radius defaults by geometry family (metres), as planners use them for walking access.
DEFAULT_RADIUS_M: dict[str, float] = {"point": 800.0, "line": 1000.0, "polygon": 500.0}
FALLBACK_RADIUS_M = 800.0  # a layer of mixed (or no) geometry: the walking distance used for stops


def family_radius_m(family: str) -> float:
    """The radius a service layer of this geometry family gets when none is set."""
    return DEFAULT_RADIUS_M.get(family, FALLBACK_RADIUS_M)

_ids = itertools.count(1)


def geometry_family(gdf: gpd.GeoDataFrame) -> str:
    """``point``, ``line``, ``polygon`` or ``mixed`` (empty frames count as ``mixed``)."""
    types = {t.replace("Multi", "") for t in gdf.geom_type.dropna().unique()}
    fam = {"Point": "point", "LineString": "line", "LinearRing": "line", "Polygon": "polygon"}
    mapped = {fam.get(t, "mixed") for t in types}
    return mapped.pop() if len(mapped) == 1 else "mixed"


def default_radius_m(data: gpd.GeoDataFrame) -> float:
    """The radius a layer with these features gets when it becomes a service layer."""
    return family_radius_m(geometry_family(data))


MAX_THRESHOLD_PER_H = 1000.0  # more departures an hour than any stop has: a typo, not a service level


def _checked_threshold(value: float | None) -> float | None:
    """A service threshold as stored: None or 0 mean "any" (None); otherwise 0 < value <= 1000 per hour."""
    if value is None:
        return None
    value = float(value)
    if not (0.0 <= value <= MAX_THRESHOLD_PER_H):  # NaN fails too
        raise ValueError(f"service threshold must be between 0 and {MAX_THRESHOLD_PER_H:g} departures per hour, "
                         f"not {value:g}")
    return value or None


def made_as(layer: Layer, key: str) -> bool:
    """Whether ``layer`` is the derived layer that code knows as ``key`` (its English name): by its key, whatever
    its shown name; a layer of a project saved before keys by that name and the derived flag."""
    return layer.key == key if layer.key else layer.derived and layer.name == key


def service_radius_m(layer: Layer) -> float:
    """The radius the coverage check uses for ``layer``: its own, else the default for its features (the dock,
    ``regionmap coverage`` and ``regionmap export --coverage`` all read it here)."""
    return float(layer.radius_m) if layer.radius_m else default_radius_m(layer.data)


class Layer:
    """One map layer.  ``data`` must already be in EPSG:3067 (see :func:`layers.crs.to_work_crs`)."""

    def __init__(
        self,
        data: gpd.GeoDataFrame,
        name: str,
        kind: LayerKind | str = LayerKind.OTHER,
        style: Style | None = None,
        visible: bool = True,
        radius_m: float | None = None,
        source: str = "",
        service_threshold: float | None = None,
        attribution: str = "",
        note: str = "",
        derived: bool = False,
        key: str = "",
    ) -> None:
        if data.crs is not None and data.crs.to_epsg() != 3067:
            raise ValueError(f"layer {name!r}: data must be in EPSG:3067, not {data.crs.to_string()}")
        self.events = Emitter(LayerEvent)
        self.id = next(_ids)
        self._data = data
        self._name = name
        self._kind = LayerKind(kind)
        self._style = style or DEFAULT_STYLES[self._kind]
        self._visible = visible
        if radius_m is None and self._kind.is_service:
            radius_m = default_radius_m(data)
        self._radius_m = radius_m
        self._service_threshold = _checked_threshold(service_threshold)
        self.source = source  # path or description of where the data came from
        self._attribution = str(attribution).strip()  # source / licence text that exports credit
        self._note = note  # e.g. "schematic: generated from municipal centres"
        self._derived = bool(derived)
        # what code knows a layer it made by (a derived layer's kind: "Coverage gaps"), whatever its name: the
        # name is shown in the interface language when the layer is made and the planner may rename it
        self.key = str(key)

    def __repr__(self) -> str:
        derived = ", derived" if self._derived else ""
        return f"Layer({self._name!r}, kind={self._kind.value}, n={len(self._data)}{derived})"

    @property
    def derived(self) -> bool:
        """Made by an analysis and replaced when it reruns: not an undo step (fixed for the layer's life)."""
        return self._derived

    def _set(self, attr: str, value: Any, event: LayerEvent) -> None:
        old = getattr(self, attr)
        if old is value or (not hasattr(old, "geometry") and old == value):
            return
        setattr(self, attr, value)
        self.events.emit(event, self, value=value, old=old)

    @property
    def data(self) -> gpd.GeoDataFrame:
        return self._data

    @data.setter
    def data(self, value: gpd.GeoDataFrame) -> None:
        if value.crs is not None and value.crs.to_epsg() != 3067:
            raise ValueError("layer data must be in EPSG:3067")
        self._set("_data", value, LayerEvent.DATA)

    @property
    def name(self) -> str:
        return self._name

    @name.setter
    def name(self, value: str) -> None:
        value = str(value).strip()
        if not value:
            raise ValueError("a layer name cannot be empty")
        self._set("_name", value, LayerEvent.NAME)

    @property
    def kind(self) -> LayerKind:
        return self._kind

    @kind.setter
    def kind(self, value: LayerKind | str) -> None:
        value = LayerKind(value)
        self._set("_kind", value, LayerEvent.KIND)
        if value.is_service and self._radius_m is None:
            self.radius_m = default_radius_m(self._data)

    @property
    def style(self) -> Style:
        return self._style

    @style.setter
    def style(self, value: Style) -> None:
        self._set("_style", value, LayerEvent.STYLE)

    @property
    def visible(self) -> bool:
        return self._visible

    @visible.setter
    def visible(self, value: bool) -> None:
        self._set("_visible", bool(value), LayerEvent.VISIBLE)

    @property
    def opacity(self) -> float:
        return self._style.opacity

    @opacity.setter
    def opacity(self, value: float) -> None:
        self.style = self._style.with_(opacity=min(max(float(value), 0.0), 1.0))

    @property
    def radius_m(self) -> float | None:
        return self._radius_m

    @radius_m.setter
    def radius_m(self, value: float | None) -> None:
        if value is not None:
            value = float(value)
            if not (0.0 < value <= 100_000.0):
                raise ValueError(f"service radius must be between 0 and 100 km, not {value:g} m")
        self._set("_radius_m", value, LayerEvent.RADIUS)

    @property
    def service_threshold(self) -> float | None:
        """The fewest departures per hour a feature must have to serve (None: every feature serves).

        Beside the radius, because planners write service targets as "within 500 m of a stop served at least
        four times an hour".  It applies only to layers whose data have a ``per_hour`` field (the stops of a
        GTFS feed, :mod:`layers.transit`); other layers keep it but ignore it
        (:func:`layers.coverage.service_layers.layer_threshold`).
        """
        return self._service_threshold

    @service_threshold.setter
    def service_threshold(self, value: float | None) -> None:
        self._set("_service_threshold", _checked_threshold(value), LayerEvent.THRESHOLD)

    @property
    def note(self) -> str:
        return self._note

    @note.setter
    def note(self, value: str) -> None:
        self._set("_note", value, LayerEvent.NOTE)

    @property
    def attribution(self) -> str:
        """Who made the data and under which licence (e.g. "© City of Helsinki, CC BY 4.0"); ``;`` separates parts."""
        return self._attribution

    @attribution.setter
    def attribution(self, value: str) -> None:
        self._set("_attribution", str(value).strip(), LayerEvent.ATTRIBUTION)

    @property
    def bounds(self) -> tuple[float, float, float, float]:
        return tuple(float(v) for v in self._data.total_bounds)  # type: ignore[return-value]


class LayerList:
    """The ordered layers of a map; index 0 is drawn first (bottom), the last on top."""

    def __init__(self, layers: list[Layer] | None = None) -> None:
        self.events = Emitter(LayerListEvent)
        self._layers: list[Layer] = []
        for layer in layers or []:
            self.append(layer)

    def __len__(self) -> int:
        return len(self._layers)

    def __iter__(self) -> Iterator[Layer]:
        return iter(list(self._layers))

    def __getitem__(self, index: int) -> Layer:
        return self._layers[index]

    def __contains__(self, layer: object) -> bool:
        return layer in self._layers

    def index(self, layer: Layer) -> int:
        return self._layers.index(layer)

    def by_name(self, name: str) -> Layer | None:
        return next((lyr for lyr in self._layers if lyr.name == name), None)

    def of_kind(self, *kinds: LayerKind) -> list[Layer]:
        return [lyr for lyr in self._layers if lyr.kind in kinds]

    def _forward(self, event: Event) -> None:
        self.events.emit(LayerListEvent.CHANGED, self, layer=event.source, what=event.type,
                         value=event.data.get("value"), old=event.data.get("old"))

    def insert(self, index: int, layer: Layer) -> None:
        if layer in self._layers:
            raise ValueError(f"layer {layer.name!r} is already in the list")
        index = max(0, min(index, len(self._layers)))
        self._layers.insert(index, layer)
        layer.events.connect(self._forward)
        self.events.emit(LayerListEvent.INSERTED, self, index=index, layer=layer)

    def append(self, layer: Layer) -> None:
        self.insert(len(self._layers), layer)

    def remove(self, layer: Layer) -> None:
        self.pop(self._layers.index(layer))

    def pop(self, index: int) -> Layer:
        layer = self._layers.pop(index)
        layer.events.disconnect(self._forward)
        self.events.emit(LayerListEvent.REMOVED, self, index=index, layer=layer)
        return layer

    def move(self, src: int, dst: int) -> None:
        """Move the layer at ``src`` so that it ends at index ``dst``."""
        if src == dst:
            return
        n = len(self._layers)
        if not (0 <= src < n and 0 <= dst < n):
            raise IndexError(f"move {src} -> {dst} out of range for {n} layers")
        layer = self._layers.pop(src)
        self._layers.insert(dst, layer)
        self.events.emit(LayerListEvent.MOVED, self, src=src, dst=dst, layer=layer)

    def clear(self) -> None:
        while self._layers:
            self.pop(len(self._layers) - 1)
