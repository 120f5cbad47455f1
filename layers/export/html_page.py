"""The HTML map page: a fixed skeleton, the data as JSON, and the page's own script that draws it.

Why it is built this way: the page used to be rendered by folium/branca, which pass every element through Jinja
twice, so a ``{{ ... }}`` in a layer name or an attribute value was *executed* while the page was written.  Here
there is no template engine at all.  The page is joined from three kinds of text, and each kind has one rule:

* fixed text written in this module (CSS, the script, the skeleton): never contains data;
* text shown as HTML (title, legend): every data string in it was passed through ``html.escape`` by the caller;
* everything else (features, popups, tooltips, layer names, styles): one JSON document written with
  :func:`~layers.export.script_json.script_json` into ``<script type="application/json">``, which the page's
  script reads with ``JSON.parse`` and shows with ``textContent`` (never ``innerHTML``).  Layer names go through
  the script's ``escapeHtml`` because Leaflet's layer control shows names as HTML.
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from typing import Any

from layers.export.script_json import script_json
from layers.i18n import language

LEAFLET_CDN_JS = "https://cdn.jsdelivr.net/npm/leaflet@1.9.3/dist/leaflet.js"
LEAFLET_CDN_CSS = "https://cdn.jsdelivr.net/npm/leaflet@1.9.3/dist/leaflet.css"
OSM_TILES = {
    "name": "OpenStreetMap (online)",
    "url": "https://tile.openstreetmap.org/{z}/{x}/{y}.png",
    "attribution": '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors',
    "maxZoom": 19,
}
HIGHLIGHT = {"weight": 3, "color": "#ffd43b"}

PAGE_CSS = """
html,body{width:100%;height:100%;margin:0;padding:0}
.rm-map{position:absolute;top:0;bottom:0;left:0;right:0}
.leaflet-container{font-size:1rem}
.rm-legend{position:fixed;bottom:26px;right:10px;z-index:1000;background:rgba(255,255,255,.94);padding:8px 10px;
 border-radius:6px;box-shadow:0 1px 4px rgba(0,0,0,.3);font:12px/1.35 system-ui,sans-serif;max-width:300px;
 max-height:55vh;overflow:auto}
