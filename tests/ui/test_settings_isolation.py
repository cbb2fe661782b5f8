"""Each test's settings live in its own temporary home, never in a file an earlier test wrote."""

from __future__ import annotations

import os
from pathlib import Path

from ui.settings import Settings


def test_settings_are_written_under_this_tests_home():
    settings = Settings()
    settings.recurring_threshold = 77
    settings.qsettings.sync()
    assert Path(settings.qsettings.fileName()).is_relative_to(Path(os.environ["HOME"]))
    assert Path(settings.qsettings.fileName()).is_file()


def test_a_fresh_home_starts_from_the_defaults():
    assert not Path(Settings().qsettings.fileName()).exists()
