"""A line layer's attributes normalised for routing: ``highway`` (the class, None where the file has none),
``oneway`` (1 along the line's direction only, -1 against it only, 0 both ways) and ``level`` (lines only meet
at a shared interior vertex on the same level: a bridge, a tunnel or another OSM ``layer`` does not connect to
what it crosses).

OpenStreetMap extracts (``.osm.pbf``) are read through GDAL's OSM driver (layer ``lines``), whose ``other_tags``
hstore holds ``oneway``, ``layer``, ``bridge``, ``tunnel`` and ``junction``.  Other files (Digiroad, the NLS
roads, any line layer) may carry those as fields; Digiroad's ``AJOSUUNTA`` (2 both ways, 3 against, 4 along the
digitised direction) and ``SILTA_ALIK`` (1 bridge, -1 underpass) are understood too.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np
import pandas as pd

from layers.errors import UserError
from layers.i18n import translate

if TYPE_CHECKING:
    import geopandas as gpd

OSM_LAYER = "lines"
OSM_COLUMNS = ("osm_id", "name", "highway", "other_tags")
_YES = ("yes", "true", "1")


def read_osm_lines(path: Path, max_file_mb: float | None = 2048.0) -> gpd.GeoDataFrame:
    """The highway lines of an OSM extract, in EPSG:3067, with the normalised columns (:func:`normalise`)."""
    return normalise(read_osm_highways(path, max_file_mb).to_crs("EPSG:3067"))


def read_osm_highways(path: Path, max_file_mb: float | None = 2048.0) -> gpd.GeoDataFrame:
    """The highway lines of an OSM extract as GDAL's OSM driver gives them (EPSG:4326): ``osm_id``, ``name``,
    ``highway`` and the ``other_tags`` :func:`normalise` reads one-way, layer, bridge and tunnel from.  The one
    reader of extracts: ``--network FILE.osm.pbf`` and File > Open (:mod:`layers.io.read`) both use it."""
    import pyogrio

    if not path.is_file():
        raise UserError(translate("network", "{path}: no such file; give an .osm.pbf extract or a line layer as the "
                                             "network").format(path=path))
    if max_file_mb is not None and path.stat().st_size > max_file_mb * 1024 * 1024:
        raise UserError(translate("network", "{path}: the file is over regionmap's limit of {max_file_mb:g} MB; cut "
                                             "a smaller extract (e.g. osmium extract) or raise REGIONMAP_MAX_FILE_MB "
                                             "deliberately").format(path=path, max_file_mb=max_file_mb))
    try:
        data = pyogrio.read_dataframe(path, layer=OSM_LAYER, columns=list(OSM_COLUMNS))
    except Exception as exc:  # GDAL's errors name the driver's problem; ours names the file
        raise UserError(translate("network", "{path}: cannot be read as an OpenStreetMap extract ({error}); give an "
                                             ".osm.pbf file").format(
                            path=path, error=str(exc).splitlines()[0])) from None
    data = data[data["highway"].notna()].reset_index(drop=True)
    if data.empty:
        raise UserError(translate("network", "{path}: the extract has no highway lines (roads, streets or paths) to "
                                             "route on; give an extract with the street network").format(path=path))
    return data.set_crs("EPSG:4326", allow_override=True)


def _hstore(tags: pd.Series, key: str) -> pd.Series:
    """The value of ``key`` in each OSM ``other_tags`` hstore text (NaN where absent)."""
    return tags.astype("string").str.extract(f'"{key}"=>"([^"]*)"', expand=False).str.lower()


def _field(data: pd.DataFrame, *names: str) -> pd.Series | None:
    """The first of ``names`` that is a column (case-insensitive), as lower-case text."""
    lower = {str(c).lower(): c for c in data.columns}
    for name in names:
        if name in lower:
            return data[lower[name]].astype("string").str.strip().str.lower()
    return None


def normalise(data: gpd.GeoDataFrame) -> gpd.GeoDataFrame:
    """Keep the line geometries (multi-lines exploded) with ``highway``, ``oneway`` and ``level`` columns; where
    some lines have a highway class, only those (the one rule for the window, Reach and ``--network``)."""
    import geopandas as gpd

    data = data[data.geom_type.isin(["LineString", "MultiLineString"])]
    data = data.explode(index_parts=False, ignore_index=True)
    n = len(data)
    tags = data["other_tags"] if "other_tags" in data.columns else pd.Series([None] * n, index=data.index)
    highway = _field(data, "highway")

    def tag(key: str, *fields: str) -> pd.Series:
        from_field = _field(data, *(fields or (key,)))
        value = _hstore(tags, key)
        return value if from_field is None else from_field.fillna(value)

    oneway_tag = tag("oneway")
    oneway = np.where(oneway_tag.isin(_YES), 1, np.where(oneway_tag.isin(("-1", "reverse")), -1, 0))
    implied = (tag("junction").isin(("roundabout", "circular")) |
               (highway.isin(("motorway",)) if highway is not None else False))
    oneway = np.where(implied.to_numpy(dtype=bool) & oneway_tag.isna().to_numpy(), 1, oneway)
    digiroad = _field(data, "ajosuunta")
    if digiroad is not None:
        oneway = np.where(digiroad == "3", -1, np.where(digiroad == "4", 1, oneway))
    layer = pd.to_numeric(tag("layer"), errors="coerce").fillna(0).clip(-8, 8).astype(np.int16).to_numpy()
    bridge = np.array(tag("bridge").notna() & ~tag("bridge").isin(("no",)), dtype=bool)
    tunnel = np.array(tag("tunnel").notna() & ~tag("tunnel").isin(("no",)), dtype=bool)
    silta = _field(data, "silta_alik")
    if silta is not None:
        bridge |= (silta == "1").to_numpy(dtype=bool)
        tunnel |= (silta == "-1").to_numpy(dtype=bool)
    level = (layer.astype(np.int16) * 4 + bridge + 2 * tunnel).astype(np.int16)
    out = gpd.GeoDataFrame({"highway": highway.to_numpy(dtype=object) if highway is not None else None,
                            "oneway": oneway.astype(np.int8), "level": level},
                           geometry=data.geometry.values, crs=data.crs)
    if highway is not None and highway.notna().any() and highway.isna().any():
        # Lines of an OSM-derived file without a highway class are railways, power lines, outlines: places
        # snapped onto them would become islands no service reaches.  A file with no classes at all is all ways.
        out = out[out["highway"].notna()].reset_index(drop=True)
    return out
