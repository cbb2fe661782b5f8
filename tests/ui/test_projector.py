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
    assert projector.windowFlags() & Qt.WindowType.FramelessWindowHint
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
