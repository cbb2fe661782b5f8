"""Language: English UI after switching, the Język / Language menu, core errors in the UI's language."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import QFileDialog, QMessageBox

from facilitator import i18n
from facilitator.resources import resource_path

TS = Path(__file__).resolve().parents[2] / "resources" / "translations" / "facilitator_en.ts"


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


def test_compiled_english_catalogue_translates_every_entry_of_the_ts():
    translator = QTranslator()
    assert translator.load(str(resource_path("translations", "facilitator_en.qm", package="ui")))
    for context in ET.parse(TS).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            source = message.findtext("source")
            if message.get("numerus") == "yes":
                assert translator.translate(name, source, None, 2), (name, source)
            else:
                assert translator.translate(name, source) == message.findtext("translation"), (name, source)


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
