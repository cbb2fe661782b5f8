"""Run every benchmark module (`benchmarks/bench_*.py`) and print one Markdown table.

Usage: python -m benchmarks [NAME[:ARG[:ARG]] ...]   (NAME filters modules, e.g. `python -m benchmarks cli export`;
ARGs go to that module's run(), e.g. `python -m benchmarks limits:commands:fields` for one part of bench_limits)

Rows are printed as soon as each is measured (flushed), so a long run interrupted keeps what it measured.
"""

from __future__ import annotations

import importlib
import platform
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent


def _modules(filters: list[str]) -> list[tuple[str, list[str]]]:
    """(module, run() arguments) for every module a filter names (all when none); `NAME:ARG:ARG` passes ARGs."""
    names = sorted(p.stem for p in HERE.glob("bench_*.py"))
    if not filters:
        return [(n, []) for n in names]
    chosen = []
    for name in names:
        for word, *args in (f.split(":") for f in filters):
            if word in name:
                chosen.append((name, args))
                break
    return chosen


def _fmt(value: float | None, unit: str) -> str:
    if value is None:
        return "n/a"
    if isinstance(value, float):
        return f"{value:.3f} {unit}" if value < 10 else f"{value:.1f} {unit}"
    return f"{value} {unit}"


def main(argv: list[str]) -> int:
    print(f"Machine: {platform.machine()}, {platform.system()} {platform.release()}, Python "
          f"{platform.python_version()}, {_cpus()} cores")
    print()
    print("| benchmark | measured | target | note |")
    print("| --- | --- | --- | --- |", flush=True)
    for name, args in _modules(argv):
        started = time.perf_counter()
        module = importlib.import_module(f"benchmarks.{name}")
        print(f"running {name} …", file=sys.stderr, flush=True)
        for row in module.run(*args):
            print(f"| {row['name']} | {_fmt(row.get('value'), row.get('unit', ''))} | {row.get('target', '')} | "
                  f"{row.get('note', '')} |", flush=True)
        print(f"  done in {time.perf_counter() - started:.1f} s", file=sys.stderr, flush=True)
    return 0


def _cpus() -> int:
    import os

    return os.cpu_count() or 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
