"""Region > Download population grid…: Statistics Finland's 1 km grid of the current region in one click.

Why no dialog: the only choice a planner has to make is "people for my region", so the click starts the
download (:func:`layers.io.population_wfs.download_population`, the latest year, as a background task with
progress and Cancel), adds the grid as a population layer credited to Statistics Finland, and makes it the
coverage check's population source.  The click always asks the service (a newer year may have come out); when
that fails (offline) the copy cached earlier answers, and the message says so.  A download that fails and has no
cache to fall back on leaves the layers, the population source and the cache as they were, with one message.
Adding the layer is one undo step; a grid of the same name loaded earlier is replaced in that step.

HSY's 250 m grid is the second choice, "…(HSY 250 m)…", enabled only while the region's municipalities all lie in
the capital region it covers (after Region > Load official boundaries with Helsinki, Espoo, Vantaa, Kauniainen).
"""

from __future__ import annotations

import contextlib
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from app.window_api import FeatureKey, WindowApi
from layers.document import DocumentEvent
from layers.errors import UserError
from layers.i18n import format_number
from layers.io.population_sources import HSY, STATFI, GridSource, choices_for
from layers.io.population_wfs import PopulationGrid, download_population
from layers.io.wfs import other_notes

if TYPE_CHECKING:
    from app.tasks.runner import TaskHandle
    from layers.events import Event
    from layers.model import Layer

WFS_BASE = STATFI.base_url  # tests point these at a loopback server
HSY_WFS_BASE = HSY.base_url
REFRESH = True  # a click asks the service; offline, the cache answers
TITLE = str(QT_TRANSLATE_NOOP("PopulationDownload", "Downloading the population grid"))  # English; shown translated


class PopulationDownload:
    """The action's state: at most one download at a time; the layers it added."""

    def __init__(self, window: WindowApi) -> None:
        self.window = window
        self.handle: TaskHandle | None = None
        self.added: list[Layer] = []
        self.failures: list[str] = []

    def region_codes(self) -> list[str]:
        return [str(c) for c in self.window.document.region.municipalities["code"]]

    def start(self, source: GridSource = STATFI) -> TaskHandle | None:
        """Download (or read cached) cells for the current region's outline, in the background."""
        if self.handle is not None and self.handle.status == "running":
            self.window.show_status(QCoreApplication.translate("PopulationDownload",
                                                               "The population grid is already being downloaded"))
            return None
        within = self.window.document.region.outline
        base_url = HSY_WFS_BASE if source is HSY else WFS_BASE
        title = QCoreApplication.translate("PopulationDownload", TITLE)
        self.handle = self.window.run_task(title, download_population, within=within, codes=self.region_codes(),
                                           source=source, base_url=base_url, refresh=REFRESH, on_done=self._done,
                                           on_error=self._failed)
        return self.handle

    def start_hsy(self) -> TaskHandle | None:
        return self.start(HSY)

    def update_choices(self, _event: Event | None = None) -> None:
        """HSY's grid is offered only while the region lies inside the capital region."""
        action = self.window.action("download_population_hsy")
        if action is not None:
            with contextlib.suppress(RuntimeError):  # the window is being deleted
                action.setEnabled(HSY in choices_for(self.region_codes()))

    def _done(self, grid: PopulationGrid | None) -> None:
        if grid is None:  # cancelled, returned anyway
            return
        layer = grid.to_layer()
        add_replacing(self.window, layer)
        from layers.coverage.population_source import PopulationSource

        self.window.session.coverage.set_population_source(PopulationSource(layer.name, grid.count_field))
        self.added.append(layer)
        how = QCoreApplication.translate("PopulationDownload", "from the copy cached earlier (no network)") \
            if grid.from_cache else QCoreApplication.translate("PopulationDownload", "downloaded")
        extra = other_notes(grid.notes, grid.base_url)
        added = QCoreApplication.translate("PopulationDownload", "Added '{layer}': {cells} cells, {people} people "
                                           "({credit}), {how}; the coverage check now counts people with it")
        text = added.format(layer=layer.name, cells=format_number(grid.cells), people=format_number(grid.people),
                            credit=grid.attribution, how=how) + "".join(f". {n}" for n in extra)
        canvas = self.window.canvas
        self.window.show_message(text, "warning" if extra else "success",
                                 QCoreApplication.translate("PopulationDownload", "Zoom to layer"),
                                 lambda: canvas.zoom_to_layer(layer), 15000)

    def _failed(self, exc: BaseException) -> None:
        if not isinstance(exc, UserError):
            self.window.report_exception(exc, QCoreApplication.translate("PopulationDownload", TITLE))
            return
        text = QCoreApplication.translate("PopulationDownload", "The population grid was not downloaded: {error}. The "
                                          "loaded layers and the population source are unchanged.").format(error=exc)
        self.failures.append(text)
        self.window.show_error(text)


def add_replacing(window: WindowApi, layer: Layer) -> None:
    """Add a downloaded layer as one undo step, replacing a (non-derived) layer of the same name loaded earlier."""
    document = window.document
    old = [lay for lay in document.layers if lay.name == layer.name and not lay.derived]
    with window.session.undo_stack.macro(QCoreApplication.translate("Loader", "add {layer}").format(
            layer=layer.name)):
        for lay in old:
            document.layers.remove(lay)
        document.layers.append(layer)


POPULATION_DOWNLOAD: FeatureKey[PopulationDownload] = FeatureKey("population download")  # Region > Download…


def install(window: WindowApi) -> PopulationDownload:
    feature = window.features.add(POPULATION_DOWNLOAD, PopulationDownload(window))
    window.add_action("download_population",
                      QCoreApplication.translate("PopulationDownload", "Download &population grid…"), feature.start,
                      "region", order=10, tip=QCoreApplication.translate(
                          "PopulationDownload", "People for the region: Statistics Finland's 1 km population grid "
                          "(CC BY 4.0), the latest year, kept for offline use and used by the coverage check"))
    window.add_action("download_population_hsy", QCoreApplication.translate(
                          "PopulationDownload", "Download population grid (&HSY 250 m, capital region)…"),
                      feature.start_hsy, "region", order=11, tip=QCoreApplication.translate(
                          "PopulationDownload", "HSY's finer 250 m grid (CC BY 4.0); offered when the region lies "
                          "inside Helsinki, Espoo, Vantaa and Kauniainen (load their official boundaries first)"))
    window.document.events.connect(feature.update_choices, [DocumentEvent.REGION])
    feature.update_choices()
    return feature
