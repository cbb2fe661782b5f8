"""The statements in no group are listed closest to the chosen group first: a paraphrase the threshold missed is
at the top, with how similar it is, and the search narrows that order."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from tests.test_search import make_meeting
from tests.ui.test_recurring_corrections_ui import row_of, wait
from ui.officials.recurring_dialog import RecurringDialog
from ui.settings import Settings

LOCAL = "Polityka lokalowa"
LOKALE = "Brak lokali dla organizacji pozarządowych"
KONKURSY = "Za mało informacji o konkursach grantowych"
PARAPHRASE = "NGO potrzebują pomieszczeń na swoje spotkania"
ABOUT_CALLS = "Ogłoszenia o naborach grantowych są trudne do znalezienia"
OTHERS = ["Radni nie odpowiadają na pisma", "Strona urzędu jest nieczytelna", "Brak programu dla seniorów",
          "Więcej szkoleń z księgowości", "Za krótkie dyżury w dzielnicach"]


@pytest.fixture
def dialog(qtbot, engine) -> RecurringDialog:
    Settings().recurring_threshold = 60
    Settings().recurring_across_areas = False
    for n, day in enumerate((date(2026, 3, 2), date(2026, 3, 9))):
        make_meeting(engine, title=f"Spotkanie {n + 1}", day=day,
                     items={LOCAL: [("weakness", LOKALE), ("weakness", KONKURSY), ("weakness", OTHERS[n])]})
    make_meeting(engine, title="Spotkanie 3", day=date(2026, 3, 16),
                 items={LOCAL: [("weakness", t) for t in (*OTHERS[2:4], PARAPHRASE, OTHERS[4], ABOUT_CALLS)]})
    made = RecurringDialog(engine)
    qtbot.addWidget(made)
    made.show()
    qtbot.waitExposed(made)
    wait(qtbot, made)
    return made


def shown(dialog) -> list[str]:
    return [dialog.singles_list.item(r).text() for r in range(dialog.singles_list.count())]


def ranked_for(qtbot, dialog, fragment: str) -> list[str]:
    dialog.table.setFocus()
    for _ in dialog.groups:  # to the first group (Ctrl+Home would move without choosing: many can be chosen)
        qtbot.keyClick(dialog.table, Qt.Key.Key_Up)
    for _ in range(row_of(dialog, fragment)):
        qtbot.keyClick(dialog.table, Qt.Key.Key_Down)
    assert fragment in dialog.current_group().representative.text
    key = dialog.current_group().key
    qtbot.waitUntil(lambda: dialog.closest is not None and dialog.closest[0] == key, timeout=15000)
    return shown(dialog)


def test_the_paraphrase_the_threshold_missed_comes_first_with_its_similarity(qtbot, dialog):
    assert PARAPHRASE not in [m.text for g in dialog.groups for m in g.members]  # not grouped at 60
    listed = ranked_for(qtbot, dialog, LOKALE)
    assert listed[0].startswith(PARAPHRASE) and listed[0].split("\n")[1].startswith("podobieństwo ")
    assert len(listed) == 7  # every statement in no group is still there, only ordered
    assert "Najbardziej podobne do wybranej grupy" in dialog.singles_note.text()
    scores = [int(text.split("\n")[1].removeprefix("podobieństwo ").split("%")[0]) for text in listed]
    assert scores == sorted(scores, reverse=True)


def test_another_group_orders_the_list_for_itself_and_the_search_narrows_the_order(qtbot, dialog):
    assert ranked_for(qtbot, dialog, LOKALE)[0].startswith(PARAPHRASE)
    assert ranked_for(qtbot, dialog, KONKURSY)[0].startswith(ABOUT_CALLS)
    dialog.singles_filter.setFocus()
    qtbot.keyClicks(dialog.singles_filter, "na")  # "naborach", "spotkania", "pisma"… in the order of closeness
    narrowed = shown(dialog)
    assert narrowed[0].startswith(ABOUT_CALLS) and all("na" in t.split("\n")[0].lower() for t in narrowed)
    assert 1 < len(narrowed) < 7
    dialog.singles_list.setFocus()
    qtbot.keyClick(dialog.singles_list, Qt.Key.Key_Home)
    qtbot.keyClick(dialog.add_button, Qt.Key.Key_Space)  # "Dodaj do grupy" by keyboard: the suggestion joins
    wait(qtbot, dialog)
    group = next(g for g in dialog.groups if KONKURSY in g.representative.text)
    assert ABOUT_CALLS in [m.text for m in group.members]
