"""Core messages: every template has a Polish rendering, and errors come out in the chosen language."""

from __future__ import annotations

import ast
import json
import string
from datetime import date
from pathlib import Path

import pytest

from facilitator import i18n, operations
from facilitator.csvimport import CsvImportError, read_csv
from facilitator.i18n_pl import MESSAGES, TERMS
from facilitator.meetingfile import MeetingFileError, load
from facilitator.report.data import ReportError

PACKAGE = Path(__file__).resolve().parent.parent / "facilitator"


def _templates() -> dict[str, str]:
    """Every literal passed to tr() or N_() in the core, with the file it is in."""
    found: dict[str, str] = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in ("tr", "N_"):
                first = node.args[0] if node.args else None
                if isinstance(first, ast.Constant) and isinstance(first.value, str):
                    found.setdefault(first.value, path.name)
    return found


def _fields(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name is not None}


@pytest.fixture
def polish():
    """Core messages in Polish for one test, English again afterwards (the CLI default)."""
    i18n.set_language("pl")
    yield
    i18n.set_language("en")


def test_every_template_in_the_code_has_a_polish_entry_with_the_same_params():
    templates = _templates()
    assert len(templates) > 50
    missing = sorted(t for t in templates if t not in MESSAGES)
    assert missing == []
    for template in templates:
        assert _fields(MESSAGES[template]) == _fields(template), template


def test_every_call_site_passes_a_literal_template():
    for path in sorted(PACKAGE.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "tr":
                first = node.args[0]
                literal = isinstance(first, ast.Constant)
                from_table = isinstance(first, ast.Subscript)  # e.g. MISSING[entity], a table of N_() templates
                assert literal or from_table, f"{path.name}:{node.lineno}"


def test_polish_texts_are_one_line_and_not_left_in_english():
    for english, polish in MESSAGES.items():
        assert "\n" not in polish
        if english.strip() and _fields(english) != {""}:
            assert polish != english or english == "participant {number}: {error}", english
    assert all(value and "\n" not in value for value in TERMS.values())


def test_language_defaults_to_english_and_unknown_languages_mean_english():
    assert i18n.get_language() == "en"
    i18n.set_language("de")
    assert i18n.get_language() == "en"
    assert i18n.tr("the file is empty") == "the file is empty"


def test_operation_errors_in_polish_and_english(engine, polish):
    with pytest.raises(operations.OperationError) as caught:
        operations.get_meeting(engine, "nie-ma-takiego")
    assert str(caught.value) == "spotkanie o identyfikatorze 'nie-ma-takiego' nie istnieje (mogło zostać usunięte)"
    with pytest.raises(operations.OperationError, match="pole „tytuł” nie może być puste"):
        operations.create_meeting(engine, date=date(2018, 6, 15), title="  ")
    i18n.set_language("en")
    with pytest.raises(operations.OperationError) as caught:
        operations.get_meeting(engine, "nie-ma-takiego")
    assert str(caught.value) == "the meeting 'nie-ma-takiego' does not exist (it may have been deleted)"


def _meeting_file(tmp_path: Path, **changes) -> Path:
    data = {"format": "facilitator-meeting", "version": 1, **changes}
    path = tmp_path / "spotkanie.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def _without_file(error: MeetingFileError) -> str:
    return str(error).removeprefix(f"{error.file}: ")


def test_meeting_file_errors_in_polish_keep_paths_untranslated(tmp_path, polish):
    with pytest.raises(MeetingFileError) as caught:
        load(_meeting_file(tmp_path, version=3))
    assert _without_file(caught.value) == "plik spotkania w wersji 3 jest nowszy, niż obsługuje ten Facilitator (1)"
    with pytest.raises(MeetingFileError) as caught:
        load(_meeting_file(tmp_path, version="1"))
    assert _without_file(caught.value) == "version: musi być liczbą całkowitą, a nie '1'"
    empty = tmp_path / "pusty.json"
    empty.write_bytes(b"  \n")
    with pytest.raises(MeetingFileError, match="plik jest pusty"):
        load(empty)
    with pytest.raises(MeetingFileError) as caught:
        load(_meeting_file(tmp_path, meeting=[]))
    assert _without_file(caught.value).startswith("meeting: nieprawidłowy typ wartości (oczekiwany: obiekt; jest: lista)")


def test_meeting_file_errors_in_english(tmp_path):
    with pytest.raises(MeetingFileError) as caught:
        load(_meeting_file(tmp_path, version=3))
    assert _without_file(caught.value) == "meeting file version 3 is newer than this Facilitator supports (1)"


def test_csv_and_report_errors_in_polish(tmp_path, engine, polish):
    empty = tmp_path / "pusty.csv"
    empty.write_text("\n\n", encoding="utf-8")
    with pytest.raises(CsvImportError) as caught:
        read_csv(empty)
    assert str(caught.value) == f"{empty}: plik jest pusty"
    from facilitator.report.data import ReportOptions
    from facilitator.report.data import load as load_report

    with pytest.raises(ReportError, match="żadne spotkanie nie spełnia wybranych kryteriów"):
        load_report(engine, ReportOptions())


def test_batch_clashes_are_refused_in_polish(tmp_path, engine, polish):
    from facilitator.meetingfile import import_data

    data = json.loads(Path(__file__).parent.joinpath("data", "meetingfiles", "consultation-2018-06-15.json").read_text(encoding="utf-8"))
    with pytest.raises(MeetingFileError) as caught:
        import_data(engine, [data, data])
    assert str(caught.value).startswith("plik spotkania nr 2: spotkanie o identyfikatorze ")
    assert str(caught.value).endswith(" występuje też w: plik spotkania nr 1")
    with pytest.raises(MeetingFileError, match="nieznany sposób rozwiązywania konfliktów 'mine'"):
        import_data(engine, [data], on_conflict="mine")
