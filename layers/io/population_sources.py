"""The population grids a planner can download, and what each publisher's fields mean.

Two grids, both CC BY 4.0 on geoserver WFSs, differ in cell size, field names, coverage and how they hide small
counts, so each is described once here and :mod:`layers.io.population_wfs` downloads either the same way:

* Statistics Finland's 1 km grid (``vaestoruutu:vaki<YEAR>_1km``) covers Finland.  For a cell of under 10
  inhabitants only the total ``vaesto`` is published; its sexes and age groups are ``-1``.
* HSY's 250 m grid (``Vaestotietoruudukko_<YEAR>``) covers the capital region only (Helsinki, Espoo, Vantaa,
  Kauniainen), so it is a choice only for a region inside it.  Its total is ``asukkaita``; for a cell of under
  100 residents the age groups (``ika0_9`` ... ``ika_yli80``) are written as ``99`` whatever the truth.

Hidden values become missing (unknown): never negative people, never a made-up 99.

What the names rest on (checked against published documentation and public scripts, not against the live
services, which tests never reach): HSY's data description (avoindata.fi / hri.fi "Pääkaupunkiseudun
väestötietoruudukko") lists ``INDEX``, ``ASUKKAITA``, ``ASVALJYYS`` and ``IKA0_9`` … ``IKA_YLI80``, cells of five
or more residents only, and 99 for the age groups under 100; scripts request
``asuminen_ja_maankaytto:Vaestotietoruudukko_<YEAR>`` (2018 to 2025 seen) from ``kartta.hsy.fi/geoserver/wfs``,
whose GeoJSON has the fields in lower case.  HSY also places its institutional population in cells in the Gulf
of Finland, which lie outside any region and are dropped with the other cells outside it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from layers.errors import UserError
from layers.i18n import translate

if TYPE_CHECKING:
    import geopandas as gpd

CAPITAL_REGION = {"091": "Helsinki", "049": "Espoo", "092": "Vantaa", "235": "Kauniainen"}


@dataclass(frozen=True)
class GridSource:
    key: str  # "statfi", "hsy": the command line's --source and the cache's file names
    publisher: str
    base_url: str
    layer_pattern: re.Pattern[str]  # a layer name of the service; group "year"
    cell_m: int
    count_field: str  # the total head count
    part_fields: tuple[str, ...]  # counts of parts (sexes, age groups)
    hidden_below: int = 0  # parts are unknown where the total is below this (0: only negative values are)
    covers: tuple[str, ...] = ()  # municipality codes the grid covers (empty: all of Finland)
    lowercase_fields: bool = False  # HSY's field names come in either case

    @property
    def size(self) -> str:
        return f"{self.cell_m // 1000} km" if self.cell_m % 1000 == 0 else f"{self.cell_m} m"

    # What :func:`layers.io.wfs_paged.download_pages` names it (its PagedSource).
    table = "population"

    @property
    def noun(self) -> str:
        return translate("io", "population grid")

    @property
    def items(self) -> str:
        return translate("io", "population cells")

    def missing_layer(self) -> str:
        return translate("io", "no {size} population grid of {publisher} (no layer like {like})").format(
            size=self.size, publisher=self.publisher_name, like=self.cache_name(2023).replace("2023", "<YEAR>"))

    @property
    def publisher_name(self) -> str:
        """The publisher as the language names it (Statistics Finland: Tilastokeskus, Statistikcentralen)."""
        return translate("io", "Statistics Finland") if self.publisher == "Statistics Finland" else self.publisher

    @property
    def cell_km2(self) -> float:
        return (self.cell_m / 1000) ** 2

    def attribution(self, year: int) -> str:
        """The layer's credit in the interface language (the publisher as the language names it)."""
        return translate("io", "Population grid {size} {year}: {publisher}, CC BY 4.0").format(
            size=self.size, year=year, publisher=self.publisher_name)

    def layer_name(self, year: int) -> str:
        name = translate("io", "Population {size} {year}").format(size=self.size, year=year)
        return name + ("" if self.key == "statfi" else f" ({self.key.upper()})")

    def cache_name(self, year: int) -> str:
        return f"vaki{year}_1km" if self.key == "statfi" else f"{self.key}{year}_{self.cell_m}m"

    def cache_year(self, file_name: str) -> int | None:
        prefix = "vaki" if self.key == "statfi" else self.key
        suffix = "_1km" if self.key == "statfi" else f"_{self.cell_m}m"
        m = re.match(rf"^{prefix}(\d{{4}}){suffix}-", file_name)
        return int(m.group(1)) if m else None

    def layer_for(self, year: int) -> str:
        return f"vaestoruutu:vaki{year}_1km" if self.key == "statfi" else f"Vaestotietoruudukko_{year}"

    def years(self, names: Iterable[str]) -> dict[int, str]:
        """This grid's layers among a WFS's layer names, by year."""
        from layers.io.wfs_capabilities import layer_years

        return layer_years(self.layer_pattern, names)

    def check_covers(self, codes: Iterable[str] | None) -> None:
        """Refuse a region this grid does not cover (its people outside would be counted as none)."""
        if not self.covers:
            return
        names = dict(CAPITAL_REGION)
        outside = sorted(set(codes or ()) - set(self.covers))
        if codes is None or outside:
            which = translate("io", " (it has also {codes})").format(
                codes=", ".join(outside[:5]) + ("…" if len(outside) > 5 else "")) if outside else ""
            raise UserError(translate(
                "io", "{publisher}'s {size} grid covers only {names}, and the region is not inside it{which}; load "
                "boundaries of those municipalities only, or use Statistics Finland's 1 km grid").format(
                publisher=self.publisher_name, size=self.size, names=", ".join(names.values()), which=which))

    def clean(self, frame: gpd.GeoDataFrame) -> gpd.GeoDataFrame:
        """Counts as numbers, hidden ones as missing."""
        import pandas as pd

        if self.lowercase_fields:
            frame = frame.rename(columns={c: c.lower() for c in frame.columns if c != "geometry"})
        for name in (self.count_field, *self.part_fields):
            if name in frame.columns:
                values = pd.to_numeric(frame[name], errors="coerce").astype(float)
                frame[name] = values.where(values >= 0)  # Statistics Finland's -1: hidden, so unknown
        if self.hidden_below and self.count_field in frame.columns:
            small = ~(frame[self.count_field] >= self.hidden_below)
            for name in self.part_fields:
                if name in frame.columns:
                    frame.loc[small, name] = float("nan")
        return frame

    def check_usable(self, frame: Any, within: Any, what: str) -> None:
        """Refuse cells that are not a usable grid of the region: no polygons, no numeric total, cells not about
        the grid's size (another grid, or another CRS read as this one), or none in the region."""
        import pandas as pd
        import shapely

        def refuse(why: str) -> None:
            raise UserError(translate(
                "io", "{what} is not a usable population grid ({why}); nothing was cached; check the address, or "
                "load a population file with File > Open").format(what=what, why=why))

        if frame is None or not len(frame):
            refuse(translate("io", "no cells in the region"))
        polygons = frame[frame.geom_type.isin(["Polygon", "MultiPolygon"])]
        if not len(polygons):
            refuse(translate("io", "no polygons"))
        if self.count_field not in frame.columns or not pd.api.types.is_numeric_dtype(frame[self.count_field]):
            refuse(translate("io", "no numeric population field {field!r}").format(field=self.count_field))
        if frame.crs is None or frame.crs.to_epsg() != 3067:
            refuse(translate("io", "not in EPSG:3067"))
        median_km2 = float(polygons.geometry.area.median()) / 1e6
        if not (0.5 * self.cell_km2 <= median_km2 <= 2.0 * self.cell_km2):
            refuse(translate("io", "a typical cell is {typical} km², not {cell} km²: another grid, or another "
                             "CRS").format(typical=f"{median_km2:.3g}", cell=f"{self.cell_km2:g}"))
        if not shapely.intersects(polygons.geometry.values, within).any():
            refuse(translate("io", "no cell lies in the region: another area, or another CRS"))


