"""Official municipal boundaries: pick code/name fields, filter to the region, clip to land, and download them from
Statistics Finland's open WFS with a cache in the user's data folder (later starts work offline).

Pure functions (no Qt); the Region > Load official boundaries dialog runs them as background tasks.
"""

from __future__ import annotations

import os
import tempfile
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path
from typing import TYPE_CHECKING

from layers.errors import UserError
from layers.tasks import CancelledFn, ProgressFn, check_cancelled, never_cancelled, no_progress

if TYPE_CHECKING:
    import geopandas as gpd
    from shapely.geometry.base import BaseGeometry

    from layers.io.read import LoadedData

STATFI_WFS = "https://geo.stat.fi/geoserver/tilastointialueet/wfs"
STATFI_ATTRIBUTION = "Municipal boundaries: Statistics Finland, CC BY 4.0"
DEFAULT_YEAR = 2024
CODE_CANDIDATES = ("code", "kunta", "natcode", "kuntakoodi", "kunta_koodi", "kuntanro", "kunta_code",
                   "municipality_code", "kuntatunnus")
NAME_CANDIDATES = ("name", "nimi", "namefin", "name_fi", "nimi_fi", "kuntanimi", "kunta_nimi", "namn")
NAME_SV_CANDIDATES = ("name_sv", "namn", "nameswe", "nimi_sv", "namn_sv")


def statfi_url(year: int = DEFAULT_YEAR, base: str = STATFI_WFS) -> str:
    """WFS GetFeature for the 1:1,000,000 municipal boundaries of ``year`` as GeoJSON in EPSG:3067."""
    params = {"service": "WFS", "version": "2.0.0", "request": "GetFeature",
              "typeNames": f"tilastointialueet:kunta1000k_{year}", "outputFormat": "application/json",
              "srsName": "EPSG:3067"}
    return f"{base}?{urllib.parse.urlencode(params)}"


def cache_path_for(url: str, cache_dir: Path | None = None) -> Path:
    import hashlib

    from layers.cli_support import data_dir

    folder = cache_dir or (data_dir() / "boundaries")
    digest = hashlib.sha1(url.encode()).hexdigest()[:12]
    return folder / f"statfi_municipalities_{digest}.geojson"


def guess_field(columns: list[str], candidates: tuple[str, ...]) -> str | None:
    lowered = {c.lower(): c for c in columns}
    for cand in candidates:
        if cand in lowered:
            return lowered[cand]
    return None


def normalise_code(value: object) -> str:
    """Municipality codes as three digits ('91' and 91 -> '091'); other codes as trimmed text."""
    text = str(value).strip()
    if text.endswith(".0") and text[:-2].isdigit():
        text = text[:-2]
    return text.zfill(3) if text.isdigit() and len(text) <= 3 else text


def prepare_boundaries(
    gdf: gpd.GeoDataFrame,
    code_field: str,
    name_field: str,
    *,
    keep_codes: set[str] | None = None,
    field_filter: tuple[str, str] | None = None,
    intersecting: BaseGeometry | None = None,
    land: BaseGeometry | None = None,
) -> gpd.GeoDataFrame:
    """Boundaries with fields ``code``, ``name`` (and ``name_sv`` when found), ``land_area_km2``; filtered by codes,
    by a field value or by intersecting a geometry (its larger part inside), and clipped to ``land``."""
    import geopandas as gpd
    import shapely

    for field in (code_field, name_field):
        if field not in gdf.columns:
            names = ", ".join(map(str, gdf.columns))
            raise UserError(f"boundaries: there is no field {field!r}; choose one of {names}")
    frame = gdf[gdf.geometry.notna() & ~gdf.geometry.is_empty]
    frame = frame[frame.geom_type.isin(["Polygon", "MultiPolygon"])]
    codes = frame[code_field].map(normalise_code)
    keep = codes.notna()
    if keep_codes is not None:
        keep &= codes.isin({normalise_code(c) for c in keep_codes})
    if field_filter is not None:
        field, value = field_filter
        if field not in frame.columns:
            raise UserError(f"boundaries: cannot filter on {field!r}: no such field")
        keep &= frame[field].astype(str).str.strip().str.casefold() == str(value).strip().casefold()
    frame, codes = frame[keep], codes[keep]
    geometry = shapely.make_valid(frame.geometry.values)
    if land is not None:
        geometry = shapely.intersection(geometry, land)
    if intersecting is not None:  # the larger part of the (land) area inside
        inside = shapely.area(shapely.intersection(geometry, intersecting)) > 0.5 * shapely.area(geometry)
        frame, codes, geometry = frame[inside], codes[inside], geometry[inside]
    if frame.empty:
        raise UserError("boundaries: no area is left after the filter; check the code field and the filter")
    out = {"code": codes.to_numpy(), "name": frame[name_field].astype(str).str.strip().to_numpy()}
    sv = guess_field([str(c) for c in frame.columns], NAME_SV_CANDIDATES)
    if sv and sv != name_field:
        out["name_sv"] = frame[sv].astype(str).to_numpy()
    result = gpd.GeoDataFrame(out, geometry=geometry, crs=frame.crs)
    result = result[~result.geometry.is_empty]
    result["land_area_km2"] = (result.geometry.area / 1e6).round(2)
    return result.dissolve(by="code", as_index=False, aggfunc="first") if result["code"].duplicated().any() \
        else result.reset_index(drop=True)


