"""The difference map of two scenarios: where coverage is gained and where it is lost.

A table of shares says that Lohja's in-between area goes from 6 % to 9 %; the planner then asks *where*: which
places a proposal newly reaches, and which it leaves (a stop moved, a layer hidden, a radius cut).  Per zone of
the chosen kind (default the in-between areas), the sample cells covered in the second scenario and not in the
first are "gained", those covered in the first and not in the second "lost".  A cell counts whole where its
centre is covered (the rule of :mod:`layers.siting.unique`, so the people here add up exactly; the refined table
differs from them by the cells a radius edge cuts).  Cells are merged into one polygon per zone and change, its
outline following the sample grid, clipped to the zone.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

import numpy as np

from layers.coverage.gaps import label_polygons
from layers.coverage.zones import IN_BETWEEN
from layers.crs import WORK_CRS
from layers.i18n import QT_TRANSLATE_NOOP, translate
from layers.tasks import CancelledFn, ProgressFn, check_cancelled, never_cancelled, no_progress, sub_progress

if TYPE_CHECKING:
    import geopandas as gpd

    from layers.coverage.inputs import CoverageInputs
    from layers.coverage.network_choice import NetworkRequest
    from layers.coverage.state import CoverageState

CHANGE_LAYER_NAME = QT_TRANSLATE_NOOP("siting", "Coverage change")  # the key; named translated when made
GAINED, LOST = "gained", "lost"
CHANGE_COLOURS = {GAINED: "#1a9641", LOST: "#d7191c"}  # green gained, red lost (the legend's two classes)
CHANGE_FIELDS = ("municipality", "code", "zone", "change", "area_km2", "population", "geometry")


def coverage_change(state: CoverageState, names_a: Sequence[str], names_b: Sequence[str],
                    zone_kinds: Sequence[str] = (IN_BETWEEN,)) -> gpd.GeoDataFrame:
    """Gained (covered by ``names_b``, not ``names_a``) and lost cells of the ``zone_kinds`` zones: one polygon per
    zone and change, with its area (km², the cells' share inside the zone) and people (None: not known)."""
    import geopandas as gpd
    import shapely

    covered_a = state.covered_mask(names=[n for n in names_a if n in state.services])
    covered_b = state.covered_mask(names=[n for n in names_b if n in state.services])
    s, frame = state.samples, state.zones.frame
    recs: list[dict[str, Any]] = []
    for z in np.flatnonzero(np.isin(frame["zone"].astype(str).to_numpy(), list(zone_kinds))):
        grid = s.grids[z]
        in_zone = s.zone == z
        reached = state.pop_reached is not None and bool(state.pop_reached[z])
        for change, mask in ((GAINED, covered_b & ~covered_a), (LOST, covered_a & ~covered_b)):
            sel = in_zone & mask
            cells = sel & (s.ix >= 0)
            if grid is None or not cells.any():
                continue
            labels = np.zeros((grid.ny, grid.nx), dtype=np.int32)
            labels[s.iy[cells], s.ix[cells]] = 1
            poly = shapely.intersection(label_polygons(labels, np.array([1]), grid)[0], frame.geometry.iloc[z])
            if poly.is_empty:
                continue
            recs.append({"municipality": frame["municipality"].iloc[z], "code": frame["code"].iloc[z],
                         "zone": str(frame["zone"].iloc[z]), "change": change,
                         "area_km2": round(float(s.area_w[sel].sum()) / 1e6, 4),
                         "population": round(float(s.pop_w[sel].sum()), 1) if reached else None,
                         "geometry": poly})
    return gpd.GeoDataFrame(recs, columns=list(CHANGE_FIELDS), geometry="geometry", crs=WORK_CRS)


def change_zone_choices(classes: Sequence[str], target: str) -> list[tuple[str, tuple[str, ...]]]:
    """The zones a difference map may cover: each zone class of the zone set on its own, the class the targets
    judge first (the in-between areas, or a zone set's target class), then all of them together.  Pairs of
    (``all`` or the class, the classes)."""
    ordered = [target, *(c for c in classes if c != target)] if target in classes else list(classes)
    return [(c, (c,)) for c in ordered] + ([("all", tuple(classes))] if len(classes) > 1 else [])


def run_compare_and_change(inputs: CoverageInputs, names_a: list[str], names_b: list[str], labels: tuple[str, str],
                           progress: ProgressFn = no_progress, cancelled: CancelledFn = never_cancelled,
                           zone_kinds: Sequence[str] | None = None,
                           along: Sequence[NetworkRequest | None] = (None, None),
                           ) -> tuple[list[dict[str, Any]], gpd.GeoDataFrame]:
    """The window's Compare scenarios task: one engine for both scenarios' layers, then the table per
    municipality x zone (:func:`layers.siting.scenarios.rows_on`) and :func:`coverage_change` over the
    ``zone_kinds`` zones (default: the class the targets judge).  ``along``: per scenario, the network it is
    measured along (:func:`layers.siting.scenarios.network_requests`; None: a straight line), each distinct one
    built here, once."""
    from layers.coverage.engine import CoverageEngine
    from layers.siting.scenarios import PREFIXES, rows_on

    start = 0.0
    if any(r is not None for r in along):
        import dataclasses

        from layers.siting.along import along_specs, build_networks, reaching
        from layers.siting.scenarios import dock_names

        networks = build_networks(along, sub_progress(progress, 0.0, 0.2), cancelled)
        services = list(inputs.services)
        for names, prefix, request in zip((names_a, names_b), PREFIXES, along, strict=False):
            if request is None:
                continue
            mine = [s for s in services if s.name in names]
            services = [s for s in services if s.name not in names] + along_specs(
                inputs, mine, networks[request.choice.layer], request.choice, dock_names(names, prefix))
        inputs = dataclasses.replace(inputs, services=services)
        start = 0.2
    engine = CoverageEngine.prepare(inputs, sub_progress(progress, start, 1.0), cancelled)
    check_cancelled(cancelled)
    for names, request in zip((names_a, names_b), along, strict=False):
        if request is not None:
            reaching([s for s in inputs.services if s.name in names], engine.services, request.choice,
                     engine.warnings)
    rows = rows_on(engine, inputs, names_a, names_b, labels)
    out = coverage_change(engine, names_a, names_b, tuple(zone_kinds or (inputs.zones.target,)))
    progress(1.0, translate("progress", "done"))
    return rows, out


def change_style() -> Any:
    """The difference map's style: filled by ``change``, gained green and lost red, in the legend in that order."""
    from layers.model import Style

    return Style(fill="#868e96", stroke="#495057", width=0.5, fill_opacity=0.6, category_field="change",
                 categories=tuple(CHANGE_COLOURS.items()))
