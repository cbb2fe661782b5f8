"""`facilitator import --dry-run` answers like the real import: conflicts listed, exit 2 under refuse, nothing stored."""

from __future__ import annotations

import json

from facilitator.cli import main
from tests.test_meetingfile_choices import _conflicted, _snapshot


def _files(engine, tmp_path) -> list[str]:
    paths = []
    for n, data in enumerate(_conflicted(engine)):
        path = tmp_path / f"spotkanie-{n}.json"
        path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
        paths.append(str(path))
    return paths


def test_dry_run_refuses_conflicts_with_exit_2_like_the_import(engine, db_url, tmp_path, capsys):
    files = _files(engine, tmp_path)
    before = _snapshot(engine)
    assert main(["import", "--db", str(db_url), "--dry-run", *files]) == 2
    err = capsys.readouterr().err
    assert "conflict in" in err and "Plik: boiska, hale i baseny" in err
    assert "4 conflicts, the import would be refused" in err and "resolved" not in err
    assert _snapshot(engine) == before
    assert main(["import", "--db", str(db_url), *files]) == 2  # the real import says the same
    assert "4 conflicts, nothing was imported" in capsys.readouterr().err


def test_dry_run_with_a_policy_says_what_it_would_resolve(engine, db_url, tmp_path, capsys):
    files = _files(engine, tmp_path)
    before = _snapshot(engine)
    assert main(["import", "--db", str(db_url), "--dry-run", "--on-conflict", "theirs", *files]) == 0
    out = capsys.readouterr()
    text = out.out + out.err
    assert "conflicts to be resolved" in text and "conflicts resolved" not in text
    assert "dry run: nothing was stored" in text
    assert _snapshot(engine) == before


def test_dry_run_says_what_would_happen_and_the_import_what_did(engine, db_url, tmp_path, capsys, monkeypatch):
    from tests.test_meetingfile_choices import _first, _second

    files = []
    for n, data in enumerate((_first(), _second())):
        path = tmp_path / f"nowe-{n}.json"
        path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
        files.append(str(path))
    assert main(["import", "--db", str(db_url), "--dry-run", *files]) == 0
    out = capsys.readouterr().out
    assert out.count(": would add meeting ") == 2 and ": added meeting" not in out
    assert out.splitlines()[-1] == "dry run: nothing was stored"
    assert _snapshot(engine)["meeting"] == []
    monkeypatch.setenv("FACILITATOR_LANGUAGE", "pl")
    assert main(["import", "--db", str(db_url), "--dry-run", *files]) == 0
    out = capsys.readouterr().out
    assert out.count(": zostałoby dodane spotkanie ") == 2 and "dodano" not in out
    assert out.splitlines()[-1] == "próba: niczego nie zapisano"
    assert main(["import", "--db", str(db_url), *files]) == 0
    out = capsys.readouterr().out
    assert out.count(": dodano spotkanie ") == 2 and "próba" not in out and "zostałoby" not in out
    assert main(["import", "--db", str(db_url), "--dry-run", *files]) == 0
    assert capsys.readouterr().out.count(": bez zmian: spotkanie ") == 2
