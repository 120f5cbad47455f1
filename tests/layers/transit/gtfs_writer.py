"""Small GTFS feeds written by the tests: a base feed of a few stops, routes and trips that each test changes.

The base feed runs on weekdays of 2024 (service ``WK``): route 1 (bus) trips T1 (07:10-07:30) and T2
(08:10-08:20), route 2 (tram) trip T3 (07:05-07:15).  Stops S1-S3 stand alone; P1 is a station with platforms
P1a (served by T1) and P1b (served by T3).
"""

from __future__ import annotations

import zipfile
from pathlib import Path

BASE: dict[str, str] = {
    "agency.txt": "agency_id,agency_name,agency_url,agency_timezone\nA,Test,http://example.invalid,Europe/Helsinki\n",
    "stops.txt": (
        "stop_id,stop_name,stop_lat,stop_lon,location_type,parent_station\n"
        "S1,Alpha,60.17,24.94,,\n"
        "S2,Beta,60.18,24.95,0,\n"
        "S3,Gamma,60.19,24.96,,\n"
        "P1,Station,60.20,24.97,1,\n"
        "P1a,Station platform 1,60.2001,24.9701,0,P1\n"
        "P1b,Station platform 2,60.2002,24.9702,0,P1\n"
    ),
    "routes.txt": "route_id,route_short_name,route_long_name,route_type\nR1,1,One,3\nR2,2,Two,0\n",
    "calendar.txt": (
        "service_id,monday,tuesday,wednesday,thursday,friday,saturday,sunday,start_date,end_date\n"
        "WK,1,1,1,1,1,0,0,20240101,20241231\n"
    ),
    "trips.txt": "route_id,service_id,trip_id,direction_id\nR1,WK,T1,0\nR1,WK,T2,0\nR2,WK,T3,1\n",
    "stop_times.txt": (
        "trip_id,arrival_time,departure_time,stop_id,stop_sequence\n"
        "T1,07:10:00,07:10:00,S1,1\nT1,07:20:00,07:20:00,S2,2\nT1,07:30:00,07:30:00,P1a,3\n"
        "T2,08:10:00,08:10:00,S1,1\nT2,08:20:00,08:20:00,S2,2\n"
        "T3,07:05:00,07:05:00,P1b,1\nT3,07:15:00,07:15:00,S3,2\n"
    ),
}


def write_feed(dest: Path, changes: dict[str, str | None] | None = None, *, as_zip: bool = True) -> Path:
    """Write the base feed with ``changes`` (a table's new text, or None to leave it out) as ``dest``.

    ``dest`` is a ``.zip`` file (``as_zip``) or a folder of ``.txt`` tables."""
    tables = dict(BASE)
    for name, text in (changes or {}).items():
        if text is None:
            tables.pop(name, None)
        else:
            tables[name] = text
    if as_zip:
        with zipfile.ZipFile(dest, "w", zipfile.ZIP_DEFLATED) as zf:
            for name, text in tables.items():
                zf.writestr(name, text)
    else:
        dest.mkdir(parents=True, exist_ok=True)
        for name, text in tables.items():
            (dest / name).write_text(text, encoding="utf-8")
    return dest
