"""Zone sets: a polygon layer whose category field maps every place to one zone class.

The coverage check's built-in zones are hot spots and the in-between areas around them.  Finland also has
official definitions of what lies between the cities, and a planner may want coverage per such class: a zone
set is a polygon layer, one of its fields and a mapping ``{value: class}``; the zones are then each
municipality's area intersected with each class's polygons (:func:`zones_from_zone_set`), and the in-between
targets judge one class, the *target class* (default :data:`INTERMEDIATE`).

Two mappings are built in (:data:`PRESETS`), both of data of the Finnish Environment Institute (SYKE), open
under CC BY 4.0:

* ``syke-urban-zones``: SYKE's urban-structure zones (yhdyskuntarakenteen vyöhykkeet, field ``vyohselite`` or
  its code ``vyoh``): the centre and sub-centre zones are "core", the public-transport zones "intermediate", the
  car zone "car zone".  A combined zone ("keskustan reunavyöhyke/joukkoliikennevyöhyke") is a centre zone that
  public transport also serves: its centre part decides, so it is core.
* ``syke-urban-rural``: SYKE's urban-rural classification (kaupunki-maaseutu-luokitus, 7 classes on a 250 m
  grid), grouped as the official intermediate zone (välivyöhyke) does it: peri-urban area + rural areas close to
  urban areas are "intermediate", inner + outer urban area the "urban core", the rest "rural".  The classes are
  recognised by their number (1-7), their code (K1-K3, M4-M7) or their Finnish or English name.

Values are matched as text, trimmed and case-insensitive (a code 5 read as 5.0 is "5").  Values of the field that
the mapping does not name are left out of every zone, with a warning saying which and how much area they had.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from layers.coverage.zones import Zones, clipped_hotspots, prepared_municipalities
from layers.crs import WORK_CRS
from layers.errors import UserError
from layers.hotspots import category_key as value_key  # a field value as the mapping matches it
from layers.i18n import QT_TRANSLATE_NOOP, format_number, translate
from layers.tasks import CancelledFn, ProgressFn, check_cancelled, never_cancelled, no_progress
from layers.urban_rural import INTERMEDIATE, RURAL, URBAN_CORE, URBAN_RURAL_CLASSES

if TYPE_CHECKING:
    import geopandas as gpd

    from layers.document import MapDocument

CORE, CAR_ZONE = "core", "car zone"
DEFAULT_TARGET_CLASS = INTERMEDIATE
RESERVED_CLASSES = ("all",)  # the label of the totals' last row
# The built-in classes' keys stay English wherever a program reads them (projects, JSON, CSV values, --zones);
# the interface shows their words (:func:`class_word`) and reads them back (:func:`class_key`).
CLASS_WORDS = {CORE: QT_TRANSLATE_NOOP("coverage", "core"), INTERMEDIATE: QT_TRANSLATE_NOOP("coverage", "intermediate"),
               CAR_ZONE: QT_TRANSLATE_NOOP("coverage", "car zone"),
               URBAN_CORE: QT_TRANSLATE_NOOP("coverage", "urban core"), RURAL: QT_TRANSLATE_NOOP("coverage", "rural")}


def class_word(zone_class: str) -> str:
    """A built-in zone class in the interface language ("intermediate" -> "välivyöhyke"); a planner's own class
    name as it is."""
    return translate("coverage", CLASS_WORDS[zone_class]) if zone_class in CLASS_WORDS else zone_class


def class_key(shown: str) -> str:
    """The class of a text the interface shows or the planner types: a built-in class's word in the interface
    language (any case) or its key gives the key; any other text is the planner's own class, as typed."""
    text = shown.strip()
    words = {translate("coverage", word).casefold(): key for key, word in CLASS_WORDS.items()}
    return words.get(text.casefold(), text)

# SYKE, yhdyskuntarakenteen vyöhykkeet 2021 (CC BY 4.0): (code in ``vyoh``, text in ``vyohselite``, class).
URBAN_ZONES: tuple[tuple[int, str, str], ...] = (
    (1, "keskustan jalankulkuvyöhyke", CORE),
    (2, "keskustan reunavyöhyke", CORE),
    (10, "alakeskuksen jalankulkuvyöhyke", CORE),
    (11, "alakeskuksen jalankulkuvyöhyke/joukkoliikennevyöhyke", CORE),
    (12, "alakeskuksen jalankulkuvyöhyke/intensiivinen joukkoliikennevyöhyke", CORE),
    (40, "keskustan reunavyöhyke/joukkoliikennevyöhyke", CORE),
    (41, "keskustan reunavyöhyke/intensiivinen joukkoliikennevyöhyke", CORE),
    (3, "intensiivinen joukkoliikennevyöhyke", INTERMEDIATE),
    (4, "joukkoliikennevyöhyke", INTERMEDIATE),
    (5, "autovyöhyke", CAR_ZONE),
)

