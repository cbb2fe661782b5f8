"""Attacker probes of the CLI (not part of `make test`): full disk, SIGKILL, damaged and foreign databases.

    python -m benchmarks.probe_faults [--kills 20] [--only disk|kill|damaged]

- Full disk: the database, then the output, on a small tmpfs (needs root to mount; skipped otherwise).
  Expect exit 2, one line, no participant's name in it, the database intact and unchanged, no temp file.
- SIGKILL: `import` of 300 files and `export`/`report` of a big meeting, killed at a random moment, N times
  each. Expect all-or-nothing (0 or 300 meetings; the old output or the whole new one, never half),
  `PRAGMA integrity_check` ok, and no stray temp file after the next export to that folder.
- Damaged (truncated, byte-flipped) and foreign (another program's SQLite with a `meeting` table)
  databases with every command: exit 2, one line, no traceback; the foreign file byte-identical.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
import uuid
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from facilitator.sample import load_sample

NAME = "Zbigniewa Przykładowska-Fuzz"  # a participant string that must never appear in an error
NS = uuid.UUID("9a0c8a55-21b4-4c3e-8f5e-2d8c5b6a7e10")


def cli(*argv: str, timeout: float = 300) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "facilitator", *argv], capture_output=True, text=True,
                          timeout=timeout, check=False)


def clean_line(result: subprocess.CompletedProcess) -> bool:
    """Exit 2 and exactly one `error: …` line, no traceback."""
    return (result.returncode == 2 and result.stderr.startswith("error: ") and result.stderr.count("\n") == 1
            and "Traceback" not in result.stderr)


def meeting(index: int, items: int = 4, text: str = "Uwaga") -> dict:
    data = load_sample()
    m = data["meeting"]
    m["id"] = str(uuid.uuid5(NS, f"m{index}"))
    m["title"] = f"Spotkanie {index}"
    m["participants"] = [{"id": "p1", "name": NAME, "organisation": "Fundacja Sonda", "email": "z@przyklad.pl"}]
    m["sections"] = [{"title": "Uwagi", "items": [{"kind": "remark", "text": f"{text} {n} ze spotkania {index}",
                                                    "speaker": "p1"} for n in range(items)]}]
    return data


def write(folder: Path, data: dict, name: str) -> Path:
    path = folder / name
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def integrity(db: Path) -> str:
    conn = sqlite3.connect(db)
    try:
        return conn.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        conn.close()


def count(db: Path) -> int:
    """Meetings stored (0 for a database killed before its schema was committed)."""
    conn = sqlite3.connect(db)
    try:
        if not conn.execute("select 1 from sqlite_master where name = 'meeting'").fetchone():
            return 0
        return conn.execute("select count(*) from meeting").fetchone()[0]
    finally:
        conn.close()


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def content(db: Path) -> str:
    conn = sqlite3.connect(db)
    try:
        return hashlib.sha256("\n".join(conn.iterdump()).encode()).hexdigest()
    finally:
        conn.close()


def temp_files(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.startswith(".") or ".tmp" in p.name)


# ---------------------------------------------------------------------------------------------- full disk


def probe_disk(counts: Counter) -> None:
    if os.geteuid() != 0:
        counts["disk: skipped (needs root for a tmpfs)"] += 1
        return
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        small = work / "small"
        small.mkdir()
        subprocess.run(["mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", str(small)], check=True)
        try:
            _disk_import(work, small, counts)
            _disk_export(work, small, counts)
        finally:
            subprocess.run(["umount", str(small)], check=False)


def _disk_import(work: Path, small: Path, counts: Counter) -> None:
    db = small / "db.sqlite"
    first = write(work, meeting(0, items=5), "first.json")
    assert cli("import", str(first), "--db", str(db)).returncode == 0
    before = content(db)
    big = write(work, meeting(1, items=6000, text="Długa uwaga " * 20), "big.json")
    result = cli("import", str(big), "--db", str(db))
    ok = clean_line(result) and NAME not in result.stderr and "Długa" not in result.stderr
    counts[f"disk/import: {'clean refusal' if ok else 'BAD ' + result.stderr[-300:]!r}"] += 1
    counts[f"disk/import: integrity {integrity(db)}, "
           f"{'database unchanged' if content(db) == before else 'DATABASE CHANGED'}"] += 1
    print("full disk, import:", result.returncode, result.stderr.strip()[:200])
    for command in (["list"], ["report", "--format", "xlsx", "-o", str(work / "r.xlsx")]):
        result = cli(*command, "--db", str(db))
        counts[f"disk/{command[0]} after: exit {result.returncode}"] += 1


def _disk_export(work: Path, small: Path, counts: Counter) -> None:
    for name in list(small.iterdir()):
        name.unlink()
    filler = small / "filler"
    source = write(work, meeting(2, items=3000, text="Długa uwaga " * 30), "export.json")
    db = work / "db.sqlite"
    cli("import", str(source), "--db", str(db))
    for fmt, argv in (("docx", ["export", str(source), "--format", "docx"]),
                      ("pdf", ["export", str(source), "--format", "pdf"]),
                      ("xlsx report", ["report", "--format", "xlsx", "--db", str(db)]),
                      ("pdf report", ["report", "--format", "pdf", "--db", str(db)])):
        filler.write_bytes(b"\0" * (1024 * 1024 - 64 * 1024))  # ~64 KB left
        out = small / f"out.{fmt.split()[0]}"
        result = cli(*argv, "-o", str(out))
        ok = clean_line(result) and NAME not in result.stderr and "Exception ignored" not in result.stderr
        left = [n for n in temp_files(small)]
        counts[f"disk/{fmt}: {'clean refusal' if ok else 'BAD ' + result.stderr[-300:]!r}"] += 1
        counts[f"disk/{fmt}: {'no output, no temp file' if not out.exists() and not left else f'LEFT {left}'}"] += 1
        print(f"full disk, {fmt}:", result.returncode, result.stderr.strip()[:200])
        filler.unlink()


# ---------------------------------------------------------------------------------------------- SIGKILL


def probe_kill(counts: Counter, kills: int, rng: random.Random) -> None:
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        files = [str(write(work, meeting(i), f"m{i:03d}.json")) for i in range(300)]
        started = time.perf_counter()
        whole = cli("import", *files, "--db", str(work / "timing.sqlite"))
        span = time.perf_counter() - started
        assert whole.returncode == 0, whole.stderr
        for n in range(kills):
            db = work / f"kill{n}.sqlite"
            run = subprocess.Popen([sys.executable, "-m", "facilitator", "import", *files, "--db", str(db)],
                                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            time.sleep(rng.uniform(0.3, span))
            run.send_signal(signal.SIGKILL)
            run.wait()
            stored = count(db) if db.exists() and db.stat().st_size else 0
            state = integrity(db) if db.exists() and db.stat().st_size else "ok"
            counts[f"kill/import: {'all or nothing' if stored in (0, 300) else f'PARTIAL {stored}'}, {state}"] += 1
            counts[f"kill/import: {stored} meetings"] += 1
            again = cli("import", *files, "--db", str(db))
            counts[f"kill/import again: exit {again.returncode}, {count(db)} meetings"] += 1
        big = write(work, meeting(9999, items=3000, text="Uwaga dość długa " * 10), "big.json")
        for fmt in ("pdf", "docx"):
            out_dir = work / f"out-{fmt}"
            out_dir.mkdir()
            out = out_dir / f"m.{fmt}"
            assert cli("export", str(big), "--format", fmt, "-o", str(out)).returncode == 0
            good = digest(out)
            started = time.perf_counter()
            cli("export", str(big), "--format", fmt, "-o", str(out_dir / f"timing.{fmt}"))
            span = time.perf_counter() - started
            (out_dir / f"timing.{fmt}").unlink()
            for _ in range(kills):
                run = subprocess.Popen([sys.executable, "-m", "facilitator", "export", str(big), "--format", fmt,
                                        "-o", str(out)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
                time.sleep(rng.uniform(0.2, span))
                run.send_signal(signal.SIGKILL)
                run.wait()
                counts[f"kill/export {fmt}: {'old file intact' if digest(out) == good else 'OUTPUT CHANGED'}"] += 1
                counts[f"kill/export {fmt}: {'temp file left' if temp_files(out_dir) else 'no temp file'}"] += 1
            result = cli("export", str(big), "--format", fmt, "-o", str(out))
            left = temp_files(out_dir)
            counts[f"kill/export {fmt}, next export: exit {result.returncode}, "
                   f"{'no stray temp file' if not left else f'STRAY {left}'}"] += 1


# ---------------------------------------------------------------------------------------------- damaged, foreign


def commands(work: Path, db: Path) -> dict[str, list[str]]:
    some = str(uuid.uuid5(NS, "m0"))
    source = str(work / "m.json")
    return {
        "list": ["list"], "dump": ["dump", "--meeting", some, "-o", str(work / "d.json")],
        "export --meeting": ["export", "--meeting", some, "--format", "pdf", "-o", str(work / "e.pdf")],
        "import": ["import", source], "import --dry-run": ["import", "--dry-run", source],
        "report xlsx": ["report", "--format", "xlsx", "-o", str(work / "r.xlsx")],
        "report docx": ["report", "--format", "docx", "-o", str(work / "r.docx")],
        "report pdf": ["report", "--format", "pdf", "-o", str(work / "r.pdf")],
        "db backup": ["db", "backup"], "db backups": ["db", "backups"],
        "erase-person": ["erase-person", NAME], "erase-person --dry-run": ["erase-person", NAME, "--dry-run"],
    }


def probe_damaged(counts: Counter, rng: random.Random) -> None:
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        write(work, meeting(0), "m.json")
        good = work / "good.sqlite"
        assert cli("import", *(str(write(work, meeting(i), f"g{i}.json")) for i in range(30)),
                   "--db", str(good)).returncode == 0
        conn = sqlite3.connect(good)
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        conn.execute("PRAGMA journal_mode=DELETE")
        conn.close()
        raw = good.read_bytes()
        variants: dict[str, bytes] = {
            "truncated to half": raw[: len(raw) // 2],
            "truncated to 100 bytes": raw[:100],
            "header flipped": raw[:20] + bytes(b ^ 0xFF for b in raw[20:40]) + raw[40:],
        }
        flipped = bytearray(raw)
        for _ in range(200):
            flipped[rng.randrange(4096, len(flipped))] ^= 0xFF
        variants["200 bytes flipped"] = bytes(flipped)
        foreign = work / "foreign.sqlite"
        conn = sqlite3.connect(foreign)
        conn.execute("create table meeting (id integer primary key, room text, booked_by text)")
        conn.execute("insert into meeting values (1, 'Sala 2', 'Anna')")
        conn.commit()
        conn.close()
        variants["foreign (meeting table)"] = foreign.read_bytes()
        for label, data in variants.items():
            for name, argv in commands(work, work / "x").items():
                db = work / "probe.sqlite"
                for extra in ("-wal", "-shm"):
                    Path(str(db) + extra).unlink(missing_ok=True)
                db.write_bytes(data)
                result = cli(*argv, "--db", str(db))
                ok = clean_line(result) or (result.returncode == 0 and name == "db backups")  # reads backups/ only
                verdict = "clean refusal" if clean_line(result) else (
                    f"exit {result.returncode}" if ok else f"BAD exit {result.returncode}: {result.stderr[-200:]!r}")
                counts[f"damaged/{label}: {verdict}"] += 1
                if label.startswith("foreign"):
                    same = db.read_bytes() == data
                    counts[f"damaged/{label}: {'file unchanged' if same else 'FOREIGN FILE MODIFIED'}"] += 1
                if "BAD" in verdict:
                    print(label, name, verdict, file=sys.stderr)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kills", type=int, default=20)
    parser.add_argument("--seed", type=int, default=12)
    parser.add_argument("--only", choices=("disk", "kill", "damaged"))
    args = parser.parse_args(argv)
    rng = random.Random(args.seed)
    counts: Counter = Counter()
    if args.only in (None, "disk"):
        probe_disk(counts)
    if args.only in (None, "damaged"):
        probe_damaged(counts, rng)
    if args.only in (None, "kill"):
        probe_kill(counts, args.kills, rng)
    for key in sorted(counts):
        print(f"{counts[key]:5d}  {key}")
    return 1 if any(any(w in k for w in ("BAD", "PARTIAL", "CHANGED", "STRAY", "MODIFIED", "LEFT")) for k in counts) \
        else 0


if __name__ == "__main__":
    sys.exit(main())
