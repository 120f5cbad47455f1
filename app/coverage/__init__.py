"""The coverage check: its dock and the coverage curve."""
