"""Export time against field length (linear, not quadratic) and every command at the documented limits.

Two parts. Field lengths: the sample meeting with one field (title, purpose, organiser, section title,
participant name, statement) 25k/50k/100k/400k characters long, exported in process to PDF and DOCX, and the
same meeting imported and reported as XLSX; 400k is beyond the meeting-file limit, so it is built directly as
a meeting view (the desktop app does not stop a 400k paste). Limits: meeting files of 10 MB with 20,000
statements, 100,000-character fields everywhere, or tens of thousands of participants; every `facilitator`
command on them as a whole process, wall time and peak memory (``ru_maxrss`` of that child, from ``wait4``).

Every row is printed (and flushed) as soon as it is measured, so a long run is never lost; the parts can be run
alone, the commands of one limit file at a time (WHICH: a word of its label: statements, fields, runs,
participants).

Usage: python -m benchmarks limits[:fields|:commands[:WHICH]]
       python -m benchmarks.bench_limits [fields|commands [WHICH]]
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

from benchmarks.datagen import ORGS, generate_meeting

SIZES = (25_000, 50_000, 100_000, 400_000)
FIELDS = ("title", "purpose", "organiser", "section title", "participant name", "statement")
MAX_BYTES = 10 * 1024 * 1024
WORDS = ("Rewitalizacja", "śródmieścia", "wymaga", "konsultacji", "z", "mieszkańcami", "i", "organizacjami",
         "pozarządowymi", "—", "zgłaszano", "to", "już", "wielokrotnie.")
SPEAKER = "11111111-1111-4111-8111-111111111111"


def text_of(length: int, unbroken: bool = False, seed: int = 0) -> str:
    """Polish prose (or one unbroken run, e.g. a pasted URL) of exactly `length` characters."""
    if unbroken:
        letters = "aąbcćdeęfghijklłmnńoóprsśtuwyzźż"
        return ("https://bip.krakow.pl/" + letters * (length // len(letters) + 1))[:length]
    words, total, i = [], 0, seed
    while total < length:
        word = WORDS[i % len(WORDS)]
        words.append(word)
        total += len(word) + 1
        i += 1
    return " ".join(words)[:length]


def with_long_field(field: str, length: int, unbroken: bool = False) -> dict:
    """The sample meeting file with one field `length` characters long (the speaker named, attendance annexed)."""
    from facilitator.sample import load_sample

    data = load_sample()
    meeting = data["meeting"]
    text = text_of(length, unbroken)
    meeting["participants"] = [{"id": SPEAKER, "name": "Anna Nowak", "organisation": ORGS[0], "consent": True}]
    meeting["sections"][0]["items"][0]["speaker"] = SPEAKER
    if field in ("title", "purpose", "organiser"):
        meeting[field] = text
    elif field == "section title":
        meeting["sections"][0]["title"] = text
    elif field == "participant name":
        meeting["participants"][0]["name"] = text
    elif field == "statement":
        meeting["sections"][0]["items"][0]["text"] = text
    else:
        raise ValueError(field)
    return data


# ---- meeting files at the limits -------------------------------------------------------------------------------


def _ids(tag: str) -> Callable[[str], str]:
    ns = uuid.uuid5(uuid.NAMESPACE_URL, f"facilitator-limits/{tag}")
    return lambda name: str(uuid.uuid5(ns, name))


def statements_file() -> dict:
    """20,000 statements (a fifth nested), speakers and tags, about 10 MB."""
    data = generate_meeting(7, items=20)
    meeting = data["meeting"]
    new_id = _ids("statements")
    people = meeting["participants"]
    per = (MAX_BYTES - 400_000) // 20_000 - 160  # characters of text per statement, leaving room for the keys
    count = 0
    for s_index, section in enumerate(meeting["sections"]):
        section["items"] = []
        while count < 20_000 * (s_index + 1) // len(meeting["sections"]):
            count += 1
            item = {"id": new_id(f"i{count}"), "kind": ("proposal", "weakness", "remark")[count % 3],
                    "text": text_of(per, seed=count)}
            if count % 4 == 0:
                item["speaker"] = people[count % len(people)]["id"]
            if count % 3 == 0:
                item["tags"] = ["lokale", "BIP"]
            if count % 5 == 0 and section["items"]:
                section["items"][-1].setdefault("children", []).append(item)
            else:
                section["items"].append(item)
    return data


def fields_file(unbroken: bool = False) -> dict:
    """Every text field 100,000 characters long (prose or unbroken runs) until the file is 10 MB."""
    tag = "runs" if unbroken else "fields"
    new_id = _ids(tag)
    long = text_of(100_000, unbroken)
    meeting = generate_meeting(8, items=0)["meeting"]
    for key in ("title", "series", "audience", "organiser", "venue", "purpose", "facilitator", "author"):
        meeting[key] = long
    meeting["agenda"] = [long, long]
    meeting["participants"] = [{"id": new_id(f"p{n}"), "name": long, "organisation": long, "consent": True}
                               for n in range(4)]
    meeting["sections"] = [{"id": new_id(f"s{n}"), "title": long, "kind": "area", "group": long, "items": []}
                           for n in range(3)]
    budget = (MAX_BYTES - 200_000) // (len(long.encode()) + 200) - 8 - 2 - 8 - 6
    for n in range(budget):
        item = {"id": new_id(f"i{n}"), "kind": "proposal", "text": long, "speaker": new_id(f"p{n % 4}")}
        meeting["sections"][n % 3]["items"].append(item)
    return {"format": "facilitator-meeting", "version": 1, "meeting": meeting}


def participants_file() -> dict:
    """As many participants as fit in 10 MB (all present and consenting: the attendance annex lists them)."""
    new_id = _ids("participants")
    data = generate_meeting(9, items=60)
    meeting = data["meeting"]
    kept = meeting["participants"]
    people = []
    size = len(json.dumps(data, ensure_ascii=False).encode())
    n = 0
    while size < MAX_BYTES - 300:
        person = {"id": new_id(f"p{n}"), "name": f"Świętosława Żółtowska-Kuźniar {n}",
                  "organisation": ORGS[n % len(ORGS)], "email": f"osoba.{n}@example.org", "present": True,
                  "consent": True, "gender": "female"}
        size += len(json.dumps(person, ensure_ascii=False).encode()) + 2
        people.append(person)
        n += 1
    meeting["participants"] = kept + people[:-1]
    return data


# ---- part 1: export time against one field's length -------------------------------------------------------------


def _view(field: str, length: int, unbroken: bool = False):
    """The meeting view with the field `length` long; past the file limit the text is set on the view itself."""
    from facilitator.meetingfile.view import meeting_view

    view = meeting_view(with_long_field(field, min(length, 100_000), unbroken))
    if length <= 100_000:
        return view
    text = text_of(length, unbroken)
    if field in ("title", "purpose", "organiser"):
        setattr(view, field, text)
    elif field == "section title":
        view.sections[0].title = text
    elif field == "participant name":
        view.participants[0].name = text
    else:
        view.sections[0].items[0].text = text
    return view


def _cpu(action: Callable[[], object]) -> tuple[float, float]:
    """Wall and CPU seconds of one call (after the fonts and modules are loaded by a first export)."""
    wall, cpu = time.perf_counter(), time.process_time()
    action()
    return time.perf_counter() - wall, time.process_time() - cpu


def field_rows() -> Iterator[dict]:
    """PDF and DOCX export (named, with the attendance annex) of the sample with one long field, per length."""
    from facilitator.export import export_meeting
    from facilitator.summary import SummaryOptions

    options = SummaryOptions(named=True, attendance_annex=True)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        export_meeting(_view("title", 10), "pdf", folder / "warm.pdf", options)
        for fmt in ("pdf", "docx"):
            for field in FIELDS:
                cells = []
                for size in SIZES:
                    view = _view(field, size, unbroken=field == "participant name")
                    wall, cpu = _cpu(lambda v=view, f=fmt: export_meeting(v, f, folder / f"x.{f}", options))
                    cells.append((size, wall, cpu))
                big = cells[2]
                note = "; ".join(f"{s // 1000}k: {w:.2f} s (CPU {c:.2f})" for s, w, c in cells)
                yield {"name": f"export {fmt.upper()} with a long {field}" +
                       (" (one unbroken run)" if field == "participant name" else ""),
                       "value": big[1], "unit": "s", "target": "≤ 2 s at 100k, linear", "note": f"at 100k; {note}"}


# ---- part 2: every command at the limits ------------------------------------------------------------------------

LIMIT_FILES: dict[str, Callable[[], dict]] = {
    "20,000 statements": statements_file,
    "100,000-character fields": fields_file,
    "100,000-character unbroken runs": lambda: fields_file(unbroken=True),
    "10 MB of participants": participants_file,
}


TIMEOUT = 600.0  # seconds: a command this slow is 20 × over its target; the row says it was killed


def _process(args: list[str], timeout: float = TIMEOUT) -> tuple[float, float, int, int]:
    """Wall seconds, CPU seconds, peak memory (MB) and exit code of one `facilitator` process (rusage of that child)."""
    started = time.perf_counter()
    child = subprocess.Popen([sys.executable, "-m", "facilitator", *args], stdout=subprocess.DEVNULL,
                             stderr=subprocess.DEVNULL)
    deadline = started + timeout
    while True:
        pid, status, usage = os.wait4(child.pid, os.WNOHANG)
        if pid:
            break
        if time.perf_counter() > deadline:
            child.kill()
            pid, status, usage = os.wait4(child.pid, 0)
            break
        time.sleep(0.05)
    child.returncode = os.waitstatus_to_exitcode(status)
    return (time.perf_counter() - started, usage.ru_utime + usage.ru_stime, usage.ru_maxrss // 1024,
            child.returncode)


def _has_command(name: str) -> bool:
    return subprocess.run([sys.executable, "-m", "facilitator", name, "--help"], capture_output=True,
                          check=False).returncode == 0


def command_rows(only: str = "") -> Iterator[dict]:
    """import, export pdf/docx, dump (the meeting file), report docx/pdf/xlsx, list and search on each limit file."""
    search = _has_command("search")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        for label, make in LIMIT_FILES.items():
            if only and only not in label:
                continue
            data = make()
            source = folder / "m.json"
            source.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
            size = source.stat().st_size / 1024 / 1024
            db = folder / f"{label.split()[-1]}.sqlite"
            meeting = data["meeting"]["id"]
            commands = [
                ("import", ["import", str(source), "--db", str(db)]),
                ("export PDF", ["export", str(source), "--format", "pdf", "--named", "--attendance-annex", "-o",
                                str(folder / "m.pdf")]),
                ("export DOCX", ["export", str(source), "--format", "docx", "--named", "--attendance-annex", "-o",
                                 str(folder / "m.docx")]),
                ("dump (meeting file)", ["dump", "--meeting", meeting, "-o", str(folder / "d.json"), "--db", str(db)]),
                ("report DOCX", ["report", "--format", "docx", "-o", str(folder / "r.docx"), "--db", str(db)]),
                ("report PDF", ["report", "--format", "pdf", "-o", str(folder / "r.pdf"), "--db", str(db)]),
                ("report XLSX", ["report", "--format", "xlsx", "-o", str(folder / "r.xlsx"), "--db", str(db)]),
                ("list", ["list", "--db", str(db)]),
            ]
            if search:
                commands.append(("search", ["search", "konsultacji", "--db", str(db)]))
            for name, args in commands:
                wall, cpu, rss, code = _process(args, TIMEOUT)
                outcome = "" if code == 0 else (f", killed after {TIMEOUT:.0f} s" if wall >= TIMEOUT else f", exit {code}")
                yield {"name": f"limits, {label} ({size:.1f} MB): `{name}`", "value": wall, "unit": "s",
                       "target": "≤ 30 s, ≤ 1 GB", "note": f"CPU {cpu:.1f} s, peak {rss} MB{outcome}"}


def run(part: str = "", which: str = "") -> Iterator[dict]:
    """Both parts, or one ('fields' or 'commands', the latter optionally for one limit file), row by row."""
    if part not in ("", "fields", "commands"):
        raise SystemExit(f"unknown part {part!r} (fields or commands)")
    if part in ("", "fields"):
        yield from field_rows()
    if part in ("", "commands"):
        yield from command_rows(which)


if __name__ == "__main__":
    for row in run(*sys.argv[1:3]):
        print(f"| {row['name']} | {row['value']:.2f} {row['unit']} | {row['target']} | {row['note']} |", flush=True)
