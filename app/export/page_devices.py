"""The devices a page is painted on (image, PDF writer, SVG generator) and the writers of the page files.

Kept apart from :mod:`app.export.page_render` (what is drawn) so that how each format is produced stays in one
place: the SVG is written as SVG 1.1 because Qt's default, SVG 1.2 Tiny, drops every clip path, and without
clipping land and lines of the map spill over the title, legend and footer in every SVG viewer.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QMarginsF, QRectF, QSize, QSizeF
from PySide6.QtGui import QColor, QImage, QPageLayout, QPageSize, QPainter, QPdfWriter

from layers.scale import MM_PER_INCH
from layers.tasks import CancelledFn, ProgressFn, check_cancelled, never_cancelled, no_progress

if TYPE_CHECKING:
    from app.export.page_render import PageRenderer


def render_image(renderer: PageRenderer, progress: ProgressFn = no_progress,
                 cancelled: CancelledFn = never_cancelled) -> QImage:
    w, h = renderer.options.page_px()
    image = QImage(w, h, QImage.Format.Format_ARGB32_Premultiplied)
    dpm = round(renderer.options.dpi / MM_PER_INCH * 1000)
    image.setDotsPerMeterX(dpm)
    image.setDotsPerMeterY(dpm)
    image.fill(QColor("white"))
    p = QPainter(image)
    try:
        renderer.paint(p, image, progress, cancelled)
    finally:
        p.end()
    return image


def _write_png(renderer: PageRenderer, tmp: Path, progress: ProgressFn, cancelled: CancelledFn) -> None:
    image = render_image(renderer, progress, cancelled)
    check_cancelled(cancelled)
    progress(0.9, "saving the PNG")
    if not image.save(str(tmp), "PNG"):  # type: ignore[call-overload]
        raise OSError(28 if _disk_full(tmp) else 5, "the image could not be saved")


def _disk_full(path: Path) -> bool:
    try:
        st = os.statvfs(path.parent)
        return st.f_bavail * st.f_frsize < 1_000_000
    except OSError:
        return False


def _write_pdf(renderer: PageRenderer, tmp: Path, progress: ProgressFn, cancelled: CancelledFn) -> None:
    w_mm, h_mm = renderer.options.page_mm()
    writer = QPdfWriter(str(tmp))
    writer.setResolution(renderer.options.dpi)
    writer.setPageLayout(QPageLayout(QPageSize(QSizeF(w_mm, h_mm), QPageSize.Unit.Millimeter, "",
                                               QPageSize.SizeMatchPolicy.ExactMatch),
                                     QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0)))
    writer.setTitle(renderer.text.title)
    writer.setCreator("regionmap")
    renderer.table_pages = renderer.table is not None  # the map page then points to the full table
    _paint_on(renderer, writer, "PDF", progress, cancelled, report=renderer.table_pages)


def _paint_on(renderer: PageRenderer, device: Any, what: str, progress: ProgressFn, cancelled: CancelledFn,
              report: bool = False) -> None:
    """Paint the page on a vector device (PDF writer, SVG generator); with ``report`` (a PDF with a coverage
    result) the whole table and the sources and methods follow on pages of their own."""
    p = QPainter()
    if not p.begin(device):
        raise OSError(5, f"the {what} could not be started")
    try:
        renderer.paint(p, device, progress, cancelled)
        if report:
            from app.export.page_report import ReportPages

            check_cancelled(cancelled)
            progress(0.85, "writing the coverage table and the sources")
            ReportPages(renderer, device).paint(p)
    finally:
        p.end()


def _write_svg(renderer: PageRenderer, tmp: Path, progress: ProgressFn, cancelled: CancelledFn) -> None:
    from PySide6.QtSvg import QSvgGenerator

    w, h = renderer.options.page_px()
    gen = QSvgGenerator(QSvgGenerator.SvgVersion.Svg11)  # 1.2 Tiny has no clip paths
    gen.setFileName(str(tmp))
    gen.setSize(QSize(w, h))
    gen.setViewBox(QRectF(0, 0, w, h))
    gen.setResolution(renderer.options.dpi)
    gen.setTitle(renderer.text.title)
    gen.setDescription("Map exported by regionmap; coordinates in ETRS89 / TM35FIN (EPSG:3067)")
    _paint_on(renderer, gen, "SVG", progress, cancelled)


WRITERS = {"png": _write_png, "pdf": _write_pdf, "svg": _write_svg}
