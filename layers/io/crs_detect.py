"""Which CRS do these coordinates belong to?  Checks a declared CRS and detects one from coordinate ranges.

Works on per-feature bounding boxes (``shapely.bounds``: an ``(n, 4)`` array of xmin, ymin, xmax, ymax) so a
few bad features do not spoil the verdict for the rest:

* :func:`declared_fit` -- which features lie where the declared CRS is valid (geographic: lon -180..180,
  lat -90..90; projected: its area of use, widened by its own size on every side).
* :func:`detect_crs` -- the candidate that fits most features among the CRSs used for Finnish data, in this
  order of preference: WGS84 lon/lat in/near Finland, WGS84 with latitude and longitude swapped, EPSG:3067
  (ETRS-TM35FIN), the ETRS-GK zones EPSG:3873-3885 (GK19-GK31, false easting = zone x 1 000 000 + 500 000),
  the old KKJ zones EPSG:2391-2394 (zone 3 = YKJ, EPSG:2393), Web Mercator EPSG:3857, then WGS84 anywhere.

A candidate is accepted when at least :data:`MIN_FIT` of the features fit it; the caller skips (and counts)
the rest.  Nothing fitting is the caller's cue to raise a :class:`~layers.errors.UserError` naming the
coordinate range and asking for the CRS: data is never silently placed in the wrong spot.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

import numpy as np

MIN_FIT = 0.9  # share of features that must fit a CRS for it to be used

# Northing of Finland (with a margin) in TM35FIN, the GK zones and KKJ: all are transverse Mercator grids whose
# northings at Finnish latitudes lie between about 6.6 and 7.8 million metres.
_N_MIN, _N_MAX = 6_450_000.0, 7_900_000.0


@dataclass(frozen=True)
class Candidate:
    crs: str  # "EPSG:nnnn"
    label: str  # human-readable name
    xmin: float
    ymin: float
    xmax: float
    ymax: float
    swapped: bool = False  # coordinates are (lat, lon) and must be swapped to (lon, lat)

    def fit(self, bounds: np.ndarray) -> np.ndarray:
        """Boolean mask of the rows of ``bounds`` that lie inside this candidate's coordinate window."""
        if len(bounds) == 0:
            return np.zeros(0, dtype=bool)
        with np.errstate(invalid="ignore"):
            return (
                (bounds[:, 0] >= self.xmin) & (bounds[:, 2] <= self.xmax)
                & (bounds[:, 1] >= self.ymin) & (bounds[:, 3] <= self.ymax)
            )


def _gk_zones() -> list[Candidate]:
    out = []
    for zone in range(19, 32):  # GK19FIN = EPSG:3873 ... GK31FIN = EPSG:3885
        base = zone * 1_000_000.0
        out.append(Candidate(f"EPSG:{3873 + zone - 19}", f"ETRS89 / GK{zone}FIN", base + 50_000, _N_MIN,
                             base + 950_000, _N_MAX))
    return out


def _kkj_zones() -> list[Candidate]:
    out = []
    for zone, code in ((1, 2391), (2, 2392), (3, 2393), (4, 2394)):
        base = zone * 1_000_000.0
        label = "KKJ / Finland Uniform Coordinate System (YKJ)" if zone == 3 else f"KKJ / Finland zone {zone}"
        out.append(Candidate(f"EPSG:{code}", label, base + 50_000, _N_MIN, base + 950_000, _N_MAX))
    return out


CANDIDATES: tuple[Candidate, ...] = (
    Candidate("EPSG:4326", "WGS84 longitude/latitude", 10.0, 54.0, 40.0, 72.0),
    Candidate("EPSG:4326", "WGS84 with latitude and longitude swapped", 54.0, 10.0, 72.0, 40.0, swapped=True),
    Candidate("EPSG:3067", "ETRS89 / TM35FIN", -150_000.0, _N_MIN, 1_000_000.0, _N_MAX),
    *_gk_zones(),
    *_kkj_zones(),
    Candidate("EPSG:3857", "WGS84 / Pseudo-Mercator (web map)", 500_000.0, 7_000_000.0, 5_000_000.0, 12_000_000.0),
    Candidate("EPSG:4326", "WGS84 longitude/latitude (outside Finland)", -180.0, -90.0, 180.0, 90.0),
)
KNOWN_CRS_TEXT = "WGS84 (EPSG:4326), TM35FIN (EPSG:3067), GK19-GK31 (EPSG:3873-3885), KKJ (EPSG:2391-2394), EPSG:3857"


