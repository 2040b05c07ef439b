"""What to do next and when, in the window: the dashboard's "needs attention" list, the next
steps of the case on show, and the daily notice (core.deadlines, docs/deadlines.md)."""
