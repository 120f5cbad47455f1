"""The map canvas, identify and the measuring tool's widget side."""
