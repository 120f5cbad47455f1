"""A safe, shareable HTML map (Leaflet via folium).

* Every visible layer becomes its own toggleable layer (LayerControl) drawn with its style; a legend lists them.
* Every attribute value shown in a popup or tooltip is HTML-escaped here, before folium sees it: folium's
  popup/tooltip templates put values into ``innerHTML`` unescaped, so data such as ``<img src=x onerror=...>``
  would otherwise run.  Layer names (shown by Leaflet's layer control as HTML) are escaped too.
* Large layers are simplified for the web: polygon coverages with ``shapely.coverage_simplify`` (shared edges
  stay shared), other geometries with Douglas-Peucker ``preserve_topology``; coordinates are rounded to 1e-5°
  (about 1 m).  :class:`HtmlResult.simplified` names the layers that were simplified.
* Offline by default: Leaflet's JS and CSS are inlined from the ``xstatic-leaflet`` package (the same Leaflet
  1.9.3 folium uses), and instead of web tiles the land outline from ``document.land`` is drawn.  Basemap tiles
  (OpenStreetMap) are optional and need internet when the page is viewed.
"""

from __future__ import annotations

import base64
import html
import json
import math
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from layers.coverage.derived import document_shows_gaps
from layers.errors import UserError
from layers.export.atomic import check_writable, write_text
from layers.export.legend import collect_notes, collect_sources, legend_entries
from layers.export.page_layout import CRS_LABEL
from layers.export.report import CoverageTable, coverage_table, format_value
from layers.tasks import CancelledFn, ProgressFn, check_cancelled, never_cancelled, no_progress

if TYPE_CHECKING:
    import geopandas as gpd

    from layers.document import MapDocument
    from layers.model import Layer

SEA_COLOUR = "#c9dff0"
LAND_COLOUR = "#f7f5ef"
GAP_COLOUR = "#d6336c"
SIMPLIFY_ABOVE_VERTICES = 20_000  # layers with more vertices than this are simplified
MAX_POPUP_FIELDS = 14
COORD_DECIMALS = 5
LARGE_FILE_BYTES = 5_000_000


@dataclass(frozen=True)
class HtmlOptions:
    title: str = "Helsinki-Uusimaa"
    subtitle: str = ""
    tiles: bool = False  # OpenStreetMap tiles (need internet when the page is viewed)
    inline_assets: bool = True  # Leaflet inlined: the page works offline
    simplify: bool = True
    tolerance_m: float | None = None  # default: extent / 25 000 (about 8 m for the region)


@dataclass
class HtmlResult:
    path: Path
    size_bytes: int
    seconds: float
    simplified: list[str] = field(default_factory=list)  # "layer: 120 000 -> 18 000 vertices"
    layers: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


def esc(value: Any) -> str:
    """HTML-escape any value as text (quotes too)."""
    return html.escape(format_value(value) if not isinstance(value, str) else value, quote=True)


def _vertex_count(gdf: gpd.GeoDataFrame) -> int:
    import shapely

    return int(shapely.get_num_coordinates(gdf.geometry.values).sum())


def simplify_for_web(gdf: gpd.GeoDataFrame, tolerance_m: float) -> gpd.GeoDataFrame:
    """Simplify keeping topology: polygon coverages with coverage_simplify, the rest with preserve_topology."""
    import shapely

    from layers.model import geometry_family

    geoms = gdf.geometry.values
    out = gdf.copy()
    if geometry_family(gdf) == "polygon":
        try:
            valid_coverage = bool(shapely.coverage_is_valid(geoms))
        except Exception:  # GEOS errors on odd input: fall back to per-feature simplification
            valid_coverage = False
        if valid_coverage:
            simplified = shapely.coverage_simplify(geoms, tolerance_m)
            out["geometry"] = polygonal(shapely.make_valid(simplified))
            return out
    if geometry_family(gdf) == "point":
        return out
    out["geometry"] = shapely.simplify(geoms, tolerance_m, preserve_topology=True)
    return out


def polygonal(geoms: Any, keep_other: bool = False) -> Any:
    """Keep only the polygon parts of GeometryCollections (make_valid and overlay leave them; Leaflet popups do
    not work on them).  Non-polygon geometries are dropped, or kept as they are with ``keep_other``."""
    import shapely

    out = []
    for g in geoms:
        if g is None or g.geom_type in ("Polygon", "MultiPolygon"):
            out.append(g)
            continue
        parts = [p for p in shapely.get_parts(shapely.get_parts(g)) if p.geom_type == "Polygon"]
        out.append(shapely.multipolygons(parts) if parts else (g if keep_other else None))
    return out


