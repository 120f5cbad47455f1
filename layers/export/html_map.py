"""A safe, shareable HTML map (Leaflet, drawn by the page's own script from JSON data).

* Every visible layer becomes its own toggleable layer (Leaflet's layer control, which lists them top first as
  the legend does) drawn with its style; a collapsible legend lists them.
* With a coverage result, a collapsible panel holds the whole per-municipality table (every municipality and
  zone row, each sector's share of area and people, the target, the verdict and why): the very rows of the PDF
  report (:func:`layers.export.report_pages.full_table`), sortable by clicking a header; a click on a row zooms
  to the municipality.
* No data string is ever part of a template or of code.  There is no template engine: :mod:`html_page` joins
  fixed text, HTML whose data strings were escaped here with :func:`esc` (title, legend), and one JSON document
  (features, popups, tooltips, layer names, styles) that the page's script reads and shows with ``textContent``.
  So ``{{ ... }}``, ``<img onerror=...>`` or ``</script>`` in a layer name, an attribute, a credit or the title
  is shown as text, never run (folium, which rendered the page before, ran ``{{ ... }}`` from the data).
* Colours are checked with :func:`layers.colours.colour_or` before they reach CSS or the data, so a style from a
  tampered project cannot smuggle anything in either.
* Large layers are simplified for the web: polygon coverages with ``shapely.coverage_simplify`` (shared edges
  stay shared), other geometries with Douglas-Peucker ``preserve_topology``; coordinates are rounded to 1e-5°
  (about 1 m).  :class:`HtmlResult.simplified` names the layers that were simplified.
* Offline by default: Leaflet's JS and CSS are inlined from the ``xstatic-leaflet`` package (Leaflet 1.9.3),
  and instead of web tiles the land outline from ``document.land`` is drawn.  Basemap tiles (OpenStreetMap) are
  optional and need internet when the page is viewed.
"""

from __future__ import annotations

import base64
import html
import math
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from layers.colours import colour_or
from layers.coverage.derived import document_shows_gaps, gap_style
from layers.errors import UserError
from layers.export.atomic import check_writable, write_text
from layers.export.html_page import HIGHLIGHT, OSM_TILES, PageParts, render_page
from layers.export.legend import above_polygons, collect_notes, collect_sources, legend_entries
from layers.export.page_layout import CRS_LABEL
from layers.export.report import CoverageTable, coverage_table, format_value
from layers.export.report_pages import full_table
from layers.i18n import format_number, translate
from layers.model import Style
from layers.names import PlaceName, name_lookup, row_name
from layers.tasks import CancelledFn, ProgressFn, check_cancelled, never_cancelled, no_progress

if TYPE_CHECKING:
    import geopandas as gpd

    from layers.document import MapDocument
    from layers.model import Layer

SEA_COLOUR = "#c9dff0"
LAND_COLOUR = "#f7f5ef"
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


def _text(value: Any) -> str:
    """A value as the plain text a popup shows (escaping is the page's job: it uses ``textContent``)."""
    return value if isinstance(value, str) else format_value(value)


def _pairs(items: list[tuple[Any, Any]]) -> list[list[str]]:
    return [[_text(k), _text(v)] for k, v in items]


def _popup(title: str, row: dict[str, Any], extra: list[tuple[str, Any]] | None = None) -> dict[str, Any]:
    """A popup as data: title, attribute rows (the first :data:`MAX_POPUP_FIELDS`) and coverage rows."""
    out: dict[str, Any] = {"t": title, "r": _pairs(list(row.items())[:MAX_POPUP_FIELDS])}
    if extra:
        out["c"] = _pairs(extra)
    return out


def _label_of(row: dict[str, Any], fallback: str) -> str:
    for key in ("name", "municipality", "kunta", "NAMEFIN", "nimi", "name_fi", "namefi", "route_long_name",
                "route_short_name", "stop_name",
                "shortCode", "label", "title", "id"):
        if key in row and row[key] not in (None, ""):
            v = row[key]
            if not (isinstance(v, float) and math.isnan(v)):
                return str(v)
    return fallback


def _place_of(row: dict[str, Any], key: str) -> PlaceName:
    """The name shown for a feature keyed ``key`` (its Finnish name, as the coverage table stores it): in the
    interface language, with the other language's name in the tooltip (:mod:`layers.names`)."""
    place = row_name(row)
    return place if place is not None and place.label else PlaceName(key)


