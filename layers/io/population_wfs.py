"""Statistics Finland's 1 km population grid (CC BY 4.0) for the region, from its open WFS, cached for offline use.

::

    grid = download_population(within=document.region.outline)   # year=None: the latest the service offers
    grid.year, grid.cells, grid.people, grid.path, grid.from_cache
    document.layers.append(grid.to_layer())                        # kind POPULATION, credit filled in

Why this shape.  GetCapabilities names the layers ``vaestoruutu:vaki<YEAR>_1km``; the newest is used unless a
year is asked for.  The cells come from WFS 2.0 GetFeature (GeoJSON, ``srsName=EPSG:3067``, a BBOX of the
region's extent) in pages of ``startIndex``/``count``, because geoserver caps one answer and the whole grid of
Finland is far larger than a region.  Every request goes through :func:`layers.io.wfs.fetch_answer`, so the one
total deadline (shared by all the pages) and Cancel hold throughout.  Only when every page has loaded and the
cells passed :func:`check_usable` (polygons of about the grid's cell size with a head count, some in the region)
are they written, as a GeoPackage in EPSG:3067, to ``data_dir()/population/`` (by a rename, so a fault leaves an
earlier cache as it was).  ``refresh=False`` uses a usable cache without the network; ``refresh=True`` downloads
and falls back to the cache, with a note, when the download fails (an offline start).

Hidden counts: Statistics Finland reports only the total (``vaesto``) for a cell of under 10 inhabitants; its
sexes and age groups (``miehet``, ``naiset``, ``ika_0_14``, ``ika_15_64``, ``ika_65_``) are then ``-1``.  Those
become missing values (unknown), never negative people; :attr:`PopulationGrid.hidden_cells` counts them.

The same path downloads HSY's 250 m grid of the capital region (``source=HSY``, only for a region whose
municipalities all lie in it); what differs between the two grids is in :mod:`layers.io.population_sources`.
"""

from __future__ import annotations

import json
import math
import os
import time
import urllib.parse
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from layers.errors import UserError
from layers.io.population_sources import CAPITAL_REGION, HSY, SOURCES, STATFI, GridSource
from layers.io.wfs import cache_file, capabilities_url, fetch_answer, request_url
from layers.io.wfs_capabilities import MAX_BYTES as CAPABILITIES_MAX_BYTES
from layers.io.wfs_capabilities import feature_type_names
from layers.tasks import CancelledFn, ProgressFn, check_cancelled, never_cancelled, no_progress

if TYPE_CHECKING:
    import geopandas as gpd

    from layers.model import Layer

DEFAULT_BASE_URL = STATFI.base_url
COUNT_FIELD = STATFI.count_field
PAGE_SIZE = 5000
MAX_PAGES = 200  # 1,000,000 cells: far more than Finland's ~100,000 inhabited 1 km cells
PAGE_MAX_BYTES = 200 * 1024 * 1024
DEADLINE_S = 300.0  # capabilities and every page together
CACHE_FOLDER = "population"


@dataclass
class PopulationGrid:
    """The region's inhabited cells (EPSG:3067) and where they came from."""

    data: gpd.GeoDataFrame
    year: int
    layer: str  # the WFS layer, e.g. vaestoruutu:vaki2023_1km
    path: Path  # the cache file
    from_cache: bool
    base_url: str
    notes: list[str] = field(default_factory=list)
    source: GridSource = STATFI

    @property
    def cells(self) -> int:
        return len(self.data)

    @property
    def people(self) -> int:
        return round(float(self.data[self.source.count_field].sum(skipna=True)))

    @property
    def hidden_cells(self) -> int:
        """Cells whose parts (sexes, age groups) the publisher hides (few inhabitants)."""
        parts = [f for f in self.source.part_fields if f in self.data.columns]
        return int(self.data[parts].isna().any(axis=1).sum()) if parts else 0

    @property
    def attribution(self) -> str:
        return self.source.attribution(self.year)

    @property
    def layer_name(self) -> str:
        return self.source.layer_name(self.year)

    @property
    def count_field(self) -> str:
        return self.source.count_field

    def to_layer(self) -> Layer:
        """A POPULATION layer counting the total, credited to its publisher."""
        from layers.model import Layer, LayerKind

        hidden, src = self.hidden_cells, self.source
        parts = "sexes and age groups" if src is STATFI else "age groups"
        note = (f"{hidden:,} cells of under {src.hidden_below or 10} inhabitants: {src.publisher} publishes only "
                f"their total, so their {parts} are unknown (empty), not 0") if hidden else ""
        return Layer(self.data, self.layer_name, kind=LayerKind.POPULATION, source=f"{self.base_url} ({self.layer})",
                     attribution=self.attribution, note=note)


