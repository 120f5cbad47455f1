"""The Coverage dock: compute once in the background, then answer every radius slider move from prepared data.

Analysis > Coverage check… opens the dock.  *Compute* runs :func:`layers.coverage.run` through the window's task
runner (progress + Cancel) and then prepares every sample's distance, so that each slider move is a binary
search per zone (no geometry).  The table shows each municipality's hot spot and in-between coverage and whether
it meets the target share; the gap list (uncovered in-between areas, most people first) zooms the map to a gap
on click; the gaps are also a map layer, updated when a slider is released.  Municipalities are coloured pass /
fail on the map (layer "Coverage pass/fail"), a small plot shows the coverage curve (share against radius) of the
selected municipality or of the region, and transport lines give a "Hot-spot links" network with the isolated hot
spots listed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDockWidget,
    QDoubleSpinBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSlider,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.coverage_curve import CoverageCurve, CurveSeries
from app.coverage_map import (
    LINKS_LAYER_NAME,
    PASS_FAIL_LAYER_NAME,
    links_style,
    municipality_outlines,
    pass_fail_frame,
    pass_fail_style,
    upsert_layer,
)
from layers.model import LayerKind

if TYPE_CHECKING:
    import geopandas as gpd

    from layers.coverage import CoverageEngine, CoverageResult, PreparedCheck

SLIDER_MIN_M, SLIDER_MAX_M, SLIDER_STEP_M = 50, 10_000, 50
SECTORS = (LayerKind.TRANSPORT.value, LayerKind.ENERGY.value)  # the kinds that are services: the engine's sectors
GAP_LAYER_NAME = "Coverage gaps"
ZONE_COLOURS = {"hotspot": "#e8590c", "in-between": "#2f9e44"}
COLUMNS = ("Municipality", "Zone", "Area km²", "Covered %", "People covered %", "Target")


def _coverage_task(inputs: Any, progress: Any, cancelled: Any) -> PreparedCheck:
    from layers.coverage import prepare_check

    return prepare_check(inputs, progress, cancelled)


class CoveragePanel(QWidget):
    def __init__(self, window: Any) -> None:
        super().__init__()
        self.main_window = window
        self.result: CoverageResult | None = None
        self.engine: CoverageEngine | None = None  # the prepared check that answers the sliders
        self.sliders: dict[str, QSlider] = {}
        self._queries: dict[str, Any] = {}
        self._radii: dict[str, float] = {}
        self._marker_name: str | None = None
        self._outlines: gpd.GeoDataFrame | None = None
        self._shown_passes: dict[str, bool] | None = None
        self.passes: dict[str, bool] = {}
        self.shares: dict[str, float | None] = {}  # the share of the sector furthest below its target
        self.share_targets: dict[str, float] = {}  # that sector's target
        self.sector_notes: dict[str, str] = {}  # every sector's share and target, for tooltips and the map
        self._sector_cache: dict[str, tuple[Any, Any]] = {}
        self._current: tuple[Any, CoverageResult] | None = None
        self._computed_targets: dict[str, float] = {}
        self._sector_queries: dict[tuple, Any] = {}
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.compute_button = QPushButton("Compute")
        self.compute_button.clicked.connect(self.compute)
        top.addWidget(self.compute_button)
        top.addWidget(QLabel("Targets:"))
        self.targets: dict[str, QDoubleSpinBox] = {}
        for sector in SECTORS:
            box = QDoubleSpinBox()
            box.setRange(0, 100)
            box.setSuffix(" %")
            box.setValue(90)
            box.setToolTip(f"share of each in-between area (people where known, else area) that the {sector} "
                           "layers must reach for the municipality to pass")
            box.valueChanged.connect(lambda _v: self._refresh())
            top.addWidget(QLabel(sector.capitalize()))
            top.addWidget(box)
            self.targets[sector] = box
        self.target = self.targets["transport"]
        top.addStretch(1)
        layout.addLayout(top)
        self.status = QPlainTextEdit("Mark layers as transport or energy, give them a radius, then Compute.")
        self.status.setReadOnly(True)
        self.status.setFixedHeight(64)
        layout.addWidget(self.status)
        self.slider_box = QVBoxLayout()
        layout.addLayout(self.slider_box)
        self.summary = QLabel("")
        self.summary.setWordWrap(True)
        self.summary.setMinimumHeight(40)
        layout.addWidget(self.summary)
        self.curve = CoverageCurve()
        layout.addWidget(self.curve)
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setHorizontalHeaderLabels(COLUMNS)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.table.itemSelectionChanged.connect(self._update_curve)
        layout.addWidget(self.table, 2)
        layout.addWidget(QLabel("Gaps in the in-between areas (click to zoom):"))
        self.gap_list = QListWidget()
        self.gap_list.itemClicked.connect(self._zoom_to_gap)
        layout.addWidget(self.gap_list, 1)
        self.isolated = QLabel("")
        self.isolated.setWordWrap(True)
        layout.addWidget(self.isolated)

    # ---- compute --------------------------------------------------------------------------------------------
    def inputs(self):  # type: ignore[no-untyped-def]
        from layers.coverage import CoverageInputs, ServiceSpec, zones_from_document
        from layers.errors import UserError

        doc = self.main_window.document
        services = [ServiceSpec(lyr.name, lyr.data, float(lyr.radius_m or 800.0), lyr.kind.value)
                    for lyr in doc.service_layers() if len(lyr.data)]
        if not services:
            raise UserError("no transport or energy layer with features: load one and set its kind")
        pop = doc.settlement_layer.data if "population" in doc.settlement_layer.data.columns else None
        return CoverageInputs(zones_from_document(doc), services, population=pop,
                              targets=self._targets({s.sector for s in services}))

    def _targets(self, sectors: set[str]) -> dict[str, float]:
        """The targets of the sectors that have layers (a sector without layers is not judged)."""
        return {sector: box.value() / 100.0 for sector, box in self.targets.items() if sector in sectors}

    def current_result(self) -> CoverageResult | None:
        """The result at the sliders' radii and the current targets (what exports show), computed exactly (with
        refinement) from the prepared engine and kept until a slider or target changes."""
        result = self.result
        if result is None or self.engine is None:
            return result
        engine = self.engine
        targets = self._targets({svc.spec.sector for n, svc in engine.services.items() if n in self._radii})
        key = (tuple(sorted(self._radii.items())), tuple(sorted(targets.items())))
        if self._current is None or self._current[0] != key:
            if key[0] == tuple(sorted(result.radii_m.items())) and targets == self._computed_targets:
                current = result
            else:
                current = engine.evaluate(radii=self._radii, names=list(self._radii), targets=targets)
                current.gaps = getattr(self, "gaps", None)
                current.connections = self._connections()
                current.curve_radii_m, current.curves = result.curve_radii_m, result.curves
            self._current = (key, current)
        return self._current[1]

    def compute(self) -> None:
        try:
            inputs = self.inputs()
        except Exception as exc:
            self.status.setPlainText(str(exc))
            return
        self.compute_button.setEnabled(False)
        self.status.setPlainText("Computing…")
        self._computed_targets = dict(inputs.targets)
        self.main_window.task_runner.start("Coverage check", _coverage_task, inputs, on_done=self._done,
                                      on_error=self._failed)

    def _failed(self, exc: BaseException) -> None:
        self.compute_button.setEnabled(True)
        self.status.setPlainText(f"Coverage check failed: {exc}")

    def _done(self, check: PreparedCheck) -> None:
        self.compute_button.setEnabled(True)
        self.engine, self.result = check.engine, check.result
        result = check.result
        self._radii = dict(result.radii_m)
        self._queries.clear()
        self._current = None
        self._sector_cache.clear()
        self._sector_queries.clear()
        if self.engine is not None:
            present = {svc.spec.sector for n, svc in self.engine.services.items() if n in self._radii}
            for sector, box in self.targets.items():
                box.setEnabled(sector in present)
        self._marker_name = next(iter(self._radii), None)
        self._outlines = None
        self._shown_passes = None
        if self.engine is not None:
            try:
                self._outlines = municipality_outlines(self.engine.zones.frame)
            except Exception as exc:  # a map colouring problem must not hide the numbers
                result.warnings.append(f"pass/fail map not available: {exc}")
        self._build_sliders()
        note = f"Method: {result.method}."
        if self.main_window.document.region.schematic:
            note += " Schematic region: areas are approximate."
        if result.warnings:
            note += " Warnings: " + "; ".join(result.warnings)
        self.status.setPlainText(note)
        self._refresh()
        self._show_gaps()
        self._show_links()
        self._update_curve()

    # ---- sliders --------------------------------------------------------------------------------------------
    def _build_sliders(self) -> None:
        while self.slider_box.count():
            item = self.slider_box.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.sliders.clear()
        for name, radius in self._radii.items():
            row = QWidget()
            row.setMinimumHeight(28)
            h = QHBoxLayout(row)
            h.setContentsMargins(0, 0, 0, 0)
            h.addWidget(QLabel(name))
            slider = QSlider(Qt.Orientation.Horizontal)
            slider.setRange(SLIDER_MIN_M // SLIDER_STEP_M, SLIDER_MAX_M // SLIDER_STEP_M)
            slider.setValue(max(1, round(min(radius, SLIDER_MAX_M) / SLIDER_STEP_M)))
            value = QLabel(f"{radius:,.0f} m")
            slider.valueChanged.connect(lambda v, n=name, lab=value: self.set_radius(n, v * SLIDER_STEP_M, lab))
            slider.sliderReleased.connect(self._show_gaps)
            slider.sliderReleased.connect(self._show_links)
            h.addWidget(slider, 1)
            h.addWidget(value)
            self.slider_box.addWidget(row)
            self.sliders[name] = slider

    def set_radius(self, name: str, radius: float, label: QLabel | None = None) -> None:
        """Answer a radius change from the prepared distances (no geometry)."""
        self._radii[name] = float(radius)
        self._marker_name = name
        if label is not None:
            label.setText(f"{radius:,.0f} m")
        for other in list(self._queries):
            if other != name:
                del self._queries[other]  # other radii changed: their slider index is stale
        self._refresh(changed=name)
        self._update_curve()
        slider = self.sliders.get(name)
        if slider is not None and not slider.isSliderDown():
            self._show_gaps()
            self._show_links()

    # ---- display --------------------------------------------------------------------------------------------
    def _sector_cover(self, changed: str | None, area: Any, people: Any) -> dict[str, tuple[Any, Any]]:
        """Covered area and people per zone for each sector present, at the sliders' radii.  A sector's answer is
        kept until one of its own sliders moves; the moved layer's sector is answered from its prepared slider."""
        engine: Any = self.engine
        present = {sector: [n for n in self._radii if engine.services[n].spec.sector == sector]
                   for sector in SECTORS}
        present = {sector: names for sector, names in present.items() if names}
        if len(present) == 1:  # one sector: its cover is the total
            return {next(iter(present)): (area, people)}
        out = {}
        for sector, names in present.items():
            radii = tuple((n, self._radii[n]) for n in names)
            kept = self._sector_cache.get(sector)
            if kept is None or kept[0] != radii:
                if changed in names:
                    key = (sector, changed, tuple(r for r in radii if r[0] != changed))
                    if key not in self._sector_queries:
                        self._sector_queries = {k: v for k, v in self._sector_queries.items() if k[0] != sector}
                        self._sector_queries[key] = engine.slider(changed, self._radii, names)
                    value = self._sector_queries[key].query(self._radii[changed])
                else:
                    value = engine.per_zone(engine.covered_mask(self._radii, names))
                kept = (radii, value)
                self._sector_cache[sector] = kept
            out[sector] = kept[1]
        return out

    def _query(self, name: str) -> Any:
        """The prepared slider of layer ``name`` at the other layers' current radii (one sort, then kept)."""
        if name not in self._queries:
            engine: Any = self.engine
            self._queries[name] = engine.slider(name, self._radii, list(self._radii))
        return self._queries[name]

    def _per_zone(self, changed: str | None):  # type: ignore[no-untyped-def]
        engine: Any = self.engine
        if changed is not None:
            return self._query(changed).query(self._radii[changed])
        return engine.per_zone(engine.covered_mask(self._radii, list(self._radii)))

    def _refresh(self, changed: str | None = None) -> None:
        if self.result is None or self.engine is None:
            return
        engine = self.engine
        area, people = self._per_zone(changed)
        pop = engine.zone_population()
        frame = engine.zones.frame
        sectors = self._sector_cover(changed, area, people)
        targets = {sector: self.targets[sector].value() / 100.0 for sector in sectors}
        self.table.setRowCount(len(frame))
        self.passes, self.shares, self.share_targets, self.sector_notes = {}, {}, {}, {}
        total_a = total_c = 0.0
        for i, (muni, zone) in enumerate(zip(frame["municipality"], frame["zone"], strict=True)):
            a = engine.zone_area[i]
            share = area[i] / a if a > 0 else None
            has_pop = pop is not None and engine.pop_reached is not None and engine.pop_reached[i] and pop[i] > 0
            pshare = people[i] / pop[i] if has_pop and pop is not None else None
            # per sector: people within reach where known, else area, against that sector's target
            measured = {}
            for sector, (s_area, s_people) in sectors.items():
                m = (s_people[i] / pop[i] if has_pop and pop is not None else
                     s_area[i] / a if a > 0 else None)
                if m is not None:
                    measured[sector] = min(float(m), 1.0)
            ok = None if not measured else all(measured[k] + 1e-12 >= targets[k] for k in measured)
            note = "; ".join(f"{k} {100 * v:.1f} % (target {100 * targets[k]:g} %)" for k, v in measured.items())
            if zone == "in-between" and ok is not None:
                binding = min(measured, key=lambda k: measured[k] - targets[k])
                self.passes[muni] = ok
                self.shares[muni] = measured[binding]
                self.share_targets[muni] = targets[binding]
                self.sector_notes[muni] = note
            total_a += a
            total_c += min(area[i], a)
            cells = (muni, zone, f"{a / 1e6:,.2f}", "—" if share is None else f"{100 * min(share, 1):.1f}",
                     "—" if pshare is None else f"{100 * min(pshare, 1):.1f}",
                     "—" if ok is None else ("pass" if ok else "fail"))
            for j, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if j == 5 and ok is not None:
                    item.setForeground(Qt.GlobalColor.darkGreen if ok else Qt.GlobalColor.red)
                    item.setToolTip(note)
                self.table.setItem(i, j, item)
        failing = sorted(m for m, ok in self.passes.items() if not ok)
        self.summary.setText(
            f"Covered: {total_c / 1e6:,.1f} of {total_a / 1e6:,.1f} km² ({100 * total_c / max(total_a, 1):.1f} %). "
            f"In-between areas below target ({', '.join(f'{k} {100 * v:g} %' for k, v in targets.items())}): "
            f"{len(failing)} of {len(self.passes)}" + (f" ({', '.join(failing[:8])}…)" if len(failing) > 8 else
                                                        f" ({', '.join(failing)})" if failing else ""))
        if changed is None or self.passes != self._shown_passes:
            self._show_pass_fail()

    def _show_pass_fail(self) -> None:
        """Colour the municipalities pass/fail on the map (the in-between verdict, as in the table)."""
        if self._outlines is None or not self.passes:
            return
        data = pass_fail_frame(self._outlines, self.passes, self.shares, self.share_targets, self.sector_notes)
        upsert_layer(self.main_window.document.layers, PASS_FAIL_LAYER_NAME, data, style=pass_fail_style(),
                     source="coverage check",
                     note="derived from the coverage check: in-between share (people where known) vs the target")
        self._shown_passes = dict(self.passes)

    # ---- coverage curve -------------------------------------------------------------------------------------
    def marker_radius(self) -> float | None:
        return self._radii.get(self._marker_name) if self._marker_name is not None else None

    def selected_zone(self) -> int | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return rows[0].row() if rows else None

    def _update_curve(self) -> None:
        """The curve of the layer whose slider moved last (the first layer until one moves): share covered as
        its radius runs from 0 to 10 km with the other layers at their current radii, for the selected
        municipality's zones or for the region."""
        result = self.result
        name = self._marker_name
        if result is None or self.engine is None or name is None or not result.curve_radii_m:
            self.curve.set_curves([], [], "")
            return
        import numpy as np

        engine = self.engine
        frame = engine.zones.frame
        radii = np.asarray(result.curve_radii_m, dtype=float)
        covered, _ = self._query(name).curve(radii)
        area = engine.zone_area
        zones = frame["zone"].to_numpy()
        munis = frame["municipality"].to_numpy()
        others = [n for n in self._radii if n != name]
        suffix = f" (others at their radii: {', '.join(others)})" if others else ""
        i = self.selected_zone()
        series = []
        if i is not None and i < len(frame):
            muni = munis[i]
            for k in np.flatnonzero((munis == muni) & (area > 0)):
                shares = np.clip(covered[k] / area[k], 0.0, 1.0)
                series.append(CurveSeries(str(zones[k]), tuple(shares), ZONE_COLOURS.get(str(zones[k]), "#1c7ed6")))
            where = str(muni)
        else:
            for zone in ("hotspot", "in-between"):
                sel = (zones == zone) & (area > 0)
                if sel.any():
                    shares = np.clip(np.minimum(covered[sel], area[sel, None]).sum(axis=0) / area[sel].sum(), 0, 1)
                    series.append(CurveSeries(zone, tuple(shares), ZONE_COLOURS[zone]))
            where = "Region"
        self.curve.set_curves(radii.tolist(), series, f"{where}: share covered vs radius of {name}{suffix}")
        self.curve.set_marker(self.marker_radius())

    # ---- hot-spot links -------------------------------------------------------------------------------------
    def _connections(self) -> Any:
        """Hot-spot links at the current radii of the transport line layers (None without such layers)."""
        result = self.result
        if result is None or self.engine is None:
            return None
        from layers.coverage.connections import hotspot_connections

        engine = self.engine
        lines = [(n, svc.spec.data, self._radii.get(n, svc.spec.radius_m)) for n, svc in engine.services.items()
                 if svc.spec.sector == "transport" and n in self._radii]
        if not len(engine.zones.hotspots) or not any(
                d.geom_type.isin(["LineString", "MultiLineString"]).any() for _, d, _ in lines):
            return None
        return hotspot_connections(engine.zones.hotspots, lines)

    def _show_links(self) -> None:
        conn = self._connections()
        if conn is None or conn.lines is None:
            layers = self.main_window.document.layers
            stale = next((lyr for lyr in layers if lyr.name == LINKS_LAYER_NAME), None)
            if stale is not None:  # a previous check's network no longer applies
                layers.remove(stale)
            self.isolated.setText("Hot-spot links: need a transport layer with lines (routes)." if self.result
                                  else "")
            return
        upsert_layer(self.main_window.document.layers, LINKS_LAYER_NAME, conn.lines, style=links_style(),
                     source="coverage check",
                     note="derived from the coverage check: hot spots linked by a transport line passing within "
                          "its radius of both (at the radii of the sliders)")
        iso = conn.isolated
        self.isolated.setText(
            f"Hot-spot links: {len(conn.edges)} links between {len(conn.names) - len(iso)} hot spots. "
            + (f"Isolated ({len(iso)}): {', '.join(iso[:30])}{'…' if len(iso) > 30 else ''}" if iso
               else "No isolated hot spots."))

    def _show_gaps(self) -> None:
        if self.result is None or self.engine is None:
            return
        from layers.model import Layer, LayerKind, Style

        gaps = self.engine.gaps(self._radii, list(self._radii))
        self.gaps = gaps
        self.gap_list.clear()
        for rec in gaps.head(200).itertuples():
            people = "" if rec.population is None else f", {int(rec.population):,} people"
            item = QListWidgetItem(f"{rec.municipality}: {rec.area_km2:,.2f} km²{people}, "
                                   f"{rec.distance_m:,.0f} m to service")
            item.setData(Qt.ItemDataRole.UserRole, tuple(float(v) for v in rec.geometry.bounds))
            self.gap_list.addItem(item)
        doc = self.main_window.document
        layer = next((lyr for lyr in doc.layers if lyr.name == GAP_LAYER_NAME), None)
        if layer is None:
            layer = Layer(gaps, GAP_LAYER_NAME, kind=LayerKind.OTHER, source="coverage check",
                          style=Style(fill="#343a40", stroke="#212529", width=0.5, fill_opacity=0.3),
                          note="uncovered in-between areas at the current radii")
            doc.layers.append(layer)
        else:
            layer.data = gaps
        self._show_pass_fail()

    def _zoom_to_gap(self, item: QListWidgetItem) -> None:
        bounds = item.data(Qt.ItemDataRole.UserRole)
        if bounds:
            self.main_window.canvas.zoom_to_extent(bounds, margin=0.3)


def install(window: Any) -> None:
    panel = CoveragePanel(window)
    dock = QDockWidget("Coverage", window)
    dock.setObjectName("coverage_dock")
    dock.setWidget(panel)
    panel.setMinimumWidth(460)
    window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
    dock.hide()
    window.coverage_panel = panel

    def open_panel() -> None:
        dock.show()
        dock.raise_()

    window.add_action("coverage", "&Coverage check…", open_panel, menu="analysis")
