"""The `facilitator` command, run as a real subprocess: exit codes, output, database afterwards."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def cli(*args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    environment = {**os.environ, "PYTHONPATH": str(ROOT), **(env or {})}
    environment.pop("FACILITATOR_DB", None)
    environment.update(env or {})
    return subprocess.run([sys.executable, "-m", "facilitator", *args], capture_output=True, text=True, check=False,
                          env=environment, cwd=ROOT, timeout=120)


def meeting_file(path: Path, **changes) -> Path:
    data = {
        "format": "facilitator-meeting",
        "version": 1,
        "meeting": {
            "id": "7d3f0c2e-2b7a-4f6e-9d8a-0f3c1e5b9a11",
            "title": "Podsumowanie spotkania konsultacyjnego",
            "date": "2018-06-15",
            "venue": "Biuro Inicjatyw Społecznych",
            "sections": [
                {"id": "0b9f4d0e-4c7e-4a43-9d55-1d1c3a6f0a01", "title": "Polityka lokalowa", "items": [
                    {"id": "0b9f4d0e-4c7e-4a43-9d55-1d1c3a6f0a02", "kind": "weakness",
                     "text": "Lokale są w fatalnym stanie.",
                     "children": [{"kind": "proposal", "text": "Odpis remontu od czynszu."}]},
                ]},
            ],
        },
    }
    data["meeting"].update(changes)
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def test_version_and_help():
    from facilitator import __version__

    result = cli("--version")
    assert result.returncode == 0 and result.stdout.strip() == f"facilitator {__version__}"
    helped = cli("--help")
    assert helped.returncode == 0
    for command in ("gui", "import", "list", "dump", "sample", "export"):
        assert command in helped.stdout


def test_import_list_dump_round_trip(tmp_path):
    db = tmp_path / "db.sqlite"
    source = meeting_file(tmp_path / "m.json")
    first = cli("import", str(source), "--db", str(db))
    assert first.returncode == 0, first.stderr
    assert "m.json" in first.stdout and "added" in first.stdout
    again = cli("import", str(source), "--db", str(db))
    assert again.returncode == 0 and "unchanged" in again.stdout

    listed = cli("list", "--db", str(db))
    assert listed.returncode == 0
    assert listed.stdout.splitlines() == [
        "7d3f0c2e-2b7a-4f6e-9d8a-0f3c1e5b9a11  2018-06-15  Podsumowanie spotkania konsultacyjnego  (2 items)"
    ]
    out = tmp_path / "out.json"
    dumped = cli("dump", "--meeting", "7d3f0c2e-2b7a-4f6e-9d8a-0f3c1e5b9a11", "-o", str(out), "--db", str(db))
    assert dumped.returncode == 0, dumped.stderr
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["meeting"]["sections"][0]["items"][0]["children"][0]["text"] == "Odpis remontu od czynszu."


def test_environment_variable_selects_the_database(tmp_path):
    db = tmp_path / "env.sqlite"
    assert cli("import", str(meeting_file(tmp_path / "m.json")), env={"FACILITATOR_DB": str(db)}).returncode == 0
    assert "Podsumowanie" in cli("--db", str(db), "list").stdout


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"{not json", "line 1"),
        (b"\xff\xfe\x00garbage", "UTF-8"),
        (json.dumps({"format": "facilitator-meeting", "version": 7, "meeting": {}}).encode(), "version 7"),
    ],
)
def test_a_bad_file_is_one_line_exit_2_and_nothing_stored(tmp_path, content, expected):
    db = tmp_path / "db.sqlite"
    good = meeting_file(tmp_path / "good.json")
    bad = tmp_path / "bad.json"
    bad.write_bytes(content)
    result = cli("import", str(good), str(bad), "--db", str(db))
    assert result.returncode == 2
    assert result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: ") and "bad.json" in lines[0] and expected in lines[0]
    assert "Traceback" not in result.stderr
    assert cli("list", "--db", str(db)).stdout == ""


def test_a_file_breaking_the_spec_names_the_place(tmp_path):
    bad = meeting_file(tmp_path / "bad.json")
    data = json.loads(bad.read_text(encoding="utf-8"))
    data["meeting"]["sections"][0]["items"][0]["kind"] = "opinion"
    bad.write_text(json.dumps(data), encoding="utf-8")
    result = cli("import", str(bad), "--db", str(tmp_path / "db.sqlite"))
    assert result.returncode == 2
    assert "meeting.sections[0].items[0].kind" in result.stderr and "'opinion'" in result.stderr


def test_missing_file_and_unknown_meeting(tmp_path):
    db = tmp_path / "db.sqlite"
    missing = cli("import", str(tmp_path / "nope.json"), "--db", str(db))
    assert missing.returncode == 2 and "nope.json" in missing.stderr and "Traceback" not in missing.stderr
    unknown = cli("dump", "--meeting", "00000000-0000-0000-0000-000000000000", "-o", str(tmp_path / "x.json"),
                  "--db", str(db))
    assert unknown.returncode == 2 and "00000000-0000-0000-0000-000000000000" in unknown.stderr
    assert not (tmp_path / "x.json").exists()


def test_unwritable_output_keeps_the_old_file(tmp_path):
    db = tmp_path / "db.sqlite"
    assert cli("import", str(meeting_file(tmp_path / "m.json")), "--db", str(db)).returncode == 0
    result = cli("dump", "--meeting", "7d3f0c2e-2b7a-4f6e-9d8a-0f3c1e5b9a11", "-o",
                 str(tmp_path / "no-such-folder" / "x.json"), "--db", str(db))
    assert result.returncode == 2 and "no-such-folder" in result.stderr and "Traceback" not in result.stderr


def test_a_corrupted_database_is_an_error_not_a_traceback(tmp_path):
    db = tmp_path / "broken.sqlite"
    db.write_bytes(b"garbage" * 1000)
    result = cli("list", "--db", str(db))
    assert result.returncode == 2 and result.stderr.startswith("error: ") and "Traceback" not in result.stderr
    assert db.read_bytes() == b"garbage" * 1000


def test_sample_then_export_both_formats(tmp_path):
    sample = tmp_path / "sample.json"
    assert cli("sample", "-o", str(sample)).returncode == 0
    assert json.loads(sample.read_text(encoding="utf-8"))["meeting"]["date"] == "2018-06-15"
    for fmt in ("docx", "pdf"):
        out = tmp_path / f"summary.{fmt}"
        result = cli("export", str(sample), "--format", fmt, "-o", str(out))
        assert result.returncode == 0, result.stderr
        assert out.stat().st_size > 5000
        assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".") or p.suffix == ".tmp"] == []


def test_export_from_the_database_and_errors(tmp_path):
    db = tmp_path / "db.sqlite"
    assert cli("import", str(meeting_file(tmp_path / "m.json")), "--db", str(db)).returncode == 0
    out = tmp_path / "s.pdf"
    ok = cli("export", "--meeting", "7d3f0c2e-2b7a-4f6e-9d8a-0f3c1e5b9a11", "--format", "pdf", "-o", str(out),
             "--db", str(db))
    assert ok.returncode == 0, ok.stderr and out.read_bytes().startswith(b"%PDF")
    neither = cli("export", "--format", "pdf", "-o", str(out))
    assert neither.returncode == 2 and "meeting file or --meeting" in neither.stderr
    out.write_bytes(b"previous")
    bad_dir = cli("export", "--meeting", "7d3f0c2e-2b7a-4f6e-9d8a-0f3c1e5b9a11", "--format", "docx",
                  "-o", str(tmp_path / "missing" / "s.docx"), "--db", str(db))
    assert bad_dir.returncode == 2 and "Traceback" not in bad_dir.stderr
    assert out.read_bytes() == b"previous"