def _category_colours(style: Style) -> tuple[list[str], dict[str, int]]:
    """The distinct category colours and, per category value, the index of its colour (first pair wins, as in
    :meth:`Style.colour_for`)."""
    colours: list[str] = []
    index: dict[str, int] = {}
    for value, colour in style.categories:
        if value in index:
            continue
        safe = colour_or(colour, style.fill)
        if safe not in colours:
            colours.append(safe)
        index[value] = colours.index(safe)
    return colours, index


def _feature_frame(layer: Layer, gdf: gpd.GeoDataFrame, table: CoverageTable | None, is_region: bool,
                   category_index: dict[str, int]) -> gpd.GeoDataFrame:
    """Keep only the geometry and the data the page shows: ``tip``, ``pop`` and the colour index ``k``."""
    import geopandas as gpd

    cols = [c for c in gdf.columns if c != "geometry" and not str(c).startswith("_")]
    tips, pops = [], []
    records = gdf[cols].to_dict("records") if cols else [{} for _ in range(len(gdf))]
    for i, row in enumerate(records):
        key = _label_of(row, f"{layer.name} #{i + 1}")
        label = _place_of(row, key).tooltip
        extra: list[tuple[str, Any]] = []
        if is_region and table is not None:
            extra = table.figures_for(key)
        tips.append({"t": label, "r": _pairs(extra[:4])} if extra else {"t": label})
        pops.append(_popup(label, row, extra))
    data: dict[str, Any] = {"tip": tips, "pop": pops}
    style = layer.style
    if style.graduated and style.graduated_field in gdf.columns:  # the class index: colours are the classes'
        from layers.classify import class_indices

        data["k"] = [int(k) for k in class_indices(gdf[style.graduated_field], style.classes)]
    elif category_index and style.category_field and style.category_field in gdf.columns:
        data["k"] = [category_index.get(v, -1) for v in gdf[style.category_field].astype(str)]
    return gpd.GeoDataFrame(data, geometry=gdf.geometry.values, crs=gdf.crs)


def _number(value: Any, default: float) -> float:
    try:
        number = float(value)
    except (TypeError, ValueError):
        return default
    return number if math.isfinite(number) else default


def _layer_style(style: Style, family: str) -> dict[str, Any]:
    """Leaflet path options for a layer; colours that are not colours fall back to the defaults."""
    plain = Style()
    stroke = colour_or(style.stroke, plain.stroke)
    fill = colour_or(style.fill, plain.fill)
    width = max(_number(style.width, plain.width), 0.0)
    opacity = min(max(_number(style.opacity, 1.0), 0.0), 1.0)
    if family == "line":
        return {"color": stroke, "weight": max(width, 0.5), "opacity": opacity}
    fill_opacity = min(max(_number(style.fill_opacity, plain.fill_opacity), 0.0), 1.0)
    return {"color": stroke, "weight": width, "opacity": opacity, "fillColor": fill,
            "fillOpacity": fill_opacity * opacity}


def _layer_data(name: str, family: str, style: dict[str, Any], features: gpd.GeoDataFrame, *, colours: list[str],
                radius: float | None, highlight: bool) -> dict[str, Any]:
    return {"name": name, "family": family, "style": style, "colours": colours, "radius": radius,
            "highlight": highlight, "features": _round_coords(features.to_crs(4326)).to_geo_dict(drop_id=True)}


def _leaflet_assets() -> tuple[str, str]:
    """Leaflet's JS and CSS (images inlined as data URIs) from the xstatic-leaflet package."""
    try:
        import xstatic.pkg.leaflet as xl
    except ImportError as exc:
        raise UserError(translate(
            "export", "the offline HTML export needs the package xstatic-leaflet; reinstall regionmap (make run) "
            "or export with web assets")) from exc
    base = Path(xl.BASE_DIR)
    js = (base / "leaflet.js").read_text(encoding="utf-8")
    css = (base / "leaflet.css").read_text(encoding="utf-8")
    for img in sorted((base / "images").glob("*.png")):
        uri = "data:image/png;base64," + base64.b64encode(img.read_bytes()).decode("ascii")
        css = css.replace(f"images/{img.name}", uri)
    return js.replace("</script", "<\\/script"), css


