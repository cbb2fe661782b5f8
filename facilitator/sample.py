"""The built-in sample meeting: the real 2018 Kraków consultation summary, for trying the app and testing exports."""

from __future__ import annotations

import json
from pathlib import Path

from facilitator.resources import resource_path

SAMPLE_FILE = "consultation-2018-06-15.json"


def sample_path() -> Path:
    """Where the sample meeting file ships (source tree or frozen build)."""
    return resource_path("sample", SAMPLE_FILE)


def load_sample() -> dict:
    """The sample as a meeting-file dict (a fresh copy each call, safe to modify)."""
    return json.loads(sample_path().read_text(encoding="utf-8"))