def download_boundaries(
    url: str,
    cache_path: Path,
    *,
    timeout: float = 60.0,
    progress: ProgressFn = no_progress,
    cancelled: CancelledFn = never_cancelled,
) -> tuple[Path, bool]:
    """Fetch ``url`` into ``cache_path`` (atomically); when the download fails and a cached copy exists, use it.

    Returns (path, from_cache)."""
    progress(0.0, "contacting Statistics Finland")
    tmp: Path | None = None
    try:
        request = urllib.request.Request(url, headers={"User-Agent": "regionmap"})
        with urllib.request.urlopen(request, timeout=timeout) as response:
            total = int(response.headers.get("Content-Length") or 0)
            cache_path.parent.mkdir(parents=True, exist_ok=True)
            fd, name = tempfile.mkstemp(dir=cache_path.parent, suffix=".part")
            tmp = Path(name)
            done = 0
            with os.fdopen(fd, "wb") as out:
                while chunk := response.read(1 << 16):
                    check_cancelled(cancelled)
                    out.write(chunk)
                    done += len(chunk)
                    progress(done / total * 0.9 if total else 0.5, f"downloaded {done / 1e6:.1f} MB")
        _check_geojson(tmp, url)
        os.replace(tmp, cache_path)
        tmp = None
        return cache_path, False
    except (urllib.error.URLError, OSError, TimeoutError) as exc:
        if cache_path.exists():
            progress(0.9, "offline: using the cached boundaries")
            return cache_path, True
        reason = getattr(exc, "reason", exc)
        raise UserError(f"Statistics Finland WFS: cannot download the boundaries ({reason}); check the internet "
                        "connection, or load a boundary file instead") from exc
    finally:
        if tmp is not None and tmp.exists():
            tmp.unlink()


def _check_geojson(path: Path, url: str) -> None:
    with open(path, "rb") as f:
        head = f.read(512).lstrip()
    if not head.startswith(b"{"):
        snippet = head[:120].decode("utf-8", "replace").replace("\n", " ")
        raise UserError(f"Statistics Finland WFS: the answer is not GeoJSON ({snippet!r}); try again later or load "
                        "a boundary file instead")


def fetch_statfi_boundaries(
    url: str,
    cache_path: Path | None = None,
    *,
    progress: ProgressFn = no_progress,
    cancelled: CancelledFn = never_cancelled,
) -> tuple[LoadedData, bool]:
    """Task: download (or take from the cache) and read the boundaries.  Returns (loaded, from_cache)."""
    from layers.io.read import read_layer
    from layers.tasks import sub_progress

    path, from_cache = download_boundaries(url, cache_path or cache_path_for(url),
                                           progress=sub_progress(progress, 0.0, 0.8), cancelled=cancelled)
    loaded = read_layer(path, progress=sub_progress(progress, 0.8, 1.0), cancelled=cancelled)
    return loaded, from_cache
