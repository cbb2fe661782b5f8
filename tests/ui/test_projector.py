"""The participants' view: live statements with kind symbol and label, never a speaker's name."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.ui.capture_helpers import PEOPLE, make_meeting, make_page, type_item
from ui.kinds import badge_text


def _open(qtbot, engine):
    meeting = make_meeting(engine)
    _ctx, page = make_page(qtbot, engine, meeting)
    qtbot.keyClick(page.capture.text_edit, Qt.Key.Key_F5)
    projector = page.projector
    assert projector is not None and projector.isVisible()
    return page, projector


def test_projector_shows_captured_items_live_and_never_speakers(qtbot, engine):
    page, projector = _open(qtbot, engine)
    assert projector.title.text() == "Tworzenie polityk publicznych"
    for number, name in enumerate(PEOPLE, start=1):
        qtbot.keyClick(page.capture.text_edit, getattr(Qt.Key, f"Key_{number}"), Qt.KeyboardModifier.ControlModifier)
        page.capture.speaker_edit.setText(name)
        type_item(qtbot, page, f"Głos numer {number} <&>")
    qtbot.waitUntil(lambda: projector.model.rowCount() == 3)
    shown = projector.texts()
    assert [f"Głos numer {n} <&>" in shown for n in (1, 2, 3)] == [True, True, True]
    assert any(badge_text("weakness").split(" ", 1)[1] in text for text in shown)
    everything = " ".join(shown)
    for name in PEOPLE:
        assert name not in everything
        assert name.split()[0] not in everything
    model = projector.model
    for row in range(model.rowCount()):
        for role in range(300):
            value = model.index(row, 0).data(role)
            assert not any(name in str(value) for name in PEOPLE)


def test_projector_follows_the_section_and_closes_with_esc_and_f5(qtbot, engine):
    page, projector = _open(qtbot, engine)
    type_item(qtbot, page, "w pierwszej")
    qtbot.keyClick(page.capture.text_edit, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: projector.model.rowCount() == 0)
    assert projector.title.text() == "Komunikacja i wsparcie NGO"
    type_item(qtbot, page, "w drugiej")
    qtbot.waitUntil(lambda: projector.model.rowCount() == 1)
    assert "w drugiej" in projector.texts() and "w pierwszej" not in projector.texts()
    qtbot.keyClick(projector, Qt.Key.Key_Escape)
    assert not projector.isVisible()
    qtbot.keyClick(page.capture.text_edit, Qt.Key.Key_F5)
    assert projector.isVisible()
    qtbot.keyClick(page.capture.text_edit, Qt.Key.Key_F5)
    assert not projector.isVisible()


def test_with_one_screen_the_view_is_a_window_beside_and_typing_goes_on(qtbot, engine):
    """F5, then the next statement typed without a click lands in the capture line (and on the wall)."""
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QApplication

    from ui.projector import room_screen

    assert room_screen(QGuiApplication.screens(), QGuiApplication.primaryScreen()) is None  # offscreen: one screen
    meeting = make_meeting(engine)
    _ctx, page = make_page(qtbot, engine, meeting)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_F5)
    projector = page.projector
    assert projector.isVisible() and not projector.isFullScreen()
    assert not projector.windowFlags() & Qt.WindowType.FramelessWindowHint  # an ordinary window, movable
    assert projector.windowFlags() & Qt.WindowType.WindowDoesNotAcceptFocus
    assert projector.testAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
    assert QApplication.activeWindow() is page and QApplication.focusWidget() is page.capture.text_edit
    qtbot.keyClicks(QApplication.focusWidget(), "Mowa dalej, bez klikania")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "Mowa dalej, bez klikania" in projector.texts())
    assert page.capture.text_edit.text() == ""
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)  # Esc from the capture line closes the view
    assert not projector.isVisible()
    assert QApplication.focusWidget() is page.capture.text_edit
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_F5)
    assert projector.isVisible() and QApplication.focusWidget() is page.capture.text_edit
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_F5)
    assert not projector.isVisible()


def test_with_two_screens_the_view_fills_the_other_one_and_typing_goes_on(tmp_path):
    """A real second screen (Qt's offscreen platform configured with two), in a process of its own."""
    import json
    import os
    import subprocess
    import sys
    from pathlib import Path

    screens = {"screens": [
        {"name": "laptop", "x": 0, "y": 0, "width": 1366, "height": 768, "logicalDpi": 96, "logicalBaseDpi": 96,
         "dpr": 1},
        {"name": "room", "x": 1366, "y": 0, "width": 1920, "height": 1080, "logicalDpi": 96, "logicalBaseDpi": 96,
         "dpr": 1}]}
    config = tmp_path / "screens.json"
    config.write_text(json.dumps(screens), encoding="utf-8")
    root = Path(__file__).resolve().parents[2]
    env = {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={config}", "HOME": str(tmp_path)}
    done = subprocess.run([sys.executable, "-m", "tests.ui.projector_two_screens", str(tmp_path / "db.sqlite")],
                          check=False, cwd=root, env=env, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    seen = json.loads(done.stdout.strip().splitlines()[-1])
    assert seen["screens"] == ["laptop", "room"]
    assert seen["chosen"] == "room" and seen["on"] == "room" and seen["full_screen"]
    assert seen["geometry"] == [1366, 0, 1920, 1080]
    assert seen["focus_in_capture_line"] and seen["active_is_meeting_window"]
    assert seen["typed_reached_the_wall"]
    assert seen["closed_by_f5"] and seen["closed_by_esc"]