# SYKE's kaupunki-maaseutu-luokitus: its 7 classes and their groups are in layers.urban_rural (the download reads
# them too).


@dataclass(frozen=True)
class Preset:
    """A built-in mapping: its usual field, ``{value: class}`` and its classes in the order the totals list them."""

    name: str
    field: str
    mapping: dict[str, str]
    classes: tuple[str, ...]
    source: str


def _urban_zones() -> dict[str, str]:
    return {**{name: cls for _, name, cls in URBAN_ZONES}, **{str(code): cls for code, _, cls in URBAN_ZONES}}


def _urban_rural() -> dict[str, str]:
    out: dict[str, str] = {}
    for number, code, fi, en, group in URBAN_RURAL_CLASSES:
        for key in (str(number), code, fi, en, f"{code} {fi}", f"{code} {en}"):
            out[key] = group
    return out


PRESETS: dict[str, Preset] = {
    "syke-urban-zones": Preset("syke-urban-zones", "vyohselite", _urban_zones(), (CORE, INTERMEDIATE, CAR_ZONE),
                               "SYKE, urban-structure zones (yhdyskuntarakenteen vyöhykkeet), CC BY 4.0"),
    "syke-urban-rural": Preset("syke-urban-rural", "luokka", _urban_rural(), (URBAN_CORE, INTERMEDIATE, RURAL),
                               "SYKE, urban-rural classification (kaupunki-maaseutu-luokitus), CC BY 4.0"),
}


@dataclass(frozen=True)
class ZoneSet:
    """A zone set: which file and field, ``{value: class}`` (or a preset's), and the class the targets judge."""

    source: str
    field: str
    mapping: dict[str, str]
    preset: str | None = None
    target: str = DEFAULT_TARGET_CLASS

    @property
    def classes(self) -> tuple[str, ...]:
        """The classes in the preset's order, else in the mapping's order of first appearance."""
        if self.preset:
            return PRESETS[self.preset].classes
        return tuple(dict.fromkeys(self.mapping.values()))

    def to_dict(self) -> dict[str, Any]:
        """What the output names as the zone set: the preset by name (its mapping is in this module)."""
        return {"file": self.source, "field": self.field,
                "mapping": self.preset if self.preset else dict(self.mapping), "target_class": self.target}

    @classmethod
    def from_dict(cls, raw: object) -> ZoneSet | None:
        """A zone set kept in a project (:meth:`to_dict`); None for anything else (an older or damaged file: the
        zones are then hot spots / in-between), so that a bad entry never stops a project from opening."""
        if not isinstance(raw, dict):
            return None
        source, fld, mapping = raw.get("file"), raw.get("field"), raw.get("mapping")
        if not isinstance(source, str) or not source or not isinstance(fld, str) or not fld:
            return None
        preset = mapping if isinstance(mapping, str) and mapping in PRESETS else None
        if preset is not None:
            mapping = dict(PRESETS[preset].mapping)
        elif not (isinstance(mapping, dict) and mapping and all(
                isinstance(k, str) and isinstance(v, str) and v and v.casefold() not in RESERVED_CLASSES
                for k, v in mapping.items())):
            return None
        target = raw.get("target_class")
        zone_set = cls(source, fld, dict(mapping), preset, DEFAULT_TARGET_CLASS)
        if isinstance(target, str) and target in zone_set.classes:
            zone_set = cls(source, fld, dict(mapping), preset, target)
        return zone_set

    @property
    def label(self) -> str:
        """The zone set in words as the interface shows it: the layer, field, preset and classes."""
        return zones_text(self.to_dict())


def zones_label(zone_set: dict[str, Any] | None, shown: bool = False) -> str:
    """What the zones are, in words (a :meth:`ZoneSet.to_dict`, as a result names it): "syke_urban_zones:
    vyohselite (syke-urban-zones: core, intermediate, car zone; judged: intermediate)"; "" for hot spots /
    in-between, which the table's zone column names already.  English for what programs read (the CSV's
    ``zone_set`` column); ``shown``: in the interface language, with the classes' words (:func:`zones_text`)."""
    if not zone_set:
        return ""
    word = class_word if shown else str
    mapping = zone_set.get("mapping")
    if isinstance(mapping, str) and mapping in PRESETS:
        how, classes = mapping, PRESETS[mapping].classes
    else:
        how = translate("coverage", "own mapping") if shown else "own mapping"
        classes = tuple(dict.fromkeys(mapping.values())) if isinstance(mapping, dict) else ()
    template = translate("coverage", "{file}: {field} ({how}: {classes}; judged: {target})") if shown else \
        "{file}: {field} ({how}: {classes}; judged: {target})"
    return template.format(file=zone_set.get("file"), field=zone_set.get("field"), how=how,
                           classes=", ".join(word(c) for c in classes), target=word(str(zone_set.get("target_class"))))


