"""Analysis > Reach along a network…: a loaded line layer becomes the network, and every visible service layer's
reach along it at its radius is drawn as a service-area layer.

Why a layer of areas and not lines: planners compare reach with zones and people, and areas combine with them
(QGIS's service area gives lines that cannot).  The work (building the graph, snapping, one Dijkstra per layer)
is :func:`layers.network.reach.run`, a task off the GUI thread with progress and Cancel.  The areas are derived
layers, replaced when the reach is computed again and never undo steps.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel

from app.window_api import FeatureKey, WindowApi
from layers.coverage.derived import upsert_layer
from layers.errors import UserError
from layers.model import Style, geometry_family, service_radius_m
from layers.network.profiles import MODES, mode_word
from layers.network.reach import Reach, ReachInputs, area_note, run

if TYPE_CHECKING:
    from app.tasks.runner import TaskHandle
    from layers.model import Layer

# English sources; shown as QCoreApplication.translate("NetworkReach", text)
TITLE = str(QT_TRANSLATE_NOOP("NetworkReach", "Reach along the network"))
SUFFIX = str(QT_TRANSLATE_NOOP("NetworkReach", " — reach along the network"))  # of the areas' layer names


def _t(text: str) -> str:
    return QCoreApplication.translate("NetworkReach", text)
AREA_STYLE = Style(fill="#2f9e44", stroke="#2b8a3e", width=0.8, fill_opacity=0.3)


class NetworkReach:
    """The chosen network (a layer's name and the mode) and the task computing the service areas."""

    def __init__(self, window: WindowApi) -> None:
        self.window = window
        self.network: str | None = None
        self.mode = "walk"
        self.handle: TaskHandle | None = None

    def line_layers(self) -> list[Layer]:
        return [lyr for lyr in self.window.document.layers if not lyr.derived and len(lyr.data)
                and geometry_family(lyr.data) == "line"]

    def compute(self, network: Layer, mode: str = "walk") -> TaskHandle | None:
        """Set ``network`` as the network and draw the visible service layers' reach along it."""
        services = [(lyr.name, lyr.data, service_radius_m(lyr)) for lyr in self.window.document.service_layers()
                    if lyr.visible and lyr is not network]
        if not services:
            self.window.show_error(QCoreApplication.translate(
                "NetworkReach", "Reach along the network: no visible transport or energy layer to measure; load one "
                "or show it"))
            return None
        self.network, self.mode = network.name, mode
        inputs = ReachInputs(network.data, network.name, services, mode)
        self.handle = self.window.run_task(_t(TITLE), run, inputs, on_done=self._done, on_error=self._failed)
        return self.handle

    def choose(self) -> TaskHandle | None:
        """The menu action: pick the network layer and the mode, then compute."""
        lines = self.line_layers()
        if not lines:
            self.window.show_error(QCoreApplication.translate(
                "NetworkReach", "Reach along the network: load a road or path network first (a line layer, e.g. "
                "OpenStreetMap streets or Digiroad)"))
            return None
        dialog = QDialog(self.window.qt_window)
        dialog.setWindowTitle(_t(TITLE))
        form = QFormLayout(dialog)
        form.addRow(QLabel(QCoreApplication.translate(
            "NetworkReach", "Each visible service layer's reach along the network, at its radius.")))
        layer_box, mode_box = QComboBox(dialog), QComboBox(dialog)
        layer_box.addItems([lyr.name for lyr in lines])
        if self.network in [lyr.name for lyr in lines]:
            layer_box.setCurrentText(self.network)
        for mode in MODES:
            mode_box.addItem(mode_word(mode), mode)  # one word per mode (layers.network.profiles)
        mode_box.setCurrentIndex(max(mode_box.findData(self.mode), 0))
        form.addRow(QCoreApplication.translate("NetworkReach", "Network"), layer_box)
        form.addRow(QCoreApplication.translate("NetworkReach", "Mode"), mode_box)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(dialog.accept)
        buttons.rejected.connect(dialog.reject)
        form.addRow(buttons)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return self.compute(lines[layer_box.currentIndex()], mode_box.currentData())

    def _done(self, reach: Reach | None) -> None:
        if reach is None:
            return
        layers = self.window.document.layers
        for name, area in reach.areas.items():
            upsert_layer(layers, name + SUFFIX, area, name=name + _t(SUFFIX), source="network reach", style=AREA_STYLE,
                         note=area_note(reach.mode, self.network or ""))
        drawn = QCoreApplication.translate("NetworkReach",
                                           "Reach along '{network}' ({mode}) drawn for {count} layer(s)")
        text = (drawn.format(network=self.network, mode=mode_word(reach.mode),
                             count=len(reach.areas)) + "".join(f". {n}" for n in reach.notes))
        self.window.show_message(text, "warning" if reach.notes else "success", timeout_ms=12000)

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, UserError):
            failed = QCoreApplication.translate("NetworkReach", "Reach along the network: {error}")
            self.window.show_error(failed.format(error=exc))
        else:
            self.window.report_exception(exc, _t(TITLE))


NETWORK_REACH: FeatureKey[NetworkReach] = FeatureKey("network reach")


def install(window: WindowApi) -> NetworkReach:
    feature = window.features.add(NETWORK_REACH, NetworkReach(window))
    window.add_action("network_reach", QCoreApplication.translate("NetworkReach", "Reach along a &network…"),
                      feature.choose, "analysis", group="network", order=10,
                      tip=QCoreApplication.translate("NetworkReach", "Choose a road or path layer as the network "
                                                     "(walk, bike or car) and draw each visible service layer's "
                                                     "reach along it at its radius"))
    return feature
