"""The case at a glance in the app: the chart of core.timeline_chart drawn with Qt."""
