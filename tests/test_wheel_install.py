"""The built wheel, installed into a fresh virtual environment outside the checkout, works as a user runs it.

The wheel is built from a copy of the project's sources, installed with its dependencies (from the pip
cache), and every command runs from a folder outside the checkout with a fresh HOME, so nothing can be
found through the source tree: fonts, schema, sample and translations must come from inside the package.
"""

from __future__ import annotations

import io
import json
import os
import shutil
import stat
import subprocess
import sys
import zipfile
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
pytestmark = [pytest.mark.slow, pytest.mark.xdist_group("wheel")]
POLISH_LETTERS = "ąćęłńóśźżĄĆĘŁŃÓŚŹŻ"
SOURCES = ("pyproject.toml", "README.md", "facilitator", "ui")


@dataclass
class Installed:
    """The fresh environment: its interpreter and console script, a fresh HOME and a work folder."""

    python: Path
    script: Path
    home: Path
    work: Path
    wheel: Path

    def env(self) -> dict[str, str]:
        """A user's environment: no checkout on the path, a fresh HOME, Qt offscreen."""
        keep = ("PATH", "LANG", "LC_ALL", "SYSTEMROOT", "TMPDIR", "TEMP", "TMP")
        env = {key: os.environ[key] for key in keep if key in os.environ}
        env.update(HOME=str(self.home), USERPROFILE=str(self.home), QT_QPA_PLATFORM="offscreen",
                   XDG_RUNTIME_DIR=str(self.home / "run"))
        return env

    def run(self, *args: str, extra: dict[str, str] | None = None, timeout: float = 120) -> subprocess.CompletedProcess:
        """Run the installed `facilitator` command under umask 022, from the work folder."""
        return subprocess.run([str(self.script), *args], cwd=self.work, env={**self.env(), **(extra or {})},
                              capture_output=True, text=True, timeout=timeout, check=False,
                              preexec_fn=lambda: os.umask(0o022))

    def python_code(self, code: str) -> subprocess.CompletedProcess:
        """Run Python code with the installed environment's interpreter."""
        return subprocess.run([str(self.python), "-c", code], cwd=self.work, env=self.env(), capture_output=True,
                              text=True, timeout=120, check=False)


def _pip(*args: str) -> None:
    """The test environment's pip (the user's pip cache and index settings apply)."""
    result = subprocess.run([sys.executable, "-m", "pip", "--disable-pip-version-check", *args],
                            capture_output=True, text=True, timeout=900, check=False)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]


@pytest.fixture(scope="module")
def installed(tmp_path_factory) -> Installed:
    """Build the wheel from a copy of the sources and install it, with its dependencies, into a new venv."""
    base = tmp_path_factory.mktemp("wheel")
    assert ROOT not in base.parents
    source = base / "source"
    source.mkdir()
    for name in SOURCES:
        origin = ROOT / name
        if origin.is_dir():
            shutil.copytree(origin, source / name, ignore=shutil.ignore_patterns("__pycache__", "*.egg-info"))
        else:
            shutil.copy2(origin, source / name)
    dist = base / "dist"
    _pip("wheel", "--no-deps", "--quiet", "--wheel-dir", str(dist), str(source))
    wheel = next(dist.glob("facilitator-*.whl"))
    venv = base / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True, timeout=120)
    bindir = venv / ("Scripts" if os.name == "nt" else "bin")
    python = bindir / ("python.exe" if os.name == "nt" else "python")
    _pip("--python", str(python), "install", "--quiet", "--no-compile", str(wheel))
    home, work = base / "home", base / "work"
    home.mkdir()
    work.mkdir()
    return Installed(python=python, script=bindir / "facilitator", home=home, work=work, wheel=wheel)


def test_the_wheel_carries_the_shipped_files(installed):
    names = set(zipfile.ZipFile(installed.wheel).namelist())
    for name in ("facilitator/data/fonts/DejaVuSans.ttf", "facilitator/data/fonts/DejaVuSans-Bold.ttf",
                 "facilitator/data/fonts/LICENSE-DejaVu.txt", "facilitator/data/schema/meeting-file.schema.json",
                 "facilitator/data/sample/consultation-2018-06-15.json", "ui/data/translations/facilitator_en.qm",
                 "ui/data/translations/facilitator_pl.qm",
                 "facilitator/store/migrations/versions/0001_initial_schema.py"):
        assert name in names
    assert not any(name.startswith(("resources/", "tests/", "benchmarks/", "tools/")) for name in names)
    assert not any("screenshots" in name for name in names)


