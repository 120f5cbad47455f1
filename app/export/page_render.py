"""Render a print-ready page (PNG, vector PDF, SVG) of the map with Qt.

The page layout (boxes, text) comes from :mod:`layers.export.page_layout`, the legend entries from
:mod:`layers.export.legend`, the scale bar from :mod:`layers.scale` and its painting (shared with the canvas) from
:mod:`app.render.overlays`; the map itself is drawn by :class:`app.render.painter.MapPainter`, so the page shows
exactly what the canvas shows.
Everything is drawn in device pixels (``mm * dpi / 25.4``); text uses point sizes, which every device (QImage
with dots-per-metre, QPdfWriter, QSvgGenerator with a resolution) turns into the right physical size.  The map
is drawn through a ``dpi / 96`` scale so that line widths and symbol sizes given in screen pixels keep their
physical size on paper.  In PDF and SVG all text is real text and the map is vector.
"""

from __future__ import annotations

import os
import time
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QGuiApplication,
    QImage,
    QPaintDevice,
    QPainter,
    QPainterPath,
    QPen,
    QPicture,
)

from app.export.page_devices import WRITERS, render_image
from app.render.overlays import NorthArrowLook, ScaleBarLook, paint_north_arrow, paint_scale_bar
from app.render.symbols import paint_swatch
from layers.coverage.derived import (
    DERIVED_SOURCE,
    GAP_LAYER_NAME,
    GAP_LAYER_NAMES,
    PASS_FAIL_LAYER_NAME,
    document_shows_gaps,
    layer_name,
)
from layers.coverage.labels import verdict_word
from layers.crs import Extent
from layers.errors import UserError
from layers.export.atomic import atomic_path, check_writable
from layers.export.legend import LegendEntry, LegendItem, above_polygons, legend_entries
from layers.export.page_layout import (
    Box,
    PageLayout,
    PageOptions,
    PageText,
    fit_extent,
    frame_extent,
    layout_page,
    page_text,
    text_unit,
)
from layers.export.report import CoverageTable, coverage_table
from layers.i18n import translate  # the pages read the same in the window and from the command line
from layers.names import name_lookup
from layers.scale import MM_PER_INCH, scale_bar
from layers.tasks import CancelledFn, ProgressFn, check_cancelled, never_cancelled, no_progress

if TYPE_CHECKING:
    from layers.document import MapDocument

SCREEN_DPI = 96.0
INK = QColor("#1f2328")
MUTED = QColor("#555b63")
NOTE_INK = QColor("#8a5300")
PAGE_FORMATS = ("png", "pdf", "svg")
_app: QGuiApplication | None = None


def ensure_gui_app() -> None:
    """Page rendering needs a QGuiApplication (fonts); make an offscreen one when none runs and no display is set."""
    global _app
    if QGuiApplication.instance() is not None:
        return
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    _app = QGuiApplication([])


@dataclass
class PageResult:
    path: Path | None
    format: str
    size_px: tuple[int, int]
    size_mm: tuple[float, float]
    dpi: int
    extent: Extent
    scale_label: str
    legend: list[str] = field(default_factory=list)  # layer names in the legend
    seconds: float = 0.0


