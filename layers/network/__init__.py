"""Distance along a road and path network (Qt-free): read a network, build a routable graph per mode, snap
places to it and measure multi-source shortest paths.

* :mod:`.profiles`: the modes (walk, bike, car): which road classes each may use, one-way rules, speeds;
* :mod:`.tags`: a line layer's attributes (OSM ``highway``/``other_tags``, or any line layer) normalised into
  class, one-way and level columns; :func:`.tags.read_osm_lines` reads an ``.osm.pbf``;
* :mod:`.graph`: :func:`.graph.build_network` nodes the lines (where one ends, or where two share a vertex at the
  same level) into edges and per-mode scipy CSR graphs;
* :mod:`.routing`: snapping (:func:`.routing.snap`) and :func:`.routing.network_distance`, one Dijkstra from a
  virtual source for all services of a layer, the partial edges at both ends measured exactly;
* :mod:`.areas`: service areas as polygons at a radius.

The names below are imported on first use (PEP 562, :mod:`layers.lazy`): a straight-line coverage run that
only asks whether a network is wanted does not build the routing.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from layers.lazy import lazy_names

if TYPE_CHECKING:
    from layers.network.graph import Network, build_network
    from layers.network.profiles import MODES, Profile, profile
    from layers.network.routing import DEFAULT_SNAP_M, Snapped, network_distance, snap

_WHERE = {"Network": "graph", "build_network": "graph", "MODES": "profiles", "Profile": "profiles",
          "profile": "profiles", "DEFAULT_SNAP_M": "routing", "Snapped": "routing", "network_distance": "routing",
          "snap": "routing"}

__all__ = ["DEFAULT_SNAP_M", "MODES", "Network", "Profile", "Snapped", "build_network", "network_distance",
           "profile", "snap"]

__getattr__, __dir__ = lazy_names("layers.network", _WHERE, globals())
