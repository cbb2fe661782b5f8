"""Property-based tests (Hypothesis): arbitrary valid meetings survive the database and every export.

Text comes from the whole of Unicode except lone surrogates (which the contract refuses): astral
characters, combining marks, right-to-left scripts, C0/C1 controls and the non-characters U+FFFE/U+FFFF.
Bounded by `settings` (see tests/conftest.py for the profiles: `ci` is derandomised).
"""

from __future__ import annotations

import functools
import io
import json
import re
import subprocess
import sys
import tempfile
import unicodedata
import uuid
from pathlib import Path

import openpyxl
import pytest
from docx import Document
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from pdfminer.converter import TextConverter
from pdfminer.pdfinterp import PDFPageInterpreter, PDFResourceManager
from pdfminer.pdfpage import PDFPage

from benchmarks.fuzz_import import json_paths, parent_of
from facilitator.meetingfile import dump, import_data, meeting_view, validate
from facilitator.render import pdfstyle, workbook
from facilitator.render import xlsx as xlsx_render
from facilitator.render.signin import CELL_CHARS, write_signin_sheet
from facilitator.render.text import clean

KINDS = ("strength", "weakness", "proposal", "recommendation", "good_practice", "remark")
SPECIAL = ("\ufffe", "\uffff", "\x00", "\x07", "\x1b", "\x85", "\x9f", "\u2028", "\u2029", "\r", "\r\n", "\n", "\t",
           "\u202e", "\u2066", "\u200f", "\u0301", "\u0328", "\u05d0", "\u0627", "\U0001f642", "\U0001f1f5\U0001f1f1",
           "\U0010fffd", "\U00020000", "ł", "ż", "<", "&", "'", '"', "=", "@", "\xa0", "\u00ad", "\u200b")
TEXT_CHAR = st.one_of(st.characters(exclude_categories=("Cs",)), st.sampled_from(SPECIAL))
QUIET = settings(deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow,
                                                       HealthCheck.data_too_large])
ID_NS = uuid.UUID("0b4c1e9d-7a55-4b0e-9f2d-3c6a8e1d5f70")


def texts(max_size: int = 60, min_size: int = 0) -> st.SearchStrategy[str]:
    return st.lists(TEXT_CHAR, min_size=min_size, max_size=max_size).map("".join)


@st.composite
def ids(draw, counter: list[int]) -> str | None:
    """None, a UUID (any case) or free text: unique within the file, as the contract requires."""
    counter[0] += 1
    style = draw(st.sampled_from(("none", "uuid", "UUID", "text")))
    if style == "none":
        return None
    if style == "text":
        return draw(texts(12)) + f"#{counter[0]}"
    value = str(uuid.uuid5(ID_NS, str(counter[0])))
    return value.upper() if style == "UUID" else value


def _maybe(strategy: st.SearchStrategy) -> st.SearchStrategy:
    return st.one_of(st.none(), strategy)


@st.composite
def items(draw, counter: list[int], speakers: list[str], depth: int = 0) -> dict:
    item: dict = {"kind": draw(st.sampled_from(KINDS)), "text": draw(texts(120))}
    if (raw_id := draw(ids(counter))) is not None:
        item["id"] = raw_id
    if speakers and draw(st.booleans()):
        item["speaker"] = draw(st.sampled_from(speakers))
    if draw(st.booleans()):
        item["tags"] = draw(st.lists(texts(15, min_size=1), max_size=3))
    if depth < 5 and draw(st.integers(0, 2)) == 0:
        item["children"] = draw(st.lists(items(counter, speakers, depth + 1), max_size=3))
    if draw(st.integers(0, 9)) == 0:
        item["x-unknown"] = draw(st.one_of(texts(10), st.integers(-(2**63) + 1, 2**63 - 1), st.booleans()))
    return item


TIMES = st.builds(lambda h, m: f"{h:02d}:{m:02d}", st.integers(0, 23), st.integers(0, 59))


