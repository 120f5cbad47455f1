"""The Coverage dock's radius sliders: a row per service layer (its name, a slider in metres, or in minutes when
the layer is reached along a network in minutes, the value, and the stops' threshold box where the layer has
one).  A drag previews (only the numbers follow); a release or a key step sets the layer's radius (one undo
step).  A mixin of :class:`app.coverage.panel.CoveragePanel`, which holds ``live``, ``slider_box``, ``sliders``,
``_radius_labels`` and ``thresholds``."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSlider, QWidget

from app.widgets.threshold_box import threshold_box
from layers.i18n import format_number

if TYPE_CHECKING:
    from PySide6.QtWidgets import QDoubleSpinBox, QVBoxLayout

    from layers.coverage.live import LiveCoverage

SLIDER_MIN_M, SLIDER_MAX_M, SLIDER_STEP_M = 50, 10_000, 50
MINUTES_MAX, MINUTES_STEP = 120.0, 0.5  # a layer reached in minutes along a network: 0.5-120 min


def slider_value(radius: float, minutes: bool = False) -> int:
    """The slider position showing ``radius`` (clamped to the slider's range; ``minutes``: a reach in minutes)."""
    if minutes:
        return max(1, round(min(radius, MINUTES_MAX) / MINUTES_STEP))
    return max(1, round(min(radius, SLIDER_MAX_M) / SLIDER_STEP_M))


def radius_text(radius: float, minutes: bool = False) -> str:
    """A slider's reach as the language writes it: "1,000 m" / "1 000 m", or "4.5 min" / "4,5 min"."""
    if minutes:
        return f"{format_number(radius, 0 if float(radius).is_integer() else 1)} min"
    return f"{format_number(radius)} m"


class SliderRows:
    live: LiveCoverage
    slider_box: QVBoxLayout
    sliders: dict[str, QSlider]
    _radius_labels: dict[str, QLabel]
    thresholds: dict[str, QDoubleSpinBox]

    def _build_sliders(self) -> None:
        while self.slider_box.count():
            item = self.slider_box.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()  # gone at once, not at the next turn of the event loop
                widget.deleteLater()
        self.sliders.clear()
        self._radius_labels.clear()
        self.thresholds.clear()
        for name, radius in self.live.radii.items():
            row = QWidget()
            row.setMinimumHeight(28)
            h = QHBoxLayout(row)
            h.setContentsMargins(0, 0, 0, 0)
            h.addWidget(QLabel(name))
            slider = QSlider(Qt.Orientation.Horizontal)
            minutes = self.live.in_minutes(name)
            slider.setRange(*((1, round(MINUTES_MAX / MINUTES_STEP)) if minutes else
                              (SLIDER_MIN_M // SLIDER_STEP_M, SLIDER_MAX_M // SLIDER_STEP_M)))
            slider.setValue(slider_value(radius, minutes))
            value = QLabel(radius_text(radius, minutes))
            slider.valueChanged.connect(lambda v, n=name: self._slider_moved(n, v))
            slider.sliderReleased.connect(lambda n=name: self._slider_released(n))
            h.addWidget(slider, 1)
            h.addWidget(value)
            layer = self.live.layers.get(name)
            box = threshold_box(layer) if layer is not None else None
            if box is not None:
                h.addWidget(box)
                self.thresholds[name] = box
            self.slider_box.addWidget(row)
            self.sliders[name] = slider
            self._radius_labels[name] = value

    def _slider_step(self, name: str) -> float:
        return MINUTES_STEP if self.live.in_minutes(name) else float(SLIDER_STEP_M)

    def _slider_moved(self, name: str, value: int) -> None:
        """While dragged, only the numbers follow; otherwise (keys, clicks on the groove) the layer's radius (or,
        reached in minutes along a network, its minutes)."""
        radius = float(value * self._slider_step(name))
        if self.sliders[name].isSliderDown():
            self.live.preview_radius(name, radius)
        else:
            self.live.set_radius(name, radius)

    def _slider_released(self, name: str) -> None:
        self.live.set_radius(name, float(self.sliders[name].value() * self._slider_step(name)))

    def _show_radii(self) -> None:
        """Sliders and their labels at the live radii (a radius set in the layer panel or undone moves them)."""
        for name, radius in self.live.radii.items():
            label, slider = self._radius_labels.get(name), self.sliders.get(name)
            minutes = self.live.in_minutes(name)
            if label is not None:
                label.setText(radius_text(radius, minutes))
            if slider is not None and not slider.isSliderDown() and slider.value() != slider_value(radius, minutes):
                slider.blockSignals(True)
                slider.setValue(slider_value(radius, minutes))
                slider.blockSignals(False)
