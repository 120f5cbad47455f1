"""File formats regionmap reads, and the layers inside a file.

Supported: GeoJSON (``.geojson``, ``.json``; RFC 7946 and the legacy ``crs`` member; a bare Feature or Geometry
loads as one feature), GeoPackage (``.gpkg``, several layers), Shapefile (``.shp`` or a ``.zip`` holding one
or more), FlatGeobuf (``.fgb``), GeoParquet (``.parquet``, ``.geoparquet``), CSV (``.csv``, ``.txt``,
``.tsv`` with lon/lat, x/y or WKT columns, see :mod:`layers.io.csv_points`), spreadsheets (``.xlsx``, ``.ods``,
with the same columns, :mod:`layers.io.spreadsheet`), KML, GML, GPX, MapInfo (``.tab``, ``.mif``) and
OpenStreetMap extracts (``.osm.pbf``, ``.osm``: their highway lines, the roads, streets and paths a network is made
of, :func:`layers.network.tags.read_osm_highways`).  Anything else GDAL can read is tried as well.

* :data:`FILE_FORMATS` -- the one table of formats and suffixes (dialog filter, drops and messages follow it).
* :func:`file_format` -- the format name of a path (by extension, then by the first bytes).
* :func:`list_layers` -- ``[LayerInfo(name, geometry_type, features)]`` for the GUI's layer picker.
* :func:`gdal_source` -- the path GDAL should open (``/vsizip/...`` for a shapefile inside a zip).
"""

from __future__ import annotations

import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from layers.errors import UserError
from layers.i18n import QT_TRANSLATE_NOOP, translate

if TYPE_CHECKING:
    from layers.io.limits import ReadLimits


@dataclass(frozen=True)
class FileFormat:
    """One format regionmap reads: the key :func:`file_format` returns, its name in messages, its suffixes, and
    the line of the open dialog's filter it is listed on (formats with the same ``dialog`` share a line)."""

    key: str
    name: str
    suffixes: tuple[str, ...]
    dialog: str


# The one table of formats: the suffix lookup, the names in messages, the GUI's open-dialog filter and the
# suffixes the window takes from a drop all follow from it.
FILE_FORMATS: tuple[FileFormat, ...] = (
    FileFormat("geojson", "GeoJSON", (".geojson", ".json"), "GeoJSON"),
    FileFormat("gpkg", "GeoPackage", (".gpkg",), "GeoPackage"),
    FileFormat("shapefile", "Shapefile", (".shp",), "Shapefile"),
    FileFormat("shapefile-zip", "zipped Shapefile", (".zip",), "Shapefile"),
    FileFormat("flatgeobuf", "FlatGeobuf", (".fgb",), "FlatGeobuf"),
    FileFormat("geoparquet", "GeoParquet", (".parquet", ".geoparquet"), "GeoParquet"),
    FileFormat("csv", "CSV", (".csv", ".tsv", ".txt"), "CSV with coordinates or WKT"),
    FileFormat("spreadsheet", "spreadsheet (XLSX/ODS)", (".xlsx", ".ods"), "XLSX/ODS spreadsheet with coordinates"),
    FileFormat("kml", "KML", (".kml", ".kmz"), "KML"),
    FileFormat("gml", "GML", (".gml",), "GML"),
    FileFormat("gpx", "GPX", (".gpx",), "GPX"),
    FileFormat("mapinfo", "MapInfo", (".tab", ".mif"), "MapInfo (TAB, MIF)"),
    FileFormat("osm", "OpenStreetMap extract", (".pbf", ".osm"), "OpenStreetMap extract, highways"),
)
OTHER_GDAL_SUFFIXES: tuple[str, ...] = ()  # suffixes GDAL reads that are not in the table (taken from a drop too)
# Formats whose files may hold several layers (sheets, GPX's waypoints/routes/tracks...): the reader picks one.
MULTI_LAYER_FORMATS = ("gpkg", "other", "spreadsheet", "kml", "gml", "gpx", "mapinfo")