def _round_coords(gdf: gpd.GeoDataFrame) -> gpd.GeoDataFrame:
    import numpy as np
    import shapely

    out = gdf.copy()
    out["geometry"] = shapely.transform(gdf.geometry.values, lambda c: np.round(c, COORD_DECIMALS))
    return out


def _popup_html(title: str, row: dict[str, Any], extra: list[tuple[str, Any]] | None = None) -> str:
    cells = [f"<tr><th>{esc(k)}</th><td>{esc(v)}</td></tr>" for k, v in list(row.items())[:MAX_POPUP_FIELDS]]
    for k, v in extra or []:
        cells.append(f"<tr class='rm-cov'><th>{esc(k)}</th><td>{esc(v)}</td></tr>")
    return f"<div class='rm-pop'><b>{esc(title)}</b><table>{''.join(cells)}</table></div>"


def _label_of(row: dict[str, Any], fallback: str) -> str:
    for key in ("name", "NAMEFIN", "nimi", "name_fi", "namefi", "route_long_name", "route_short_name", "stop_name",
                "shortCode", "label", "title", "id"):
        if key in row and row[key] not in (None, ""):
            v = row[key]
            if not (isinstance(v, float) and math.isnan(v)):
                return str(v)
    return fallback


def _feature_frame(layer: Layer, gdf: gpd.GeoDataFrame, table: CoverageTable | None, is_region: bool
                   ) -> gpd.GeoDataFrame:
    """Keep only the geometry, the style field and two escaped HTML strings: ``_tip`` and ``_popup``."""
    import geopandas as gpd

    cols = [c for c in gdf.columns if c != "geometry" and not str(c).startswith("_")]
    tips, pops = [], []
    records = gdf[cols].to_dict("records") if cols else [{} for _ in range(len(gdf))]
    for i, row in enumerate(records):
        label = _label_of(row, f"{layer.name} #{i + 1}")
        extra: list[tuple[str, Any]] = []
        if is_region and table is not None:
            extra = table.figures_for(label)
        tip = esc(label)
        if extra:
            tip += "<br>" + "<br>".join(f"{esc(k)}: {esc(v)}" for k, v in extra[:4])
        tips.append(tip)
        pops.append(_popup_html(label, row, extra))
    data: dict[str, Any] = {"_tip": tips, "_popup": pops}
    field_ = layer.style.category_field
    if field_ and field_ in gdf.columns:
        data["_cat"] = gdf[field_].astype(str).tolist()
    return gpd.GeoDataFrame(data, geometry=gdf.geometry.values, crs=gdf.crs)


def _style_fn(layer: Layer, family: str):  # type: ignore[no-untyped-def]
    style = layer.style
    categorised = bool(style.category_field and style.categories)

    def fn(feature: dict[str, Any]) -> dict[str, Any]:
        colour = style.colour_for(feature["properties"].get("_cat")) if categorised else None
        if family == "line":
            return {"color": colour or style.stroke, "weight": max(style.width, 0.5), "opacity": style.opacity}
        return {
            "color": style.stroke, "weight": style.width if style.width > 0 else 0, "opacity": style.opacity,
            "fillColor": colour or style.fill, "fillOpacity": style.fill_opacity * style.opacity,
        }

    return fn


def _leaflet_assets() -> tuple[str, str]:
    """Leaflet's JS and CSS (images inlined as data URIs) from the xstatic-leaflet package."""
    try:
        import xstatic.pkg.leaflet as xl
    except ImportError as exc:
        raise UserError("the offline HTML export needs the package xstatic-leaflet; reinstall regionmap "
                        "(make run) or export with web assets") from exc
    base = Path(xl.BASE_DIR)
    js = (base / "leaflet.js").read_text(encoding="utf-8")
    css = (base / "leaflet.css").read_text(encoding="utf-8")
    for img in sorted((base / "images").glob("*.png")):
        uri = "data:image/png;base64," + base64.b64encode(img.read_bytes()).decode("ascii")
        css = css.replace(f"images/{img.name}", uri)
    return js.replace("</script", "<\\/script"), css


