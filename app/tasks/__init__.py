"""Running layers/ tasks off the GUI thread, with progress and Cancel."""