def _legend_html(document: MapDocument, table: CoverageTable | None, has_gaps: bool) -> str:
    """The legend as HTML: every data string is escaped with :func:`esc`, every colour checked."""
    rows = []
    gap = gap_style()  # the window's gap layer's look (layers.coverage.derived), on every page
    gap_row = (f"<div class='rm-li'><span class='rm-sym' style='background:{_rgba(gap.fill, gap.fill_opacity)};"
               f"border-color:{gap.stroke}'></span>{esc(translate('export', 'Coverage gaps'))}</div>") if has_gaps \
        else ""
    for entry in legend_entries(document.layers):
        if gap_row and entry.family in ("polygon", "mixed"):  # listed where it is drawn: over the polygons
            rows.append(gap_row)
            gap_row = ""
        if entry.categorised:
            rows.append(f"<div class='rm-lh'>{esc(entry.layer_name)}</div>")
        for item in entry.items:
            op = item.fill_opacity if item.family in ("polygon", "mixed") else 1.0
            fill, stroke = colour_or(item.fill, Style().fill), colour_or(item.stroke, Style().stroke)
            if item.family == "line":
                sym = f"<span class='rm-sym rm-line' style='border-top-color:{esc(fill)}'></span>"
            elif item.family == "point":
                sym = f"<span class='rm-sym rm-pt' style='background:{esc(fill)};border-color:{esc(stroke)}'></span>"
            else:
                sym = (f"<span class='rm-sym' style='background:{esc(_rgba(fill, _number(op, 1.0)))};"
                       f"border-color:{esc(stroke)}'></span>")
            rows.append(f"<div class='rm-li'>{sym}{esc(item.label)}</div>")
        if entry.extra:
            rows.append(f"<div class='rm-ln'>{esc(entry.extra)}</div>")
    if gap_row:
        rows.append(gap_row)
    if table is not None and table.summary:
        cls = "" if table.passed is None else (" rm-pass" if table.passed else " rm-fail")
        summary = translate("export", "Coverage: {summary}").format(summary=table.summary)
        rows.append(f"<div class='rm-sum{cls}'>{esc(summary)}</div>")
    notes = collect_notes(document.layers)
    if notes:
        rows.append("<div class='rm-notes'>" + "<br>".join(f"⚠ {esc(n)}" for n in notes) + "</div>")
    sources = collect_sources(document)
    shown = translate("export", "{crs} data, shown in Web Mercator").format(crs=CRS_LABEL)
    rows.append("<div class='rm-src'>" + "<br>".join(esc(s) for s in sources) + f"<br>{esc(shown)}</div>")
    legend = esc(translate("export", "Legend"))
    return f"<details class='rm-legend' open><summary class='rm-lt'>{legend}</summary>" + "".join(rows) + "</details>"


def _rgba(hex_colour: str, alpha: float) -> str:
    h = hex_colour.lstrip("#")
    if len(h) != 6:
        return hex_colour
    r, g, b = (int(h[i:i + 2], 16) for i in (0, 2, 4))
    return f"rgba({r},{g},{b},{alpha:.2f})"


def _land_data(document: MapDocument, extent: tuple[float, float, float, float], tolerance: float
               ) -> dict[str, Any] | None:
    """The land outline around the region (the offline page's stand-in for tiles), or None."""
    land = document.land
    if land is None or not len(land):
        return None
    x0, y0, x1, y1 = extent
    pad = 150_000
    clipped = land.clip((x0 - pad, y0 - pad, x1 + pad, y1 + pad))
    if not len(clipped):
        return None
    clipped = _round_coords(simplify_for_web(clipped[["geometry"]], tolerance).to_crs(4326))
    return {"features": clipped.to_geo_dict(drop_id=True),
            "style": {"color": "#94b6cf", "weight": 0.8, "fillColor": LAND_COLOUR, "fillOpacity": 1.0}}


