"""Readers and writers for geodata files.  Everything read is returned in EPSG:3067."""

from layers.io.read import LoadedData, LoadReport, read_layer

__all__ = ["LoadReport", "LoadedData", "read_layer"]
