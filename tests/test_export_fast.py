"""Exporting a meeting file loads only what the export needs: a plain view instead of the ORM, lazy imports."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader
from test_summary_factory import pdf_text, squash

from facilitator import meetingfile
from facilitator.meetingfile import meeting_from_dict, meeting_view
from facilitator.render import render_pdf
from facilitator.sample import load_sample
from facilitator.summary import SummaryOptions, build
from facilitator.summary.nodes import Image, Metadata, Paragraph, Summary, Title

ROOT = Path(__file__).resolve().parent.parent


def tricky_file() -> dict:
    """Groups, an 'other' section, nested items, speakers, tags, ids missing, markup and emoji in text."""
    return {
        "format": "facilitator-meeting",
        "version": 1,
        "meeting": {
            "title": "Konsultacje <programu> & współpracy 😀",
            "date": "2024-03-05",
            "language": "en",
            "venue": "Sala 1",
            "start": "17:00",
            "organiser": "Biuro",
            "author": "Anna Nowak",
            "agenda": ["Powitanie", " ", "Dyskusja"],
            "participants": [
                {"id": "p1", "name": "Jan Kowalski", "organisation": "Fundacja A", "consent": True},
                {"id": "p2", "name": "Ewa Zając", "present": False, "consent": True},
                {"id": "p3", "name": "Ola", "gender": "female"},
            ],
            "sections": [
                {"title": "Lokale", "group": "Obszary", "items": [
                    {"kind": "remark", "text": "Uwaga bez mówcy", "tags": ["lokale", "czynsz"]},
                    {"kind": "weakness", "text": "Zły stan <lokali>", "speaker": "p1", "children": [
                        {"kind": "proposal", "text": "Remont & odpis", "speaker": "p2", "children": [
                            {"kind": "remark", "text": "Głębiej\nw dwóch liniach"},
                        ]},
                    ]},
                    {"kind": "strength", "text": "Dobra współpraca", "speaker": "p3"},
                ]},
                {"title": "Finanse", "group": "Obszary", "kind": "theme", "items": [
                    {"kind": "good_practice", "text": "Małe granty"},
                ]},
                {"title": "Pusta", "items": []},
                {"title": "Inne", "kind": "other", "items": [{"kind": "remark", "text": "Tylko uwagi"}]},
            ],
        },
    }


OPTIONS = [
    SummaryOptions(),
    SummaryOptions(layout="captured"),
    SummaryOptions(named=True, attendance_annex=True),
    SummaryOptions(named=True, layout="captured", language="pl"),
]


@pytest.mark.parametrize("data", [load_sample(), tricky_file()], ids=["sample", "tricky"])
@pytest.mark.parametrize("options", OPTIONS, ids=["grouped", "captured", "named-annex", "named-captured-pl"])
def test_the_view_and_the_orm_graph_give_the_same_summary(data: dict, options: SummaryOptions) -> None:
    from_view = build(meeting_view(data), options)
    assert from_view == build(meeting_from_dict(data), options)
    assert len(from_view.blocks) > 5


def test_the_view_reads_like_the_model() -> None:
    view = meeting_view(tricky_file())
    assert view.attendance == 2 and str(view.date) == "2024-03-05" and view.language == "en"
    section = view.sections[0]
    assert [i.text for i in section.items] == ["Uwaga bez mówcy", "Zły stan <lokali>", "Dobra współpraca"]
    assert [i.text for i in section.all_items] == [
        "Uwaga bez mówcy", "Zły stan <lokali>", "Remont & odpis", "Głębiej\nw dwóch liniach", "Dobra współpraca",
    ]
    child = section.items[1].children[0]
    assert child.parent is section.items[1] and child.parent_id == section.items[1].id
    assert child.speaker.name == "Ewa Zając" and child.speaker_id == view.participants[1].id
    assert [t.name for t in section.items[0].tags] == ["czynsz", "lokale"]
    assert section.items[0].speaker is None and section.items[0].speaker_id is None


def test_the_view_refuses_an_invalid_file_like_the_orm_graph() -> None:
    data = tricky_file()
    data["meeting"]["sections"][0]["items"][1]["speaker"] = "nobody"
    with pytest.raises(meetingfile.MeetingFileError, match="not the id of a participant"):
        meeting_view(data)


def test_every_public_name_is_importable_and_is_the_submodules_object() -> None:
    import importlib

    home = {name: module for module, names in meetingfile._SUBMODULE_NAMES.items() for name in names}
    assert set(home) == set(meetingfile.__all__)
    for name in meetingfile.__all__:
        value = getattr(meetingfile, name)
        module = importlib.import_module(f"facilitator.meetingfile.{home[name]}")
        assert value is getattr(module, name)
    assert set(meetingfile.__all__) <= set(dir(meetingfile))
    with pytest.raises(AttributeError):
        meetingfile.no_such_name  # noqa: B018


def test_the_quick_check_vocabularies_match_the_model() -> None:
    from facilitator import model
    from facilitator.meetingfile import quickcheck

    for name in ("ITEM_KINDS", "SECTION_KINDS", "GENDERS", "LANGUAGES"):
        assert getattr(quickcheck, name) == getattr(model, name)


def run_python(code: str, env_extra: dict | None = None) -> dict:
    """Run `code` in a fresh interpreter; it prints a JSON object as its last line."""
    env = {**os.environ, "PYTHONPATH": str(ROOT), **(env_extra or {})}
    env.pop("FACILITATOR_DB", None)
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, env=env,
                            timeout=120, check=False)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


HEAVY = ("sqlalchemy", "docx", "jsonschema", "PySide6", "facilitator.model")


def test_exporting_a_file_to_pdf_imports_neither_sqlalchemy_nor_docx(tmp_path: Path) -> None:
    source, out = tmp_path / "m.json", tmp_path / "m.pdf"
    source.write_text(json.dumps(tricky_file(), ensure_ascii=False), encoding="utf-8")
    code = (
        "import json, sys\n"
        "from facilitator.cli import main\n"
        f"status = main(['export', {str(source)!r}, '--format', 'pdf', '-o', {str(out)!r}, '--named'])\n"
        "from reportlab.pdfbase.pdfmetrics import getRegisteredFontNames\n"
        "fonts = sorted(f for f in getRegisteredFontNames() if f.startswith('DejaVu'))\n"
        f"print(json.dumps({{'status': status, 'loaded': [m for m in {HEAVY!r} if m in sys.modules], "
        "'fonts': fonts}))\n"
    )
    # Only the italic the document uses (the "Proposal:" label of a proposal under a weakness) is parsed.
    fonts = ["DejaVuSans", "DejaVuSans-Bold", "DejaVuSans-Oblique"]
    assert run_python(code) == {"status": 0, "loaded": [], "fonts": fonts}
    text = squash(pdf_text(out))
    for phrase in ("Konsultacje <programu> & współpracy", "Zły stan <lokali> (Jan Kowalski, Fundacja A)",
                   "Proposal: Remont & odpis (Ewa Zając)", "Dobra współpraca (participant)"):
        assert phrase in text
    assert "Ola" not in text  # no consent recorded


def test_version_imports_neither_sqlalchemy_nor_pyside() -> None:
    code = (
        "import contextlib, io, json, sys\n"
        "from facilitator.cli import main\n"
        "with contextlib.redirect_stdout(io.StringIO()) as out:\n"
        "    status = main(['--version'])\n"
        f"print(json.dumps({{'status': status, 'out': out.getvalue(), 'loaded': [m for m in {HEAVY!r} "
        "if m in sys.modules]}))\n"
    )
    result = run_python(code)
    assert result["status"] == 0 and result["out"].startswith("facilitator ") and result["loaded"] == []


def embedded_fonts(path: Path) -> set[str]:
    """Base names of the fonts embedded in a PDF (subset prefixes removed)."""
    names = set()
    for page in PdfReader(str(path)).pages:
        for font in page["/Resources"]["/Font"].values():
            descriptor = font.get_object().get("/FontDescriptor")
            if descriptor is not None and "/FontFile2" in descriptor.get_object():
                names.add(str(font.get_object()["/BaseFont"]).split("+")[-1])
    return names


def test_only_the_faces_a_document_uses_are_embedded(tmp_path: Path) -> None:
    meta = Metadata(title="Próba", language="pl")
    plain, styled = tmp_path / "plain.pdf", tmp_path / "styled.pdf"
    render_pdf(Summary(metadata=meta, blocks=(Title("Zażółć gęślą jaźń"), Paragraph("Zwykły tekst"))), plain)
    blocks = (
        Title("Zażółć"),
        Paragraph("Kursywa ąę", italic=True),
        Paragraph("Pogrubiona kursywa śź", bold=True, italic=True),
        Image(png(), 5, caption="Podpis żółty"),
    )
    render_pdf(Summary(metadata=meta, blocks=blocks), styled)
    assert embedded_fonts(plain) == {"DejaVuSans", "DejaVuSans-Bold"}
    assert embedded_fonts(styled) == {"DejaVuSans", "DejaVuSans-Bold", "DejaVuSans-Oblique", "DejaVuSans-BoldOblique"}
    assert "Zażółć gęślą jaźń" in pdf_text(plain)
    text = squash(pdf_text(styled))
    for phrase in ("Kursywa ąę", "Pogrubiona kursywa śź", "Podpis żółty"):
        assert phrase in text


def png() -> bytes:
    """A small real PNG picture."""
    from PIL import Image as PILImage

    buffer = io.BytesIO()
    PILImage.new("RGB", (40, 20), (31, 58, 95)).save(buffer, format="PNG")
    return buffer.getvalue()


POLISH = "Zażółć gęślą jaźń ŻÓŁĆ 😀 <&>"


def test_a_pdf_from_a_fresh_process_keeps_its_text_and_leaves_no_cache(tmp_path: Path) -> None:
    """Fonts are parsed from the shipped files each process: nothing is pickled into a user-writable folder."""
    out = tmp_path / "fresh.pdf"
    code = (
        "import json\n"
        "from facilitator.render import render_pdf\n"
        "from facilitator.summary.nodes import Metadata, Paragraph, Summary, Title\n"
        f"render_pdf(Summary(Metadata(title='t'), (Title('Tytuł'), Paragraph({POLISH!r}))), {str(out)!r})\n"
        "print(json.dumps({}))\n"
    )
    cache = tmp_path / "cache"
    run_python(code, {"XDG_CACHE_HOME": str(cache)})
    text = squash(pdf_text(out))
    assert "Zażółć gęślą jaźń ŻÓŁĆ" in text and "<&>" in text
    assert embedded_fonts(out) >= {"DejaVuSans", "DejaVuSans-Bold"}
    assert not cache.exists() or not any(cache.rglob("*"))