def _legend_html(document: MapDocument, options: HtmlOptions, table: CoverageTable | None, has_gaps: bool) -> str:
    rows = []
    for entry in legend_entries(document.layers):
        if entry.categorised:
            rows.append(f"<div class='rm-lh'>{esc(entry.layer_name)}</div>")
        for item in entry.items:
            op = item.fill_opacity if item.family in ("polygon", "mixed") else 1.0
            if item.family == "line":
                sym = f"<span class='rm-sym rm-line' style='border-top-color:{esc(item.fill)}'></span>"
            elif item.family == "point":
                sym = (f"<span class='rm-sym rm-pt' style='background:{esc(item.fill)};"
                       f"border-color:{esc(item.stroke)}'></span>")
            else:
                sym = (f"<span class='rm-sym' style='background:{esc(_rgba(item.fill, op))};"
                       f"border-color:{esc(item.stroke)}'></span>")
            rows.append(f"<div class='rm-li'>{sym}{esc(item.label)}</div>")
        if entry.extra:
            rows.append(f"<div class='rm-ln'>{esc(entry.extra)}</div>")
    if has_gaps:
        rows.append(f"<div class='rm-li'><span class='rm-sym' style='background:{_rgba(GAP_COLOUR, 0.5)};"
                    f"border-color:{GAP_COLOUR}'></span>Coverage gaps</div>")
    if table is not None and table.summary:
        cls = "" if table.passed is None else (" rm-pass" if table.passed else " rm-fail")
        rows.append(f"<div class='rm-sum{cls}'>Coverage: {esc(table.summary)}</div>")
    notes = collect_notes(document.layers)
    if notes:
        rows.append("<div class='rm-notes'>" + "<br>".join(f"⚠ {esc(n)}" for n in notes) + "</div>")
    sources = collect_sources(document)
    rows.append("<div class='rm-src'>" + "<br>".join(esc(s) for s in sources) + f"<br>{esc(CRS_LABEL)} data, "
                "shown in Web Mercator</div>")
    return ("<details class='rm-legend' open><summary class='rm-lt'>Legend</summary>" + "".join(rows)
            + "</details>")


def _rgba(hex_colour: str, alpha: float) -> str:
    h = hex_colour.lstrip("#")
    if len(h) != 6:
        return hex_colour
    r, g, b = (int(h[i:i + 2], 16) for i in (0, 2, 4))
    return f"rgba({r},{g},{b},{alpha:.2f})"


PAGE_CSS = """
.folium-map{background:%(sea)s}
.rm-legend{position:fixed;bottom:26px;right:10px;z-index:1000;background:rgba(255,255,255,.94);padding:8px 10px;
 border-radius:6px;box-shadow:0 1px 4px rgba(0,0,0,.3);font:12px/1.35 system-ui,sans-serif;max-width:300px;
 max-height:55vh;overflow:auto}
.rm-legend summary{cursor:pointer}
.rm-lt{font-weight:600;margin-bottom:4px;display:list-item}.rm-lh{font-weight:600;margin-top:4px}
.rm-li{display:flex;align-items:center;gap:6px;margin:2px 0}
.rm-sym{display:inline-block;width:18px;height:12px;border:1px solid #555;flex:none}
.rm-line{height:0;border:none;border-top:3px solid #555}.rm-pt{width:10px;height:10px;border-radius:50%%}
.rm-ln{color:#555;font-size:11px;margin-left:24px}
.rm-sum{margin-top:6px;font-weight:600}.rm-pass{color:#2b8a3e}.rm-fail{color:#c92a2a}
.rm-notes{margin-top:6px;color:#8a5300;font-size:11px}.rm-src{margin-top:6px;color:#555;font-size:10px}
.rm-title{position:fixed;top:10px;left:50%%;transform:translateX(-50%%);z-index:1000;background:rgba(255,255,255,.94);
 padding:6px 14px;border-radius:6px;box-shadow:0 1px 4px rgba(0,0,0,.3);font:600 16px system-ui,sans-serif;
 text-align:center}
.rm-title small{display:block;font-weight:400;font-size:12px;color:#444}
.rm-pop table{border-collapse:collapse;margin-top:4px}.rm-pop th{text-align:left;padding-right:8px;color:#555}
.rm-pop .rm-cov th{color:#1864ab}
"""


