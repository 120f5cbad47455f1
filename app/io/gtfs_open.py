"""Opening GTFS timetables in the window: a ``.zip`` or folder holding stops.txt and stop_times.txt.

File > Open (a zip), File > Open timetable folder… (a feed unpacked in a folder, which a file dialog cannot
choose), a drop on the window (a zip or a folder) and ``regionmap FEED`` all reach
:meth:`GtfsOpener.handle_path`, asked before the geodata loader (which would take a zip for zipped shapefiles).
Each feed is read by :func:`layers.transit.run` off the
GUI thread, with progress and Cancel in the status bar, so several feeds load side by side.  A feed becomes two
transport layers: its stops coloured by service class (departures an hour in 07-09 on the default day, the legend
in the layer list) and its route lines coloured by mode.  Both are one undo step.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from app.window_api import FeatureKey, WindowApi
from layers.model import DEFAULT_STYLES, LayerKind, Style

if TYPE_CHECKING:
    from layers.model import Layer
    from layers.transit import TransitResult

SERVICE_COLOURS = {">= 12/h": "#2b8a3e", "6-12/h": "#94d82d", "2-6/h": "#f59f00", "< 2/h": "#e03131"}
"""Green for frequent service, red for rare: the four classes of :data:`layers.transit.SERVICE_CLASSES`."""

MODE_COLOURS = {"bus": "#007ac9", "tram": "#00985f", "metro": "#ff6319", "rail": "#8c4799", "ferry": "#00b9e4",
                "other": "#868e96"}
"""HSL's colours for the modes, which planners in the region read without a legend."""


def stops_style() -> Style:
    from layers.transit import SERVICE_CLASSES

    base = DEFAULT_STYLES[LayerKind.TRANSPORT]
    return base.with_(point_size=7.0, width=0.5, stroke="#343a40", fill_opacity=1.0, category_field="service",
                      categories=tuple((label, SERVICE_COLOURS[label]) for _b, label in SERVICE_CLASSES))


def routes_style(modes: set[str] | None = None) -> Style:
    """Lines coloured by mode; the legend lists only the feed's own modes (all of them when not given)."""
    base = DEFAULT_STYLES[LayerKind.TRANSPORT]
    shown = tuple((m, c) for m, c in MODE_COLOURS.items() if modes is None or m in modes)
    return base.with_(width=1.5, opacity=0.8, category_field="mode", categories=shown)


def layers_of(result: TransitResult) -> list[Layer]:
    """The route and stop layers of one feed, in the order they are added: the stops above the lines, and the
    best-served stops drawn last, on top."""
    from layers.model import Layer
    from layers.transit.recount import counted_note

    stem = result.path.stem if result.path.suffix.lower() == ".zip" else result.path.name
    when = f"GTFS, {result.day.isoformat()} ({result.day_reason}), departures {result.window_text}"
    note = counted_note(result)  # the day and window: Analysis > Timetable day and window counts them again
    stops = result.stops.sort_values("per_hour", kind="stable").reset_index(drop=True)
    out = []
    if len(result.routes):
        # the lines are drawn for reference, not counted as service: a bus serves its stops, not every metre of
        # its line (and a feed's shapes run far beyond the region)
        out.append(Layer(result.routes, f"{stem} — routes", kind=LayerKind.OTHER,
                         style=routes_style(set(result.routes["mode"])), source=str(result.path), note=when))
    out.append(Layer(stops, f"{stem} — stops", kind=LayerKind.TRANSPORT, style=stops_style(), source=str(result.path),
                     note=note))
    return out


