"""``regionmap download population|boundaries``: fetch the open data the window downloads, into the same cache.

::

    regionmap download population [--region FILE [--codes ...|--all]] [--source statfi|hsy] [--year Y] [--url BASE]
                                  [--out FILE] [--refresh]
    regionmap download boundaries [--year Y] [--url BASE] [--out FILE] [--refresh]
    regionmap download urban-rural [--region FILE [--codes ...|--all]] [--year Y] [--url BASE] [--out FILE]
                                   [--refresh]

Why a command: a planner (or a script preparing a machine that will be offline) gets the population grid and the
boundaries with one line, into the cache the window then reads, so the window's later "one click" needs no
network.  It prints what it got (year, cells, people, the cache file, downloaded or read from the cache);
``--out`` also writes the data to a file (GeoPackage in EPSG:3067, GeoJSON in WGS84, or FlatGeobuf).  Errors
follow the convention of :mod:`layers.commands.support`: exit 2 and one ``regionmap:`` line.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from layers.commands.support import ArgumentParser, print_warning
from layers.errors import UserError
from layers.i18n import format_number, translate

if TYPE_CHECKING:
    import geopandas as gpd

DRIVERS = {".gpkg": "GPKG", ".geojson": "GeoJSON", ".json": "GeoJSON", ".fgb": "FlatGeobuf"}


def _parser() -> ArgumentParser:
    p = ArgumentParser(prog="regionmap download", description="Download open data into the app's cache (what the "
                       "window downloads), so later starts work offline.")
    sub = p.add_subparsers(dest="what", metavar="WHAT", parser_class=ArgumentParser)
    pop = sub.add_parser("population", prog="regionmap download population",
                         help="Statistics Finland's 1 km population grid of the region (CC BY 4.0)",
                         description="Statistics Finland's 1 km population grid (CC BY 4.0) of the region's extent, "
                                     "the latest year the service offers unless --year is given.")
    pop.add_argument("--source", choices=("statfi", "hsy"), default="statfi",
                     help="statfi: Statistics Finland's 1 km grid (default; all of Finland); hsy: HSY's 250 m grid, "
                          "only for a --region inside Helsinki, Espoo, Vantaa and Kauniainen")
    urb = sub.add_parser("urban-rural", prog="regionmap download urban-rural",
                         help="SYKE's urban-rural classification of the region (7 classes, CC BY 4.0)",
                         description="SYKE's urban-rural classification (kaupunki-maaseutu-luokitus, 7 classes on a "
                                     "250 m grid, CC BY 4.0) of the region's extent from a WFS, the latest year it "
                                     "offers unless --year is given; its classes are the zone set "
                                     "syke-urban-rural of 'regionmap coverage --zones'.")
    for sp in (pop, urb):
        _region_args(sp)
    bnd = sub.add_parser("boundaries", prog="regionmap download boundaries",
                         help="Statistics Finland's municipal boundaries (kunta4500k, CC BY 4.0)",
                         description="Statistics Finland's municipal boundaries at 1:4.5M (CC BY 4.0), as Region > "
                                     "Load official boundaries downloads them.")
    for sp, default_url in ((pop, "population"), (bnd, "boundaries"), (urb, "urban-rural")):
        sp.add_argument("--year", metavar="Y", type=_year, help="the year of the data (default: "
                        + ("2023)" if default_url == "boundaries" else "the latest the service offers)"))
        sp.add_argument("--url", metavar="BASE", help="the WFS address (default: "
                        + ("SYKE's geoserver)" if default_url == "urban-rural" else "Statistics Finland's)"))
        sp.add_argument("--out", metavar="FILE", help="also write the data to FILE (.gpkg, .geojson or .fgb)")
        sp.add_argument("--refresh", action="store_true",
                        help="download again even if a copy is cached (the copy stays if the download fails)")
    return p


def _region_args(sp: ArgumentParser) -> None:
    """--region FILE and the options choosing its municipalities, as 'regionmap coverage' has them."""
    sp.add_argument("--region", metavar="FILE", help="municipal boundaries whose outline the data are fetched "
                    "for (default: the built-in Helsinki-Uusimaa region); as in 'regionmap coverage', the 26 "
                    "Helsinki-Uusimaa municipalities by code unless --codes or --all")
    keep = sp.add_mutually_exclusive_group()
    keep.add_argument("--codes", metavar="CODE,CODE,...", help="with --region: keep these municipalities")
    keep.add_argument("--all", action="store_true", help="with --region: keep every area in the file")
    sp.add_argument("--name-field", metavar="FIELD", help="field with the municipality name in --region")
    sp.add_argument("--code-field", metavar="FIELD", help="field with the municipality code in --region")


def _year(text: str) -> int:
    if not (text.isdigit() and 1990 <= int(text) <= 2100):
        raise UserError(translate("cli", "--year {text!r}: give a year such as 2023").format(text=text))
    return int(text)


def main(argv: Sequence[str]) -> int:
    parser = _parser()
    args = parser.parse_args(list(argv))
    if args.what is None:
        raise UserError(translate(
            "cli", "download: say what to download: 'regionmap download population', 'regionmap download "
            "boundaries' or 'regionmap download urban-rural' (see 'regionmap download --help')"))
    out = _check_out(args.out) if args.out else None
    if args.what == "population":
        return _population(args, out)
    if args.what == "urban-rural":
        return _urban_rural(args, out)
    return _boundaries(args, out)


def _check_out(text: str) -> Path:
    from layers.export.atomic import check_writable

    path = Path(text)
    if path.suffix.lower() not in DRIVERS:
        raise UserError(translate("cli", "--out {text}: write a .gpkg, .geojson or .fgb file").format(text=text))
    return check_writable(path)


def _population(args: Any, out: Path | None) -> int:
    from layers.io.population_sources import SOURCES
    from layers.io.population_wfs import download_population

    source = SOURCES[args.source]
    within, codes, region = _outline(args)
    grid = download_population(within=within, codes=codes, year=args.year, base_url=args.url, source=source,
                               refresh=args.refresh)
    fewer = source.hidden_below or 10
    hidden = translate("cli", "; {n} cells with fewer than {fewer} inhabitants (their age groups are unknown)").format(
        n=format_number(grid.hidden_cells), fewer=fewer) if grid.hidden_cells else ""
    print(translate("cli", "population grid {size} {year} ({layer}) for {region}: {cells} cells, {people} "
                    "people{hidden}").format(size=source.size, year=grid.year, layer=grid.layer, region=region,
                                             cells=format_number(grid.cells), people=format_number(grid.people),
                                             hidden=hidden))
    print(translate("cli", "source: {credit}").format(credit=grid.attribution))
    _print_cache(grid.path, grid.from_cache, grid.base_url, grid.notes)
    if out is not None:
        _write(grid.data, out, "population")
    return 0


def _urban_rural(args: Any, out: Path | None) -> int:
    from layers.io.urban_rural import download_urban_rural

    within, _codes, region = _outline(args)
    got = download_urban_rural(within=within, year=args.year, base_url=args.url, refresh=args.refresh)
    print(translate("cli", "urban-rural classification {year} ({layer}) for {region}: {areas} areas, classes in "
                    "field {field!r}").format(year=got.year, layer=got.layer, region=region,
                                              areas=format_number(got.areas), field=got.field))
    print(translate("cli", "source: {credit}").format(credit=got.attribution))
    _print_cache(got.path, got.from_cache, got.base_url, got.notes)
    if out is not None:
        _write(got.data, out, "urban_rural")
        print(translate("cli", "zones: {command}").format(
            command=f"regionmap coverage ... --zones {out}:{got.field}=syke-urban-rural"))
    return 0


def _outline(args: Any) -> tuple[Any, list[str], str]:
    """The outline the cells are fetched for, its municipality codes, and how to name it: --region's
    municipalities or the built-in region."""
    if not args.region:
        for option, given in (("--codes", args.codes), ("--all", args.all), ("--code-field", args.code_field),
                              ("--name-field", args.name_field)):
            if given:
                raise UserError(translate(
                    "cli", "{option}: applies to a --region boundaries file; give --region FILE or drop "
                    "{option}").format(option=option))
        from layers.region import default_region

        region = default_region()
        return (region.outline, list(region.municipalities["code"]),
                translate("cli", "the built-in Helsinki-Uusimaa region"))
    import shapely

    from layers.io.region_boundaries import RegionChoice, read_region_boundaries
    from layers.shipped import land

    fields = {"name_field": args.name_field, "code_field": args.code_field}
    if args.codes:
        codes = [c.strip() for c in args.codes.split(",") if c.strip()]
        choice = RegionChoice.of_codes(codes, **fields)
    elif args.all:
        choice = RegionChoice.everything(**fields)
    else:
        choice = RegionChoice.uusimaa(**fields)
    got = read_region_boundaries(Path(args.region), choice, land=land())
    for warning in got.warnings:
        print_warning(warning)
    return (shapely.union_all(got.data.geometry.values), [str(c) for c in got.data["code"]],
            translate("cli", "{n} municipalities of {file}").format(n=len(got.data), file=Path(args.region).name))


def _boundaries(args: Any, out: Path | None) -> int:
    from layers.io.wfs import ATTRIBUTION, DEFAULT_BASE_URL, download_boundaries

    year = args.year or 2023
    layer = f"tilastointialueet:kunta4500k_{year}"
    got = download_boundaries(base_url=args.url or DEFAULT_BASE_URL, layer=layer, refresh=args.refresh)
    print(translate("cli", "municipal boundaries {year} ({layer}): {areas} areas").format(
        year=year, layer=layer, areas=format_number(len(got.loaded.data))))
    print(translate("cli", "source: {credit}").format(credit=f"{translate('io', ATTRIBUTION)} ({year})"))
    _print_cache(got.path, got.from_cache, args.url or DEFAULT_BASE_URL, got.loaded.report.notes)
    if out is not None:
        _write(got.loaded.data, out, "municipalities")
    return 0


def _print_cache(path: Path, from_cache: bool, base_url: str, notes: list[str]) -> None:
    how = (translate("cli", "read from the cache, no network") if from_cache
           else translate("cli", "downloaded from {url}").format(url=base_url))
    print(translate("cli", "cache: {path} ({how})").format(path=path, how=how))
    from layers.io.wfs import other_notes

    for note in other_notes(notes, base_url):
        print(translate("cli", "note: {note}").format(note=note))


def _write(data: gpd.GeoDataFrame, out: Path, layer: str) -> None:
    """``data`` to ``out``, written under its own name in a temporary folder beside it and then moved into place
    (``layer`` names a GeoPackage's table), so a half-written file never replaces ``out``."""
    import os
    import shutil
    import tempfile

    from layers.export.atomic import describe_os_error

    driver = DRIVERS[out.suffix.lower()]
    frame = data.to_crs(4326) if driver == "GeoJSON" else data  # GeoJSON is WGS84 (RFC 7946)
    try:
        folder = Path(tempfile.mkdtemp(prefix=f".{out.name}.", dir=out.parent if str(out.parent) else "."))
        try:
            tmp = folder / out.name
            frame.to_file(tmp, driver=driver, **({"layer": layer} if driver == "GPKG" else {}))
            os.replace(tmp, out)
        finally:
            shutil.rmtree(folder, ignore_errors=True)
    except OSError as exc:
        raise UserError(describe_os_error(exc, out)) from None
    print(translate("cli", "written: {path}").format(path=out))
