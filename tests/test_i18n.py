"""Core messages: one gettext catalogue holds every text of the code in Polish, and errors come out in the
chosen language."""

from __future__ import annotations

import ast
import io
import json
import string
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from babel.messages.extract import extract_from_dir
from babel.messages.frontend import parse_keywords
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po

from facilitator import i18n, operations
from facilitator.csvimport import CsvImportError, read_csv
from facilitator.meetingfile import MeetingFileError, load
from facilitator.report.data import ReportError

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "facilitator"
CATALOGUE = PACKAGE / "data" / "locale" / "pl" / "LC_MESSAGES"
# The extraction keywords, exactly as the recipe in resources/translations/README.md passes them to pybabel.
KEYWORDS = ("tr", "N_", "NC_:1c,2", "gettext_in:2", "pgettext_in:2c,3", "ngettext_in:2,3", "ntr:1,2")
# Polish that is spelt as the English: a tag, JSON's null, a message made only of params.
SAME_IN_POLISH = {"tag", "Tag", "null", "participant {number}: {error}"}


def _extracted() -> dict[tuple[str | None, str], tuple[str, ...]]:
    """Every text the code marks (tr, N_, NC_, *_in), keyed by (context, msgid): its msgid (and plural)."""
    found = {}
    for _file, _line, message, _comments, context in extract_from_dir(
            str(PACKAGE), method_map=[("**.py", "python")], keywords=parse_keywords(list(KEYWORDS))):
        forms = tuple(message) if isinstance(message, tuple) else (message,)
        found[(context, forms[0])] = forms
    return found


@pytest.fixture(scope="module")
def catalogue():
    with (CATALOGUE / "facilitator.po").open("rb") as file:
        return read_po(file)


def _fields(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name is not None}


@pytest.fixture
def polish():
    """Core messages in Polish for one test, English again afterwards (the CLI default)."""
    i18n.set_language("pl")
    yield
    i18n.set_language("en")


def test_every_text_in_the_code_has_polish_in_the_catalogue_with_the_same_params(catalogue):
    extracted = _extracted()
    assert len(extracted) > 150
    missing = sorted(f"{context or ''}|{msgid}" for context, msgid in extracted if catalogue.get(msgid, context) is None)
    assert missing == []
    for (context, msgid), forms in extracted.items():
        entry = catalogue.get(msgid, context)
        polish = entry.string if isinstance(entry.string, tuple) else (entry.string,)
        assert len(polish) == (3 if len(forms) == 2 else 1), msgid
        for text in polish:
            assert text and "\n" not in text, msgid
            assert _fields(text) == _fields(forms[-1]), msgid
            assert text != msgid or msgid in SAME_IN_POLISH or not msgid.strip(" :"), msgid


def test_the_catalogue_has_nothing_the_code_no_longer_uses_and_nothing_fuzzy(catalogue):
    extracted = _extracted()
    stale = sorted(f"{m.context or ''}|{m.id}" for m in catalogue if m.id and (m.context, m.id if isinstance(m.id, str)
                                                                              else m.id[0]) not in extracted)
    assert stale == []
    assert not catalogue.obsolete
    assert not [m.id for m in catalogue if m.id and m.fuzzy]


def test_the_committed_mo_is_a_fresh_compile_of_the_po(catalogue):
    compiled = io.BytesIO()
    write_mo(compiled, catalogue)
    assert (CATALOGUE / "facilitator.mo").read_bytes() == compiled.getvalue(), "run pybabel compile (see README)"


def test_the_readme_recipe_extracts_with_the_same_keywords():
    readme = (ROOT / "resources" / "translations" / "README.md").read_text(encoding="utf-8")
    for keyword in KEYWORDS:
        assert f"-k {keyword} " in readme, keyword


