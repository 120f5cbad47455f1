"""Mode profiles: which road classes walking, cycling and driving may use, whether one-way streets bind, and
the speed per class (so that reach can be given in minutes as well as metres).

Classes are OpenStreetMap ``highway`` values.  A line layer without a class (Digiroad or any other file without
a ``highway`` field) is usable by every mode at the mode's default speed: the file was chosen as the network.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from layers.i18n import QT_TRANSLATE_NOOP, translate

MODES = ("walk", "bike", "car")  # the keys projects, the CLI (--mode) and JSON keep
MODE_WORDS = {"walk": QT_TRANSLATE_NOOP("coverage", "walk"), "bike": QT_TRANSLATE_NOOP("coverage", "bike"),
              "car": QT_TRANSLATE_NOOP("coverage", "car")}


def mode_word(mode: str) -> str:
    """A travel mode as the interface names it ("walk" -> "kävely"); an unknown key as it is."""
    return translate("coverage", MODE_WORDS[mode]) if mode in MODE_WORDS else mode

_MOTOR = ("motorway", "motorway_link", "trunk", "trunk_link")
_ROADS = ("primary", "primary_link", "secondary", "secondary_link", "tertiary", "tertiary_link", "unclassified",
          "residential", "living_street", "service", "road")
_PATHS = ("footway", "pedestrian", "path", "cycleway", "track", "bridleway", "trail")
_FOOT_ONLY = ("steps", "corridor", "elevator", "platform")


@dataclass(frozen=True)
class Profile:
    """One mode: the classes it may use (None: every line of a file without classes), whether one-way tags
    bind it, its speed per class in km/h and its default speed."""

    name: str
    allowed: frozenset[str]
    oneway: bool
    default_kmh: float
    kmh: dict[str, float] = field(default_factory=dict)

    def speed(self, highway: str | None) -> float:
        """km/h on a line of class ``highway`` (the default for an unclassed line)."""
        return self.kmh.get(highway or "", self.default_kmh)


WALK = Profile("walk", frozenset(_ROADS + _PATHS + _FOOT_ONLY), oneway=False, default_kmh=5.0,
               kmh={"steps": 2.5, "elevator": 1.0})
BIKE = Profile("bike", frozenset(_ROADS + _PATHS), oneway=False, default_kmh=16.0,
               kmh={"footway": 10.0, "pedestrian": 8.0, "path": 12.0, "track": 12.0, "trail": 10.0})
CAR = Profile("car", frozenset(_MOTOR + _ROADS), oneway=True, default_kmh=40.0,
              kmh={"motorway": 100.0, "motorway_link": 60.0, "trunk": 80.0, "trunk_link": 50.0, "primary": 50.0,
                   "primary_link": 40.0, "secondary": 50.0, "secondary_link": 40.0, "tertiary": 40.0,
                   "tertiary_link": 30.0, "unclassified": 40.0, "residential": 30.0, "living_street": 10.0,
                   "service": 20.0, "road": 30.0})
_PROFILES = {p.name: p for p in (WALK, BIKE, CAR)}


def profile(mode: str) -> Profile:
    """The profile of ``mode`` (walk, bike or car); ValueError names the modes otherwise."""
    try:
        return _PROFILES[mode.strip().lower()]
    except KeyError:
        raise ValueError(f"unknown mode {mode!r}; use one of {', '.join(MODES)}") from None
