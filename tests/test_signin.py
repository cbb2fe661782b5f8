"""The printable sign-in sheet, read back from the PDF."""

from __future__ import annotations

import io
from datetime import date

import pytest
from pypdf import PdfReader

from facilitator.model import Meeting, Participant
from facilitator.render.signin import SignInError, write_signin_sheet


def _meeting(n: int, language: str = "pl") -> Meeting:
    meeting = Meeting(title="Konsultacje <WPW> & co", date=date(2018, 6, 15), start="10:00", end="13:00",
                      venue="Biuro Inicjatyw Społecznych", language=language)
    meeting.participants = [Participant(name=f"Żaneta Łódzka {i}", organisation="Fundacja Ćma 🦋", position=i)
                            for i in range(n)]
    return meeting


def _text(path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(path.read_bytes())).pages)


def test_prefilled_sheet_lists_participants_with_polish_text(tmp_path):
    out = write_signin_sheet(_meeting(3), tmp_path / "lista.pdf", prefilled=True, empty_rows=5)
    text = " ".join(_text(out).split())
    for expected in ("Lista obecności", "Konsultacje <WPW> & co", "15 czerwca 2018 r.", "10:00–13:00",
                     "Biuro Inicjatyw Społecznych", "Lp.", "Imię i nazwisko", "Organizacja", "Podpis",
                     "Zgoda na przetwarzanie danych (RODO)", "Żaneta Łódzka 0", "Żaneta Łódzka 2", "Fundacja Ćma"):
        assert expected in text
    assert " 8 " in text and " 9 " not in text  # 3 participants + 5 empty numbered rows


def test_empty_sheet_has_no_names_and_many_rows_flow_to_next_page(tmp_path):
    out = write_signin_sheet(_meeting(3), tmp_path / "pusta.pdf", prefilled=False, empty_rows=40)
    reader = PdfReader(str(out))
    assert len(reader.pages) >= 2
    text = _text(out)
    assert "Żaneta" not in text
    assert "Imię i nazwisko" in reader.pages[1].extract_text()  # header row repeats


def test_english_sheet(tmp_path):
    text = _text(write_signin_sheet(_meeting(1, "en"), tmp_path / "en.pdf"))
    assert "Attendance list" in text and "15 June 2018" in text and "Signature" in text


def test_unwritable_folder_is_a_clear_error_and_leaves_nothing(tmp_path):
    with pytest.raises(SignInError, match="brak"):
        write_signin_sheet(_meeting(1), tmp_path / "brak" / "lista.pdf")
    assert list(tmp_path.iterdir()) == []


def test_sheet_uses_the_one_registered_font_family_and_prints_markup_literally(tmp_path):
    from test_export_fast import embedded_fonts

    meeting = _meeting(1)
    meeting.venue = "Sala <b>nie pogrubiona</b> & <font color='red'>x</font>"
    out = write_signin_sheet(meeting, tmp_path / "lista.pdf")
    assert embedded_fonts(out) == {"DejaVuSans", "DejaVuSans-Bold"}  # the summaries' fonts, registered once
    text = " ".join(_text(out).split())
    assert "Sala <b>nie pogrubiona</b> & <font color='red'>x</font>" in text
