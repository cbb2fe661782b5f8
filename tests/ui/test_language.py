"""Language: English UI after switching, the Język / Language menu, core errors in the UI's language,
Polish and English plurals (`%n`) and dates (QLocale) in real widgets."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTranslator
from PySide6.QtWidgets import QFileDialog, QMessageBox

from facilitator import i18n
from facilitator.resources import resource_path

TRANSLATIONS = Path(__file__).resolve().parents[2] / "resources" / "translations"
TS = TRANSLATIONS / "facilitator_en.ts"
# Which numerus form Qt must pick for n, by the language's rules: English one/other, Polish one/few/many.
PLURAL_FORM = {"en": {1: 0, 2: 1, 5: 1, 12: 1, 22: 1, 112: 1},
               "pl": {1: 0, 2: 1, 4: 1, 5: 2, 12: 2, 14: 2, 22: 1, 24: 1, 25: 2, 112: 2, 0: 2}}


@pytest.fixture
def english(qapp):
    """The English translators installed for one test; Polish (the default) again afterwards."""
    from ui.i18n import install_translators

    assert install_translators(qapp, "en")
    yield
    install_translators(qapp, "pl")


@pytest.fixture
def polish_core():
    """Core messages in Polish, as the GUI sets them at start; English (the CLI default) afterwards."""
    i18n.set_language("pl")
    yield
    i18n.set_language("en")


def _start_window(qtbot, engine):
    from ui.start_window import StartWindow

    window = StartWindow(engine)
    qtbot.addWidget(window)
    window.show()
    return window


@pytest.mark.parametrize("language", ["en", "pl"])
def test_compiled_catalogue_translates_every_entry_of_the_ts_with_the_language_plural_rules(language):
    translator = QTranslator()
    assert translator.load(str(resource_path("translations", f"facilitator_{language}.qm", package="ui")))
    plurals = 0
    for context in ET.parse(TRANSLATIONS / f"facilitator_{language}.ts").getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            source = message.findtext("source")
            if message.get("numerus") == "yes":
                forms = [f.text for f in message.iter("numerusform")]
                for n, form in PLURAL_FORM[language].items():
                    assert translator.translate(name, source, None, n) == forms[form], (n, source)  # %n: by tr()
                plurals += 1
            else:
                assert translator.translate(name, source) == message.findtext("translation"), (name, source)
    assert plurals >= 6


def test_english_start_window_and_meeting_window_tabs(qtbot, engine, english, meeting_id):
    window = _start_window(qtbot, engine)
    assert [window.menus[k].title() for k in ("file", "edit", "view", "help")] == ["&File", "&Edit", "&View", "&Help"]
    assert window.new_action.text() == "&New meeting"
    assert "Język / Language" in [a.text() for a in window.menus["view"].actions()]
    meeting = window.open_meeting(meeting_id)
    qtbot.addWidget(meeting)
    tabs = [meeting.tabs.tabText(i) for i in range(meeting.tabs.count())]
    assert tabs == ["&Details", "&Attendance", "&Notes", "&Summary"]
    meeting.close()


def test_polish_is_the_default_and_the_menu_marks_it(qtbot, engine):
    window = _start_window(qtbot, engine)
    assert window.menus["view"].title() == "&Widok"
    choices = {a.text(): a.isChecked() for a in window.language_menu.actions()}
    assert choices == {"Polski": True, "English": False}


def test_choosing_english_is_stored_and_a_restart_is_offered_in_both_languages(qtbot, engine, monkeypatch):
    from ui.settings import Settings

    asked: list[str] = []

    def answer_no(_parent, _title, text, *args, **kwargs):
        asked.append(text)
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", answer_no)
    window = _start_window(qtbot, engine)
    english = next(a for a in window.language_menu.actions() if a.text() == "English")
    english.trigger()
    assert Settings().ui_language() == "en"
    assert len(asked) == 1 and "ponownym uruchomieniu" in asked[0] and "restarts" in asked[0]
    assert window.isVisible()  # declined: nothing closes
    english.trigger()  # already chosen: no second question
    assert len(asked) == 1
    next(a for a in window.language_menu.actions() if a.text() == "Polski").trigger()
    assert Settings().ui_language() == "pl"


def test_restart_runs_the_app_module_again():
    from ui.i18n import restart_arguments

    assert restart_arguments()[:2] == ["-m", "ui"]


def test_invalid_meeting_file_import_shows_a_polish_message(qtbot, engine, tmp_path, monkeypatch, messages,
                                                            polish_core):
    newer = tmp_path / "nowszy.json"
    newer.write_text(json.dumps({"format": "facilitator-meeting", "version": 3, "meeting": {}}), encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *args, **kwargs: ([str(newer)], ""))
    window = _start_window(qtbot, engine)
    assert window.files.import_files() == []
    assert len(messages) == 1
    text = messages[0][1]
    assert text.startswith("Nie zaimportowano niczego. Błąd w pliku: ")
    assert text.endswith("nowszy.json: plik spotkania w wersji 3 jest nowszy, niż obsługuje ten Facilitator (1)")


def test_refused_operation_shows_a_polish_message(qtbot, engine, messages, polish_core):
    window = _start_window(qtbot, engine)
    assert window.open_meeting("usuniete-w-miedzyczasie") is None
    assert messages == [
        ("warning", "spotkanie o identyfikatorze 'usuniete-w-miedzyczasie' nie istnieje (mogło zostać usunięte)")
    ]


def test_context_of_aliased_tr_calls_is_the_class(qapp, english):
    assert QCoreApplication.translate("ImportDialog", "Nowe: %1") == "New: %1"
    assert QCoreApplication.translate("Officials", "&Urzędnik") == "&Officials"


def _attendance_page(qtbot, ctx):
    from ui.pages.attendance import AttendancePage

    page = AttendancePage(ctx)
    qtbot.addWidget(page)
    page.show()
    return page


def test_attendance_count_plurals_in_the_polish_and_the_english_ui(qtbot, qapp, ctx, meeting_id):
    from facilitator import operations
    from ui.i18n import install_translators

    page = _attendance_page(qtbot, ctx)
    polish = {1: "1 osoba", 2: "2 osoby", 5: "5 osób", 12: "12 osób", 22: "22 osoby"}
    english = {1: "1 person", 2: "2 people", 5: "5 people", 12: "12 people", 22: "22 people"}
    added = 0
    for n, words in polish.items():
        ctx.run("import", operations.add_participants, meeting_id=meeting_id,
                rows=[{"name": f"Osoba {i}"} for i in range(added, n)])
        added = n
        assert page.count_label.text() == f"Liczba uczestników: {words}"
        assert install_translators(qapp, "en")
        try:
            page.reload()
            assert page.count_label.text() == f"Number of participants: {english[n]}"
        finally:
            install_translators(qapp, "pl")
            page.reload()


def _import_dialog(qtbot, engine, paths):
    from ui.officials.import_dialog import ImportDialog

    dialog = ImportDialog(engine)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.load(paths)
    qtbot.waitUntil(lambda: not dialog.busy, timeout=10000)
    return dialog


@pytest.mark.parametrize("language, date, imported", [
    ("pl", "5 marca 2019 r.", "Zaimportowano: 1 nowe spotkanie i 0 zaktualizowanych. Wszystko zapisano."),
    ("en", "5 March 2019", "Imported: 1 new meeting and 0 updated. Everything is saved."),
])
def test_import_preview_dates_and_counts_in_the_ui_language(qtbot, qapp, engine, tmp_path, language, date, imported):
    from tests.ui.officials_data import meeting_c, write
    from ui.i18n import install_translators
    from ui.models.import_plan_model import COL_DATE, COL_TITLE

    assert install_translators(qapp, language)
    try:
        dialog = _import_dialog(qtbot, engine, [write(tmp_path, "c.json", meeting_c())])
        plan = dialog.plan_model
        assert plan.index(0, COL_TITLE).data() == "Budżet obywatelski – Nowa Huta"
        assert plan.index(0, COL_DATE).data() == date
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: dialog.result_ is not None, timeout=10000)
        assert dialog.status.text() == imported
    finally:
        install_translators(qapp, "pl")


def test_ui_dates_follow_the_ui_language_for_every_month(qapp):
    from datetime import date

    from ui.i18n import install_translators
    from ui.models.import_plan_model import pretty_date

    genitive = ["stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia", "września",
                "października", "listopada", "grudnia"]
    assert [pretty_date(date(2018, m, 15)) for m in range(1, 13)] == [f"15 {g} 2018 r." for g in genitive]
    assert pretty_date("2018-06-01") == "1 czerwca 2018 r." and pretty_date("nie data") == "nie data"
    assert install_translators(qapp, "en")
    try:
        assert pretty_date(date(2018, 6, 15)) == "15 June 2018"
        assert pretty_date("2018-12-03") == "3 December 2018"
    finally:
        install_translators(qapp, "pl")


def _csv_file_line(qtbot, rows: int) -> str:
    from PySide6.QtWidgets import QLabel

    from facilitator.csvimport import parse
    from ui.dialogs.csv_mapping import CsvMappingDialog

    data = "Imię i nazwisko\n" + "".join(f"Osoba {i}\n" for i in range(rows))
    dialog = CsvMappingDialog(parse(data.encode("utf-8")), "lista.csv")
    qtbot.addWidget(dialog)
    return next(label.text() for label in dialog.findChildren(QLabel) if "lista.csv" in label.text())


def test_csv_row_count_plurals_in_the_polish_and_the_english_ui(qtbot, qapp):
    from ui.i18n import install_translators

    polish = {1: "1 wiersz", 2: "2 wiersze", 5: "5 wierszy", 12: "12 wierszy", 22: "22 wiersze"}
    assert {n: _csv_file_line(qtbot, n) for n in polish} == {
        n: f"Plik: lista.csv (kodowanie utf-8, {words})" for n, words in polish.items()}
    assert install_translators(qapp, "en")
    try:
        assert [_csv_file_line(qtbot, n) for n in (1, 22)] == [
            "File: lista.csv (encoding utf-8, 1 row)", "File: lista.csv (encoding utf-8, 22 rows)"]
    finally:
        install_translators(qapp, "pl")
