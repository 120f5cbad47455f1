"""Where a GTFS feed's tables come from: a ``.zip`` or a folder of ``.txt`` files, read as Arrow tables.

Tables are read with ``pyarrow.csv`` (multi-threaded, and the ``pandas.read_csv(engine="pyarrow")`` reader
underneath), only the columns we use, ids dictionary-encoded so that five million stop times cost integer codes
rather than Python strings.  ``engine="c"`` reads through pandas' default C parser instead; the benchmark
compares the two (``benchmarks/transit.py``).  Every failure is a :class:`~layers.errors.UserError` naming the
feed, the file and the table, so a planner knows what to fix.
"""

from __future__ import annotations

import zipfile
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Literal

import pyarrow as pa

from layers.errors import UserError
from layers.i18n import format_number, translate

Engine = Literal["pyarrow", "c"]

REQUIRED_FILES = ("stops.txt", "routes.txt", "trips.txt", "stop_times.txt")
"""Without these there is no service to count.  ``calendar.txt`` or ``calendar_dates.txt`` must exist too."""

MAX_TABLE_BYTES = 3 * 1024**3
"""A table larger than this (uncompressed) is refused before reading: a feed of several GB is a whole country's
timetable and would not fit in this machine's memory; crop it to the region first.  Tests lower it."""

MEMORY_PER_BYTE = 5
"""Peak memory per uncompressed byte of stop_times.txt, measured by benchmarks/transit.py (1.05 GB for 180 MB,
imports included), rounded up: a feed whose reading would not fit in the free memory is refused up front, with
a message, rather than swapping the machine to a halt."""

ID_COLUMNS = frozenset({"trip_id", "stop_id", "route_id", "service_id", "shape_id", "parent_station"})


def is_gtfs_path(path: Path) -> bool:
    """Whether ``path`` is a GTFS feed: a zip or folder holding ``stops.txt`` and ``stop_times.txt``."""
    try:
        if path.is_dir():
            return (path / "stops.txt").is_file() and (path / "stop_times.txt").is_file()
        if path.suffix.lower() != ".zip" or not path.is_file():
            return False
        with zipfile.ZipFile(path) as zf:
            names = {Path(n).name for n in zf.namelist()}
        return {"stops.txt", "stop_times.txt"} <= names
    except (OSError, zipfile.BadZipFile):
        return False


@dataclass
class FeedSource:
    """A feed on disk: the path, and the member (or file) name of each table it holds."""

    path: Path
    members: dict[str, str]  # "stops.txt" -> the zip member or file name
    sizes: dict[str, int]  # "stops.txt" -> uncompressed bytes
    is_zip: bool

    @property
    def label(self) -> str:
        return self.path.name

    def has(self, name: str) -> bool:
        return name in self.members

    def check_size(self, name: str) -> None:
        """Refuse a table too large to read here (see :data:`MAX_TABLE_BYTES` and :data:`MEMORY_PER_BYTE`)."""
        size = self.sizes.get(name, 0)
        if size > MAX_TABLE_BYTES:
            raise UserError(translate("transit", "{label}: {name} is {size} uncompressed, more than regionmap reads "
                                                 "({limit}); crop the feed to the region (or to fewer days) and open "
                                                 "it again").format(
                                label=self.label, name=name, size=_size(size), limit=_size(MAX_TABLE_BYTES)))
        free = available_memory()
        if name == "stop_times.txt" and free is not None and size * MEMORY_PER_BYTE > free:
            raise UserError(translate("transit", "{label}: {name} is {size} uncompressed; reading it needs about "
                                                 "{needed} of memory and {free} is free; close other programs, or "
                                                 "crop the feed to the region (or to fewer days) and open it "
                                                 "again").format(
                                label=self.label, name=name, size=_size(size), needed=_size(size * MEMORY_PER_BYTE),
                                free=_size(free)))

    @contextmanager
    def open_stream(self, name: str) -> Iterator[IO[bytes]]:
        """The table as a binary stream: a zip member is decompressed while the reader parses it."""
        self.check_size(name)
        try:
            if self.is_zip:
                with zipfile.ZipFile(self.path) as zf, zf.open(self.members[name]) as fh:
                    yield fh
            else:
                with open(self.path / self.members[name], "rb") as fh:
                    yield fh
        except (OSError, zipfile.BadZipFile, KeyError, EOFError) as exc:
            raise UserError(translate("transit", "{label}: {name} could not be read ({exc}); check the file").format(
                                label=self.label, name=name, exc=exc)) from None

    def head(self, name: str, size: int = 65536) -> bytes:
        """The first bytes of a table (its header line)."""
        with self.open_stream(name) as fh:
            return fh.read(size)


def open_feed(path: str | Path) -> FeedSource:
    """Find a feed's tables; refuses a path that is not a feed, or one that lacks a required table."""
    p = Path(path)
    if not p.exists():
        raise UserError(translate("transit", "{path}: no such file or folder; check the name").format(path=p))
    members: dict[str, str] = {}
    sizes: dict[str, int] = {}
    if p.is_dir():
        for f in p.iterdir():
            if f.suffix.lower() == ".txt" and f.is_file():
                members[f.name.lower()] = f.name
                sizes[f.name.lower()] = f.stat().st_size
        is_zip = False
    else:
        try:
            with zipfile.ZipFile(p) as zf:
                for info in zf.infolist():
                    name = Path(info.filename).name.lower()
                    if name.endswith(".txt") and not info.is_dir() and name not in members:
                        members[name] = info.filename
                        sizes[name] = info.file_size
        except (OSError, zipfile.BadZipFile) as exc:
            raise UserError(translate("transit", "{name}: not a readable zip file ({exc}); a GTFS feed is a .zip or "
                                                 "a folder of .txt tables").format(name=p.name, exc=exc)) from None
        is_zip = True
    source = FeedSource(p, members, sizes, is_zip)
    missing = [n for n in REQUIRED_FILES if n not in members]
    if missing:
        raise UserError(translate("transit", "{name}: not a complete GTFS feed: {names} missing (a feed needs "
                                             "{required} and calendar.txt or calendar_dates.txt)").format(
                            name=p.name, names=', '.join(missing), required=', '.join(REQUIRED_FILES)))
    if "calendar.txt" not in members and "calendar_dates.txt" not in members:
        raise UserError(translate("transit", "{name}: neither calendar.txt nor calendar_dates.txt is in the feed, so "
                                             "no day's service can be chosen; add one of them").format(name=p.name))
    return source