@st.composite
def meetings(draw, max_sections: int = 3, max_items: int = 4) -> dict:
    """An arbitrary valid meeting file."""
    counter = [0]
    people = []
    for _ in range(draw(st.integers(0, 4))):
        person: dict = {"name": draw(texts(40))}
        if (raw_id := draw(ids(counter))) is not None:
            person["id"] = raw_id
        for key in ("organisation", "email"):
            if draw(st.booleans()):
                person[key] = draw(_maybe(texts(40)))
        for key, values in (("gender", ("female", "male", "unspecified", None)), ("present", (True, False, None)),
                            ("consent", (True, False, None))):
            if draw(st.booleans()):
                person[key] = draw(st.sampled_from(values))
        people.append(person)
    speakers = [p["id"] for p in people if "id" in p]
    meeting: dict = {"title": draw(texts(80)), "date": draw(st.dates()).isoformat()}
    if (raw_id := draw(ids(counter))) is not None:
        meeting["id"] = raw_id
    for key in ("series", "audience", "organiser", "venue", "purpose", "facilitator", "author"):
        if draw(st.booleans()):
            meeting[key] = draw(_maybe(texts(60)))
    for key in ("start", "end"):
        if draw(st.booleans()):
            meeting[key] = draw(_maybe(TIMES))
    if draw(st.booleans()):
        meeting["language"] = draw(st.sampled_from(("pl", "en", None)))
    if draw(st.booleans()):
        meeting["attendance_count"] = draw(_maybe(st.integers(0, 2**63 - 1)))
    if draw(st.booleans()):
        meeting["agenda"] = draw(_maybe(st.lists(texts(40), max_size=3)))
    meeting["participants"] = people if people or draw(st.booleans()) else None
    sections = []
    for _ in range(draw(st.integers(0, max_sections))):
        section: dict = {"title": draw(texts(50))}
        if (raw_id := draw(ids(counter))) is not None:
            section["id"] = raw_id
        if draw(st.booleans()):
            section["kind"] = draw(st.sampled_from(("area", "theme", "other", None)))
        if draw(st.booleans()):
            section["group"] = draw(_maybe(texts(30)))
        section["items"] = draw(st.lists(items(counter, speakers), max_size=max_items))
        sections.append(section)
    meeting["sections"] = sections
    return {"format": "facilitator-meeting", "version": 1, "meeting": meeting}


def statements(data: dict) -> list[str]:
    """Every statement text of a canonical file, at any depth."""
    out: list[str] = []

    def walk(nodes: list[dict]) -> None:
        for node in nodes:
            out.append(node["text"])
            walk(node.get("children", []))

    for section in data["meeting"]["sections"]:
        walk(section["items"])
    return out


def _database(folder: Path):
    from facilitator.store import open_database

    return open_database(folder / "db.sqlite")


@settings(QUIET, max_examples=25)
@given(meetings())
def test_import_then_dump_round_trips_exactly_and_the_xlsx_report_keeps_every_statement(data):
    from facilitator.report import ReportOptions
    from facilitator.report.output import write as write_report

    canonical = validate(data)
    assert validate(canonical) == canonical  # canonical form is a fixed point
    with tempfile.TemporaryDirectory() as folder:
        engine = _database(Path(folder))
        try:
            import_data(engine, [data])
            assert dump(engine, canonical["meeting"]["id"]) == canonical
            assert import_data(engine, [data]).meetings[0].status == "unchanged"
            out = Path(folder) / "raport.xlsx"
            write_report(engine, "xlsx", ReportOptions(language=canonical["meeting"]["language"]), out)
        finally:
            engine.dispose()
        sheet = openpyxl.load_workbook(out, read_only=True).worksheets[0]
        rows = list(sheet.iter_rows(min_row=2, values_only=True))
    column = [key for key, _, _ in xlsx_render.COLUMNS].index("text")
    expected = (workbook.clean(t).replace("\r\n", "\n").replace("\r", "\n") for t in statements(canonical))
    assert sorted(row[column] or "" for row in rows) == sorted(expected)  # XML reads a raw CR as a newline


