"""The task that turns a GTFS feed into map layers: stops by service level, and route lines by mode.

``run(inputs, progress, cancelled)`` follows :mod:`layers.tasks`: the window runs it off the GUI thread, and
``regionmap transit`` calls it directly.  The result keeps the day, the window and the notes of what was dropped,
so every caller says the same thing about the same feed.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

import geopandas as gpd
import numpy as np

from layers.crs import WGS84, WORK_CRS, transformer
from layers.errors import UserError
from layers.i18n import format_number, translate
from layers.tasks import CancelledFn, ProgressFn, check_cancelled, never_cancelled, no_progress, sub_progress
from layers.transit.calendar import weekday_name
from layers.transit.feed import Engine, open_feed
from layers.transit.service import Platforms, day_calls, stop_service, trips_per_service
from layers.transit.shapes import route_lines
from layers.transit.tables import load_feed
from layers.transit.times import format_time

DEFAULT_WINDOW = (7 * 3600, 9 * 3600)  # the morning peak: 07-09, as the region's plans measure it


@dataclass(frozen=True)
class TransitInputs:
    """What to read and how to count (see :mod:`layers.transit.service` for the counting rules)."""

    path: Path
    day: dt.date | None = None  # None: the next ordinary weekday (layers.transit.calendar)
    window: tuple[int, int] = DEFAULT_WINDOW  # seconds on the service day's clock, end exclusive
    platforms: Platforms = "parent"
    boarding_only: bool = False
    routes: bool = True  # build the route lines too
    engine: Engine = "pyarrow"
    today: dt.date | None = None  # "today" for the default day (tests); None: the real date


@dataclass
class TransitResult:
    """Stops (points) and routes (lines) in EPSG:3067, the day and window counted, and what was dropped."""

    path: Path
    day: dt.date
    day_reason: str  # "given" or why the default day was chosen
    window: tuple[int, int]
    stops: gpd.GeoDataFrame
    routes: gpd.GeoDataFrame
    notes: list[str] = field(default_factory=list)

    @property
    def label(self) -> str:
        return self.path.name

    @property
    def window_text(self) -> str:
        return f"{format_time(self.window[0])}-{format_time(self.window[1])}"

    def summary(self) -> str:
        """A few lines for the command line and the window's message."""
        counts = self.stops["service"].value_counts()
        from layers.transit.service import SERVICE_CLASSES

        classes = ", ".join(f"{label}: {format_number(int(counts.get(label, 0)))}" for _b, label in SERVICE_CLASSES)
        lines = [translate("cli", "{feed}: {n} stops on {day} ({reason}), departures {window}: {classes}").format(
                     feed=self.label, n=format_number(len(self.stops)), day=self.day.isoformat(),
                     reason=self.day_reason, window=self.window_text, classes=classes),
                 translate("cli", "{n} route lines").format(n=format_number(len(self.routes)))]
        lines += [translate("cli", "note: {note}").format(note=n) for n in self.notes]
        return "\n".join(lines)


def run(inputs: TransitInputs, progress: ProgressFn = no_progress,
        cancelled: CancelledFn = never_cancelled) -> TransitResult:
    """Read the feed, choose the day, count every stop's service and build the route lines."""
    source = open_feed(inputs.path)
    feed = load_feed(source, engine=inputs.engine, progress=sub_progress(progress, 0.0, 0.75), cancelled=cancelled)
    notes = list(feed.notes)
    check_cancelled(cancelled)
    if inputs.day is None:
        day, reason = feed.calendar.choose_day(trips_per_service(feed), inputs.today)
    else:
        day, reason = inputs.day, translate("transit", "given")
        covered = feed.calendar.covered_dates()
        if covered and not (covered[0] <= day <= covered[-1]):
            raise UserError(translate("transit", "{label}: {day} is outside the feed's calendar ({first} to "
                                                 "{last}, calendar.txt and calendar_dates.txt); choose a day "
                                                 "within it").format(
                                label=feed.label, day=day.isoformat(), first=covered[0], last=covered[-1]))
    services = feed.calendar.services_on(day)
    if not services:
        raise UserError(translate("transit", "{label}: no service of calendar.txt or calendar_dates.txt runs on "
                                             "{day} ({weekday}); choose another day").format(
                            label=feed.label, day=day.isoformat(), weekday=weekday_name(day)))
    progress(0.78, translate("progress", "{feed}: counting departures on {day}").format(
        feed=feed.label, day=day.isoformat()))
    calls = day_calls(feed, services, boarding_only=inputs.boarding_only)
    check_cancelled(cancelled)
    table = stop_service(feed, calls, inputs.window, inputs.platforms, notes)
    stops = _stops_frame(table)
    check_cancelled(cancelled)
    if inputs.routes:
        progress(0.88, translate("progress", "{feed}: building route lines").format(feed=feed.label))
        routes = route_lines(feed, calls, notes, engine=inputs.engine)
    else:
        routes = gpd.GeoDataFrame({"route_id": []}, geometry=gpd.GeoSeries([], crs=WORK_CRS))
    progress(1.0, translate("progress", "{feed}: done").format(feed=feed.label))
    return TransitResult(Path(inputs.path), day, reason, inputs.window, stops, routes, notes)


def _stops_frame(table) -> gpd.GeoDataFrame:  # type: ignore[no-untyped-def]
    """The stop table as points in EPSG:3067, with first and last departure as HH:MM text."""
    x, y = transformer(WGS84, WORK_CRS).transform(table["lon"].to_numpy(), table["lat"].to_numpy())
    out = table.drop(columns=["lon", "lat"])
    for col in ("first_departure", "last_departure"):
        out[col] = [format_time(v) for v in out[col].to_numpy(np.int64)]
    return gpd.GeoDataFrame(out, geometry=gpd.points_from_xy(x, y), crs=WORK_CRS)
