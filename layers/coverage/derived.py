"""The map layers derived from a coverage check, in one place: their names, styles and the one path that adds or
updates them.

The Coverage dock shows three analysis layers: the uncovered parts of the judged zones (:data:`GAP_LAYER_NAME`; the
in-between areas, or a zone set's target class, which its note names), the
municipalities coloured pass/fail (:data:`PASS_FAIL_LAYER_NAME`) and the hot spots linked by transport lines or stations
(:data:`LINKS_LAYER_NAME`).  Each is created once by :func:`upsert_layer` and afterwards only gets new data, so
the user's style and order survive a slider move.  Exports ask :func:`document_shows_gaps` so that they do not
draw a result's gaps a second time.

A derived layer is named in the interface language when it is made ("Kattavuuden katvealueet") and keeps that
name (the planner may rename it); code knows it by its key (:attr:`layers.model.Layer.key`, kept in projects):
the English name.  So a project saved under suomi and opened under svenska recomputes into the same layers.
Layers of projects saved before the key are known by their English name and source (:func:`is_analysis_layer`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from layers.coverage.connections import LINK_RULE
from layers.i18n import QT_TRANSLATE_NOOP, translate

if TYPE_CHECKING:
    import geopandas as gpd

    from layers.document import MapDocument
    from layers.model import Layer, LayerList, Style

# the keys of the derived layers (Layer.key), and their names' English sources (shown as layer_name(key))
GAP_LAYER_NAME = QT_TRANSLATE_NOOP("CoverageLayers", "Coverage gaps")
GAP_LAYER_NAMES = (GAP_LAYER_NAME,)
PASS_FAIL_LAYER_NAME = QT_TRANSLATE_NOOP("CoverageLayers", "Coverage pass/fail")
LINKS_LAYER_NAME = QT_TRANSLATE_NOOP("CoverageLayers", "Hot-spot links")
ANALYSIS_LAYER_NAMES = (GAP_LAYER_NAME, PASS_FAIL_LAYER_NAME, LINKS_LAYER_NAME)
DERIVED_SOURCE = "coverage check"  # the ``source`` of every derived layer
PASS_COLOUR, FAIL_COLOUR = "#2f9e44", "#e03131"


def municipality_outlines(zones_frame: gpd.GeoDataFrame) -> gpd.GeoDataFrame:
    """One polygon per municipality: the union of its coverage zones (hot spot + in-between)."""
    import geopandas as gpd
    import shapely

    groups = zones_frame.groupby("municipality", sort=False)
    names = list(groups.groups)
    geoms = [shapely.union_all(zones_frame.geometry.values[idx]) for idx in groups.indices.values()]
    codes = [zones_frame["code"].iloc[idx[0]] if "code" in zones_frame.columns else None
             for idx in groups.indices.values()]
    return gpd.GeoDataFrame({"municipality": names, "code": codes}, geometry=geoms, crs=zones_frame.crs)


def pass_fail_frame(outlines: gpd.GeoDataFrame, passes: dict[str, bool], shares: dict[str, float | None],
                    targets: dict[str, float], sectors: dict[str, str],
                    reasons: dict[str, str] | None = None) -> gpd.GeoDataFrame:
    """Municipalities with a verdict: ``status`` "pass"/"fail", the measured ``share_pct`` and its ``target_pct``
    (per municipality: the sector furthest below its target), ``sectors``: every sector's share, and ``reason``:
    the verdict in words."""
    keep = outlines[outlines["municipality"].isin(list(passes))].copy()
    keep["status"] = ["pass" if passes[m] else "fail" for m in keep["municipality"]]
    keep["share_pct"] = [None if shares.get(m) is None else round(100 * float(shares[m] or 0.0), 1)
                         for m in keep["municipality"]]
    keep["target_pct"] = [round(100 * targets.get(m, 0.0), 1) for m in keep["municipality"]]
    keep["sectors"] = [sectors.get(m, "") for m in keep["municipality"]]
    keep["reason"] = [(reasons or {}).get(m, "") for m in keep["municipality"]]
    return keep.reset_index(drop=True)


def document_shows_gaps(document: MapDocument) -> bool:
    """True when the document already has a coverage gap layer (the coverage panel adds one): exports then do
    not draw the result's gaps a second time."""
    return any(is_analysis_layer(lyr, name) for lyr in document.layers for name in GAP_LAYER_NAMES)


def layer_name(key: str, context: str = "CoverageLayers") -> str:
    """The name a derived layer of ``key`` (its English name) gets when it is made: in the interface language."""
    return translate(context, key)


def is_analysis_layer(layer: Layer, key: str) -> bool:
    """Whether ``layer`` is the derived layer ``key`` (not a user's layer that has the same name).

    Layers made since keys carry theirs, whatever their name (the interface language's, or the planner's);
    older projects' layers have none and are known by their English name and the derived flag or source."""
    from layers.model import made_as

    return made_as(layer, key) or (not layer.key and layer.name == key and layer.source == DERIVED_SOURCE)