@dataclass(frozen=True)
class Detection:
    candidate: Candidate
    mask: np.ndarray  # features that fit

    @property
    def fraction(self) -> float:
        return float(self.mask.mean()) if len(self.mask) else 1.0


def detect_crs(bounds: np.ndarray) -> Detection | None:
    """The best candidate for ``bounds`` (see the module docstring), or None if none fits :data:`MIN_FIT`."""
    best: Detection | None = None
    for cand in CANDIDATES:
        det = Detection(cand, cand.fit(bounds))
        if best is None or det.fraction > best.fraction:
            best = det
    if best is None or best.fraction < MIN_FIT or not best.mask.any():
        return None
    return best


def finland_swapped(bounds: np.ndarray) -> Detection | None:
    """Lon/lat data that only makes sense with its axes swapped (it lies in the Arabian Sea instead of Finland)."""
    lonlat, swapped = CANDIDATES[0], CANDIDATES[1]
    if len(bounds) == 0 or lonlat.fit(bounds).any():
        return None
    det = Detection(swapped, swapped.fit(bounds))
    return det if det.fraction >= MIN_FIT else None


def declared_fit(crs: object, bounds: np.ndarray) -> np.ndarray:
    """Mask of the features whose coordinates can be in ``crs`` (a pyproj CRS)."""
    return window_fit(fit_window(crs), bounds)


def fit_window(crs: object) -> Candidate | None:
    """The coordinates a feature in ``crs`` (a pyproj CRS) can have: lon/lat for a geographic CRS, else its area
    of use with a margin as wide; None where no area of use is known (any finite coordinates)."""
    from pyproj import CRS

    c = CRS.from_user_input(crs)
    if c.is_geographic:
        return Candidate("", "", -180.0, -90.0, 180.0, 90.0)
    got = _area_of_use_bounds(c.to_wkt())
    if got is None:
        return None
    x0, y0, x1, y1 = got
    margin = max(x1 - x0, y1 - y0)
    return Candidate("", "", x0 - margin, y0 - margin, x1 + margin, y1 + margin)


def window_fit(window: Candidate | None, bounds: np.ndarray) -> np.ndarray:
    """Mask of the features whose bounds are finite and inside ``window`` (:func:`fit_window`; None: anywhere)."""
    finite = np.isfinite(bounds).all(axis=1) if len(bounds) else np.zeros(0, dtype=bool)
    return finite if window is None else finite & window.fit(bounds)


@functools.lru_cache(maxsize=32)
def _area_of_use_bounds(wkt: str) -> tuple[float, float, float, float] | None:
    """The CRS's area of use in its own coordinates (None: none known, or not transformable).  Kept per CRS: a
    transformer costs some 65 ms to make, and every file read asks this of its CRS (mostly the same one)."""
    from pyproj import CRS

    c = CRS.from_wkt(wkt)
    aou = c.area_of_use
    if aou is None:
        return None
    try:
        from layers.crs import transformer

        epsg = c.to_epsg()  # the cached transformer: a read projecting from WGS84 to EPSG:3067 made it already
        t = transformer("EPSG:4326", f"EPSG:{epsg}" if epsg else c.to_wkt())
        x0, y0, x1, y1 = t.transform_bounds(*aou.bounds)
    except Exception:
        return None
    if not all(np.isfinite([x0, y0, x1, y1])):
        return None
    return float(x0), float(y0), float(x1), float(y1)


def crs_code(crs: object) -> str:
    """``EPSG:nnnn`` where the CRS has a code, else its name."""
    from pyproj import CRS

    c = CRS.from_user_input(crs)
    epsg = c.to_epsg()
    return f"EPSG:{epsg}" if epsg else c.name


def describe_range(bounds: np.ndarray) -> str:
    """``x a..b, y c..d`` of the finite part of ``bounds`` (for error messages)."""
    ok = bounds[np.isfinite(bounds).all(axis=1)] if len(bounds) else bounds
    if len(ok) == 0:
        return "no finite coordinates"
    return (f"x {ok[:, 0].min():.6g}..{ok[:, 2].max():.6g}, y {ok[:, 1].min():.6g}..{ok[:, 3].max():.6g}")