def _docx_text(path: Path) -> str:
    document = Document(str(path))
    parts = [p.text for p in document.paragraphs]
    for table in document.tables:
        parts.extend(cell.text for row in table.rows for cell in row.cells)
    return "\n".join(parts)


@settings(QUIET, max_examples=20)
@given(meetings(), st.sampled_from(("grouped", "captured")))
def test_docx_export_never_raises_and_keeps_every_statement(data, layout):
    from facilitator.export import export_meeting
    from facilitator.summary import SummaryOptions

    canonical = validate(data)
    with tempfile.TemporaryDirectory() as folder:
        out = export_meeting(meeting_view(canonical), "docx", Path(folder) / "m.docx", SummaryOptions(layout=layout))
        text = _docx_text(out)
    for statement in statements(canonical):
        assert clean(statement).strip() in text, statement


def _printable_in_pdf() -> dict[int, int]:
    pdfstyle.register_fonts()
    from reportlab.pdfbase import pdfmetrics

    return pdfmetrics.getFont(pdfstyle.FAMILY).face.charToGlyph


def _drawn_text(path: Path) -> str:
    """The PDF's text in the order it is drawn (no layout analysis): a cell's characters stay together even when a
    combining mark's raised glyph would make a layout pass file it, and what follows it, under another line."""
    out = io.StringIO()
    resources = PDFResourceManager()
    device = TextConverter(resources, out, laparams=None)
    interpreter = PDFPageInterpreter(resources, device)
    with path.open("rb") as stream:
        for page in PDFPage.get_pages(stream):
            interpreter.process_page(page)
    device.close()
    return out.getvalue()


def _pdf_form(text: str) -> str:
    """Text as a PDF's copy-out gives it: whitespace and line breaks are layout, so they go first; then composed.

    The exporter turns NEL, U+2028/U+2029 and CR into line breaks and drops the other C1 controls (text.clean).
    A combining mark that starts a line follows, in the drawn text, the last character of the line before and
    composes with it ("O", NEL, U+0300 is shown as "Ò"), so composing before the breaks are removed would not.
    """
    return unicodedata.normalize("NFC", "".join(text.split()))


def _pdf_pattern(text: str, glyphs: dict[int, int]) -> re.Pattern[str]:
    """What a PDF legitimately shows for `text`: XML-invalid characters dropped, whitespace as layout, and a
    character the font lacks (or an astral one, whose copy-out reportlab maps wrongly), an invisible format
    character or a combining mark (extracted wherever its zero-width glyph sits) as a box, nothing or elsewhere."""
    parts = []
    form = _pdf_form(clean(text))
    for n, char in enumerate(form):
        if not _shown(char, glyphs):
            parts.append(".{0,2}")  # soft hyphen, zero-width, bidi and combining marks
        elif n == len(form) - 1 or not _shown(form[n + 1], glyphs):
            # A character followed by what shows as nothing or a box (a mark, a soft hyphen, a control dropped) or
            # by the end of a line may compose with a mark drawn next, and marks reorder ("C", then a cell that
            # begins with a cedilla, shows "Ç"; "ì", soft hyphen, ogonek shows "į" and the grave).
            parts.append("[" + re.escape(char + _composed().get(unicodedata.normalize("NFD", char)[0], "")) + "]")
        else:
            parts.append(re.escape(char))
    return re.compile("".join(parts), re.DOTALL)


def _shown(char: str, glyphs: dict[int, int]) -> bool:
    return ord(char) in glyphs and ord(char) < 0x10000 and unicodedata.category(char)[0] not in "CM"


@functools.cache
def _composed() -> dict[str, str]:
    """Each character -> the characters it begins once composed with following marks ("C" -> "Ç…", "Õ" -> "Ṍ…")."""
    found: dict[str, set[str]] = {}
    for code in range(0x10000):
        char = chr(code)
        parts = unicodedata.normalize("NFD", char)
        for end in range(1, len(parts)):
            base = unicodedata.normalize("NFC", parts[:end])
            if len(base) == 1:
                found.setdefault(base, set()).add(char)
    return {base: "".join(sorted(chars)) for base, chars in found.items()}