EXTENSIONS = {suffix: fmt.key for fmt in FILE_FORMATS for suffix in fmt.suffixes}
FORMAT_NAMES = {fmt.key: fmt.name for fmt in FILE_FORMATS} | {"other": "other (GDAL)"}
SUPPORTED_SUFFIXES = tuple(EXTENSIONS)
GEO_SUFFIXES = SUPPORTED_SUFFIXES + OTHER_GDAL_SUFFIXES
CSV_SUFFIXES = next(fmt.suffixes for fmt in FILE_FORMATS if fmt.key == "csv")
SUPPORTED_TEXT = ("GeoJSON, GeoPackage, Shapefile (.shp or .zip), FlatGeobuf, GeoParquet, CSV, XLSX/ODS, KML, GML, "
                  "GPX, MapInfo or OpenStreetMap (.osm.pbf)")


@dataclass(frozen=True)
class WriteFormat:
    """One format "Save features as…" writes: its key, name, file suffix, GDAL driver (None: written by
    geopandas itself), and the CRS the format requires whatever the planner chose (KML is WGS84 by definition)."""

    key: str
    name: str  # English (marked for the catalogue where it has words to translate); :attr:`label` is shown
    suffix: str
    driver: str | None
    forced_crs: str | None = None

    @property
    def label(self) -> str:
        """The format's name in the interface language ("CSV (geometriat WKT-muodossa)"); proper names stay."""
        return translate("io", self.name)


# The one table of formats layers are saved in (the save dialog and layers/io/write.py follow it).
WRITE_FORMATS: tuple[WriteFormat, ...] = (
    WriteFormat("gpkg", "GeoPackage", ".gpkg", "GPKG"),
    WriteFormat("shapefile", "Shapefile", ".shp", "ESRI Shapefile"),
    WriteFormat("geojson", "GeoJSON", ".geojson", "GeoJSON"),
    WriteFormat("flatgeobuf", "FlatGeobuf", ".fgb", "FlatGeobuf"),
    WriteFormat("geoparquet", "GeoParquet", ".parquet", None),
    WriteFormat("kml", "KML", ".kml", "KML", forced_crs="EPSG:4326"),
    WriteFormat("csv-wkt", QT_TRANSLATE_NOOP("io", "CSV (geometry as WKT)"), ".csv", "CSV"),
    WriteFormat("csv-xy", QT_TRANSLATE_NOOP("io", "CSV (points as X/Y columns)"), ".csv", "CSV"),
)
WRITE_FORMAT_BY_KEY = {fmt.key: fmt for fmt in WRITE_FORMATS}
WRITE_CRS = ("EPSG:3067", "EPSG:4326")  # TM35FIN (regionmap's own) or WGS84 lon/lat


def save_filters() -> str:
    """The save dialog's filter string, one line per :data:`WRITE_FORMATS` entry."""
    return ";;".join(f"{fmt.label} (*{fmt.suffix})" for fmt in WRITE_FORMATS)


def _patterns(suffixes: tuple[str, ...]) -> str:
    return " ".join(f"*{suffix}" for suffix in suffixes)


def open_filters() -> str:
    """The open dialog's filter string (Qt's ``"Label (*.a *.b);;..."``): every supported suffix first, then one
    line per dialog label of :data:`FILE_FORMATS`, then all files."""
    lines: dict[str, tuple[str, ...]] = {}
    for fmt in FILE_FORMATS:
        lines[fmt.dialog] = lines.get(fmt.dialog, ()) + fmt.suffixes
    return ";;".join((f"All supported files ({_patterns(SUPPORTED_SUFFIXES)})",
                      *(f"{label} ({_patterns(suffixes)})" for label, suffixes in lines.items()),
                      "All files (*)"))


OPEN_FILTERS = open_filters()


def is_geodata_path(path: Path) -> bool:
    """Whether a path (opened or dropped on the window) looks like geodata by its suffix."""
    return path.suffix.lower() in GEO_SUFFIXES


@dataclass(frozen=True)
class LayerInfo:
    name: str
    geometry_type: str
    features: int | None  # None where counting would mean reading the whole file


def _sniff(path: Path) -> str:
    from layers.io.source_file import read_head

    head = read_head(path, 16)  # never blocks, never reads more (a FIFO or /dev/zero named .gpkg)
    if head.startswith(b"SQLite format 3"):
        return "gpkg"
    if head.startswith(b"fgb"):
        return "flatgeobuf"
    if head.startswith(b"PAR1"):
        return "geoparquet"
    if head.startswith(b"PK\x03\x04"):
        return "shapefile-zip"
    if head.lstrip(b"\xef\xbb\xbf \t\r\n")[:1] in (b"{", b"["):
        return "geojson"
    return "other"