STATFI = GridSource(
    key="statfi", publisher="Statistics Finland", base_url="https://geo.stat.fi/geoserver/vaestoruutu/wfs",
    layer_pattern=re.compile(r"^(?:vaestoruutu:)?vaki(?P<year>\d{4})_1km$"), cell_m=1000, count_field="vaesto",
    part_fields=("miehet", "naiset", "ika_0_14", "ika_15_64", "ika_65_"))
HSY = GridSource(
    key="hsy", publisher="HSY", base_url="https://kartta.hsy.fi/geoserver/wfs",
    layer_pattern=re.compile(r"^(?:[\w.-]+:)?vaestotietoruudukko_(?P<year>\d{4})$", re.I), cell_m=250,
    count_field="asukkaita",
    part_fields=("ika0_9", "ika10_19", "ika20_29", "ika30_39", "ika40_49", "ika50_59", "ika60_69", "ika70_79",
                 "ika_yli80"),
    hidden_below=100, covers=tuple(CAPITAL_REGION), lowercase_fields=True)
SOURCES = {s.key: s for s in (STATFI, HSY)}


def choices_for(codes: Iterable[str] | None) -> list[GridSource]:
    """The grids a region of these municipality codes can use: Statistics Finland's always, HSY's when the region
    lies inside the capital region."""
    wanted = set(codes or ())
    return [s for s in SOURCES.values() if not s.covers or (wanted and wanted <= set(s.covers))]


__all__ = ["CAPITAL_REGION", "HSY", "SOURCES", "STATFI", "GridSource", "choices_for"]
