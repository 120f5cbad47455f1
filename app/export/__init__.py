"""Exports: the export dialog, page rendering (PNG/PDF/SVG) and the export command."""
