"""Plik → Wyślij do bazy urzędu…: the dialog previews the push (dry run), sends on confirmation and shows the
results, conflicts and errors in Polish, against a real office database (SQLite, and the PostgreSQL test server)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from facilitator import i18n, meetingfile, operations
from tests.push_data import laptop_fixture, office_fixture, snapshot  # noqa: F401 - the fixtures laptop, office
from tests.ui.officials_data import uid

WAIT = 30000


@pytest.fixture(autouse=True)
def polish_core(request):
    i18n.set_language("pl")  # as ui/app.py does: core messages in the UI's language
    request.addfinalizer(lambda: i18n.set_language("en"))


def _window(qtbot, laptop):
    from ui.start_window import StartWindow

    window = StartWindow(laptop)
    qtbot.addWidget(window)
    window.show()
    return window


def _open(qtbot, window):
    """Plik → Wyślij do bazy urzędu… from the menu; the dialog it opens."""
    from ui.dialogs.push import PushDialog

    assert window.push_action in window.menus["file"].actions()
    assert window.push_action.text() == "&Wyślij do bazy urzędu…"
    window.push_action.trigger()
    shown = [d for d in window.findChildren(PushDialog) if d.isVisible()]
    assert len(shown) == 1
    return shown[0]


def _check(qtbot, dialog, url: str | None = None) -> None:
    if url is not None:
        dialog.url_edit.clear()
        qtbot.keyClicks(dialog.url_edit, url)
    qtbot.mouseClick(dialog.check_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.busy, timeout=WAIT)


def _send(qtbot, dialog) -> None:
    assert dialog.send_button.isEnabled()
    qtbot.mouseClick(dialog.send_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.busy, timeout=WAIT)


def _statuses(dialog) -> list[str]:
    model = dialog.plan_model
    return sorted(model.index(row, 0).data() for row in range(model.rowCount()))


def test_preview_then_send_all_meetings(qtbot, laptop, office):
    target, url = office
    window = _window(qtbot, laptop)
    window.table.clearSelection()
    window.table.setCurrentIndex(window.proxy.index(-1, 0))
    dialog = _open(qtbot, window)
    assert dialog.all_radio.isChecked() and not dialog.selected_radio.isEnabled()
    before = snapshot(target)
    _check(qtbot, dialog, url)
    assert _statuses(dialog) == ["Nowe", "Nowe", "Nowe"]
    assert "3 spotkania do wysłania do" in dialog.status.text()
    assert "nowe: 3, zaktualizowane: 0, bez zmian: 0; próba, niczego nie wysłano" in dialog.status.text()
    assert snapshot(target) == before  # the preview wrote nothing
    laptop_before = snapshot(laptop)
    _send(qtbot, dialog)
    assert dialog.status.text().startswith("wysłano 3 spotkania do ")
    assert dialog.close_button.text() == "&Zamknij" and not dialog.send_button.isEnabled()
    names = ("m-a", "m-b", "m-c")
    assert {n: meetingfile.dump(target, uid(n)) for n in names} == {n: meetingfile.dump(laptop, uid(n)) for n in names}
    assert snapshot(laptop) == laptop_before
    qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    again = _open(qtbot, window)  # a second push of the same: nothing to send
    _check(qtbot, again, url)
    assert _statuses(again) == ["Bez zmian", "Bez zmian", "Bez zmian"]
    assert again.status.text() == "Nie ma nic do wysłania: baza urzędu ma już te spotkania."  # said once
    assert not again.send_button.isEnabled()
    again.reject()


def test_the_selected_meeting_and_a_conflict_shown_then_resolved(qtbot, laptop, office):
    target, url = office
    window = _window(qtbot, laptop)
    window.select(uid("m-a"))
    from ui.settings import Settings

    Settings().office_url = url  # the office database chosen in Plik → Połącz z bazą urzędu…
    dialog = _open(qtbot, window)
    assert dialog.selected_radio.isChecked() and dialog.url_edit.text() == url
    _check(qtbot, dialog)
    _send(qtbot, dialog)
    assert [m.id for m in operations.list_meetings(target)] == [uid("m-a")]
    dialog.reject()
    operations.update_item(target, item_id=uid("a-i3"), text="Urząd: lokale w centrum za drogie")
    operations.update_item(laptop, item_id=uid("a-i3"), text="Laptop: lokale w centrum i na Podgórzu")
    dialog = _open(qtbot, window)
    _check(qtbot, dialog, url)
    assert dialog.conflicts.isVisible()
    text = dialog.conflicts.toPlainText()
    assert "Wypowiedź:" in text and "w bazie urzędu: [Słaba strona] Urząd: lokale w centrum za drogie" in text
    assert "na laptopie: [Słaba strona] Laptop: lokale w centrum i na Podgórzu" in text
    assert "Konflikty: 1." in dialog.status.text() and not dialog.send_button.isEnabled()
    office_before = snapshot(target)
    dialog.policy_combo.setCurrentIndex(dialog.policy_combo.findData("theirs"))
    assert not dialog.conflicts.isVisible()  # a new choice needs a new preview
    _check(qtbot, dialog)
    assert snapshot(target) == office_before
    _send(qtbot, dialog)
    assert "zaktualizowane: 1" in dialog.status.text()
    assert meetingfile.dump(target, uid("m-a")) == meetingfile.dump(laptop, uid("m-a"))
    dialog.reject()


def test_errors_are_one_line_in_polish_and_nothing_is_created(qtbot, laptop, tmp_path):
    window = _window(qtbot, laptop)
    dialog = _open(qtbot, window)
    missing = tmp_path / "urzad" / "baza.sqlite"
    _check(qtbot, dialog, str(missing))
    assert dialog.status.text() == (f"Nie udało się: pod ścieżką {missing} nie ma bazy danych; wysyłanie nigdy jej "
                                    "nie tworzy (urząd zakłada bazę poleceniem `facilitator db upgrade`). "
                                    "Baza urzędu pozostała bez zmian.")
    assert not missing.parent.exists() and not dialog.send_button.isEnabled()
    _check(qtbot, dialog, "postgresql://urzednik:Tajne-Haslo-42@127.0.0.1:1/facilitator?connect_timeout=3")
    status = dialog.status.text()
    assert status.startswith("Nie udało się: ") and "Tajne-Haslo-42" not in status and "serwerem 127.0.0.1:1/facilitator" in status
    assert "\n" not in status
    dialog.reject()


def test_cancel_while_sending_leaves_the_office_database_as_it_was(qtbot, laptop, office):
    """Sending is one transaction: stopped after the first meeting was written, nothing of it stays."""
    from ui.dialogs.push import preview, send
    from ui.officials.workers import CancelToken

    target, url = office
    token = CancelToken()
    shown = preview(laptop, url, [], lambda *_: None, token)
    before = snapshot(target)

    def progress(done, total, _what):
        if done == 1:
            token.cancel()

    with pytest.raises(meetingfile.ImportCancelled):
        send(shown, "refuse", progress, token)
    shown.target.dispose()
    assert snapshot(target) == before


def test_the_next_push_starts_from_where_meetings_went_last_without_the_password(qtbot, laptop, office):
    from facilitator.store.paths import is_url
    from ui.settings import Settings

    _, url = office
    window = _window(qtbot, laptop)
    first = _open(qtbot, window)
    assert first.url_edit.text() == ""  # nowhere yet: no office connected, nothing sent
    typed = url.replace("://facilitator@", "://facilitator:tajne-haslo@") if is_url(url) else url
    _check(qtbot, first, typed)
    _send(qtbot, first)
    first.reject()
    remembered = Settings().push_url
    assert "tajne-haslo" not in remembered and remembered
    settings_file = Settings().qsettings.fileName()
    Settings().qsettings.sync()
    with open(settings_file, encoding="utf-8") as stored:
        assert "tajne-haslo" not in stored.read()
    again = _open(qtbot, window)
    assert again.url_edit.text() == remembered
    _check(qtbot, again)  # the remembered address works as it is (the password, if any, from ~/.pgpass)
    assert _statuses(again) == ["Bez zmian", "Bez zmian", "Bez zmian"]
    again.reject()
