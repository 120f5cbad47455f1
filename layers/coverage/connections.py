"""Hot-spot connections: which hot spots a transport line links (passing within its radius of both)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from itertools import combinations
from typing import TYPE_CHECKING

import numpy as np

from layers.crs import WORK_CRS

if TYPE_CHECKING:
    import geopandas as gpd


@dataclass
class Connections:
    """``edges``: (hot spot a, hot spot b, number of lines, example line names); ``isolated``: hot spot names."""

    names: list[str]
    edges: list[tuple[str, str, int, list[str]]] = field(default_factory=list)
    isolated: list[str] = field(default_factory=list)
    lines: gpd.GeoDataFrame | None = None  # one line per edge between hot spot centres, for the map

    def to_dict(self) -> dict:
        return {
            "edges": [{"a": a, "b": b, "lines": n, "examples": ex} for a, b, n, ex in self.edges],
            "isolated": list(self.isolated),
        }


def transport_links(hotspots: gpd.GeoDataFrame, layers: Iterable[tuple[str, str, gpd.GeoDataFrame]],
                    radii: Mapping[str, float]) -> Connections | None:
    """Hot spots linked by the transport layers among ``layers`` ((name, sector, data)) that are in ``radii``, at
    those radii; None without hot spots or without a transport layer that has lines."""
    lines = [(name, data, radii[name]) for name, sector, data in layers if sector == "transport" and name in radii]
    if not len(hotspots) or not any(d.geom_type.isin(["LineString", "MultiLineString"]).any() for _, d, _ in lines):
        return None
    return hotspot_connections(hotspots, lines)


def hotspot_connections(
    hotspots: gpd.GeoDataFrame, line_layers: list[tuple[str, gpd.GeoDataFrame, float]]
) -> Connections:
    """``line_layers``: (layer name, data, radius m) of transport layers; only their line features count."""
    import geopandas as gpd
    import shapely

    geoms = hotspots.geometry.values
    names = _unique_names(hotspots)
    counts: dict[tuple[int, int], list[str]] = {}
    tree = shapely.STRtree(geoms)
    for layer_name, data, radius in line_layers:
        lines = data[data.geom_type.isin(["LineString", "MultiLineString"])]
        if lines.empty:
            continue
        label_col = next((c for c in ("route_short_name", "name", "route_long_name") if c in lines.columns), None)
        labels = lines[label_col].astype(str).tolist() if label_col else [layer_name] * len(lines)
        line_idx, hot_idx = tree.query(lines.geometry.values, predicate="dwithin", distance=radius)
        for li in np.unique(line_idx):
            hits = sorted(set(hot_idx[line_idx == li].tolist()))
            for a, b in combinations(hits, 2):
                counts.setdefault((a, b), []).append(labels[li])
    ordered = sorted(counts, key=lambda k: (-len(counts[k]), k))
    edges = [(names[a], names[b], len(counts[(a, b)]), list(dict.fromkeys(counts[(a, b)]))[:5]) for a, b in ordered]
    linked = {i for pair in counts for i in pair}
    isolated = [names[i] for i in range(len(names)) if i not in linked]
    centres = shapely.point_on_surface(geoms)
    lines_gdf = gpd.GeoDataFrame({"a": [e[0] for e in edges], "b": [e[1] for e in edges],
                                  "lines": [e[2] for e in edges]},
                                 geometry=[shapely.LineString([centres[a], centres[b]]) for a, b in ordered],
                                 crs=WORK_CRS)
    return Connections(names=names, edges=edges, isolated=isolated, lines=lines_gdf)


def _unique_names(hotspots: gpd.GeoDataFrame) -> list[str]:
    raw = hotspots["name"].astype(str).tolist() if "name" in hotspots.columns else []
    raw = raw or [f"hot spot {i + 1}" for i in range(len(hotspots))]
    seen: dict[str, int] = {}
    out = []
    for n in raw:
        seen[n] = seen.get(n, 0) + 1
        out.append(n if seen[n] == 1 else f"{n} ({seen[n]})")
    return out
