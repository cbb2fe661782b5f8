"""Guard against the PySide6 build that loses references to None (6.12.0 on Python 3.11 aborts mid-meeting)."""

from __future__ import annotations

import gc
import sys

import pytest

from tests.ui.capture_helpers import make_meeting, make_page, type_item

pytestmark = pytest.mark.skipif(sys.version_info >= (3, 12), reason="None is immortal from Python 3.12")

ADDS = 60
# The broken binding drops ~35 references per add and repaint (about -2,000 here); a healthy one only gains.
# Garbage collection and freed caches can lower the counts a little, hence the margin.
LIMIT = -1000


def test_capturing_and_repainting_never_drains_none(qtbot, engine):
    _ctx, page = make_page(qtbot, engine, make_meeting(engine))
    type_item(qtbot, page, "rozgrzewka")
    page.grab()
    gc.collect()
    gc.disable()  # a collection mid-measurement frees unrelated objects that hold None
    try:
        before = sys.getrefcount(None), sys.getrefcount(True), sys.getrefcount(False)
        for i in range(ADDS):
            type_item(qtbot, page, f"Wypowiedź numer {i}")
            page.grab()
        after = sys.getrefcount(None), sys.getrefcount(True), sys.getrefcount(False)
    finally:
        gc.enable()
    assert min(a - b for a, b in zip(after, before, strict=True)) > LIMIT, (before, after)