def read_table(source: FeedSource, name: str, required: Sequence[str], optional: Iterable[str] = (),
               *, engine: Engine = "pyarrow", strings: Iterable[str] = ()) -> pa.Table:
    """Read ``name`` (e.g. ``"stops.txt"``) with its ``required`` and any present ``optional`` columns.

    Id columns (``*_id``) come back dictionary-encoded strings, ``strings`` plain strings, the rest as the
    reader infers them.  A missing column or an unreadable row raises a UserError naming the file and table.
    """
    table_name = name.removesuffix(".txt")
    header = _header(source.head(name), source.label, name)
    missing = [c for c in required if c not in header]
    if missing:
        template = (translate("transit", "{label}: {name} (the {table} table) lacks the column {names}; "
                                         "found {found}") if len(missing) == 1 else
                    translate("transit", "{label}: {name} (the {table} table) lacks the columns {names}; "
                                         "found {found}"))
        raise UserError(template.format(label=source.label, name=name, table=table_name, names=", ".join(missing),
                                        found=", ".join(header) or translate("transit", "none")))
    wanted = list(dict.fromkeys([*required, *(c for c in optional if c in header)]))
    text_cols = set(strings) | ID_COLUMNS
    if engine == "c":
        with source.open_stream(name) as fh:
            return _read_with_pandas(fh, header, wanted, text_cols, source.label, name)
    import pyarrow.csv as pacsv

    types = {c: (pa.dictionary(pa.int32(), pa.string()) if c in ID_COLUMNS else pa.string())
             for c in wanted if c in text_cols}
    try:
        with source.open_stream(name) as fh:
            table = pacsv.read_csv(
                fh,
                read_options=pacsv.ReadOptions(use_threads=True, block_size=8 << 20, column_names=header,
                                               skip_rows=1),  # our cleaned names: " stop_id" is stop_id
                parse_options=pacsv.ParseOptions(newlines_in_values=False),
                convert_options=pacsv.ConvertOptions(include_columns=wanted, column_types=types,
                                                     strings_can_be_null=True, quoted_strings_can_be_null=True),
            )
    except pa.ArrowException as exc:
        raise UserError(translate("transit", "{label}: {name} (the {table} table) could not be read: "
                                             "{first_line}; check the file").format(
                            label=source.label, name=name, table=table_name,
                            first_line=_first_line(exc))) from None
    return table.unify_dictionaries() if types else table


def _read_with_pandas(fh: IO[bytes], header: list[str], wanted: list[str], text_cols: set[str], label: str,
                      name: str) -> pa.Table:
    """pandas' default C parser, ids as categoricals: the same table as the Arrow reader gives."""
    import pandas as pd

    dtypes = {c: ("category" if c in ID_COLUMNS else str) for c in wanted if c in text_cols}
    try:
        frame = pd.read_csv(fh, header=0, names=header, usecols=wanted, dtype=dtypes,  # type: ignore[arg-type]
                            encoding="utf-8-sig")
    except (ValueError, pd.errors.ParserError, UnicodeDecodeError) as exc:
        raise UserError(translate("transit", "{label}: {name} (the {table} table) could not be read: {first_line}; "
                                             "check the file").format(
                            label=label, name=name, table=name.removesuffix('.txt'),
                            first_line=_first_line(exc))) from None
    return pa.Table.from_pandas(frame[wanted], preserve_index=False)


def _header(raw: bytes, label: str, name: str) -> list[str]:
    first = raw.split(b"\n", 1)[0].strip(b"\r")
    try:
        text = first.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise UserError(translate("transit", "{label}: {name} is not UTF-8 text (GTFS tables must be); save it as "
                                             "UTF-8").format(label=label, name=name)) from None
    if not text.strip():
        raise UserError(translate("transit", "{label}: {name} is empty (no header line); the {table} table is "
                                          "needed").format(
                            label=label, name=name, table=name.removesuffix('.txt')))
    import csv

    names = [c.strip() for c in next(csv.reader([text]))]
    seen: dict[str, int] = {}
    for i, col in enumerate(names):  # a repeated column keeps its first place; later ones get a suffix
        if col in seen:
            seen[col] += 1
            names[i] = f"{col}.{seen[col]}"
        else:
            seen[col] = 0
    return names


def available_memory() -> int | None:
    """Bytes of memory free for a new allocation (Linux ``MemAvailable``), None where it cannot be told."""
    try:
        with open("/proc/meminfo", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("MemAvailable:"):
                    return int(line.split()[1]) * 1024
    except (OSError, ValueError, IndexError):
        return None
    return None


def _size(n: int) -> str:
    """A file or memory size as the language writes numbers ("1,5 GB" in fi/sv)."""
    if n >= 1024**2:
        return f"{format_number(n / 1024**3, 1)} GB" if n >= 1024**3 else f"{format_number(n / 1024**2, 1)} MB"
    return translate("transit", "{n} bytes").format(n=format_number(n))


def _first_line(exc: BaseException) -> str:
    return (str(exc).strip().splitlines() or [type(exc).__name__])[0]
