"""A layer of a region from a geoserver WFS, year by year and page by page, kept only when all of it is usable.

Shared by the population grids (:mod:`layers.io.population_wfs`) and SYKE's urban-rural classification
(:mod:`layers.io.urban_rural`): GetCapabilities names the layers, one per year (the source's
:meth:`PagedSource.years`), the newest is used unless a year is asked for; GetFeature (GeoJSON asked for,
``srsName=EPSG:3067``, a BBOX of the region's extent) is read in pages of ``startIndex``/``count`` because
geoserver caps one answer.  A page in GML instead of GeoJSON is read too (:mod:`layers.io.wfs_gml`).  Every
request goes through :func:`layers.io.wfs.fetch_answer`, so one total deadline (shared by all the pages) and
Cancel hold throughout.  Only when every page has loaded and the features passed the source's
:meth:`PagedSource.check_usable` are they written, as a GeoPackage in EPSG:3067, to the cache file (by a rename,
so a fault leaves an earlier cache as it was).
"""

from __future__ import annotations

import json
import math
import os
import time
import urllib.parse
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from layers.errors import UserError
from layers.i18n import format_number, translate
from layers.io.wfs import cache_file, capabilities_url, fetch_answer, origin_note, request_url
from layers.io.wfs_capabilities import MAX_BYTES as CAPABILITIES_MAX_BYTES
from layers.io.wfs_capabilities import feature_type_names
from layers.io.wfs_gml import looks_like_gml, read_gml_page
from layers.tasks import CancelledFn, ProgressFn, check_cancelled, no_progress

if TYPE_CHECKING:
    import geopandas as gpd

PAGE_SIZE = 5000
MAX_PAGES = 200  # 1,000,000 features: far more than Finland's ~100,000 inhabited 1 km cells
PAGE_MAX_BYTES = 200 * 1024 * 1024


class PagedSource(Protocol):
    """What differs between the layers downloaded this way."""

    @property
    def noun(self) -> str: ...  # "population grid": "the download of the population grid"

    @property
    def items(self) -> str: ...  # "population cells": "returned no population cells"

    @property
    def table(self) -> str: ...  # the cache GeoPackage's table

    def years(self, names: Iterable[str]) -> dict[int, str]: ...

    def missing_layer(self) -> str: ...  # "no 1 km population grid of Statistics Finland (no layer like ...)"

    def clean(self, frame: gpd.GeoDataFrame) -> gpd.GeoDataFrame: ...

    def check_usable(self, frame: Any, within: Any, what: str) -> None: ...

    def cache_name(self, year: int) -> str: ...  # the cache file's name before its hash

    def cache_year(self, file_name: str) -> int | None: ...

    def layer_for(self, year: int) -> str: ...  # the WFS layer a cached year came from


@dataclass
class Paged:
    data: gpd.GeoDataFrame  # EPSG:3067, only features meeting the region
    year: int
    layer: str  # the WFS layer
    path: Path  # the cache file
    from_cache: bool = False
    notes: list[str] = field(default_factory=list)


def extent_key(base_url: str, within: Any) -> str:
    """What the cache is keyed on: the service and the region (its outline, rounded to metres)."""
    import shapely

    rounded = shapely.set_precision(within, 1.0)
    return f"{base_url}|{shapely.to_wkt(rounded, rounding_precision=0)}"


def cache_path(folder: str, source: PagedSource, base_url: str, within: Any, year: int) -> Path:
    """``data_dir()/<folder>/<source's name of year>-<hash of service and region>.gpkg``."""
    return cache_file(folder, source.cache_name(year), extent_key(base_url, within), ".gpkg")


def cached_files(folder: str, source: PagedSource, base_url: str, within: Any) -> dict[int, Path]:
    """The years cached for this source, service and region."""
    probe = cache_path(folder, source, base_url, within, 0)
    digest = probe.stem.rsplit("-", 1)[1]
    out = {}
    if probe.parent.is_dir():
        for path in probe.parent.glob(f"*-{digest}.gpkg"):
            year = source.cache_year(path.name)
            if year is not None:
                out[year] = path
    return out