def find_derived(layers: LayerList, key: str) -> Layer | None:
    """The derived layer ``key`` in ``layers`` (None: not there)."""
    return next((lyr for lyr in layers if is_analysis_layer(lyr, key)), None)


def upsert_layer(layers: LayerList, key: str, data: gpd.GeoDataFrame, context: str = "CoverageLayers",
                 name: str | None = None, **kwargs: Any) -> Layer:
    """Add the derived layer ``key`` once, named in the interface language (``name``, else the key's
    translation in ``context``); afterwards only replace its data (keeps the user's style, order and name).  It
    is marked derived, so it never becomes an undo step."""
    from layers.model import Layer, LayerKind

    layer = find_derived(layers, key)
    if layer is None:
        layer = Layer(data, name or layer_name(key, context), kind=LayerKind.OTHER, derived=True, key=key, **kwargs)
        layers.append(layer)
    else:
        layer.key = key  # an older project's layer, known by its English name: by its key from now on
        layer.data = data
        if "note" in kwargs and layer.note != kwargs["note"]:  # a flag of being out of date goes with new data
            layer.note = kwargs["note"]
    return layer


OUT_OF_DATE = QT_TRANSLATE_NOOP("CoverageLayers", "OUT OF DATE")  # the notes' flag (shown translated)


def flag_out_of_date(layers: LayerList, why: str) -> None:
    """Mark every analysis layer as out of date (its note, shown with the layer), until the next Compute."""
    flag = translate("CoverageLayers", OUT_OF_DATE)
    for layer in layers:
        if any(is_analysis_layer(layer, name) for name in ANALYSIS_LAYER_NAMES) and not layer.note.startswith(flag):
            layer.note = translate("CoverageLayers", "{flag} ({why}): compute again. {note}").format(
                flag=flag, why=why, note=layer.note)


def remove_layer(layers: LayerList, name: str) -> None:
    """Remove the derived layer ``name`` if it is there (a previous check's layer that no longer applies)."""
    stale = find_derived(layers, name)
    if stale is not None:
        layers.remove(stale)


def zone_note(text: str, target: str, zone_set: dict | None) -> str:
    """A derived layer's note ``text`` (translated, with ``{zone}``) naming the judged class ``target``
    ("in-between" for hot spots / in-between; a zone set's class, e.g. "intermediate") and, for a zone set, what
    it is (:func:`layers.coverage.zone_sets.zones_label`), so the layer is never read as in-between areas when its
    zones are another set's classes."""
    from layers.coverage.labels import zone_word
    from layers.coverage.zone_sets import zones_text

    note = text.format(zone=zone_word(target))
    label = zones_text(zone_set)
    return note + (translate("CoverageLayers", " (zone set {label})").format(label=label) if label else "")


def show_gaps(layers: LayerList, gaps: gpd.GeoDataFrame, target: str = "in-between",
              zone_set: dict | None = None) -> Layer:
    """The uncovered parts of the judged class ``target`` (a zone set's, or in-between)."""
    return upsert_layer(layers, GAP_LAYER_NAME, gaps, source=DERIVED_SOURCE, style=gap_style(),
                        note=zone_note(translate("CoverageLayers", "uncovered {zone} areas at the current radii"),
                                       target, zone_set))


def show_pass_fail(layers: LayerList, frame: gpd.GeoDataFrame, target: str = "in-between",
                   zone_set: dict | None = None) -> Layer:
    text = translate("CoverageLayers",
                     "derived from the coverage check: {zone} share (people where known) vs the target")
    return upsert_layer(layers, PASS_FAIL_LAYER_NAME, frame, style=pass_fail_style(), source=DERIVED_SOURCE,
                        note=zone_note(text, target, zone_set))


def show_links(layers: LayerList, lines: gpd.GeoDataFrame) -> Layer:
    return upsert_layer(layers, LINKS_LAYER_NAME, lines, style=links_style(), source=DERIVED_SOURCE,
                        note=translate("CoverageLayers", "derived from the coverage check: hot spots linked by "
                                       "transport ({rule}; a station layer's links are drawn as the shortest set "
                                       "joining its hot spots), at the radii of the sliders").format(
                            rule=translate("coverage", LINK_RULE)))


def gap_style() -> Style:
    from layers.model import Style

    return Style(fill="#343a40", stroke="#212529", width=0.5, fill_opacity=0.3)


def pass_fail_style() -> Style:
    from layers.model import Style

    return Style(fill="#adb5bd", stroke="#495057", width=0.8, fill_opacity=0.35, category_field="status",
                 categories=(("pass", PASS_COLOUR), ("fail", FAIL_COLOUR)))


def links_style() -> Style:
    from layers.model import Style

    return Style(fill="#5f3dc4", stroke="#5f3dc4", width=2.0, opacity=0.85)