def layer_years(names: list[str], source: GridSource = STATFI) -> dict[int, str]:
    """The grid's layers among WFS layer names, by year."""
    return source.years(names)


def extent_key(base_url: str, within: Any) -> str:
    """What the cache is keyed on: the service and the region (its outline, rounded to metres)."""
    import shapely

    rounded = shapely.set_precision(within, 1.0)
    return f"{base_url}|{shapely.to_wkt(rounded, rounding_precision=0)}"


def cache_path_for(base_url: str, within: Any, year: int, source: GridSource = STATFI) -> Path:
    return cache_file(CACHE_FOLDER, source.cache_name(year), extent_key(base_url, within), ".gpkg")


def cached_years(base_url: str, within: Any, source: GridSource = STATFI) -> dict[int, Path]:
    """The years cached for this grid, service and region."""
    probe = cache_path_for(base_url, within, 0, source)
    digest = probe.stem.rsplit("-", 1)[1]
    out = {}
    if probe.parent.is_dir():
        for path in probe.parent.glob(f"*-{digest}.gpkg"):
            year = source.cache_year(path.name)
            if year is not None:
                out[year] = path
    return out


def download_population(
    *,
    within: Any = None,
    year: int | None = None,
    base_url: str | None = None,
    source: GridSource | str = STATFI,
    codes: Any = None,
    timeout: float = 30.0,
    deadline: float = DEADLINE_S,
    refresh: bool = False,
    page_size: int = PAGE_SIZE,
    progress: ProgressFn = no_progress,
    cancelled: CancelledFn = never_cancelled,
) -> PopulationGrid:
    """The population cells of ``within`` (the built-in region's outline when None) for ``year`` (None: the
    latest) from ``source`` (:data:`STATFI`, or :data:`HSY` for a region whose municipality ``codes`` all lie in
    the capital region), from the cache when usable (unless ``refresh``), else from the WFS at ``base_url`` (the
    source's own when None); a task function.

    ``timeout`` bounds connecting and each silence of the server, ``deadline`` the whole download (seconds).
    """
    grid = SOURCES[source] if isinstance(source, str) else source
    if within is None:
        from layers.region import default_region

        region = default_region()
        within, codes = region.outline, list(region.municipalities["code"]) if codes is None else codes
    grid.check_covers(None if codes is None else [str(c) for c in codes])
    base_url = base_url or grid.base_url
    host = urllib.parse.urlsplit(base_url).netloc or base_url
    cached = cached_years(base_url, within, grid)
    stale: list[str] = []
    if not refresh:
        for y in _candidates(cached, year):
            got = _read_cached(cached[y], y, base_url, within, stale, grid)
            if got is not None:
                progress(1.0, f"{got.cells:,} cells from the cache")
                return got
    try:
        return _download(grid, within, year, base_url, host, timeout, deadline, page_size, stale, progress,
                         cancelled)
    except UserError as exc:
        if refresh:
            for y in _candidates(cached, year):
                got = _read_cached(cached[y], y, base_url, within, [], grid)
                if got is not None:
                    got.notes.append(f"the download failed ({exc}); used the population grid {y} cached earlier")
                    return got
        raise


def _candidates(cached: dict[int, Path], year: int | None) -> list[int]:
    """The cached years to try: the asked-for one, or all, newest first."""
    if year is None:
        return sorted(cached, reverse=True)
    return [year] if year in cached else []


def _read_cached(path: Path, year: int, base_url: str, within: Any, notes: list[str],
                 grid: GridSource) -> PopulationGrid | None:
    """The cached grid, or None (and the file removed, with a note) when it cannot be read or is not usable."""
    import geopandas as gpd

    try:
        frame = gpd.read_file(path)
        grid.check_usable(frame, within, f"the cached grid {path.name}")
    except UserError:
        path.unlink(missing_ok=True)
        notes.append(f"the population grid {year} cached earlier was not usable and was downloaded again")
        return None
    except Exception:  # an unreadable file (a crash while writing): the same
        path.unlink(missing_ok=True)
        notes.append(f"the population grid {year} cached earlier could not be read and was downloaded again")
        return None
    layer = f"vaestoruutu:vaki{year}_1km" if grid is STATFI else f"Vaestotietoruudukko_{year}"
    return PopulationGrid(frame, year, layer, path, True, base_url, ["read from the cache (no network)"], grid)


