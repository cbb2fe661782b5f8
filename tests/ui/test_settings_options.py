"""Every stored option is read by something, and the start window comes back at the size it was closed with."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QSize

from ui.settings import Option, Settings

UI = Path(__file__).resolve().parents[2] / "ui"


def test_every_option_is_read_somewhere():
    options = [name for name, value in vars(Settings).items() if isinstance(value, Option)]
    sources = "\n".join(p.read_text(encoding="utf-8") for p in UI.rglob("*.py"))
    unread = [name for name in options if not re.search(rf"\.{name}\b(?!\s*=[^=])", sources)]
    assert "start_geometry" in options and unread == []


def test_options_have_their_types():
    settings = Settings()
    settings.signin_empty_rows = "12"  # what an INI file hands back
    assert settings.signin_empty_rows == 12 and isinstance(Settings.signin_empty_rows, Option)
    assert settings.start_geometry.isEmpty()


def test_the_start_window_comes_back_at_its_size(qtbot, engine):
    from ui.start_window import START_SIZE, StartWindow

    first = StartWindow(engine)
    qtbot.addWidget(first)
    first.show()
    assert first.size() == QSize(*START_SIZE)
    first.resize(700, 450)  # within the offscreen screen (800×600): restoreGeometry keeps a window on its screen
    first.close()
    again = StartWindow(engine)
    qtbot.addWidget(again)
    again.show()
    assert again.size() == QSize(700, 450)
