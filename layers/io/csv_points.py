"""CSV tables with point coordinates or WKT geometry.

:func:`detect_csv_columns` looks at the header and the first rows and returns a :class:`CsvColumns` suggestion
(delimiter, decimal mark, and either an x/y column pair -- lon/lat, longitude/latitude, x/y, E/N, easting/
northing, itä/pohjoinen ... -- or a WKT column) which the GUI shows for confirmation; :func:`read_csv` reads
the table with the (possibly corrected) choice.  The coordinates' CRS is not guessed here: the caller
(:func:`layers.io.read.read_layer`) detects it from the value ranges like for any file without a CRS.
Rows with missing or unparsable coordinates are skipped and counted; rows whose coordinates are NaN or infinite
(``nan``, ``inf``, ``1e400``) become points with those coordinates, which the loader drops and counts apart.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from layers.errors import UserError
from layers.i18n import translate
from layers.io.limits import TEXT_MEMORY_FACTOR, ReadLimits, current_limits, memory_estimate
from layers.tasks import CancelledFn, ProgressFn, check_cancelled, never_cancelled, no_progress

if TYPE_CHECKING:
    import geopandas as gpd
    import numpy as np
    import pandas as pd

X_NAMES = ("lon", "lng", "long", "longitude", "x", "e", "easting", "east", "itä", "ita", "x_coord", "xcoord",
           "coord_x", "point_x", "lon_wgs84", "stop_lon", "x_3067", "x_tm35fin", "x_wgs84")
Y_NAMES = ("lat", "latitude", "y", "n", "northing", "north", "pohjoinen", "pohj", "y_coord", "ycoord", "coord_y",
           "point_y", "lat_wgs84", "stop_lat", "y_3067", "y_tm35fin", "y_wgs84")
WKT_NAMES = ("wkt", "geometry", "geom", "the_geom", "wkt_geom", "shape", "geometria")
_WKT_VALUE = re.compile(r"^\s*(SRID=\d+;)?\s*(MULTI)?(POINT|LINESTRING|POLYGON)|^\s*GEOMETRYCOLLECTION", re.I)
_NONFINITE_TEXT = r"[+-]?(?:nan|inf|infinity)"
SAMPLE_BYTES = 64 * 1024


@dataclass(frozen=True)
class CsvColumns:
    """How to read a CSV: ``x``/``y`` columns, or a ``wkt`` column; the GUI may change any field."""

    delimiter: str = ","
    decimal: str = "."
    x: str | None = None
    y: str | None = None
    wkt: str | None = None
    columns: tuple[str, ...] = ()
    encoding: str = "utf-8"

    @property
    def usable(self) -> bool:
        return bool(self.wkt) or bool(self.x and self.y)

    def describe(self) -> str:
        if self.wkt:
            return f"geometry from WKT column {self.wkt!r}"
        if self.x and self.y:
            return f"points from columns {self.x!r} (x / longitude) and {self.y!r} (y / latitude)"
        return "no coordinate columns found"


def _read_sample(path: Path) -> tuple[str, str]:
    from layers.io.source_file import read_head

    raw = read_head(path, SAMPLE_BYTES)  # bounded and non-blocking whatever the path is (a FIFO, /dev/zero)
    if not raw.strip():
        raise UserError(translate("io", "{path}: the file is empty; export the table again").format(path=path))
    if b"\x00" in raw:
        raise UserError(translate(
            "io", "{path}: is binary, not a CSV text table; give a {what} file").format(
            path=path, what=_what()))
    for enc in ("utf-8-sig", "cp1252"):
        try:
            text = raw.decode(enc)
            break
        except UnicodeDecodeError as exc:
            if exc.start >= len(raw) - 4 and enc == "utf-8-sig":  # a character cut by the sample's end
                text = raw[:exc.start].decode(enc)
                break
    else:  # pragma: no cover - cp1252 decodes almost anything
        text = raw.decode("latin-1")
        enc = "latin-1"
    return text, ("utf-8" if enc == "utf-8-sig" else enc)


def _what() -> str:
    from layers.io.formats import SUPPORTED_TEXT

    return SUPPORTED_TEXT


def _pick(columns: list[str], names: tuple[str, ...]) -> str | None:
    lowered = {c.strip().lower(): c for c in columns}
    for n in names:
        if n in lowered:
            return lowered[n]
    return None


def detect_csv_columns(path: str | Path) -> CsvColumns:
    """A suggestion for reading ``path`` (never raises for a readable text file; check ``.usable``)."""
    from layers.io.source_file import check_source_file

    p = Path(path)
    check_source_file(p)  # a FIFO, a device or a folder is refused before anything opens it
    text, encoding = _read_sample(p)
    lines = text.splitlines()
    if len(lines) > 1 and p.stat().st_size > SAMPLE_BYTES:
        lines = lines[:-1]  # the last sampled line may be cut
    sample = "\n".join(lines[:200])
    try:
        dialect = csv.Sniffer().sniff(sample, delimiters=",;\t|")
        delimiter = dialect.delimiter
    except csv.Error:
        delimiter = max(",;\t|", key=lambda d: lines[0].count(d)) if lines else ","
    rows = list(csv.reader(lines[:50], delimiter=delimiter))
    if not rows:
        raise UserError(translate("io", "{path}: has no header row; give a CSV table with column names").format(path=p))
    header = [h.strip() for h in rows[0]]
    body = rows[1:]
    x, y = _pick(header, X_NAMES), _pick(header, Y_NAMES)
    wkt = _pick(header, WKT_NAMES)
    if wkt is None:  # any column whose values look like WKT
        for i, name in enumerate(header):
            vals = [r[i] for r in body if i < len(r) and r[i].strip()]
            if vals and all(_WKT_VALUE.match(v) for v in vals[:10]):
                wkt = name
                break
    elif body:
        i = header.index(wkt)
        vals = [r[i] for r in body if i < len(r) and r[i].strip()]
        if vals and not _WKT_VALUE.match(vals[0]):
            wkt = None
    decimal = "."
    if x and y and delimiter != ",":
        i = header.index(x)
        vals = [r[i] for r in body if i < len(r)]
        if vals and any(re.fullmatch(r"-?\d+,\d+", v.strip()) for v in vals):
            decimal = ","
    return CsvColumns(delimiter, decimal, x if not wkt else None, y if not wkt else None, wkt, tuple(header),
                      encoding)


def _is_number(values: np.ndarray, text: pd.Series) -> np.ndarray:
    """Cells holding a number, NaN and infinity included (empty or unparsable cells parse as NaN too)."""
    import numpy as np

    nonfinite = text.str.strip().str.fullmatch(_NONFINITE_TEXT, case=False).to_numpy(dtype=bool)
    return np.asarray(np.isfinite(values) | np.isinf(values) | nonfinite, dtype=bool)


def read_csv(
    path: Path,
    columns: CsvColumns | None = None,
    progress: ProgressFn = no_progress,
    cancelled: CancelledFn = never_cancelled,
    limits: ReadLimits | None = None,
) -> tuple[gpd.GeoDataFrame, int]:
    """The table as a GeoDataFrame without CRS, and the number of rows skipped for lacking coordinates.
    ``limits``: the rows (features) and the memory are checked chunk by chunk."""
    import geopandas as gpd
    import numpy as np
    import pandas as pd
    import shapely

    guess = detect_csv_columns(path)
    cols = guess if columns is None else replace(columns, columns=guess.columns)
    if not cols.usable:
        raise UserError(translate(
            "io", "{path}: no coordinate columns found (columns: {value}); name them lon/lat, x/y or E/N, or add a "
            "WKT column, or choose them in the load dialog").format(
            path=path, value=', '.join(guess.columns) or 'none'))
    for c in (cols.x, cols.y, cols.wkt):
        if c and c not in guess.columns:
            raise UserError(translate(
                "io", "{path}: has no column {column!r}; columns are: {columns}").format(
                path=path, column=c, columns=', '.join(guess.columns)))
    size = max(path.stat().st_size, 1)
    limits = limits or current_limits()
    limits.check(path, "max_memory_mb", TEXT_MEMORY_FACTOR * size,
                 detail=translate("io", "the memory it would need (estimated)"))
    parts = []
    rows = 0
    try:
        with open(path, encoding=cols.encoding, errors="replace", newline="") as fh:
            reader = pd.read_csv(fh, sep=cols.delimiter, decimal=cols.decimal, dtype=str, chunksize=200_000,
                                 keep_default_na=False, skipinitialspace=True, encoding_errors="replace")
            for chunk in reader:
                parts.append(chunk)
                rows += len(chunk)
                done = fh.tell() if not fh.closed else size
                limits.check(path, "max_features", rows, detail=translate("io", "its rows (counted so far)"))
                limits.check(path, "max_memory_mb", memory_estimate(rows, raw_bytes=2 * done),
                             detail=translate("io", "the memory it needs (estimated, so far)"))
                progress(min(done / size, 1.0), translate("io", "reading table"))
                check_cancelled(cancelled)
    except (pd.errors.ParserError, ValueError) as exc:
        raise UserError(translate(
            "io", "{path}: cannot be read as a CSV table ({value}); check the delimiter and quoting").format(
            path=path, value=str(exc).strip()[:200])) from exc
    df = pd.concat(parts, ignore_index=True) if parts else pd.DataFrame(columns=list(guess.columns))
    df.columns = [str(c).strip() for c in df.columns]
    if cols.wkt:
        geoms = shapely.from_wkt(df[cols.wkt].str.replace(r"^\s*SRID=\d+;", "", regex=True).to_numpy(),
                                 on_invalid="ignore")
        df = df.drop(columns=[cols.wkt])
    else:
        def num(s: pd.Series) -> np.ndarray:
            if cols.decimal == ",":
                s = s.str.replace(",", ".", regex=False)
            return pd.to_numeric(s.str.strip(), errors="coerce").to_numpy(dtype=float)

        xs, ys = num(df[cols.x]), num(df[cols.y])  # type: ignore[index]
        ok = _is_number(xs, df[cols.x]) & _is_number(ys, df[cols.y])  # type: ignore[index]
        geoms = np.full(len(df), None, dtype=object)
        geoms[ok] = shapely.points(xs[ok], ys[ok])
    for c in df.columns:  # numbers stay numbers
        converted = pd.to_numeric(df[c], errors="coerce")
        if converted.notna().sum() == (df[c].str.strip() != "").sum() and len(df):
            df[c] = converted
    missing = np.array([g is None for g in geoms], dtype=bool)
    gdf = gpd.GeoDataFrame(df, geometry=gpd.GeoSeries(list(geoms), index=df.index), crs=None)
    return gdf[~missing].reset_index(drop=True), int(missing.sum())
