"""The app's icon, drawn from its one SVG by Qt's icon engine so it stays sharp at every size and scale."""

from __future__ import annotations

from PySide6.QtGui import QIcon

from facilitator.resources import resource_path

ICON_FILE = "facilitator.svg"


def app_icon() -> QIcon:
    """The icon of the app (title bars, task bar, About); empty if the SVG support is missing."""
    return QIcon(str(resource_path("icons", ICON_FILE)))
