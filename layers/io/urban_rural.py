"""SYKE's urban-rural classification (kaupunki-maaseutu-luokitus, CC BY 4.0) for the region, from a WFS, cached.

::

    got = download_urban_rural(within=document.region.outline)   # base_url=..., year=None: the latest offered
    got.year, got.field, got.areas, got.path, got.from_cache
    document.layers.append(got.to_layer())                        # credited to SYKE; a zone set by its classes

The download is the population grid's (:mod:`layers.io.wfs_paged`: capabilities, the newest year, paged GetFeature
of the region's extent with one total deadline and Cancel, GeoJSON or GML answers, another CRS reprojected, the
cache written only once every page loaded and the polygons passed :meth:`UrbanRuralSource.check_usable`, the
cache used offline and when a refresh fails).  What differs is here: the layer names (``…KaupunkiMaaseutu…
<YEAR>``, as SYKE names its open data: ``YKRKaupunkiMaaseutuLuokitus2018``), and the check: polygons in EPSG:3067
with a field naming the 7 classes (:func:`layers.urban_rural.class_field`), some in the region.

Where it is served.  SYKE publishes the classification as open data (a file, ``YKRKaupunkiMaaseutuLuokitus2018``,
through its open-data download service and avoindata.fi) and shows it in the Liiteri map service; its geoserver
(:data:`DEFAULT_BASE_URL`) serves SYKE's WFS layers.  A service that does not list the layer gets a message saying
so and how to load the file instead.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from layers.errors import UserError
from layers.i18n import QT_TRANSLATE_NOOP, translate
from layers.io.wfs_paged import PAGE_SIZE, cached_files, cached_or_downloaded
from layers.tasks import CancelledFn, ProgressFn, never_cancelled, no_progress
from layers.urban_rural import class_field, spellings

if TYPE_CHECKING:
    import geopandas as gpd

    from layers.model import Layer

DEFAULT_BASE_URL = "https://paikkatiedot.ymparisto.fi/geoserver/wfs"
CACHE_FOLDER = "urban_rural"
DEADLINE_S = 300.0
FILE_NAME = "YKRKaupunkiMaaseutuLuokitus2018"  # SYKE's open-data file, for the message when no service has it
LAYER_NAME = QT_TRANSLATE_NOOP("io", "Urban-rural classification")  # English; the layer is named in the language
# classes 1-7: the urban core red, the intermediate zone (3, 5) orange, the rural classes green
CLASS_NAME_FIELD = "class_name"  # the class in words, added to the layer for its legend
CLASS_COLOURS = ("#c92a2a", "#f03e3e", "#fd7e14", "#94d82d", "#ffa94d", "#51cf66", "#2b8a3e")


@dataclass(frozen=True)
class UrbanRuralSource:
    """SYKE's classification as :func:`layers.io.wfs_paged.download_pages` downloads it."""

    publisher: str = "SYKE"
    table: str = "urban_rural"
    layer_pattern: re.Pattern[str] = re.compile(
        r"^(?:[\w.-]+:)?(?:ykr_?)?kaupunki_?maaseutu_?(?:luokitus_?)?(?P<year>\d{4})$", re.I)

    @property
    def noun(self) -> str:
        return translate("io", "urban-rural classification")

    @property
    def items(self) -> str:
        return translate("io", "urban-rural areas")

    def years(self, names: Iterable[str]) -> dict[int, str]:
        from layers.io.wfs_capabilities import layer_years

        return layer_years(self.layer_pattern, names)

    def missing_layer(self) -> str:
        return translate(
            "io", "no urban-rural classification of SYKE (no layer like {like}); SYKE publishes it as a file "
            "({file}, CC BY 4.0, on avoindata.fi): load it with File > Open and choose it in the Coverage dock's "
            "Zones row").format(like=FILE_NAME.replace("2018", "<YEAR>"), file=FILE_NAME)

    def cache_name(self, year: int) -> str:
        return f"urban_rural{year}"

    def cache_year(self, file_name: str) -> int | None:
        m = re.match(r"^urban_rural(\d{4})-", file_name)
        return int(m.group(1)) if m else None

    def layer_for(self, year: int) -> str:
        return FILE_NAME.replace("2018", str(year))

    def clean(self, frame: gpd.GeoDataFrame) -> gpd.GeoDataFrame:
        return frame

    def check_usable(self, frame: Any, within: Any, what: str) -> None:
        """Refuse what is not the classification of the region: no polygons, no field naming the 7 classes, not
        in EPSG:3067, or none in the region."""
        import shapely

        def refuse(why: str) -> None:
            raise UserError(translate(
                "io", "{what} is not a usable urban-rural classification ({why}); nothing was cached; check the "
                "address, or load SYKE's file {file} with File > Open").format(what=what, why=why, file=FILE_NAME))

        if frame is None or not len(frame):
            refuse(translate("io", "no areas in the region"))
        polygons = frame[frame.geom_type.isin(["Polygon", "MultiPolygon"])]
        if not len(polygons):
            refuse(translate("io", "no polygons"))
        if class_field(polygons) is None:
            fields = ", ".join(str(c) for c in frame.columns if c != "geometry")[:120] or translate("io", "none")
            refuse(translate("io", "no field names the 7 classes (1-7, K1-M7 or their names); fields: {fields}").format(
                fields=fields))
        if frame.crs is None or frame.crs.to_epsg() != 3067:
            refuse(translate("io", "not in EPSG:3067"))
        if not shapely.intersects(polygons.geometry.values, within).any():
            refuse(translate("io", "no area lies in the region: another area, or another CRS"))


