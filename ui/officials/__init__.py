"""The officials' screens: import of many meeting files, search, recurring statements, tags, reports."""

from __future__ import annotations


def install(start_window) -> object:
    """Add File → Import (with preview), the 'Urzędnik' menu and drag-and-drop of meeting files to the start window."""
    from ui.officials.controller import install_on

    return install_on(start_window)
