"""Small widgets shared by the features (message bar, swatches)."""
