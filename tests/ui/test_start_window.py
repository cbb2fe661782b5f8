"""The start window: new meeting from the template, delete + undo, sample once, meeting files."""

from __future__ import annotations

import json

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from facilitator import operations
from facilitator.sample import load_sample


def _window(qtbot, engine):
    from ui.start_window import StartWindow

    window = StartWindow(engine)
    qtbot.addWidget(window)
    window.show()
    return window


def _close_all(window) -> None:
    for meeting_window in list(window.windows.values()):
        meeting_window.close()


def test_new_meeting_from_the_template_opens_its_window(qtbot, engine):
    window = _window(qtbot, engine)
    assert window.empty_label.isVisible()
    assert window.new_action in window.menus["file"].actions()
    assert window.new_action.shortcut().toString() == "Ctrl+N"
    window.new_action.trigger()  # Plik → Nowe spotkanie
    rows = operations.list_meetings(engine)
    assert len(rows) == 1 and window.model.rowCount() == 1
    meeting = operations.get_meeting(engine, rows[0].id)
    assert [s.title for s in meeting.sections] == ["Tworzenie polityk publicznych", "Komunikacja i wsparcie NGO",
                                                   "Polityka lokalowa", "Inne uwagi"]
    assert list(window.windows) == [meeting.id]
    assert window.open_meeting(meeting.id) is window.windows[meeting.id]  # reopening focuses the same window
    assert not window.empty_label.isVisible()
    _close_all(window)


def test_filter_by_text_and_series(qtbot, engine):
    from datetime import date

    operations.create_meeting(engine, date=date(2018, 6, 15), title="Łódź: polityka lokalowa", series="WPW")
    operations.create_meeting(engine, date=date(2019, 1, 10), title="Kraków", series="Budżet")
    operations.create_meeting(engine, date=date(2017, 1, 10), title="Bez serii")
    window = _window(qtbot, engine)
    assert window.proxy.index(0, 1).data() == "Kraków"  # newest first
    qtbot.keyClicks(window.filter_edit, "POLITYKA")
    assert window.proxy.rowCount() == 1
    window.filter_edit.clear()
    window.series_combo.setCurrentIndex(window.series_combo.findData("WPW"))
    assert window.proxy.rowCount() == 1 and window.proxy.index(0, 3).data() == "WPW"


def test_delete_asks_and_undo_brings_everything_back(qtbot, engine, messages):
    from datetime import date

    mid = operations.create_meeting(engine, date=date(2018, 6, 15), title="Do usunięcia", template=True)[0].id
    operations.add_participant(engine, meeting_id=mid, name="Anna")
    window = _window(qtbot, engine)
    window.open_meeting(mid)
    window.select(mid)
    window.delete_current()
    assert messages[0][0] == "question" and "Do usunięcia" in messages[0][1]
    assert operations.list_meetings(engine) == [] and window.model.rowCount() == 0
    assert mid not in window.windows
    window.undo_action.trigger()
    meeting = operations.get_meeting(engine, mid)
    assert [p.name for p in meeting.participants] == ["Anna"] and len(meeting.sections) == 4
    assert window.model.rowCount() == 1
    window.redo_action.trigger()
    assert operations.list_meetings(engine) == []


def test_duplicate_as_template_for_the_next_meeting(qtbot, engine):
    from datetime import date

    mid = operations.create_meeting(engine, date=date(2018, 6, 15), title="Seria", series="WPW", template=True)[0].id
    operations.add_agenda_item(engine, meeting_id=mid, text="Powitanie")
    window = _window(qtbot, engine)
    window.select(mid)
    window.duplicate_current()
    rows = operations.list_meetings(engine)
    assert len(rows) == 2
    copy = operations.get_meeting(engine, window.current_id())
    assert copy.id != mid and copy.date == date.today() and [a.text for a in copy.agenda] == ["Powitanie"]


def test_opening_the_sample_twice_does_not_duplicate_it(qtbot, engine):
    window = _window(qtbot, engine)
    first = window.files.open_sample()
    second = window.files.open_sample()
    assert first is second
    rows = operations.list_meetings(engine)
    assert len(rows) == 1 and rows[0].items > 0
    first.close()
    third = window.files.open_sample()
    assert len(operations.list_meetings(engine)) == 1 and third.ctx.meeting_id == rows[0].id
    _close_all(window)


def test_bad_meeting_file_shows_where_and_stores_nothing(qtbot, engine, tmp_path, monkeypatch, messages):
    good = tmp_path / "dobry.json"
    good.write_text(json.dumps(load_sample()), encoding="utf-8")
    bad_data = load_sample()
    bad_data["meeting"]["sections"][0]["items"][0]["kind"] = "nonsense"
    bad = tmp_path / "zepsuty.json"
    bad.write_text(json.dumps(bad_data), encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: ([str(good), str(bad)], ""))
    window = _window(qtbot, engine)
    assert window.files.import_files() == []
    kind, text = messages[-1]
    assert kind == "warning" and "zepsuty.json" in text and "sections[0].items[0].kind" in text
    assert operations.list_meetings(engine) == []


def test_export_then_import_a_meeting_file(qtbot, engine, tmp_path, monkeypatch, messages):
    from datetime import date

    from facilitator.store import open_database

    mid = operations.create_meeting(engine, date=date(2018, 6, 15), title="Eksport <ą&ę>")[0].id
    window = _window(qtbot, engine)
    window.select(mid)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "spotkanie"), ""))
    path = window.files.export_current()
    assert path.endswith("spotkanie.json")
    other = open_database(tmp_path / "inna.sqlite")
    try:
        other_window = _window(qtbot, other)
        assert other_window.files.import_paths([path]) == [mid]
        assert operations.get_meeting(other, mid).title == "Eksport <ą&ę>"
    finally:
        other.dispose()


def test_enter_opens_the_current_meeting(qtbot, engine):
    from datetime import date

    mid = operations.create_meeting(engine, date=date(2018, 6, 15), title="Enter")[0].id
    window = _window(qtbot, engine)
    window.table.setFocus()
    window.select(mid)
    qtbot.keyClick(window.table, Qt.Key.Key_Return)
    assert list(window.windows) == [mid]
    _close_all(window)


def test_english_translation_is_available(qtbot, engine, qapp):
    from ui.i18n import install_translators

    try:
        assert install_translators(qapp, "en")
        window = _window(qtbot, engine)
        assert [window.menus[k].title() for k in ("file", "edit", "view", "help")] == ["&File", "&Edit", "&View", "&Help"]
        assert window.model.headerData(1, Qt.Orientation.Horizontal) == "Title"
    finally:
        install_translators(qapp, "pl")
    assert _window(qtbot, engine).menus["file"].title() == "&Plik"
