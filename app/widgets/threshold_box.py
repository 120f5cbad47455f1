"""The service-threshold spin box: "≥ N /h" (0 = any) for a layer's
:attr:`~layers.model.Layer.service_threshold`, in the coverage dock's slider rows and the layer panel.

Only layers whose features carry departures per hour (``per_hour``, GTFS stops) have a threshold that means
something (:func:`layers.coverage.service_layers.has_service_level`).  The box writes the layer, so a change is
one undo step (merged while the arrows are held), and its owner moves the box back when the layer changes (undo,
a project opened).  After a Compute the coverage answers a change at once, from the steps it prepared
(:mod:`layers.coverage.threshold_steps`).  Shared here because feature folders may not import each other.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QDoubleSpinBox, QWidget

from layers.coverage.service_layers import has_service_level

if TYPE_CHECKING:
    from layers.model import Layer

MAX_BOX_PER_H = 60.0  # one a minute: more than any stop of the region's feeds has in a peak hour
TOOLTIP = "Only stops with at least this many departures an hour serve (any: every stop)"


def threshold_spin_box(parent: QWidget | None = None) -> QDoubleSpinBox:
    """An empty "≥ N /h" box: 0 to 60 an hour in steps of one, "any" at 0, one change per typed number."""
    box = QDoubleSpinBox(parent)
    box.setRange(0.0, MAX_BOX_PER_H)
    box.setDecimals(1)
    box.setSingleStep(1.0)
    box.setPrefix("≥ ")
    box.setSuffix(" /h")
    box.setSpecialValueText("any")  # shown at 0: every stop serves
    box.setKeyboardTracking(False)  # typing "12" is one change, not 1 then 12
    box.setToolTip(TOOLTIP)
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
