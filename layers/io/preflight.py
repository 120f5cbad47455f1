"""What the window needs to know about a file before reading it, found off the GUI thread.

Opening a file can block (a FIFO named ``x.gpkg`` waits for a writer for ever) and sniffing it can run long, so
the window never does either on the GUI thread: it checks the path with ``stat`` only
(:func:`layers.io.source_file.check_source_file`) and runs :func:`look_at_file` as a task
(:mod:`layers.tasks`) to learn the layers of a multi-layer file and a CSV table's coordinate columns, then asks
its questions and reads the file with :func:`layers.io.read.read_layer`, also as a task.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from layers.i18n import translate
from layers.tasks import CancelledFn, ProgressFn, check_cancelled, never_cancelled, no_progress

if TYPE_CHECKING:
    from layers.io.csv_points import CsvColumns
    from layers.io.formats import LayerInfo


@dataclass(frozen=True)
class FileLook:
    """The layers of a multi-layer file (None: not looked for) and the detected CSV columns (None: not a CSV
    or not looked for)."""

    layers: list[LayerInfo] | None = None
    csv: CsvColumns | None = None


def look_at_file(
    path: Path, *, layers: bool = False, csv: bool = False, progress: ProgressFn = no_progress,
    cancelled: CancelledFn = never_cancelled,
) -> FileLook:
    """The file's layers (``layers``) and CSV columns (``csv``); :class:`~layers.errors.UserError` naming the
    file when it is not a regular, readable file within the limits."""
    from layers.io.source_file import check_source_file

    p = Path(path)
    check_source_file(p)
    progress(0.1, translate("io", "looking at {file}").format(file=p.name))
    found = None
    if layers:
        from layers.io.formats import list_layers

        found = list_layers(p)
        check_cancelled(cancelled)
    columns = None
    if csv:
        from layers.io.csv_points import detect_csv_columns

        columns = detect_csv_columns(p)
    progress(1.0, translate("io", "looked at {file}").format(file=p.name))
    return FileLook(found, columns)
