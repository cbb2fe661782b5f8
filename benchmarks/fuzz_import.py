"""Fuzz the meeting-file import as an attacker would, and count what happens (not part of `make test`).

    python -m benchmarks.fuzz_import [--files 2000] [--seed 12] [--keep DIR]

Every file is a mutation of the sample meeting (or of a minimal one): type swaps, deleted keys, 5 MB
strings, deep nesting, NaN/Infinity, BOMs, UTF-16, cp1250, byte flips, duplicate keys, huge numbers,
lone surrogates, truncation. Each goes through `facilitator import` in-process (every 50th also as a
real process). Counted: accepted (and whether `dump` gives back exactly the validated file), refused
in one line with exit 2 (and whether the database stayed the same), and anything else: a traceback,
an error the CLI did not foresee (its catch-all path), more than one line, another exit status.
"""

from __future__ import annotations

import argparse
import contextlib
import copy
import hashlib
import io
import json
import random
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from facilitator import cli
from facilitator.meetingfile import dump, parse_bytes, validate
from facilitator.sample import load_sample
from facilitator.store import open_database

MINIMAL = {"format": "facilitator-meeting", "version": 1,
           "meeting": {"title": "Spotkanie", "date": "2026-01-02", "sections": []}}
VALUES = [None, True, False, 0, -1, 1.5, 10**30, -(10**30), "", "x", "2026-02-30", "10:00\n", [], {}, [1, "a"],
          {"a": 1}, "\ud800", "\ufffe\uffff", "=HYPERLINK(\"x\")", "\x00\x1b[31m", 2**63, 2**63 - 1]


def json_paths(node: object, path: tuple = ()) -> list[tuple]:
    """Every place in a JSON document a value could be swapped (also used by tests/test_properties.py)."""
    out = [path]
    if isinstance(node, dict):
        for key, value in node.items():
            out.extend(json_paths(value, (*path, key)))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            out.extend(json_paths(value, (*path, index)))
    return out


def parent_of(data: object, path: tuple) -> tuple[object, object]:
    """The container holding the value at `path`, and its key there."""
    for part in path[:-1]:
        data = data[part]
    return data, path[-1]


def _dumps(data: object) -> bytes:
    return json.dumps(data, ensure_ascii=True).encode("ascii")


def mutate(rng: random.Random, base: dict) -> tuple[str, bytes]:
    """One hostile file: (the kind of mutation, its bytes)."""
    data = copy.deepcopy(base)
    kind = rng.choice(["swap", "swap", "swap", "delete", "delete", "huge", "deep", "nan", "bom", "utf16", "cp1250",
                       "flip", "flip", "flip", "duplicate", "number", "truncate", "extra"])
    paths = json_paths(data)[1:]
    if kind == "swap":
        parent, key = parent_of(data, rng.choice(paths))
        parent[key] = copy.deepcopy(rng.choice(VALUES))
    elif kind == "delete":
        parent, key = parent_of(data, rng.choice(paths))
        del parent[key]
    elif kind == "huge":
        strings = [p for p in paths if isinstance(parent_of(data, p)[0][p[-1]], str)]
        parent, key = parent_of(data, rng.choice(strings))
        parent[key] = rng.choice(["x", "ż", "słowo ", "\n"]) * rng.choice([100_001, 1_000_000, 5_000_000])
    elif kind == "deep":
        depth = rng.choice([100, 1_000, 10_000, 100_000])
        if rng.random() < 0.5:
            return f"deep json {depth}", b"[" * depth + b"]" * depth
        items = '{"kind": "remark", "text": "t", "children": [' * depth + '{"kind": "remark", "text": "t"}' \
            + "]}" * depth  # nested statements, written as text (json.dumps would recurse too deeply)
        raw = json.dumps({**MINIMAL, "meeting": {**MINIMAL["meeting"], "sections": [{"title": "S", "items": []}]}})
        return f"deep items {depth}", raw.replace('"items": []', f'"items": [{items}]').encode("ascii")
    elif kind == "nan":
        raw = _dumps(data)
        token = rng.choice([b"NaN", b"Infinity", b"-Infinity", b"1e999"])
        return f"nan {token.decode()}", raw.replace(b'"version": 1', b'"version": ' + token, 1) \
            if rng.random() < 0.3 else raw.replace(b'"date"', b'"attendance_count": ' + token + b', "date"', 1)
    elif kind == "bom":
        return "bom", b"\xef\xbb\xbf" + json.dumps(data, ensure_ascii=False).encode("utf-8")
    elif kind == "utf16":
        return "utf16", json.dumps(data, ensure_ascii=False).encode(rng.choice(["utf-16", "utf-16-le", "utf-32"]))
    elif kind == "cp1250":
        data.setdefault("meeting", {})["title"] = "Zażółć gęślą jaźń"
        return "cp1250", json.dumps(data, ensure_ascii=False).encode("cp1250")
    elif kind == "flip":
        raw = bytearray(_dumps(data))
        for _ in range(rng.choice([1, 1, 2, 5, 20])):
            raw[rng.randrange(len(raw))] = rng.randrange(256)
        return "flip", bytes(raw)
    elif kind == "duplicate":
        raw = _dumps(data)
        return "duplicate", raw.replace(b'"title": ', b'"title": "a", "title": ', 1)
    elif kind == "number":
        digits = rng.choice([20, 30, 400, 4_300, 5_000, 100_000])
        raw = _dumps(data)
        return f"number {digits}", raw.replace(b'"date"', b'"attendance_count": ' + b"9" * digits + b', "date"', 1)
    elif kind == "truncate":
        raw = _dumps(data)
        return "truncate", raw[: rng.randrange(len(raw))]
    elif kind == "extra":
        parent, key = parent_of(data, rng.choice(paths))
        target = parent[key] if isinstance(parent[key], dict) else parent
        if isinstance(target, dict):
            target[rng.choice(["x-new", "\ud800", "notes", ""])] = copy.deepcopy(rng.choice(VALUES))
    return kind, _dumps(data)


