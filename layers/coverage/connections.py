"""Hot-spot connections: which hot spots the transport layers link, and which are isolated.

The rule (what the dock's text says, :data:`LINK_RULE`):

* a **line** (a route) links every pair of hot spots it passes within its layer's radius of;
* a layer of **stations** (points) links the hot spots that each have one of its stations within the layer's
  radius.  The stations of one layer are taken as one network (a rail network, one operator's stops): a traveller
  at one of them can reach every other, so none of these hot spots is isolated.  The layer does not say between
  which stations a train runs, so its links are drawn (and counted) as the shortest set of links that joins
  these hot spots, not as every pair.

Without the station rule, a town with a rail station and no route file reaching it (Hanko, Karis) was listed as
isolated, which no planner would sign.

Names are the hot-spot layer's, in one language: where the layer knows each hot spot's municipality (the
generated hot spots do: the region's names, as in the table), a hot spot named like a municipality of the region
keeps its name (Järvenpää); otherwise the largest hot spot of a municipality that has none of its name is called
after the municipality (GeoNames names a town in its majority language: Hyvinge, Lovisa, Ekenäs), and the others
"Municipality: place".
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from itertools import combinations
from typing import TYPE_CHECKING

import numpy as np

from layers.coverage.tables import PointTable, point_xy
from layers.crs import WORK_CRS
from layers.i18n import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    import geopandas as gpd
    import shapely

LINE_TYPES = ("LineString", "MultiLineString")
POINT_TYPES = ("Point", "MultiPoint")
LINK_RULE = QT_TRANSLATE_NOOP("coverage", "a line links the hot spots it passes within its radius of; a station "
                              "layer (points) links the hot spots that each have one of its stations within its "
                              "radius")  # English in the layer's note and the JSON; the dock shows it translated


@dataclass
class Connections:
    """``edges``: (hot spot a, hot spot b, number of lines or station layers, example names); ``isolated``: hot
    spot names."""

    names: list[str]
    edges: list[tuple[str, str, int, list[str]]] = field(default_factory=list)
    isolated: list[str] = field(default_factory=list)
    link_lines: list[shapely.LineString] | None = None  # one line per edge between hot spot centres

    @property
    def lines(self) -> gpd.GeoDataFrame | None:
        """The links as a layer for the map (``a``, ``b``, ``lines``; EPSG:3067); made when first asked for, so
        that a command printing the links does not import geopandas for them."""
        if self.link_lines is None:
            return None
        import geopandas as gpd

        return gpd.GeoDataFrame({"a": [e[0] for e in self.edges], "b": [e[1] for e in self.edges],
                                 "lines": [e[2] for e in self.edges]}, geometry=list(self.link_lines), crs=WORK_CRS)

    def to_dict(self) -> dict:
        return {
            "edges": [{"a": a, "b": b, "lines": n, "examples": ex} for a, b, n, ex in self.edges],
            "isolated": list(self.isolated),
            "rule": LINK_RULE,
        }


def transport_links(hotspots: gpd.GeoDataFrame, layers: Iterable[tuple[str, str, gpd.GeoDataFrame]],
                    radii: Mapping[str, float], municipalities: Iterable[str] = ()) -> Connections | None:
    """Hot spots linked by the transport layers among ``layers`` ((name, sector, data)) that are in ``radii``, at
    those radii; None without hot spots or without a transport layer that has lines or points.
    ``municipalities``: the region's municipality names (for :func:`hotspot_names`)."""
    chosen = [(name, _as_points(data), radii[name]) for name, sector, data in layers
              if sector == "transport" and name in radii]
    if not len(hotspots) or not any(isinstance(d, PointTable) or d.geom_type.isin(LINE_TYPES + POINT_TYPES).any()
                                    for _, d, _ in chosen):
        return None
    return hotspot_connections(hotspots, chosen, municipalities)


def _as_points(data: gpd.GeoDataFrame) -> gpd.GeoDataFrame | PointTable:
    """A layer of points only as its coordinates (read from the geometries once), any other as it is."""
    if isinstance(data, PointTable):
        return data
    xy = point_xy(data)
    return data if xy is None else PointTable(xy)