def cached_or_downloaded(source: PagedSource, folder: str, within: Any, year: int | None, base_url: str, *,
                         refresh: bool, timeout: float, deadline: float, page_size: int, progress: ProgressFn,
                         cancelled: CancelledFn) -> Paged:
    """``source``'s layer from the cache when usable (unless ``refresh``), else downloaded
    (:func:`download_pages`); with ``refresh``, a failed download falls back to the cache, with a note."""
    cached = cached_files(folder, source, base_url, within)
    stale: list[str] = []
    if not refresh:
        for y in _candidates(cached, year):
            got = _read_cached(source, cached[y], y, within, stale)
            if got is not None:
                progress(1.0, translate("io", "{n} features from the cache").format(n=format_number(len(got.data))))
                return got
    try:
        got = download_pages(source, within, year, base_url,
                             lambda y: cache_path(folder, source, base_url, within, y), timeout=timeout,
                             deadline=deadline, page_size=page_size, progress=progress, cancelled=cancelled)
    except UserError as exc:
        if refresh:
            for y in _candidates(cached, year):
                got = _read_cached(source, cached[y], y, within, [])
                if got is not None:
                    got.notes.append(translate(
                        "io", "the download failed ({exc}); used the {noun} {year} cached earlier").format(
                        exc=exc, noun=source.noun, year=y))
                    return got
        raise
    got.notes = [*stale, origin_note(False, base_url)]
    return got


def _candidates(cached: dict[int, Path], year: int | None) -> list[int]:
    """The cached years to try: the asked-for one, or all, newest first."""
    if year is None:
        return sorted(cached, reverse=True)
    return [year] if year in cached else []


def _read_cached(source: PagedSource, path: Path, year: int, within: Any, notes: list[str]) -> Paged | None:
    """The cached layer, or None (and the file removed, with a note) when it cannot be read or is not usable."""
    import geopandas as gpd

    try:
        frame = gpd.read_file(path)
        source.check_usable(frame, within, translate("io", "the cached {noun} {file}").format(
            noun=source.noun, file=path.name))
    except UserError:
        path.unlink(missing_ok=True)
        notes.append(translate("io", "the {noun} {year} cached earlier was not usable and was downloaded again").format(
            noun=source.noun, year=year))
        return None
    except Exception:  # an unreadable file (a crash while writing): the same
        path.unlink(missing_ok=True)
        notes.append(translate(
            "io", "the {noun} {year} cached earlier could not be read and was downloaded again").format(
            noun=source.noun, year=year))
        return None
    return Paged(frame, year, source.layer_for(year), path, True, [origin_note(True, "")])