def _one_statement(text: str) -> dict:
    """A bare meeting whose only statement is `text` (for explicit examples: no other text to match by chance)."""
    return {"format": "facilitator-meeting", "version": 1,
            "meeting": {"title": "x", "date": "2026-01-01", "sections": [{"title": "", "items": [
                {"kind": "remark", "text": text}]}]}}


@settings(QUIET, max_examples=20)
@given(meetings(max_sections=2, max_items=3))
@example(_one_statement("O\x85\u0300"))  # NEL breaks the line; the grave starts the next and composes with O: "Ò"
@example(_one_statement("a\u2028\u0328\x9f"))  # the same with a Polish ogonek ("ą"); the C1 control U+009F is dropped
@example(_one_statement("\u4e00\x85\u0300"))  # a base the font lacks (a box): the mark may compose with nothing
def test_pdf_export_never_raises_and_keeps_every_statement(data):
    from facilitator.export import export_meeting

    canonical = validate(data)
    with tempfile.TemporaryDirectory() as folder:
        out = export_meeting(meeting_view(canonical), "pdf", Path(folder) / "m.pdf")
        shown = _pdf_form(_drawn_text(out))
    glyphs = _printable_in_pdf()
    for statement in statements(canonical):
        assert _pdf_pattern(statement, glyphs).search(shown), statement


def _one_participant(organisation: str) -> dict:
    """A bare meeting whose only participant works for `organisation` (explicit examples)."""
    return {"format": "facilitator-meeting", "version": 1,
            "meeting": {"title": "x", "date": "2026-01-01", "participants": [
                {"name": "Ewa", "organisation": organisation}], "sections": []}}


@settings(QUIET, max_examples=15)
@given(meetings(max_sections=0))
@example(_one_participant("000§000j00Õ\u2028\u0301"))  # U+2028 breaks the line; the acute composes with Õ: "Ṍ"
@example(_one_participant("00ã0000\U0002053aì\x92\xad\u0328"))  # the ogonek goes before the grave: "į̀"
@example({"format": "facilitator-meeting", "version": 1, "meeting": {  # the cedilla composes with the name: "Ç"
    "title": "", "date": "2000-01-01", "participants": [{"name": "C", "organisation": "\u0327"}], "sections": []}})
def test_the_sign_in_sheet_never_raises_and_lists_every_participant(data):
    canonical = validate(data)
    with tempfile.TemporaryDirectory() as folder:
        out = write_signin_sheet(meeting_view(canonical), Path(folder) / "lista.pdf")
        shown = _pdf_form(_drawn_text(out))
    glyphs = _printable_in_pdf()
    for person in canonical["meeting"]["participants"]:
        for value in (person["name"], person.get("organisation") or ""):
            short = value if len(value) <= CELL_CHARS else value[: CELL_CHARS - 1]
            for line in clean(short).split("\n"):  # a row's cells are laid out side by side
                assert _pdf_pattern(line, glyphs).search(shown), value


@settings(QUIET, max_examples=5)
@given(st.integers(200, 3000), texts(30))
def test_many_statements_round_trip(count, text):
    data = {"format": "facilitator-meeting", "version": 1, "meeting": {
        "title": "Wiele wypowiedzi", "date": "2026-02-03", "sections": [
            {"title": "Uwagi", "items": [{"kind": KINDS[n % len(KINDS)], "text": f"{text} {n}"} for n in range(count)]}
        ]}}
    canonical = validate(data)
    with tempfile.TemporaryDirectory() as folder:
        engine = _database(Path(folder))
        try:
            import_data(engine, [data])
            assert dump(engine, canonical["meeting"]["id"]) == canonical
        finally:
            engine.dispose()


