"""The service-threshold spin box: "≥ N /h" (0 = any), or a headway typed as "every 20 min", for a layer's
:attr:`~layers.model.Layer.service_threshold`, in the coverage dock's slider rows and the layer panel.

Only layers whose features carry departures per hour (``per_hour``, GTFS stops) have a threshold that means
something (:func:`layers.coverage.service_layers.has_service_level`).  The box writes the layer, so a change is
one undo step (merged while the arrows are held), and its owner moves the box back when the layer changes (undo,
a project opened).  After a Compute the coverage answers a change at once, from the steps it prepared
(:mod:`layers.coverage.threshold_steps`).  Shared here because feature folders may not import each other.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QValidator
from PySide6.QtWidgets import QDoubleSpinBox, QWidget

from layers.coverage.service_layers import has_service_level
from layers.i18n import format_number
from layers.transit.levels import THRESHOLD_STEPS, headway_text, parse_threshold

if TYPE_CHECKING:
    from layers.model import Layer

MAX_BOX_PER_H = 60.0  # one a minute: more than any stop of the region's feeds has in a peak hour
# English; shown as QCoreApplication.translate("threshold_box", TOOLTIP)
TOOLTIP = str(QT_TRANSLATE_NOOP(
    "threshold_box", "Only stops with at least this many departures an hour serve (any: every stop). Type a number "
    "or a headway (\"every 20 min\" is 3 an hour); the arrows step through the headways the coverage check prepares"))


class ThresholdSpinBox(QDoubleSpinBox):
    """"≥ N /h" that also reads a headway ("every 20 min": 3 an hour, :func:`layers.transit.levels.parse_threshold`)
    and whose arrows step through :data:`~layers.transit.levels.THRESHOLD_STEPS`, the thresholds the coverage
    check has prepared (so that stepping is instant there)."""

    STEPS = (0.0, *THRESHOLD_STEPS)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.valueChanged.connect(self._say_headway)
        self._say_headway(0.0)

    def _say_headway(self, value: float) -> None:
        self.setToolTip("{}. {}".format(headway_text(value or None),
                                        QCoreApplication.translate("threshold_box", TOOLTIP)))

    def textFromValue(self, value: float) -> str:
        return f"≥ {format_number(value, 1)} /h"  # "≥ 4,0 /h" in Finnish, as the language writes numbers

    def valueFromText(self, text: str) -> float:
        try:
            return parse_threshold(text) or 0.0
        except ValueError:
            return self.value()

    def validate(self, text: str, pos: int) -> tuple[QValidator.State, str, int]:
        try:
            value = parse_threshold(text) or 0.0
        except ValueError:
            return QValidator.State.Intermediate, text, pos  # typing on: "every 2" becomes "every 20 min"
        ok = value <= self.maximum()
        return QValidator.State.Acceptable if ok else QValidator.State.Intermediate, text, pos

    def fixup(self, text: str) -> str:
        return self.textFromValue(self.value())

    def stepBy(self, steps: int) -> None:
        value = self.value()
        if steps > 0:
            above = [s for s in self.STEPS if s > value + 1e-9 and s <= self.maximum()]
            target = above[min(steps, len(above)) - 1] if above else value
        else:
            below = [s for s in self.STEPS if s < value - 1e-9]
            target = below[max(len(below) + steps, 0)] if below else value
        self.setValue(target)


def threshold_spin_box(parent: QWidget | None = None) -> QDoubleSpinBox:
    """An empty "≥ N /h" box: 0 to 60 an hour, "any" at 0, a headway typed as "every 20 min", one change per
    typed value."""
    box = ThresholdSpinBox(parent)
    box.setRange(0.0, MAX_BOX_PER_H)
    box.setDecimals(2)
    box.setSpecialValueText(QCoreApplication.translate("threshold_box", "any"))  # shown at 0: every stop serves
    box.setKeyboardTracking(False)  # typing "12" is one change, not 1 then 12
    return box


def threshold_box(layer: Layer) -> QDoubleSpinBox | None:
    """A box bound to ``layer``'s threshold, or None where its data have no departures per hour."""
    if not has_service_level(layer.data):
        return None
    box = threshold_spin_box()
    show_threshold(box, layer)
    box.valueChanged.connect(lambda value: write_threshold(layer, value))
    return box


def show_threshold(box: QDoubleSpinBox, layer: Layer) -> None:
    """Put ``layer``'s threshold in ``box`` without writing it back."""
    value = layer.service_threshold or 0.0
    if box.value() != value:
        box.blockSignals(True)
        box.setValue(value)
        box.blockSignals(False)


def write_threshold(layer: Layer, value: float) -> None:
    """The box's value as the layer's threshold: 0 is "any" (None)."""
    layer.service_threshold = value or None