def zones_text(zone_set: dict[str, Any] | None) -> str:
    """:func:`zones_label` as the dock, the layers' notes and the pages show it: in the interface language."""
    return zones_label(zone_set, shown=True)


def parse_mapping(text: str) -> tuple[dict[str, str], str | None]:
    """``value1=class1,value2=class2,...`` or a preset's name: (mapping, preset name or None)."""
    name = text.strip()
    if name in PRESETS:
        return dict(PRESETS[name].mapping), name
    if "=" not in name:
        raise UserError(translate("coverage", "zone mapping {text!r}: give value=class pairs separated by commas "
                                              "(e.g. keskusta=core,autovyöhyke=car zone) or a preset: {names}").format(
                            text=text, names=', '.join(PRESETS)))
    mapping: dict[str, str] = {}
    for part in name.split(","):
        value, sep, cls = part.partition("=")
        value, cls = value.strip(), cls.strip()
        if not sep or not value or not cls:
            raise UserError(translate("coverage", "zone mapping {text!r}: {value!r} is not value=class; give pairs "
                                                  "such as autovyöhyke=car zone").format(
                                text=text, value=part.strip()))
        if cls.casefold() in RESERVED_CLASSES:
            raise UserError(translate("coverage", "zone mapping {text!r}: {cls!r} cannot be a class name (it is the "
                                                  "totals' row)").format(text=text, cls=cls))
        if value in mapping and mapping[value] != cls:
            raise UserError(translate("coverage", "zone mapping {text!r}: value {value!r} is mapped twice "
                                                  "({earlier!r}, {cls!r})").format(
                                text=text, value=value, earlier=mapping[value], cls=cls))
        mapping[value] = cls
    return mapping, None


def guess_field(layer: gpd.GeoDataFrame, mapping: dict[str, str]) -> str | None:
    """The field most of whose values the mapping names (for a preset given without a field), else None."""
    keys = {value_key(k) for k in mapping}
    best, best_share = None, 0.5
    for col in layer.columns:
        if col == "geometry" or not len(layer):
            continue
        share = sum(value_key(v) in keys for v in layer[col].tolist()) / len(layer)
        if share > best_share:
            best, best_share = col, share
    return best