SYKE = UrbanRuralSource()


@dataclass
class UrbanRural:
    """The region's urban-rural areas (EPSG:3067) and where they came from."""

    data: gpd.GeoDataFrame
    year: int
    layer: str
    path: Path
    from_cache: bool
    base_url: str
    notes: list[str] = field(default_factory=list)

    @property
    def field(self) -> str:
        """The field naming the classes (checked to exist before the areas were kept)."""
        return class_field(self.data) or ""

    @property
    def areas(self) -> int:
        return len(self.data)

    @property
    def attribution(self) -> str:
        return translate("io", "Urban-rural classification {year}: SYKE, CC BY 4.0").format(year=self.year)

    @property
    def layer_name(self) -> str:
        return f"{translate('io', LAYER_NAME)} {self.year}"

    def to_layer(self) -> Layer:
        """A polygon layer credited to SYKE, coloured by class (urban red, intermediate orange, rural green); a
        ``class_name`` field names each area's class in the interface's language ("K3 Kaupungin kehysalue"), which
        the legend shows, while the source's own field (the zone set's) stays as it came."""
        from layers.hotspots import category_key
        from layers.i18n import language
        from layers.model import Layer, LayerKind, Style
        from layers.urban_rural import class_label

        number = spellings()
        numbers = [number.get(category_key(v)) if v is not None else None for v in self.data[self.field].tolist()]
        lang = language()
        data = self.data.assign(**{CLASS_NAME_FIELD: [class_label(n, lang) if n else None for n in numbers]})
        present = sorted({n for n in numbers if n})
        colours = tuple((class_label(n, lang), CLASS_COLOURS[n - 1]) for n in present)
        style = Style(fill="#ced4da", stroke="#868e96", width=0.2, fill_opacity=0.45,
                      category_field=CLASS_NAME_FIELD, categories=colours)
        return Layer(data, self.layer_name, kind=LayerKind.OTHER, source=f"{self.base_url} ({self.layer})",
                     attribution=self.attribution, style=style)


def cached_years(base_url: str, within: Any) -> dict[int, Path]:
    return cached_files(CACHE_FOLDER, SYKE, base_url, within)


def download_urban_rural(
    *,
    within: Any = None,
    year: int | None = None,
    base_url: str | None = None,
    timeout: float = 30.0,
    deadline: float = DEADLINE_S,
    refresh: bool = False,
    page_size: int = PAGE_SIZE,
    progress: ProgressFn = no_progress,
    cancelled: CancelledFn = never_cancelled,
) -> UrbanRural:
    """The urban-rural areas of ``within`` (the built-in region's outline when None) for ``year`` (None: the
    latest the service offers), from the cache when usable (unless ``refresh``), else from the WFS at
    ``base_url`` (:data:`DEFAULT_BASE_URL` when None); a task function.

    ``timeout`` bounds connecting and each silence of the server, ``deadline`` the whole download (seconds).
    """
    if within is None:
        from layers.region import default_region

        within = default_region().outline
    base_url = base_url or DEFAULT_BASE_URL
    got = cached_or_downloaded(SYKE, CACHE_FOLDER, within, year, base_url, refresh=refresh, timeout=timeout,
                               deadline=deadline, page_size=page_size, progress=progress, cancelled=cancelled)
    return UrbanRural(got.data, got.year, got.layer, got.path, got.from_cache, base_url, got.notes)


__all__ = ["DEFAULT_BASE_URL", "SYKE", "UrbanRural", "UrbanRuralSource", "cached_years", "download_urban_rural"]
