"""A loopback stand-in for Statistics Finland's population WFS, shared by the layers, command and window tests.

It answers GetCapabilities (several years of ``vaestoruutu:vaki<YEAR>_1km`` among other layers, as geo.stat.fi
lists them) and paged GetFeature (``startIndex``/``count``) with GeoJSON as geoserver writes it (``totalFeatures``,
``numberMatched``, ``numberReturned``, ``timeStamp``, a ``crs`` member), and misbehaves on request: HTTP 500, a
hang, a truncated body, an empty answer, another CRS.  No network: 127.0.0.1 and an ephemeral port.
"""

from __future__ import annotations

import contextlib
import http.server
import json
import threading
import urllib.parse
from typing import Any

import pytest

CAPABILITIES = """<?xml version="1.0" encoding="UTF-8"?>
<wfs:WFS_Capabilities version="2.0.0" xmlns:wfs="http://www.opengis.net/wfs/2.0"
    xmlns:ows="http://www.opengis.net/ows/1.1" xmlns:vaestoruutu="http://vaestoruutu">
  <ows:ServiceIdentification><ows:Title>vaestoruutu</ows:Title></ows:ServiceIdentification>
  <FeatureTypeList xmlns="http://www.opengis.net/wfs/2.0">
{types}
  </FeatureTypeList>
</wfs:WFS_Capabilities>
"""
TYPE = """    <FeatureType><Name>{name}</Name><Title>{name}</Title>
      <DefaultCRS>urn:ogc:def:crs:EPSG::3067</DefaultCRS></FeatureType>"""


