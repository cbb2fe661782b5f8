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
    assert "4 conflict(s), the import would be refused" in err and "resolved" not in err
    assert _snapshot(engine) == before
    assert main(["import", "--db", str(db_url), *files]) == 2  # the real import says the same
    assert "4 conflict(s), nothing was imported" in capsys.readouterr().err


def test_dry_run_with_a_policy_says_what_it_would_resolve(engine, db_url, tmp_path, capsys):
    files = _files(engine, tmp_path)
    before = _snapshot(engine)
    assert main(["import", "--db", str(db_url), "--dry-run", "--on-conflict", "theirs", *files]) == 0
    out = capsys.readouterr()
    text = out.out + out.err
    assert "conflict(s) to be resolved" in text and "conflict(s) resolved" not in text
    assert "dry run: nothing was stored" in text
    assert _snapshot(engine) == before