def download_pages(source: PagedSource, within: Any, year: int | None, base_url: str, target: Callable[[int], Path],
                   *, timeout: float, deadline: float, page_size: int, progress: ProgressFn,
                   cancelled: CancelledFn) -> Paged:
    """``source``'s layer of ``year`` (None: the newest) over ``within``'s extent from the WFS at ``base_url``,
    cached at ``target(year)`` once usable; a task function's body (raises :class:`UserError`, ``Cancelled``)."""
    import shapely

    host = urllib.parse.urlsplit(base_url).netloc or base_url
    started = time.monotonic()
    folder = target(0).parent
    progress(0.0, translate("io", "asking {host} which years it offers").format(host=host))
    names = _capabilities(base_url, folder, timeout, deadline, started, cancelled)
    years = source.years(names)
    if not years:
        raise UserError(translate("io", "{host}: the WFS offers {missing}; check the address").format(
            host=host, missing=source.missing_layer()))
    if year is None:
        year = max(years)
    elif year not in years:
        raise UserError(translate(
            "io", "{host}: the WFS has no {noun} for {year} (it offers {years}); choose one of those years").format(
            host=host, noun=source.noun, year=year, years=_span(years)))
    layer = years[year]
    x0, y0, x1, y1 = (float(v) for v in shapely.bounds(within))
    bbox = f"{math.floor(x0)},{math.floor(y0)},{math.ceil(x1)},{math.ceil(y1)},EPSG:3067"
    frames: list[gpd.GeoDataFrame] = []
    got = 0
    matched: int | None = None
    for page in range(MAX_PAGES):
        check_cancelled(cancelled)
        share = 0.05 + 0.85 * (min(got / matched, 1.0) if matched else min(page / (page + 2), 0.9))
        progress(share, (translate("io", "{noun} {year}: {got} of {matched} features") if matched else
                         translate("io", "{noun} {year}: {got} features")).format(
            noun=source.noun, year=year, got=format_number(got), matched=format_number(matched or 0)))
        url = request_url(base_url, layer, extra={"bbox": bbox, "startIndex": got, "count": page_size})
        part = fetch_answer(url, folder, what=translate("io", "the {noun}").format(noun=source.noun),
                            timeout=timeout, deadline=deadline,
                            max_bytes=PAGE_MAX_BYTES, progress=no_progress, cancelled=cancelled,
                            suffix=".part.json", started=started)
        try:
            frame, returned, matched_now = read_page(part, host)
        finally:
            part.unlink(missing_ok=True)
        matched = matched_now if matched_now is not None else matched
        frames.append(frame)
        got += returned
        if matched is not None:  # geoserver may return fewer than asked for (its own cap): go on to the end
            if got >= matched:
                break
            if returned == 0:
                raise UserError(translate(
                    "io", "{host}: the WFS stopped after {got} of the {matched} features it announced; nothing was "
                    "cached; try again later").format(host=host, got=format_number(got),
                                                      matched=format_number(matched)))
        elif returned < page_size:
            break
    else:
        raise UserError(translate("io", "{host}: the {noun} did not end after {pages} pages; check the address").format(
            host=host, noun=source.noun, pages=MAX_PAGES))
    progress(0.9, translate("io", "checking the features"))
    data = source.clean(_combine(frames, host, source.items))
    source.check_usable(data, within, translate("io", "{host}: the answer for {layer!r}").format(
        host=host, layer=layer))
    data = data[shapely.intersects(data.geometry.values, within)].reset_index(drop=True)
    path = target(year)
    _keep(data, path, source)
    progress(1.0, translate("io", "{n} features").format(n=format_number(len(data))))
    return Paged(data, year, layer, path)


def _keep(data: gpd.GeoDataFrame, path: Path, source: PagedSource) -> None:
    """``data`` written beside ``path`` and renamed over it, so a failure leaves an earlier file as it was."""
    part = path.with_name(f".{path.stem}.part.gpkg")
    try:
        part.unlink(missing_ok=True)
        data.to_file(part, driver="GPKG", layer=source.table)
        os.replace(part, path)
    except OSError as exc:
        part.unlink(missing_ok=True)
        raise UserError(translate(
            "io", "{folder}: could not keep the {noun} ({exc}); free some disk space or check the folder's "
            "permissions").format(folder=path.parent, noun=source.noun, exc=exc)) from None


def _capabilities(base_url: str, folder: Path, timeout: float, deadline: float, started: float,
                  cancelled: CancelledFn) -> list[str]:
    host = urllib.parse.urlsplit(base_url).netloc or base_url
    part = fetch_answer(capabilities_url(base_url), folder, what=translate("io", "the WFS capabilities"),
                        timeout=timeout,
                        deadline=deadline, max_bytes=CAPABILITIES_MAX_BYTES, progress=no_progress,
                        cancelled=cancelled, suffix=".part.xml", xml=True, started=started)
    try:
        return feature_type_names(part.read_bytes(), host)
    finally:
        part.unlink(missing_ok=True)


def _span(years: dict[int, str]) -> str:
    ordered = sorted(years)
    return ", ".join(map(str, ordered)) if len(ordered) <= 4 else f"{ordered[0]}–{ordered[-1]}"