def _download(grid: GridSource, within: Any, year: int | None, base_url: str, host: str, timeout: float,
              deadline: float, page_size: int, notes: list[str], progress: ProgressFn,
              cancelled: CancelledFn) -> PopulationGrid:
    import shapely

    started = time.monotonic()
    folder = cache_path_for(base_url, within, 0, grid).parent
    progress(0.0, f"asking {host} which years it offers")
    names = _capabilities(base_url, folder, timeout, deadline, started, cancelled)
    years = grid.years(names)
    if not years:
        raise UserError(f"{host}: the WFS offers no {grid.size} population grid of {grid.publisher} (no layer like "
                        f"{grid.cache_name(2023).replace('2023', '<YEAR>')}); check the address")
    if year is None:
        year = max(years)
    elif year not in years:
        raise UserError(f"{host}: the WFS has no population grid for {year} (it offers {_span(years)}); choose "
                        "one of those years")
    layer = years[year]
    x0, y0, x1, y1 = (float(v) for v in _bounds(within))
    bbox = f"{math.floor(x0)},{math.floor(y0)},{math.ceil(x1)},{math.ceil(y1)},EPSG:3067"
    frames: list[gpd.GeoDataFrame] = []
    got = 0
    matched: int | None = None
    for page in range(MAX_PAGES):
        check_cancelled(cancelled)
        share = 0.05 + 0.85 * (min(got / matched, 1.0) if matched else min(page / (page + 2), 0.9))
        progress(share, f"population {year}: {got:,} cells" + (f" of {matched:,}" if matched else ""))
        url = request_url(base_url, layer, extra={"bbox": bbox, "startIndex": got, "count": page_size})
        part = fetch_answer(url, folder, what="the population grid", timeout=timeout, deadline=deadline,
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
                raise UserError(f"{host}: the WFS stopped after {got:,} of the {matched:,} cells it announced; "
                                "nothing was cached; try again later")
        elif returned < page_size:
            break
    else:
        raise UserError(f"{host}: the population grid did not end after {MAX_PAGES} pages; check the address")
    progress(0.9, "checking the cells")
    data = grid.clean(_combine(frames, host))
    grid.check_usable(data, within, f"{host}: the answer for {layer!r}")
    data = data[shapely.intersects(data.geometry.values, within)].reset_index(drop=True)
    target = cache_path_for(base_url, within, year, grid)
    part = target.with_name(f".{target.stem}.part.gpkg")
    try:
        part.unlink(missing_ok=True)
        data.to_file(part, driver="GPKG", layer="population")
        os.replace(part, target)
    except OSError as exc:
        part.unlink(missing_ok=True)
        raise UserError(f"{target.parent}: could not keep the population grid ({exc}); free some disk space or check "
                        "the folder's permissions") from None
    progress(1.0, f"{len(data):,} cells")
    return PopulationGrid(data, year, layer, target, False, base_url, [*notes, f"downloaded from {base_url}"],
                          grid)


def _capabilities(base_url: str, folder: Path, timeout: float, deadline: float, started: float,
                  cancelled: CancelledFn) -> list[str]:
    host = urllib.parse.urlsplit(base_url).netloc or base_url
    part = fetch_answer(capabilities_url(base_url), folder, what="the WFS capabilities", timeout=timeout,
                        deadline=deadline, max_bytes=CAPABILITIES_MAX_BYTES, progress=no_progress,
                        cancelled=cancelled, suffix=".part.xml", xml=True, started=started)
    try:
        return feature_type_names(part.read_bytes(), host)
    finally:
        part.unlink(missing_ok=True)


def _span(years: dict[int, str]) -> str:
    ordered = sorted(years)
    return ", ".join(map(str, ordered)) if len(ordered) <= 4 else f"{ordered[0]}–{ordered[-1]}"


def _bounds(within: Any) -> tuple[float, float, float, float]:
    import shapely

    return tuple(float(v) for v in shapely.bounds(within))  # type: ignore[return-value]


def read_page(path: Path, host: str) -> tuple[gpd.GeoDataFrame, int, int | None]:
    """One GetFeature page as ``(cells in EPSG:3067, features returned, numberMatched or None)``.

    The page's CRS is its ``crs`` member (geoserver writes one for EPSG:3067), else GeoJSON's WGS84; it is
    reprojected.  A page with no CRS whose coordinates are not longitude/latitude is refused: guessing would put
    people in the wrong place.
    """
    import geopandas as gpd
    from pyproj import CRS
    from pyproj.exceptions import CRSError

    raw = path.read_bytes()
    if not raw.strip():
        raise UserError(f"{host}: the WFS sent an empty answer; nothing was cached; try again later")
    try:
        doc = json.loads(raw)
    except (ValueError, UnicodeDecodeError):
        raise UserError(f"{host}: the WFS answer is not complete GeoJSON (cut off or damaged, {len(raw):,} bytes); "
                        "nothing was cached; try again") from None
    if not isinstance(doc, dict) or doc.get("type") != "FeatureCollection" or not isinstance(doc.get("features"),
                                                                                               list):
        raise UserError(f"{host}: the WFS answer is not a GeoJSON FeatureCollection; nothing was cached; check the "
                        "address")
    features = [f for f in doc["features"] if isinstance(f, dict) and isinstance(f.get("geometry"), dict)]
    returned = len(doc["features"])
    announced = _count(doc.get("numberReturned"))
    if announced is not None and announced != returned:
        raise UserError(f"{host}: the WFS answer announces {announced:,} cells but holds {returned:,} (incomplete); "
                        "nothing was cached; try again")
    matched = _count(doc.get("numberMatched"))
    if matched is None:
        matched = _count(doc.get("totalFeatures"))
    crs_name = ((doc.get("crs") or {}).get("properties") or {}).get("name") if isinstance(doc.get("crs"), dict) \
        else None
    try:
        crs = CRS.from_user_input(crs_name) if crs_name else CRS.from_epsg(4326)
    except CRSError:
        raise UserError(f"{host}: the WFS answer is in a CRS this app does not know ({str(crs_name)[:80]}); nothing "
                        "was cached; ask for EPSG:3067") from None
    frame = gpd.GeoDataFrame.from_features(features, crs=crs) if features else \
        gpd.GeoDataFrame({"geometry": gpd.GeoSeries([], crs=crs)}, crs=crs)
    if features and not crs_name:
        x0, y0, x1, y1 = frame.total_bounds
        if not (-180 <= x0 <= x1 <= 180 and -90 <= y0 <= y1 <= 90):
            raise UserError(f"{host}: the WFS answer declares no CRS and its coordinates are not longitude/latitude "
                            "(another CRS?); nothing was cached; check the address")
    return frame.to_crs(3067), returned, matched


def _count(value: Any) -> int | None:
    """geoserver's ``numberMatched``/``numberReturned`` (``"unknown"`` or absent: None)."""
    return int(value) if isinstance(value, int | float) and not isinstance(value, bool) and value >= 0 else None


def _combine(frames: list[gpd.GeoDataFrame], host: str) -> gpd.GeoDataFrame:
    """The pages as one frame: polygons only, each cell once."""
    import geopandas as gpd
    import pandas as pd

    frames = [f for f in frames if len(f)]
    if not frames:
        raise UserError(f"{host}: the WFS returned no population cells for the region's extent; nothing was cached; "
                        "check the address and the region")
    data = gpd.GeoDataFrame(pd.concat(frames, ignore_index=True), crs=3067)
    data = data[data.geometry.notna() & ~data.geometry.is_empty]
    data = data[data.geom_type.isin(["Polygon", "MultiPolygon"])]
    key = next((k for k in ("grd_id", "id_nro", "index", "INDEX") if k in data.columns), None)
    if key is not None:  # pages of an unsorted WFS may overlap
        data = data.drop_duplicates(subset=key)
    columns = [c for c in data.columns if c != "geometry"] + ["geometry"]  # the service's order, geometry last
    return gpd.GeoDataFrame(data[columns].reset_index(drop=True), geometry="geometry", crs=3067)


def check_usable(frame: Any, within: Any, what: str, source: GridSource = STATFI) -> None:
    """:meth:`GridSource.check_usable` (Statistics Finland's grid by default)."""
    source.check_usable(frame, within, what)


__all__ = ["CAPITAL_REGION", "DEFAULT_BASE_URL", "HSY", "STATFI", "PopulationGrid", "check_usable",
           "download_population", "layer_years", "read_page"]
