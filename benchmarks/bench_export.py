"""In-process export of the sample meeting to DOCX and PDF; LibreOffice's DOCX → PDF for comparison."""

from __future__ import annotations

import shutil
import statistics
import subprocess
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
    from facilitator.meetingfile import meeting_from_dict
    from facilitator.sample import load_sample
    from facilitator.summary import SummaryOptions

    meeting = meeting_from_dict(load_sample())
    options = SummaryOptions(layout="captured")
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        for fmt, target in (("docx", "≤ 0.15 s"), ("pdf", "≤ 0.3 s")):
            out = folder / f"sample.{fmt}"
            value = _median(lambda out=out, fmt=fmt: export_meeting(meeting, fmt, out, options))
            rows.append({"name": f"export sample to {fmt.upper()} (in process)", "value": value, "unit": "s",
                         "target": target})  # fmt: skip
        office = _libreoffice_row(folder / "sample.docx", folder)
        if office is not None:
            rows.append(office)
    return rows


if __name__ == "__main__":
    for row in run():
        print(f"{row['name']}: {row['value']:.3f} {row['unit']} (target {row['target']})")
