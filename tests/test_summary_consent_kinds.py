"""Issue 8 §5 and §7 in the documents: 'Inne uwagi' last, one look per heading level, sub-point kinds, consent."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import docx
import pytest
from test_summary_factory import SECRET_NAMES, SECRET_ORGS, add_item, docx_text, make_meeting, pdf_text, squash

from facilitator.model import Participant, Section
from facilitator.render import render_docx, render_html, render_pdf
from facilitator.summary import Heading, SummaryOptions, build, lacking_consent

ROOT = Path(__file__).resolve().parent.parent
# Participants without consent: a man with no organisation, a woman, someone whose gender is not recorded.
SILENT = ("Kazimierz Wielgosz", "Halina Brzęczyszczykiewicz", "Robin Zawadzki")


def consent_meeting():
    """The factory meeting plus three speakers who did not consent and have no organisation."""
    meeting = make_meeting()
    genders = ("male", "female", "unspecified")
    extra = [Participant(id=f"s{n}", name=name, gender=gender, consent=False, present=True, position=10 + n)
             for n, (name, gender) in enumerate(zip(SILENT, genders))]
    meeting.participants = [*meeting.participants, *extra]
    policies = meeting.sections[0]
    for n, person in enumerate(extra):
        add_item(policies, "weakness", f"Brakuje informacji numer {n}.", speaker=person)
    return meeting


def test_other_remarks_are_last_whatever_the_order_sections_were_added() -> None:
    meeting = make_meeting()
    other = meeting.sections[4]
    other.position = 2  # 'Inne uwagi' added before a later thematic block
    late = Section(title="Dostępność", kind="theme", position=5)
    meeting.sections.append(late)
    add_item(late, "weakness", "Sale są niedostępne dla osób na wózkach.")
    sections = [b.text for b in build(meeting).blocks if isinstance(b, Heading) and b.level == 2]
    assert sections[-1] == "INNE UWAGI"
    assert sections[-2] == "DOSTĘPNOŚĆ"


def test_every_section_is_level_2_and_every_kind_sub_heading_level_3() -> None:
    headings = [b for b in build(make_meeting()).blocks if isinstance(b, Heading)]
    by_level = {h.text: h.level for h in headings}
    assert by_level["INNE UWAGI"] == by_level["POLITYKA ANTYDYSKRYMINACYJNA"] == by_level["TWORZENIE POLITYK PUBLICZNYCH"]
    assert by_level["Rekomendacje"] == by_level["Mocne strony"] == 3


def _lines(pdf: Path) -> list[tuple[str, set[tuple[float, str]]]]:
    """Each printed line of the PDF with the (size, font) pairs of its letters (pdfminer's layout)."""
    from pdfminer.high_level import extract_pages
    from pdfminer.layout import LTChar, LTTextContainer, LTTextLine

    out = []
    for page in extract_pages(str(pdf)):
        for box in page:
            if not isinstance(box, LTTextContainer):
                continue
            for line in box:
                if isinstance(line, LTTextLine):
                    chars = [c for c in line if isinstance(c, LTChar) and c.get_text().strip()]
                    faces = {(round(c.size, 1), c.fontname.split("+")[-1]) for c in chars}
                    out.append((line.get_text().strip(), faces))
    return out


def _sizes(pdf: Path, words: tuple[str, ...]) -> dict[str, set[tuple[float, str]]]:
    """The (size, font) of every line that starts with each word."""
    found: dict[str, set[tuple[float, str]]] = {w: set() for w in words}
    for text, faces in _lines(pdf):
        first = text.split(" ")[0] if text else ""
        if first in found:
            found[first] |= faces
    return found


def test_headings_of_one_level_look_the_same_in_pdf_docx_and_html(tmp_path: Path) -> None:
    summary = build(make_meeting())
    render_pdf(summary, tmp_path / "s.pdf")
    sizes = _sizes(tmp_path / "s.pdf", ("INNE", "POLITYKA", "TWORZENIE", "Rekomendacje", "Mocne", "Dobre"))
    assert sizes["INNE"] == sizes["POLITYKA"] == sizes["TWORZENIE"] and len(sizes["INNE"]) == 1
    assert sizes["Rekomendacje"] == sizes["Mocne"] == sizes["Dobre"] and len(sizes["Mocne"]) == 1
    assert next(iter(sizes["Mocne"]))[0] < next(iter(sizes["INNE"]))[0]  # sub-headings smaller than sections
    render_docx(summary, tmp_path / "s.docx")
    styles = {p.text: p.style.name for p in docx.Document(str(tmp_path / "s.docx")).paragraphs}
    assert styles["INNE UWAGI"] == styles["POLITYKA ANTYDYSKRYMINACYJNA"] == styles["TWORZENIE POLITYK PUBLICZNYCH"]
    assert styles["Rekomendacje"] == styles["Mocne strony"] == "Heading 3"
    html = render_html(summary)
    for text in ("INNE UWAGI", "POLITYKA ANTYDYSKRYMINACYJNA", "TWORZENIE POLITYK PUBLICZNYCH"):
        assert f'<h3><a name="h{summary.blocks.index(Heading(text, 2))}"></a>{text}</h3>' in html
    assert "<h4>" in html and "Rekomendacje</h4>" in html and "Mocne strony</h4>" in html


def labelled_meeting():
    """A weakness with a proposal and a remark under it."""
    meeting = make_meeting()
    weakness = add_item(meeting.sections[1], "weakness", "Urząd odpowiada na pisma po terminie.")
    add_item(meeting.sections[1], "proposal", "Wprowadzić rejestr pism z terminami.", weakness)
    add_item(meeting.sections[1], "remark", "Np. w wydziale kultury.", weakness)
    return meeting


@pytest.mark.parametrize("layout", ["grouped", "captured"])
def test_a_sub_point_of_another_kind_is_labelled_in_all_three_renderings(tmp_path: Path, layout: str) -> None:
    summary = build(labelled_meeting(), SummaryOptions(layout=layout))
    lines = summary.plain_text().splitlines()
    assert "  Propozycja: Wprowadzić rejestr pism z terminami." in lines
    assert "  Np. w wydziale kultury." in lines  # a remark is the neutral kind: no label
    assert "<li><i>Propozycja:</i> Wprowadzić rejestr pism z terminami.</li>" in render_html(summary)
    render_docx(summary, tmp_path / "k.docx")
    paragraph = next(p for p in docx.Document(str(tmp_path / "k.docx")).paragraphs if "rejestr pism" in p.text)
    assert paragraph.text == "Propozycja: Wprowadzić rejestr pism z terminami."
    assert paragraph.runs[0].italic and not paragraph.runs[-1].italic
    render_pdf(summary, tmp_path / "k.pdf")
    assert "Propozycja: Wprowadzić rejestr pism z terminami." in squash(pdf_text(tmp_path / "k.pdf"))
    line = next(faces for text, faces in _lines(tmp_path / "k.pdf") if "Propozycja:" in text)
    assert {font for _size, font in line} == {"DejaVuSans-Oblique", "DejaVuSans"}  # the label, then the text


def test_english_label() -> None:
    text = build(labelled_meeting(), SummaryOptions(language="en")).plain_text()
    assert "Proposal: Wprowadzić rejestr pism z terminami." in text


def test_named_summary_names_only_those_who_consented() -> None:
    text = build(consent_meeting(), SummaryOptions(named=True)).plain_text()
    assert f"({SECRET_NAMES[0]}, {SECRET_ORGS[0]})" in text  # consent recorded
    assert f"({SECRET_ORGS[1]})" in text and SECRET_NAMES[1] not in text  # organisation instead of the name
    assert "Brakuje informacji numer 0. (uczestnik)" in text
    assert "Brakuje informacji numer 1. (uczestniczka)" in text
    assert "Brakuje informacji numer 2. (osoba uczestnicząca)" in text
    english = build(consent_meeting(), SummaryOptions(named=True, language="en")).plain_text()
    assert "Brakuje informacji numer 1. (participant)" in english
    assert [p.name for p in lacking_consent(consent_meeting())] == [SECRET_NAMES[1], *SILENT]


def _forms(name: str) -> list[bytes]:
    """A name as it could sit in a file: UTF-8, UTF-16 (PDF strings), and each word alone."""
    forms = [name.encode(), name.encode("utf-16-be")]
    for word in name.split():
        forms += [word.encode(), word.encode("utf-16-be")]
    return forms


@pytest.mark.parametrize("annex", [False, True])
def test_no_name_without_consent_in_any_part_of_the_docx_or_pdf(tmp_path: Path, annex: bool) -> None:
    summary = build(consent_meeting(), SummaryOptions(named=True, attendance_annex=annex))
    render_docx(summary, tmp_path / "n.docx")
    render_pdf(summary, tmp_path / "n.pdf")
    hidden = (SECRET_NAMES[1], *SILENT)
    with zipfile.ZipFile(tmp_path / "n.docx") as package:
        parts = {name: package.read(name) for name in package.namelist()}
    assert len(parts) > 5
    raw_pdf = (tmp_path / "n.pdf").read_bytes()
    texts = docx_text(tmp_path / "n.docx") + "\n" + pdf_text(tmp_path / "n.pdf")
    assert SECRET_NAMES[0] in texts  # the named export does name who consented
    for name in hidden:
        for form in _forms(name):
            assert all(form not in data for data in parts.values()), (name, form)
            assert form not in raw_pdf, (name, form)
        assert all(word not in texts for word in name.split())


def test_cli_named_export_says_how_many_lack_consent(tmp_path: Path) -> None:
    source = tmp_path / "m.json"
    people = [{"id": "p1", "name": "Jan Kowalski", "consent": True},
              {"id": "p2", "name": "Ewa Zając", "gender": "female"},
              {"id": "p3", "name": "Olga Tokarz", "organisation": "Fundacja B"},
              {"id": "p4", "name": "Nie Mówił"}]
    items = [{"kind": "weakness", "text": f"Uwaga {n}.", "speaker": f"p{n}"} for n in (1, 2, 3)]
    data = {"format": "facilitator-meeting", "version": 1, "meeting": {
        "title": "Spotkanie", "date": "2026-03-05", "participants": people,
        "sections": [{"title": "Lokale", "kind": "area", "items": items}]}}
    source.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    env.pop("FACILITATOR_DB", None)
    out = tmp_path / "m.pdf"
    run = subprocess.run([sys.executable, "-m", "facilitator", "export", str(source), "-o", str(out), "--format",
                          "pdf", "--named"], capture_output=True, text=True, env=env, cwd=ROOT, timeout=120, check=False)
    assert run.returncode == 0, run.stderr
    lines = run.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("note: 2 speakers without recorded consent appear"), run.stderr
    text = squash(pdf_text(out))
    assert "Uwaga 1. (Jan Kowalski)" in text and "Uwaga 2. (uczestniczka)" in text and "Uwaga 3. (Fundacja B)" in text
    assert "Zając" not in text and "Tokarz" not in text
    quiet = subprocess.run([sys.executable, "-m", "facilitator", "export", str(source), "-o", str(out), "--format",
                            "pdf"], capture_output=True, text=True, env=env, cwd=ROOT, timeout=120, check=False)
    assert quiet.returncode == 0 and quiet.stderr == ""
