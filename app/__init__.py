"""regionmap's Qt user interface.  Imports Qt lazily so that headless commands start fast."""
