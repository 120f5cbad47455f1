"""The map layers derived from a coverage check, in one place: their names, styles and the one path that adds or
updates them.

The Coverage dock shows three analysis layers: the uncovered parts of the judged zones (:data:`GAP_LAYER_NAME`; the
in-between areas, or a zone set's target class, which its note names), the
municipalities coloured pass/fail (:data:`PASS_FAIL_LAYER_NAME`) and the hot spots linked by transport lines or stations
(:data:`LINKS_LAYER_NAME`).  Each is created once by :func:`upsert_layer` and afterwards only gets new data, so
the user's style and order survive a slider move.  Exports ask :func:`document_shows_gaps` so that they do not
draw a result's gaps a second time.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from layers.coverage.connections import LINK_RULE
from layers.i18n import translate

if TYPE_CHECKING:
    import geopandas as gpd

    from layers.document import MapDocument
    from layers.model import Layer, LayerList, Style

GAP_LAYER_NAME = "Coverage gaps"
GAP_LAYER_NAMES = (GAP_LAYER_NAME,)
PASS_FAIL_LAYER_NAME = "Coverage pass/fail"
LINKS_LAYER_NAME = "Hot-spot links"
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


def is_analysis_layer(layer: Layer, name: str) -> bool:
    """Whether ``layer`` is the coverage check's layer ``name`` (not a user's layer that has the same name).

    Layers made since the derived flag carry it; older projects' analysis layers are known by their source."""
    return layer.name == name and (layer.derived or layer.source == DERIVED_SOURCE)


def upsert_layer(layers: LayerList, name: str, data: gpd.GeoDataFrame, **kwargs: Any) -> Layer:
    """Add the derived layer once; afterwards only replace its data (keeps the user's style and order).  It is
    marked derived, so it never becomes an undo step."""
    from layers.model import Layer, LayerKind

    layer = next((lyr for lyr in layers if is_analysis_layer(lyr, name)), None)
    if layer is None:
        layer = Layer(data, name, kind=LayerKind.OTHER, derived=True, **kwargs)
        layers.append(layer)
    else:
        layer.data = data
        if "note" in kwargs and layer.note != kwargs["note"]:  # a flag of being out of date goes with new data
            layer.note = kwargs["note"]
    return layer


OUT_OF_DATE = "OUT OF DATE"


def flag_out_of_date(layers: LayerList, why: str) -> None:
    """Mark every analysis layer as out of date (its note, shown with the layer), until the next Compute."""
    for layer in layers:
        if any(is_analysis_layer(layer, name) for name in ANALYSIS_LAYER_NAMES) and \
                not layer.note.startswith(OUT_OF_DATE):
            layer.note = f"{OUT_OF_DATE} ({why}): compute again. {layer.note}"


def remove_layer(layers: LayerList, name: str) -> None:
    """Remove the derived layer ``name`` if it is there (a previous check's layer that no longer applies)."""
    stale = next((lyr for lyr in layers if is_analysis_layer(lyr, name)), None)
    if stale is not None:
        layers.remove(stale)


def zone_note(text: str, target: str, zone_set: dict | None) -> str:
    """A derived layer's note ``text`` (translated, with ``{zone}``) naming the judged class ``target``
    ("in-between" for hot spots / in-between; a zone set's class, e.g. "intermediate") and, for a zone set, what
    it is (:func:`layers.coverage.zone_sets.zones_label`), so the layer is never read as in-between areas when its
    zones are another set's classes."""
    from layers.coverage.zone_sets import zones_label

    note = text.format(zone=target)
    label = zones_label(zone_set)
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
                        note=f"derived from the coverage check: hot spots linked by transport ({LINK_RULE}; a "
                             "station layer's links are drawn as the shortest set joining its hot spots), at the "
                             "radii of the sliders")


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
