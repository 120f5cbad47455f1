"""The coverage curve's numbers, without Qt: share covered against one layer's radius, per zone kind or zone.

The Coverage dock plots the curve of the layer whose slider moved last: its radius runs from 0 to 10 km while the
other layers of its sector (transport or energy) stay at their radii.  The curve is the sector's share, not the
combined one of every layer: each sector is judged against its own target, so that is the number a slider moves
towards the target (a transport slider on a curve lifted by the power plants would promise a pass it cannot give).
With no zone selected the curve has one series per zone kind (hot spots, in-between areas) over the region;
with a zone selected, one per zone of that zone's municipality.
:class:`app.coverage.curve.CoverageCurve` only draws a :class:`CurveData`.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np

from layers.coverage.labels import zone_word
from layers.coverage.verdict import sector_word
from layers.coverage.zones import HOTSPOT, IN_BETWEEN
from layers.i18n import translate

if TYPE_CHECKING:
    from collections.abc import Mapping

    from layers.coverage.engine import CoverageEngine, RadiusQuery
    from layers.names import PlaceName

ZONE_COLOURS = {HOTSPOT: "#e8590c", IN_BETWEEN: "#2f9e44"}
OTHER_ZONE_COLOUR = "#1c7ed6"
CLASS_COLOURS = ("#e8590c", "#1c7ed6", "#7048e8", "#868e96")  # a zone set's classes (its target class: green)


@dataclass(frozen=True)
class CurveSeries:
    label: str  # the zone kind or class as the legend writes it, in the interface language (labels.zone_word)
    shares: tuple[float, ...]  # covered share 0..1 per radius of the curve's ``radii_m`` (NaN: no data)
    colour: str


@dataclass(frozen=True)
class CurveData:
    """What the plot shows: the radii (m), one series per zone kind or zone, a title, and the marker (the moved
    layer's current radius; None: no marker)."""

    radii_m: tuple[float, ...] = ()
    series: tuple[CurveSeries, ...] = ()
    title: str = ""
    marker_m: float | None = None

    def marker_shares(self) -> dict[str, float | None]:
        """Each series' share at the marker (what the plot's dots show)."""
        if self.marker_m is None:
            return {}
        return {s.label: share_at(self.radii_m, s.shares, self.marker_m) for s in self.series}


NO_CURVE = CurveData()


def share_at(radii_m: tuple[float, ...] | list[float], shares: tuple[float, ...], radius_m: float) -> float | None:
    """Linear interpolation of a curve at ``radius_m`` (None outside the data or where it is NaN)."""
    if not radii_m or radius_m < radii_m[0] or radius_m > radii_m[-1]:
        return None
    for k in range(1, len(radii_m)):
        if radius_m <= radii_m[k]:
            r0, r1 = radii_m[k - 1], radii_m[k]
            s0, s1 = shares[k - 1], shares[k]
            t = 0.0 if r1 == r0 else (radius_m - r0) / (r1 - r0)
            value = s0 + t * (s1 - s0)
            return None if math.isnan(value) else value
    value = shares[0]
    return None if math.isnan(value) else value


def slider_curve(engine: CoverageEngine, query: RadiusQuery, curve_radii_m: list[float], layer: str,
                 radius_m: float, others: list[str], selected: int | None, sector: str = "",
                 places: Mapping[str, PlaceName] | None = None) -> CurveData:
    """The curve of ``layer`` (now at ``radius_m``) from its prepared slider ``query`` (the other layers of its
    ``sector``, named in ``others``, at their radii): of the region per zone kind, or of the municipality of zone
    ``selected`` (named as ``places``, :func:`layers.names.name_lookup`, names it in the interface language)."""
    frame = engine.zones.frame
    radii = np.asarray(curve_radii_m, dtype=float)
    covered, _ = query.curve(radii)
    area = engine.zone_area
    zones = frame["zone"].to_numpy()
    munis = frame["municipality"].to_numpy()
    series = []
    if selected is not None and 0 <= selected < len(frame):
        muni = munis[selected]
        for k in np.flatnonzero((munis == muni) & (area > 0)):
            shares = np.clip(covered[k] / area[k], 0.0, 1.0)
            series.append(CurveSeries(zone_word(str(zones[k])), tuple(shares),
                                      ZONE_COLOURS.get(str(zones[k]), OTHER_ZONE_COLOUR)))
        where = places[str(muni)].label if places and str(muni) in places else str(muni)
    else:
        target = engine.zones.target
        for n, zone in enumerate(engine.zones.classes):  # hot spot / in-between, or a zone set's classes
            sel = (zones == zone) & (area > 0)
            if sel.any():
                shares = np.clip(np.minimum(covered[sel], area[sel, None]).sum(axis=0) / area[sel].sum(), 0, 1)
                colour = ZONE_COLOURS.get(zone) or (ZONE_COLOURS[IN_BETWEEN] if zone == target else
                                                    CLASS_COLOURS[n % len(CLASS_COLOURS)])
                series.append(CurveSeries(zone_word(zone), tuple(shares), colour))
        where = translate("coverage", "Region")
    return CurveData(tuple(radii.tolist()), tuple(series), curve_title(where, layer, others, sector), radius_m)


def curve_title(where: str, layer: str, others: list[str], sector: str = "") -> str:
    """"Region: share covered vs radius of Stops (other transport layers at their radii: Route)", in the
    interface language."""
    if others and sector:
        suffix = translate("coverage", " (other {sector} layers at their radii: {layers})").format(
            sector=sector_word(sector), layers=", ".join(others))
    elif others:
        suffix = translate("coverage", " (other layers at their radii: {layers})").format(layers=", ".join(others))
    else:
        suffix = translate("coverage", " ({sector} layers: only this one)").format(sector=sector_word(sector)) \
            if sector else ""
    return translate("coverage", "{where}: share covered vs radius of {layer}{others}").format(
        where=where, layer=layer, others=suffix)