JSON_TEXT = st.lists(st.one_of(TEXT_CHAR, st.sampled_from(("\ud800", "\udfff", "\ud83d"))), max_size=12).map("".join)
JSON_LEAF = st.one_of(st.none(), st.booleans(), st.integers(), st.integers(-(10**40), 10**40),
                      st.floats(allow_nan=False, allow_infinity=False), JSON_TEXT, st.sampled_from(KINDS),
                      st.sampled_from(("2026-01-02", "2026-02-30", "10:00", "10:00\n", "pl", "area", "p1")))
JSON = st.recursive(JSON_LEAF, lambda kids: st.lists(kids, max_size=4) | st.dictionaries(JSON_TEXT, kids, max_size=4),
                    max_leaves=15)


@st.composite
def hostile_documents(draw) -> object:
    """Arbitrary JSON, or a valid meeting with one value swapped, deleted or given an extra key."""
    if draw(st.integers(0, 3)) == 0:
        return draw(JSON)
    data = draw(meetings(max_sections=2, max_items=2))
    path = draw(st.sampled_from(json_paths(data)[1:]))
    parent, key = parent_of(data, path)
    action = draw(st.sampled_from(("swap", "delete", "extra")))
    if action == "delete" and isinstance(parent, dict):
        del parent[key]
    elif action == "extra" and isinstance(parent[key], dict):
        parent[key][draw(JSON_TEXT)] = draw(JSON)
    else:
        parent[key] = draw(JSON)
    return data


@pytest.fixture(scope="module")
def shared_db(tmp_path_factory) -> Path:
    from facilitator.store import open_database

    path = tmp_path_factory.mktemp("props") / "db.sqlite"
    open_database(path).dispose()
    return path


def _content(db: Path) -> list[tuple]:
    import sqlite3

    conn = sqlite3.connect(db)
    try:
        return [conn.execute(f"select count(*), group_concat(id) from {t}").fetchone()
                for t in ("meeting", "participant", "section", "item", "tag")]
    finally:
        conn.close()


@settings(QUIET, max_examples=150)
@given(hostile_documents())
def test_import_of_arbitrary_json_accepts_or_refuses_in_one_line(shared_db, capsys, document):
    from facilitator.cli import main

    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder) / "m.json"
        source.write_text(json.dumps(document, ensure_ascii=True), encoding="ascii")
        before = _content(shared_db)
        code = main(["import", str(source), "--db", str(shared_db)])
    out, err = capsys.readouterr()
    shown = ascii((code, out, err))  # a message may quote a lone surrogate, which the test report cannot carry
    assert "Traceback" not in out + err and "IntegrityError" not in err, shown
    if code == 2:
        assert err.startswith("error: ") and err.count("\n") == 1 and out == "", shown
        assert _content(shared_db) == before, shown  # nothing of a refused file is stored
    else:
        assert code == 0 and err == "" and out.count("\n") == 1 and out.startswith(str(source)), shown


HOSTILE_FILES = {
    "not an object": b"[1, 2, 3]",
    "lone surrogate": (b'{"format": "facilitator-meeting", "version": 1, "meeting": {"title": "\\ud800", '
                       b'"date": "2026-01-02", "sections": []}}'),
    "deep nesting": b"[" * 100_000 + b"]" * 100_000,
    "NaN": b'{"format": "facilitator-meeting", "version": 1, "meeting": {"title": "T", "date": "2026-01-02", '
           b'"attendance_count": NaN, "sections": []}}',
    "UTF-16": '{"format": "facilitator-meeting"}'.encode("utf-16"),
}


@pytest.mark.parametrize("case", sorted(HOSTILE_FILES))
def test_hostile_files_through_the_real_command(tmp_path, case):
    source = tmp_path / "m.json"
    source.write_bytes(HOSTILE_FILES[case])
    db = tmp_path / "db.sqlite"
    result = subprocess.run([sys.executable, "-m", "facilitator", "import", str(source), "--db", str(db)],
                            check=False, capture_output=True, text=True, timeout=120, cwd=tmp_path)
    assert result.returncode == 2 and result.stdout == "", result
    assert result.stderr.startswith("error: ") and result.stderr.count("\n") == 1, result.stderr
