"""Draw a :class:`~layers.document.MapDocument` onto any QPaintDevice (widget, QImage, QPdfWriter, QSvgGenerator).

``MapPainter(document).paint(painter, target, extent)`` fits ``extent`` (EPSG:3067 metres) into ``target`` keeping
the aspect ratio and draws the offline base map (sea + land from ``document.land``) and the visible layers bottom
(index 0) to top with their :class:`~layers.model.Style`, then their labels.

Speed: geometry is cached per layer and per zoom level (see :mod:`app.render.geometry_cache`) as QPainterPaths in map
coordinates, drawn through one world->target transform; a layer's cache is dropped only on its ``data`` event.
On raster devices points are stamped into an image with numpy (100,000 points in a few milliseconds); on vector
devices (PDF, SVG) they are drawn as vector circles.

This module holds the order of drawing and the caches; the pieces live beside it: the transform in
:mod:`app.render.view`, pens and strokes in :mod:`app.render.strokes`, point symbols in :mod:`app.render.points`
and labels in :mod:`app.render.labels` (placed by :mod:`layers.labelling`, after every layer is drawn, avoiding the
boxes the caller names).  ``fit_extent`` and ``ViewTransform`` are importable from here too.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QPainter, QPen

from app.qt_compat import protect_none_refcount
from app.render.geometry_cache import LayerGeometry, zoom_level
from app.render.labels import MapLabels
from app.render.points import paint_points
from app.render.prepare import NO_LABELS, Need, Outline, Preparation, region_outline
from app.render.strokes import area_brush, device_scale, draw_path, line_width, qt_colour
from app.render.view import ViewTransform, fit_extent, in_view
from layers.crs import Extent
from layers.model import LayerEvent, LayerListEvent, Style

protect_none_refcount()  # PySide6 6.12 on Python 3.11: see app/qt_compat.py

if TYPE_CHECKING:
    from layers.document import MapDocument
    from layers.events import Event
    from layers.model import Layer

__all__ = ["COAST_COLOUR", "LAND_COLOUR", "SEA_COLOUR", "MapPainter", "ViewTransform", "fit_extent"]

SEA_COLOUR = "#c9dff0"
LAND_COLOUR = "#f7f5ef"
COAST_COLOUR = "#94b6cf"


class MapPainter:
    """Renders the document; keeps geometry caches in step with the layers' ``data`` events."""

    def __init__(self, document: MapDocument) -> None:
        self.document = document
        self._geometry: dict[int, LayerGeometry] = {}
        self._land: LayerGeometry | None = None
        self._land_data = None
        self._labels = MapLabels()
        self._outline: tuple[int, object] | None = None  # (id of the municipalities, prepared outline)
        self.background = True
        self.errors: dict[int, str] = {}  # layer id -> why it could not be drawn (logged once)
        document.layers.events.connect(self._on_layers)

    def close(self) -> None:
        """Stop following the document and drop the caches."""
        self.document.layers.events.disconnect(self._on_layers)
        self.invalidate()

    # ---- caches ---------------------------------------------------------------------------------------------
    def _on_layers(self, event: Event) -> None:
        if event.type == LayerListEvent.REMOVED or (event.type == LayerListEvent.CHANGED
                                                   and event.what == LayerEvent.DATA):
            self.invalidate(event.layer)

    def invalidate(self, layer: Layer | None = None) -> None:
        """Forget cached geometry of ``layer`` (or of everything)."""
        if layer is None:
            self._geometry.clear()
            self._land = None
        else:
            self._geometry.pop(layer.id, None)
        self._labels.invalidate(layer)

    def geometry(self, layer: Layer) -> LayerGeometry:
        geom = self._geometry.get(layer.id)
        if geom is None:
            geom = self._geometry[layer.id] = LayerGeometry(layer.data)
        return geom

    def _land_geometry(self) -> LayerGeometry | None:
        land = self.document.land
        if land is None or len(land) == 0:
            return None
        if self._land is None or self._land_data is not land:
            self._land, self._land_data = LayerGeometry(land), land
        return self._land

    # ---- painting -------------------------------------------------------------------------------------------
    def paint(self, painter: QPainter, target: QRectF, extent: Extent, *, background: bool = True,
              overlays: Sequence[Layer] = (), label_obstacles: Sequence[QRectF] = ()) -> None:
        """Draw the map for ``extent`` into ``target`` (painter coordinates).

        ``overlays`` (e.g. a coverage result's gaps on a page) are drawn as layers above the topmost polygon layer
        and under every line and point layer (:func:`layers.export.legend.above_polygons`); labels avoid
        ``label_obstacles`` (boxes in painter coordinates, such as the page's scale bar)."""
        from layers.export.legend import above_polygons

        target = QRectF(target)
        if target.width() <= 0 or target.height() <= 0:
            return
        view = ViewTransform.fit(extent, target)
        painter.save()
        try:
            painter.setClipRect(target, Qt.ClipOperation.IntersectClip)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
            painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
            level = zoom_level(view.metres_per_unit / device_scale(painter))
            if background:
                try:
                    self._paint_background(painter, target, view, level)
                except Exception as exc:  # keep drawing the layers on the plain sea colour
                    self._layer_failed(_BACKGROUND, exc)
            drawn = [layer for layer in self.document.layers if layer.visible and len(layer.data)]
            if overlays:
                at = above_polygons([self._family(layer) for layer in drawn])
                drawn[at:at] = [layer for layer in overlays if len(layer.data)]
            for layer in drawn:
                try:
                    self.paint_layer(painter, target, view, layer, level)
                except Exception as exc:  # one broken layer must not blank the whole map
                    self._layer_failed(layer, exc)
            try:
                self._labels.paint(painter, target, view, [lyr for lyr in drawn if lyr.id not in self.errors],
                                   self.geometry, self._region_outline(), label_obstacles)
                self.errors.pop(_LABELS.id, None)
            except Exception as exc:
                self._layer_failed(_LABELS, exc)
        finally:
            painter.restore()

    @property
    def last_labels(self) -> list:
        """The labels placed by the last :meth:`paint` (:class:`layers.labelling.PlacedLabel`, painter units)."""
        return self._labels.last

    def _family(self, layer: Layer) -> str:
        geom = self.geometry(layer)
        if geom.has_polygons:
            return "mixed" if geom.has_lines or geom.has_points else "polygon"
        return "line" if geom.has_lines else "point"

    def _region_outline(self) -> object:
        """The region's outline, prepared (point labels stay inside it); cached per municipalities frame."""
        muni = self.document.region.municipalities
        if self._outline is None or self._outline[0] != id(muni):
            self._outline = (id(muni), region_outline(muni))
        return self._outline[1]

    # ---- built off the GUI thread (app.render.prepare) ------------------------------------------------------
    def needs(self, level: int) -> Preparation:
        """What a :meth:`paint` at zoom ``level`` would build before drawing (new layers' geometry, a new
        level, labels, the outline), as snapshots a worker may build from (:func:`app.render.prepare.run`)."""
        import copy

        needs: list[Need] = []
        land = self.document.land
        if self.background and land is not None and len(land):
            current = self._land if self._land_data is land else None
            if current is None or not current.has_level(level):
                needs.append(Need(_BACKGROUND.id, land, _LAND_STYLE, (LAND_COLOUR, LAND_COLOUR), level, current))
        for layer in self.document.layers:
            if not layer.visible or not len(layer.data) or layer.id in self.errors:
                continue
            geom = self._geometry.get(layer.id)
            labels = not self._labels.has(layer)
            drawn_by_level = geom is not None and (geom.has_polygons or geom.has_lines)
            if geom is None or (drawn_by_level and not geom.has_level(level)) or labels:
                style = layer.style
                needs.append(Need(layer.id, layer.data, style, (style.fill, style.stroke), level, geom,
                                  copy.copy(layer), labels))
        muni = self.document.region.municipalities
        outline = Outline(muni) if self._outline is None or self._outline[0] != id(muni) else None
        return Preparation(needs, outline)

    def missing_sprites(self, extent: Extent, scale: float) -> list[tuple[str, object]]:
        """The label images a render of ``extent`` at device ``scale`` may draw that are not made yet (of the
        layers whose labels are known); the canvas makes them a few at a time before it renders."""
        from app.render.labels import missing_sprites

        out: list[tuple[str, object]] = []
        for layer in self.document.layers:
            if layer.visible and len(layer.data) and layer.style.opacity > 0 and layer.id not in self.errors:
                out += missing_sprites(self._labels.known(layer), extent, scale)
        return list(dict.fromkeys(out))

    def adopt(self, preparation: Preparation) -> None:
        """Keep what a worker built for :meth:`needs`, where the layer (or land, or region) still has that data."""
        layers = {layer.id: layer for layer in self.document.layers}
        for need in preparation.needs:
            if need.built is None:
                continue  # cancelled before it was built
            if need.layer_id == _BACKGROUND.id:
                if need.data is not self.document.land:
                    continue
                if need.geometry is None and self._land_data is not need.data:
                    self._land, self._land_data = need.built, need.data
                elif self._land is need.geometry and self._land is not None and need.built_level is not None:
                    self._land.adopt_level(need.built_level)
                continue
            layer = layers.get(need.layer_id)
            if layer is None or layer.data is not need.data:
                continue  # replaced meanwhile: built again when drawn
            current = self._geometry.get(layer.id)
            if current is None and need.geometry is None:
                self._geometry[layer.id] = need.built
            elif current is not None and current is need.geometry and need.built_level is not None:
                current.adopt_level(need.built_level)
            if need.built_labels is not NO_LABELS and self._geometry.get(layer.id) is need.built:
                self._labels.adopt(layer, need.built_labels)
        outline = preparation.outline
        muni = self.document.region.municipalities
        if outline is not None and outline.done and outline.municipalities is muni and (self._outline is None
                                                                        or self._outline[0] != id(muni)):
            self._outline = (id(muni), outline.built)

    def _layer_failed(self, layer: Layer | _Background, exc: Exception) -> None:
        if layer.id not in self.errors:
            from layers.userdirs import log_exception

            log_exception(exc, f"drawing layer {layer.name!r}")
        self.errors[layer.id] = f"{type(exc).__name__}: {exc}"

    def _paint_background(self, painter: QPainter, target: QRectF, view: ViewTransform, level: int) -> None:
        painter.fillRect(target, qt_colour(SEA_COLOUR))
        land = self._land_geometry()
        if land is None:
            return
        level_geom = land.at_level(level)
        for _, path, bbox in land.grouped_paths(level_geom, "polygons", _LAND_STYLE, LAND_COLOUR):
            if in_view(bbox, view, 2.0):
                draw_path(painter, view, path, qt_colour(COAST_COLOUR), 0.8, QBrush(qt_colour(LAND_COLOUR)))

    def paint_layer(self, painter: QPainter, target: QRectF, view: ViewTransform, layer: Layer, level: int) -> None:
        style = layer.style
        geom = self.geometry(layer)
        painter.save()
        try:
            self._paint_layer_body(painter, target, view, geom, style, level)
        finally:
            painter.restore()
        self.errors.pop(layer.id, None)

    def _paint_layer_body(self, painter: QPainter, target: QRectF, view: ViewTransform, geom: LayerGeometry,
                          style: Style, level: int) -> None:
        painter.setOpacity(max(0.0, min(1.0, style.opacity)))
        if geom.has_polygons or geom.has_lines:
            level_geom = geom.at_level(level)
            margin = style.width + 2
            for colour, path, bbox in geom.grouped_paths(level_geom, "polygons", style, style.fill):
                if not in_view(bbox, view, margin):
                    continue
                draw_path(painter, view, path, qt_colour(style.stroke), style.width, area_brush(colour, style))
            line_base = style.stroke
            for colour, path, bbox in geom.grouped_paths(level_geom, "lines", style, line_base):
                if not in_view(bbox, view, margin):
                    continue
                draw_path(painter, view, path, qt_colour(colour), line_width(style), QBrush())
        if geom.has_points:
            paint_points(painter, target, view, geom, style)

    # ---- highlights -----------------------------------------------------------------------------------------
    def paint_highlight(self, painter: QPainter, target: QRectF, extent: Extent, layer: Layer,
                        rows: list[int], colour: str = "#ffd43b", width: float = 3.0, fill_alpha: float = 0.25) -> None:
        """Outline (and lightly fill) the features ``rows`` of ``layer``; used for hover and selection."""
        if not rows or layer not in self.document.layers:
            return
        target = QRectF(target)
        view = ViewTransform.fit(extent, target)
        geom = self.geometry(layer)
        painter.save()
        painter.setClipRect(target, Qt.ClipOperation.IntersectClip)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        level = zoom_level(view.metres_per_unit / device_scale(painter))
        path = geom.rows_path(geom.at_level(level), rows)
        if not path.isEmpty():
            draw_path(painter, view, path, qt_colour("#1a1a1a", 0.6), width + 2, QBrush())
            draw_path(painter, view, path, qt_colour(colour), width, QBrush(qt_colour(colour, fill_alpha)))
        pts = geom.rows_points(rows)
        if len(pts):
            radius = layer.style.point_size / 2 + 3
            painter.setPen(QPen(qt_colour("#1a1a1a", 0.7), 1.5))
            painter.setBrush(QBrush(qt_colour(colour, 0.9)))
            for x, y in view.to_target_array(pts).tolist():
                painter.drawEllipse(QPointF(x, y), radius, radius)
        painter.restore()


class _Background:
    def __init__(self, id_: int, name: str) -> None:
        self.id, self.name = id_, name


_BACKGROUND = _Background(0, "base map (land)")
_LABELS = _Background(-1, "labels")


_LAND_STYLE = Style()  # land is drawn plain: no categories
