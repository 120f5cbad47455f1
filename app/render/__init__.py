"""Drawing layers onto any paint device (canvas, PNG, PDF, SVG) from cached simplified geometry."""