class PageRenderer:
    """Draws one page for ``document`` with ``options`` onto a painter whose device is ``size_px`` large."""

    def __init__(self, document: MapDocument, options: PageOptions, coverage: Any = None,
                 view: Extent | None = None, map_painter: Any = None) -> None:
        self.document = document
        self.options = options.validate()
        places = name_lookup(document.region.municipalities)  # the municipalities in the interface language
        self.table: CoverageTable | None = (coverage_table(coverage, places) if coverage is not None
                                            and options.include_coverage else None)
        self.coverage = coverage
        self.table_pages = False  # True when the whole table follows on pages of its own (the PDF report)
        self.text: PageText = page_text(document, options)
        w_mm, h_mm = options.page_mm()
        footer_lines = 2 + max(1, (len("; ".join(self.text.sources)) // int(max(w_mm, 60) * 0.55)) + 1)
        self.layout: PageLayout = layout_page(w_mm, h_mm, footer_lines, bool(self.text.subtitle))
        self.unit = text_unit(self.layout)
        box = self.layout.map
        self.extent = fit_extent(frame_extent(document, options, view), box.w, box.h,
                                 pad=0.02 if options.frame == "region" else 0.0)
        self.scale = scale_bar(self.extent, box.w)
        self.entries: list[LegendEntry] = legend_entries(document.layers)
        gaps = getattr(coverage, "gaps", None) if self.table is not None and not document_shows_gaps(document) \
            else None
        self.gaps = gaps if gaps is not None and len(gaps) else None
        self.gap_layer = None if self.gaps is None else _gaps_layer(self.gaps)
        if self.gap_layer is not None:
            # listed where it is drawn: above the polygon layers, under the lines and points (legend: top first)
            at = above_polygons([e.family for e in reversed(self.entries)])
            item = legend_entries([self.gap_layer])[0].items[0]
            label = translate("export", "Coverage gaps (in-between areas out of reach)")
            self.entries.insert(len(self.entries) - at, LegendEntry(translate("export", "Coverage gaps"), "gaps",
                                                                    "polygon", (replace(item, label=label),)))
        self._map_painter = map_painter

    # ---- helpers ----------------------------------------------------------------------------------------------
    def _px(self, mm: float) -> float:
        return mm * self.px_per_mm

    def _rect(self, b: Box) -> QRectF:
        return QRectF(self._px(b.x), self._px(b.y), self._px(b.w), self._px(b.h))

    def _font(self, pt: float, bold: bool = False) -> QFont:
        f = QFont("DejaVu Sans")
        f.setStyleHint(QFont.StyleHint.SansSerif)
        f.setPointSizeF(max(pt * self.unit, 3.0))
        f.setBold(bold)
        return f

    def _metrics(self, font: QFont) -> QFontMetricsF:
        return QFontMetricsF(font, self.device)

    def _text_height(self, font: QFont, width: float, text: str) -> float:
        flags = int(Qt.TextFlag.TextWordWrap)
        return self._metrics(font).boundingRect(QRectF(0, 0, width, 1e6), flags, text).height()

    def _draw_text(self, p: QPainter, rect: QRectF, font: QFont, text: str, colour: QColor = INK,
                   align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft) -> float:
        """Draw wrapped text at the top of ``rect``; return the height used."""
        p.setFont(font)
        p.setPen(colour)
        flags = int(Qt.TextFlag.TextWordWrap) | int(align) | int(Qt.AlignmentFlag.AlignTop)
        used = p.boundingRect(rect, flags, text)
        p.drawText(rect, flags, text)
        return used.height()

    # ---- the page ---------------------------------------------------------------------------------------------
    def paint(self, p: QPainter, device: QPaintDevice, progress: ProgressFn = no_progress,
              cancelled: CancelledFn = never_cancelled) -> None:
        self.device = device
        self.px_per_mm = device.width() / self.layout.page.w
        p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        p.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
        p.fillRect(QRectF(0, 0, device.width(), device.height()), QColor("white"))
        self._paint_title(p)
        progress(0.1, "drawing the map")
        self._paint_map(p)
        check_cancelled(cancelled)
        progress(0.8, "drawing legend and notes")
        self._paint_scale_bar(p)
        self._paint_north_arrow(p)
        self._paint_panel(p)
        self._paint_footer(p)

    def _paint_title(self, p: QPainter) -> None:
        r = self._rect(self.layout.title)
        h = self._draw_text(p, r, self._font(17, bold=True), self.text.title)
        if self.text.subtitle:
            self._draw_text(p, QRectF(r.x(), r.y() + h, r.width(), r.height() - h), self._font(10.5),
                            self.text.subtitle, MUTED)

    def _paint_map(self, p: QPainter) -> None:
        from app.render.painter import MapPainter

        target = self._rect(self.layout.map)
        painter = self._map_painter or MapPainter(self.document)
        k = self.px_per_mm * MM_PER_INCH / SCREEN_DPI  # device pixels per screen pixel
        obstacles = [QRectF(b.x() / k, b.y() / k, b.width() / k, b.height() / k) for b in self._overlay_boxes()]
        p.save()
        # Everything of the map (land, coastline, lines, points, labels, gaps) stays inside the frame: the clip is
        # set here, on the page, so it holds whatever the map painter does with its own clipping, and the SVG
        # and PDF carry it as a clip path.
        p.setClipRect(target, Qt.ClipOperation.IntersectClip)
        p.scale(k, k)
        logical = QRectF(target.x() / k, target.y() / k, target.width() / k, target.height() / k)
        try:
            painter.paint(p, logical, self.extent, background=True,
                          overlays=[self.gap_layer] if self.gap_layer is not None else [],
                          label_obstacles=obstacles)
            self.labels = list(painter.last_labels)
        finally:
            p.restore()
            if self._map_painter is None:
                painter.close()
            elif self.gap_layer is not None:
                painter.invalidate(self.gap_layer)  # the preview's painter is kept: drop this page's gaps
        p.setPen(QPen(INK, self._px(0.3)))
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawRect(target)

    def _overlay_boxes(self) -> list[QRectF]:
        """Where the scale bar and the north arrow will be (page device units): labels keep out of them."""
        picture = QPicture()
        pp = QPainter(picture)
        try:
            return [self._paint_scale_bar(pp), self._paint_north_arrow(pp)]
        finally:
            pp.end()

    def _paint_scale_bar(self, p: QPainter) -> QRectF:
        sb, m, u = self.scale, self.layout.map, self.unit
        font = self._font(7)
        pad = self._px(2.0 * u)
        look = ScaleBarLook(pad_x=pad, pad_top=pad - self._px(0.4), pad_bottom=pad * 1.2 - self._px(0.6),
                            label_gap=self._px(0.4), scale_gap=self._px(0.6), bar_height=self._px(1.6 * u),
                            outline=self._px(0.2), corner=self._px(1), box_alpha=225, ink=INK.name(),
                            muted=MUTED.name(), end_labels=True)
        return paint_scale_bar(p, QPointF(self._px(m.x + 3 * u), self._px(m.bottom - 3 * u)),
                               self._px(sb.length_mm), sb.segments, sb.label, font, self._metrics(font), look,
                               translate("export", "Scale {scale}").format(scale=sb.scale_label))

    def _paint_north_arrow(self, p: QPainter) -> QRectF:
        m, u = self.layout.map, self.unit
        size = self._px(11 * u)
        font = self._font(8, bold=True)
        fm = self._metrics(font)
        look = NorthArrowLook(width=size, height=size * 1.35, letter_baseline=fm.ascent() + self._px(0.8),
                              tip=fm.height() + self._px(1.2), base=size * 1.35 - self._px(1.5), notch=size * 0.18,
                              half_width=size * 0.22, outline=self._px(0.2), corner=self._px(1), box_alpha=225,
                              ink=INK.name())
        return paint_north_arrow(p, QPointF(self._px(m.right - 4 * u), self._px(m.y + 4 * u)), font, fm, look)

    # ---- legend, notes, coverage --------------------------------------------------------------------------------
    def _symbol(self, p: QPainter, r: QRectF, item: LegendItem, over: tuple[LegendItem, ...] = ()) -> None:
        """The swatch, drawn by the map's own symbol code at the map's scale (screen pixels -> paper)."""
        k = self.px_per_mm * MM_PER_INCH / SCREEN_DPI
        p.save()
        p.scale(k, k)
        paint_swatch(p, QRectF(r.x() / k, r.y() / k, r.width() / k, r.height() / k), item, over)
        p.restore()

    def _drawn_over(self, index: int) -> tuple[LegendItem, ...]:
        """The coverage gaps drawn over the pass/fail areas (listed above them), which change how "fail" looks
        on the map: its swatch shows both."""
        if self.entries[index].layer_key != PASS_FAIL_LAYER_NAME:
            return ()
        return tuple(e.items[0] for e in self.entries[:index] if (e.kind == "gaps" or e.layer_key in GAP_LAYER_NAMES)
                     and e.items and e.family in ("polygon", "mixed"))

    def _paint_panel(self, p: QPainter) -> None:
        panel = self._rect(self.layout.panel)
        u = self.unit
        y = panel.y()
        gap = self._px(1.2 * u)
        head = self._font(9.5, bold=True)
        label_font = self._font(7.5)
        small = self._font(6.5)
        sym_w, sym_h = self._px(7 * u), self._px(3.6 * u)
        col_w = panel.width() if self.layout.side else panel.width() / 2 - gap
        x = panel.x()
        y += self._draw_text(p, QRectF(x, y, col_w, panel.height()), head, translate("export", "Legend")) + gap
        bottom = panel.bottom()
        self.swatches: list[tuple[str, QRectF]] = []  # (label, rect in device units) of each swatch drawn
        for index, entry in enumerate(self.entries):
            over = self._drawn_over(index)
            if entry.categorised:
                y += self._draw_text(p, QRectF(x, y, col_w, bottom - y), self._font(7.5, bold=True),
                                     entry.layer_name) + gap * 0.5
            for item in entry.items:
                text_x = x + sym_w + gap * 2
                h = max(sym_h, self._text_height(label_font, col_w - (text_x - x), item.label))
                if y + h > bottom and not self.layout.side and x == panel.x():
                    x, y = panel.x() + col_w + gap * 2, panel.y() + self._metrics(head).height() + gap
                    text_x = x + sym_w + gap * 2
                swatch = QRectF(x, y + (min(h, sym_h * 1.4) - sym_h) / 2, sym_w, sym_h)
                self._symbol(p, swatch, item, over)
                self.swatches.append((item.label, swatch))
                self._draw_text(p, QRectF(text_x, y, col_w - (text_x - x), h), label_font, item.label)
                y += h + gap * 0.6
            if entry.extra:
                y += self._draw_text(p, QRectF(x + sym_w + gap * 2, y - gap * 0.4, col_w - sym_w - gap * 2, 999999),
                                     small, entry.extra, MUTED) + gap * 0.4
        y += gap
        if self.text.notes:
            notes = "\n".join(f"⚠ {n}" for n in self.text.notes)
            y += self._draw_text(p, QRectF(x, y, col_w, bottom - y), small, notes, NOTE_INK) + gap
        if self.table is not None:
            if not self.layout.side and x == panel.x():
                x, y = panel.x() + col_w + gap * 2, panel.y()
            self._paint_coverage(p, QRectF(x, y + gap, col_w, bottom - y - gap))

    def _paint_coverage(self, p: QPainter, r: QRectF) -> None:
        table = self.table
        assert table is not None
        u = self.unit
        head = self._font(8.5, bold=True)
        y = r.y() + self._draw_text(p, r, head, translate("export", "Coverage check"))
        if table.summary:
            colour = INK if table.passed is None else (QColor("#2b8a3e") if table.passed else QColor("#c92a2a"))
            y += self._draw_text(p, QRectF(r.x(), y, r.width(), r.bottom() - y), self._font(7, bold=True),
                                 table.summary, colour) + self._px(0.8 * u)
        cols, lines = table.compact()
        if not cols or not lines:
            return
        font = self._font(6)
        fm = self._metrics(font)
        row_h = fm.height() * 1.15
        n_fit = max(int((r.bottom() - y) / row_h) - 2, 0)
        shown = lines if len(lines) <= n_fit else lines[:max(n_fit - 1, 0)]
        widths = [0.4] + [0.6 / max(len(cols) - 1, 1)] * (len(cols) - 1) if len(cols) > 1 else [1.0]
        pad = self._px(0.8)

        def cell(x: float, y: float, w: float, text: str, first: bool) -> None:
            align = Qt.AlignmentFlag.AlignLeft if first else Qt.AlignmentFlag.AlignRight
            p.drawText(QRectF(x, y, r.width() * w - pad, row_h), int(Qt.AlignmentFlag.AlignVCenter) | int(align),
                       fm.elidedText(text, Qt.TextElideMode.ElideRight, r.width() * w - pad))

        p.setFont(self._font(6, bold=True))
        p.setPen(MUTED)
        x = r.x()
        for i, (c, w) in enumerate(zip(cols, widths, strict=True)):
            cell(x, y, w, str(c), i == 0)
            x += r.width() * w
        y += row_h
        p.setPen(QPen(MUTED, self._px(0.15)))
        p.drawLine(QPointF(r.x(), y), QPointF(r.right(), y))
        p.setFont(font)
        for n, line in enumerate(shown):
            if n % 2:
                p.fillRect(QRectF(r.x(), y, r.width(), row_h), QColor("#f1f3f5"))
            x = r.x()
            for i, (text, w) in enumerate(zip(line, widths, strict=True)):
                colour = {verdict_word(False): QColor("#c92a2a"), verdict_word(True): QColor("#2b8a3e")}.get(text, INK)
                p.setPen(colour)
                cell(x, y, w, text, i == 0)
                x += r.width() * w
            y += row_h
        if len(shown) < len(lines):
            p.setPen(MUTED)
            p.drawText(QRectF(r.x(), y, r.width(), row_h), int(Qt.AlignmentFlag.AlignVCenter),
                       (translate("export", "… {n} more rows in the table on page 2") if self.table_pages
                        else translate("export", "… {n} more rows in the CSV report")).format(
                           n=len(lines) - len(shown)))

    def _paint_footer(self, p: QPainter) -> None:
        r = self._rect(self.layout.footer)
        p.setPen(QPen(QColor("#ced4da"), self._px(0.2)))
        p.drawLine(QPointF(r.left(), r.top()), QPointF(r.right(), r.top()))
        font = self._font(6.5)
        on_paper = translate("export", "Scale {scale} on paper").format(scale=self.scale.scale_label)
        line1 = f"{self.text.date_line}   ·   {self.text.crs_line}   ·   {on_paper}"
        y = r.y() + self._px(0.8)
        y += self._draw_text(p, QRectF(r.x(), y, r.width(), r.bottom() - y), font, line1, MUTED)
        sources = translate("export", "Sources: {sources}").format(sources="; ".join(self.text.sources))
        self._draw_text(p, QRectF(r.x(), y, r.width(), max(r.bottom() - y, 1)), font, sources, MUTED)




def _gaps_layer(gaps: Any) -> Any:
    """A coverage result's gaps as a layer the map painter draws, styled as the window's gap layer."""
    from layers.coverage.derived import gap_style
    from layers.model import Layer, LayerKind

    return Layer(gaps.to_crs(3067) if gaps.crs is not None else gaps, layer_name(GAP_LAYER_NAME),
                 kind=LayerKind.OTHER, style=gap_style(), source=DERIVED_SOURCE, derived=True, key=GAP_LAYER_NAME)


def export_page(
    document: MapDocument,
    path: str | Path,
    options: PageOptions = PageOptions(),
    coverage: Any = None,
    view: Extent | None = None,
    fmt: str | None = None,
    progress: ProgressFn = no_progress,
    cancelled: CancelledFn = never_cancelled,
) -> PageResult:
    """Render the page to ``path`` (format from ``fmt`` or the suffix); never leaves a half-written file."""
    t0 = time.perf_counter()
    dest = Path(path)
    fmt = (fmt or dest.suffix.lstrip(".")).lower()
    if fmt not in WRITERS:
        raise UserError(translate(
            "export", "{dest}: cannot export a page as {kind!r}; use .png, .pdf or .svg").format(
            dest=dest, kind=fmt or translate("export", "a file without extension")))
    if fmt != "png" and options.size_px is not None:
        raise UserError(translate(
            "export", "a pixel size (--size) is for PNG only; give a paper size and dpi for PDF and SVG"))
    check_writable(dest)
    ensure_gui_app()
    renderer = PageRenderer(document, options, coverage, view)
    progress(0.02, f"rendering the {fmt.upper()} page")
    with atomic_path(dest) as tmp:
        WRITERS[fmt](renderer, tmp, progress, cancelled)
        check_cancelled(cancelled)
    progress(1.0, f"wrote {dest.name}")
    return PageResult(dest, fmt, options.page_px(), options.page_mm(), options.dpi, renderer.extent,
                      renderer.scale.scale_label, [e.layer_name for e in renderer.entries],
                      time.perf_counter() - t0)


def preview_renderer(document: MapDocument, options: PageOptions, coverage: Any = None, view: Extent | None = None,
                     max_px: int = 900, map_painter: Any = None) -> PageRenderer:
    """The renderer of the dialog's preview: the same layout at a lower resolution (at most ``max_px``)."""
    w_mm, h_mm = options.page_mm()
    dpi = max(36, min(options.dpi, int(max_px / (max(w_mm, h_mm) / MM_PER_INCH))))
    preview_opts = PageOptions(**{**options.__dict__, "dpi": dpi, "size_px": None,
                                  "paper": "custom", "custom_mm": (w_mm, h_mm)})
    return PageRenderer(document, preview_opts, coverage, view, map_painter=map_painter)


def preview_image(document: MapDocument, options: PageOptions, coverage: Any = None, view: Extent | None = None,
                  max_px: int = 900, map_painter: Any = None) -> QImage:
    """A small rendering of the page for the dialog's preview (same layout, lower resolution)."""
    return render_image(preview_renderer(document, options, coverage, view, max_px, map_painter))


__all__ = [
    "PAGE_FORMATS",
    "PageRenderer",
    "PageResult",
    "QPainterPath",
    "ensure_gui_app",
    "export_page",
    "preview_image",
    "preview_renderer",
    "render_image",
]
