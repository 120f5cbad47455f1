"""Map layers derived from a coverage result: municipalities coloured pass/fail, and hot-spot links."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import geopandas as gpd

    from layers.model import Layer, LayerList

PASS_FAIL_LAYER_NAME = "Coverage pass/fail"
LINKS_LAYER_NAME = "Hot-spot links"
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
                    targets: dict[str, float], sectors: dict[str, str]) -> gpd.GeoDataFrame:
    """Municipalities with a verdict: ``status`` "pass"/"fail", the measured ``share_pct`` and its ``target_pct``
    (per municipality: the sector furthest below its target), and ``sectors``: every sector's share."""
    keep = outlines[outlines["municipality"].isin(list(passes))].copy()
    keep["status"] = ["pass" if passes[m] else "fail" for m in keep["municipality"]]
    keep["share_pct"] = [None if shares.get(m) is None else round(100 * float(shares[m] or 0.0), 1)
                         for m in keep["municipality"]]
    keep["target_pct"] = [round(100 * targets.get(m, 0.0), 1) for m in keep["municipality"]]
    keep["sectors"] = [sectors.get(m, "") for m in keep["municipality"]]
    return keep.reset_index(drop=True)


def upsert_layer(layers: LayerList, name: str, data: gpd.GeoDataFrame, **kwargs: Any) -> Layer:
    """Add the derived layer once; afterwards only replace its data (keeps the user's style and order)."""
    from layers.model import Layer, LayerKind

    layer = next((lyr for lyr in layers if lyr.name == name), None)
    if layer is None:
        layer = Layer(data, name, kind=LayerKind.OTHER, **kwargs)
        layers.append(layer)
    else:
        layer.data = data
    return layer


def pass_fail_style():  # type: ignore[no-untyped-def]
    from layers.model import Style

    return Style(fill="#adb5bd", stroke="#495057", width=0.8, fill_opacity=0.35, category_field="status",
                 categories=(("pass", PASS_COLOUR), ("fail", FAIL_COLOUR)))


def links_style():  # type: ignore[no-untyped-def]
    from layers.model import Style

    return Style(fill="#5f3dc4", stroke="#5f3dc4", width=2.0, opacity=0.85)
