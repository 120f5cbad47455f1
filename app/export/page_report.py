"""The PDF report's pages after the map: the whole coverage table (header repeated on every page) and the
sources and methods page.

What the pages say comes from :mod:`layers.export.report_pages`; this module only lays it out on the PDF
writer's pages.  Rows are measured first (the reasons wrap), then cut into pages, so every page can say
"page n of N" and no row is split across two pages.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPagedPaintDevice, QPainter, QPen

from layers.coverage.labels import verdict_word
from layers.export.report_pages import MethodsSection, ReportTable, full_table, methods_sections
from layers.i18n import translate  # the report reads the same in the window and from the command line

if TYPE_CHECKING:
    from app.export.page_render import PageRenderer

INK = QColor("#1f2328")
MUTED = QColor("#555b63")
STRIPE = QColor("#f1f3f5")
PASS_COLOUR, FAIL_COLOUR = QColor("#2b8a3e"), QColor("#c92a2a")
MARGIN_MM = 12.0
WRAP = int(Qt.TextFlag.TextWordWrap)


class ReportPages:
    """Lays out and paints the table and methods pages of one report on a paged device (the PDF writer)."""

    def __init__(self, renderer: PageRenderer, device: QPagedPaintDevice) -> None:
        assert renderer.table is not None
        self.renderer = renderer
        self.device = device
        self.k = device.width() / renderer.layout.page.w  # device pixels per mm
        m = MARGIN_MM * self.k
        self.body = QRectF(m, m, device.width() - 2 * m, device.height() - 2 * m - 6 * self.k)
        self.table: ReportTable = full_table(renderer.table)
        self.sections: list[MethodsSection] = methods_sections(renderer.document, renderer.coverage, renderer.table)
        self.cell_font = self._font(7.5)
        self.head_font = self._font(7.5, bold=True)
        self.pad = 1.0 * self.k
        self.verdict_colours = {verdict_word(True): PASS_COLOUR, verdict_word(False): FAIL_COLOUR}

    def _font(self, pt: float, bold: bool = False) -> QFont:
        f = QFont("DejaVu Sans")
        f.setStyleHint(QFont.StyleHint.SansSerif)
        f.setPointSizeF(pt)
        f.setBold(bold)
        return f

    def _fm(self, font: QFont) -> QFontMetricsF:
        return QFontMetricsF(font, self.device)

    def _col_widths(self) -> list[float]:
        return [w * self.body.width() for w in self.table.widths]

    def _row_height(self, line: list[str], font: QFont) -> float:
        fm = self._fm(font)
        h = fm.height()
        for text, w in zip(line, self._col_widths(), strict=True):  # every cell may wrap: none is cut or hidden
            h = max(h, fm.boundingRect(QRectF(0, 0, w - 2 * self.pad, 1e6), WRAP, text).height())
        return h + 2 * self.pad

    def table_pages(self) -> list[list[int]]:
        """The row indices on each table page; the first page also holds the heading and the summary."""
        head_h = self._row_height(self.table.headers, self.head_font)
        top = self._heading_height()
        pages: list[list[int]] = [[]]
        y = self.body.y() + top + head_h
        for i, line in enumerate(self.table.lines):
            h = self._row_height(line, self.cell_font)
            if y + h > self.body.bottom() and pages[-1]:
                pages.append([])
                y = self.body.y() + self._fm(self._font(11, bold=True)).height() + head_h
            pages[-1].append(i)
            y += h
        return pages

    def _heading_height(self) -> float:
        title = self._fm(self._font(13, bold=True)).height()
        summary = self._fm(self._font(8)).boundingRect(QRectF(0, 0, self.body.width(), 1e6), WRAP,
                                                     self.renderer.table.summary or " ").height()  # type: ignore[union-attr]
        return title + summary + 3 * self.k

    def paint(self, p: QPainter) -> int:
        """Paint every page after the map page (each begins with ``newPage``); return how many were added."""
        pages = self.table_pages()
        total = 2 + len(pages)  # the map page, the table pages, the methods page
        for n, rows in enumerate(pages):
            self._new_page(p)
            y = self.body.y()
            if n == 0:
                y += self._text(p, y, self._font(13, bold=True),
                                translate("export", "Coverage by municipality and zone"))
                y += self._text(p, y, self._font(8), self.renderer.table.summary, MUTED)  # type: ignore[union-attr]
                y += 3 * self.k
            else:
                y += self._text(p, y, self._font(11, bold=True),
                                translate("export", "Coverage by municipality and zone (continued)"))
            self._paint_rows(p, y, rows)
            self._footer(p, n + 2, total)
        self._new_page(p)
        self._paint_methods(p)
        self._footer(p, total, total)
        return total - 1

    def _new_page(self, p: QPainter) -> None:
        if not self.device.newPage():
            raise OSError(5, "the PDF could not start a new page")
        p.fillRect(QRectF(0, 0, self.device.width(), self.device.height()), QColor("white"))

    def _text(self, p: QPainter, y: float, font: QFont, text: str, colour: QColor = INK) -> float:
        p.setFont(font)
        p.setPen(colour)
        r = QRectF(self.body.x(), y, self.body.width(), self.body.bottom() - y)
        used = p.boundingRect(r, WRAP, text)
        p.drawText(r, WRAP, text)
        return used.height()

    def _paint_rows(self, p: QPainter, y: float, rows: list[int]) -> None:
        widths = self._col_widths()
        y += self._paint_line(p, y, self.table.headers, self.head_font, widths, MUTED)
        p.setPen(QPen(MUTED, 0.2 * self.k))
        p.drawLine(QPointF(self.body.x(), y), QPointF(self.body.right(), y))
        for n, i in enumerate(rows):
            line = self.table.lines[i]
            h = self._row_height(line, self.cell_font)
            if n % 2:
                p.fillRect(QRectF(self.body.x(), y, self.body.width(), h), STRIPE)
            y += self._paint_line(p, y, line, self.cell_font, widths, INK)

    def _paint_line(self, p: QPainter, y: float, line: list[str], font: QFont, widths: list[float],
                    colour: QColor) -> float:
        h = self._row_height(line, font)
        p.setFont(font)
        x = self.body.x()
        for i, (text, w) in enumerate(zip(line, widths, strict=True)):
            p.setPen(self.verdict_colours.get(text, colour) if i == self.table.verdicts else colour)
            numeric = 1 < i < len(line) - 2 and font is self.cell_font
            align = Qt.AlignmentFlag.AlignRight if numeric else Qt.AlignmentFlag.AlignLeft
            p.drawText(QRectF(x + self.pad, y + self.pad, w - 2 * self.pad, h - 2 * self.pad),
                       WRAP | int(align) | int(Qt.AlignmentFlag.AlignTop), text)
            x += w
        return h

    def _paint_methods(self, p: QPainter) -> None:
        heading = translate("export", "Sources and methods")
        y = self.body.y() + self._text(p, self.body.y(), self._font(13, bold=True), heading)
        y += 2 * self.k
        for section in self.sections:
            y += self._text(p, y, self._font(9.5, bold=True), section.heading) + self.k
            for line in section.lines:
                y += self._text(p, y, self._font(8), f"• {line}") + 0.6 * self.k
            y += 3 * self.k

    def _footer(self, p: QPainter, page: int, total: int) -> None:
        p.setFont(self._font(6.5))
        p.setPen(MUTED)
        r = QRectF(self.body.x(), self.body.bottom() + 2 * self.k, self.body.width(), 4 * self.k)
        p.drawText(r, int(Qt.AlignmentFlag.AlignLeft), f"{self.renderer.text.title}   ·   "
                   f"{self.renderer.text.date_line}")
        p.drawText(r, int(Qt.AlignmentFlag.AlignRight),
                   translate("export", "Page {page} of {total}").format(page=page, total=total))
