"""Export of the sample meeting to DOCX and PDF, in process and as a whole `facilitator export` process;
LibreOffice's DOCX → PDF for comparison."""

from __future__ import annotations

import json
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

RUNS = 7


def _median(action: Callable[[], object], runs: int = RUNS) -> float:
    """Median wall time of `action` after one warm-up call (fonts registered, modules imported)."""
    action()
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        action()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def _process_times(command: list[str], runs: int = RUNS) -> tuple[float, float]:
    """Median wall time and median CPU time (user + system) of a whole process, after one warm-up run."""
    subprocess.run(command, check=True, capture_output=True, timeout=120)
    walls, cpus = [], []
    for _ in range(runs):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        started = time.perf_counter()
        subprocess.run(command, check=True, capture_output=True, timeout=120)
        walls.append(time.perf_counter() - started)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpus.append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
    return statistics.median(walls), statistics.median(cpus)


def _cli_rows(sample: Path, folder: Path) -> list[dict]:
    """`facilitator export FILE --format pdf|docx -o OUT` as a user runs it: start-up, imports, fonts, writing."""
    rows = []
    for fmt, target in (("pdf", "≤ 0.5 s"), ("docx", "-")):
        command = [sys.executable, "-m", "facilitator", "export", str(sample), "--format", fmt, "--layout",
                   "captured", "-o", str(folder / f"cli.{fmt}")]
        wall, cpu = _process_times(command)
        rows.append({"name": f"`facilitator export FILE --format {fmt}`, whole process (sample)", "value": wall,
                     "unit": "s", "target": target, "note": f"CPU (user + sys) {cpu:.3f} s"})
    return rows


def _libreoffice_row(docx_path: Path, folder: Path) -> dict | None:
    """Time LibreOffice needs to convert the same DOCX (one process per run, as a user would)."""
    office = shutil.which("libreoffice") or shutil.which("soffice")
    if office is None:
        return None
    command = [office, "--headless", "--convert-to", "pdf", "--outdir", str(folder / "lo"), str(docx_path)]

    def convert() -> None:
        subprocess.run(command, check=True, capture_output=True, timeout=120)

    try:
        value = _median(convert, runs=3)
    except (subprocess.SubprocessError, OSError):
        return None
    return {"name": "LibreOffice DOCX → PDF (sample, for comparison)", "value": value, "unit": "s", "target": "-"}


def run() -> list[dict]:
    """Median export times of the sample (2018 Kraków summary, captured layout)."""
    from facilitator.export import export_meeting
    from facilitator.meetingfile import meeting_from_dict, meeting_view
    from facilitator.sample import load_sample
    from facilitator.summary import SummaryOptions

    data = load_sample()
    options = SummaryOptions(layout="captured")
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        for fmt, target in (("docx", "≤ 0.15 s"), ("pdf", "≤ 0.3 s")):
            for source, meeting in (("ORM graph", meeting_from_dict(data)), ("file view", meeting_view(data))):
                out = folder / f"sample.{fmt}"
                value = _median(lambda out=out, fmt=fmt, meeting=meeting: export_meeting(meeting, fmt, out, options))
                rows.append({"name": f"export sample to {fmt.upper()} (in process, {source})", "value": value,
                             "unit": "s", "target": target})  # fmt: skip
        sample = folder / "sample.json"
        sample.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
        rows += _cli_rows(sample, folder)
        office = _libreoffice_row(folder / "sample.docx", folder)
        if office is not None:
            rows.append(office)
    return rows


if __name__ == "__main__":
    for row in run():
        note = f"; {row['note']}" if row.get("note") else ""
        print(f"{row['name']}: {row['value']:.3f} {row['unit']} (target {row['target']}{note})")
