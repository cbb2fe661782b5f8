"""The built desktop bundle (`make installer`): start-up to the window shown, and its size. Skipped without a bundle."""

from __future__ import annotations

import importlib.util
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _smoke_module():
    """packaging/smoke_test.py knows where the bundle is (loaded by path: `packaging` is also a PyPI library)."""
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    spec = importlib.util.spec_from_file_location("facilitator_smoke_test", ROOT / "packaging" / "smoke_test.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _bundle() -> Path | None:
    exe = _smoke_module().bundle_executable()
    return exe if exe.is_file() else None


def startup_samples(exe: Path, runs: int = 7) -> tuple[list[float], list[float]]:
    """ms from launching the bundle's executable until its start window is shown and painted, and CPU seconds."""
    from benchmarks.bench_ui import _startup_database
    from ui.app import SHOWN_MARK

    with tempfile.TemporaryDirectory() as home:
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "FACILITATOR_EXIT_AFTER_SHOW": "1", "HOME": home,
               "XDG_CONFIG_HOME": f"{home}/.config", "XDG_DATA_HOME": f"{home}/.local/share"}
        database = Path(home) / "bench.sqlite"
        _startup_database(database)
        args = [str(exe), "gui", "--db", str(database)]
        subprocess.run(args, env=env, check=True, capture_output=True, timeout=120)  # warm-up: disk cache
        shown, cpu = [], []
        for _ in range(runs):
            before = os.times()
            started = time.monotonic()
            done = subprocess.run(args, env=env, check=True, capture_output=True, text=True, timeout=120)
            after = os.times()
            mark = next(line for line in done.stdout.splitlines() if line.startswith(SHOWN_MARK))
            shown.append((float(mark.split()[1]) - started) * 1000)
            cpu.append(after.children_user + after.children_system - before.children_user - before.children_system)
    return shown, cpu


def run() -> list[dict]:
    """Bundle start-up and size; one 'n/a' row when no bundle has been built."""
    exe = _bundle()
    if exe is None:
        return [{"name": "bundle: start until the window is shown", "value": None, "unit": "ms",
                 "target": "≤ 1000 ms", "note": "no bundle built: run `make installer` first"}]
    smoke = _smoke_module()
    shown, cpu = startup_samples(exe)
    return [
        {"name": "bundle: start until the window is shown (sample + 50 meetings, median of 7)",
         "value": statistics.median(shown), "unit": "ms", "target": "≤ 1000 ms",
         "note": f"min {min(shown):.0f} ms; CPU {statistics.median(cpu):.2f} s; load {os.getloadavg()[0]:.1f}"},
        {"name": "bundle: one-folder size", "value": smoke.bundle_size_mb(smoke.bundle_folder(exe)), "unit": "MiB",
         "target": "≤ 120 MiB", "note": "was 228 MiB before the Qt/ICU exclusions"},
    ]


if __name__ == "__main__":
    for row in run():
        print(row)