def _gaps_data(gaps: gpd.GeoDataFrame, tolerance: float) -> dict[str, Any]:
    import geopandas as gpd

    g = gaps[~(gaps.geometry.isna() | gaps.geometry.is_empty)].copy()
    g["geometry"] = polygonal(g.geometry.values)
    g = g[~g.geometry.isna()]
    g = simplify_for_web(g, tolerance) if _vertex_count(g) > SIMPLIFY_ABOVE_VERTICES else g
    cols = [c for c in g.columns if c != "geometry"]
    area = g.geometry.area / 1e6
    tips = [{"t": translate("export", "Coverage gap: {area} km²").format(area=format_number(a, 2))} for a in area]
    pops = [_popup(translate("export", "Coverage gap"), {**{c: r[c] for c in cols}, "area_km2": round(a, 3)})
            for r, a in zip(g[cols].to_dict("records"), area, strict=True)]
    frame = gpd.GeoDataFrame({"tip": tips, "pop": pops}, geometry=g.geometry.values, crs=g.crs)
    gap = gap_style()
    style = {"color": gap.stroke, "weight": max(gap.width, 0.5), "opacity": 1.0, "fillColor": gap.fill,
             "fillOpacity": gap.fill_opacity}
    return _layer_data(translate("export", "Coverage gaps"), "polygon", style, frame, colours=[], radius=None,
                       highlight=False)


def _municipality_labels(gdf: gpd.GeoDataFrame) -> list[dict[str, Any]]:
    """One name per municipality at a point inside it (never outside a concave or split municipality); the page
    shows them as text, never as markup."""
    gdf = gdf.iloc[gdf.geometry.area.argsort()[::-1]]  # the page places the largest first (labels' priority)
    pts = gdf.geometry.representative_point().to_crs(4326)
    cols = [c for c in gdf.columns if c != "geometry"]
    records = gdf[cols].to_dict("records") if cols else [{} for _ in range(len(gdf))]
    out = []
    for row, pt in zip(records, pts, strict=True):
        name = _place_of(row, _label_of(row, "")).label
        if name and pt is not None and not pt.is_empty:
            out.append({"t": name, "at": [round(float(pt.y), COORD_DECIMALS), round(float(pt.x), COORD_DECIMALS)]})
    return out


def _sort_key(text: str) -> float | None:
    """The number a table cell shows ("62.0 %", "1 234,5", "–" is none), for sorting; None for text."""
    cleaned = text.replace("%", "").replace("\u202f", "").replace("\u00a0", "").replace(" ", "").replace(",", ".")
    try:
        number = float(cleaned)
    except ValueError:
        return None
    return number if math.isfinite(number) else None


def _table_data(table: CoverageTable, region: gpd.GeoDataFrame) -> dict[str, Any] | None:
    """The table panel's data: the report's rows as text (the page shows them with ``textContent``), a number
    per cell to sort by, the verdict column, and each municipality's bounds (lat/lon) to zoom to."""
    if not table.rows:
        return None
    report = full_table(table)
    keys = [[_sort_key(cell) for cell in line] for line in report.lines]
    bounds: dict[str, list[list[float]]] = {}
    if len(region):
        cols = [c for c in region.columns if c != "geometry"]
        wgs = region.geometry.to_crs(4326)
        records = region[cols].to_dict("records") if cols else [{} for _ in range(len(region))]
        for row, geom in zip(records, wgs, strict=True):
            name = _label_of(row, "")
            if name and geom is not None and not geom.is_empty:
                w, s_, e, n = (round(float(v), COORD_DECIMALS) for v in geom.bounds)
                bounds[name] = [[s_, w], [n, e]]
    return {"title": "Coverage by municipality and zone", "summary": table.summary, "headers": report.headers,
            "rows": report.lines, "keys": keys, "verdict": report.verdicts, "wrap": report.wrap,
            "bounds": bounds, "count": len({line[0] for line in report.lines})}