def grid_cells(origin=(384_000, 6_676_000), nx: int = 6, ny: int = 4, hidden_every: int = 5):  # type: ignore[no-untyped-def]
    """1 km cells (EPSG:3067) in Helsinki with Statistics Finland's fields; every ``hidden_every``-th cell has fewer
    than 10 inhabitants, so its sexes and age groups are -1 (hidden), as the service publishes them."""
    import geopandas as gpd
    from shapely.geometry import box

    rows = []
    for i in range(nx):
        for j in range(ny):
            k = i * ny + j
            x, y = origin[0] + i * 1000, origin[1] + j * 1000
            small = hidden_every and k % hidden_every == 0
            vaesto = 3 + k % 6 if small else 100 + 37 * k
            parts = [-1] * 5 if small else [vaesto // 2, vaesto - vaesto // 2, vaesto // 5, vaesto // 2,
                                            vaesto - vaesto // 5 - vaesto // 2]
            rows.append({"grd_id": f"1kmN{y // 1000}E{x // 1000}", "id_nro": 1000 + k, "xkoord": x, "ykoord": y,
                         "vaesto": vaesto, "miehet": parts[0], "naiset": parts[1], "ika_0_14": parts[2],
                         "ika_15_64": parts[3], "ika_65_": parts[4], "geometry": box(x, y, x + 1000, y + 1000)})
    return gpd.GeoDataFrame(rows, geometry="geometry", crs=3067)


def cells_from_hsy(path):  # type: ignore[no-untyped-def]
    """HSY's 250 m cells of central Helsinki summed into the 1 km cells of Statistics Finland's grid (the same
    people, the service's shape), with the parts hidden where a cell has fewer than 10 inhabitants."""
    import geopandas as gpd
    import numpy as np
    from shapely.geometry import box

    small = gpd.read_file(path).to_crs(3067)
    centres = small.geometry.centroid
    keys = list(zip((centres.x // 1000).astype(int), (centres.y // 1000).astype(int), strict=True))
    small["key"] = keys
    rows = []
    for k, (key, people) in enumerate(small.groupby("key")["population"].sum().items()):
        x, y = key[0] * 1000, key[1] * 1000
        vaesto = int(people)
        young, old = vaesto // 6, vaesto // 5
        parts = [-1] * 5 if vaesto < 10 else [vaesto // 2, vaesto - vaesto // 2, young, vaesto - young - old, old]
        rows.append({"grd_id": f"1kmN{key[1]}E{key[0]}", "id_nro": 5000 + k, "vaesto": vaesto, "miehet": parts[0],
                     "naiset": parts[1], "ika_0_14": parts[2], "ika_15_64": parts[3], "ika_65_": parts[4],
                     "geometry": box(x, y, x + 1000, y + 1000)})
    out = gpd.GeoDataFrame(rows, geometry="geometry", crs=3067)
    assert int(np.sum(out["vaesto"])) == int(small["population"].sum())
    return out


HSY_LAYERS = ["asuminen_ja_maankaytto:Vaestotietoruudukko_2021", "asuminen_ja_maankaytto:Vaestotietoruudukko_2022",
              "asuminen_ja_maankaytto:Rakennustietoruudukko_2022"]


def hsy_cells(path):  # type: ignore[no-untyped-def]
    """HSY's real 250 m cells of central Helsinki as HSY's WFS writes them: upper-case fields, ``ASUKKAITA`` and
    nine age groups, which are 99 for a cell of under 100 residents (HSY's privacy rule)."""
    import geopandas as gpd

    small = gpd.read_file(path).to_crs(3067)
    ages = ["IKA0_9", "IKA10_19", "IKA20_29", "IKA30_39", "IKA40_49", "IKA50_59", "IKA60_69", "IKA70_79", "IKA_YLI80"]
    rows = []
    for i, (people, geom) in enumerate(zip(small["population"], small.geometry, strict=True)):
        share = [int(people) // 9] * 8
        parts = [99] * 9 if people < 100 else [*share, int(people) - sum(share)]
        rows.append({"INDEX": 100 + i, "ASUKKAITA": int(people), "ASVALJYYS": 35, **dict(zip(ages, parts, strict=True)),
                     "geometry": geom})
    return gpd.GeoDataFrame(rows, geometry="geometry", crs=3067)


GML_NS = {"3.2": ("http://www.opengis.net/wfs/2.0", "http://www.opengis.net/gml/3.2", "member"),
          "3.1.1": ("http://www.opengis.net/wfs", "http://www.opengis.net/gml", "featureMember")}


def gml_page(cells, layer: str, srs_name: str, version: str = "3.2", matched: object = None,  # type: ignore[no-untyped-def]
             y_first: bool = False) -> bytes:
    """``cells`` as one GetFeature answer in GML as geoserver writes it: GML 3.2 (WFS 2.0, ``wfs:member``,
    ``numberMatched``/``numberReturned``) or 3.1.1 (WFS 1.1, ``gml:featureMember``, ``numberOfFeatures``), each
    polygon's rings in ``gml:posList`` in ``srs_name``, northing first where ``y_first`` (a URN of GK25)."""
    from xml.sax.saxutils import escape, quoteattr

    wfs, gml, member = GML_NS[version]
    prefix, name = layer.split(":") if ":" in layer else ("vaestoruutu", layer)
    counts = (f'numberMatched="{matched}" numberReturned="{len(cells)}"' if version == "3.2"
              else f'numberOfFeatures="{len(cells)}"')
    out = [f'<?xml version="1.0" encoding="UTF-8"?>\n<wfs:FeatureCollection xmlns:wfs="{wfs}" xmlns:gml="{gml}" '
           f'xmlns:{prefix}="http://{prefix}" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
           f'xsi:schemaLocation="http://{prefix} http://127.0.0.1:9/unreachable.xsd" {counts} '
           f'timeStamp="2026-12-01T12:00:00.000Z">']

    def ring(coords) -> str:  # type: ignore[no-untyped-def]
        pairs = [(y, x) if y_first else (x, y) for x, y in coords]
        return " ".join(f"{a:.3f} {b:.3f}" for a, b in pairs)

    for i, (_, row) in enumerate(cells.iterrows()):
        fields = "".join(f"<{prefix}:{k}>{escape(str(v))}</{prefix}:{k}>" if v is not None and v == v
                         else f'<{prefix}:{k} xsi:nil="true"/>' for k, v in row.items() if k != "geometry")
        geom = row.geometry
        polys = list(geom.geoms) if geom.geom_type == "MultiPolygon" else [geom]
        polygons = [
            f'<gml:Polygon srsName={quoteattr(srs_name)} srsDimension="2"><gml:exterior><gml:LinearRing>'
            f"<gml:posList>{ring(p.exterior.coords)}</gml:posList></gml:LinearRing></gml:exterior>"
            + "".join(f"<gml:interior><gml:LinearRing><gml:posList>{ring(h.coords)}</gml:posList></gml:LinearRing>"
                      "</gml:interior>" for h in p.interiors)
            + "</gml:Polygon>" for p in polys]
        surfaces = polygons[0] if len(polygons) == 1 else (
            f"<gml:MultiSurface srsName={quoteattr(srs_name)}>"
            + "".join(f"<gml:surfaceMember>{p}</gml:surfaceMember>" for p in polygons) + "</gml:MultiSurface>")
        out.append(f'<wfs:{member}><{prefix}:{name} gml:id="{name}.{i + 1}"><{prefix}:geom>{surfaces}'
                   f"</{prefix}:geom>{fields}</{prefix}:{name}></wfs:{member}>" if version == "3.2" else
                   f'<gml:{member}><{prefix}:{name} gml:id="{name}.{i + 1}"><{prefix}:geom>{surfaces}'
                   f"</{prefix}:geom>{fields}</{prefix}:{name}></gml:{member}>")
    out.append("</wfs:FeatureCollection>")
    return "".join(out).encode()


class PopulationWfs:
    """``mode``: ok, 500, hang, truncated, empty, no-features, gk25 (the cells in EPSG:3879, declared),
    no-crs (EPSG:3067 coordinates, no crs member), no-matched (``numberMatched: "unknown"``); ``max_count``: the
    server's cap on one answer; ``fmt``: the answers' format whatever is asked (``json``, ``gml32``, ``gml31``:
    GML 3.2 or 3.1.1 as geoserver writes them); ``fault_page``: the page (0-based) the fault hits (None: every
    GetFeature; capabilities always answer unless ``mode`` is 500 with ``fault_page`` None)."""

    def __init__(self, cells: Any, years: tuple[int, ...] = (2021, 2023, 2022), mode: str = "ok",
                 fault_page: int | None = None, max_count: int | None = None,
                 layers: list[str] | None = None, fmt: str = "json") -> None:
        self.cells, self.years, self.mode, self.fault_page = cells, years, mode, fault_page
        self.fmt = fmt
        self.layers = layers  # the capabilities' layer names (default: Statistics Finland's of ``years``)
        self.max_count = max_count  # geoserver's "maximum number of features": never more in one answer
        self.release = threading.Event()
        self.requests: list[dict[str, str]] = []
        outer = self

        class Handler(http.server.BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_GET(self) -> None:
                query = {k.lower(): v for k, v in urllib.parse.parse_qsl(urllib.parse.urlsplit(self.path).query)}
                outer.requests.append(query)
                with contextlib.suppress(BrokenPipeError, ConnectionResetError):  # a cancelled client went away
                    outer.answer(self, query)

            def log_message(self, *args: object) -> None:
                pass

        self.httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}/geoserver/vaestoruutu/wfs"
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()

    @property
    def pages(self) -> list[dict[str, str]]:
        return [q for q in self.requests if q.get("request") == "GetFeature"]

    def send(self, h: http.server.BaseHTTPRequestHandler, body: bytes, content_type: str, status: int = 200,
             length: int | None = None) -> None:
        h.send_response(status)
        h.send_header("Content-Type", content_type)
        h.send_header("Content-Length", str(len(body) if length is None else length))
        h.end_headers()
        h.wfile.write(body)
        h.wfile.flush()

    def capabilities(self) -> bytes:
        names = self.layers or [f"vaestoruutu:vaki{y}_1km" for y in self.years] + ["vaestoruutu:vaki2023_5km",
                                                                                   "vaestoruutu:vaki2005_1km_kp"]
        return CAPABILITIES.format(types="\n".join(TYPE.format(name=n) for n in names)).encode()

    def page(self, query: dict[str, str]) -> bytes:
        start, count = int(query.get("startindex", 0)), int(query.get("count", 10**9))
        layer = query.get("typenames", "")
        cells = self.cells
        if "bbox" in query:
            x0, y0, x1, y1 = (float(v) for v in query["bbox"].split(",")[:4])
            cells = cells.cx[x0:x1, y0:y1]
        crs = "urn:ogc:def:crs:EPSG::3067"
        if self.mode == "gk25" and self.hit(start, count):
            cells, crs = cells.to_crs(3879), "urn:ogc:def:crs:EPSG::3879"
        if self.mode == "no-features" and self.hit(start, count):
            cells = cells.iloc[:0]
        chunk = cells.iloc[start:start + min(count, self.max_count or count)]
        matched = len(cells) if self.mode != "no-matched" else "unknown"
        if self.fmt != "json":
            gk25 = self.mode == "gk25" and self.hit(start, count)
            srs = crs if gk25 or self.fmt == "gml32" else "EPSG:3067"  # WFS 1.1 answers name it the short way
            return gml_page(chunk, layer, srs, "3.2" if self.fmt == "gml32" else "3.1.1", matched, y_first=gk25)
        doc = json.loads(chunk.to_json(drop_id=True))
        for i, feature in enumerate(doc["features"]):
            feature["id"] = f"{layer.split(':')[-1]}.{start + i + 1}"
            feature["geometry_name"] = "geom"
        doc.update({"totalFeatures": matched, "numberMatched": matched, "numberReturned": len(chunk),
                    "timeStamp": "2026-12-01T12:00:00.000Z"})
        doc.pop("crs", None)
        if not (self.mode == "no-crs" and self.hit(start, count)):
            doc["crs"] = {"type": "name", "properties": {"name": crs}}
        return json.dumps(doc).encode()

    def hit(self, start: int, count: int) -> bool:
        return self.fault_page is None or start == self.fault_page * count

    def answer(self, h: http.server.BaseHTTPRequestHandler, query: dict[str, str]) -> None:
        if query.get("request") == "GetCapabilities":
            if self.mode == "500" and self.fault_page is None:
                self.send(h, b"boom", "text/plain", status=500)
            else:
                self.send(h, self.capabilities(), "application/xml")
            return
        start, count = int(query.get("startindex", 0)), int(query.get("count", 10**9))
        body = self.page(query)
        faulty = self.hit(start, count)
        if self.mode == "500" and faulty:
            self.send(h, b"<html>Internal error</html>", "text/html", status=500)
        elif self.mode == "hang" and faulty:
            h.send_response(200)
            h.send_header("Content-Type", "application/json")
            h.send_header("Content-Length", str(len(body)))
            h.end_headers()
            h.wfile.write(body[:100])
            h.wfile.flush()
            self.release.wait(60)
        elif self.mode == "truncated" and faulty:  # the body ends early, and the length says so: broken JSON
            self.send(h, body[: len(body) // 2], self.content_type)
        elif self.mode == "empty" and faulty:
            self.send(h, b"", self.content_type)
        else:
            self.send(h, body, self.content_type)

    @property
    def content_type(self) -> str:
        return {"json": "application/json;charset=UTF-8", "gml32": "application/gml+xml; version=3.2",
                "gml31": "text/xml; subtype=gml/3.1.1"}[self.fmt]

    def stop(self) -> None:
        self.release.set()
        self.httpd.shutdown()
        self.httpd.server_close()


@pytest.fixture()
def serve():
    """Start loopback population services (``serve(cells, **options)``); all stop after the test."""
    servers: list[PopulationWfs] = []

    def make(cells, **kwargs) -> PopulationWfs:
        servers.append(PopulationWfs(cells, **kwargs))
        return servers[-1]

    yield make
    for s in servers:
        s.stop()