def test_it_runs_from_site_packages_not_the_checkout(installed):
    result = installed.python_code("import facilitator, ui; print(facilitator.__file__); print(ui.__file__)")
    assert result.returncode == 0, result.stderr
    for line in result.stdout.splitlines():
        assert "site-packages" in line and str(ROOT) not in line


def test_version(installed):
    from facilitator import __version__

    result = installed.run("--version")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"facilitator {__version__}"


def test_sample_export_to_pdf_and_docx(installed):
    from docx import Document
    from pypdf import PdfReader
    from test_export_fast import embedded_fonts

    sample = installed.work / "sample.json"
    result = installed.run("sample", "-o", str(sample))
    assert result.returncode == 0, result.stderr
    assert json.loads(sample.read_text(encoding="utf-8"))["format"] == "facilitator-meeting"

    pdf = installed.work / "podsumowanie.pdf"
    result = installed.run("export", str(sample), "--format", "pdf", "-o", str(pdf))
    assert result.returncode == 0, result.stderr
    text = "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf.read_bytes())).pages)
    assert "Podsumowanie" in text and "czerwca 2018" in text
    assert len(set(text) & set(POLISH_LETTERS)) >= 5  # extracted as Polish letters, not boxes or '?' 
    assert embedded_fonts(pdf) >= {"DejaVuSans", "DejaVuSans-Bold"}
    assert stat.S_IMODE(pdf.stat().st_mode) == 0o644

    docx = installed.work / "podsumowanie.docx"
    result = installed.run("export", str(sample), "--format", "docx", "-o", str(docx))
    assert result.returncode == 0, result.stderr
    paragraphs = "\n".join(p.text for p in Document(str(docx)).paragraphs)
    assert "czerwca 2018" in paragraphs and len(set(paragraphs) & set(POLISH_LETTERS)) >= 5
    assert stat.S_IMODE(docx.stat().st_mode) == 0o644


def test_import_then_report_xlsx(installed):
    from openpyxl import load_workbook

    sample = installed.work / "to-import.json"
    assert installed.run("sample", "-o", str(sample)).returncode == 0
    db = installed.work / "office.sqlite"
    result = installed.run("import", str(sample), "--db", str(db))
    assert result.returncode == 0, result.stderr
    listed = installed.run("list", "--db", str(db))
    assert listed.returncode == 0 and "2018-06-15" in listed.stdout

    report = installed.work / "raport.xlsx"
    result = installed.run("report", "--db", str(db), "--format", "xlsx", "-o", str(report))
    assert result.returncode == 0, result.stderr
    sheet = load_workbook(report, read_only=True).worksheets[0]
    rows = list(sheet.iter_rows(values_only=True))
    assert len(rows) > 10 and any(set(str(cell)) & set(POLISH_LETTERS) for row in rows for cell in row)
    assert stat.S_IMODE(report.stat().st_mode) == 0o644


def test_gui_starts_offscreen_with_a_fresh_home(installed):
    result = installed.run("gui", extra={"FACILITATOR_EXIT_AFTER_SHOW": "1"}, timeout=60)
    assert result.returncode == 0, result.stderr
    assert "facilitator-window-shown-at" in result.stdout
    databases = list(installed.home.rglob("facilitator.sqlite"))
    assert databases, "the first start creates its database in the fresh HOME's data folder"


def test_english_ui_translation_loads_from_the_installed_package(installed):
    import xml.etree.ElementTree as ET

    ts = ET.parse(ROOT / "resources" / "translations" / "facilitator_en.ts").getroot()
    pairs = [(context.findtext("name"), message.findtext("source"), message.findtext("translation"))
             for context in ts.iter("context") for message in context.iter("message")
             if message.find("translation").get("type") is None and not message.get("numerus")]
    probes = pairs[:: max(1, len(pairs) // 20)]
    code = (
        "import json, sys\n"
        "from PySide6.QtCore import QCoreApplication\n"
        "from ui.i18n import TRANSLATIONS_DIR, install_translators\n"
        "app = QCoreApplication([])\n"
        "install_translators(app, 'en')\n"
        "probes = json.loads(sys.stdin.read())\n"
        "print(json.dumps({'folder': str(TRANSLATIONS_DIR),\n"
        "                  'texts': [QCoreApplication.translate(c, s) for c, s, _ in probes]}))\n"
    )
    result = subprocess.run([str(installed.python), "-c", code], input=json.dumps(probes), cwd=installed.work,
                            env=installed.env(), capture_output=True, text=True, timeout=120, check=False)
    assert result.returncode == 0, result.stderr
    answer = json.loads(result.stdout)
    assert "site-packages" in answer["folder"]
    assert len(probes) >= 10 and answer["texts"] == [english for _, _, english in probes]
