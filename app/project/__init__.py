"""Projects: new, open, save, autosave, recovery and recent projects."""
