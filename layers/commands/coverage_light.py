"""The light cold path of ``regionmap coverage``: a first run on a region pays for its work, not for pandas.

A first run on ``--region FILE`` (nothing prepared yet) imported pandas and geopandas (about 0.8 s) to read the
boundaries, the shipped land outline and settlements and the service layers, and to prepare the region (the 26
Helsinki-Uusimaa codes, clipped to land, hot spots derived, zones made) with GeoDataFrames; the baseline script a
GIS user writes costs 1.2 s in all.  Here such a run reads its files with the pandas-free reader
(:func:`layers.io.light_read.read_light`, which takes a file only where it gives exactly what
:func:`layers.io.read_layer` gives) into :class:`~layers.coverage.tables.GeoTable` s and prepares the region with
the same functions as the full path (:func:`layers.io.region_boundaries.region_boundaries`,
:func:`layers.hotspots.hotspots_from_settlements`, :func:`layers.coverage.zones.zones_from_frames` take GeoTables
as they take GeoDataFrames: one rule), so the zones, samples and figures are the full path's, byte for byte; a
``--population`` file is read as the warm path reads it (:mod:`layers.commands.coverage_people`).  It keeps the
zones for the warm path (:func:`layers.commands.coverage_warm.keep`) as the full path does.

Anything it does not take (another option, a file the light reader declines, a service layer with departures per
hour, the built-in region) goes the full way, before anything is printed; ``REGIONMAP_FULL_PATH=1`` sends every run
the full way (to compare the two).
"""

from __future__ import annotations

import argparse
import logging
import os
from pathlib import Path
from typing import Any

from layers.commands.support import print_warning

log = logging.getLogger("regionmap.coverage_light")
FULL_PATH_ENV = "REGIONMAP_FULL_PATH"


def full_path_asked() -> bool:
    """Whether ``REGIONMAP_FULL_PATH`` asks for the full path (any value but empty or 0)."""
    return os.environ.get(FULL_PATH_ENV, "") not in ("", "0")


def region(args: argparse.Namespace) -> tuple[Any, Any, list[str]] | None:
    """(municipalities, derived hot spots, warnings of the read) of ``--region`` as GeoTables, prepared as the
    full path prepares them (:func:`layers.commands.common._prepare_region`); None where the light reader
    declines the file or anything is unusual (the full path then says what)."""
    from layers import shipped
    from layers.commands.common import derived_hotspots, region_choice_from_args
    from layers.coverage.tables import GeoTable
    from layers.io.light_read import read_light
    from layers.io.region_boundaries import region_boundaries

    try:
        got = read_light(Path(args.region))
        if got is None:
            return None
        land, places = shipped.land_table(), shipped.settlements_table()
        prepared = region_boundaries(GeoTable(got.columns, got.geometry), region_choice_from_args(args),
                                     land=GeoTable(land.columns, land.geometry), source=str(args.region))
        hot = derived_hotspots(prepared.data, GeoTable(places.columns, places.geometry))
    except Exception as exc:  # an error or anything unusual: the full path says it in its words
        log.debug("%s: not prepared lightly (%s)", args.region, exc)
        return None
    return prepared.data, hot, list(prepared.warnings)


def run(args: argparse.Namespace, keep_at: Path | None) -> tuple[Any, Any, Any, list[Any], Any] | None:
    """The first run on ``--region`` without pandas: what :func:`layers.commands.coverage._write` needs (inputs,
    engine, result, no layer pairs, the population layer), the zones kept at ``keep_at`` for the next run; None where
    the run needs the full path (nothing printed then)."""
    if not getattr(args, "region", None):
        return None
    from layers.crs import WORK_CRS
    from layers.io.crs_detect import fit_window

    prepared = region(args)
    if prepared is None:
        return None
    from layers.commands.coverage_people import DECLINE, population_layer
    from layers.commands.coverage_warm import checked, keep, light_inputs, services

    specs = services(args, fit_window(WORK_CRS))
    if specs is None:
        return None
    people = population_layer(args)
    if people is DECLINE:
        return None
    from layers.coverage import zones_from_frames

    muni, hot, warnings = prepared
    for warning in warnings:  # as the full path says them, on reading the region
        print_warning(warning)
    zones = zones_from_frames(muni, hot)
    got = checked(args, light_inputs(args, zones, specs, people))
    keep(keep_at, zones, warnings)
    return got
