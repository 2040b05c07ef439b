"""Icons drawn for Recours (SVG files in resources/icons), loaded by name."""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QIcon

from core.model import Channel
from core.resources import resource_path


def icon(name: str) -> QIcon:
    return QIcon(str(resource_path("icons", f"{name}.svg")))


def app_icon() -> QIcon:
    return icon("recours")


@cache
def channel_icon(channel: Channel) -> QIcon:
    """The small picture of a channel (a handset, an envelope, a shop front...), loaded once:
    a timeline of 10,000 rows asks for it on every repaint."""
    return icon(f"channel-{channel.value}")
