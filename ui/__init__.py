"""The Recours desktop interface: windows, item models, dialogs, undo, background tasks."""