def build_map(
    document: MapDocument,
    options: HtmlOptions = HtmlOptions(),
    coverage: Any = None,
    progress: ProgressFn = no_progress,
    cancelled: CancelledFn = never_cancelled,
) -> tuple[Any, HtmlResult]:
    """The folium Map and what was done (``path``/``size`` are filled in by :func:`export_html`)."""
    import folium
    import geopandas as gpd
    from branca.element import Element

    from layers.model import geometry_family

    t0 = time.perf_counter()
    table = coverage_table(coverage) if coverage is not None else None
    result = HtmlResult(Path(), 0, 0.0)
    x0, y0, x1, y1 = document.region_extent()
    tolerance = options.tolerance_m or max(x1 - x0, y1 - y0) / 25_000
    bounds = gpd.GeoSeries.from_xy([x0, x1], [y0, y1], crs=3067).to_crs(4326)
    m = folium.Map(tiles=None, control_scale=True, prefer_canvas=True, zoom_snap=0.25)
    if options.inline_assets:
        js, css = _leaflet_assets()
        m.default_js, m.default_css = [], []
        m.get_root().header.add_child(  # type: ignore[attr-defined]
            Element(f"<style>{css}</style><script>{js}</script>"), name="leaflet_inline")
    root: Any = m.get_root()
    root.header.add_child(Element(f"<title>{esc(options.title)}</title>"), name="rm_title_tag")
    root.header.add_child(Element(f"<style>{PAGE_CSS % {'sea': SEA_COLOUR}}</style>"), name="rm_css")
    if options.tiles:
        folium.TileLayer("OpenStreetMap", name="OpenStreetMap (online)", overlay=False).add_to(m)
    else:
        land = document.land
        if land is not None and len(land):
            box = gpd.GeoSeries.from_xy([x0, x1], [y0, y1], crs=3067).total_bounds
            pad = 150_000
            clipped = land.clip((box[0] - pad, box[1] - pad, box[2] + pad, box[3] + pad))
            if len(clipped):
                clipped = _round_coords(simplify_for_web(clipped[["geometry"]], tolerance).to_crs(4326))
                folium.GeoJson(
                    clipped.to_json(drop_id=True), name="Land (offline outline)", control=False, interactive=False,
                    style_function=lambda f: {"color": "#94b6cf", "weight": 0.8, "fillColor": LAND_COLOUR,
                                              "fillOpacity": 1.0},
                ).add_to(m)
    visible = [lyr for lyr in document.layers if lyr.visible and len(lyr.data)]
    for i, layer in enumerate(visible):
        check_cancelled(cancelled)
        progress(0.05 + 0.8 * i / max(len(visible), 1), f"preparing {layer.name}")
        gdf = layer.data
        family = geometry_family(gdf)
        n = _vertex_count(gdf)
        if options.simplify and family != "point" and n > SIMPLIFY_ABOVE_VERTICES:
            gdf = simplify_for_web(gdf, tolerance)
            result.simplified.append(f"{layer.name}: {n:,} -> {_vertex_count(gdf):,} vertices "
                                     f"(tolerance {tolerance:.0f} m)")
        if family == "polygon" or (gdf.geom_type == "GeometryCollection").any():
            gdf = gdf.assign(geometry=polygonal(gdf.geometry.values, keep_other=family != "polygon"))
        gdf = gdf[~(gdf.geometry.isna() | gdf.geometry.is_empty)]
        features = _feature_frame(layer, gdf, table, layer is document.region_layer)
        features = _round_coords(features.to_crs(4326))
        name = esc(layer.name)
        group = folium.FeatureGroup(name=name, show=True)
        style = layer.style
        kwargs: dict[str, Any] = {}
        if family == "point":
            kwargs["marker"] = folium.CircleMarker(radius=max(style.point_size / 2, 2), weight=1, color=style.stroke,
                                                   fill=True, fill_color=style.fill, fill_opacity=0.9)
        folium.GeoJson(
            features.to_json(drop_id=True),
            name=name,
            style_function=_style_fn(layer, family),
            tooltip=folium.GeoJsonTooltip(fields=["_tip"], labels=False, sticky=True),
            popup=folium.GeoJsonPopup(fields=["_popup"], labels=False),
            highlight_function=(lambda f: {"weight": 3, "color": "#ffd43b"}) if family != "point" else None,
            **kwargs,
        ).add_to(group)
        group.add_to(m)
        result.layers.append(layer.name)
    gaps = getattr(coverage, "gaps", None) if coverage is not None and not document_shows_gaps(document) else None
    has_gaps = gaps is not None and len(gaps) > 0
    if gaps is not None and has_gaps:
        g = gaps[~(gaps.geometry.isna() | gaps.geometry.is_empty)].copy()
        g["geometry"] = polygonal(g.geometry.values)
        g = g[~g.geometry.isna()]
        g = simplify_for_web(g, tolerance) if _vertex_count(g) > SIMPLIFY_ABOVE_VERTICES else g
        cols = [c for c in g.columns if c != "geometry"]
        area = g.geometry.area / 1e6
        tips = [f"Coverage gap: {a:.2f} km²" for a in area]
        pops = [_popup_html("Coverage gap", {**{c: r[c] for c in cols}, "area_km2": round(a, 3)})
                for r, a in zip(g[cols].to_dict("records"), area, strict=True)]
        gf = _round_coords(gpd.GeoDataFrame({"_tip": tips, "_popup": pops}, geometry=g.geometry.values,
                                            crs=g.crs).to_crs(4326))
        grp = folium.FeatureGroup(name="Coverage gaps", show=True)
        folium.GeoJson(
            gf.to_json(drop_id=True), name="Coverage gaps",
            style_function=lambda f: {"color": GAP_COLOUR, "weight": 1, "fillColor": GAP_COLOUR, "fillOpacity": 0.45},
            tooltip=folium.GeoJsonTooltip(fields=["_tip"], labels=False),
            popup=folium.GeoJsonPopup(fields=["_popup"], labels=False),
        ).add_to(grp)
        grp.add_to(m)
        result.layers.append("Coverage gaps")
    folium.LayerControl(collapsed=False, position="topright").add_to(m)
    sub = f"<small>{esc(options.subtitle)}</small>" if options.subtitle.strip() else ""
    root.html.add_child(Element(f"<div class='rm-title'>{esc(options.title)}{sub}</div>"), name="rm_title")
    root.html.add_child(Element(_legend_html(document, options, table, has_gaps)), name="rm_legend")
    b = bounds.total_bounds
    m.fit_bounds([[float(b[1]), float(b[0])], [float(b[3]), float(b[2])]])
    if not options.inline_assets:
        result.notes.append("Leaflet is loaded from a CDN (cdn.jsdelivr.net): the page needs internet to show")
    if options.tiles:
        result.notes.append("basemap tiles come from OpenStreetMap and need internet when the page is viewed")
    result.seconds = time.perf_counter() - t0
    return m, result


