"""The English UI where strings used to escape the catalogue: search results and the import preview."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from facilitator import operations
from tests.ui.officials_data import import_all, meeting_a, meeting_b, meeting_c, uid, write
from ui.models.import_plan_model import COL_C_CHOICE, COL_C_WHAT, COL_CHANGES, COL_STATUS, COL_TITLE, side_details
from ui.models.search_model import COL_KIND
from ui.officials.import_dialog import ImportDialog
from ui.officials.search_window import SearchWindow

ENGLISH_KINDS = {"Strength", "Weakness", "Proposal", "Recommendation", "Good practice", "Remark"}


@pytest.fixture
def english(qapp):
    """The English translators installed for one test; Polish (the default) again afterwards."""
    from ui.i18n import install_translators

    assert install_translators(qapp, "en")
    yield
    install_translators(qapp, "pl")


def _headers(view) -> list[str]:
    model = view.model()
    return [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]


def test_search_results_have_english_headers_and_kinds(qtbot, engine, english):
    import_all(engine, [meeting_a(), meeting_b(), meeting_c()])
    win = SearchWindow(engine)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitUntil(lambda: not win.busy, timeout=10000)
    assert _headers(win.results) == ["Statement", "Meeting", "Section", "Kind"]
    kinds = {win.model.index(r, COL_KIND).data() for r in range(win.model.rowCount())}
    assert kinds and kinds <= ENGLISH_KINDS


def _batch(engine, folder):
    """A's file with a new statement, a changed one and two conflicts, B's unchanged, C new and one broken file."""
    import_all(engine, [meeting_a(), meeting_b()])
    operations.update_item(engine, item_id=uid("a-i1"), text="Lokalnie: brak polityki migracyjnej miasta.")
    operations.update_item(engine, item_id=uid("a-i3"), kind="proposal")
    changed = meeting_a()
    changed["meeting"]["sections"][0]["items"][0]["text"] = "Z pliku: miasto nie ma polityki migracyjnej."
    changed["meeting"]["sections"][1]["items"][0]["text"] = "Brak lokali – wersja z pliku."
    changed["meeting"]["sections"][0]["items"][1]["text"] = "Powołać zespół (zmienione tylko w pliku)."
    changed["meeting"]["sections"][0]["items"].append({"id": uid("a-i4"), "kind": "remark", "text": "Nowa z pliku."})
    (folder / "zepsuty.json").write_text("{", encoding="utf-8")
    return [write(folder, "a-v2.json", changed), write(folder, "b.json", meeting_b()),
            write(folder, "c.json", meeting_c()), folder / "zepsuty.json"]


def test_import_preview_statuses_changes_and_conflicts_in_english(qtbot, engine, english, tmp_path):
    dlg = ImportDialog(engine)
    qtbot.addWidget(dlg)
    dlg.show()
    dlg.load(_batch(engine, tmp_path))
    qtbot.waitUntil(lambda: not dlg.busy, timeout=10000)

    plan = dlg.plan_model
    assert _headers(dlg.table) == ["Status", "Meeting", "Series", "Date", "Changes", "File"]
    shown = {plan.index(r, COL_TITLE).data(): (plan.index(r, COL_STATUS).data(), plan.index(r, COL_CHANGES).data())
             for r in range(plan.rowCount())}
    assert shown["Spotkanie konsultacyjne – prawa człowieka"] == ("Update", "new: 1, changed: 1, conflicts: 2")
    assert shown["Spotkanie konsultacyjne – sport i kultura"][0] == "Unchanged"
    assert shown["Budżet obywatelski – Nowa Huta"][0] == "New"
    assert shown["zepsuty.json"][0] == "Error"

    conflicts = dlg.conflicts_model
    assert _headers(dlg.conflicts.table) == ["Meeting", "What", "My version", "Version in the file", "Choice"]
    assert conflicts.rowCount() == 2
    for row in range(2):
        assert conflicts.index(row, COL_C_WHAT).data().startswith("Statement: ")
        assert conflicts.index(row, COL_C_CHOICE).data() == "Keep mine"
    conflicts.set_all("file")
    assert conflicts.index(0, COL_C_CHOICE).data() == "Take the file's"
    c = conflicts.conflict_at(0)
    assert side_details(c.entity, c.local, ("text", "kind")).splitlines()[0].startswith("text: ")
    assert side_details(c.entity, None, ()) == "(deleted on this side)"


PANEL_TEXTS = {  # the recurring dialog's lower panels (ui/officials/recurring_panels.py): Polish source, English
    "rename_button": ("Zapi&sz nagłówek", "Save &heading"),
    "move_button": ("P&rzenieś", "Mo&ve"),
    "confirm_button": ("Potwierdź &grupę", "&Confirm group"),
    "split_button": ("&Wydziel zaznaczone", "Split &off the ticked ones"),
    "remove_button": ("&Usuń z grupy", "Remove &from group"),
    "forget_button": ("Przywróć &automatyczne", "Restore &automatic"),
    "merge_button": ("Po&łącz zaznaczone grupy", "&Merge selected groups"),
    "undo_button": ("&Cofnij", "&Undo"),
    "add_button": ("&Dodaj do grupy", "A&dd to group"),
}


def _panel_texts(dlg) -> tuple[dict[str, str], set[str]]:
    from PySide6.QtWidgets import QLabel

    buttons = {name: getattr(dlg, name).text() for name in PANEL_TEXTS}
    labels = {label.text() for label in dlg.findChildren(QLabel)}
    return buttons, labels | {dlg.heading_edit.placeholderText(), dlg.singles_filter.accessibleName()}


@pytest.mark.parametrize("language", ["pl", "en"])
def test_the_recurring_panels_speak_the_ui_language(qtbot, qapp, engine, language):
    from ui.i18n import install_translators
    from ui.officials.recurring_dialog import RecurringDialog

    assert install_translators(qapp, language)
    try:
        dlg = RecurringDialog(engine)
        qtbot.addWidget(dlg)
        buttons, texts = _panel_texts(dlg)
    finally:
        install_translators(qapp, "pl")
    assert buttons == {name: pair[language == "en"] for name, pair in PANEL_TEXTS.items()}
    polish = {"&Nagłówek:", "Przenieś do &obszaru:", "Poza grupami — szu&kaj:", "Pusty: brzmienie pierwszej wypowiedzi",
              "Szukaj wśród wypowiedzi poza grupami"}
    english = {"Headin&g:", "Move &to area:", "In no group — fi&nd:", "Empty: the first statement's wording",
               "Search the statements in no group"}
    assert (polish if language == "pl" else english) <= texts
    assert not (english if language == "pl" else polish) & texts