.rm-legend summary{cursor:pointer}
.rm-lt{font-weight:600;margin-bottom:4px;display:list-item}.rm-lh{font-weight:600;margin-top:4px}
.rm-li{display:flex;align-items:center;gap:6px;margin:2px 0}
.rm-sym{display:inline-block;width:18px;height:12px;border:1px solid #555;flex:none}
.rm-line{height:0;border:none;border-top:3px solid #555}.rm-pt{width:10px;height:10px;border-radius:50%}
.rm-ln{color:#555;font-size:11px;margin-left:24px}
.rm-sum{margin-top:6px;font-weight:600}.rm-pass{color:#2b8a3e}.rm-fail{color:#c92a2a}
.rm-notes{margin-top:6px;color:#8a5300;font-size:11px}.rm-src{margin-top:6px;color:#555;font-size:10px}
.rm-title{position:fixed;top:10px;left:50%;transform:translateX(-50%);z-index:1000;background:rgba(255,255,255,.94);
 padding:6px 14px;border-radius:6px;box-shadow:0 1px 4px rgba(0,0,0,.3);font:600 16px system-ui,sans-serif;
 text-align:center}
.rm-title small{display:block;font-weight:400;font-size:12px;color:#444}
.rm-label{background:transparent;border:none;box-shadow:none;padding:0;font:600 11px system-ui,sans-serif;
 color:#343a40;text-shadow:0 0 2px #fff,0 0 2px #fff,0 0 3px #fff}
.rm-label:before{display:none}
.rm-pop table{border-collapse:collapse;margin-top:4px}.rm-pop th{text-align:left;padding-right:8px;color:#555}
.rm-pop .rm-cov th{color:#1864ab}
"""

# The page's own script.  It reads the data from #rm-data and builds every text with textContent.
PAGE_SCRIPT = r"""
(function () {
  'use strict';
  var data = JSON.parse(document.getElementById('rm-data').textContent);
  var ENTITIES = {'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;'};
  function escapeHtml(value) {
    return String(value).replace(/[&<>"']/g, function (c) { return ENTITIES[c]; });
  }
  function textElement(tag, value, className) {
    var el = document.createElement(tag);
    el.textContent = value;
    if (className) { el.className = className; }
    return el;
  }
  function popupContent(layer) {
    var pop = layer.feature.properties.pop, box = document.createElement('div');
    var table = document.createElement('table');
    box.className = 'rm-pop';
    box.appendChild(textElement('b', pop.t));
    function addRows(rows, className) {
      rows.forEach(function (pair) {
        var tr = document.createElement('tr');
        if (className) { tr.className = className; }
        tr.appendChild(textElement('th', pair[0]));
        tr.appendChild(textElement('td', pair[1]));
        table.appendChild(tr);
      });
    }
    addRows(pop.r || [], '');
    addRows(pop.c || [], 'rm-cov');
    box.appendChild(table);
    return box;
  }
  function tooltipContent(layer) {
    var tip = layer.feature.properties.tip, box = document.createElement('div');
    box.appendChild(textElement('span', tip.t));
    (tip.r || []).forEach(function (pair) {
      box.appendChild(document.createElement('br'));
      box.appendChild(textElement('span', pair[0] + ': ' + pair[1]));
    });
    return box;
  }
  var map = L.map('rm-map', {preferCanvas: true, zoomSnap: 0.25});
  window.map_regionmap = map;
  L.control.scale().addTo(map);
  var control = L.control.layers({}, {}, {collapsed: false, position: 'topright'});
  if (data.tiles) {
    var tiles = L.tileLayer(data.tiles.url, {attribution: data.tiles.attribution, maxZoom: data.tiles.maxZoom});
    tiles.addTo(map);
    control.addBaseLayer(tiles, escapeHtml(data.tiles.name));
  }
  if (data.land) {
    L.geoJSON(data.land.features, {interactive: false, style: function () { return data.land.style; }}).addTo(map);
  }
  data.layers.forEach(function (spec, i) {
    // one pane per layer, stacked in the page's order (bottom first), so that turning a layer off and on in
    // the layer control cannot lift it over the points
    var paneName = 'rm-p' + i, renderer;
    map.createPane(paneName).style.zIndex = String(401 + i);
    renderer = L.canvas({pane: paneName});
    function style(feature) {
      var s = Object.assign({}, spec.style), k = feature.properties.k;
      if (typeof k === 'number' && k >= 0 && k < spec.colours.length) {
        s[spec.family === 'line' ? 'color' : 'fillColor'] = spec.colours[k];
      }
      return s;
    }
    var options = {style: style, pane: paneName, renderer: renderer}, geo;
    if (spec.radius) {
      options.pointToLayer = function (feature, latlng) {
        return L.circleMarker(latlng, Object.assign({radius: spec.radius, fill: true, pane: paneName,
                                                     renderer: renderer}, style(feature)));
      };
    }
    if (spec.highlight) {
      options.onEachFeature = function (feature, layer) {
        layer.on({
          mouseover: function (e) { if (e.target.setStyle) { e.target.setStyle(data.highlight); } },
          mouseout: function (e) { geo.resetStyle(e.target); }
        });
      };
    }
    geo = L.geoJSON(spec.features, options);
    geo.bindTooltip(tooltipContent, {sticky: true});
    geo.bindPopup(popupContent);
    geo.addTo(map);
    control.addOverlay(geo, escapeHtml(spec.name));
  });
  var labelTips = [];
  function declutter() {
    // labels come in priority order (largest municipality first): each is placed at its point, or just above
    // or below it, where it overlaps no label placed before it; one that fits nowhere waits for a closer zoom
    var kept = [];
    labelTips.forEach(function (tip) {
      var el = tip.getElement(), placed = false;
      if (!el) { return; }
      el.style.visibility = '';
      [0, -1, 1].some(function (side) {
        el.style.marginTop = (side * el.offsetHeight) + 'px';
        var r = el.getBoundingClientRect();
        if (kept.every(function (k) {
          return r.right <= k.left || r.left >= k.right || r.bottom <= k.top || r.top >= k.bottom;
        })) { kept.push(r); placed = true; }
        return placed;
      });
      if (!placed) { el.style.visibility = 'hidden'; el.style.marginTop = '0px'; }
    });
  }
  if (data.labels && data.labels.length) {
    var labels = L.layerGroup();
    data.labels.forEach(function (label) {
      // the content is an element built with textContent: Leaflet would read a string as HTML
      labelTips.push(L.tooltip({permanent: true, direction: 'center', className: 'rm-label', interactive: false})
        .setLatLng(label.at).setContent(textElement('span', label.t)).addTo(labels));
    });
    labels.addTo(map);
    control.addOverlay(labels, 'Municipality names');
    map.on('zoomend overlayadd', declutter);
  }
  control.addTo(map);
  var legend = document.querySelector('.rm-legend');
  if (legend && (window.innerWidth < 900 || window.innerHeight < 600)) { legend.open = false; }
  function fit() {
    // keep the region clear of the title and the legend (where the legend is open)
    var title = document.querySelector('.rm-title'), right = legend && legend.open ? legend.offsetWidth + 20 : 0;
    map.fitBounds(data.bounds, {paddingTopLeft: [10, title ? title.offsetHeight + 20 : 10],
                                paddingBottomRight: [right, 10]});
  }
  fit();
  declutter();
  window.regionmap_labels = labelTips;
})();
"""


@dataclass(frozen=True)
class PageParts:
    """What a page is made of.  ``title`` and ``subtitle`` are plain text (escaped here); ``legend_html`` is
    HTML whose data strings are already escaped; ``data`` is what the page's script draws."""

    title: str
    subtitle: str
    legend_html: str
    data: dict[str, Any]
    sea_colour: str
    leaflet: tuple[str, str] | None  # (js, css) to inline, or None to load Leaflet from its CDN


def render_page(parts: PageParts) -> str:
    """The whole HTML document (see the module docstring for why no data can become markup or code)."""
    if parts.leaflet is not None:
        js, css = parts.leaflet
        assets = f"<style>{css}</style>\n<script>{js}</script>"
    else:
        assets = (f'<link rel="stylesheet" href="{LEAFLET_CDN_CSS}">\n'
                  f'<script src="{LEAFLET_CDN_JS}"></script>')
    title = html.escape(parts.title, quote=True)
    subtitle = html.escape(parts.subtitle, quote=True)
    sub = f"<small>{subtitle}</small>" if parts.subtitle.strip() else ""
    return "\n".join([
        "<!DOCTYPE html>",
        f'<html lang="{language()}">',  # one of en, fi, sv: never data
        "<head>",
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1.0">',
        f"<title>{title}</title>",
        assets,
        f"<style>{PAGE_CSS}.rm-map{{background:{html.escape(parts.sea_colour)}}}</style>",
        "</head>",
        "<body>",
        '<div id="rm-map" class="rm-map"></div>',
        f"<div class='rm-title'>{title}{sub}</div>",
        parts.legend_html,
        f'<script type="application/json" id="rm-data">{script_json(parts.data)}</script>',
        f"<script>{PAGE_SCRIPT}</script>",
        "</body>",
        "</html>",
        "",
    ])


__all__ = ["HIGHLIGHT", "OSM_TILES", "PAGE_CSS", "PAGE_SCRIPT", "PageParts", "render_page"]
