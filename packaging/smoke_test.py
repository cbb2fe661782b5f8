"""Start the built desktop bundle like a user would and check that it works: `make installer-test`.

Runs the bundle's own executable (never the checkout) in a fresh HOME: --version, sample, PDF and DOCX export
(Polish letters read back from both), the GUI shown offscreen in Polish and in English (with Qt's own
translations), the GUI on a real X server when Xvfb is there, and the bundle's size. On Linux it also lists the
shared libraries the runs mapped against the ones the bundle carries, which is how the spec's exclusions were
chosen. Exit status 0 when every check passed.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from facilitator import APP_ID, APP_NAME, __version__

MAX_SIZE_MB = 120  # MiB, as `du -sh` counts
# The desktop's own libraries that the X11/Wayland plugins use from the system (see README, minimal Linux desktops).
DESKTOP_SYSTEM_LIBRARIES = ("libxcb-", "libxkbcommon-x11", "libwayland-")
POLISH_LETTERS = set("ąćęłńóśźżĄĆĘŁŃÓŚŹŻ")
SHOWN, TRANSLATION, MAPPED = "facilitator-window-shown-at", "facilitator-translation", "facilitator-mapped"


def bundle_executable(dist: Path = ROOT / "dist") -> Path:
    """The built app's executable on this system (one-folder bundle, or the .app on macOS)."""
    if sys.platform == "darwin":
        return dist / f"{APP_NAME}.app" / "Contents" / "MacOS" / APP_NAME
    name = f"{APP_NAME}.exe" if sys.platform == "win32" else APP_NAME
    return dist / f"{APP_NAME}-{__version__}" / name


def bundle_folder(exe: Path) -> Path:
    """The folder that is the whole bundle (the .app on macOS)."""
    return exe.parents[2] if sys.platform == "darwin" else exe.parent


def bundle_size_mb(folder: Path) -> float:
    """MiB of every file in the bundle folder (symbolic links counted as links, not as their target again)."""
    return sum(p.lstat().st_size for p in folder.rglob("*") if p.is_file() or p.is_symlink()) / 2**20


