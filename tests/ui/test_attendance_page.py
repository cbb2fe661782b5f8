"""Lista obecności: quick-add, edits in place, delete with undo, CSV import, plural label, sign-in PDF."""

from __future__ import annotations

from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QFileDialog

from facilitator import operations
from ui.models.participants_model import COL_CONSENT, COL_NAME, COL_ORGANISATION, COL_PRESENT

POLISH_CSV = (
    "Sygnatura czasowa;Imię i nazwisko;Nazwa organizacji;Adres e-mail;Płeć;Zgoda na przetwarzanie danych (RODO)\r\n"
    "2018-06-01;Łucja Ąckowska;Fundacja „Źródło”;lucja@example.org;kobieta;Tak\r\n"
    "2018-06-02;Żaneta Ćwik;Stowarzyszenie Ńę;zc@example.org;K;Nie\r\n"
    "2018-06-03;Józef Śliż;Koło Gospodyń „Ółźń”;js@example.org;mężczyzna;Wyrażam zgodę\r\n"
)


def _page(qtbot, ctx):
    from ui.pages.attendance import AttendancePage

    page = AttendancePage(ctx)
    qtbot.addWidget(page)
    page.show()
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow, timeout=2000)
    return page


def _people(engine, meeting_id):
    return operations.get_meeting(engine, meeting_id).participants


def test_quick_add_keeps_focus_and_parses_organisation_and_email(qtbot, type_text, ctx, engine, meeting_id):
    page = _page(qtbot, ctx)
    page.quick.setFocus()
    for line in ("Anna Łęcka; Fundacja Ćma; anna@example.org", "Jan Żółw"):
        type_text(page.quick, line)
        qtbot.keyClick(page.quick, Qt.Key.Key_Return)
        assert page.quick.hasFocus() and page.quick.text() == ""
    people = _people(engine, meeting_id)
    assert [(p.name, p.organisation, p.email) for p in people] == [
        ("Anna Łęcka", "Fundacja Ćma", "anna@example.org"), ("Jan Żółw", None, None)]
    assert page.model.rowCount() == 2


def test_plural_label_follows_the_count(qtbot, ctx, engine, meeting_id):
    page = _page(qtbot, ctx)
    expected = {1: "1 osoba", 2: "2 osoby", 5: "5 osób", 12: "12 osób", 22: "22 osoby"}
    added = 0
    for n, words in expected.items():
        rows = [{"name": f"Osoba {i}"} for i in range(added, n)]
        ctx.run("import", operations.add_participants, meeting_id=meeting_id, rows=rows)
        added = n
        assert page.count_label.text() == f"Liczba uczestników: {words}"