def hotspot_connections(
    hotspots: gpd.GeoDataFrame, line_layers: list[tuple[str, gpd.GeoDataFrame | PointTable, float]],
    municipalities: Iterable[str] = (),
) -> Connections:
    """``line_layers``: (layer name, data, radius m) of transport layers; their lines and points count (see the
    module's rule), other geometry does not."""
    import shapely

    geoms = hotspots.geometry.values
    names = hotspot_names(hotspots, municipalities)
    counts: dict[tuple[int, int], list[str]] = {}
    tree = shapely.STRtree(geoms)
    centres = shapely.point_on_surface(geoms)
    for layer_name, data, radius in line_layers:
        xy = point_xy(data)  # a layer of points only: its coordinates, no Point made and no line
        if xy is not None:
            served = served_by_points(np.asarray(geoms), xy, radius)
        else:
            _add_line_links(counts, tree, layer_name, data[data.geom_type.isin(LINE_TYPES)], radius)
            stations = data[data.geom_type.isin(POINT_TYPES)]
            if stations.empty:
                continue
            _, hot_idx = tree.query(stations.geometry.values, predicate="dwithin", distance=radius)
            served = sorted(set(hot_idx.tolist()))
        for a, b in _joining_links(centres, served):
            counts.setdefault((a, b), []).append(layer_name)
    ordered = sorted(counts, key=lambda k: (-len(counts[k]), k))
    edges = [(names[a], names[b], len(counts[(a, b)]), list(dict.fromkeys(counts[(a, b)]))[:5]) for a, b in ordered]
    linked = {i for pair in counts for i in pair}
    isolated = [names[i] for i in range(len(names)) if i not in linked]
    return Connections(names=names, edges=edges, isolated=isolated,
                       link_lines=[shapely.LineString([centres[a], centres[b]]) for a, b in ordered])


def served_by_points(hot: np.ndarray, xy: np.ndarray, radius: float) -> list[int]:
    """The hot spots (rows of ``hot``, sorted) that have one of the points ``xy`` within ``radius``: the rows a
    ``dwithin`` query of the points against the hot spots finds.  Only the hot spots are looked at one by one
    (tens to hundreds), each measuring only the points within its bounding box widened by ``radius`` (whether
    one lies inside first, then their distances), not a tree query of a million points."""
    import shapely

    box = shapely.bounds(hot)
    margin = radius * (1 + 1e-9) + 1e-6  # wider than any rounding of the distance: the prefilters drop no hit
    box[:, :2] -= margin
    box[:, 2:] += margin
    real = np.flatnonzero(box[:, 0] <= box[:, 2])  # a missing or empty hot spot (NaN bounds) is near nothing
    if not len(real):
        return []
    near = _near_boxes(xy, box[real])
    order = near[np.argsort(xy[near, 0])]  # the points near some hot spot, by x
    xs, ys = xy[order, 0], xy[order, 1]
    centre = shapely.get_coordinates(shapely.point_on_surface(hot[real]))
    served = []
    for i, (cx, cy) in zip(real, centre, strict=True):
        x0, y0, x1, y1 = box[i]
        lo, hi = int(np.searchsorted(xs, x0, side="left")), int(np.searchsorted(xs, x1, side="right"))
        rows = np.flatnonzero((ys[lo:hi] >= y0) & (ys[lo:hi] <= y1)) + lo
        if len(rows) > FIRST_LOOK:  # the points nearest a point of the hot spot first: mostly one of them serves
            d2 = (xs[rows] - cx) ** 2 + (ys[rows] - cy) ** 2
            rows = rows[np.argpartition(d2, FIRST_LOOK)]
        shapely.prepare(hot[i])
        if any(_serves(hot[i], xs[part], ys[part], radius) for part in (rows[:FIRST_LOOK], rows[FIRST_LOOK:])):
            served.append(int(i))
    return served


FIRST_LOOK = 64  # points of a hot spot's neighbourhood measured before the others


def _serves(hot: shapely.Geometry, x: np.ndarray, y: np.ndarray, radius: float) -> bool:
    """Whether one of the points (x, y) lies within ``radius`` of the hot spot (inside it, or near)."""
    import shapely

    return bool(len(x)) and bool(shapely.intersects_xy(hot, x, y).any() or
                                 shapely.dwithin(shapely.points(x, y), hot, radius).any())


def _near_boxes(xy: np.ndarray, box: np.ndarray, cells: int = 2048) -> np.ndarray:
    """Rows of ``xy`` that may lie in one of the boxes (xmin, ymin, xmax, ymax): the points in the cells of a grid
    (at most ``cells`` a side) that the boxes touch; every point inside a box is among them (a point and a box's
    corners get their cells by the same arithmetic, which keeps their order)."""
    gx0, gy0 = box[:, 0].min(), box[:, 1].min()
    scale = 1.0 / max((box[:, 2].max() - gx0) / cells, (box[:, 3].max() - gy0) / cells, 1e-3)
    corners = ((box - [gx0, gy0, gx0, gy0]) * scale).astype(np.int64)  # all >= 0: truncation is the floor
    nx, ny = int(corners[:, 2].max()) + 1, int(corners[:, 3].max()) + 1
    grid = np.zeros((nx, ny), dtype=bool)
    for ix0, iy0, ix1, iy1 in corners:
        grid[ix0:ix1 + 1, iy0:iy1 + 1] = True
    fx = (xy[:, 0] - gx0) * scale
    fy = (xy[:, 1] - gy0) * scale
    inside = np.flatnonzero((fx >= 0) & (fx < nx) & (fy >= 0) & (fy < ny))
    return inside[grid[fx[inside].astype(np.int64), fy[inside].astype(np.int64)]]


