"""The service-threshold spin box of a coverage slider row: "≥ N /h" (0 = any) bound to the layer's
:attr:`~layers.model.Layer.service_threshold`.

Only layers whose features carry departures per hour (``per_hour``, GTFS stops) get one: for other layers a
threshold means nothing.  The box writes the layer (so the change is one undo step, merged while the arrows are
held) and the dock moves the box back when the layer changes (undo, a project opened); a change marks the
computed result out of date until the next Compute (answering it instantly is a later step).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QDoubleSpinBox

from layers.coverage.service_layers import has_service_level

if TYPE_CHECKING:
    from layers.model import Layer

MAX_BOX_PER_H = 60.0  # one a minute: more than any stop of the region's feeds has in a peak hour


def threshold_box(layer: Layer) -> QDoubleSpinBox | None:
    """A spin box for ``layer``'s threshold, or None where its data have no departures per hour."""
    if not has_service_level(layer.data):
        return None
    box = QDoubleSpinBox()
    box.setRange(0.0, MAX_BOX_PER_H)
    box.setDecimals(1)
    box.setSingleStep(1.0)
    box.setPrefix("≥ ")
    box.setSuffix(" /h")
    box.setSpecialValueText("any")  # shown at 0: every stop serves
    box.setKeyboardTracking(False)  # typing "12" is one change, not 1 then 12
    box.setToolTip(f"Only stops of {layer.name} with at least this many departures an hour serve (0: any stop). "
                   "Press Compute after a change.")
    show_threshold(box, layer)
    box.valueChanged.connect(lambda value: _write(layer, value))
    return box


def show_threshold(box: QDoubleSpinBox, layer: Layer) -> None:
    """Put ``layer``'s threshold in ``box`` without writing it back."""
    value = layer.service_threshold or 0.0
    if box.value() != value:
        box.blockSignals(True)
        box.setValue(value)
        box.blockSignals(False)


def _write(layer: Layer, value: float) -> None:
    layer.service_threshold = value or None
