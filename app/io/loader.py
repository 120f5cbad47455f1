"""Loading files in the GUI: File > Open (Ctrl+O), files dropped on the window and ``regionmap FILE...``.

Every file is read by :func:`layers.io.read.read_layer` in the background (progress and Cancel in the status bar);
then the load dialog confirms name, kind, service radius and CRS.  A file that fails leaves a message naming the
file and the problem; the layers already loaded are never touched (the new layer is only added at the end).

``ASK``: ``None`` (default) asks through modal dialogs except on the headless ``offscreen`` Qt platform (e.g.
``regionmap --screenshot OUT.png FILE``), where the defaults are taken; ``True`` always asks, ``False`` never.
``CONFIRM`` may be replaced by any ``callable(loaded, name, parent) -> LoadChoice | None``.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QKeySequence

from app.window_api import FeatureKey, WindowApi
from layers.errors import UserError
from layers.i18n import format_number
from layers.io.formats import CSV_SUFFIXES, OPEN_FILTERS, is_geodata_path

if TYPE_CHECKING:
    from app.io.load_dialog import LoadChoice
    from app.widgets.message_bar import MessageItem
    from layers.io.csv_points import CsvColumns
    from layers.io.formats import LayerInfo
    from layers.io.preflight import FileLook
    from layers.io.read import LoadedData
    from layers.model import Layer

ASK: bool | None = None
CONFIRM: Callable[..., LoadChoice | None] | None = None  # None: the dialog (or the defaults when ASK is False)

def asking() -> bool:
    """Whether to show the modal load dialogs (see ``ASK``)."""
    if ASK is not None:
        return ASK
    from PySide6.QtGui import QGuiApplication

    return QGuiApplication.platformName() != "offscreen"


def describe_layers(infos: list[LayerInfo]) -> list[tuple[str, str]]:
    """(layer name, description) of the layers in a file (several for a GeoPackage or a zip of shapefiles), for
    the layer picker; :func:`layers.io.preflight.look_at_file` finds them off the GUI thread."""
    out = []
    for info in infos:
        detail = info.geometry_type if info.geometry_type not in ("unknown", "none") else ""
        if info.features is not None:
            count = features_text(info.features)
            detail = f"{detail}, {count}" if detail else count
        out.append((info.name, detail))
    return out


def features_text(n: int) -> str:
    """``1 feature`` / ``12,345 features`` in the interface's language (fi and sv have English's two forms)."""
    if n == 1:
        return QCoreApplication.translate("Loader", "1 feature")
    return QCoreApplication.translate("Loader", "{n} features").format(n=format_number(n))


def failure_text(path: Path, exc: BaseException) -> str:
    """A message that names the file and says what is wrong (UserErrors are already written for people)."""
    from layers.commands.support import one_line

    text = one_line(str(exc).strip()) or type(exc).__name__  # a newline in a file name stays on one line
    name = one_line(path.name)
    if isinstance(exc, UserError):
        return text if (name in text or one_line(str(path)) in text) else f"{name}: {text}"
    from layers.userdirs import log_exception

    where = log_exception(exc, f"loading {path}")
    detail = QCoreApplication.translate("Loader", "; details in {log}").format(log=where) if where else ""
    return QCoreApplication.translate("Loader", "{file}: could not be loaded ({error}){details}. Nothing else was "
                                      "changed.").format(file=name, error=f"{type(exc).__name__}: {text}",
                                                         details=detail)


ENCODING_NAMES = {"cp1252": "Windows-1252 (Latin-1)"}


def not_added(path: Path) -> str:
    return QCoreApplication.translate("Loader", "{file}: not added").format(file=path.name)

class Loader:
    """Loads files into ``window.document``; one per window (``window.features.get(LOADER)``)."""

    def __init__(self, window: WindowApi) -> None:
        self.window = window
        self.loaded_layers: list[Layer] = []  # every layer this loader added, in order (tests, undo)
        self.unattended = False  # a --screenshot run: never ask, take the defaults
        self.failures: list[str] = []

    # ---- entry points ---------------------------------------------------------------------------------------
    def handle_path(self, path: Path, kind: str | None = None) -> bool:
        """A ``window.path_handlers`` entry: take geodata files (by name; projects and timetables are taken
        first by their handlers), leave anything else to other handlers."""
        if not is_geodata_path(path):
            return False
        self.load(path)
        return True

    def open_dialog(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        title = QCoreApplication.translate("Loader", "Open data")
        paths, _ = QFileDialog.getOpenFileNames(self.window.qt_window, title, str(Path.home()), OPEN_FILTERS)
        if paths:
            self.window.open_paths(paths)

    def load(self, path: Path, *, layer: str | None = None, crs: str | None = None,
             name: str | None = None, csv_columns: CsvColumns | None = None) -> None:
        """Start loading ``path`` (one ``layer`` of it; ``crs`` overrides the file's; ``csv_columns`` a CSV's).

        Nothing here opens the file: the GUI thread only ``stat``s it (a FIFO, a device, a folder or a file over
        the size limit is refused at once), and what must look inside (the layers of a GeoPackage or zip, a
        CSV's columns) runs as a task like the read itself, so no file can block the window."""
        from layers.io.source_file import check_source_file

        path = Path(path)
        suffix = path.suffix.lower()
        try:
            check_source_file(path)
        except UserError as exc:
            self._fail(path, exc)
            return
        want_layers = layer is None and suffix in (".gpkg", ".zip")
        want_csv = suffix in CSV_SUFFIXES and csv_columns is None
        if want_layers or want_csv:
            from layers.io.preflight import look_at_file

            self.window.run_task(
                QCoreApplication.translate("Loader", "Opening {file}").format(file=path.name), look_at_file, path,
                layers=want_layers, csv=want_csv,
                on_done=lambda look: self._looked(path, look, layer, crs, name),
                on_error=lambda exc: self._fail(path, exc),
            )
            return
        self._read(path, layer, crs, name, csv_columns)

    def _looked(self, path: Path, look: FileLook | None, layer: str | None, crs: str | None,
                name: str | None) -> None:
        """After :func:`layers.io.preflight.look_at_file`: pick the layers, confirm the CSV columns, read."""
        if look is None:  # cancelled
            return
        try:
            if look.layers is not None and len(look.layers) > 1:
                for layer_name in self._ask_layers(path, describe_layers(look.layers)):
                    self.load(path, layer=layer_name, name=f"{path.stem} — {layer_name}")
                return
            csv_columns = None
            if look.csv is not None:
                csv_columns = self._csv_columns(path, look.csv)
                if csv_columns is None:
                    return
        except UserError as exc:
            self._fail(path, exc)
            return
        self._read(path, layer, crs, name, csv_columns)

    def _read(self, path: Path, layer: str | None, crs: str | None, name: str | None,
              csv_columns: CsvColumns | None) -> None:
        from layers.io.read import read_layer

        title = QCoreApplication.translate("Loader", "Loading {file}").format(file=path.name)
        title += f" ({layer})" if layer else ""
        self.window.run_task(
            title, read_layer, path, layer=layer, crs=crs, csv_columns=csv_columns,
            on_done=lambda loaded: self._loaded(path, layer, loaded, name, csv_columns),
            on_error=lambda exc: self._fail(path, exc),
        )

    def asking(self) -> bool:
        """Whether this loader shows the modal load dialogs (never in an unattended run; else see ``ASK``)."""
        return not self.unattended and asking()

    def _csv_columns(self, path: Path, detected: CsvColumns) -> CsvColumns | None:
        """The detected coordinate columns; asks when none were recognised (None: the user gave up)."""
        if detected.usable:
            return detected
        if not self.asking():
            raise UserError(QCoreApplication.translate(
                "Loader", "{file}: no coordinate columns found (columns: {columns}); name them lon/lat, x/y or E/N, "
                "or add a WKT column").format(file=path.name, columns=", ".join(detected.columns)
                                              or QCoreApplication.translate("Loader", "none")))
        from app.io.load_dialog import ask_csv_columns

        chosen = ask_csv_columns(path.name, detected, self.window.qt_window)
        if chosen is None:
            self.window.show_status(not_added(path))
        return chosen

    # ---- steps ----------------------------------------------------------------------------------------------
    def _ask_layers(self, path: Path, layers: list[tuple[str, str]]) -> list[str]:
        if not self.asking():
            return [name for name, _geom in layers]
        from app.io.load_dialog import ask_layers

        return ask_layers(path.name, layers, self.window.qt_window)

    def _confirm(self, loaded: LoadedData, name: str, csv_columns: CsvColumns | None) -> LoadChoice | None:
        if CONFIRM is not None:
            return CONFIRM(loaded, name, self.window.qt_window)
        from app.io.load_dialog import ask_load_choice, default_choice

        if self.asking():
            return ask_load_choice(loaded, name, self.window.qt_window, csv_columns)
        return default_choice(loaded, name)

    def _loaded(self, path: Path, layer_name: str | None, loaded: LoadedData, name: str | None,
                csv_columns: CsvColumns | None = None) -> None:
        if loaded is None:  # cancelled task that returned anyway
            return
        report = loaded.report
        if len(loaded.data) == 0:
            self._fail(path, UserError(QCoreApplication.translate(
                "Loader", "{file}: no features with a geometry to show ({n} empty or null skipped); nothing was "
                "added").format(file=path.name, n=report.skipped_empty)))
            return
        choice = self._confirm(loaded, name or path.stem, csv_columns)
        if choice is None:
            self.window.show_status(not_added(path))
            return
        if choice.crs or choice.csv_columns:
            self.load(path, layer=layer_name, crs=choice.crs, name=choice.name,
                      csv_columns=choice.csv_columns or csv_columns)
            return
        try:
            new = self._make_layer(path, loaded, choice)
        except (ValueError, UserError) as exc:
            self._fail(path, exc)
            return
        with self.window.session.undo_stack.macro(QCoreApplication.translate("Loader", "add {layer}").format(
                layer=new.name)):
            self.window.document.layers.append(new)  # and, loaded as the hot spots, that role: one undo step
            if choice.kind.value == "hotspot":
                self.window.document.use_hotspot_layer(new)
        if choice.kind.value == "population" and choice.population_field:
            self._count_people_with(new, choice.population_field)
        self.loaded_layers.append(new)
        added = self._report_success(new, loaded)
        from app.io.credit_prompt import offer_credit

        offer_credit(self.window, new, report.credit_from, item=added)  # asked once, when the file names none

    def _count_people_with(self, layer: Layer, field: str) -> None:
        """A population layer just loaded becomes the coverage check's population source (the dock can change
        it); one already chosen stays."""
        from layers.coverage.population_source import PopulationSource

        live = self.window.session.coverage
        if live.population_source is None:
            live.set_population_source(PopulationSource(layer.name, field))

    def _make_layer(self, path: Path, loaded: LoadedData, choice: LoadChoice) -> Layer:
        from layers.model import Layer

        report = loaded.report
        note = ""
        if report.crs_how in ("detected", "assumed"):
            declared = (QCoreApplication.translate("Loader", "the file says {crs}").format(crs=report.crs_declared)
                        if report.crs_declared else QCoreApplication.translate("Loader", "the file declares none"))
            how = (QCoreApplication.translate("Loader", "CRS {crs} detected from the coordinates ({declared})")
                   if report.crs_how == "detected" else
                   QCoreApplication.translate("Loader", "CRS {crs} assumed from the coordinates ({declared})"))
            note = how.format(crs=report.crs, declared=declared)
        if report.encoding != "utf-8":
            read_as = QCoreApplication.translate("Loader", "text read as {encoding} (the file is not UTF-8)").format(
                encoding=ENCODING_NAMES.get(report.encoding, report.encoding))
            note = "; ".join(n for n in (note, read_as) if n)
        return Layer(loaded.data, choice.name, kind=choice.kind, radius_m=choice.radius_m, source=str(path),
                     note=note, attribution=report.credit)

    def _report_success(self, layer: Layer, loaded: LoadedData) -> MessageItem | None:
        report = loaded.report
        extras = []
        if report.repaired:
            extras.append(QCoreApplication.translate(
                "Loader", "{n} invalid geometries repaired").format(n=report.repaired))
        if report.skipped_empty:
            extras.append(QCoreApplication.translate("Loader", "{n} empty skipped").format(n=report.skipped_empty))
        if report.skipped_nonfinite or report.skipped_out_of_range:
            extras.append(QCoreApplication.translate("Loader", "{n} with bad coordinates skipped").format(
                n=report.skipped_nonfinite + report.skipped_out_of_range))
        if report.crs_how == "detected":
            extras.append(QCoreApplication.translate("Loader", "CRS {crs} detected — check the position").format(
                crs=report.crs))
        elif report.crs_how == "assumed":
            extras.append(QCoreApplication.translate("Loader", "CRS {crs} assumed — check the position").format(
                crs=report.crs))
        if report.encoding != "utf-8":
            extras.append(QCoreApplication.translate("Loader", "not UTF-8: text read as {encoding} — check the "
                                                     "names").format(
                encoding=ENCODING_NAMES.get(report.encoding, report.encoding)))
        text = QCoreApplication.translate("Loader", "Added '{layer}': {features}").format(
            layer=layer.name, features=features_text(len(layer.data))) + (f" ({'; '.join(extras)})" if extras else "")
        level = "warning" if report.crs_how in ("detected", "assumed") or report.encoding != "utf-8" else "success"
        canvas = self.window.canvas
        return self.window.show_message(text, level, QCoreApplication.translate(
            "Loader", "Zoom to layer"), lambda: canvas.zoom_to_layer(layer), 15000)

    def _fail(self, path: Path, exc: BaseException) -> None:
        text = failure_text(path, exc)
        self.failures.append(text)
        self.window.show_error(text)


LOADER: FeatureKey[Loader] = FeatureKey("data loader")


def install(window: WindowApi) -> Loader:
    """File > Open data… and the handler of geodata files opened, dropped or given on the command line."""
    loader = window.features.add(LOADER, Loader(window))
    window.add_path_handler(loader.handle_path)
    window.add_action("open_file", QCoreApplication.translate("Loader", "&Open data…"), loader.open_dialog, "file",
                      group="data", order=10, shortcut=QKeySequence(QKeySequence.StandardKey.Open),
                      tip=QCoreApplication.translate("Loader", "Open GeoJSON, GeoPackage, Shapefile, FlatGeobuf, "
                                                     "GeoParquet or CSV (or drop files on the window)"))
    return loader