def _add_line_links(counts: dict[tuple[int, int], list[str]], tree: shapely.STRtree, layer_name: str,
                    lines: gpd.GeoDataFrame, radius: float) -> None:
    """Each line links every pair of hot spots it passes within ``radius`` of."""
    if lines.empty:
        return
    label_col = next((c for c in ("route_short_name", "name", "route_long_name") if c in lines.columns), None)
    labels = lines[label_col].astype(str).tolist() if label_col else [layer_name] * len(lines)
    line_idx, hot_idx = tree.query(lines.geometry.values, predicate="dwithin", distance=radius)
    for li in np.unique(line_idx):
        hits = sorted(set(hot_idx[line_idx == li].tolist()))
        for a, b in combinations(hits, 2):
            counts.setdefault((a, b), []).append(labels[li])


def _joining_links(centres: np.ndarray, served: list[int]) -> list[tuple[int, int]]:
    """The shortest set of links (a minimum spanning tree of the centres) that joins the ``served`` hot spots:
    how one network's hot spots are drawn when which of them a train runs between is not known.

    Prim's algorithm on the matrix of straight distances (O(n²) for n hot spots, a few hundred at most: no graph
    library needed): the tree grows from the first served hot spot, each time by the shortest link from the tree
    to a hot spot outside it.  Where all distances differ the tree is the one minimum spanning tree; among equal
    links the hot spot earliest in ``served`` joins first, through the tree member that reached that distance
    first."""
    if len(served) < 2:
        return []
    import shapely

    xy = shapely.get_coordinates(centres[served])
    dist = np.hypot(xy[:, None, 0] - xy[None, :, 0], xy[:, None, 1] - xy[None, :, 1])
    joined = np.zeros(len(served), dtype=bool)
    joined[0] = True
    best, via = dist[0].copy(), np.zeros(len(served), dtype=np.int64)  # shortest link from the tree, and its end
    best[0] = np.inf
    links = []
    for _ in range(len(served) - 1):
        j = int(np.argmin(best))
        links.append((served[int(via[j])], served[j]))
        joined[j], best[j] = True, np.inf
        closer = ~joined & (dist[j] < best)
        best[closer], via[closer] = dist[j][closer], j
    return sorted((min(a, b), max(a, b)) for a, b in links)


def hotspot_names(hotspots: gpd.GeoDataFrame, municipalities: Iterable[str] = ()) -> list[str]:
    """One name per hot spot, in one language and unique (see the module's docstring); ``municipalities``: the
    region's names, besides those in the layer's ``municipality`` field."""
    n = len(hotspots)
    raw = hotspots["name"].astype(str).tolist() if "name" in hotspots.columns else []
    raw = raw or [f"hot spot {i + 1}" for i in range(n)]
    if "municipality" in hotspots.columns:
        munis = ["" if m is None or m != m else str(m) for m in hotspots["municipality"].tolist()]
        known = set(municipalities) | set(munis)
        size = _sizes(hotspots)
        named = {place for place in raw if place in known}  # municipalities that have a hot spot of their name
        largest: dict[str, int] = {}
        for i in sorted(range(n), key=lambda k: -size[k]):
            if munis[i] not in named and raw[i] not in known:
                largest.setdefault(munis[i], i)
        raw = [place if not muni or place in known else muni if largest.get(muni) == i else f"{muni}: {place}"
               for i, (place, muni) in enumerate(zip(raw, munis, strict=True))]
    seen: dict[str, int] = {}
    out = []
    for name in raw:
        seen[name] = seen.get(name, 0) + 1
        out.append(name if seen[name] == 1 else f"{name} ({seen[name]})")
    return out


def _sizes(hotspots: gpd.GeoDataFrame) -> list[float]:
    """What makes a hot spot its municipality's largest: its population where known, else its area."""
    area = hotspots.geometry.area.to_numpy(dtype=float)
    if "population" not in hotspots.columns:
        return area.tolist()
    pop = [float(p) if p is not None and p == p else None for p in hotspots["population"].tolist()]
    return [p if p is not None else -1e12 + a for p, a in zip(pop, area, strict=True)]
