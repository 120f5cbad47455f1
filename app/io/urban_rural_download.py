"""Region > Download urban-rural classification…: SYKE's 7 classes of the current region as the coverage zones.

One click, as the population grid's (:mod:`app.io.population_download`): the download
(:func:`layers.io.urban_rural.download_urban_rural`, the latest year the WFS offers) runs as a background task
with progress and Cancel; the areas are added as a layer credited to SYKE (one undo step, replacing one of the
same name), and the Coverage dock's zone set becomes their classes grouped as the official intermediate zone
does it (preset ``syke-urban-rural``: urban core, intermediate, rural), which marks the result out of date until
the next Compute.  The click asks the service; offline, the copy cached earlier answers and the message says so.
A failure with no cache leaves the layers, the zone set and the cache as they were, with one message.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from app.io.population_download import add_replacing
from app.window_api import FeatureKey, WindowApi
from layers.errors import UserError
from layers.i18n import format_number
from layers.io.urban_rural import DEFAULT_BASE_URL, UrbanRural, download_urban_rural
from layers.io.wfs import other_notes

if TYPE_CHECKING:
    from app.tasks.runner import TaskHandle

WFS_BASE = DEFAULT_BASE_URL  # tests point it at a loopback server
TITLE = str(QT_TRANSLATE_NOOP("UrbanRuralDownload", "Downloading the urban-rural classification"))


class UrbanRuralDownload:
    """The action's state: at most one download at a time; the failures shown (for tests)."""

    def __init__(self, window: WindowApi) -> None:
        self.window = window
        self.handle: TaskHandle | None = None
        self.failures: list[str] = []

    def start(self) -> TaskHandle | None:
        if self.handle is not None and self.handle.status == "running":
            self.window.show_status(QCoreApplication.translate(
                "UrbanRuralDownload", "The urban-rural classification is already being downloaded"))
            return None
        title = QCoreApplication.translate("UrbanRuralDownload", TITLE)
        self.handle = self.window.run_task(title, download_urban_rural, within=self.window.document.region.outline,
                                           base_url=WFS_BASE, refresh=True, on_done=self._done,
                                           on_error=self._failed)
        return self.handle

    def _done(self, got: UrbanRural | None) -> None:
        if got is None:  # cancelled, returned anyway
            return
        from layers.coverage.zone_sets import PRESETS, ZoneSet

        layer = got.to_layer()
        add_replacing(self.window, layer)
        preset = PRESETS["syke-urban-rural"]
        self.window.session.coverage.set_zone_set(ZoneSet(layer.name, got.field, dict(preset.mapping), preset.name))
        how = QCoreApplication.translate("UrbanRuralDownload", "from the copy cached earlier (no network)") \
            if got.from_cache else QCoreApplication.translate("UrbanRuralDownload", "downloaded")
        extra = other_notes(got.notes, got.base_url)
        text = QCoreApplication.translate(
            "UrbanRuralDownload", "Added '{layer}': {areas} areas ({credit}), {how}; the coverage check's zones are "
            "now its classes ({classes}): Compute to count them").format(
            layer=layer.name, areas=format_number(got.areas), credit=got.attribution, how=how,
            classes=", ".join(preset.classes)) + "".join(f". {n}" for n in extra)
        canvas = self.window.canvas
        self.window.show_message(text, "warning" if extra else "success",
                                 QCoreApplication.translate("UrbanRuralDownload", "Zoom to layer"),
                                 lambda: canvas.zoom_to_layer(layer), 15000)

    def _failed(self, exc: BaseException) -> None:
        if not isinstance(exc, UserError):
            self.window.report_exception(exc, QCoreApplication.translate("UrbanRuralDownload", TITLE))
            return
        text = QCoreApplication.translate(
            "UrbanRuralDownload", "The urban-rural classification was not downloaded: {error}. The loaded layers and "
            "the zones are unchanged.").format(error=exc)
        self.failures.append(text)
        self.window.show_error(text)


URBAN_RURAL_DOWNLOAD: FeatureKey[UrbanRuralDownload] = FeatureKey("urban-rural download")


def install(window: WindowApi) -> UrbanRuralDownload:
    feature = window.features.add(URBAN_RURAL_DOWNLOAD, UrbanRuralDownload(window))
    window.add_action("download_urban_rural", QCoreApplication.translate(
                          "UrbanRuralDownload", "Download &urban-rural classification…"), feature.start, "region",
                      order=12, tip=QCoreApplication.translate(
                          "UrbanRuralDownload", "SYKE's urban-rural classification (7 classes, CC BY 4.0) of the "
                          "region, kept for offline use; the coverage check's zones become its classes: urban core, "
                          "intermediate (peri-urban + rural areas close to urban areas) and rural"))
    return feature