class Smoke:
    """One run of the checks against one bundle, in a throw-away HOME."""

    def __init__(self, exe: Path, home: Path) -> None:
        self.exe, self.home, self.failures, self.mapped = exe, home, [], set()
        self.env = {**os.environ, "HOME": str(home), "USERPROFILE": str(home), "APPDATA": str(home / "AppData"),
                    "LOCALAPPDATA": str(home / "AppData" / "Local"), "XDG_CONFIG_HOME": str(home / ".config"),
                    "XDG_DATA_HOME": str(home / ".local" / "share"), "XDG_STATE_HOME": str(home / ".local" / "state"),
                    "XDG_CACHE_HOME": str(home / ".cache"), "FACILITATOR_DB": str(home / "smoke.sqlite")}
        self.env.pop("FACILITATOR_LIST_LOADED", None)

    def check(self, ok: bool, what: str) -> bool:
        """Record and print one check."""
        print(f"{'ok  ' if ok else 'FAIL'} {what}", flush=True)
        if not ok:
            self.failures.append(what)
        return ok

    def run(self, *args: str, env: dict[str, str] | None = None, prefix: list[str] | None = None,
            timeout: float = 60) -> subprocess.CompletedProcess:
        """Run the bundle's executable with `args`."""
        return subprocess.run([*(prefix or []), str(self.exe), *args], check=False, env=env or self.env,
                              capture_output=True, text=True, encoding="utf-8", errors="replace", timeout=timeout)

    def cli(self) -> None:
        """--version, sample and the two exports, read back."""
        done = self.run("--version")
        self.check(done.returncode == 0 and done.stdout.strip() == f"{APP_ID} {__version__}",
                   f"--version prints '{APP_ID} {__version__}' ({done.stdout.strip() or done.stderr.strip()[-200:]})")
        sample = self.home / "sample.json"
        done = self.run("sample", "-o", str(sample))
        ok = done.returncode == 0 and sample.is_file()
        self.check(ok and bool(json.loads(sample.read_text(encoding="utf-8")).get("meeting")),
                   f"sample writes the sample meeting file {done.stderr.strip()[-200:]}")
        if not ok:
            return
        for fmt in ("pdf", "docx"):
            out = self.home / f"summary.{fmt}"
            done = self.run("export", str(sample), "--format", fmt, "-o", str(out))
            text = (pdf_text if fmt == "pdf" else docx_text)(out) if done.returncode == 0 and out.is_file() else ""
            found = POLISH_LETTERS & set(text)
            self.check(len(found) >= 8, f"export --format {fmt}: {out.stat().st_size if out.exists() else 0} bytes, "
                       f"Polish letters in its text: {''.join(sorted(found))} {done.stderr.strip()[-200:]}")

    def officials(self) -> None:
        """import of the sample into the database, then the officials' XLSX report (render/workbook in the bundle)."""
        done = self.run("import", str(self.home / "sample.json"))
        self.check(done.returncode == 0, f"import of the sample meeting file {done.stderr.strip()[-200:]}")
        out = self.home / "report.xlsx"
        done = self.run("report", "--format", "xlsx", "-o", str(out))
        with zipfile.ZipFile(out) if out.is_file() else _empty() as xlsx:
            text = "".join(xlsx.read(name).decode("utf-8") for name in xlsx.namelist() if name.endswith(".xml"))
        self.check(done.returncode == 0 and len(POLISH_LETTERS & set(text)) >= 8,
                   f"report --format xlsx: {out.stat().st_size if out.exists() else 0} bytes {done.stderr[-200:]}")

    def gui(self, language: str, platform: str = "offscreen", prefix: list[str] | None = None) -> float | None:
        """Start the GUI until its window is shown; check the title and translations; seconds to the window."""
        settings = self.home / ".config" / APP_NAME / f"{APP_ID}.ini"  # the app's QSettings (INI format, user scope)
        settings.parent.mkdir(parents=True, exist_ok=True)
        settings.write_text(f"[ui]\nlanguage={language}\n", encoding="utf-8")
        env = {**self.env, "QT_QPA_PLATFORM": platform, "FACILITATOR_EXIT_AFTER_SHOW": "1",
               "FACILITATOR_LIST_LOADED": "1"}
        started = time.monotonic()
        done = self.run("gui", env=env, prefix=prefix, timeout=90)
        lines = done.stdout.splitlines()
        marks = {line.split(" ", 1)[0]: line.split(" ", 1)[1] for line in lines if " " in line}
        what = f"GUI ({language}, {platform}) shows its window and quits"
        if not self.check(done.returncode == 0 and SHOWN in marks, f"{what} {done.stderr.strip()[-300:]}"):
            return None
        translations = [Path(line.split(" ", 1)[1]).name for line in lines if line.startswith(TRANSLATION)]
        self.check(f"qtbase_{language}.qm" in translations, f"  Qt's qtbase_{language}.qm loaded ({translations})")
        if language == "en":
            self.check("facilitator_en.qm" in translations, "  the English UI translation loaded")
        if language == "pl":
            self.check("facilitator_en.qm" not in translations, "  no English UI translation in the Polish UI")
            self.check("facilitator_pl.qm" in translations, "  the Polish plural forms (facilitator_pl.qm) loaded")
        self.mapped |= {line.split(" ", 1)[1] for line in lines if line.startswith(MAPPED)}
        return float(marks[SHOWN]) - started

    def report_unused(self) -> None:
        """Linux: which shared objects the bundle carries that no run mapped (kept on purpose, or worth excluding)."""
        internal = self.exe.parent / "_internal"
        carried = {str(p.resolve()) for p in internal.rglob("*") if ".so" in p.name and p.is_file()}
        mapped = {str(Path(p).resolve()) for p in self.mapped if p.startswith("/")}
        unused = sorted(str(Path(p).relative_to(internal.resolve())) for p in carried - mapped)
        print(f"\nshared objects mapped by the GUI runs from the bundle: {len(carried & mapped)} of {len(carried)}")
        print("carried but not mapped in these runs (other desktops' plugins, exports' libraries, …):")
        for name in unused:
            print(f"    {name}")

    def missing_dependencies(self) -> None:
        """Linux: every shared object in the bundle finds its libraries (in the bundle or the system)."""
        internal = self.exe.parent / "_internal"
        missing = set()
        for path in internal.rglob("*.so*"):
            if not path.is_file() or path.is_symlink():
                continue
            done = subprocess.run(["ldd", str(path)], check=False, capture_output=True, text=True)
            missing |= {f"{path.name}: {line.split()[0]}" for line in done.stdout.splitlines()
                        if "not found" in line and not line.split()[0].startswith(DESKTOP_SYSTEM_LIBRARIES)}
        self.check(not missing, f"every bundled library resolves its dependencies {sorted(missing)}")


def _empty() -> zipfile.ZipFile:
    """An empty in-memory archive, so a missing output reads as 'no text'."""
    import io

    return zipfile.ZipFile(io.BytesIO(), "w")


def pdf_text(path: Path) -> str:
    """The PDF's extracted text (copying text out of it must give Polish letters)."""
    from pypdf import PdfReader

    return "".join(page.extract_text() or "" for page in PdfReader(str(path)).pages)


def docx_text(path: Path) -> str:
    """The DOCX body XML's text."""
    with zipfile.ZipFile(path) as docx:
        return docx.read("word/document.xml").decode("utf-8")


def main(argv: list[str]) -> int:
    """Run every check; print a summary line; non-zero when one failed."""
    exe = Path(argv[0]) if argv else bundle_executable()
    if not exe.is_file():
        print(f"no bundle at {exe}: run `make installer` first")
        return 2
    folder = bundle_folder(exe)
    with tempfile.TemporaryDirectory(prefix="facilitator-smoke-") as tmp:
        smoke = Smoke(exe, Path(tmp))
        smoke.cli()
        smoke.officials()
        shown = [smoke.gui("pl"), smoke.gui("en")]
        xvfb = shutil.which("xvfb-run")
        if sys.platform.startswith("linux") and xvfb:
            shown.append(smoke.gui("pl", platform="xcb", prefix=[xvfb, "-a"]))
        size = bundle_size_mb(folder)
        smoke.check(size <= MAX_SIZE_MB, f"bundle size {size:.1f} MiB (limit {MAX_SIZE_MB} MiB) at {folder}")
        if sys.platform.startswith("linux"):
            smoke.missing_dependencies()
            smoke.report_unused()
    times = ", ".join(f"{s:.2f} s" for s in shown if s is not None)
    print(f"\nstart-up to the window shown (whole process, first runs, cold-ish caches): {times}")
    print("smoke test passed" if not smoke.failures else f"smoke test FAILED: {len(smoke.failures)} check(s)")
    return 0 if not smoke.failures else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