def file_format(path: Path) -> str:
    """One of the keys of :data:`FORMAT_NAMES`."""
    fmt = EXTENSIONS.get(path.suffix.lower())
    if fmt in ("gpkg", "flatgeobuf", "geoparquet", "shapefile-zip", "geojson"):
        sniffed = _sniff(path)
        if sniffed != "other" and sniffed != fmt and path.stat().st_size > 0:
            return sniffed
    return fmt or _sniff(path)


def shapefiles_in_zip(path: Path, limits: ReadLimits | None = None) -> list[str]:
    """Paths of the ``.shp`` members of a zip file; :class:`UserError` if it is not a readable zip, or if it
    unpacks to more than the file-size limit (a zip bomb is refused from its directory, before any inflating)."""
    from layers.io.limits import current_limits

    try:
        with zipfile.ZipFile(path) as zf:
            infos = zf.infolist()
    except (zipfile.BadZipFile, OSError) as exc:
        raise UserError(translate(
            "io", "{path}: is not a readable zip file ({exc}); give a zipped Shapefile").format(
            path=path, exc=exc)) from exc
    unpacked = sum(i.file_size for i in infos)
    (limits or current_limits()).check(path, "max_file_mb", unpacked, detail=translate("io", "the zip's unpacked size"))
    return sorted(i.filename for i in infos
                  if i.filename.lower().endswith(".shp") and not i.filename.startswith("__MACOSX/"))


def gdal_source(path: Path, layer: str | None = None, limits: ReadLimits | None = None) -> tuple[str, str | None]:
    """``(what GDAL opens, layer)``: a zipped shapefile becomes ``/vsizip/ZIP/member.shp``."""
    if file_format(path) != "shapefile-zip":
        return str(path), layer
    shps = shapefiles_in_zip(path, limits)
    if not shps:
        with zipfile.ZipFile(path) as zf:
            inside = ", ".join(zf.namelist()[:8]) or "nothing"
        raise UserError(translate(
            "io", "{path}: the zip holds no shapefile (.shp) (it holds: {inside}); zip the .shp, .shx, .dbf and "
            ".prj files together, or unzip and open the data file itself").format(path=path, inside=inside))
    if layer is not None:
        chosen = [s for s in shps if Path(s).stem == layer or s == layer]
        if not chosen:
            names = ", ".join(Path(s).stem for s in shps)
            raise UserError(translate(
                "io", "{path}: has no shapefile named {layer!r}; it holds: {names}").format(
                path=path, layer=layer, names=names))
        shp = chosen[0]
    else:
        shp = shps[0]
    return f"/vsizip/{path.absolute()}/{shp}", None  # not resolved: ``path`` may be a plainly named link


def list_layers(path: str | Path) -> list[LayerInfo]:
    """The layers of a file (one for most formats; several for a GeoPackage or a zip of shapefiles)."""
    from layers.io.source_file import check_source_file, gdal_path

    p = Path(path)
    check_source_file(p)
    fmt = file_format(p)
    if fmt == "shapefile-zip":
        return [LayerInfo(Path(s).stem, "unknown", None) for s in shapefiles_in_zip(p)]
    if fmt in ("geoparquet", "csv", "geojson"):
        return [LayerInfo(p.stem, "unknown", None)]
    import pyogrio

    with gdal_path(p) as src:
        try:
            found = pyogrio.list_layers(src)
        except Exception as exc:
            raise UserError(translate(
                "io", "{path}: cannot be opened as geodata ({error}); give a {formats} file").format(
                path=p, error=_short(exc).replace(src, str(p)), formats=SUPPORTED_TEXT)) from exc
        out = []
        for name, gtype in found:
            count: int | None = None
            if fmt in ("gpkg", "flatgeobuf", "shapefile"):
                try:
                    count = int(pyogrio.read_info(src, layer=str(name))["features"])
                except Exception:
                    count = None
            out.append(LayerInfo(str(name), str(gtype or "none"), count))
    return out


def _short(exc: BaseException) -> str:
    text = str(exc).split(";")[0].strip()
    return text[:200] or type(exc).__name__
