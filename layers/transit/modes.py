"""``route_type`` to the modes planners speak of: tram, metro, rail, bus, ferry (and other).

Basic GTFS types are 0-12; the extended (Hierarchical Vehicle Type, HVT) types 100-1700 that VR, Matkahuolto and
Google's feeds use are grouped by their hundreds.  Coaches and trolleybuses count as buses (a stop is a stop on the
road), cable trams as trams, monorails as metro; air, taxi, aerial lifts, funiculars and the rest are "other".
"""

from __future__ import annotations

MODES = ("tram", "metro", "rail", "bus", "ferry", "other")

_BASIC = {0: "tram", 1: "metro", 2: "rail", 3: "bus", 4: "ferry", 5: "tram", 6: "other", 7: "other",
          11: "bus", 12: "metro"}
_EXTENDED = {1: "rail", 2: "bus", 3: "rail", 4: "metro", 7: "bus", 8: "bus", 9: "tram", 10: "ferry", 11: "other",
             12: "ferry", 13: "other", 14: "other", 15: "other", 16: "other", 17: "other"}
# hundreds: 100 railway, 200 coach, 300 suburban railway, 400 urban railway (metro, 403 urban rail below),
# 700 bus, 800 trolleybus, 900 tram, 1000 water, 1100 air, 1200 ferry, 1300 aerial lift, 1400 funicular,
# 1500 taxi, 1600 self drive, 1700 miscellaneous


def mode_of(route_type: object) -> str:
    """The mode of one ``route_type`` value ("other" for unknown or missing ones)."""
    try:
        t = int(float(str(route_type).strip()))
    except ValueError:
        return "other"
    if t in _BASIC:
        return _BASIC[t]
    if t == 403 or t == 404:  # urban railway, all urban railway services: commuter rail in Helsinki terms
        return "rail"
    if t == 405:
        return "metro"
    return _EXTENDED.get(t // 100, "other") if 100 <= t < 1800 else "other"
