"""Which services run on a day: ``calendar.txt`` weekly patterns plus ``calendar_dates.txt`` exceptions.

The default day is *the next ordinary weekday the feed covers*.  The rule, so that a planner can repeat it:

1. Candidates are the Tuesdays, Wednesdays and Thursdays the feed covers (Mondays and Fridays often run
   differently: school-holiday starts, Friday-night services).
2. A candidate is *ordinary* when its number of scheduled trips is at least 90 % of the median over all
   candidates: a public holiday or a strike day (written as calendar_dates removals) falls below it.
3. The first ordinary candidate on or after today is taken; a feed that ended before today gives its last
   ordinary candidate, one that starts later its first.
4. A feed without any Tuesday-Thursday service falls back to Mondays and Fridays, then to any day, by the same
   rule.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from layers.errors import UserError
from layers.i18n import QT_TRANSLATE_NOOP, format_number, translate

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
DAY_NAMES = (QT_TRANSLATE_NOOP("transit", "Monday"), QT_TRANSLATE_NOOP("transit", "Tuesday"),
             QT_TRANSLATE_NOOP("transit", "Wednesday"), QT_TRANSLATE_NOOP("transit", "Thursday"),
             QT_TRANSLATE_NOOP("transit", "Friday"), QT_TRANSLATE_NOOP("transit", "Saturday"),
             QT_TRANSLATE_NOOP("transit", "Sunday"))
ORDINARY_SHARE = 0.9


def weekday_name(day: dt.date) -> str:
    """The day's weekday in the interface language ("Tuesday", "tiistai", "tisdag"; not the C locale's)."""
    return translate("transit", DAY_NAMES[day.weekday()])


def parse_day(text: str) -> dt.date:
    """``YYYY-MM-DD`` (the command line) or ``YYYYMMDD`` (GTFS)."""
    t = text.strip()
    for fmt in ("%Y-%m-%d", "%Y%m%d"):
        try:
            return dt.datetime.strptime(t, fmt).date()
        except ValueError:
            continue
    raise ValueError(f"{text!r} is not a date; give it as YYYY-MM-DD, e.g. 2022-02-22")


@dataclass
class ServiceCalendar:
    """The feed's calendars as small pandas frames (one row per service pattern and per exception)."""

    label: str
    weekly: pd.DataFrame = field(default_factory=pd.DataFrame)  # service_id, monday..sunday (bool), start, end
    exceptions: pd.DataFrame = field(default_factory=pd.DataFrame)  # service_id, date, added (bool)

    @classmethod
    def from_frames(cls, label: str, calendar: pd.DataFrame | None, dates: pd.DataFrame | None) -> ServiceCalendar:
        weekly = pd.DataFrame(columns=["service_id", *WEEKDAYS, "start", "end"])
        exceptions = pd.DataFrame(columns=["service_id", "date", "added"])
        if calendar is not None and len(calendar):
            weekly = pd.DataFrame({"service_id": calendar["service_id"].astype(str)})
            for day in WEEKDAYS:
                weekly[day] = pd.to_numeric(calendar[day], errors="coerce").fillna(0).astype(int) == 1
            weekly["start"] = _dates(calendar["start_date"], label, "calendar.txt", "start_date")
            weekly["end"] = _dates(calendar["end_date"], label, "calendar.txt", "end_date")
        if dates is not None and len(dates):
            kind = pd.to_numeric(dates["exception_type"], errors="coerce")
            bad = ~kind.isin([1, 2])
            if bad.all():
                raise UserError(translate("transit", "{label}: calendar_dates.txt (the calendar_dates table) has no "
                                                     "exception_type 1 (added) or 2 (removed); fix the column").format(
                                    label=label))
            ok = ~bad
            exceptions = pd.DataFrame({
                "service_id": dates["service_id"].astype(str)[ok].to_numpy(),
                "date": _dates(dates["date"][ok], label, "calendar_dates.txt", "date"),
                "added": (kind[ok] == 1).to_numpy(),
            })
        return cls(label, weekly, exceptions)

    def covered_dates(self) -> list[dt.date]:
        """Every date from the first start (or exception) to the last end (or exception)."""
        lows = [*self.weekly["start"].tolist(), *self.exceptions["date"].tolist()]
        highs = [*self.weekly["end"].tolist(), *self.exceptions["date"].tolist()]
        if not lows:
            return []
        first, last = min(lows), max(highs)
        if (last - first).days > 800:  # a calendar that runs "until 2099": look two years ahead at most
            last = first + dt.timedelta(days=800)
        return [first + dt.timedelta(days=i) for i in range((last - first).days + 1)]

    def services_on(self, day: dt.date) -> set[str]:
        """The service_ids that run on ``day``."""
        w = self.weekly
        active: set[str] = set()
        if len(w):
            runs = w[WEEKDAYS[day.weekday()]] & (w["start"] <= day) & (w["end"] >= day)
            active = set(w.loc[runs, "service_id"])
        e = self.exceptions
        if len(e):
            today = e[e["date"] == day]
            active |= set(today.loc[today["added"], "service_id"])
            active -= set(today.loc[~today["added"], "service_id"])
        return active

    def trips_by_date(self, trips_per_service: pd.Series) -> pd.Series:
        """Scheduled trips on each covered date (index: dates)."""
        days = self.covered_dates()
        counts = [int(trips_per_service.reindex(list(self.services_on(d))).fillna(0).sum()) for d in days]
        return pd.Series(counts, index=days, dtype=np.int64)

    def choose_day(self, trips_per_service: pd.Series, today: dt.date | None = None) -> tuple[dt.date, str]:
        """The default day and why (see the module docstring for the rule)."""
        today = today or dt.date.today()
        per_date = self.trips_by_date(trips_per_service)
        per_date = per_date[per_date > 0]
        if per_date.empty:
            raise UserError(translate("transit", "{label}: the calendars (calendar.txt, calendar_dates.txt) never "
                                                 "run any trip of trips.txt; check their service_ids and dates").format(
                                label=self.label))
        for weekdays, what in (((1, 2, 3), translate("transit", "Tuesday-Thursday")),
                               ((0, 4), translate("transit", "Monday or Friday")),
                               (tuple(range(7)), translate("transit", "day"))):
            pick = per_date[[d.weekday() in weekdays for d in per_date.index]]
            if pick.empty:
                continue
            ordinary = pick[pick >= ORDINARY_SHARE * float(pick.median())]
            later = [d for d in ordinary.index if d >= today]
            if later:
                day, why = later[0], translate("transit", "the next ordinary {what} ({trips} trips)")
            elif ordinary.index[-1] < today:
                day, why = ordinary.index[-1], translate(
                    "transit", "the feed has ended: its last ordinary {what} ({trips} trips)")
            else:
                day, why = ordinary.index[0], translate("transit", "its first ordinary {what} ({trips} trips)")
            return day, why.format(what=what, trips=format_number(int(ordinary[day])))
        raise AssertionError("unreachable: per_date is not empty")


def _dates(values: pd.Series, label: str, name: str, column: str) -> list[dt.date]:
    parsed = pd.to_datetime(values.astype(str).str.strip(), format="%Y%m%d", errors="coerce")
    bad = parsed.isna()
    if bad.any():
        example = values[bad].iloc[0]
        raise UserError(translate("transit", "{label}: {name} (the {table} table) has {count} {column} values that "
                                             "are not dates YYYYMMDD (e.g. {example!r}); fix them").format(
                            label=label, name=name, table=name.removesuffix('.txt'),
                            count=format_number(int(bad.sum())), column=column, example=example))
    return [d.date() for d in parsed]