def export_html(
    document: MapDocument,
    path: str | Path,
    options: HtmlOptions = HtmlOptions(),
    coverage: Any = None,
    progress: ProgressFn = no_progress,
    cancelled: CancelledFn = never_cancelled,
) -> HtmlResult:
    """Write the HTML map to ``path`` (atomically); see the module docstring for what it contains."""
    t0 = time.perf_counter()
    dest = check_writable(path)
    m, result = build_map(document, options, coverage, progress, cancelled)
    check_cancelled(cancelled)
    progress(0.9, "writing the page")
    text = m.get_root().render()
    write_text(dest, text)
    result.path = dest
    result.size_bytes = dest.stat().st_size
    if result.size_bytes > LARGE_FILE_BYTES:
        result.notes.append(f"the page is large ({result.size_bytes / 1e6:.1f} MB) and may open slowly; hide dense "
                            "point layers or export a smaller area as a PDF instead")
    result.seconds = time.perf_counter() - t0
    progress(1.0, f"wrote {dest.name} ({result.size_bytes / 1e6:.1f} MB)")
    return result


def describe(result: HtmlResult) -> str:
    lines = [f"wrote {result.path} ({result.size_bytes / 1e6:.2f} MB, {len(result.layers)} layers)"]
    lines += [f"simplified for the web: {s}" for s in result.simplified]
    lines += [f"note: {n}" for n in result.notes]
    return "\n".join(lines)


__all__ = ["HtmlOptions", "HtmlResult", "build_map", "describe", "esc", "export_html", "json", "simplify_for_web"]
