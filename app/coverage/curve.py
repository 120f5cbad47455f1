"""A small QPainter plot of a coverage curve: share covered against radius (0-10 km), with the current radius marked.

No plotting dependency: axes, grid, one polyline per series, a vertical marker at the current radius and a dot
where each series crosses it.  The numbers (:class:`~layers.coverage.curve_series.CurveData`) come from
:mod:`layers.coverage.curve_series`; this widget only draws them.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPainterPath, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from layers.coverage.curve_series import CurveData, CurveSeries, share_at
from layers.i18n import format_number, format_percent

__all__ = ["CoverageCurve", "CurveSeries", "share_at"]


class CoverageCurve(QWidget):
    """``set_data(curve)``, or ``set_curves(radii_m, series, title)`` then ``set_marker(radius_m)``; all repaint."""

    MARGIN_L, MARGIN_R, MARGIN_T, MARGIN_B = 40, 10, 20, 26

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.radii_m: list[float] = []
        self.series: list[CurveSeries] = []
        self.title = ""
        self.marker_m: float | None = None
        self.placeholder = ""  # what an empty plot says ("": Compute to see the coverage curve)
        self.setMinimumHeight(150)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setFixedHeight(170)

    def set_data(self, curve: CurveData) -> None:
        self.set_curves(list(curve.radii_m), list(curve.series), curve.title)
        self.set_marker(curve.marker_m)

    def set_curves(self, radii_m: list[float], series: list[CurveSeries], title: str) -> None:
        self.radii_m = [float(r) for r in radii_m]
        self.series = list(series)
        self.title = title
        self.update()

    def set_marker(self, radius_m: float | None) -> None:
        self.marker_m = radius_m
        self.update()

    def marker_shares(self) -> dict[str, float | None]:
        """Each series' share at the marker (what the dots show)."""
        if self.marker_m is None:
            return {}
        return {s.label: share_at(self.radii_m, s.shares, self.marker_m) for s in self.series}

    # ---- painting -------------------------------------------------------------------------------------------
    def _plot_rect(self) -> QRectF:
        return QRectF(self.MARGIN_L, self.MARGIN_T, max(10, self.width() - self.MARGIN_L - self.MARGIN_R),
                      max(10, self.height() - self.MARGIN_T - self.MARGIN_B))

    def _to_px(self, rect: QRectF, radius_m: float, share: float) -> QPointF:
        r_max = self.radii_m[-1] if self.radii_m and self.radii_m[-1] > 0 else 10_000.0
        return QPointF(rect.left() + rect.width() * radius_m / r_max, rect.bottom() - rect.height() * share)

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.fillRect(self.rect(), self.palette().base())
        rect = self._plot_rect()
        font = QFont(self.font())
        font.setPointSizeF(max(6.0, font.pointSizeF() * 0.85))
        p.setFont(font)
        text_pen = QPen(self.palette().text().color())
        grid_pen = QPen(QColor("#d0d4d9"), 1, Qt.PenStyle.DotLine)
        r_max = self.radii_m[-1] if self.radii_m else 10_000.0
        # grid + axis labels
        for frac in (0.0, 0.25, 0.5, 0.75, 1.0):
            y = rect.bottom() - rect.height() * frac
            p.setPen(grid_pen)
            p.drawLine(QPointF(rect.left(), y), QPointF(rect.right(), y))
            p.setPen(text_pen)
            p.drawText(QRectF(0, y - 8, self.MARGIN_L - 4, 16), Qt.AlignmentFlag.AlignRight
                       | Qt.AlignmentFlag.AlignVCenter, format_percent(frac, 0))
        step_km = 2 if r_max >= 6_000 else 1
        km = 0
        while km * 1000 <= r_max + 1e-6:
            x = rect.left() + rect.width() * km * 1000 / r_max
            p.setPen(grid_pen)
            p.drawLine(QPointF(x, rect.top()), QPointF(x, rect.bottom()))
            p.setPen(text_pen)
            p.drawText(QRectF(x - 20, rect.bottom() + 2, 40, 14), Qt.AlignmentFlag.AlignCenter, f"{km}")
            km += step_km
        p.drawText(QRectF(rect.right() - 60, rect.bottom() + 12, 60, 14), Qt.AlignmentFlag.AlignRight,
                   self.tr("radius km"))
        p.setPen(QPen(self.palette().text().color(), 1))
        p.drawRect(rect)
        if not self.radii_m or not self.series:
            p.setPen(text_pen)
            p.drawText(rect, Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                       self.placeholder or self.tr("Compute to see the coverage curve"))
            p.end()
            return
        # title + legend
        p.setPen(text_pen)
        p.drawText(QRectF(self.MARGIN_L, 2, rect.width(), 16), Qt.AlignmentFlag.AlignLeft, self.title)
        x_legend = rect.right()
        for s in reversed(self.series):
            w = p.fontMetrics().horizontalAdvance(f"■ {s.label}") + 10
            x_legend -= w
            p.setPen(QPen(QColor(s.colour)))
            p.drawText(QRectF(x_legend, rect.top() + 2, w, 14), Qt.AlignmentFlag.AlignLeft, f"■ {s.label}")
        # curves
        for s in self.series:
            path = QPainterPath()
            started = False
            for r, v in zip(self.radii_m, s.shares, strict=False):
                if math.isnan(v):
                    started = False
                    continue
                pt = self._to_px(rect, r, min(max(v, 0.0), 1.0))
                if started:
                    path.lineTo(pt)
                else:
                    path.moveTo(pt)
                    started = True
            p.setPen(QPen(QColor(s.colour), 2))
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawPath(path)
        # marker
        if self.marker_m is not None and 0 <= self.marker_m <= r_max:
            x = rect.left() + rect.width() * self.marker_m / r_max
            p.setPen(QPen(QColor("#495057"), 1, Qt.PenStyle.DashLine))
            p.drawLine(QPointF(x, rect.top()), QPointF(x, rect.bottom()))
            texts = []
            for s in self.series:
                share = share_at(self.radii_m, s.shares, self.marker_m)
                if share is None:
                    continue
                p.setPen(QPen(QColor("#212529"), 1))
                p.setBrush(QColor(s.colour))
                p.drawEllipse(self._to_px(rect, self.marker_m, share), 4, 4)
                texts.append(format_percent(share, 0))
            p.setPen(text_pen)
            label = f"{format_number(self.marker_m / 1000, 2)} km: " + " / ".join(texts)
            w = p.fontMetrics().horizontalAdvance(label) + 8
            lx = x + 4 if x + 4 + w < rect.right() else x - 4 - w
            p.drawText(QRectF(lx, rect.bottom() - 18, w, 14), Qt.AlignmentFlag.AlignLeft, label)
        p.end()
