"""Shared fixtures: offscreen Qt, a fresh real SQLite database per test."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_QUICK_BACKEND", "software")
# Never touch the real user's data folder or settings from a test.
os.environ.pop("FACILITATOR_DB", None)
os.environ.pop("FACILITATOR_DB_URL", None)

# Hypothesis: reproducible in CI (derandomised, no example database); locally the database is .hypothesis/ (ignored).
from hypothesis import Phase
from hypothesis import settings as _hypothesis

# CI does not shrink a failure (minutes on exports): it prints the failing example and the blob to reproduce it.
_hypothesis.register_profile("ci", derandomize=True, database=None, print_blob=True,
                             phases=(Phase.explicit, Phase.reuse, Phase.generate))
_hypothesis.load_profile("ci" if os.environ.get("CI") else os.environ.get("HYPOTHESIS_PROFILE", "default"))

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    """Path of a fresh database file for this test."""
    return tmp_path / "facilitator.sqlite"


@pytest.fixture
def engine(db_path: Path):
    """A migrated, empty, real SQLite database."""
    from facilitator.store import open_database

    eng = open_database(db_path)
    yield eng
    eng.dispose()


@pytest.fixture
def session(engine):
    """A session on the fresh database (committed explicitly by the test or operation)."""
    from sqlalchemy.orm import Session

    with Session(engine, expire_on_commit=False) as s:
        yield s


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path_factory, monkeypatch):
    """Keep QSettings, platformdirs and any default database inside a temporary home."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / ".local" / "share"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    monkeypatch.setenv("APPDATA", str(home / "AppData"))
    monkeypatch.setenv("LOCALAPPDATA", str(home / "AppData" / "Local"))
    # Qt reads the settings folder once per process; point each test's QSettings at its own home.
    if "PySide6.QtCore" in sys.modules:
        from PySide6.QtCore import QSettings

        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(home / ".config"))
