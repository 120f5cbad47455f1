"""Page layout maths for printed maps: paper sizes, the boxes on the page, the map frame and the page's text.

Pure Python (no Qt): :mod:`app.export.page_render` turns this into pixels, PDF or SVG; the scale bar comes from
:mod:`layers.scale`, the legend entries and the sources from :mod:`layers.export.legend`.  All page lengths are
in millimetres; map coordinates are metres in EPSG:3067 (ETRS89 / TM35FIN), so the scale is exact on the
projection's plane.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING

from layers.crs import Extent
from layers.crs import fit_extent as crs_fit_extent
from layers.errors import UserError
from layers.export.legend import collect_notes, collect_sources
from layers.i18n import translate
from layers.scale import MM_PER_INCH

if TYPE_CHECKING:
    from layers.document import MapDocument

CRS_LABEL = "ETRS89 / TM35FIN (EPSG:3067)"
PAPER_MM: dict[str, tuple[float, float]] = {"A4": (210.0, 297.0), "A3": (297.0, 420.0)}  # portrait w, h
FORMATS = ("png", "pdf", "svg", "html")


@dataclass(frozen=True)
class PageOptions:
    """What the user chose.  ``size_px`` (PNG only) overrides paper and orientation."""

    title: str = "Helsinki-Uusimaa"
    subtitle: str = ""
    paper: str = "A4"  # "A4", "A3" or "custom"
    orientation: str = "landscape"  # or "portrait"
    custom_mm: tuple[float, float] = (297.0, 210.0)
    dpi: int = 150
    size_px: tuple[int, int] | None = None
    frame: str = "region"  # "region" or "view"
    include_coverage: bool = True
    when: date | None = None  # defaults to today

    def page_mm(self) -> tuple[float, float]:
        if self.size_px is not None:
            w, h = self.size_px
            return w / self.dpi * MM_PER_INCH, h / self.dpi * MM_PER_INCH
        return paper_size_mm(self.paper, self.orientation, self.custom_mm)

    def page_px(self) -> tuple[int, int]:
        if self.size_px is not None:
            return self.size_px
        w, h = self.page_mm()
        return round(w / MM_PER_INCH * self.dpi), round(h / MM_PER_INCH * self.dpi)

    def validate(self) -> PageOptions:
        if not (36 <= self.dpi <= 1200):
            raise UserError(translate(
                "cli", "the resolution must be between 36 and 1200 dpi, not {dpi}").format(dpi=self.dpi))
        if self.size_px is not None:
            w, h = self.size_px
            if not (200 <= w <= 20000 and 200 <= h <= 20000):
                raise UserError(translate(
                    "cli", "the image size must be between 200 and 20000 pixels a side, not {w}x{h}").format(
                    w=w, h=h))
        w_mm, h_mm = self.page_mm()
        if not (60 <= w_mm <= 2000 and 60 <= h_mm <= 2000):
            raise UserError(translate(
                "cli", "the page must be between 60 and 2000 mm a side, not {w_mm:.0f} x {h_mm:.0f} mm").format(
                w_mm=w_mm, h_mm=h_mm))
        if self.frame not in ("region", "view"):
            raise UserError(translate(
                "cli", "the frame must be 'region' or 'view', not {frame!r}").format(frame=self.frame))
        return self


def paper_size_mm(paper: str, orientation: str = "landscape", custom_mm: tuple[float, float] = (297, 210)
                  ) -> tuple[float, float]:
    """Width and height in mm of ``paper`` ("A4", "A3" or "custom") in ``orientation``."""
    key = paper.upper()
    if key == "CUSTOM":
        w, h = custom_mm
    elif key in PAPER_MM:
        w, h = PAPER_MM[key]
    else:
        raise UserError(translate("cli", "unknown paper size {paper!r}; use A4, A3 or custom").format(paper=paper))
    if orientation not in ("landscape", "portrait"):
        raise UserError(translate(
            "cli", "unknown orientation {orientation!r}; use landscape or portrait").format(
            orientation=orientation))
    short, long_ = sorted((float(w), float(h)))
    if key == "CUSTOM":
        return float(w), float(h)
    return (long_, short) if orientation == "landscape" else (short, long_)


def parse_size(text: str) -> tuple[int, int]:
    """``"1600x1000"`` -> (1600, 1000)."""
    parts = text.lower().replace("×", "x").split("x")
    try:
        w, h = (int(p) for p in parts)
    except ValueError:
        raise UserError(translate(
            "cli", "--size {text}: give the image size as WIDTHxHEIGHT in pixels, e.g. 1600x1000").format(
            text=text)) from None
    return w, h


# ---- geometry of the page -----------------------------------------------------------------------------------
@dataclass(frozen=True)
class Box:
    x: float
    y: float
    w: float
    h: float

    @property
    def right(self) -> float:
        return self.x + self.w

    @property
    def bottom(self) -> float:
        return self.y + self.h


@dataclass(frozen=True)
class PageLayout:
    """Boxes in mm from the top-left corner of the page."""

    page: Box
    title: Box
    map: Box
    panel: Box  # legend, coverage table
    footer: Box  # date, CRS, sources, notes
    side: bool  # panel to the right of the map (True) or below it


def layout_page(width_mm: float, height_mm: float, footer_lines: int = 3, has_subtitle: bool = True) -> PageLayout:
    """Place title, map, legend panel and footer on a page; the panel goes right of the map on wide pages."""
    unit = min(width_mm, height_mm) / 210.0  # text and margins scale with the page (A4 = 1)
    unit = min(max(unit, 0.45), 2.0)
    margin = 8.0 * unit
    gap = 4.0 * unit
    title_h = (9.0 + (5.5 if has_subtitle else 0.0)) * unit
    footer_h = (3.2 * max(footer_lines, 1) + 1.5) * unit
    inner_w = width_mm - 2 * margin
    page = Box(0, 0, width_mm, height_mm)
    title = Box(margin, margin, inner_w, title_h)
    top = margin + title_h + gap
    bottom = height_mm - margin - footer_h
    footer = Box(margin, bottom + gap * 0.5, inner_w, footer_h - gap * 0.5)
    avail_h = bottom - top
    side = width_mm >= height_mm * 1.05
    if side:
        panel_w = min(max(inner_w * 0.26, 52.0 * unit), 80.0 * unit)
        map_box = Box(margin, top, inner_w - panel_w - gap, avail_h)
        panel = Box(map_box.right + gap, top, panel_w, avail_h)
    else:
        panel_h = min(max(avail_h * 0.28, 40.0 * unit), 90.0 * unit)
        map_box = Box(margin, top, inner_w, avail_h - panel_h - gap)
        panel = Box(margin, map_box.bottom + gap, inner_w, panel_h)
    return PageLayout(page, title, map_box, panel, footer, side)


def text_unit(layout: PageLayout) -> float:
    """The factor text sizes (in points, for A4) are multiplied by on this page."""
    return min(max(min(layout.page.w, layout.page.h) / 210.0, 0.45), 2.0)


def fit_extent(extent: Extent, width: float, height: float, pad: float = 0.02) -> Extent:
    """The page's frame: :func:`layers.crs.fit_extent` with a margin, and at least 1 m a side."""
    return crs_fit_extent(extent, width, height, pad=pad, min_size=1.0)


@dataclass(frozen=True)
class PageText:
    """Everything written on the page apart from the legend."""

    title: str
    subtitle: str
    date_line: str
    crs_line: str
    sources: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


def page_text(document: MapDocument, options: PageOptions) -> PageText:
    """The page's texts in the interface language (the words of the page itself; the title is the planner's)."""
    when = options.when or date.today()
    return PageText(
        title=options.title.strip() or translate("export", "Helsinki-Uusimaa"),
        subtitle=options.subtitle.strip(),
        date_line=translate("export", "Date {date}").format(date=when.isoformat()),
        crs_line=translate("export", "Coordinate system {crs}").format(crs=CRS_LABEL),
        sources=collect_sources(document),
        notes=collect_notes(document.layers),
    )


def frame_extent(document: MapDocument, options: PageOptions, view: Extent | None = None) -> Extent:
    """The area to show: the current view (falls back to the region) or the whole region."""
    if options.frame == "view":
        chosen = view or document.view
        if chosen is not None:
            return chosen
    return document.region_extent()