def test_edits_in_place_and_checkboxes_are_stored_and_undoable(qtbot, ctx, engine, meeting_id):
    operations.add_participant(engine, meeting_id=meeting_id, name="Anna")
    page = _page(qtbot, ctx)
    model = page.model
    assert model.setData(model.index(0, COL_ORGANISATION), "Fundacja <Ą&B>")
    assert model.setData(model.index(0, COL_PRESENT), Qt.CheckState.Unchecked.value, Qt.ItemDataRole.CheckStateRole)
    assert model.setData(model.index(0, COL_CONSENT), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    person = _people(engine, meeting_id)[0]
    assert (person.organisation, person.present, person.consent) == ("Fundacja <Ą&B>", False, True)
    assert page.count_label.text() == "Liczba uczestników: 0 osób"
    ctx.undo_stack.undo()
    ctx.undo_stack.undo()
    person = _people(engine, meeting_id)[0]
    assert (person.present, person.consent) == (True, False)
    assert model.index(0, COL_PRESENT).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked


def test_an_empty_name_is_refused_and_the_stored_name_stays(qtbot, ctx, engine, meeting_id):
    operations.add_participant(engine, meeting_id=meeting_id, name="Anna")
    page = _page(qtbot, ctx)
    errors = []
    ctx.error_raised.connect(errors.append)
    assert not page.model.setData(page.model.index(0, COL_NAME), "  ")
    assert errors == [] and page.model.index(0, COL_NAME).data() == "Anna"
    assert _people(engine, meeting_id)[0].name == "Anna"


def test_delete_selected_with_the_delete_key_and_undo(qtbot, ctx, engine, meeting_id):
    for name in ("A", "B", "C"):
        operations.add_participant(engine, meeting_id=meeting_id, name=name)
    page = _page(qtbot, ctx)
    page.table.setFocus()
    page.table.selectRow(0)
    page.table.selectionModel().select(page.model.index(2, 0), page.table.selectionModel().SelectionFlag.Select
                                       | page.table.selectionModel().SelectionFlag.Rows)
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert [p.name for p in _people(engine, meeting_id)] == ["B"]
    ctx.undo_stack.undo()  # both deletions are one step
    assert [p.name for p in _people(engine, meeting_id)] == ["A", "B", "C"]
    assert page.model.rowCount() == 3


def test_windows_1250_csv_through_the_mapping_dialog(qtbot, ctx, engine, meeting_id, tmp_path, monkeypatch):
    from ui.dialogs.csv_mapping import CsvMappingDialog

    path = tmp_path / "formularz.csv"
    path.write_bytes(POLISH_CSV.encode("cp1250"))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    seen = []

    def accept(dialog):
        seen.append(dialog.mapping())
        assert dialog.preview.item(0, 0).text() == "Łucja Ąckowska"
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(CsvMappingDialog, "exec", accept)
    page = _page(qtbot, ctx)
    page.import_csv()
    assert seen[0]["name"] == 1 and seen[0]["organisation"] == 2 and seen[0]["consent"] == 5
    people = [(p.name, p.organisation, p.email, p.gender, p.consent) for p in _people(engine, meeting_id)]
    assert people == [
        ("Łucja Ąckowska", "Fundacja „Źródło”", "lucja@example.org", "female", True),
        ("Żaneta Ćwik", "Stowarzyszenie Ńę", "zc@example.org", "female", False),
        ("Józef Śliż", "Koło Gospodyń „Ółźń”", "js@example.org", "male", True),
    ]
    assert page.count_label.text() == "Liczba uczestników: 3 osoby"
    ctx.undo_stack.undo()  # the whole import is one step
    assert _people(engine, meeting_id) == []


def test_mapping_dialog_lets_the_user_pick_another_column(qtbot, tmp_path):
    from facilitator.csvimport import parse
    from ui.dialogs.csv_mapping import CsvMappingDialog

    table = parse("Kto;Skąd\nŁukasz;UMK\n".encode("cp1250"))
    dialog = CsvMappingDialog(table, "x.csv")
    qtbot.addWidget(dialog)
    assert not dialog.buttons.button(dialog.buttons.StandardButton.Ok).isEnabled()  # no name column guessed
    dialog.combos["name"].setCurrentIndex(dialog.combos["name"].findData(0))
    dialog.combos["organisation"].setCurrentIndex(dialog.combos["organisation"].findData(1))
    assert dialog.participants() == [{"name": "Łukasz", "organisation": "UMK"}]
    assert dialog.buttons.button(dialog.buttons.StandardButton.Ok).isEnabled()


def test_bad_csv_shows_a_message_and_adds_nothing(qtbot, ctx, engine, meeting_id, tmp_path, monkeypatch, messages):
    path = tmp_path / "pusty.csv"
    path.write_bytes(b"")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    _page(qtbot, ctx).import_csv()
    assert messages and "pusty.csv" in messages[0][1]
    assert _people(engine, meeting_id) == []


def test_sign_in_sheet_pdf_prefilled_and_offered_to_open(qtbot, ctx, engine, meeting_id, tmp_path, monkeypatch,
                                                          messages):
    from PySide6.QtGui import QDesktopServices

    operations.add_participant(engine, meeting_id=meeting_id, name="Grzegorz Brzęczyszczykiewicz",
                               organisation="Stowarzyszenie Łąka")
    target = tmp_path / "lista"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()))
    out = _page(qtbot, ctx).print_sheet(prefilled=True)
    assert out == tmp_path / "lista.pdf" and opened == [str(out)]
    text = " ".join(" ".join(page.extract_text() for page in PdfReader(str(out)).pages).split())
    for expected in ("Lista obecności", "Spotkanie testowe", "15 czerwca 2018 r.", "Grzegorz Brzęczyszczykiewicz",
                     "Stowarzyszenie Łąka", "Podpis", "Zgoda na przetwarzanie danych (RODO)"):
        assert expected in text


def test_empty_sign_in_sheet_has_no_names(qtbot, ctx, engine, meeting_id, tmp_path, monkeypatch, messages):
    operations.add_participant(engine, meeting_id=meeting_id, name="Grzegorz")
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "pusta.pdf"), ""))
    from PySide6.QtGui import QDesktopServices

    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: True)
    out = _page(qtbot, ctx).print_sheet(prefilled=False)
    text = " ".join(page.extract_text() for page in PdfReader(str(out)).pages)
    assert "Grzegorz" not in text and "Imię i nazwisko" in text
