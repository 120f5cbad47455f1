"""Readers for geodata files.  Everything read is returned in EPSG:3067.

Public API (used by the GUI's load dialogs and the headless commands):

* :func:`read_layer` -> :class:`LoadedData` ``(data, report)``; ``report.summary()`` is the text to show.
* :func:`list_layers` -> ``[LayerInfo(name, geometry_type, features)]`` of a multi-layer file.
* :func:`detect_csv_columns` -> :class:`CsvColumns` suggestion to confirm, passed back as ``csv_columns=``.
* :func:`split_by_family` -> one frame per geometry family (the loader keeps mixed types in one layer).
* :mod:`layers.io.boundaries` (official municipal boundaries from a file) and :mod:`layers.io.wfs`
  (Statistics Finland's WFS, cached for offline use).

The names below are imported on first use (PEP 562, :mod:`layers.lazy`): a command that reads one file through
one module of the package (the light GeoJSON reader, say) does not import every reader with it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from layers.lazy import lazy_names

if TYPE_CHECKING:
    from layers.io.csv_points import CsvColumns, detect_csv_columns
    from layers.io.formats import OPEN_FILTERS, LayerInfo, list_layers
    from layers.io.geometry_fix import split_by_family
    from layers.io.read import LoadedData, LoadReport, read_layer

_WHERE = {"CsvColumns": "csv_points", "detect_csv_columns": "csv_points", "OPEN_FILTERS": "formats",
          "LayerInfo": "formats", "list_layers": "formats", "split_by_family": "geometry_fix",
          "LoadedData": "read", "LoadReport": "read", "read_layer": "read"}

__all__ = ["OPEN_FILTERS", "CsvColumns", "LayerInfo", "LoadReport", "LoadedData", "detect_csv_columns",
           "list_layers", "read_layer", "split_by_family"]

__getattr__, __dir__ = lazy_names("layers.io", _WHERE, globals())
