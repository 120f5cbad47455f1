"""regionmap's model, readers, analysis and headless exports.  Nothing in this package imports Qt."""

from __future__ import annotations

__all__ = ["__version__"]
__version__ = "0.1.0"
