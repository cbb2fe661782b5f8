"""The command line speaks the user's language: Polish under a Polish locale, English otherwise, FACILITATOR_LANGUAGE
over both; data lines (search, recurring, list's columns) and documents do not change with it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from facilitator import i18n
from facilitator.cli import main
from facilitator.i18n import environment_language

ROOT = Path(__file__).resolve().parent.parent
MEETING = "7d3f0c2e-2b7a-4f6e-9d8a-0f3c1e5b9a11"
LOCALE = ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG", "FACILITATOR_LANGUAGE")


def cli(*args: str, **env: str) -> subprocess.CompletedProcess:
    """The real command in a child process whose locale is only what `env` sets."""
    environment = {k: v for k, v in os.environ.items() if k not in LOCALE and k != "FACILITATOR_DB"}
    environment.update(PYTHONPATH=str(ROOT), **env)
    return subprocess.run([sys.executable, "-m", "facilitator", *args], capture_output=True, text=True, check=False,
                          env=environment, cwd=ROOT, timeout=120)


def meeting_file(path: Path, meeting_id: str = MEETING, title: str = "Spotkanie o lokalach") -> Path:
    items = [{"kind": "weakness", "text": f"Uwaga {n}."} for n in range(5)]
    data = {"format": "facilitator-meeting", "version": 1, "meeting": {
        "id": meeting_id, "title": title, "date": "2018-06-15", "series": "WPW 2026",
        "sections": [{"title": "Polityka lokalowa", "items": items[:2]}, {"title": "Inne", "items": items[2:]}]}}
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


@pytest.mark.parametrize(("environ", "expected"), [
    ({}, "en"),
    ({"LANG": "pl_PL.UTF-8"}, "pl"),
    ({"LANG": "pl"}, "pl"),
    ({"LANG": "C"}, "en"),
    ({"LANG": "POSIX"}, "en"),
    ({"LANG": "de_DE.UTF-8"}, "en"),
    ({"LANG": "en_GB.UTF-8"}, "en"),
    ({"LANG": "pl_PL.UTF-8", "LC_ALL": "C"}, "en"),             # LC_ALL before LANG
    ({"LANG": "C", "LC_MESSAGES": "pl_PL.UTF-8"}, "pl"),        # LC_MESSAGES before LANG
    ({"LC_ALL": "en_US.UTF-8", "LC_MESSAGES": "pl_PL"}, "en"),  # LC_ALL before LC_MESSAGES
    ({"LANGUAGE": "pl:en", "LC_ALL": "en_US.UTF-8"}, "pl"),     # LANGUAGE first, a list
    ({"LANGUAGE": "de:pl", "LANG": "C"}, "pl"),                 # the first of the list we have
    ({"LANGUAGE": "", "LANG": "pl_PL.UTF-8"}, "pl"),            # an empty variable is not set
    ({"LANG": "pl_PL@euro"}, "pl"),
    ({"LANG": "C", "FACILITATOR_LANGUAGE": "pl"}, "pl"),
    ({"LANG": "pl_PL.UTF-8", "FACILITATOR_LANGUAGE": "en"}, "en"),
    ({"LANG": "pl_PL.UTF-8", "FACILITATOR_LANGUAGE": "de"}, "pl"),  # refused by the CLI, see below
])
def test_the_language_is_found_in_gettexts_order(environ, expected):
    assert environment_language(environ, system=lambda: None) == expected


def test_without_any_locale_variable_the_systems_display_language_counts():
    assert environment_language({}, system=lambda: "pl_PL") == "pl"  # Windows: GetUserDefaultUILanguage
    assert environment_language({}, system=lambda: None) == "en"
    assert environment_language({"LANG": "C"}, system=lambda: "pl_PL") == "en"  # a set variable wins
    assert environment_language({"FACILITATOR_LANGUAGE": "en"}, system=lambda: "pl_PL") == "en"


def test_a_polish_locale_gets_polish_results_and_plurals(tmp_path):
    db = str(tmp_path / "baza.sqlite")
    source = str(meeting_file(tmp_path / "spotkanie.json"))
    polish = cli("import", source, "--db", db, LANG="pl_PL.UTF-8")
    assert polish.returncode == 0, polish.stderr
    assert polish.stdout == (f"{source}: dodano spotkanie {MEETING} z 15 czerwca 2018 r. „Spotkanie o lokalach”, "
                             "seria „WPW 2026” (5 wypowiedzi, 2 sekcje)\n")
    assert cli("import", str(meeting_file(tmp_path / "drugie.json", "0b9f4d0e-4c7e-4a43-9d55-1d1c3a6f0a01",
                                          "Drugie")), "--db", db).returncode == 0
    series = cli("series", "--db", db, LANG="pl_PL.UTF-8")
    assert series.stdout == "WPW 2026  (2 spotkania)\n"
    indexed = cli("reindex", "--db", db, LANG="pl_PL.UTF-8")
    assert indexed.stdout == "zaindeksowano 10 wypowiedzi\n"
    english = cli("series", "--db", db, LANG="C")
    assert english.stdout == "WPW 2026  (2 meetings)\n"


def test_plurals_of_one_few_and_many(tmp_path):
    db = str(tmp_path / "baza.sqlite")
    ids = [f"0b9f4d0e-4c7e-4a43-9d55-1d1c3a6f{n:04d}" for n in range(5)]
    files = [str(meeting_file(tmp_path / f"{n}.json", meeting_id, f"Spotkanie {n}")) for n, meeting_id in
             enumerate(ids)]
    assert cli("import", files[0], "--db", db).returncode == 0
    assert cli("series", "--db", db, LANG="pl").stdout == "WPW 2026  (1 spotkanie)\n"
    assert cli("import", *files[1:], "--db", db).returncode == 0
    assert cli("series", "--db", db, LANG="pl").stdout == "WPW 2026  (5 spotkań)\n"
    renamed = cli("series", "rename", "WPW 2026", "WPW 2027", "--db", db, LANG="pl_PL.UTF-8")
    assert renamed.stdout == "zmieniono serię 5 spotkań na „WPW 2027” (seria ma teraz 5 spotkań)\n"
    assert cli("series", "rename", "WPW 2027", "WPW 2026", "--db", db, LANG="C").stdout == \
        "renamed 5 meetings to 'WPW 2026' (the series now has 5 meetings)\n"


def test_a_user_error_is_one_line_in_the_users_language_with_exit_2(tmp_path):
    db = str(tmp_path / "baza.sqlite")
    polish = cli("export", "--meeting", "nie-ma-takiego", "--format", "pdf", "-o", str(tmp_path / "x.pdf"),
                 "--db", db, LANG="pl_PL.UTF-8")
    assert (polish.returncode, polish.stdout) == (2, "")
    assert polish.stderr == "błąd: spotkanie o identyfikatorze 'nie-ma-takiego' nie istnieje (mogło zostać usunięte)\n"
    english = cli("export", "--meeting", "nie-ma-takiego", "--format", "pdf", "-o", str(tmp_path / "x.pdf"),
                  "--db", db, LANG="C")
    assert (english.returncode, english.stdout) == (2, "")
    assert english.stderr == "error: the meeting 'nie-ma-takiego' does not exist (it may have been deleted)\n"
    cli_own = cli("search", "--limit", "0", "--db", db, LANG="pl_PL.UTF-8")  # a message of the CLI itself
    assert (cli_own.returncode, cli_own.stderr) == (2, "błąd: --limit musi wynosić co najmniej 1, a nie 0\n")
    assert not (tmp_path / "x.pdf").exists()


def test_the_override_wins_and_an_unknown_one_is_refused(tmp_path):
    db = str(tmp_path / "baza.sqlite")
    source = str(meeting_file(tmp_path / "spotkanie.json"))
    forced = cli("import", "--dry-run", source, "--db", db, LANG="C", FACILITATOR_LANGUAGE="pl")
    assert forced.stdout.splitlines()[-1] == "próba: niczego nie zapisano"
    english = cli("import", "--dry-run", source, "--db", db, LANG="pl_PL.UTF-8", FACILITATOR_LANGUAGE="en")
    assert english.stdout.splitlines()[-1] == "dry run: nothing was stored"
    wrong = cli("list", "--db", db, LANG="pl_PL.UTF-8", FACILITATOR_LANGUAGE="de")
    assert (wrong.returncode, wrong.stdout) == (2, "")
    assert wrong.stderr == "błąd: FACILITATOR_LANGUAGE musi mieć wartość pl albo en, a nie 'de'\n"


def test_data_lines_and_documents_do_not_change_with_the_language(tmp_path):
    db = str(tmp_path / "baza.sqlite")
    assert cli("import", str(meeting_file(tmp_path / "spotkanie.json")), "--db", db).returncode == 0
    for command in (("search", "uwaga"), ("recurring",)):
        runs = [cli(*command, "--db", db, LANG=lang) for lang in ("pl_PL.UTF-8", "C")]
        assert runs[0].returncode == runs[1].returncode == 0
        assert runs[0].stdout == runs[1].stdout
    rows = {tuple(line.split("\t")[:4]) for line in cli("search", "uwaga", "--db", db, LANG="pl").stdout.splitlines()}
    assert rows == {("2018-06-15", "Spotkanie o lokalach", section, "weakness") for section in ("Polityka lokalowa",
                                                                                                  "Inne")}
    listed = [cli("list", "--db", db, LANG=lang).stdout for lang in ("pl_PL.UTF-8", "C")]
    assert listed == [f"{MEETING}  2018-06-15  Spotkanie o lokalach  [WPW 2026]  (5 wypowiedzi)\n",
                      f"{MEETING}  2018-06-15  Spotkanie o lokalach  [WPW 2026]  (5 items)\n"]
    from docx import Document

    for lang in ("pl_PL.UTF-8", "C"):  # a document is Polish by default, whatever the messages' language
        out = tmp_path / f"{lang}.docx"
        assert cli("export", "--meeting", MEETING, "--format", "docx", "-o", str(out), "--db", db,
                   LANG=lang).returncode == 0
        text = "\n".join(p.text for p in Document(str(out)).paragraphs)
        assert "15 czerwca 2018" in text and "June" not in text


def test_main_in_process_follows_the_environment_and_leaves_the_callers_language(tmp_path, monkeypatch, capsys):
    monkeypatch.delenv("FACILITATOR_LANGUAGE")
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "pl_PL.UTF-8")
    assert i18n.get_language() == "en"
    assert main(["import", "--dry-run", str(meeting_file(tmp_path / "s.json")), "--db",
                 str(tmp_path / "baza.sqlite")]) == 0
    assert capsys.readouterr().out.startswith(f"{tmp_path / 's.json'}: zostałoby dodane spotkanie {MEETING} ")
    assert i18n.get_language() == "en"


@pytest.mark.parametrize(("count", "polish"), [(1, "1 konflikt (zmiany"), (3, "3 konflikty (zmiany"),
                                               (5, "5 konfliktów (zmiany"), (22, "22 konflikty (zmiany")])
def test_an_import_refused_for_conflicts_counts_them_in_polish(count, polish):
    from facilitator.meetingfile.plan import MeetingImport, RowConflict
    from facilitator.meetingfile.store import _refusal

    conflicts = [RowConflict(entity="item", id=str(n), label=f"Uwaga {n}", fields=("text",), local={}, theirs={})
                 for n in range(count)]
    report = MeetingImport(meeting_id="m", title="Spotkanie", date="2018-06-15", status="updated",
                           conflicts=conflicts)
    before = i18n.get_language()
    try:
        i18n.set_language("pl")
        assert _refusal([report]).startswith(f"{polish} i tutaj, i w pliku): uwaga 'Uwaga 0'")
        i18n.set_language("en")
        english = _refusal([report])
    finally:
        i18n.set_language(before)
    assert english.startswith(f"{count} conflict{'' if count == 1 else 's'} (changed here and in the file): ")


def test_help_names_the_override():
    helped = cli("--help", LANG="pl_PL.UTF-8")
    assert helped.returncode == 0 and "FACILITATOR_LANGUAGE=pl or en" in " ".join(helped.stdout.split())