def class_polygons(layer: gpd.GeoDataFrame, zone_set: ZoneSet, warnings: list[str]) -> dict[str, Any]:
    """Each class's polygons (EPSG:3067) as one geometry, in :attr:`ZoneSet.classes` order; a place that
    polygons of two classes claim is counted once, for the earlier class (with a warning).

    Raises :class:`UserError` naming the file and field when the field is missing or no value is mapped."""
    import numpy as np
    import shapely

    where = f"{zone_set.source}"
    if zone_set.field not in layer.columns:
        fields = ", ".join(c for c in layer.columns if c != "geometry") or "none"
        raise UserError(translate("coverage", "--zones {where}: has no field {field!r} (fields: {fields}); name the "
                                              "zone field after the file, FILE:FIELD=MAPPING").format(
                            where=where, field=zone_set.field, fields=fields))
    polys = layer[layer.geom_type.isin(["Polygon", "MultiPolygon"])]
    if polys.empty:
        raise UserError(translate("coverage", "--zones {where}: has no polygons; a zone set is a polygon layer").format(
                            where=where))
    polys = polys.to_crs(WORK_CRS) if polys.crs is not None and str(polys.crs) != WORK_CRS else polys
    mapping = {value_key(k): v for k, v in zone_set.mapping.items()}
    keys = np.array([value_key(v) for v in polys[zone_set.field].tolist()], dtype=object)
    classes = np.array([mapping.get(k) for k in keys], dtype=object)
    geoms = shapely.make_valid(polys.geometry.values)
    unmapped = classes == None  # noqa: E711 (element-wise)
    if unmapped.all():
        present = ", ".join(repr(v) for v in list(dict.fromkeys(polys[zone_set.field].astype(str)))[:10])
        raise UserError(translate("coverage", "--zones {where}:{field}: no value of the field is in the mapping "
                                              "(values: {present}); map them as value=class").format(
                            where=where, field=zone_set.field, present=present))
    if unmapped.any():
        left = list(dict.fromkeys(polys[zone_set.field].astype(str)[unmapped]))
        km2 = float(shapely.area(geoms[unmapped]).sum()) / 1e6
        warnings.append(translate("coverage", "zone set {where}:{field}: {count} polygon(s) with a value the "
                                              "mapping does not name are left out ({area} km2): {values}").format(
                            where=where, field=zone_set.field, count=format_number(int(unmapped.sum())),
                            area=format_number(km2, 2),
                            values=", ".join(repr(v) for v in left[:8]) + (" …" if len(left) > 8 else "")))
    seen = set(keys)
    unused = [k for k in zone_set.mapping if not zone_set.preset and value_key(k) not in seen]
    if unused:
        warnings.append(translate("coverage", "zone set {where}:{field}: the mapping names value(s) the field does "
                                              "not have: {values}").format(
                            where=where, field=zone_set.field, values=", ".join(repr(v) for v in unused[:8])))
    out: dict[str, Any] = {}
    if _is_coverage(geoms[~unmapped]):  # a grid or a clean partition: no overlaps to resolve, a fast union
        return {cls: shapely.coverage_union_all(geoms[classes == cls]) if (classes == cls).any()
                else shapely.Polygon() for cls in zone_set.classes}
    taken = shapely.Polygon()
    overlap = 0.0
    for cls in zone_set.classes:
        union = shapely.union_all(geoms[classes == cls]) if (classes == cls).any() else shapely.Polygon()
        part = shapely.difference(union, taken)
        overlap += float(union.area - part.area)
        out[cls] = part
        taken = shapely.union(taken, part)
    if overlap > 1.0:
        warnings.append(translate("coverage", "zone set {where}: polygons of different classes overlap ({area} km2); "
                                              "each overlap is counted once, for the class named first").format(
                            where=where, area=format_number(overlap / 1e6, 2)))
    return out


def _is_coverage(geoms: Any) -> bool:
    """Whether the polygons tile without overlaps (SYKE's 250 m grid does): then each class is unioned as a
    coverage, several times faster than a general union (about 150,000 cells).  Needs shapely >= 2.1 (GEOS
    3.12); older ones take the general union."""
    import shapely

    check = getattr(shapely, "coverage_is_valid", None)
    return bool(check is not None and len(geoms) and check(geoms))


def zones_from_zone_set(municipalities: gpd.GeoDataFrame, layer: gpd.GeoDataFrame, zone_set: ZoneSet,
                        land: gpd.GeoDataFrame | None = None, hotspots: gpd.GeoDataFrame | None = None,
                        progress: ProgressFn = no_progress, cancelled: CancelledFn = never_cancelled) -> Zones:
    """Zones municipality x class: each municipality's area (repaired and clipped to ``land`` as the hot-spot
    zones are) intersected with each class's polygons.  Every municipality gets a row per class (area 0 where
    the class is absent), so tables line up; ``hotspots`` (optional) are kept for the hot-spot links only.
    ``progress`` and ``cancelled``: a task's (:func:`build_zones` runs it off the window's thread)."""
    import geopandas as gpd
    import shapely

    warnings: list[str] = []
    progress(0.0, f"preparing the municipalities for the zone set {zone_set.source}")
    muni = prepared_municipalities(municipalities, land, warnings)
    check_cancelled(cancelled)
    progress(0.2, f"joining the polygons of each class of {zone_set.source}")
    by_class = class_polygons(layer, zone_set, warnings)
    region = muni.union_all()
    rows: list[dict[str, Any]] = []
    for k, (cls, geom) in enumerate(by_class.items()):
        check_cancelled(cancelled)
        progress(0.6 + 0.35 * k / max(len(by_class), 1), f"cutting the municipalities by the class {cls}")
        parts = shapely.intersection(muni.geometry.values, geom)
        rows.extend({"code": c, "municipality": n, "zone": cls, "geometry": g}
                    for c, n, g in zip(muni["code"], muni["name"], parts, strict=True))
    frame = gpd.GeoDataFrame(rows, geometry="geometry", crs=WORK_CRS)
    frame["geometry"] = [shapely.make_valid(g) if not g.is_valid else g for g in frame.geometry]
    order = {c: i for i, c in enumerate(muni["code"])}
    frame = frame.sort_values("code", key=lambda s: s.map(order), kind="stable").reset_index(drop=True)
    zoned = frame.groupby("code", sort=False).geometry.apply(lambda g: float(g.area.sum()))
    outside = [n for c, n in zip(muni["code"], muni["name"], strict=True) if zoned.get(c, 0.0) <= 0]
    if outside:
        warnings.append(translate("coverage", "the zone set {source} does not reach {count} municipality(ies), "
                                              "whose rows have no area: {names}").format(
                            source=zone_set.source, count=format_number(len(outside)),
                            names=", ".join(outside[:5]) + (" …" if len(outside) > 5 else "")))
    not_zoned = float(region.area) - float(zoned.sum())
    if not_zoned > 1e4:  # m2; the zone set leaves part of the region in no class
        warnings.append(translate("coverage", "{area} km2 of the region lie in no class of the zone set {source} and "
                                              "are not counted").format(
                            area=format_number(not_zoned / 1e6, 2), source=zone_set.source))
    if zone_set.target not in zone_set.classes:
        warnings.append(translate("coverage", "the zone set has no class {target!r} (classes: {names}); targets "
                                              "judge nothing").format(
                            target=zone_set.target, names=', '.join(zone_set.classes)))
    return Zones(frame=frame, hotspots=clipped_hotspots(hotspots, region, warnings), warnings=warnings, land=land,
                 classes=zone_set.classes, target=zone_set.target, zone_set=zone_set.to_dict())


