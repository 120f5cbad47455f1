"""One GetFeature page in GML, as geoserver writes it, read without trusting the XML.

A WFS asked for GeoJSON may still answer GML: a service without the JSON output format, a proxy or a mirror that
rewrites the request, an older geoserver.  Both versions geoserver writes are read: GML 3.2 (WFS 2.0:
``wfs:FeatureCollection`` with ``numberMatched``/``numberReturned`` and one ``wfs:member`` per feature) and
GML 3.1.1 (WFS 1.1: ``gml:featureMember``/``gml:featureMembers``, ``numberOfFeatures``).  A feature's simple
children are its fields; its geometry is a ``gml:Polygon``, ``gml:Surface``, ``gml:MultiSurface`` or
``gml:MultiPolygon`` of rings in ``gml:posList`` (or GML 2's ``gml:coordinates``).

Why a parser of our own rather than GDAL's GML driver: the driver may fetch the schema the answer names
(``xsi:schemaLocation``, a network request) and guesses field types from it; here nothing is fetched, the
safety rules of :func:`layers.io.wfs_capabilities.safe_xml_root` apply (no DTD, no entities, a size bound),
and only polygons are read, which is all a grid needs.

Axis order: an ``srsName`` written as a URN or URI (``urn:ogc:def:crs:EPSG::3879``,
``http://www.opengis.net/def/crs/EPSG/0/4326``) gives coordinates in the CRS's own axis order, which is
northing first for GK25 or latitude first for WGS84; ``EPSG:3067`` (the short form) is always x, y.  Pages are
returned in EPSG:3067.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from layers.errors import UserError
from layers.i18n import format_number, translate
from layers.io.wfs_capabilities import local_name, safe_xml_root

if TYPE_CHECKING:
    import xml.etree.ElementTree as ET

    import geopandas as gpd

MAX_PAGE_BYTES = 200 * 1024 * 1024  # as a JSON page (layers.io.population_wfs.PAGE_MAX_BYTES)
_MEMBERS = ("member", "featureMember")
_GEOMETRY = ("Polygon", "Surface", "MultiSurface", "MultiPolygon", "PolygonPatch")
_LONG_FORM = re.compile(r"^(urn:(x-)?ogc:def:crs:|https?://www\.opengis\.net/def/crs/)", re.I)
_GML2_FORM = re.compile(r"^https?://www\.opengis\.net/gml/srs/epsg\.xml#(\d+)$", re.I)  # GML 2: x, y


def looks_like_gml(raw: bytes) -> bool:
    """Whether an answer is XML (a GML page or a service's report) rather than JSON."""
    return raw.lstrip()[:1] == b"<"


def read_gml_page(raw: bytes, host: str) -> tuple[gpd.GeoDataFrame, int, int | None]:
    """One GML page as ``(polygons in EPSG:3067, features returned, numberMatched or None)``; raises
    :class:`UserError` naming ``host`` for an answer that is cut off, not a feature collection, or in a CRS this
    app does not know."""
    import geopandas as gpd
    import pandas as pd
    import shapely

    root = safe_xml_root(raw, host, translate("io", "the WFS's GML answers"), max_bytes=MAX_PAGE_BYTES,
                         cut_off=translate("io", "the WFS answer is not complete GML (cut off or damaged, {size} "
                                           "bytes); nothing was cached; try again").format(
                             size=format_number(len(raw))))
    if local_name(root.tag) == "ExceptionReport":
        text = next((el.text or "" for el in root.iter() if local_name(el.tag) == "ExceptionText"), "").strip()
        raise UserError(translate("io", "{host}: the WFS reported an error ({detail}); check the layer name").format(
            host=host, detail=text[:200] or translate("io", "no reason given")))
    if local_name(root.tag) != "FeatureCollection":
        raise UserError(translate(
            "io", "{host}: the WFS answer is XML but not a feature collection (it is <{tag}>); nothing was cached; "
            "check the address").format(host=host, tag=local_name(root.tag)))
    features = list(_features(root))
    matched = _count(root.get("numberMatched"))
    announced = _count(root.get("numberReturned", root.get("numberOfFeatures")))
    if announced is not None and announced != len(features):
        raise UserError(translate(
            "io", "{host}: the WFS answer announces {announced} features but holds {returned} (incomplete); nothing "
            "was cached; try again").format(host=host, announced=format_number(announced),
                                            returned=format_number(len(features))))
    rows: list[dict[str, Any]] = []
    geoms: list[Any] = []
    srs_names: set[str] = set()
    for feature in features:
        fields, geom, srs = _feature(feature, host)
        rows.append(fields)
        geoms.append(geom)
        if srs:
            srs_names.add(srs)
    srs_names |= {el.get("srsName", "") for el in root.iter() if local_name(el.tag) == "Envelope"} - {""}
    if len(srs_names) > 1:
        raise UserError(translate(
            "io", "{host}: the WFS answer mixes coordinate systems ({names}); nothing was cached; ask for "
            "EPSG:3067").format(host=host, names=", ".join(sorted(srs_names))[:120]))
    crs, swap = _crs(next(iter(srs_names), ""), host) if features else (3067, False)
    if swap:  # to x, y
        geoms = [None if g is None else shapely.transform(g, lambda c: c[:, ::-1]) for g in geoms]
    frame = pd.DataFrame(rows)
    for col in frame.columns:  # GML holds text: a column whose every value is a number becomes numbers,
        text = frame[col].dropna().astype(str)  # unless it is a code written with leading zeros ("091")
        numbers = pd.to_numeric(frame[col], errors="coerce")
        if len(text) and numbers.notna().sum() == len(text) and not text.str.match(r"^[+-]?0\d").any():
            frame[col] = numbers
    data = gpd.GeoDataFrame(frame, geometry=gpd.GeoSeries(geoms, crs=crs), crs=crs)
    return data.to_crs(3067), len(features), matched


def _features(root: ET.Element) -> Any:
    """The feature elements: each ``wfs:member``'s or ``gml:featureMember``'s child, every child of
    ``gml:featureMembers``."""
    for el in root:
        name = local_name(el.tag)
        if name in _MEMBERS or name == "featureMembers":
            yield from (child for child in el if isinstance(child.tag, str))


def _feature(feature: ET.Element, host: str) -> tuple[dict[str, Any], Any, str]:
    """A feature's fields (simple children), its polygon geometry (or None) and the geometry's ``srsName``."""
    fields: dict[str, Any] = {}
    geom, srs = None, ""
    for prop in feature:
        name = local_name(prop.tag)
        if name in ("boundedBy", "name", "description"):
            continue
        shape = next((el for el in prop if local_name(el.tag) in _GEOMETRY), None)
        if shape is not None:
            geom, srs = _geometry(shape, host), shape.get("srsName", "")
        elif len(prop) == 0:
            nil = any(local_name(k) == "nil" and v == "true" for k, v in prop.attrib.items())
            fields[name] = None if nil or prop.text is None else prop.text.strip()
    return fields, geom, srs


def _geometry(shape: ET.Element, host: str) -> Any:
    """A (multi)polygon from a GML surface: every ``Polygon``/``PolygonPatch`` inside it, exterior and
    interiors."""
    import shapely

    polygons = []
    parts = [shape] if local_name(shape.tag) in ("Polygon", "PolygonPatch") else \
        [el for el in shape.iter() if local_name(el.tag) in ("Polygon", "PolygonPatch")]
    for polygon in parts:
        shell, holes = None, []
        for ring_prop in polygon:
            kind = local_name(ring_prop.tag)
            ring = next((el for el in ring_prop.iter() if local_name(el.tag) == "LinearRing"), None)
            if ring is None or kind not in ("exterior", "interior", "outerBoundaryIs", "innerBoundaryIs"):
                continue
            coords = _ring(ring, host)
            if kind in ("exterior", "outerBoundaryIs"):
                shell = coords
            else:
                holes.append(coords)
        if shell is not None:
            polygons.append(shapely.Polygon(shell, holes))
    if not polygons:
        return None
    return polygons[0] if len(polygons) == 1 else shapely.MultiPolygon(polygons)


def _ring(ring: ET.Element, host: str) -> list[tuple[float, float]]:
    """A ring's coordinates as (first axis, second axis) pairs: ``posList``, ``pos`` elements or GML 2's
    ``coordinates`` (``x,y x,y``)."""
    pos_list = next((el for el in ring if local_name(el.tag) == "posList"), None)
    try:
        if pos_list is not None:
            dim = int(pos_list.get("srsDimension") or ring.get("srsDimension") or 2)
            values = [float(v) for v in (pos_list.text or "").split()]
            return [(values[i], values[i + 1]) for i in range(0, len(values) - dim + 1, dim)]
        pos = [el for el in ring if local_name(el.tag) == "pos"]
        if pos:
            return [(float(p.split()[0]), float(p.split()[1])) for p in ((el.text or "") for el in pos)]
        coordinates = next((el for el in ring if local_name(el.tag) == "coordinates"), None)
        if coordinates is not None:
            pairs = (c.split(",") for c in (coordinates.text or "").split())
            return [(float(p[0]), float(p[1])) for p in pairs]
    except (ValueError, IndexError):
        pass
    raise UserError(translate(
        "io", "{host}: the WFS answer has a ring without readable coordinates; nothing was cached; check the "
        "address").format(host=host))


def _crs(srs_name: str, host: str) -> tuple[Any, bool]:
    """The CRS of the coordinates, and whether they are written y first: a long-form name whose CRS lists
    northing or latitude first gives them in that order."""
    from pyproj import CRS
    from pyproj.exceptions import CRSError

    if not srs_name:
        raise UserError(translate(
            "io", "{host}: the WFS answer (GML) names no coordinate system; nothing was cached; ask for "
            "EPSG:3067").format(host=host))
    gml2 = _GML2_FORM.match(srs_name)
    try:
        crs = CRS.from_epsg(int(gml2.group(1))) if gml2 else CRS.from_user_input(srs_name)
    except CRSError:
        raise UserError(translate(
            "io", "{host}: the WFS answer is in a CRS this app does not know ({crs}); nothing was cached; ask for "
            "EPSG:3067").format(host=host, crs=srs_name[:80])) from None
    first = crs.axis_info[0].direction.lower() if crs.axis_info else "east"
    return crs, bool(_LONG_FORM.match(srs_name)) and first in ("north", "south")


def _count(value: str | None) -> int | None:
    """``numberMatched``/``numberReturned`` (``"unknown"`` or absent: None)."""
    return int(value) if value is not None and value.strip().isdigit() else None


__all__ = ["looks_like_gml", "read_gml_page"]
