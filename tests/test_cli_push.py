"""`facilitator push --to URL`: a laptop's SQLite meetings into an office database (SQLite, and the PostgreSQL test
server in BOTH_BACKENDS) with the import's merge and conflict rules; the laptop's data stays as it was."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from facilitator import meetingfile, operations
from facilitator.cli import main
from tests.push_data import laptop_fixture, office_fixture, snapshot  # noqa: F401 - the fixtures laptop, office
from tests.test_office_database import data_role, empty_url  # noqa: F401 - fixtures: the officials' role
from tests.ui.officials_data import uid

ROOT = Path(__file__).resolve().parent.parent
SECRET = "Tajne-Hasło-42"


def push(laptop, to: str, *extra: str) -> int:
    return main(["push", "--db", str(laptop.url.database), "--to", to, *extra])


def target_name(engine) -> str:
    from facilitator.store.connection import engine_name

    return engine_name(engine)


def dumps(engine, names=("m-a", "m-b", "m-c")) -> dict:
    return {name: meetingfile.dump(engine, uid(name)) for name in names}


def test_new_meetings_arrive_whole_and_the_laptop_is_untouched(laptop, office, capsys):
    target, to = office
    before = snapshot(laptop)
    assert push(laptop, to) == 0
    out = capsys.readouterr().out
    assert dumps(target) == dumps(laptop)  # every statement, nested ones, tags, answers and group labels
    assert out.count("added meeting") == 3 and "3 meetings sent to" in out and "3 new, 0 updated, 0 unchanged" in out
    assert snapshot(laptop) == before
    assert push(laptop, to) == 0  # again: nothing to do
    out = capsys.readouterr().out
    assert out.count("unchanged meeting") == 3 and "sent to" not in out
    assert out.splitlines()[-1] == f"nothing needed sending: all 3 meetings are already in {target_name(target)}, " \
        "unchanged"
    assert snapshot(laptop) == before


def test_a_laptop_edit_after_the_push_updates_the_office(laptop, office, capsys):
    target, to = office
    assert push(laptop, to, "--meeting", uid("m-a")) == 0
    operations.update_item(laptop, item_id=uid("a-i3"), text="Brak lokali w centrum – poprawione po spotkaniu")
    operations.delete_item(laptop, item_id=uid("a-i2"))
    capsys.readouterr()
    assert push(laptop, to, "--meeting", uid("m-a")) == 0
    out = capsys.readouterr().out
    assert "updated meeting" in out and "1 item updated" in out and "1 item deleted" in out
    assert "1 meeting sent to" in out and "0 new, 1 updated, 0 unchanged" in out
    assert dumps(target, ["m-a"]) == dumps(laptop, ["m-a"])


def test_an_office_edit_meanwhile_is_a_conflict_refused_with_exit_2(laptop, office, capsys):
    target, to = office
    assert push(laptop, to) == 0
    operations.update_item(target, item_id=uid("a-i3"), text="Urząd: lokale w centrum za drogie")
    operations.update_item(laptop, item_id=uid("a-i3"), text="Laptop: lokale w centrum i na Podgórzu")
    operations.update_item(laptop, item_id=uid("b-i2"), text="Laptop: spotkania w dzielnicach co miesiąc")
    office_before = snapshot(target)
    capsys.readouterr()
    assert push(laptop, to) == 2
    err = capsys.readouterr().err
    assert "conflict in 2018-06-15 Spotkanie konsultacyjne – prawa człowieka: item" in err
    assert "here: " in err and "Urząd: lokale w centrum za drogie" in err and "Laptop: lokale w centrum" in err
    assert "error: 1 conflict, nothing was imported; choose --on-conflict keep, theirs or newer" in err
    assert "Traceback" not in err
    assert snapshot(target) == office_before  # the other meeting's edit waits too: one transaction
    assert push(laptop, to, "--on-conflict", "theirs") == 0
    assert dumps(target) == dumps(laptop)


def test_dry_run_shows_the_preview_and_sends_nothing(laptop, office, capsys):
    target, to = office
    assert push(laptop, to, "--meeting", uid("m-b")) == 0
    operations.update_item(laptop, item_id=uid("b-i2"), text="Spotkania w dzielnicach – co miesiąc")
    before = snapshot(target)
    capsys.readouterr()
    assert push(laptop, to, "--dry-run") == 0
    out = capsys.readouterr().out
    assert out.count("would add meeting") == 2 and "would update meeting" in out and "1 item updated" in out
    assert "added meeting" not in out.replace("would add meeting", "")
    assert "3 meetings to send to" in out and "2 new, 1 updated, 0 unchanged; dry run, nothing was sent" in out
    assert snapshot(target) == before
    operations.update_item(target, item_id=uid("b-i2"), text="Urząd: dzielnice")
    before = snapshot(target)
    assert push(laptop, to, "--dry-run") == 2  # as `import --dry-run`: the conflict listed, refused
    assert "1 conflict, the import would be refused" in capsys.readouterr().err
    assert snapshot(target) == before


def test_meeting_selects_and_unknown_ids_are_one_line(laptop, office, capsys):
    target, to = office
    listed = {line.split()[0] for line in _listing(laptop, capsys)}
    assert uid("m-c") in listed  # the ids `facilitator list` prints are the ones push takes
    assert push(laptop, to, "--meeting", uid("m-c"), "--meeting", uid("m-a")) == 0
    assert {m.id for m in operations.list_meetings(target)} == {uid("m-a"), uid("m-c")}
    before = snapshot(target)
    capsys.readouterr()
    assert push(laptop, to, "--meeting", uid("m-b"), "nie-ma-takiego") == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert err == ["error: no meeting with id nie-ma-takiego in this computer's database (see `facilitator list`)"]
    assert snapshot(target) == before


def _listing(laptop, capsys) -> list[str]:
    capsys.readouterr()
    assert main(["list", "--db", str(laptop.url.database)]) == 0
    return capsys.readouterr().out.splitlines()


def test_a_password_in_the_url_is_never_printed(laptop, office, capsys):
    _target, to = office
    if not to.startswith("postgresql"):
        pytest.skip("a password belongs to a server URL")
    from sqlalchemy.engine import make_url

    url = make_url(to).set(password=SECRET).render_as_string(hide_password=False)  # the test server trusts
    assert push(laptop, url, "--dry-run") == 0
    out = capsys.readouterr()
    assert SECRET not in out.out + out.err and ":***@" in out.out
    assert push(laptop, url) == 0
    out = capsys.readouterr()
    assert SECRET not in out.out + out.err and "3 meetings sent to" in out.out


def _cli(*args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.run([sys.executable, "-m", "facilitator", *args], check=False, capture_output=True,
                          text=True, env=env, timeout=120, cwd=ROOT)


def test_unreachable_server_is_one_line_without_the_password(laptop):
    result = _cli("push", "--db", str(laptop.url.database), "--to",
                  f"postgresql://urzednik:{SECRET}@127.0.0.1:1/facilitator?connect_timeout=3")
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: the server 127.0.0.1:1/facilitator cannot be reached: ")
    assert SECRET not in result.stdout + result.stderr
    assert result.stdout == ""


def test_the_office_database_must_exist_at_the_current_schema(laptop, tmp_path):
    missing = tmp_path / "urzad" / "office.sqlite"
    result = _cli("push", "--db", str(laptop.url.database), "--to", str(missing))
    assert result.returncode == 2 and f"error: there is no database at {missing}" in result.stderr
    assert not missing.exists() and not missing.parent.exists()
    old = tmp_path / "old.sqlite"
    from facilitator.store.connection import make_engine
    from facilitator.store.migrate import upgrade

    engine = make_engine(f"sqlite:///{old}")
    upgrade(engine, "0005")
    engine.dispose()
    result = _cli("push", "--db", str(laptop.url.database), "--to", str(old))
    assert result.returncode == 2 and "needs an upgrade" in result.stderr and "Traceback" not in result.stderr
    result = _cli("push", "--db", str(laptop.url.database), "--to", str(laptop.url.database))
    assert result.returncode == 2 and "is this computer's own database" in result.stderr


@pytest.mark.parametrize(("count", "words"), [(1, "wysłano 1 spotkanie do"), (3, "wysłano 3 spotkania do"),
                                              (5, "wysłano 5 spotkań do"), (22, "wysłano 22 spotkania do"),
                                              (12, "wysłano 12 spotkań do")])
def test_the_summary_line_in_polish_has_the_right_plural(count, words):
    from facilitator.i18n import get_language, set_language
    from facilitator.meetingfile import ImportResult, MeetingImport
    from facilitator.push import summary

    result = ImportResult(meetings=[MeetingImport(meeting_id=str(n), title="t", date="2018-06-15",
                                                  status="new" if n == 0 else "unchanged") for n in range(count)])
    previous = get_language()
    set_language("pl")
    try:
        line = summary(result, "urzad.sqlite", dry_run=False)
        dry = summary(result, "urzad.sqlite", dry_run=True)
    finally:
        set_language(previous)
    assert line == f"{words} urzad.sqlite: nowe: 1, zaktualizowane: 0, bez zmian: {count - 1}"
    assert dry.startswith(words.removeprefix("wysłano ").removesuffix(" do") + " do wysłania do urzad.sqlite")
    assert dry.endswith("; próba, niczego nie wysłano")


@pytest.mark.parametrize(("count", "polish", "english"), [
    (1, "nie trzeba było niczego wysyłać: 1 spotkanie jest już w urzad.sqlite bez zmian",
     "nothing needed sending: the 1 meeting is already in urzad.sqlite, unchanged"),
    (3, "nie trzeba było niczego wysyłać: wszystkie 3 spotkania są już w urzad.sqlite bez zmian",
     "nothing needed sending: all 3 meetings are already in urzad.sqlite, unchanged"),
    (5, "nie trzeba było niczego wysyłać: wszystkich 5 spotkań jest już w urzad.sqlite bez zmian",
     "nothing needed sending: all 5 meetings are already in urzad.sqlite, unchanged"),
    (22, "nie trzeba było niczego wysyłać: wszystkie 22 spotkania są już w urzad.sqlite bez zmian",
     "nothing needed sending: all 22 meetings are already in urzad.sqlite, unchanged")])
def test_a_push_with_nothing_new_says_nothing_needed_sending(count, polish, english):
    from facilitator.i18n import get_language, set_language
    from facilitator.meetingfile import ImportResult, MeetingImport
    from facilitator.push import summary

    result = ImportResult(meetings=[MeetingImport(meeting_id=str(n), title="t", date="2018-06-15",
                                                  status="unchanged") for n in range(count)])
    previous = get_language()
    try:
        set_language("pl")
        assert summary(result, "urzad.sqlite", dry_run=False) == polish
        assert summary(result, "urzad.sqlite", dry_run=True) == \
            polish.replace("nie trzeba było niczego wysyłać", "nie ma nic do wysłania") + "; próba"
        set_language("en")
        assert summary(result, "urzad.sqlite", dry_run=False) == english
    finally:
        set_language(previous)


def test_polish_messages_through_the_cli(laptop, office, capsys, monkeypatch):
    _target, to = office
    monkeypatch.setenv("FACILITATOR_LANGUAGE", "pl")
    assert push(laptop, to, "--meeting", uid("m-a"), uid("m-b")) == 0
    assert push(laptop, to, "--meeting", "brak") == 2
    out = capsys.readouterr()
    assert "wysłano 2 spotkania do " in out.out and "nowe: 2, zaktualizowane: 0, bez zmian: 0" in out.out
    assert out.out.count("dodano spotkanie ") == 2 and "z 15 czerwca 2018 r. „" in out.out
    assert "błąd: w bazie na tym komputerze nie ma spotkania o identyfikatorze brak" in out.err


def test_the_data_only_role_of_the_docs_is_enough_to_push(laptop, data_role, capsys):  # noqa: F811 - fixture
    """docs/office-database.md, section 6: officials' role (SELECT/INSERT/UPDATE/DELETE only) receives a push."""
    assert push(laptop, data_role) == 0
    assert "3 meetings sent to" in capsys.readouterr().out
    operations.update_item(laptop, item_id=uid("a-i3"), text="Lokale w centrum – nowe dane")
    assert push(laptop, data_role) == 0
    assert "0 new, 1 updated, 2 unchanged" in capsys.readouterr().out