def build_page(
    document: MapDocument,
    options: HtmlOptions = HtmlOptions(),
    coverage: Any = None,
    progress: ProgressFn = no_progress,
    cancelled: CancelledFn = never_cancelled,
) -> tuple[PageParts, HtmlResult]:
    """What the page shows and what was done (``path``/``size`` are filled in by :func:`export_html`)."""
    import geopandas as gpd

    from layers.model import geometry_family

    t0 = time.perf_counter()
    table = coverage_table(coverage, name_lookup(document.region.municipalities)) if coverage is not None else None
    result = HtmlResult(Path(), 0, 0.0)
    extent = document.region_extent()
    x0, y0, x1, y1 = extent
    tolerance = options.tolerance_m or max(x1 - x0, y1 - y0) / 25_000
    data: dict[str, Any] = {"tiles": OSM_TILES if options.tiles else None, "highlight": HIGHLIGHT,
                            "land": None if options.tiles else _land_data(document, extent, tolerance),
                            "layers": []}
    visible = [lyr for lyr in document.layers if lyr.visible and len(lyr.data)]
    for i, layer in enumerate(visible):
        check_cancelled(cancelled)
        progress(0.05 + 0.8 * i / max(len(visible), 1),
                 translate("progress", "preparing {layer}").format(layer=layer.name))
        gdf = layer.data
        family = geometry_family(gdf)
        n = _vertex_count(gdf)
        if options.simplify and family != "point" and n > SIMPLIFY_ABOVE_VERTICES:
            gdf = simplify_for_web(gdf, tolerance)
            result.simplified.append(translate(
                "cli", "{layer}: {n} -> {kept} vertices (tolerance {tolerance} m)").format(
                layer=layer.name, n=format_number(n), kept=format_number(_vertex_count(gdf)),
                tolerance=f"{tolerance:.0f}"))
        if family == "polygon" or (gdf.geom_type == "GeometryCollection").any():
            gdf = gdf.assign(geometry=polygonal(gdf.geometry.values, keep_other=family != "polygon"))
        gdf = gdf[~(gdf.geometry.isna() | gdf.geometry.is_empty)]
        style = layer.style
        index: dict[str, int] = {}
        if style.graduated:
            colours = [colour_or(c, style.fill) for _lo, _hi, c in style.classes]
        else:
            colours, index = _category_colours(style) if style.category_field else ([], {})
        # the region and any layer per municipality (the pass/fail map) show the municipality's figures
        per_municipality = layer is document.region_layer or "municipality" in gdf.columns
        features = _feature_frame(layer, gdf, table, per_municipality, index)
        if layer is document.region_layer:
            data["labels"] = _municipality_labels(gdf)
            data["labelsName"] = translate("export", "Municipality names")  # the layer control's entry
        radius = max(_number(style.point_size, Style().point_size) / 2, 2) if family == "point" else None
        data["layers"].append(_layer_data(layer.name, family, _layer_style(style, family), features,
                                          colours=colours, radius=radius, highlight=family != "point"))
        result.layers.append(layer.name)
    gaps = getattr(coverage, "gaps", None) if coverage is not None and not document_shows_gaps(document) else None
    has_gaps = gaps is not None and len(gaps) > 0
    if gaps is not None and has_gaps:
        # over the areas they are gaps of, under every line and point (as the legend reads, top first)
        at = above_polygons([spec["family"] for spec in data["layers"]])
        data["layers"].insert(at, _gaps_data(gaps, tolerance))
        result.layers.insert(at, translate("export", "Coverage gaps"))
    if table is not None:
        data["table"] = _table_data(table, document.region_layer.data)
    b = gpd.GeoSeries.from_xy([x0, x1], [y0, y1], crs=3067).to_crs(4326).total_bounds
    data["bounds"] = [[float(b[1]), float(b[0])], [float(b[3]), float(b[2])]]
    parts = PageParts(title=options.title, subtitle=options.subtitle,
                      legend_html=_legend_html(document, table, has_gaps), data=data, sea_colour=SEA_COLOUR,
                      leaflet=_leaflet_assets() if options.inline_assets else None)
    if not options.inline_assets:
        result.notes.append(translate("cli", "Leaflet is loaded from a CDN (cdn.jsdelivr.net): the page needs "
                                      "internet to show"))
    if options.tiles:
        result.notes.append(translate("cli", "basemap tiles come from OpenStreetMap and need internet when the page "
                                      "is viewed"))
    result.seconds = time.perf_counter() - t0
    return parts, result


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
    parts, result = build_page(document, options, coverage, progress, cancelled)
    check_cancelled(cancelled)
    progress(0.9, translate("progress", "writing the page"))
    write_text(dest, render_page(parts))
    result.path = dest
    result.size_bytes = dest.stat().st_size
    if result.size_bytes > LARGE_FILE_BYTES:
        result.notes.append(translate(
            "cli", "the page is large ({size} MB) and may open slowly; hide dense point layers or export a smaller "
            "area as a PDF instead").format(size=format_number(result.size_bytes / 1e6, 1)))
    result.seconds = time.perf_counter() - t0
    progress(1.0, translate("progress", "wrote {file} ({size} MB)").format(
        file=dest.name, size=format_number(result.size_bytes / 1e6, 1)))
    return result


__all__ = ["HtmlOptions", "HtmlResult", "build_page", "esc", "export_html", "simplify_for_web"]