class GtfsOpener:
    """Loads GTFS feeds into ``window.document``; ``loaded`` keeps the layers it added (tests, undo)."""

    def __init__(self, window: WindowApi) -> None:
        self.window = window
        self.loaded: list[Layer] = []
        self.failures: list[str] = []

    def handle_path(self, path: Path, kind: str | None) -> bool:
        """A ``window.path_handlers`` entry: take GTFS feeds (``kind`` from the window's look at the file),
        leave everything else to the other handlers."""
        from layers.project.file_kind import GTFS

        if kind != GTFS:
            return False
        self.load(path)
        return True

    def open_folder_dialog(self) -> Path | None:
        """File > Open timetable folder…: choose a folder holding a feed's .txt files and read it."""
        from PySide6.QtCore import QCoreApplication
        from PySide6.QtWidgets import QFileDialog

        from app.settings import Settings

        settings = Settings()
        chosen = QFileDialog.getExistingDirectory(
            self.window.qt_window, QCoreApplication.translate("GtfsOpener", "Open timetable folder (GTFS)"),
            str(settings.last_folder("data")))
        if not chosen:
            return None
        folder = Path(chosen)
        settings.set_last_folder("data", folder)
        from layers.project.file_kind import kind_of

        if not self.handle_path(folder, kind_of(folder)):  # a folder: kind_of only stats its stops.txt
            text = QCoreApplication.translate(
                "GtfsOpener", "{name}: not a GTFS timetable (a feed folder holds stops.txt and stop_times.txt); "
                "choose the folder the feed was unpacked into, or open its .zip with Open data").format(
                name=folder.name or str(folder))
            self.failures.append(text)
            self.window.show_error(text)
        return folder

    def load(self, path: Path) -> None:
        """Start reading the feed in the background; its layers are added when it is done."""
        from PySide6.QtCore import QCoreApplication

        from layers.transit import TransitInputs, run

        title = QCoreApplication.translate("GtfsOpener", "Reading timetable {name}").format(name=path.name)
        self.window.run_task(title, run, TransitInputs(Path(path)),
                             on_done=lambda result: self._loaded(path, result),
                             on_error=lambda exc: self._fail(path, exc))

    def _loaded(self, path: Path, result: TransitResult | None) -> None:
        from PySide6.QtCore import QCoreApplication

        from layers.i18n import format_number

        if result is None:  # cancelled task that returned anyway
            return
        new = layers_of(result)
        step = QCoreApplication.translate("GtfsOpener", "add timetable {file}").format(file=path.name)  # Undo's text
        with self.window.session.undo_stack.macro(step):
            for layer in new:
                self.window.document.layers.append(layer)
        self.loaded.extend(new)
        counts = result.stops["service"].value_counts()
        frequent = int(counts.get(">= 12/h", 0)) + int(counts.get("6-12/h", 0))
        number = format_number  # thousands as the language writes them
        text = QCoreApplication.translate("GtfsOpener",
            "Added timetable {name}: {stops} stops ({frequent} with 6 or more departures an hour, {window} on {day}), "
            "{routes} route lines").format(name=path.name, stops=number(len(result.stops)), frequent=number(frequent),
                                           window=result.window_text, day=result.day.isoformat(),
                                           routes=number(len(result.routes)))
        if result.notes:
            text += QCoreApplication.translate("GtfsOpener", ". Dropped: {notes}").format(notes="; ".join(result.notes))
        stops_layer = new[-1]
        canvas = self.window.canvas
        self.window.show_message(text, "warning" if result.notes else "success",
                                 QCoreApplication.translate("GtfsOpener", "Zoom to layer"),
                                 lambda: canvas.zoom_to_layer(stops_layer), 15000)

    def _fail(self, path: Path, exc: BaseException) -> None:
        from PySide6.QtCore import QCoreApplication

        from layers.errors import Cancelled, UserError

        if isinstance(exc, Cancelled):
            self.window.show_status(QCoreApplication.translate(
                "GtfsOpener", "{name}: cancelled; nothing was added").format(name=path.name))
            return
        text = str(exc).strip() or type(exc).__name__
        if not isinstance(exc, UserError):
            from layers.userdirs import log_exception

            where = log_exception(exc, f"reading timetable {path}")
            if where:
                text = QCoreApplication.translate("GtfsOpener",
                    "{name}: could not be read ({error}: {text}); details in {log}. Nothing else was changed.").format(
                        name=path.name, error=type(exc).__name__, text=text, log=where)
            else:
                text = QCoreApplication.translate("GtfsOpener",
                    "{name}: could not be read ({error}: {text}). Nothing else was changed.").format(
                        name=path.name, error=type(exc).__name__, text=text)
        elif path.name not in text:
            text = f"{path.name}: {text}"
        self.failures.append(text)
        self.window.show_error(text)


GTFS_OPENER: FeatureKey[GtfsOpener] = FeatureKey("GTFS opener")


def install(window: WindowApi) -> GtfsOpener:
    """The handler of GTFS feeds opened, dropped or given on the command line (asked before the others)."""
    from PySide6.QtCore import QCoreApplication

    opener = window.features.add(GTFS_OPENER, GtfsOpener(window))
    window.add_path_handler(opener.handle_path, first=True)
    window.add_action("open_timetable_folder", QCoreApplication.translate("GtfsOpener", "Open &timetable folder…"),
                      opener.open_folder_dialog, "file", group="data", order=12,
                      tip=QCoreApplication.translate("GtfsOpener", "Open a GTFS feed unpacked in a folder (a .zip "
                                                     "opens with Open data, or drop either on the window)"))
    return opener
