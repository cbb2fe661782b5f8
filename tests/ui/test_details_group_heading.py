"""Issue 8 §5 in Szczegóły: the area heading follows the organiser as typed, and can be written by hand; undoable."""

from __future__ import annotations

from PySide6.QtCore import Qt

from facilitator import operations
from facilitator.area_group import area_group
from facilitator.summary import Heading, build

NEUTRAL = "Opinie i postulaty w trzech obszarach Modelu współpracy"


def _page(qtbot, ctx):
    from ui.pages.details import DetailsPage

    page = DetailsPage(ctx)
    qtbot.addWidget(page)
    page.show()
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow, timeout=2000)
    return page


def _settled(qtbot, page) -> None:
    qtbot.waitUntil(lambda: not any(b.pending() for b in page.bindings.values()), timeout=3000)


def test_typing_the_organiser_words_the_heading_then_a_typed_heading_stays(qtbot, type_text, ctx, engine, meeting_id):
    page = _page(qtbot, ctx)
    heading = page.widgets["group_heading"]
    assert heading.text() == NEUTRAL and heading.isEnabled()
    organiser = page.widgets["organiser"]
    organiser.setFocus()
    type_text(organiser, "Urząd Miasta Zielonka")
    qtbot.keyClick(organiser, Qt.Key.Key_Tab)  # leaving the field commits it; Tab lands in the heading
    _settled(qtbot, page)
    derived = area_group("Urząd Miasta Zielonka")
    qtbot.waitUntil(lambda: heading.text() == derived, timeout=3000)
    assert heading.hasFocus()
    assert operations.get_meeting(engine, meeting_id).group_heading == derived
    heading.selectAll()
    qtbot.keyClick(heading, Qt.Key.Key_Delete)
    type_text(heading, "Wnioski z Zielonki")
    qtbot.keyClick(heading, Qt.Key.Key_Tab)
    _settled(qtbot, page)
    meeting = operations.get_meeting(engine, meeting_id)
    assert meeting.group_heading == "Wnioski z Zielonki"
    operations.add_item(engine, section_id=meeting.sections[0].id, kind="weakness", text="Mało informacji.")
    assert Heading("WNIOSKI Z ZIELONKI", 1) in build(operations.get_meeting(engine, meeting_id)).blocks
    ctx.undo_stack.undo()  # the typed heading goes, the organiser's wording comes back in the field
    qtbot.waitUntil(lambda: heading.text() == derived, timeout=3000)
    organiser.setFocus()
    organiser.selectAll()
    type_text(organiser, "Starostwo Powiatowe w Wołominie")
    qtbot.keyClick(organiser, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: heading.text() == area_group("Starostwo Powiatowe w Wołominie"), timeout=3000)
