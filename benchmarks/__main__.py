"""Run every benchmark module (`benchmarks/bench_*.py`) and print one Markdown table.

Usage: python -m benchmarks [NAME ...]   (NAME filters modules, e.g. `python -m benchmarks cli export`)
"""

from __future__ import annotations

import importlib
import platform
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent


def _modules(filters: list[str]) -> list[str]:
    names = sorted(p.stem for p in HERE.glob("bench_*.py"))
    return [n for n in names if not filters or any(f in n for f in filters)]


def _fmt(value: float | None, unit: str) -> str:
    if value is None:
        return "n/a"
    if isinstance(value, float):
        return f"{value:.3f} {unit}" if value < 10 else f"{value:.1f} {unit}"
    return f"{value} {unit}"


def main(argv: list[str]) -> int:
    rows: list[tuple[str, str, str, str]] = []
    for name in _modules(argv):
        started = time.perf_counter()
        module = importlib.import_module(f"benchmarks.{name}")
        print(f"running {name} …", file=sys.stderr, flush=True)
        for row in module.run():
            rows.append((row["name"], _fmt(row.get("value"), row.get("unit", "")), row.get("target", ""),
                         row.get("note", "")))
        print(f"  done in {time.perf_counter() - started:.1f} s", file=sys.stderr, flush=True)
    print(f"Machine: {platform.machine()}, {platform.system()} {platform.release()}, Python "
          f"{platform.python_version()}, {_cpus()} cores")
    print()
    print("| benchmark | measured | target | note |")
    print("| --- | --- | --- | --- |")
    for name, value, target, note in rows:
        print(f"| {name} | {value} | {target} | {note} |")
    return 0


def _cpus() -> int:
    import os

    return os.cpu_count() or 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