@dataclass(frozen=True)
class ZoneRequest:
    """What building the zones reads, taken from the document on the window's thread, so that
    :func:`build_zones` can run in a task: the region's municipalities and land, the zone set (None: hot spots /
    in-between), its layer's features and the hot spots (the objects themselves: a request is current while the
    document still holds them, :meth:`is_for`)."""

    zone_set: ZoneSet | None
    municipalities: Any
    layer: Any
    hotspots: Any
    land: Any

    @classmethod
    def of(cls, document: MapDocument, zone_set: ZoneSet | None) -> ZoneRequest:
        """The request for ``document``'s zones by ``zone_set`` (None: hot spots / in-between); raises
        :class:`UserError` when its layer is not loaded."""
        if zone_set is None:
            return cls(None, document.region.municipalities, None, document.hotspot_layer.data, document.land)
        layer = next((lay for lay in document.layers if lay.name == zone_set.source and not lay.derived), None)
        if layer is None:
            raise UserError(translate("coverage", "the zone set's layer {source!r} is not loaded: load it again or "
                                                  "choose another zone set in the Zones row").format(
                                source=zone_set.source))
        return cls(zone_set, document.region.municipalities, layer.data, document.hotspot_layer.data,
                   document.land)

    def is_for(self, other: ZoneRequest) -> bool:
        """Whether ``other`` asks for the same zones (the same zone set over the very same data)."""
        return self.zone_set == other.zone_set and all(
            getattr(self, name) is getattr(other, name) for name in ("municipalities", "layer", "hotspots", "land"))


def build_zones(request: ZoneRequest, progress: ProgressFn = no_progress,
                cancelled: CancelledFn = never_cancelled) -> Zones:
    """The zones of ``request`` (:func:`zones_from_zone_set`, or hot spots / in-between by
    :func:`layers.coverage.zones.zones_from_frames`); a task function, for the window's background tasks (0.3 s
    for SYKE's urban zones of the capital region; 8.2 s for a generated 148,248-cell 250 m grid over the built-in
    region's land, on a loaded 2-core machine; 0.5-1 s for hot spots / in-between of official Uusimaa)."""
    from layers.coverage.zones import zones_from_frames

    if request.zone_set is None:
        zones = zones_from_frames(request.municipalities, request.hotspots)  # as zones_from_document
    else:
        zones = zones_from_zone_set(request.municipalities, request.layer, request.zone_set, None,
                                    request.hotspots, progress=progress, cancelled=cancelled)
    zones.land = request.land  # a population grid is clipped to it
    progress(1.0, f"{len(zones.frame):,} zones")
    return zones


def document_zones(document: MapDocument, zone_set: ZoneSet | None = None) -> Zones:
    """The zones a coverage check of ``document`` measures: municipality x the classes of ``zone_set`` (default:
    the document's own, which projects keep), else municipality x {hot spot, in-between}.  The one rule for the
    window's Compute and ``regionmap export --project``; raises :class:`UserError` when the zone set's layer is
    not loaded."""
    from layers.coverage.zones import zones_from_document

    chosen = zone_set if zone_set is not None else getattr(document, "zone_set", None)
    if not isinstance(chosen, ZoneSet):
        return zones_from_document(document)
    return build_zones(ZoneRequest.of(document, chosen))