def read_page(path: Path, host: str) -> tuple[gpd.GeoDataFrame, int, int | None]:
    """One GetFeature page as ``(features in EPSG:3067, features returned, numberMatched or None)``, GeoJSON or
    GML (:func:`layers.io.wfs_gml.read_gml_page`).

    A GeoJSON page's CRS is its ``crs`` member (geoserver writes one for EPSG:3067), else GeoJSON's WGS84; it is
    reprojected.  A page with no CRS whose coordinates are not longitude/latitude is refused: guessing would put
    features in the wrong place.
    """
    import geopandas as gpd
    from pyproj import CRS
    from pyproj.exceptions import CRSError

    raw = path.read_bytes()
    if not raw.strip():
        raise UserError(translate(
            "io", "{host}: the WFS sent an empty answer; nothing was cached; try again later").format(host=host))
    if looks_like_gml(raw):
        return read_gml_page(raw, host)
    try:
        doc = json.loads(raw)
    except (ValueError, UnicodeDecodeError):
        raise UserError(translate(
            "io", "{host}: the WFS answer is not complete GeoJSON (cut off or damaged, {size} bytes); nothing was "
            "cached; try again").format(host=host, size=format_number(len(raw)))) from None
    if not isinstance(doc, dict) or doc.get("type") != "FeatureCollection" or not isinstance(doc.get("features"),
                                                                                               list):
        raise UserError(translate(
            "io", "{host}: the WFS answer is not a GeoJSON FeatureCollection; nothing was cached; check the "
            "address").format(host=host))
    features = [f for f in doc["features"] if isinstance(f, dict) and isinstance(f.get("geometry"), dict)]
    returned = len(doc["features"])
    announced = _count(doc.get("numberReturned"))
    if announced is not None and announced != returned:
        raise UserError(translate(
            "io", "{host}: the WFS answer announces {announced} features but holds {returned} (incomplete); nothing "
            "was cached; try again").format(host=host, announced=format_number(announced),
                                            returned=format_number(returned)))
    matched = _count(doc.get("numberMatched"))
    if matched is None:
        matched = _count(doc.get("totalFeatures"))
    crs_name = ((doc.get("crs") or {}).get("properties") or {}).get("name") if isinstance(doc.get("crs"), dict) \
        else None
    try:
        crs = CRS.from_user_input(crs_name) if crs_name else CRS.from_epsg(4326)
    except CRSError:
        raise UserError(translate(
            "io", "{host}: the WFS answer is in a CRS this app does not know ({crs}); nothing was cached; ask for "
            "EPSG:3067").format(host=host, crs=str(crs_name)[:80])) from None
    frame = gpd.GeoDataFrame.from_features(features, crs=crs) if features else \
        gpd.GeoDataFrame({"geometry": gpd.GeoSeries([], crs=crs)}, crs=crs)
    if features and not crs_name:
        x0, y0, x1, y1 = frame.total_bounds
        if not (-180 <= x0 <= x1 <= 180 and -90 <= y0 <= y1 <= 90):
            raise UserError(translate(
                "io", "{host}: the WFS answer declares no CRS and its coordinates are not longitude/latitude "
                "(another CRS?); nothing was cached; check the address").format(host=host))
    return frame.to_crs(3067), returned, matched


def _count(value: Any) -> int | None:
    """geoserver's ``numberMatched``/``numberReturned`` (``"unknown"`` or absent: None)."""
    return int(value) if isinstance(value, int | float) and not isinstance(value, bool) and value >= 0 else None


def _combine(frames: list[gpd.GeoDataFrame], host: str, items: str) -> gpd.GeoDataFrame:
    """The pages as one frame: polygons only, each feature once."""
    import geopandas as gpd
    import pandas as pd

    frames = [f for f in frames if len(f)]
    if not frames:
        raise UserError(translate(
            "io", "{host}: the WFS returned no {items} for the region's extent; nothing was cached; check the "
            "address and the region").format(host=host, items=items))
    data = gpd.GeoDataFrame(pd.concat(frames, ignore_index=True), crs=3067)
    data = data[data.geometry.notna() & ~data.geometry.is_empty]
    data = data[data.geom_type.isin(["Polygon", "MultiPolygon"])]
    key = next((k for k in ("grd_id", "id_nro", "index", "INDEX") if k in data.columns), None)
    if key is not None:  # pages of an unsorted WFS may overlap
        data = data.drop_duplicates(subset=key)
    columns = [c for c in data.columns if c != "geometry"] + ["geometry"]  # the service's order, geometry last
    return gpd.GeoDataFrame(data[columns].reset_index(drop=True), geometry="geometry", crs=3067)


__all__ = ["PAGE_SIZE", "Paged", "PagedSource", "cache_path", "cached_files", "cached_or_downloaded", "download_pages",
           "extent_key", "read_page"]
