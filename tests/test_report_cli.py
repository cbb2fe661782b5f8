"""`facilitator report`: options, the three formats on disk, one-line errors with exit status 2."""

from __future__ import annotations

from datetime import date

import pytest

from facilitator.cli import main
from tests.test_search import make_meeting


def report(argv: list[str]) -> int:
    return main(["report", *argv])


@pytest.fixture
def db(engine, db_url):
    for n in range(2):
        make_meeting(engine, title=f"Spotkanie {n}", day=date(2018, 6, 1 + n), items={
            "Polityka lokalowa": [("weakness", "Brak lokali dla organizacji"), ("strength", f"Coś dobrego {n}")]})
    engine.dispose()
    return db_url


@pytest.mark.parametrize("fmt,magic", [("docx", b"PK"), ("pdf", b"%PDF"), ("xlsx", b"PK")])
def test_writes_each_format(db, tmp_path, fmt, magic, capsys):
    out = tmp_path / f"raport.{fmt}"
    assert report(["--db", str(db), "--format", fmt, "-o", str(out), "--from", "2018-01-01", "--to", "2018-12-31"]) == 0
    assert out.read_bytes().startswith(magic)
    assert out.stat().st_mode & 0o644 == 0o644  # readable by others like any new file, not mkstemp's 0600
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".report-")] == []
    assert "raport" in capsys.readouterr().out


def test_meeting_filter_and_threshold(db, tmp_path):
    from openpyxl import load_workbook

    from facilitator.search import search
    from facilitator.store import open_database

    engine = open_database(db)
    first = search(engine, "cos dobrego 0")[0].meeting_id
    engine.dispose()
    out = tmp_path / "r.xlsx"
    assert report(["--db", str(db), "--format", "xlsx", "-o", str(out), "--meeting", first, "--threshold", "90"]) == 0
    assert load_workbook(out)["Wypowiedzi"].max_row == 3


@pytest.mark.parametrize("argv,message", [
    (["--series", "brak"], "error: there is no series 'brak'; the series are: WPW 2019–2022"),
    (["--from", "2018-13-01"], "error: bad date '2018-13-01', expected YYYY-MM-DD"),
    (["--from", "2019-01-01", "--to", "2018-01-01"], "error: the start date is after the end date"),
    (["--threshold", "150"], "error: the threshold must be between 0 and 100, not 150"),
])
def test_user_errors_are_one_line(db, tmp_path, capsys, argv, message):
    out = tmp_path / "r.pdf"
    assert report(["--db", str(db), "--format", "pdf", "-o", str(out), *argv]) == 2
    err = capsys.readouterr().err
    assert err == message + "\n"
    assert not out.exists()


def test_unwritable_output(db, tmp_path, capsys):
    missing = tmp_path / "nie" / "ma" / "r.docx"
    assert report(["--db", str(db), "--format", "docx", "-o", str(missing)]) == 2
    assert capsys.readouterr().err.startswith("error: the folder")
    assert report(["--db", str(db), "--format", "docx", "-o", str(tmp_path)]) == 2
    assert "is a folder" in capsys.readouterr().err


def test_existing_output_is_kept_when_report_fails(db, tmp_path):
    out = tmp_path / "r.xlsx"
    out.write_bytes(b"previous")
    assert report(["--db", str(db), "--format", "xlsx", "-o", str(out), "--series", "x"]) == 2
    assert out.read_bytes() == b"previous"


def test_main_cli_dispatches_report(db, tmp_path, capsys):
    out = tmp_path / "raport.xlsx"
    assert main(["--db", str(db), "report", "--format", "xlsx", "-o", str(out), "--language", "en"]) == 0
    assert out.read_bytes().startswith(b"PK")
    assert main(["report", "--db", str(db), "--format", "pdf", "-o", str(out), "--series", "none"]) == 2
    assert capsys.readouterr().err.strip() == "error: there is no series 'none'; the series are: WPW 2019–2022"
    assert main(["report", "--db", str(db), "--format", "pdf", "-o", str(out), "--from", "2030-01-01"]) == 2
    assert capsys.readouterr().err.strip() == "error: no meetings match the chosen filters"


def _groups_column(path) -> list:
    from openpyxl import load_workbook

    return [row[10].value for row in load_workbook(path)["Wypowiedzi"].iter_rows(min_row=2)]


def test_threshold_and_confirmed_only_choose_the_grouping(engine, db_url, tmp_path):
    from facilitator.operations import confirm_group as confirm
    from facilitator.report import ReportOptions, load

    for n, text in enumerate(("Brak lokali dla organizacji", "Brakuje pomieszczeń dla NGO",
                              "Nie ma gdzie się spotykać")):
        make_meeting(engine, title=f"Spotkanie {n}", day=date(2018, 6, 1 + n), items={
            "Polityka lokalowa": [("weakness", text)]})
    ids = {s.text: s.item_id for s in load(engine, ReportOptions()).statements}
    confirm(engine, item_ids=[ids["Brak lokali dla organizacji"], ids["Nie ma gdzie się spotykać"]])
    engine.dispose()
    runs = {}
    for name, extra in (("default", []), ("strict", ["--threshold", "100"]), ("confirmed", ["--confirmed-only"])):
        out = tmp_path / f"{name}.xlsx"
        assert report(["--db", str(db_url), "--format", "xlsx", "-o", str(out), *extra]) == 0
        runs[name] = _groups_column(out)
    assert runs["default"] == ["G1", "G1", "G1"]  # the paraphrase joins by meaning, the third by the official
    assert runs["strict"] == ["G1", "", "G1"] == runs["confirmed"]  # only the official's decision groups
    pdf = tmp_path / "confirmed.pdf"
    assert report(["--db", str(db_url), "--format", "pdf", "-o", str(pdf), "--confirmed-only"]) == 0