def _snapshot(db: Path) -> str:
    """A digest of the database's content (the SQL that would rebuild it)."""
    conn = sqlite3.connect(db)
    try:
        return hashlib.sha256("\n".join(conn.iterdump()).encode("utf-8", "surrogatepass")).hexdigest()
    finally:
        conn.close()


class Unforeseen(Exception):
    pass


def run_cli(argv: list[str]) -> tuple[int, str, str, str | None]:
    """`facilitator ARGV` in-process: exit status, stdout, stderr and the type of an unforeseen error, if any."""
    seen: list[str] = []
    describe = cli._describe

    def spy(exc: BaseException, db: str | None = None) -> str:
        seen.append(type(exc).__name__)
        return describe(exc, db)

    out, err = io.StringIO(), io.StringIO()
    cli._describe = spy
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            try:
                code = cli.main(argv)
            except SystemExit as exc:
                code = exc.code if isinstance(exc.code, int) else 1
            except BaseException as exc:  # noqa: BLE001 - a traceback is what we count
                return -1, out.getvalue(), err.getvalue(), f"traceback {type(exc).__name__}"
    finally:
        cli._describe = describe
    return code, out.getvalue(), err.getvalue(), (seen[0] if seen else None)


def fuzz(files: int, seed: int, keep: Path | None) -> Counter:
    rng = random.Random(seed)
    bases = [load_sample(), MINIMAL]
    counts: Counter = Counter()
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        db = work / "db.sqlite"
        open_database(db).dispose()
        for number in range(files):
            kind, raw = mutate(rng, rng.choice(bases))
            source = work / "m.json"
            source.write_bytes(raw)
            before = _snapshot(db)
            code, out, err, unforeseen = run_cli(["import", str(source), "--db", str(db)])
            if number % 50 == 0:  # the real command, as a user runs it
                real = subprocess.run([sys.executable, "-m", "facilitator", "import", str(source), "--db", str(db)],
                                      capture_output=True, text=True, check=False)
                counts["subprocess runs"] += 1
                if "Traceback" in real.stderr or real.returncode not in (0, 2):
                    counts["subprocess tracebacks"] += 1
            outcome = _classify(code, out, err, unforeseen)
            counts[outcome] += 1
            counts[f"{outcome} / {kind.split()[0]}"] += 1
            if outcome == "refused":
                counts["refused, database unchanged" if _snapshot(db) == before else "REFUSED BUT DATABASE CHANGED"] += 1
            elif outcome == "accepted":
                counts[_round_trip(db, raw)] += 1
            if outcome not in ("accepted", "refused") and keep is not None:
                keep.mkdir(parents=True, exist_ok=True)
                (keep / f"{number:05d}-{kind.replace(' ', '-')}.json").write_bytes(raw)
                print(f"{number}: {kind}: {outcome}: {err.strip()[:200]}", file=sys.stderr)
    return counts


def _classify(code: int, out: str, err: str, unforeseen: str | None) -> str:
    if code == -1 or "Traceback" in out + err:
        return "TRACEBACK"
    if unforeseen is not None:
        return f"UNFORESEEN {unforeseen}"
    if code == 0 and err == "" and out.count("\n") == 1:
        return "accepted"
    if code == 2 and out == "" and err.startswith("error: ") and err.count("\n") == 1:
        return "refused"
    return f"ODD exit {code}"


def _round_trip(db: Path, raw: bytes) -> str:
    expected = validate(parse_bytes(raw))
    engine = open_database(db)
    try:
        same = dump(engine, expected["meeting"]["id"]) == expected
    finally:
        engine.dispose()
    return "accepted, round-trips exactly" if same else "ACCEPTED BUT DUMP DIFFERS"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=12)
    parser.add_argument("--keep", type=Path, help="save every file that was neither accepted nor refused cleanly")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    counts = fuzz(args.files, args.seed, args.keep)
    for key in sorted(counts):
        print(f"{counts[key]:6d}  {key}")
    print(f"{args.files} files in {time.perf_counter() - started:.0f} s")
    bad = sum(n for k, n in counts.items() if k.isupper() or k.split()[0].isupper() or k == "subprocess tracebacks")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
