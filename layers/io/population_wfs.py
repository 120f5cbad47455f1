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

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from layers.i18n import format_number, translate
from layers.io.population_sources import CAPITAL_REGION, HSY, SOURCES, STATFI, GridSource
from layers.io.wfs_paged import PAGE_SIZE, cache_path, cached_files, cached_or_downloaded, read_page
from layers.tasks import CancelledFn, ProgressFn, never_cancelled, no_progress

if TYPE_CHECKING:
    import geopandas as gpd

    from layers.model import Layer

DEFAULT_BASE_URL = STATFI.base_url
COUNT_FIELD = STATFI.count_field
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
        note = (translate("io", "{n} cells of under {below} inhabitants: {publisher} publishes only their total, "
                          "so their sexes and age groups are unknown (empty), not 0") if src is STATFI else
                translate("io", "{n} cells of under {below} inhabitants: {publisher} publishes only their total, "
                          "so their age groups are unknown (empty), not 0")).format(
            n=format_number(hidden), below=src.hidden_below or 10, publisher=src.publisher_name) if hidden else ""
        return Layer(self.data, self.layer_name, kind=LayerKind.POPULATION, source=f"{self.base_url} ({self.layer})",
                     attribution=self.attribution, note=note)


def layer_years(names: list[str], source: GridSource = STATFI) -> dict[int, str]:
    """The grid's layers among WFS layer names, by year."""
    return source.years(names)


def cache_path_for(base_url: str, within: Any, year: int, source: GridSource = STATFI) -> Path:
    return cache_path(CACHE_FOLDER, source, base_url, within, year)


def cached_years(base_url: str, within: Any, source: GridSource = STATFI) -> dict[int, Path]:
    """The years cached for this grid, service and region."""
    return cached_files(CACHE_FOLDER, source, base_url, within)


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
    got = cached_or_downloaded(grid, CACHE_FOLDER, within, year, base_url, refresh=refresh, timeout=timeout,
                               deadline=deadline, page_size=page_size, progress=progress, cancelled=cancelled)
    return PopulationGrid(got.data, got.year, got.layer, got.path, got.from_cache, base_url, got.notes, grid)


def check_usable(frame: Any, within: Any, what: str, source: GridSource = STATFI) -> None:
    """:meth:`GridSource.check_usable` (Statistics Finland's grid by default)."""
    source.check_usable(frame, within, what)


__all__ = ["CAPITAL_REGION", "DEFAULT_BASE_URL", "HSY", "STATFI", "PopulationGrid", "check_usable",
           "download_population", "layer_years", "read_page"]
