"""The layer list: its dock, the Qt model that mirrors the LayerList, styles, attribute table."""