def test_every_call_site_passes_a_literal_template():
    for path in sorted(PACKAGE.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "tr":
                first = node.args[0]
                literal = isinstance(first, ast.Constant)
                from_table = isinstance(first, ast.Subscript)  # e.g. MISSING[entity], a table of N_() templates
                assert literal or from_table, f"{path.name}:{node.lineno}"


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


# Polish plural forms (CLDR: one = 1; few = 2–4 except 12–14, also 22–24, 102…; many = the rest).
PLURALS = {1: "1 osoba", 2: "2 osoby", 4: "4 osoby", 5: "5 osób", 9: "9 osób", 12: "12 osób", 13: "13 osób",
           14: "14 osób", 21: "21 osób", 22: "22 osoby", 25: "25 osób", 102: "102 osoby", 112: "112 osób",
           1000: "1000 osób"}


def test_polish_plurals_follow_the_cldr_rule_of_the_catalogue(catalogue):
    from babel import Locale

    from facilitator.report.labels import more_meetings, organisations_phrase
    from facilitator.summary.lang import persons

    assert catalogue.num_plurals == 3
    cldr = Locale.parse("pl")
    for n, expected in PLURALS.items():
        assert persons(n, "pl") == expected
        form = {"one": 0, "few": 1}.get(cldr.plural_form(n), 2)
        assert organisations_phrase(n, "pl") == f"{n} " + ("organizacja", "organizacje", "organizacji")[form]
        assert more_meetings(n, "pl") == f" i {n} " + ("inne spotkanie", "inne spotkania", "innych spotkań")[form]
        assert persons(n, "en") == (f"{n} person" if n == 1 else f"{n} people")


def test_long_dates_in_polish_and_english():
    from facilitator.summary.lang import long_date

    assert long_date(date(2018, 6, 15), "pl") == "15 czerwca 2018 r."
    assert long_date(date(2018, 6, 15), "en") == "15 June 2018"
    genitive = ("stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia", "września",
                "października", "listopada", "grudnia")
    assert [long_date(date(2024, month, 1), "pl") for month in range(1, 13)] == [
        f"1 {name} 2024 r." for name in genitive]
    assert long_date(date(2019, 3, 5), "en-GB") == "5 March 2019"


def test_document_labels_follow_the_document_language_not_the_message_language(polish):
    from facilitator.report.labels import label as report_label
    from facilitator.summary.lang import label

    assert label("purpose", "en") == "Purpose of the meeting"
    assert report_label("who_note", "en").startswith("Raised by: the organisation")
    i18n.set_language("en")
    assert label("purpose", "pl") == "Cel spotkania"
    assert [label(f"participant_{g}", "pl") for g in ("female", "male", "unspecified")] == [
        "uczestniczka", "uczestnik", "osoba uczestnicząca"]
    assert {label(f"participant_{g}", "en") for g in ("female", "male", "unspecified")} == {"participant"}


def test_babel_is_imported_only_when_a_date_is_written():
    script = ("import sys\nfrom facilitator import cli\nfrom facilitator.summary.lang import long_date, persons\n"
              "from datetime import date\nprint(persons(3, 'pl'), 'babel' in sys.modules)\n"
              "print(long_date(date(2018, 6, 15), 'pl'), 'babel' in sys.modules)\n")
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True, cwd=ROOT)
    assert result.stdout.splitlines() == ["3 osoby False", "15 czerwca 2018 r. True"]


@pytest.mark.parametrize("fmt", ["pdf", "docx"])
def test_export_errors_come_in_the_users_language_whatever_the_documents(tmp_path, polish, fmt):
    from test_summary_factory import make_meeting

    from facilitator.export import export_meeting
    from facilitator.render import ExportError, exporter_for
    from facilitator.summary import SummaryOptions
    from facilitator.summary.nodes import Image, Metadata, Summary

    bad_image = Summary(Metadata(language="en"), (Image(b"not a png", 5.0),))
    with pytest.raises(ExportError) as caught:
        exporter_for(fmt).render(bad_image, tmp_path / f"bad.{fmt}")
    assert str(caught.value).startswith("Nie można odczytać obrazu w podsumowaniu (")
    missing = tmp_path / "nie-ma" / f"s.{fmt}"
    with pytest.raises(ExportError, match="^Folder docelowy nie istnieje: "):
        export_meeting(make_meeting(), fmt, missing, SummaryOptions(language="en"))
    with pytest.raises(ExportError, match="^Nieznany format eksportu: odt"):
        export_meeting(make_meeting(), "odt", tmp_path / "s.odt", SummaryOptions())
    i18n.set_language("en")
    with pytest.raises(ExportError, match="^The target folder does not exist: "):
        export_meeting(make_meeting(), fmt, missing, SummaryOptions(language="pl"))

